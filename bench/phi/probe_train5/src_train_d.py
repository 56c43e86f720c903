NOTES = [
    dict(style="or_intraop_record", note="""
INTRAOPERATIVE NURSING RECORD - OR 7          DOS: [[DATE:03/04/2025]]
Pt: [[NAME:CALLOWAY, DARNELL R]]   MRN [[MRN:3307152]]   FIN [[MRN:25063004418]]   {{age:52}}M
Procedure: Laparoscopic cholecystectomy w/ IOC     Dx: symptomatic cholelithiasis
| Role        | Staff                           | In   | Out  |
|-------------|---------------------------------|------|------|
| Surgeon     | [[NAME:Kessler, Hope]], MD               | 0741 | 0912 |
| Assist      | [[NAME:T. Rourke]], PA-C                 | 0741 | 0912 |
| Anesthesia  | [[NAME:Oduya]] / [[NAME:Gay Sutton]], CRNA         | 0715 | 0925 |
| Circulator  | [[NAME:Dawn Mayfield]], RN               | 0710 | 0930 |
| Scrub       | [[NAME:Rusty Kerrigan]], CST             | 0705 | 0930 |
| Relief circ | [[NAME:mk]]                              | 0830 | 0845 |
Anes: GETA, {{score:ASA 2}}. {{drug:acetaminophen}} {{dose:1 g}} po in holding. Abx {{drug:Ancef}} {{dose:2 g}} IV 0748.
Position supine, arms out on boards, {{eponym:Bovie}} pad L thigh, SCDs on + functioning.
Counts: initial 0735 [[NAME:DM]]/[[NAME:RK]]; closing 0902 + final 0905 correct x2, ver by [[NAME:DM]]/[[NAME:rk]].
Specimen: gallbladder -> path. Drains: none. EBL 10 mL. IOC: no filling defects.
To PACU 0930, {{vital:BP 126/74}} {{vital:HR 72}} {{vital:SpO2 98%}}. report to PACU RN [[NAME:Frank]] - [[NAME:Frank]] to call wife [[NAME:Loretta]] when awake.
""", summary="""
[[NAME:CALLOWAY, DARNELL R]] had a laparoscopic cholecystectomy on [[DATE:03/04/2025]] with Dr. [[NAME:Kessler]]; counts were correct, verified by [[NAME:DM]]/[[NAME:rk]], and report went to PACU RN [[NAME:Frank]].
"""),

    dict(style="operative_log", note="""
OPERATIVE LOG - OR 3 - TOTAL THYROIDECTOMY
Patient: [[NAME:Marisol Ybarra-Quinn]]   {{age:34}}F   Acct [[MRN:A17-4402981]]
Indication: {{eponym:Graves}} disease refractory to {{drug:methimazole}}, TRAb 14.2; {{drug:SSKI}} {{dose:5 drops}} tid x10 d preop, {{vital:HR 78}} today.
Staff: Surgeon Dr. [[NAME:Ellis Graves]] | Res [[NAME:Yoon]] | Anes Dr. [[NAME:Whitaker]] / SRNA [[NAME:hollis]] | Circ [[NAME:Mercy Adeyemi]] RN | Scrub [[NAME:Jo Bell]] ST
NIM tube 7.0, baseline vagal signals L/R good. Bilat RLN identified + preserved, signal intact at close.
Parathyroids: 3 seen, 1 devascularized -> autotransplanted into L SCM.
Dr. [[NAME:Graves]] closed. [[NAME:Jo]] counted w [[NAME:Mercy]]: sponges/needles/instruments correct x2.
[[NAME:Mercy]] states consent + H&P verified at time out, pt signed "[[NAME:M. Ybarra-Quinn]]" [[DATE:2/26]].
PACU: PTH + {{lab:Ca}} at 4 h, {{drug:calcium carbonate}} {{dose:1250 mg}} po tid, voice check q4h.
pt joked she came to [[NAME:Graves]] to get rid of her {{eponym:Graves}}.
[[NAME:EG]]/[[NAME:tm]]   D: [[DATE:3/4]]  T: [[DATE:3/5]]
""", summary="""
[[NAME:Marisol Ybarra-Quinn]], {{age:34}}, underwent total thyroidectomy by Dr. [[NAME:Ellis Graves]] for {{eponym:Graves}} disease refractory to {{drug:methimazole}}; both recurrent laryngeal nerves were preserved and counts were correct.
"""),

    dict(style="surgical_count_record", note="""
SURGICAL COUNT RECORD        Case # [[MRN:OR25-018834]]     Room 11
Pt label: [[NAME:BISHOP, LORETTA J]]   DOB [[DATE:07/22/1958]]   MRN [[MRN:0884213]]
Procedure: ex lap, sigmoid colectomy, end colostomy ({{eponym:Hartmann}})
ITEM              | BASE  | ADDED | CLOSING | FINAL
Raytec 4x4        | 10    | 20    | 30      | 30
Laps 18x18        | 5     | 10    | 15      | 15
Suture needles    | 12    | 8     | 20      | 20
Blades            | 2     | 1     | 3       | 3
{{eponym:Bovie}} tips       | 1     | 0     | 1       | 1
Counted by        | [[NAME:rw]]/[[NAME:ym]] | [[NAME:rw]]/[[NAME:ym]] | [[NAME:rw]]/[[NAME:ym]]   | [[NAME:RW]]/[[NAME:YM]]
Relief: 1015 circ [[NAME:R. Whitlock]] -> [[NAME:Bo Sanders]] for break, count at handoff correct; 1045 [[NAME:Whitlock]] back.
Discrepancy: none. X-ray: not required. {{drug:heparin}} {{dose:5000 units}} sc given pre-incision.
Surgeon notified of correct final count: Dr. [[NAME:Major]] 1142.
Signed: [[NAME:Rosalind Whitlock]], RN (circ) / [[NAME:Yusuf Mahmoud]], CST (scrub)
""", summary="""
Count record for [[NAME:BISHOP, LORETTA J]]'s {{eponym:Hartmann}} procedure: all sponge, needle, blade and instrument counts were correct, counted by [[NAME:rw]]/[[NAME:ym]], and Dr. [[NAME:Major]] was told at 1142.
"""),

    dict(style="or_daily_case_log", note="""
MAIN OR - DAILY CASE LOG - [[DATE:Tue 5 Nov 2024]]
RM | PATIENT                 | AGE | MRN      | PROCEDURE                  | SURGEON      | ANES            | CIRC | SCRUB
1  | [[NAME:GREEN, WALTER E]]        | {{age:67}}  | [[MRN:5501832]]  | R TKA                      | [[NAME:Whitfield]]    | [[NAME:Nakamura]]/[[NAME:jb]]     | [[NAME:kr]]   | [[NAME:tb]]
2  | [[NAME:LATHAM, ODELL]]          | [[AGE:93]]  | [[MRN:5498817]]  | L hip IM nail              | [[NAME:Donnelly]]     | [[NAME:Cho]]             | [[NAME:mk]]   | [[NAME:aj]]
3  | [[NAME:PRICE, SHARONDA M]]      | {{age:41}}  | [[MRN:5503376]]  | TLH/BSO                    | [[NAME:Fairweather]]  | [[NAME:Oduya]]/[[NAME:ms]]        | [[NAME:sc]]   | [[NAME:ed]]
4  | [[NAME:YOUNG, AUGUSTUS]]        | {{age:63}}  | [[MRN:5487120]]  | {{eponym:Whipple}}                    | [[NAME:Strand]]       | [[NAME:Cho]]/[[NAME:pt]]          | [[NAME:kr]]   | [[NAME:jl]]
5  | [[NAME:MacNEIL, FIONA]]         | {{age:29}}  | [[MRN:5509941]]  | cysto/URS/stent (add-on from ED) | [[NAME:Mason]] | [[NAME:Nakamura]]         | [[NAME:mk]]   | [[NAME:aj]]
COMMENTS
Rm 1: {{drug:Lovenox}} {{dose:40 mg}} sc POD1, pt wants spinal only.
Rm 2: [[AGE:93]] yo on {{drug:Plavix}} - held 5 d, {{lab:plt 188}}. dtr [[NAME:Savannah]] in waiting rm.
Rm 4: h/o tb exposure, QuantiFERON neg. ICU bed confirmed. pt c/o pain {{score:3/10}} pre-op, {{drug:gabapentin}} {{dose:300 mg}} po.
Rm 5: {{drug:tamsulosin}} {{dose:0.4 mg}} po started in ED, {{vital:T 38.4}}, cx sent.
first case starts 0730; [[NAME:Whitfield]] running 15 min late per [[NAME:ms]] at the desk.
""", summary="""
Main OR log for [[DATE:Tue 5 Nov 2024]] lists five cases, including a hip nail for [[NAME:LATHAM, ODELL]] ([[AGE:93]]) with [[NAME:Donnelly]] and a {{eponym:Whipple}} for [[NAME:YOUNG, AUGUSTUS]] with [[NAME:Strand]].
"""),

    dict(style="surgical_safety_checklist", note="""
SURGICAL SAFETY CHECKLIST - SIGN IN / TIME OUT / SIGN OUT
SIGN IN: identity, site, procedure, consent confirmed. Site marked: YES (L knee). {{score:ASA 3}}. Difficult airway: no ({{score:Mallampati II}}). Aspiration risk: no. Anticipated blood loss < 500 mL.
TIME OUT 0802: all team members introduced by name and role. Abx {{drug:cefazolin}} {{dose:2 g}} IV 0748. {{drug:TXA}} {{dose:1 g}} IV at incision. VTE: SCDs + {{drug:heparin}} {{dose:5000 units}} sc.
  Imaging displayed. Implants in room (Zimmer Persona, sizes 5/6 confirmed). Tourniquet 250 mmHg. Fire risk score 1.
SIGN OUT: procedure recorded. Counts correct (sponges, sharps, instruments). Specimen: none.
  Equipment issues: {{eponym:Bovie}} pencil replaced x1 (intermittent); Mayo stand wobble reported to SPD.
  Key concerns for recovery: adductor canal block ({{drug:ropivacaine}} {{dose:0.5%}}, {{dose:20 mL}}), {{score:pain 2/10}} at close, {{eponym:Foley}} not placed, void in PACU.
Checklist completed by Circulating RN; Surgeon and Anesthesia verbal confirmation obtained.
""", summary="""
Surgical safety checklist for a left knee case was completed with antibiotics, {{drug:TXA}}, VTE prophylaxis and correct counts; one {{eponym:Bovie}} pencil was replaced.
"""),

    dict(style="dictated_op_note", note="""
OPERATIVE REPORT (speech recognition - unedited)
this is doctor [[NAME:augustine young]] dictating an operative report on [[NAME:terrence mcbride]] medical record number [[MRN:four four two nine one zero six]] date of operation [[DATE:march third twenty twenty five]] preoperative diagnosis right inguinal hernia postoperative diagnosis same procedure right inguinal hernia repair with mesh {{eponym:Lichtenstein}} surgeon myself assistant [[NAME:will carmody]] physician assistant anesthesia MAC with local by doctor [[NAME:pryce]] indications the patient is a young {{age:fifty four}} year old roofer with an enlarging symptomatic bulge period
description the patient was brought to the operating room and placed supine comma {{drug:cefazolin}} {{dose:two grams}} given comma local with {{dose:thirty cc}} of {{drug:bupivacaine}} {{dose:0.25 percent}} with epinephrine period an indirect sac was dissected off the cord and reduced period mesh was cut to size and secured with prolene period [[NAME:will]] closed the skin with monocryl period counts were correct times two per [[NAME:shannon]] the circulator period
the patient tolerated the procedure well and went to recovery in stable condition period we will see him in clinic in two weeks end of dictation
[[NAME:AY]]/[[NAME:dkm]]
D: [[DATE:3/3/2025]] 16:42   T: [[DATE:3/4/2025]] 08:10
Job # [[MRN:6618402]]   Doc ID [[MRN:OPN-2025-118223]]
cc: [[NAME:Halloran]], PCP
""", summary="""
Dictated operative report by Dr. [[NAME:augustine young]] for [[NAME:terrence mcbride]], {{age:54}}, who had a {{eponym:Lichtenstein}} mesh repair of a right inguinal hernia on [[DATE:march third twenty twenty five]] without complication.
"""),

    dict(style="or_nursing_record", note="""
OR NURSING RECORD - CARDIAC OR 2 - CABG x3
Pt: [[NAME:Clement]] "[[NAME:Buddy]]" [[NAME:Washington]]   {{age:71}}M   MRN [[MRN:3390218]]
Surgeon: [[NAME:Fitzgerald, Eamon P]], MD      1st asst: [[NAME:Nora Ní Bhriain]], PA-C
Perfusion: [[NAME:Padraig Mac Lochlainn]] / [[NAME:Desmond O'Shea]]
Anes: Dr. [[NAME:Lorcan Delaney]] (TEE same)
Circ: [[NAME:Kathleen Dunne]], RN -> relief [[NAME:Shay Murtagh]], RN 1130-1200
Scrub: [[NAME:Teague]] / [[NAME:McCloskey]]
{{drug:heparin}} {{dose:400 units/kg}}, {{lab:ACT 512}} before CPB. CPB 92 min, XC 68 min. {{drug:protamine}} {{dose:250 mg}}, {{lab:ACT 128}} post.
Grafts: LIMA-LAD, SVG-OM1, SVG-PDA. EVH L leg. Sternum closed w 7 wires. 2 mediastinal + 1 L pleural chest tubes.
Counts: sponge/sharps/instruments correct x3, ver by [[NAME:KD]]/[[NAME:tmc]]; relief count [[NAME:SM]]/[[NAME:tmc]] 1130.
To CVICU 1410 on {{drug:epinephrine}} {{dose:0.03 mcg/kg/min}}, {{vital:MAP 72}}, {{vital:CI 2.4}}. Wife [[NAME:Bernadette]] updated by [[NAME:Fitzgerald]] in family lounge.
""", summary="""
[[NAME:Clement Washington]], {{age:71}}, underwent CABG x3 with Dr. [[NAME:Fitzgerald]]; bypass time 92 minutes, counts correct as verified by [[NAME:KD]]/[[NAME:tmc]], and wife [[NAME:Bernadette]] was updated.
"""),

    dict(style="ld_or_record", note="""
L&D OR RECORD - PRIMARY LTCS        [[DATE:12/28/2024]]
Mother: [[NAME:Shante Mercer-Gaines]]  G2P1 @ 39w2d   MRN [[MRN:7730041]]
Indication: arrest of dilation at 6 cm x 4 h after IOL for gHTN (initial {{score:Bishop score 3}}).
| OB surgeon | [[NAME:Kimberly Ashford]], MD           |
| Assist     | [[NAME:Dre Holloway]], MD (PGY-2)       |
| Anesthesia | [[NAME:Ng]] / [[NAME:Art Pennington]], CRNA       |
| NICU       | [[NAME:Joy Okoro]], NNP                 |
| Circulator | [[NAME:Patrice Boone]] -> [[NAME:Hope Whitley]] (relief 0210) |
| Scrub      | [[NAME:Bishop]]                         |
Spinal: {{drug:bupivacaine}} {{dose:12 mg}} + {{drug:fentanyl}} {{dose:15 mcg}} + {{drug:Duramorph}} {{dose:0.1 mg}}.
Delivery 0152: live female, {{score:Apgars 8/9}}, wt 3410 g, cord pH 7.26. {{drug:Pitocin}} {{dose:30 units/500 mL}}, {{drug:TXA}} {{dose:1 g}}. QBL 780 mL.
Counts correct x2 - closing [[NAME:pb]]/[[NAME:eb]], final [[NAME:HW]]/[[NAME:eb]].
Baby named "[[NAME:Nevaeh Grace]]" - mom says they hope to call her [[NAME:Gracie]]. dad [[NAME:Andre]] did skin-to-skin in OR.
""", summary="""
[[NAME:Shante Mercer-Gaines]] had a primary low transverse cesarean on [[DATE:12/28/2024]] for arrest of dilation under spinal; the baby girl had {{score:Apgars 8/9}}, blood loss was 780 mL and counts were correct.
"""),

    dict(style="release_of_information_log", note="""
HEALTH INFORMATION MANAGEMENT - RELEASE OF INFORMATION
Request # [[MRN:ROI-25-03391]]   Received [[DATE:02/14/2025]] via fax [[PHONE:(216) 555-0148]]
RE: [[NAME:MÄKELÄ, TUOMAS J]] aka [[NAME:Tom Makela]]   DOB [[DATE:09/30/1971]]   MRN [[MRN:2209715]]
Type: SUBPOENA DUCES TECUM - [[NAME:Mäkelä, Tuomas J.]] v. [[NAME:Brandt, Kyle R.]] and Lakeshore Orthopaedic Associates, Inc., Court of Common Pleas, Case No. [[MRN:CV-24-998120]]
Records requested: operative report, anesthesia record, intraop nursing record, surgical count sheets, implant log for DOS [[DATE:08/11/2023]] (ORIF R tibial plateau).
Requesting atty: [[NAME:Gwendolyn Ashby-Price]], Esq., [[ADDRESS:1420 Euclid Ave, Suite 600]], [[ADDRESS:Cleveland]], OH [[ADDRESS:44115]]; [[EMAIL:gashbyprice@ashbyprice-law.com]]
Note: count sheet signed "[[NAME:D. Mayfeld]]" = [[NAME:Dawn Mayfield]], RN (misspelled [[NAME:Mayfeld]] on sheet); affidavit of custodian to state this.
Processed by [[NAME:tlc]] / QA [[NAME:Marcus Hunter]]. Subpoena - pt authorization not required; pt notified by letter [[DATE:2/18]]. Certified copies mailed [[DATE:Feb 21]].
""", summary="""
A subpoena for the operative records of [[NAME:MÄKELÄ, TUOMAS J]] (aka [[NAME:Tom Makela]]) from surgery on [[DATE:08/11/2023]] was received from attorney [[NAME:Gwendolyn Ashby-Price]] and processed by [[NAME:tlc]].
"""),

    dict(style="anesthesia_record", note="""
ANESTHESIA RECORD (abbrev)     OR 5     [[DATE:2024-11-05]]
Pt [[NAME:Hunter Boyd]] {{age:19}}M, {{vital:wt 82 kg}}, {{score:ASA 1E}}, NPO since 2200, {{score:Mallampati I}}. arrived in his hunter-orange cap, sent w belongings.
Proc: lap appy.   Anesthesiologist [[NAME:Cho, Grace]], MD   CRNA [[NAME:Art Delgado]]   SRNA [[NAME:Li]]
Induction 0130 RSI: {{drug:propofol}} {{dose:200 mg}}, {{drug:rocuronium}} {{dose:60 mg}}, {{drug:fentanyl}} {{dose:100 mcg}}. {{eponym:Mac}} 3, grade 1 view, 7.5 ETT @ 22 cm.
Maint: sevo 2%. {{drug:dexamethasone}} {{dose:4 mg}}, {{drug:ondansetron}} {{dose:4 mg}}, {{drug:ketorolac}} {{dose:30 mg}} at close.
Reversal {{drug:sugammadex}} {{dose:200 mg}}, {{score:TOF 4/4}}. extubated 0238 awake.
VS: {{vital:BP 108/60}} - {{vital:BP 132/78}}, {{vital:HR 70}}-95, {{vital:SpO2 99%}}. EBL min. UOP not measured.
To PACU, report to [[NAME:Sunny]] 0242. mom [[NAME:Charlene]] updated by [[NAME:Delgado]] 0245.
[[NAME:GC]]/[[NAME:ad]]
""", summary="""
[[NAME:Hunter Boyd]], {{age:19}}, had rapid-sequence general anesthesia for laparoscopic appendectomy under Dr. [[NAME:Cho]] and CRNA [[NAME:Art Delgado]], was reversed with {{drug:sugammadex}} and extubated uneventfully.
"""),

    dict(style="preop_or_record", note="""
PRE-OP HOLDING / OR RECORD - ASC Rm 4
Patient: [[NAME:Hồ Thị Ngọc Lan]]  (EHR: [[NAME:HO, THI NGOC LAN]]) - prefers Ms. [[NAME:Lan]]   {{age:61}}F   MRN [[MRN:8830127]]
Interpreter: Vietnamese, [[NAME:Phạm Quốc Bảo]] (badge [[MRN:22815]]) in person for consent + time out.
Procedure: L breast lumpectomy w SLNB (Tc-99 + isosulfan blue)   Surgeon: Dr. [[NAME:Abernathy]]
Allergies: {{drug:sulfa}} (rash). Consent verified w interp; pt signed "[[NAME:Ho T N Lan]]".
| Circ | [[NAME:cw]] | Scrub | [[NAME:dl]] | Anes | [[NAME:Ostrowski]]/[[NAME:mp]] |
Specimens: L breast mass (short stitch superior, long lateral), SLN #1 (2140 counts), SLN #2 (380 counts) - to path.
{{drug:Ancef}} {{dose:2 g}} IV 1012. pec block {{drug:ropivacaine}} {{dose:0.5%}} {{dose:20 mL}}. {{vital:BP 136/84}} pre-op.
husband [[NAME:Trương Văn Hải]] ([[NAME:Truong Van Hai]]) in family lounge, cell [[PHONE:714-555-0109]]; [[NAME:Bảo]] will interpret for him at post-op talk.
""", summary="""
[[NAME:Hồ Thị Ngọc Lan]], {{age:61}}, had a left lumpectomy with sentinel node biopsy, consented through Vietnamese interpreter [[NAME:Phạm Quốc Bảo]]; husband [[NAME:Trương Văn Hải]] was waiting in the lounge.
"""),

    dict(style="asc_or_record", note="""
OR RECORD - ASC ROOM 2
Pt: [[NAME:Cassius Holloway]]  {{age:58}}M   Enc [[MRN:E-0044721983]]
Procedure: R knee arthroscopy, partial medial meniscectomy, excision of {{eponym:Baker}} cyst
Surgeon: [[NAME:Baker, Nathaniel]], MD    Anes: [[NAME:Ferris]] (adductor canal block, {{drug:ropivacaine}} {{dose:0.5%}} {{dose:20 mL}})
Circ: [[NAME:Penny Lowe]], RN | Scrub: [[NAME:Kip]] | Arthrex rep: [[NAME:Justin]]
Tourniquet 250 mmHg 0812-0901 (49 min).
Findings: complex tear post horn MM, grade 3 chondral change MFC, 4x3 cm {{eponym:Baker}} cyst communicating via valve.
Counts: sharps only (arthroscopy) - correct, [[NAME:PL]]/[[NAME:kip]].
PACU: {{score:pain 2/10}}, WBAT, {{drug:Norco}} {{dose:5/325}} {{dose:1 tab}} po q6h prn.
FMLA: [[NAME:Baker]] to send the forms by Fri; [[NAME:Penny]] will fax op note to PT at [[PHONE:555-0190]].
""", summary="""
[[NAME:Cassius Holloway]], {{age:58}}, had right knee arthroscopy with partial meniscectomy and {{eponym:Baker}} cyst excision by Dr. [[NAME:Baker]]; sharps counts were correct and FMLA forms will come from [[NAME:Baker]].
"""),

    dict(style="neuro_or_circulating_record", note="""
OR CIRCULATING RECORD - NEURO OR 14     [[DATE:Monday, January 6, 2025]]
Pt: [[NAME:KRAWCZYK, HALINA]]   {{age:70}}F   MRN [[MRN:1127043]]
Proc: L frontal craniotomy, tumor resection, stealth-guided
| Role      | Name                          | Init |
| Surgeon   | [[NAME:Şahin, Emre]], MD               | [[NAME:ES]]   |
| Resident  | [[NAME:Mikuláš K. Dvořák]], MD         | [[NAME:MKD]]  |
| Anes      | [[NAME:Augustine Reyes]], MD           | [[NAME:AR]]   |
| Circ      | [[NAME:Małgorzata Wójcik]], RN         | [[NAME:MW]]   |
| Scrub     | [[NAME:Dee Mayfield]], CST             | [[NAME:dm]]   |
| IONM      | [[NAME:Ty Robbins]]                    | [[NAME:tr]]   |
Badge on schedule reads "[[NAME:Malgorzata Wojcik]]"; resident listed as "[[NAME:Mikulas Dvorak]]".
{{eponym:Mayfield}} 3-pin head holder. {{drug:Keppra}} {{dose:1 g}}, {{drug:Decadron}} {{dose:10 mg}}, {{drug:mannitol}} {{dose:1 g/kg}}, {{drug:Ancef}} {{dose:2 g}}.
Cottonoids 40/40, sponges + sharps correct x2, ver by [[NAME:MW]]/[[NAME:dm]].
Frozen called to room 1012 by Dr. [[NAME:Ngata]] (path): high-grade glioma.
""", summary="""
[[NAME:KRAWCZYK, HALINA]], {{age:70}}, had a left frontal craniotomy on [[DATE:Monday, January 6, 2025]] with Dr. [[NAME:Şahin]]; frozen section showed high-grade glioma and counts were correct, verified by [[NAME:MW]]/[[NAME:dm]].
"""),

    dict(style="count_discrepancy_note", note="""
COUNT DISCREPANCY - RESOLUTION NOTE
Item: 1 Raytec 4x4 unaccounted for at closing count (base 40, found 39).
Actions: surgeon notified 1331, fascial closure paused. Room, linen, kick buckets, trash and Mayo stand searched. Wound explored with {{eponym:Deaver}} + {{eponym:Richardson}} retractors; {{eponym:Balfour}} removed and inspected.
Not found -> portable AP abd/pelvis x-ray 1348, read by Radiology 1402: no retained radiopaque foreign body.
Sponge then located inside folded back-table drape; count reconciled 40/40, closure resumed 1410.
Contributing factors: sponges added in 10s without announcing; relief handoff during irrigation.
Follow-up: Safety Event Report filed, Perioperative Services educator to review count policy at Thursday huddle.
{{drug:Ancef}} {{dose:2 g}} redosed at 4 h (1405). Pt remained stable, {{vital:BP 118/66}}, {{vital:HR 82}}, {{vital:EtCO2 36}}.
""", summary="""
A missing Raytec sponge at closing paused fascial closure; a negative x-ray and later recovery of the sponge from the back-table drape reconciled the count, and a safety report was filed.
"""),

    dict(style="gi_lab_procedure_log", note="""
GI LAB PROCEDURE LOG - ROOM 3 - [[DATE:Thu 6/5]]
TIME | PATIENT                   | PROC                                   | ENDO      | RN   | TECH | SED
0730 | [[NAME:Holt, Rusty]]              | EGD w bx                                | [[NAME:Yu]]        | [[NAME:gb]]   | [[NAME:Al]]   | MAC ([[NAME:Faircloth]])
0815 | [[NAME:Dawson, Ivory]]            | colonoscopy, 3 polyps (cold snare)      | [[NAME:Yu]]        | [[NAME:gb]]   | [[NAME:Al]]   | MAC ([[NAME:Faircloth]])
0910 | [[NAME:Kwame Asante-Boateng]]     | ERCP, sphincterotomy + stent            | [[NAME:Okeke]]     | [[NAME:dw]]   | [[NAME:Ed]]   | GA ([[NAME:Strand]]/[[NAME:lh]])
1030 | [[NAME:Barrett, Cleo]]            | EGD - {{eponym:Barrett}} surveillance, Seattle protocol | [[NAME:Yu]] | [[NAME:gb]] | [[NAME:Al]] | MAC ([[NAME:Faircloth]])
1115 | [[NAME:Mason, Cherie]]            | flex sig                                | [[NAME:Yu]]        | [[NAME:gb]]   | [[NAME:Ed]]   | none
NOTES
0815 [[NAME:Dawson]]: prep fair, {{score:BBPS 6}}, repeat in 1 yr. {{drug:aspirin}} {{dose:81 mg}} ok to resume.
0910 fluoro 4.2 min, {{lab:bili 6.8}} pre-procedure. {{drug:indomethacin}} {{dose:100 mg}} pr given for post-ERCP pancreatitis ppx.
1030 Ms. [[NAME:Barrett]] asked whether her {{eponym:Barrett}} is "named after the family" - no, per [[NAME:Yu]]. short-segment, no dysplasia grossly.
scopes to reprocessing after each case, logged by [[NAME:Al]]. cc schedule to [[NAME:Yvonne]] for [[DATE:6/6]].
""", summary="""
GI lab room 3 log for [[DATE:Thu 6/5]]: five cases, including an ERCP with stent for [[NAME:Kwame Asante-Boateng]] by [[NAME:Okeke]] and {{eponym:Barrett}} surveillance for [[NAME:Barrett, Cleo]] by [[NAME:Yu]].
"""),

    dict(style="or_delay_log", note="""
OR FLOW / DELAY LOG - [[DATE:the 12th]], day shift
Rm 4: first case delayed 38 min - consent not signed. pt [[NAME:Cross]] wanted to speak w surgeon again. paged [[NAME:Whitfield]] 0712 (pgr [[PHONE:5581]]); in room 0720, consent signed 0731 w dtr [[NAME:Dallas]] present.
Rm 7: turnover 52 min (goal 30) - EVS short; [[NAME:Lincoln]] from EVS pulled from L&D. anes tech [[NAME:Jordan]] restocked GlideScope.
Rm 9: case cancelled - pt [[NAME:Florence Abernathy]] {{lab:K 6.1}} on AM labs (nonhemolyzed), drove in from [[ADDRESS:Florence]], SC. surgeon [[NAME:Austin]] rebooked for [[DATE:3/19]]; pt sent to ED for repeat + EKG.
Rm 11: {{eponym:Bovie}} generator fault 0945, swapped in 8 min. Biomed ticket placed.
Rm 12: add-on appy from ED booked 1105, starts after 1300 per [[NAME:Madison]].
Staffing: [[NAME:georgia]] (RN) sick call, covered by float [[NAME:Savannah Reid]].
Charge: [[NAME:Madison Tull]] ([[NAME:mt]]); cc [[NAME:Georgia Pruitt]], periop director.
""", summary="""
OR delay log: [[NAME:Cross]]'s first case was delayed for consent with [[NAME:Whitfield]], and [[NAME:Florence Abernathy]]'s surgery was cancelled for {{lab:K 6.1}} and rebooked for [[DATE:3/19]] with [[NAME:Austin]].
"""),

    dict(style="brief_op_note", note="""
BRIEF OP NOTE                       Date: [[DATE:5 Nov 2024]]
Surgeon: [[NAME:Page, Lionel]], MD     Assistant: none     Anes: {{eponym:Bier}} block + MAC ([[NAME:Quincy Oyelowo]], CRNA)
Pre-op dx: L 5th metacarpal neck fx, 45 deg angulation ("boxer's fx")
Procedure: closed reduction, percutaneous pinning L 5th MC, 2 {{eponym:Kirschner}} wires (0.062)
Findings: reduction to < 15 deg angulation, rotation corrected, confirmed on mini C-arm.
EBL minimal. Complications none. Implant log - see page 2.
Pt is a {{age:23}} yo R-hand-dominant roofer. {{drug:lidocaine}} {{dose:0.5%}} {{dose:40 mL}} for {{eponym:Bier}}, tourniquet 28 min.
Dispo: home w friend [[NAME:Dante]]; ulnar gutter splint, elevate, {{drug:ibuprofen}} {{dose:600 mg}} po q6h prn.
F/u: [[NAME:Page]] will see pt in hand clinic 10-14 d, pin removal ~4 wk. [[NAME:Page]] to dictate full note.
[[NAME:LP]]/[[NAME:sn]]
""", summary="""
On [[DATE:5 Nov 2024]] Dr. [[NAME:Page]] performed closed reduction and percutaneous pinning of a left fifth metacarpal neck fracture in a {{age:23}}-year-old under a {{eponym:Bier}} block; he goes home with friend [[NAME:Dante]] and follows up in hand clinic.
"""),

    dict(style="or_record_transsphenoidal", note="""
INTRAOP RECORD - NEURO OR 15 - ENDOSCOPIC TRANSSPHENOIDAL RESECTION
Pt: [[NAME:WHITE, LAVERNE D]]   {{age:46}}F   MRN [[MRN:4471906]]   DOS [[DATE:04/08/2025]]
Dx: {{eponym:Cushing}} disease - ACTH-secreting microadenoma, {{lab:late-night salivary cortisol 0.42}}, failed {{drug:ketoconazole}}.
Referring endo: [[NAME:Marguerite Cushing]], MD ("no relation," she tells every pt). Ms. [[NAME:White]] gave her a card for it.
STAFF: Neurosurg [[NAME:Kwabena Ofori]] / ENT [[NAME:Lacy Greer]] | Anes [[NAME:Brown]]/[[NAME:Yolanda Fish]] CRNA | Circ [[NAME:Hope]] (relief [[NAME:gw]] 1000-1015) | Scrub [[NAME:Cody Wren]]
Fat graft R abd, DuraSeal. Lumbar drain not placed.
{{drug:hydrocortisone}} withheld intra-op per endo; AM cortisol POD1 - {{drug:hydrocortisone}} {{dose:100 mg}} IV if < 5 or symptomatic.
Counts correct x2 - [[NAME:HO]]/[[NAME:cw]]. specimen: pituitary adenoma x2 to path, fresh.
Post-op: neuro checks q1h, strict I&O, Na q6h (DI watch), no straws/nose blowing. white board in room updated.
""", summary="""
[[NAME:WHITE, LAVERNE D]], {{age:46}}, with {{eponym:Cushing}} disease from an ACTH-secreting microadenoma, underwent endoscopic transsphenoidal resection on [[DATE:04/08/2025]], referred by Dr. [[NAME:Marguerite Cushing]]; counts were correct and she will be watched for DI and adrenal insufficiency.
"""),

    dict(style="or_pacu_handoff", note="""
OR -> PACU HANDOFF (anesthesia)   PACU bay 6
Pt: [[NAME:Jamal]] "[[NAME:Bo]]" [[NAME:Whitaker]], {{age:37}}M, s/p lap R hemicolectomy. Allergy: {{drug:PCN}} (hives).
Anes: Dr. [[NAME:Guðrún Sigurðardóttir]] (sched: [[NAME:Gudrun Sigurdardottir]]) / CRNA [[NAME:Rhett]]
GETA, TAP blocks bilat ({{drug:bupivacaine liposomal}} {{dose:266 mg}}). {{drug:hydromorphone}} {{dose:0.6 mg}} total, last 1048.
Fluids {{dose:2.1 L}} LR, UOP 240 mL, EBL 50. {{lab:Hgb 12.9}} pre-op.
Last vitals {{vital:BP 134/80}} {{vital:HR 88}} {{vital:RR 14}} {{vital:SpO2 97%}} 3L NC. {{score:Aldrete 8}} on arrival.
PONV hx - got {{drug:Zofran}} {{dose:4 mg}} + {{drug:Decadron}} {{dose:8 mg}}, scopolamine patch behind R ear.
Family: wife [[NAME:Keisha]] + brother [[NAME:Marcus]], in waiting rm. pt asked us to call "[[NAME:Bo]]'s mom" too: [[NAME:Vernice Whitaker]] [[PHONE:(901) 555-0145]].
Report received by PACU RN [[NAME:Lark]]; questions answered. [[NAME:GS]]/[[NAME:rh]]
""", summary="""
Anesthesia handoff to PACU for [[NAME:Jamal Whitaker]], {{age:37}}, after laparoscopic right hemicolectomy under general anesthesia with TAP blocks; stable on arrival with {{score:Aldrete 8}}, and family [[NAME:Keisha]] and [[NAME:Vernice Whitaker]] to be updated.
"""),

    dict(style="pacu_discharge_criteria", note="""
PACU PHASE I DISCHARGE CRITERIA - CHECKLIST
[x] {{score:Aldrete 9}} or baseline (activity 2, resp 2, circ 2, consc 2, color 1)
[x] {{vital:SpO2 95%}} on RA or baseline O2
[x] {{vital:BP 122/70}} within 20% of pre-op; {{vital:HR 76}}, regular
[x] {{score:pain 3/10}}, acceptable to pt; last {{drug:oxycodone}} {{dose:5 mg}} po 40 min ago
[x] PONV controlled ({{drug:Zofran}} {{dose:4 mg}} x1), tolerating sips
[x] {{score:RASS 0}}, no residual block ({{score:TOF 4/4}}, sustained head lift)
[x] Dressing CDI; {{eponym:Jackson-Pratt}} drain 20 mL serosang
[ ] Voided - not required, spinal not given
[x] Post-op orders reconciled, {{drug:Eliquis}} restart time per surgeon documented
Discharged to 5 South via bed, tele not required. Report called to receiving RN.
""", summary="""
PACU Phase I discharge criteria were met with {{score:Aldrete 9}}, stable vitals, pain {{score:pain 3/10}} and controlled nausea; the patient went to 5 South.
"""),
]
