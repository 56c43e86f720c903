NOTES = [
    dict(style="anticoag_inr_call", note="""
ANTICOAGULATION CLINIC - TELEPHONE INR MANAGEMENT
Patient: [[NAME:Aigerim Sadykova]]     DOB [[DATE:08/30/1971]]     MRN [[MRN:3380124]]
Indication: recurrent DVT/PE, {{eponym:Factor V Leiden}} heterozygous. Goal INR 2.0-3.0. On warfarin since 2022.

Home meter INR today ([[DATE:10/9/25]]): {{lab:INR 3.8}}
Called pt at [[PHONE:(651) 555-0107]] 11:10, identity verified with name + DOB.
No bleeding, no dark stools, no new bruising. Started {{drug:Bactrim}} DS BID x 7 days on [[DATE:10/6]] at urgent care for UTI
- likely cause of the rise.
Current regimen: {{drug:warfarin}} {{dose:5 mg}} daily except {{dose:7.5 mg}} Mon/Fri ({{dose:40 mg/wk}}).

Plan:
 - HOLD tonight's dose
 - Then {{dose:5 mg}} daily ({{dose:35 mg/wk}}) until antibiotic course done
 - Recheck INR [[DATE:Mon 10/13]]
Pt repeated plan back correctly. Knows to go to ED for any major bleeding.
[[NAME:Dolores Whitfield]], PharmD, CACP
""", summary="""
[[NAME:Aigerim Sadykova]]'s INR rose to {{lab:3.8}} on [[DATE:10/9/25]] after starting {{drug:Bactrim}}; she holds one {{drug:warfarin}} dose, takes {{dose:5 mg}} daily
during the antibiotic course and rechecks [[DATE:Mon 10/13]].
"""),

    dict(style="anticoag_new_patient", note="""
ANTICOAGULATION CLINIC - NEW PATIENT VISIT     [[DATE:October 6, 2025]]
[[NAME:Enkhtuya Bat-Erdene]]    {{age:48}}F    MRN [[MRN:60077315]]
Referred by Dr. [[NAME:Gregory Lamb]], Cardiac Surgery.
Indication: mechanical mitral valve, placed [[DATE:09/26/2025]] for rheumatic mitral stenosis. INR goal 2.5-3.5, lifelong.
Visit done with in-person Mongolian interpreter [[NAME:Tsetsegmaa]]; husband [[NAME:Ganzorig]] present.

Warfarin started in hospital: {{dose:5 mg}} daily x 4 doses. Today {{lab:INR 1.9}}.
Bridge: {{drug:enoxaparin}} {{dose:1 mg/kg}} SQ q12h ({{dose:70 mg}}) until INR at or above 2.5 for 24 h. She self-injects well.

Education (teach-back done):
 - diet: lots of meat and dairy, few greens; keep vitamin K intake steady rather than avoiding it
 - no {{drug:ibuprofen}} or {{drug:naproxen}}; {{drug:acetaminophen}} ok up to {{dose:2 g}}/day
 - alcohol incl. airag - small amounts only
 - warfarin is harmful in pregnancy; copper IUD in place
Plan: {{dose:7.5 mg}} tonight and tomorrow, then {{dose:5 mg}} daily. INR [[DATE:Thursday, October 9]].
Clinic line [[PHONE:612-555-0166]]; after-hours on-call [[PHONE:612-555-0100]].
[[NAME:Anders Holm]], RN, Anticoagulation Nurse
""", summary="""
[[NAME:Enkhtuya Bat-Erdene]], {{age:48}}, with a mechanical mitral valve placed [[DATE:09/26/2025]], started anticoagulation clinic care with an INR of
{{lab:1.9}}; she continues the {{drug:enoxaparin}} bridge and rechecks INR [[DATE:October 9]].
"""),

    dict(style="anticoag_inr_flowsheet", note="""
INR FLOWSHEET - Daw [[NAME:Khin Myint]] ([[AGE:92]] y.o.)   MRN [[MRN:4471092]]
Indication: AF, {{score:CHA2DS2-VASc 5}}, {{score:HAS-BLED 2}}. DOAC declined (cost). Goal 2.0-3.0. Tabs {{dose:2.5 mg}}.
Son [[NAME:Ko Ko Naing]] fills pillbox, [[PHONE:718-555-0149]]. Pt speaks Burmese only.

Date        INR    Wkly dose         Change / comment                                   By
[[DATE:8/4/25]]      2.4    {{dose:22.5 mg}}           none                                               [[NAME:AH]]
[[DATE:8/18/25]]     1.7    {{dose:22.5 mg}}           missed 2 doses while son away; no change           [[NAME:AH]]
[[DATE:9/2/25]]      2.1    {{dose:22.5 mg}}           none                                               [[NAME:DW]]
[[DATE:9/29/25]]     3.6    22.5 -> {{dose:20 mg}}     {{drug:amiodarone}} started by cardiology [[DATE:9/19]]         [[NAME:DW]]
[[DATE:10/14/25]]    2.9    {{dose:20 mg}}             stable; recheck 2 wks                              [[NAME:AH]]

Comment: fall in 2024 without injury. Revisited {{drug:Eliquis}} with [[NAME:Ko Ko]]; patient assistance application mailed.
""", summary="""
Daw [[NAME:Khin Myint]], [[AGE:92]], on {{drug:warfarin}} for AF, needed a weekly dose cut to {{dose:20 mg}} after {{drug:amiodarone}} was started; her INR was
2.9 on [[DATE:10/14/25]] and her son [[NAME:Ko Ko Naing]] is applying for {{drug:Eliquis}} assistance.
"""),

    dict(style="hematology_consult", note="""
HEMATOLOGY CONSULT
Requesting: Dr. [[NAME:Katherine Ashby]], OB
Patient: [[NAME:Saba Kidane]], {{age:31}} G2P1 at 29w3d
Reason: thrombocytopenia

HPI: Platelets 148 in 1st trimester ([[DATE:2025-05-12]]), 96 at 24 wk, now {{lab:plt 41}}. Petechiae on shins, gums bleed with
brushing. BP normal, no proteinuria, LFTs normal - no evidence of preeclampsia/HELLP.
Smear (personally reviewed): true thrombocytopenia, large platelets, no schistocytes, no clumping.
Labs: {{lab:Hgb 11.2}}, {{lab:WBC 6.8}}, {{lab:LDH 188}}, haptoglobin nl, HIV/HCV neg, TSH nl.

Assessment: ITP most likely; gestational thrombocytopenia unlikely at this count.
Recommendations:
1. {{drug:prednisone}} {{dose:20 mg}} daily; CBC weekly
2. If plt <30 or bleeding, IVIG {{dose:1 g/kg}}
3. Targets: plt >50 for delivery, >70-80 for neuraxial
4. Neonatal platelet count at birth and day 2-5
Husband [[NAME:Awet Tekle]] present. Tigrinya interpreter [[NAME:Luwam]] (ID [[MRN:77613]]).
[[NAME:Lauren Goldfarb]], MD, Heme/Onc fellow; seen and discussed with Dr. [[NAME:Hamwi]]
""", summary="""
[[NAME:Saba Kidane]], {{age:31}} and 29 weeks pregnant, has a platelet count of {{lab:41}} most consistent with ITP; hematology started {{drug:prednisone}}
{{dose:20 mg}} with weekly counts and set platelet targets for delivery.
"""),

    dict(style="hematology_followup", note="""
Hematology Follow-up - Polycythemia Vera

JAK2 V617F positive; {{eponym:Philadelphia}} chromosome / BCR-ABL negative. Diagnosed 2021.
Interval: 3 phlebotomies since last visit. Aquagenic pruritus better. No thrombosis, no abdominal pain, hepatic vein
duplex patent (no {{eponym:Budd-Chiari}}).
Meds: {{drug:hydroxyurea}} {{dose:1000 mg}} daily, {{drug:aspirin}} {{dose:81 mg}} daily.
Labs: {{lab:Hct 44.8%}}, {{lab:WBC 9.1}}, {{lab:plt 512}}, {{lab:MCV 74}}, ferritin 8 (expected with phlebotomy).
Exam: {{vital:BP 128/78}}. Spleen tip 2 cm below costal margin, unchanged.
Symptom burden: {{score:MPN-SAF TSS 14}}.
Plan: continue HU; phlebotomy for Hct >45%; consider ropeginterferon alfa if HU not tolerated. RTC 3 months with CBC.
""", summary="""
Polycythemia vera is controlled on {{drug:hydroxyurea}} and {{drug:aspirin}} with {{lab:Hct 44.8%}} and no thrombosis; phlebotomy continues for hematocrit
over 45% and the next visit is in 3 months.
"""),

    dict(style="hematology_letter", note="""
[[DATE:November 24, 2025]]

Dr. [[NAME:Zainab Kadhim]]
Gastroenterology Associates
[[ADDRESS:2200 Cedar Crest Blvd, Suite 310]]
[[ADDRESS:Allentown, PA 18104]]
Fax: [[PHONE:610-555-0183]]

RE: [[NAME:Ali Abbas]]     DOB: [[DATE:03/07/1954]]

Dear Dr. [[NAME:Kadhim]],

Thank you for asking about Mr. [[NAME:Abbas]]'s anticoagulation before his colonoscopy with possible polypectomy on
[[DATE:December 5th]]. He takes {{drug:apixaban}} {{dose:5 mg}} twice daily for nonvalvular atrial fibrillation ({{score:CHA2DS2-VASc 4}}),
and his {{lab:CrCl is 62 mL/min}}.

1. Last dose of apixaban the morning of [[DATE:12/3]] (2 days held). No heparin bridging is needed.
2. Resume the evening of the procedure if hemostasis is secure, or the next morning after a large polypectomy.

Please call me at [[PHONE:610-555-0121]] or write to [[EMAIL:rkayali@valleyheme-example.org]] with any questions.

Sincerely,
[[NAME:Rasha Kayali]], MD, Hematology

cc: [[NAME:Noor Hashim]], MD (primary care); patient
""", summary="""
Dr. [[NAME:Kayali]] advised Dr. [[NAME:Kadhim]] to hold [[NAME:Ali Abbas]]'s {{drug:apixaban}} for 2 days without bridging before his [[DATE:December 5th]]
colonoscopy and to resume it after the procedure once hemostasis is secure.
"""),

    dict(style="hematology_inpatient_consult", note="""
Hematology Inpatient Consult - ? HIT
Pt: [[NAME:O'HALLORAN, MAUREEN T]], [[AGE:90]] yo F, POD 7 s/p R hip hemiarthroplasty.

Plt 238 pre-op -> 182 POD 3 -> 88 POD 7 on {{drug:heparin}} {{dose:5000 units}} SQ q8h. New painful L calf; duplex with L popliteal DVT.
{{score:4Ts score 7}} (thrombocytopenia 2, timing 2, thrombosis 2, other causes 1) - high probability.
PF4/heparin ELISA {{lab:OD 1.84}}; SRA pending.

Recs:
- Stop ALL heparin incl. flushes; add heparin allergy (HIT) to chart
- {{drug:argatroban}} {{dose:0.5 mcg/kg/min}} (reduced start for age), titrate to aPTT 1.5-3x baseline
- No platelet transfusion unless bleeding
- {{drug:warfarin}} only after plt >150, overlap at least 5 days; consider {{drug:apixaban}} instead
Daughter [[NAME:Siobhan]] (HCP) updated by phone [[PHONE:781-555-0175]].

[[NAME:Ngawang Norbu]], MD, Hematology   pager [[PHONE:3318]]
""", summary="""
[[NAME:Maureen O'Halloran]], [[AGE:90]], has probable HIT ({{score:4Ts score 7}}) with a popliteal DVT after hip surgery; heparin was stopped and
{{drug:argatroban}} started, and her daughter [[NAME:Siobhan]] was updated.
"""),

    dict(style="transfusion_reaction_report", note="""
TRANSFUSION REACTION INVESTIGATION - BLOOD BANK
Patient: [[NAME:AL-AWLAQI, HIND]]     MRN [[MRN:52290174]]     Accession [[MRN:BB25-118204]]
Location: 5W-14     Ordering: Dr. [[NAME:Lindgren]]
Product: RBC, leukoreduced, O POS    Unit [[MRN:W0361 25 082271 6]]    Issued [[DATE:04/11/2025]] 13:02
Reported by [[NAME:Afrah Saleh]], RN at 13:48 (~110 mL infused)

Signs: chills; temp 37.0 -> 38.6 C; {{vital:BP 122/70}} -> {{vital:BP 128/74}}; {{vital:HR 92}} -> {{vital:HR 108}}; {{vital:SpO2 97%}}.
No urticaria, no dyspnea, no back pain.
Clerical check: name/MRN/unit number on bag, tag and armband match.
Post sample: no visible hemolysis. DAT ({{eponym:Coombs}}) negative, IgG and C3. ABO/Rh repeat O POS, matches pre.
Bag culture sent; {{eponym:Gram}} stain no organisms seen.

Interpretation: febrile non-hemolytic transfusion reaction.
Recommendation: continue leukoreduced products; {{drug:acetaminophen}} {{dose:650 mg}} premedication optional.

Tech: [[NAME:DB]] ([[NAME:Didier Bamba]], MLS)
Medical Director: [[NAME:Abdoulaye Mbaye]], MD     [[DATE:4/11/25]]
""", summary="""
[[NAME:Hind al-Awlaqi]] developed chills and a fever to 38.6 C during an RBC transfusion on [[DATE:04/11/2025]]; the clerical check and {{eponym:Coombs}}
test were negative and blood bank called it a febrile non-hemolytic reaction.
"""),

    dict(style="blood_bank_antibody_consult", note="""
BLOOD BANK CONSULT - ANTIBODY IDENTIFICATION
Patient: [[NAME:Naw Say Say]]     DOB [[DATE:12 Mar 1999]]     MRN [[MRN:81066342]]     Specimen [[MRN:S25-10432]]

Clinical: G3P2 at 22 wk, positive prenatal screen. Earlier deliveries abroad, no record of RhIG. O NEG.
Screen: positive with 2 of 3 cells.
Panel: anti-D (titer 1:64) and anti-K ({{eponym:Kell}}) identified. Anti-Fya ({{eponym:Duffy}}) and anti-Jka ({{eponym:Kidd}}) excluded.
Pt phenotype: K-neg, Fy(a+b-), Jk(a+b+).
Partner [[NAME:Saw Ler Htoo]]: D+, K+.

Comment: Both anti-D and anti-K cause severe HDFN. Anti-K titers can underestimate fetal anemia because the antibody
suppresses fetal erythropoiesis. Recommend MFM referral for MCA {{eponym:Doppler}} surveillance and cell-free fetal DNA
genotyping (RHD, KEL). RhIG not indicated - already alloimmunized.
Future RBCs: D-neg, K-neg, crossmatch compatible; allow 24 h for antigen-negative units.

[[NAME:Gregory Chen]], MD, Transfusion Medicine
Result called to Dr. [[NAME:Winslow]] (OB) [[DATE:05/19/25]] 15:22
""", summary="""
Prenatal workup for [[NAME:Naw Say Say]] at 22 weeks found anti-D (titer 1:64) and anti-{{eponym:Kell}} antibodies; MFM referral for
{{eponym:Doppler}} surveillance was recommended and Dr. [[NAME:Winslow]] was called on [[DATE:05/19/25]].
"""),

    dict(style="blood_bank_mtp_log", note="""
MASSIVE TRANSFUSION PROTOCOL - BLOOD BANK LOG
Pt: unidentified male, trauma MRN [[MRN:99001724]]    Activated 02:21 by Dr. [[NAME:Imogen Ashworth]] (ext [[PHONE:5120]])

Cooler  Issued  Contents                       Tech
1       02:24   4 RBC O NEG (uncrossmatched)   [[NAME:MS]]
                4 plasma group A
2       02:41   4 RBC O NEG, 4 plasma A, 1 apheresis plt     [[NAME:jpaek]]
3       03:02   4 RBC A POS (type-specific), 4 plasma A,      [[NAME:jpaek]]
                cryo 10 u (pool [[MRN:W0361 25 114430 X]])

02:35  second type sample drawn by [[NAME:R. Kincaid]], RN - confirms A POS
02:50  TEG: MA 44, {{lab:fibrinogen 96}} -> cryo added to cooler 3
02:52  {{lab:iCa 0.89}} - ED notified, {{drug:calcium chloride}} {{dose:1 g}} given per ED
03:40  MTP deactivated by Dr. [[NAME:Ashworth]]
03:55  cooler 3 returned: 2 plasma unused, temp in range -> restocked

Totals: 12 RBC, 10 plasma, 1 plt, 10 cryo.
""", summary="""
An MTP for an unidentified trauma patient ran from 02:21 to 03:40 under Dr. [[NAME:Ashworth]], issuing 12 RBC, 10 plasma, 1 platelet
and 10 cryo after a {{lab:fibrinogen of 96}}; two unused plasma units were restocked.
"""),

    dict(style="transfusion_reaction_nursing", note="""
Nursing note - suspected transfusion reaction
0945  [[AGE:97]]-year-old pt ([[NAME:Ruth Ellingsen]]) on 2nd unit PRBC for {{lab:Hgb 6.9}} (GI bleed). ~200 mL in, started 0850
      at 150 mL/h. Became acutely SOB, {{vital:RR 30}}, {{vital:SpO2 86%}} RA, crackles to mid-lung bilat, {{vital:BP 188/96}},
      {{vital:HR 112}}, {{vital:T 36.9}}.
0946  Transfusion STOPPED, line kept open w/ NS at KVO. Rapid response called. NRB -> {{vital:SpO2 94%}}.
0950  Dr. [[NAME:Rahimi]] at bedside. {{drug:furosemide}} {{dose:40 mg}} IV 0955. Portable CXR: bilateral pulm edema. BNP sent.
0952  Blood bank notified ([[NAME:Teresa]], ext [[PHONE:7731]]); bag, tubing, post sample and reaction form sent.
1030  {{vital:SpO2 95%}} 4L NC, RR 22, {{vital:BP 150/82}}. UOP 600 mL since {{drug:Lasix}}.
Daughter [[NAME:Karen Ellingsen]] updated by phone, will come in this afternoon.
Likely TACO. Future units: 1 mL/kg/h, split units, diurese between.
[[NAME:Kwame Asante]], RN
""", summary="""
[[NAME:Ruth Ellingsen]], [[AGE:97]], developed hypoxia, hypertension and pulmonary edema during her second RBC unit, consistent with TACO; the
transfusion was stopped, {{drug:furosemide}} given and her daughter [[NAME:Karen]] was updated.
"""),

    dict(style="blood_bank_serology_comment", note="""
Transfusion Medicine Comment - Serologic Workup

Antibody screen and all panel cells reactive at AHG phase (3+), autocontrol positive. DAT positive: polyspecific 3+,
IgG 3+, C3 negative. Eluate panreactive.
Interpretation: warm autoantibody, consistent with warm autoimmune hemolytic anemia in the setting of CLL.
Allogeneic adsorptions x3: no underlying alloantibody detected (anti-E, -c, -K, -Fya, -Jka, -S excluded;
{{eponym:Lewis}} antibodies not detected).
Hemolysis labs: {{lab:LDH 612}}, {{lab:haptoglobin <10}}, {{lab:retic 8.2%}}, {{lab:Hgb 6.4}}.

Recommendations:
- Transfuse only if clinically necessary; do not withhold for incompatible crossmatch if life-threatening anemia
- Rh- and {{eponym:Kell}}-phenotype-matched, least-incompatible units, transfused slowly with close monitoring
- Steroids per Hematology ({{drug:prednisone}} {{dose:1 mg/kg}})
- Allow 4-6 h for each crossmatch request
""", summary="""
Serologic workup shows a warm autoantibody consistent with warm autoimmune hemolytic anemia with CLL and no underlying alloantibody;
phenotype-matched, least-incompatible units are recommended only when clearly needed.
"""),

    dict(style="infection_prevention_cluster", note="""
INFECTION PREVENTION - CLUSTER INVESTIGATION: HO-CDI, Unit 6 West
Prepared by [[NAME:Gabrielle Fontaine]], RN, CIC   [[EMAIL:gfontaine@mercyhealth-example.org]]   x[[PHONE:3046]]
Review period: [[DATE:Sept 1]] - [[DATE:Sept 30, 2025]]

 #  Pt     MRN        Room    Specimen   Abx prior 30 d
 1  [[NAME:R.H.]]   [[MRN:2284019]]    6W-04   [[DATE:09/04]]      {{drug:ceftriaxone}}
 2  [[NAME:L.O.]]   [[MRN:3310877]]    6W-05   [[DATE:09/11]]      {{drug:Zosyn}}
 3  [[NAME:M.T.]]   [[MRN:1902264]]    6W-09   [[DATE:09/12]]      {{drug:levofloxacin}}
 4  [[NAME:B.W.]]   [[MRN:4417730]]    6W-04   [[DATE:09/25]]      {{drug:clindamycin}}

Findings: cases 1 and 4 occupied the same room; terminal clean on [[DATE:9/8]] used quat instead of sporicidal.
Hand hygiene observation 6W 78% (goal >=90%). Two commodes shared between rooms.
Actions: bleach terminal clean + UV-C for 6W-04; daily sporicidal wipe of high-touch surfaces; soap-and-water
reminders at exits; dedicated commodes; stewardship review of cases with Dr. [[NAME:Alvarez-Quiñones]].
Isolates 1, 2, 4 sent to state lab for ribotyping.
cc: [[NAME:Tom Whitley]], Nurse Manager 6W
""", summary="""
Infection prevention ([[NAME:Gabrielle Fontaine]]) found four hospital-onset C. difficile cases on 6 West in September 2025, two in the same room
after a non-sporicidal terminal clean on [[DATE:9/8]]; cleaning, commodes and hand hygiene are being corrected.
"""),

    dict(style="infection_prevention_tb_contact", note="""
INFECTION PREVENTION - TB CONTACT INVESTIGATION
Index: [[NAME:Pema Choedon]]   MRN [[MRN:70115382]]   admitted via ED [[DATE:10/27/2025]]
Airborne isolation started [[DATE:10/29]] 16:10 after AFB smear 3+ ({{eponym:Ziehl-Neelsen}}); cavitary RUL lesion. MTB PCR positive,
rifampin resistance not detected.
Exposure window: ~46 h without airborne precautions (ED bay 12, then 7 North).

Exposed staff (no N95, >15 min or aerosol-generating procedure):
  [[NAME:Sonam Wangdu]]       RN, 7N            badge [[MRN:448120]]
  [[NAME:Chase Holloway]]     RT                badge [[MRN:451907]]   sputum induction - HIGH risk
  [[NAME:Ama Mensah]]         CNA               badge [[MRN:439566]]
  [[NAME:Rodrigo Paz]]        MD (resident)     badge [[MRN:462018]]

Testing: baseline now; repeat 8-10 wk after last exposure (on or after [[DATE:01/05/2026]]). {{eponym:Mantoux}} TST for staff with prior
negative TST; IGRA for BCG-vaccinated staff.
Roommate: none. Visitor: brother [[NAME:Tsering Dorjee]] daily - referred to county TB program ([[NAME:Hannah Grady]], [[PHONE:206-555-0138]]).
County notified [[DATE:10/30]].
[[NAME:Irene Castellano]], MPH, CIC
""", summary="""
After [[NAME:Pema Choedon]] was found to have smear-positive cavitary TB on [[DATE:10/29]], four staff including RT [[NAME:Chase Holloway]] were listed as
exposed for baseline and 8-10 week testing, and her brother was referred to the county.
"""),

    dict(style="employee_health_bbfe", note="""
EMPLOYEE HEALTH - BLOOD/BODY FLUID EXPOSURE
Employee: [[NAME:Jasmine Carter-Bell]], RN (MICU)    Employee ID [[MRN:E-207731]]    DOB [[DATE:1993/06/14]]
Exposure: [[DATE:Fri 6/27]] 03:15, reported 03:40 to house supervisor [[NAME:Gail Brennan]].
Percutaneous injury L index finger, 25G hollow-bore needle after SQ {{drug:heparin}}; safety device not engaged. Gloved.
Wound bled freely, washed with soap and water.

Source: MRN [[MRN:58820316]]; consented. Rapid HIV neg, HBsAg neg, HCV Ab POSITIVE, HCV RNA pending.
Employee: {{lab:anti-HBs 84 mIU/mL}} (immune, 2019). Baseline HIV, HCV Ab, ALT drawn.
HIV PEP not indicated. No HBV PEP needed.
Follow-up: HCV RNA at 3-6 wks; HCV Ab + ALT at 4-6 mo. Safety event [[MRN:SE-25-06114]] filed.
Cell [[PHONE:(206) 555-0163]]. May continue to work; no restrictions.
[[NAME:Leopold Abernathy]], MD, Occupational Medicine
""", summary="""
ICU nurse [[NAME:Jasmine Carter-Bell]] had a hollow-bore needlestick on [[DATE:Fri 6/27]] from an HCV-antibody-positive source; she is HBV immune,
needs no PEP and will have HCV RNA and antibody follow-up.
"""),

    dict(style="employee_health_clearance", note="""
EMPLOYEE HEALTH - PRE-PLACEMENT CLEARANCE
Name: [[NAME:TRAORÉ, OUMOU]]      Employee ID: [[MRN:E-311904]]      SSN last 4: [[SSN:6082]]
Position: phlebotomist, outpatient lab      Start [[DATE:01/12/2026]]

Immunity:
 - MMR x2 documented (childhood records from [[ADDRESS:Bamako]], translated)
 - Varicella IgG positive
 - Hep B series completed 2024, {{lab:anti-HBs 42}} - immune
 - Tdap [[DATE:3/2/2021]]
 - Influenza given today, L deltoid
TB: IGRA negative [[DATE:12/1/2025]]; symptom screen neg; BCG scar R deltoid.
Respirator: fit test passed, N95 size regular.
Cleared for duty, no restrictions.
[[NAME:Hêvî Zêbarî]], RN, Employee Health
""", summary="""
New phlebotomist [[NAME:Oumou Traoré]] was cleared for duty starting [[DATE:01/12/2026]] with documented MMR, varicella and hepatitis B immunity, a negative IGRA
on [[DATE:12/1/2025]] and a passed fit test.
"""),

    dict(style="infection_prevention_exposure_letter", note="""
[[DATE:March 14, 2025]]

Parent or guardian of [[NAME:Bobur Ismoilov]] (DOB [[DATE:07-22-2021]])
[[ADDRESS:58 Ashford Terrace]]
[[ADDRESS:Lowell, MA 01852]]

Dear Parent or Guardian,

Our records show that your child was in the Pediatric Emergency Department waiting room on [[DATE:Tuesday, March 11, 2025]]
between 6:30 PM and 10:15 PM. A patient later confirmed to have measles was in the same area at that time.

Measles spreads through the air. Early signs are fever, cough, runny nose and red eyes, then a rash that starts on the face.
Small white spots inside the cheeks ({{eponym:Koplik}} spots) may come first.

[[NAME:Bobur]] has had one dose of MMR vaccine. We are offering his second dose early, at no cost, at our clinic this week.
Please watch for symptoms until [[DATE:April 1, 2025]]. If symptoms start, call before coming in so we can meet you at a
separate entrance.

Infection Prevention: [[PHONE:978-555-0190]] (Mon-Fri 8-4:30); after hours [[PHONE:978-555-0111]].

Sincerely,
[[NAME:Marguerite Olsen]], RN, BSN, CIC
Infection Prevention and Control
cc: Dr. [[NAME:Jared Fiske]], pediatrician
""", summary="""
A letter to the family of [[NAME:Bobur Ismoilov]] reports his measles exposure in the pediatric ED on [[DATE:March 11, 2025]], offers an early second MMR
dose and asks them to watch for symptoms until [[DATE:April 1, 2025]].
"""),

    dict(style="infection_prevention_consult", note="""
Infection Prevention Consult - Isolation Recommendation

Reason: admission surveillance axilla/groin swab PCR positive for Candida auris, culture confirmed. Transferred from an
out-of-state LTACH 4 days ago.

Recommendations:
1. Contact Plus precautions: private room, gown and gloves, dedicated equipment, door signage.
2. Disinfect daily and at discharge with an EPA List P agent (not quaternary ammonium); UV-C after terminal clean.
3. Point-prevalence screening of current unit patients weekly x2.
4. Colonization alone is not treated. If invasive infection: {{drug:micafungin}} {{dose:100 mg}} IV daily pending
   susceptibilities ({{drug:fluconazole}} resistance common).
5. Any yeast on {{eponym:Gram}} stain from wound or line cultures: ask lab for species ID.
6. Chlorhexidine bathing daily. Flag chart; notify receiving facility at transfer.
Reviewed with charge RN and attending at 11:30.
""", summary="""
A newly admitted patient colonized with Candida auris needs Contact Plus precautions, List P disinfection and weekly unit screening;
treatment with {{drug:micafungin}} is reserved for invasive infection.
"""),

    dict(style="allergy_penicillin_eval", note="""
ALLERGY & IMMUNOLOGY - PENICILLIN ALLERGY EVALUATION
[[NAME:Fatoumata Dembélé]]    {{age:39}}F    MRN [[MRN:30578116]]    Referred by [[NAME:Heather Lamont]], NP

History: labeled penicillin allergic since childhood in [[ADDRESS:Ségou]]. Per her mother: itchy rash after an injection,
no swelling, no breathing problem, no blistering or mouth sores. Tolerated {{drug:cephalexin}} in 2022.
Last pregnancy: GBS positive, got {{drug:clindamycin}} in labor.
Risk: {{score:PEN-FAST 1}} - low risk.

Direct oral challenge after shared decision:
{{drug:amoxicillin}} {{dose:500 mg}} PO at 09:40, observed 60 min.
Pre: {{vital:BP 116/74}}, {{vital:HR 72}}, {{vital:SpO2 99%}}
60 min: {{vital:BP 118/72}}, {{vital:HR 76}}; no rash, no pruritus, peak flow unchanged.

Result: NEGATIVE. Penicillin allergy removed from chart; pt given letter. Pharmacy notified x[[PHONE:5581]].
Future GBS prophylaxis can use penicillin.
[[NAME:Nurzhan Bekov]], MD, Allergy & Immunology
""", summary="""
[[NAME:Fatoumata Dembélé]], {{age:39}}, with a low-risk childhood penicillin label ({{score:PEN-FAST 1}}), passed a direct {{drug:amoxicillin}} {{dose:500 mg}}
challenge and the allergy was removed from her chart.
"""),

    dict(style="allergy_food_peds", note="""
Pediatric Allergy Clinic - Food Allergy F/U
[[NAME:Aya Koffi]], {{age:8}} yo F     DOB [[DATE:2017-02-09]]
With mother [[NAME:Adjoa Kouamé]]; father [[NAME:Serge Koffi]] on speakerphone (works nights). French/English.

Hx: peanut anaphylaxis at age 3 (hives, vomiting, wheeze), epinephrine x1 in ED. Tolerates almond, cashew at home.
Today: {{lab:peanut sIgE 38 kU/L}}, {{lab:Ara h 2 22 kU/L}}, SPT peanut 11 mm wheal. Total IgE 410. Wt {{vital:27 kg}}.
Discussed: peanut OIT ({{drug:Palforzia}}) vs {{drug:Xolair}}. Family prefers Xolair (fewer build-up visits).
Plan:
 - {{drug:Xolair}} {{dose:300 mg}} SC q4wk per dosing table, first 3 doses in clinic
 - Epinephrine autoinjector {{dose:0.3 mg}} now (wt >25 kg), 2 twin-packs
 - Updated Food Allergy Action Plan faxed to school nurse Mrs. [[NAME:Pruitt]], fax [[PHONE:614-555-0122]]
RTC after insurance approval.
[[NAME:Zhanar Tulegenova]], MD (Allergy fellow) / Attending [[NAME:D. Hollis]], MD
""", summary="""
[[NAME:Aya Koffi]], {{age:8}}, with peanut anaphylaxis and a high Ara h 2, will start {{drug:Xolair}} {{dose:300 mg}} every 4 weeks; her epinephrine dose was raised
to {{dose:0.3 mg}} and the school plan was faxed to Mrs. [[NAME:Pruitt]].
"""),

    dict(style="immunology_cvid_followup", note="""
Immunology Clinic - CVID Follow-up
[[NAME:Yerlan Zhaksylykov]], {{age:52}}M. CVID dx 2019 (IgG 212, no pneumococcal response).
Therapy: {{drug:Hizentra}} {{dose:10 g}} SC weekly, 2 abdominal sites, self-infused at home.

Interval: one sinusitis in August treated with {{drug:amoxicillin-clavulanate}}; no pneumonia, no hospital visits.
Local site swelling up to 5 cm, gone in 24 h; no systemic reactions.
{{lab:IgG trough 884}}. FEV1 82% predicted, stable. Known mild RLL bronchiectasis.

Wife [[NAME:Madina]] asked about 6 weeks in [[ADDRESS:Almaty]] next summer: will ship supply with cold-chain letter; travel
letter given. Home infusion nurse [[NAME:Patrice]] to review pump technique before trip.
Specialty pharmacy [[PHONE:1-800-555-0142]].
No live vaccines; inactivated flu today.
Plan: continue same dose; CBC, CMP, IgG trough in 6 mo.
[[NAME:Sofia Lindahl]], MD
""", summary="""
[[NAME:Yerlan Zhaksylykov]], {{age:52}}, with CVID, is stable on weekly {{drug:Hizentra}} {{dose:10 g}} with an IgG trough of {{lab:884}}; travel letters were
prepared for a trip to [[ADDRESS:Almaty]].
"""),

    dict(style="allergy_asthma_biologic", note="""
ALLERGY CLINIC NOTE - Severe asthma / AERD
Patient: [[NAME:Roj Amedi]]     {{age:44}} M     Visit [[DATE:2025-11-03]]

Asthma, nasal polyps (3 sinus surgeries, last 2023) and bronchospasm with {{drug:ibuprofen}}: {{eponym:Samter}} triad.
Controller: {{drug:Breo}} {{dose:200/25 mcg}} 1 inh daily, {{drug:montelukast}} {{dose:10 mg}} qhs. 3 prednisone bursts in past year.
{{score:ACT 13}}. FeNO 64 ppb. {{lab:AEC 720}}. Total IgE 95.
PMH: {{eponym:Bell}} palsy 2018, resolved; HTN.

Plan:
- Start {{drug:Dupixent}} {{dose:600 mg}} load, then {{dose:300 mg}} SC q2wk (also for polyps)
- Prior auth sent: member ID [[MRN:XKB811204377]], PA ref [[MRN:PA-7730518]]
- Specialty pharmacy coordinator [[NAME:Hunter Bell]] [[PHONE:503-555-0156]]
- Injection teaching at first dose with [[NAME:Ashley Dunn]], RN
- Aspirin desensitization deferred
[[NAME:Shirin Hawrami]], MD
""", summary="""
[[NAME:Roj Amedi]], {{age:44}}, with {{eponym:Samter}} triad and uncontrolled asthma ({{score:ACT 13}}), is starting {{drug:Dupixent}}; prior authorization was sent on
[[DATE:2025-11-03]] and [[NAME:Hunter Bell]] is coordinating the pharmacy.
"""),

    dict(style="allergy_hae_clinic", note="""
HAE Clinic Note
[[NAME:Nour Sabbagh]], {{age:27}}F - hereditary angioedema type 1 ({{lab:C4 low}}, {{lab:C1-INH function 22%}}).
Family: mother [[NAME:Yara Mansour]] and brother [[NAME:Omar]] affected; a maternal uncle died of throat swelling in [[ADDRESS:Aleppo]], never diagnosed.

Attacks: ~2/month abdominal, 1 facial in last 3 months. ED visit [[DATE:9/14]] for lip and tongue swelling - ED note called it
"{{eponym:Quincke}} edema", gave epinephrine and {{drug:diphenhydramine}} without benefit (expected, bradykinin-mediated).
On-demand {{drug:icatibant}} {{dose:30 mg}} SC - 5 doses used since last visit.
Combined OCP stopped (estrogen trigger); switched to progestin-only.

Plan:
- Start {{drug:Takhzyro}} {{dose:300 mg}} SC q2wk prophylaxis
- Keep 2 doses {{drug:icatibant}} at home; ED letter and wallet card updated
- [[NAME:Yara]] is seen here too; both visits booked [[DATE:01/09/2026]]
[[NAME:Bernard Okafor-Lutz]], MD
""", summary="""
[[NAME:Nour Sabbagh]], {{age:27}}, with type 1 hereditary angioedema and frequent attacks, starts {{drug:Takhzyro}} prophylaxis with {{drug:icatibant}} on hand; she and her
mother [[NAME:Yara]] return [[DATE:01/09/2026]].
"""),

    dict(style="allergy_inpatient_consult", note="""
Allergy Consult (Inpatient) - suspected vancomycin reaction

Event: 15 min into {{drug:vancomycin}} {{dose:1.5 g}} IV (running over 60 min) - flushing and itching of face, neck and upper chest.
No hypotension, no wheeze, no angioedema. {{vital:BP 124/78}}, {{vital:HR 98}}. Resolved within 30 min of stopping infusion and
{{drug:diphenhydramine}} {{dose:25 mg}} IV.

Assessment: vancomycin infusion reaction (formerly "red man syndrome") - rate-related, non-IgE mast cell activation.
Not a {{eponym:Gell and Coombs}} type I reaction. No mucosal lesions, fever or eosinophilia to suggest
{{eponym:Stevens-Johnson}} syndrome or DRESS.

Recommendations:
1. Do NOT list as allergy; document as intolerance (infusion reaction).
2. Resume vancomycin, max rate {{dose:10 mg/min}} (over at least 2.5 h).
3. Premedicate with {{drug:cetirizine}} {{dose:10 mg}} PO 1 h before each dose.
4. Call back if urticaria, wheeze or hypotension occur.
""", summary="""
Flushing and itching 15 minutes into a {{drug:vancomycin}} infusion was a rate-related infusion reaction, not an allergy; vancomycin can
resume at a slower rate with {{drug:cetirizine}} premedication.
"""),

    dict(style="anticoag_phone_note", note="""
anticoag phone note - spoke w/ pt mr [[NAME:nabil bin shamlan]] ({{age:71}}) re {{lab:inr 1.6}} drawn [[DATE:oct 20]] at outside lab. on
{{drug:coumadin}} {{dose:6 mg}} daily, goal 2-3 (afib + lv thrombus). admits missed 2 doses over the weekend, ran out, picked up refill
saturday. also lots of salad at daughter [[NAME:sumaya]]'s house. no bleeding, no sx of stroke.
plan {{dose:9 mg}} tonight then back to {{dose:6 mg}} daily, recheck [[DATE:10/27]]. no lovenox bridge per dr [[NAME:hamwi]].
90 day refill sent to pharmacy on [[ADDRESS:dix ave]] so he doesnt run out again. new cell [[PHONE:313.555.0114]] updated in chart.
-[[NAME:dw]]
""", summary="""
[[NAME:Nabil bin Shamlan]], {{age:71}}, had a subtherapeutic {{lab:INR of 1.6}} after missed {{drug:Coumadin}} doses; he takes a {{dose:9 mg}} boost tonight, resumes
{{dose:6 mg}} daily and rechecks [[DATE:10/27]].
"""),
]
