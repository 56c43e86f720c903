# Hand-written evaluation notes, part D: NICU and newborn nursery (with parents, guardians, foster carers),
# transplant and hepatology, inpatient rehabilitation and SNF admission notes, hospital billing/coding queries
# and release-of-information requests. Every person, number, date, phone, e-mail and street is invented.

NOTES = [
    dict(style="nicu_admission_hp", note="""
NICU ADMISSION H&P
Infant: BABY GIRL [[NAME:KEALOHA]]     MRN [[MRN:9900417]]     DOB [[DATE:01/07/2025]] 03:12
Mother: [[NAME:Kalena Kealoha]], {{age:27}} y/o G2P0111 (MRN [[MRN:4418820]]). Father: [[NAME:Rafael Pires]], at bedside.
GA 29w4d by 1st trimester US. BW 1190 g (40th %ile).
Maternal hx: preeclampsia with severe features; magnesium started [[DATE:1/6]]; {{drug:betamethasone}} x2 complete ([[DATE:1/5]], [[DATE:1/6]]). GBS unknown, ampicillin x2 doses > 4 h PTD. ROM at delivery, clear.
Delivery: urgent C/S for worsening BP and Cat II tracing. Weak cry, HR > 100; PPV 30 sec then CPAP 6, FiO2 0.40 in DR. Apgars {{score:5}} and {{score:7}}.
Admit VS: {{vital:T 36.4}} ax, {{vital:HR 162}}, {{vital:RR 68}}, {{vital:BP 44/26}} (mean 33), {{vital:SpO2 91%}} on CPAP 6, FiO2 0.35.
Exam: grunting, subcostal retractions. AF soft and flat. No murmur. Cap refill 3 s. {{eponym:Moro}} incomplete (appropriate for GA). Normal female genitalia, anus patent.
Labs: {{lab:BG 38}} -> D10 {{dose:2 mL/kg}} bolus, recheck {{lab:BG 52}}. CBC/diff and blood cx sent.
CXR: diffuse ground glass, low volumes, c/w RDS. UVC tip T9.

A/P
1. RDS - INSURE with {{drug:Curosurf}} {{dose:200 mg/kg}}, back to CPAP 6.
2. R/o sepsis - ampicillin + gentamicin, 48 h rule-out.
3. FEN - starter TPN, TF 80 mL/kg/d; trophic MBM when available, mom pumping.
4. {{drug:Caffeine citrate}} {{dose:20 mg/kg}} load then {{dose:5 mg/kg}} daily.
5. HUS DOL 7; ROP exam at 31 wk CGA.
Parents updated at bedside by Dr. [[NAME:Ana Lucía Restrepo]] (Neonatology) with [[NAME:Hope Delaney]], RN.
""", summary="""
Baby girl [[NAME:Kealoha]], born [[DATE:01/07/2025]] at 29w4d (1190 g) by urgent cesarean for maternal preeclampsia, was admitted with RDS and given {{drug:Curosurf}} by INSURE, then CPAP. She is on a 48-hour sepsis rule-out, TPN and {{drug:caffeine citrate}}; parents [[NAME:Kalena Kealoha]] and [[NAME:Rafael Pires]] were updated.
"""),

    dict(style="newborn_nursery_discharge", note="""
NEWBORN DISCHARGE SUMMARY
Baby: [[NAME:Davit Sargsyan]]     MRN [[MRN:5506123]]     DOB [[DATE:3/3/2025]] 14:41     Male
Mother: [[NAME:Lilit Sargsyan]] (MRN [[MRN:5506001]]), {{age:34}} y/o G2P2, A pos, GBS neg, serologies neg.
Delivery: SVD at 39w0d, Apgars {{score:8/9}}, BW 3560 g.

Course: Uneventful. Breastfeeding well, formula supplement x1. Discharge wt 3340 g (-6.2%). Voids x5, stools x4 (transitional).
{{lab:TcB 9.8}} at 40 h, low-intermediate risk, below phototherapy threshold.
Hearing: passed bilaterally (OAE). CCHD screen passed ({{vital:R hand 99%}}, {{vital:foot 98%}}). NBS drawn [[DATE:3/4]] at 26 h.
Hep B vaccine [[DATE:3/3]]. Vitamin K and erythromycin ointment given. {{drug:Beyfortus}} {{dose:50 mg}} IM [[DATE:3/4]].
Exam: well-appearing, red reflex present bilaterally, {{eponym:Ortolani}} and {{eponym:Barlow}} negative, clavicles intact, no murmur.
Circumcision: parents declined.

Follow-up: Dr. [[NAME:Gohar Avetisyan]], Glendale Pediatrics, [[DATE:Fri 3/7]] at 9:30; office [[PHONE:(818) 555-0154]].
Parents [[NAME:Lilit]] and [[NAME:Hayk]] aware of plan; grandmother [[NAME:Anahit]] staying with the family at [[ADDRESS:1120 E Maple St, Glendale]] for the first weeks.
""", summary="""
Term newborn [[NAME:Davit Sargsyan]] had an uneventful nursery course, passed hearing and CCHD screens, received {{drug:Beyfortus}} and had a {{lab:TcB 9.8}} below the phototherapy threshold. He was discharged to parents [[NAME:Lilit]] and [[NAME:Hayk]] with pediatric follow-up [[DATE:3/7]].
"""),

    dict(style="nicu_social_work_foster", note="""
NICU SOCIAL WORK PROGRESS NOTE     [[DATE:May 20, 2025]]
Infant: [[NAME:Jayden Brooks-Mateo]] (DOL 18)     MRN [[MRN:9901736]]
Remains in NICU for NOWS; {{score:Finnegan 8-11}} during morphine wean, now down to {{dose:0.02 mg/kg}} q4h.
DCFS took temporary protective custody [[DATE:5/9/2025]] (case [[MRN:2025-JV-004417]]); shelter care hearing [[DATE:5/28/2025]]. Mother [[NAME:Destiny Brooks]] last visited [[DATE:5/12]]; her phone is now disconnected. Father listed as unknown.

SW met today with DCFS caseworker [[NAME:Milica Đorđević]] (ph [[PHONE:217-555-0140]], [[EMAIL:mdjordjevic@dcfs-region4.org]]) and the identified licensed foster carers, [[NAME:Losana Vakatawa]] and her husband [[NAME:Peni]], from [[ADDRESS:Springfield]]. Mrs. [[NAME:Vakatawa]] is a retired LPN and has fostered six infants, two with NOWS. They toured the unit and held the baby with RN [[NAME:Marisol]].
Per caseworker, foster parents may receive updates and do cares and feeds; consents for procedures still go through the DCFS guardianship administrator (after hours [[PHONE:800-555-0161]]). Guardian ad litem: [[NAME:Jasmine Whitfield]], Esq.

Plan: rooming-in trial once off morphine; infant CPR class for foster parents [[DATE:Tues 5/27]]; car seat test; SW to fax discharge summary to DCFS at [[PHONE:217-555-0149]].
[[NAME:Bethany Kruger]], LCSW     x[[PHONE:7-4410]]
""", summary="""
[[NAME:Jayden Brooks-Mateo]], in NICU for neonatal opioid withdrawal, is in DCFS protective custody with a hearing on [[DATE:5/28/2025]]. Social work met caseworker [[NAME:Milica Đorđević]] and foster carers [[NAME:Losana]] and [[NAME:Peni Vakatawa]], who will learn cares ahead of discharge.
"""),

    dict(style="nicu_nursing_shift", note="""
0700 RN shift summary - Pod C bed 14
Infant: [[NAME:Makoa, Kai]] (twin A)     CGA 33+2     wt 1640 g (+25)
Resp: RA since [[DATE:2/11]]. No A/B/D this shift except 1 brady to 78 at 0215 w/ feed, self-resolved.
CV: HR 150s-170s, {{vital:BP 58/32}} (41). CRT < 3 s.
FEN/GI: MBM 22 kcal w/ HMF 30 mL q3h. PO'd 2 of 4 feeds (18 mL, 24 mL), rest NG. Abd soft, stools x2, guaiac neg.
GU: UOP 3.4 mL/kg/h.
Neuro: sleeps well between cares, showing cues before feeds.
Skin: intact. Temp stable in open crib since yesterday.
Meds: caffeine {{dose:10 mg}} PO daily 0800, poly-vi-sol w/ iron.
Social: MOB [[NAME:Keala]] called 2330, updated. FOB [[NAME:Jonah]] visited 2000-2200, skin-to-skin w/ twin B ([[NAME:Nalu]]) too.
Plan: cue-based PO advance. Eye exam [[DATE:Thurs 2/20]].
-[[NAME:S. Tuilagi]] RN
""", summary="""
Twin A [[NAME:Kai Makoa]], now 33+2 weeks corrected, is stable on room air with one self-resolving brady and is taking half of feeds by mouth. Parents [[NAME:Keala]] and [[NAME:Jonah]] were updated and visited; eye exam is on [[DATE:2/20]].
"""),

    dict(style="liver_transplant_evaluation", note="""
LIVER TRANSPLANT EVALUATION - TRANSPLANT HEPATOLOGY
Patient: [[NAME:Luka Babić]]     MRN [[MRN:6620394]]     DOB [[DATE:06/19/1966]]
Referring: Dr. [[NAME:Sandra Milos]] (GI, [[ADDRESS:Cleveland]])

{{age:58}} y/o M with alcohol-associated cirrhosis complicated by ascites needing LVP every 2 weeks, HE, and a variceal bleed (banded 11/2024). Abstinent since [[DATE:1/2/2024]] (PEth < 20 on 3 checks); completed IOP.
{{score:MELD-Na 24}} ({{lab:bili 4.1}}, {{lab:INR 1.9}}, {{lab:Cr 1.6}}, {{lab:Na 129}}, {{lab:Alb 2.7}}). {{score:Child-Pugh C (11)}}.
Meds: lactulose titrated to 3 BM/day, {{drug:Xifaxan}} {{dose:550 mg}} BID, spironolactone {{dose:100 mg}}, furosemide {{dose:40 mg}}; propranolol held (SBP 90s).
Social: lives with wife [[NAME:Ivana]] and adult daughter [[NAME:Petra]] in [[ADDRESS:Parma, OH]]; both committed as caregivers. Brother [[NAME:Marko]] (in [[ADDRESS:Split]], Croatia, [[PHONE:+385 91 555 2014]]) wants to be evaluated as a living donor.
Psychiatry (Dr. [[NAME:Okonkwo]]): acceptable candidate with relapse prevention contract.
Exam: jaundiced, no asterixis, tense ascites, spider angiomata, mild muscle wasting.
Imaging: triphasic CT - no HCC, patent portal vein, spleen 16 cm.

Plan: present at selection committee [[DATE:2/12/25]]; dental clearance, TTE with bubble (r/o HPS), colonoscopy; hep A/B vaccines.
Seen with coordinator [[NAME:Dana Whitley]], RN (ext [[PHONE:6-2281]]).
[[NAME:Nino Tsiklauri]], MD, Transplant Hepatology
""", summary="""
[[NAME:Luka Babić]], {{age:58}}, with decompensated alcohol-associated cirrhosis ({{score:MELD-Na 24}}, {{score:Child-Pugh C (11)}}) and over a year of abstinence, was evaluated for liver transplant. He will go to selection committee [[DATE:2/12/25]] after remaining tests, and his brother [[NAME:Marko]] may be assessed as a living donor.
"""),

    dict(style="kidney_transplant_progress", note="""
Transplant Surgery Progress Note - POD #3 s/p DDKT (R iliac fossa) [[DATE:9/8/25]]
Pt: [[NAME:Tevita Lolohea]], {{age:44}}M, ESRD 2/2 FSGS.
S: ambulating halls, +flatus, pain {{score:4/10}} on {{drug:Tylenol}}/oxycodone. Tolerating clears.
O: {{vital:T 37.2}}, {{vital:HR 88}}, {{vital:BP 146/84}}. UOP 3.2 L/24h. JP 120 mL serosanguinous. {{eponym:Foley}} in, plan removal POD 5.
Labs: {{lab:Cr 4.8}} -> 3.1 -> 2.2. {{lab:K 4.9}}. {{lab:Mg 1.5}}. {{lab:Hgb 9.1}}. {{lab:WBC 6.8}}. {{lab:Tac trough 7.4}} (goal 8-10).
Meds: {{drug:Prograf}} {{dose:4 mg}} BID -> increase to {{dose:5 mg}} BID; {{drug:CellCept}} {{dose:1000 mg}} BID; prednisone taper, today {{dose:20 mg}}; {{drug:Bactrim}} SS daily; {{drug:Valcyte}} {{dose:450 mg}} daily (CMV D+/R-); nystatin.
Allograft US [[DATE:9/9]]: RI 0.68, normal arterial and venous flow, no collection.
A/P: Excellent early graft function. Increase tac, replete Mg. Med teaching with pharmacist [[NAME:Lani Kekumu]], RPh; wife [[NAME:Salote]] at bedside learning tac dosing and pill organizer.
Dispo: likely home [[DATE:9/12]] if Cr keeps falling; transplant clinic twice weekly.
[[NAME:M. Jovanović]], MD / Transplant Surgery
""", summary="""
[[NAME:Tevita Lolohea]] is POD 3 after deceased-donor kidney transplant with falling creatinine ({{lab:Cr 2.2}}) and good urine output. {{drug:Prograf}} was increased for a low trough, and discharge is expected around [[DATE:9/12]] after medication teaching with his wife [[NAME:Salote]].
"""),

    dict(style="hepatology_clinic_hcv", note="""
HEPATOLOGY CLINIC - NEW PATIENT
[[NAME:Fernando Iturriaga Salaberria]]     DOB [[DATE:3 Nov 1961]]     MRN [[MRN:2093318]]
Ref: [[NAME:Kimberly Yost]], PA-C (primary care)

{{age:63}} yo man born in [[ADDRESS:Bilbao]], in [[ADDRESS:Boise]] since the 1980s, referred for chronic hepatitis C found on routine screening. Likely transfusion exposure after a motorcycle accident in Spain, 1979. No IVDU. Drinks 1-2 glasses of wine most nights; agreed to stop during treatment. Wife [[NAME:Amaia]] present.
Labs: HCV RNA {{lab:2.4 million IU/mL}}, genotype 1a. {{lab:ALT 88}}, {{lab:AST 71}}, {{lab:Plt 142}}, {{lab:Alb 4.0}}, {{lab:INR 1.0}}. HBsAg neg, anti-HBc pos, anti-HBs pos (resolved HBV). HIV neg.
{{eponym:FibroScan}} 11.2 kPa (F3), CAP 262. {{score:FIB-4 2.1}}.
Meds: atorvastatin {{dose:40 mg}}, lisinopril {{dose:10 mg}}, omeprazole {{dose:20 mg}}.

Assessment: chronic HCV 1a with advanced fibrosis, compensated, no cirrhosis by labs/imaging.
Plan:
- {{drug:Mavyret}} 3 tabs daily with food x 8 weeks, via specialty pharmacy.
- Interaction: stop atorvastatin, switch to pravastatin {{dose:20 mg}}; omeprazole ok at {{dose:20 mg}}.
- Resolved HBV: ALT and HBV DNA at week 4 (reactivation risk on DAA).
- HCC surveillance US q6 months given F3. Hep A vaccine.
- SVR12 viral load ~12 weeks after finishing.
Pt prefers calls to cell [[PHONE:208-555-0163]].
[[NAME:Amaia]] asked for written instructions in Spanish - provided.
""", summary="""
[[NAME:Fernando Iturriaga Salaberria]], {{age:63}}, has chronic hepatitis C genotype 1a with F3 fibrosis and resolved hepatitis B. He will take 8 weeks of {{drug:Mavyret}}, switch atorvastatin to pravastatin, and have HBV reactivation monitoring and HCC surveillance.
"""),

    dict(style="transplant_organ_offer_log", note="""
ORGAN OFFER / ADMISSION CALL LOG - KIDNEY
Recipient: [[NAME:PETROVIĆ, MARIJA]]     MRN [[MRN:4410293]]     cPRA 98%, blood type B, HD TTS
Coordinator on call: [[NAME:Dana Whitley]], RN

[[DATE:07/30/2025]]
16:15  Offer via DonorNet, match ID [[MRN:1187334]], pt is sequence #2. Called home [[PHONE:405-555-0198]] - no answer, LVM (no details).
16:22  Cell [[PHONE:405-555-0133]] - spoke with pt. She is in [[ADDRESS:Norman]] at her sister's; feels well, no fever or infection sx, last HD this AM ({{lab:K 4.4}} post). NPO after midnight; not to drive herself.
16:40  Dr. [[NAME:Alejandro Vidal]] (on-call surgeon) accepts provisionally pending crossmatch and donor biopsy.
18:05  HLA lab ([[NAME:Kyle]]) - virtual crossmatch negative. Flow XM on arrival.
19:10  Sequence #1 declined by their center; our pt now primary.
21:30  Pt arrived 7 East with sister [[NAME:Jelena]]. Admit labs, CXR, EKG ordered; dialysis RN aware in case pre-op HD needed.
23:55  Flow XM negative (T and B). OR booked [[DATE:7/31]] ~06:00.
""", summary="""
A highly sensitized kidney candidate, [[NAME:Marija Petrović]], received a deceased-donor offer on [[DATE:07/30/2025]]; after Dr. [[NAME:Vidal]] accepted and crossmatches were negative, she was admitted with her sister and booked for surgery on [[DATE:7/31]].
"""),

    dict(style="inpatient_rehab_admission", note="""
INPATIENT REHABILITATION - ADMISSION H&P (PM&R)
Admitted [[DATE:04/14/2025]] from St. Joseph Medical Center (acute stay [[DATE:4/7]]-[[DATE:4/14]])
Patient: [[NAME:Ramunė Jankauskienė]]     {{age:67}} F     MRN [[MRN:R-118204]]
Attending: [[NAME:Omar Haddad]], DO

HPI: L MCA ischemic stroke [[DATE:4/7]]; IV tenecteplase at OSH then thrombectomy (TICI 2b). Residual R hemiparesis, arm > leg, and expressive aphasia. {{score:NIHSS 14}} on arrival to acute, {{score:NIHSS 6}} at transfer.
PMH: HTN, HLD, paroxysmal AF newly found on telemetry.
Meds: {{drug:Eliquis}} {{dose:5 mg}} BID (started day 5), atorvastatin {{dose:80 mg}}, amlodipine {{dose:5 mg}}, senna, {{drug:Lexapro}} {{dose:5 mg}} for mood.
Exam: {{vital:BP 136/78}}, {{vital:HR 72}} irregular. Alert, follows 1-step commands, nonfluent speech with word-finding pauses. RUE 2/5 proximal, 1/5 grip; RLE 3+/5 hip flexion, 2/5 ankle DF. {{score:Modified Ashworth 1+}} R elbow flexors. {{eponym:Brunnstrom}} stage 3 arm. R {{eponym:Babinski}} present. Sensation mildly reduced R.
Function: mod A bed mobility, max A sit-to-stand, 15 ft with hemiwalker and max A. Min A eating, max A LB dressing. {{score:Berg 12/56}}.
Social: Lithuanian first language, fluent English before stroke. Husband [[NAME:Vytautas]] (retired) at home; two-story house in [[ADDRESS:Lemont]] with 5 steps to enter, bedroom upstairs. Daughter [[NAME:Eglė]] lives nearby.
Plan: PT/OT/SLP 3 h/day, 5 days/wk; AFO eval; dysphagia diet advanced per SLP (IDDSI 6, thin liquids); fall precautions; bowel/bladder timed voids. ELOS 18-21 days, goal supervision level for home with husband.
""", summary="""
[[NAME:Ramunė Jankauskienė]], {{age:67}}, was admitted to inpatient rehab on [[DATE:04/14/2025]] after a left MCA stroke with right hemiparesis and expressive aphasia. She needs moderate to maximal assistance and starts 3 hours of daily therapy, aiming for supervision-level discharge home with her husband [[NAME:Vytautas]].
"""),

    dict(style="snf_admission", note="""
SNF ADMISSION NOTE - Maple Grove Skilled Nursing & Rehabilitation
Resident: [[NAME:Eleanor O'Connell]] ("[[NAME:Nell]]")     [[AGE:94]] y/o F     DOB [[DATE:08/02/1930]]
Admitted [[DATE:Jan 9, 2025]] from Riverside Methodist after L femoral neck fx s/p hemiarthroplasty [[DATE:1/5]].
Attending: Dr. [[NAME:Prakash Menon]]     NP: [[NAME:Giselle Arriaga]], APRN

HPI: Fell at home reaching for the cat's dish. Post-op course with mild delirium, resolved. WBAT, posterior hip precautions.
PMH: HTN, HFpEF, CKD 3a, macular degeneration, osteoporosis, hypothyroidism.
Meds: {{drug:Eliquis}} {{dose:2.5 mg}} BID x 30 d (DVT ppx), levothyroxine {{dose:75 mcg}}, {{drug:Lasix}} {{dose:20 mg}} daily, acetaminophen {{dose:650 mg}} q6h, oxycodone {{dose:2.5 mg}} q4h prn, vitamin D, senna.
VS: {{vital:BP 118/64}} {{vital:HR 76}} {{vital:SpO2 95%}} RA {{vital:T 36.6}}. Wt 51 kg.
Exam: thin, pleasant, HOH (R hearing aid). Incision C/D/I, staples in. Mild RLE edema.
Labs from hospital: {{lab:Hgb 9.6}}, {{lab:Cr 1.2}}, {{lab:Na 134}}.
Scores: {{score:BIMS 12}}, {{score:Braden 14}}, {{score:Morse 65}}.
Code status: DNR / DNI, POLST on chart.
Contacts: daughter and HCPOA [[NAME:Maureen O'Connell-Vega]] ([[PHONE:614-555-0102]], [[EMAIL:mvega.home@outlook.com]]); second daughter [[NAME:Florence]] in [[ADDRESS:Dayton]].
Plan: PT/OT daily; staples out [[DATE:1/19]]; weekly CBC/BMP; low bed, alarm, toileting schedule q2h; dietitian consult; goal home with home health vs ALF in ~3 wks.
""", summary="""
[[NAME:Eleanor]] "[[NAME:Nell]]" [[NAME:O'Connell]], [[AGE:94]], was admitted to the SNF on [[DATE:Jan 9, 2025]] for rehab after hemiarthroplasty for a left hip fracture. She is DNR/DNI, high fall risk ({{score:Morse 65}}), and her daughter [[NAME:Maureen O'Connell-Vega]] is her health care agent.
"""),

    dict(style="cdi_sepsis_query", note="""
CLINICAL DOCUMENTATION INTEGRITY QUERY
To: Dr. [[NAME:Mateus Carvalho]] (Hospitalist)     From: [[NAME:Renata Ortiz]], RN, CCDS
Patient: [[NAME:HOVSEPIAN, GAGIK]]     Acct # [[MRN:2025-0441987]]     MRN [[MRN:8047716]]
Admit date: [[DATE:2/3/2025]]     Query date: [[DATE:2/6/2025]]

Dr. [[NAME:Carvalho]],
Documentation in the H&P and progress notes describes "UTI" and "pyelonephritis." The record also contains the following clinical indicators:
- ED vitals [[DATE:2/3]]: {{vital:T 39.1}}, {{vital:HR 118}}, {{vital:RR 24}}, {{vital:BP 92/54}}
- {{lab:WBC 16.2}} with 12% bands; {{lab:lactate 2.6}}, repeat {{lab:lactate 1.4}} after 30 mL/kg NS
- Blood cultures 2/2 E. coli
- Treatment: ceftriaxone {{dose:2 g}} IV daily, IV fluid resuscitation
Based on your clinical judgment, can the diagnosis be further specified?
[ ] Sepsis due to E. coli pyelonephritis
[ ] Pyelonephritis with bacteremia, without sepsis
[ ] Other (please specify): ________
[ ] Unable to determine
Please respond by documenting in a progress note or addendum. This query is not intended to lead to any particular answer.

Response [[DATE:2/6/2025]] 15:20: Sepsis due to E. coli pyelonephritis with bacteremia, present on admission. Addended H&P. - [[NAME:MC]]
""", summary="""
CDI nurse [[NAME:Renata Ortiz]] queried Dr. [[NAME:Carvalho]] about [[NAME:Gagik Hovsepian]], whose notes said pyelonephritis despite fever, tachycardia, {{lab:lactate 2.6}} and E. coli bacteremia. The physician documented sepsis due to E. coli pyelonephritis, present on admission.
"""),

    dict(style="roi_attorney_request", note="""
RELEASE OF INFORMATION - REQUEST LOG
Received by HIM [[DATE:11/12/2024]] via fax from [[PHONE:305-555-0183]]
Requesting party: Law Office of [[NAME:Carolina Betancourt Mejía]], P.A., [[ADDRESS:2200 Ponce de Leon Blvd, Suite 600, Coral Gables, FL 33134]]
Patient: [[NAME:Gustavo Adolfo Lozano Pardo]]     DOB [[DATE:08-05-1972]]     SSN (last 4) [[SSN:4410]]     MRN [[MRN:3388102]]
Records requested: ED and inpatient records, radiology reports and images, itemized bill; DOS [[DATE:07/19/2024]] - [[DATE:07/23/2024]].
Purpose: personal injury claim (MVC [[DATE:7/19/24]]).
Authorization: signed by patient [[DATE:10/30/2024]]; expires one year from signing.

HIM review ([[NAME:kdombrowski]], [[DATE:11/13]]): signature compared with the one on file, matches. Authorization valid and complete. Psychotherapy notes excluded. SUD (42 CFR Part 2) records NOT included - separate consent required; none found for these DOS.
Fee: flat $6.50 electronic copy per state limit; invoice to firm.
Released via secure portal [[DATE:11/15/2024]], tracking # [[MRN:ROI-24-119084]]. Disclosure logged to accounting of disclosures.
""", summary="""
A law firm requested records of [[NAME:Gustavo Adolfo Lozano Pardo]] for the [[DATE:07/19/2024]]-[[DATE:07/23/2024]] stay for a personal injury claim. HIM verified the authorization, excluded psychotherapy and SUD records, and released them electronically on [[DATE:11/15/2024]].
"""),

    dict(style="nursery_hypoglycemia_pathway", note="""
NEWBORN NURSERY - HYPOGLYCEMIA PATHWAY DOCUMENTATION
Risk factors: infant of diabetic mother (A2GDM on insulin), LGA 4280 g. {{score:Apgar 8}} and {{score:9}}.
First feed: breastfed within the first hour, good latch.
Glucose checks (heel stick, POC):
- 1.5 h: {{lab:38 mg/dL}} - {{dose:40%}} dextrose gel {{dose:0.5 mL/kg}} buccal + breastfeed + hand-expressed colostrum
- 2.5 h: {{lab:44 mg/dL}} - second dose dextrose gel, breastfeed, supplement {{dose:10 mL}} donor milk
- 3.5 h: {{lab:52 mg/dL}} - feed q2-3h
- 6 h: {{lab:58 mg/dL}}
- 9 h: {{lab:61 mg/dL}} (pre-feed)
- 12 h: {{lab:56 mg/dL}} (pre-feed) - pathway complete, checks discontinued per protocol
No jitteriness, lethargy, poor tone, apnea or seizure activity. Temp {{vital:36.9}}, {{vital:HR 138}}, {{vital:RR 44}}.
Infant did not require IV dextrose or NICU transfer. Parents taught feeding cues and signs of low blood sugar. Continue rooming-in with lactation support.
""", summary="""
An LGA infant of a diabetic mother had early glucose values of {{lab:38 mg/dL}} and {{lab:44 mg/dL}} that responded to two doses of dextrose gel and feeding. Subsequent values stayed normal, the pathway was completed without IV dextrose, and the infant continues rooming-in.
"""),

    dict(style="rehab_pt_progress", note="""
PHYSICAL THERAPY PROGRESS NOTE - IRF, week 2
[[NAME:Semisi Raivoce]] seen 2x today (AM 60 min, PM 45 min).
Dx: L transtibial amputation [[DATE:2/24/2025]] (PVD, DM2), pre-prosthetic.
Subjective: "my leg that isn't there is itching again." Phantom sensation, no phantom pain today. Pain at incision {{score:2/10}}.
Objective:
- Residual limb: incision healing, scabbed distally, shrinker on, no drainage. Circumference 31.5 cm (from 33 cm at admit).
- ROM: L knee ext lacks 5 deg (was 15), L hip ext to neutral.
- Strength: R LE 4+/5 throughout; L hip ext 4/5, L knee ext {{score:4/5}}. Bilat UE 5/5.
- Transfers: bed<->w/c SBA with slide board; w/c<->toilet CGA.
- Gait: 60 ft x2 with RW, hop-to on R, CGA, 1 LOB recovered with min A.
- {{score:Berg 38/56}}. {{score:TUG 24 s}} with RW.
- W/c mobility: independent 150 ft, manages brakes and L leg rest.
Assessment: Good progress; knee contracture improving with prone lying program. Remains a fall risk during single-limb stance.
Plan: continue ROM and prone program, core and R LE strengthening, balance; shrinker teaching to wife [[NAME:Makereta]]; prosthetist (Hanover Orthotics & Prosthetics) consult for preparatory prosthesis once healed.
[[NAME:Kristine Lindqvist]], PT, DPT
""", summary="""
[[NAME:Semisi Raivoce]], in rehab after a left below-knee amputation, is improving in knee extension, transfers and walker gait ({{score:Berg 38/56}}) but remains a fall risk. Therapy continues with a prone program, shrinker teaching for his wife and a prosthetist consult.
"""),

    dict(style="hepatology_consult_dictated", note="""
hepatology consult, dictated. this is dr. [[NAME:tsiklauri]] seeing [[NAME:edgars kalniņš]], medical record [[MRN:5527140]], a {{age:39}} year old man admitted on [[DATE:the third]] with jaundice for two weeks after heavy drinking, about a liter of vodka a day since losing his job in the fall. last drink per his girlfriend [[NAME:kristīne]] was [[DATE:march first]].
bilirubin {{lab:18.4}}, inr {{lab:2.1}}, ast {{lab:212}}, alt {{lab:84}}, white count {{lab:15.6}}, creatinine {{lab:1.0}}. {{score:maddrey discriminant function 61}}, {{score:meld 29}}, {{score:glasgow alcoholic hepatitis score 9}}. ultrasound no biliary dilation, patent vessels, mild ascites. diagnostic tap negative for sbp, cultures negative so far, chest x ray clear, no gi bleed.
impression severe alcohol associated hepatitis.
plan start {{drug:prednisolone}} {{dose:40 milligrams}} daily, lille score on day seven to decide whether to continue. nutrition consult, goal 35 kilocalories per kilogram, thiamine, folate. ciwa protocol with lorazepam only, no chlordiazepoxide given the liver. addiction medicine consult today, he says he is willing. discussed with [[NAME:kristīne]] at bedside, phone [[PHONE:773 555 0125]]. will follow daily.
""", summary="""
[[NAME:Edgars Kalniņš]], {{age:39}}, has severe alcohol-associated hepatitis with {{lab:bilirubin 18.4}} and a {{score:Maddrey discriminant function 61}}, with infection excluded. Dr. [[NAME:Tsiklauri]] started {{drug:prednisolone}} with a day-7 Lille check, nutrition support and addiction medicine consultation.
"""),

    dict(style="roi_email_exchange", note="""
From: [[NAME:Noura Al Qahtani]] <[[EMAIL:noura.q.1990@hotmail.com]]>
To: Release of Information (HIM)
Sent: [[DATE:Sunday, 9 March 2025]] 23:14
Subject: medical records for my father

Hello, my father [[NAME:Saad Mubarak Al Qahtani]] (birth date [[DATE:1/2/1948]]) was in your hospital in January after his liver surgery. We need all the records, operation report and CT scans sent to King Faisal Specialist Hospital in [[ADDRESS:Riyadh]] before his appointment on [[DATE:the 20th]]. I am his daughter. Can you email them to me? My number in Saudi is [[PHONE:+966 55 555 0472]].
Thank you, [[NAME:Noura]]

---
From: [[NAME:Kristen Maldonado]], ROI Specialist
Sent: [[DATE:03/10/2025]] 10:02
Dear Ms. [[NAME:Al Qahtani]],
Thank you for your message. To release your father's records we need either an authorization signed by Mr. [[NAME:Al Qahtani]] or documentation that you are his personal representative (for example, a power of attorney). I have attached our authorization form; it can be signed electronically. If he would like the records e-mailed to you unencrypted, he must acknowledge that risk on the form. We can also send them directly to the receiving hospital by secure fax once you give us their fax number. Imaging can be shared on a download link.
Your request number is [[MRN:ROI-25-003318]]. Please call me at [[PHONE:(312) 555-0118]] ext. [[PHONE:2207]] with questions.
[[NAME:Kristen Maldonado]]
Health Information Management
""", summary="""
[[NAME:Noura Al Qahtani]] e-mailed asking for her father [[NAME:Saad Mubarak Al Qahtani]]'s records after liver surgery to be sent to a hospital in [[ADDRESS:Riyadh]]. ROI specialist [[NAME:Kristen Maldonado]] replied that his signed authorization or proof of personal representative status is needed, and offered secure fax to the receiving hospital.
"""),

    dict(style="cdi_malnutrition_query", note="""
CDI QUERY - NUTRITION STATUS
Patient: [[NAME:VUKOVIĆ, STJEPAN]]     CSN [[MRN:510227781]]     Unit: 9 West Hepatology
To: Dr. [[NAME:Laura Bennett]]     From: [[NAME:ahenderson]] (CDI)     Date: [[DATE:2024-11-05]]

The Registered Dietitian assessment ([[NAME:Ivana Marić]], RD, [[DATE:11/4]]) documents:
| Indicator                     | Finding                                   |
| Energy intake                 | < 50% of estimated needs for > 5 days     |
| Weight loss                   | 9 kg (11%) over 3 months (dry wt)         |
| Muscle mass                   | severe temporal and quadriceps wasting    |
| Subcutaneous fat              | moderate loss, orbital and triceps        |
| Grip strength                 | reduced, below norms for age/sex          |
| Labs                          | {{lab:Alb 2.4}}, {{lab:prealbumin 8}}                  |
The progress notes describe "poor PO intake" and "deconditioned."
Please clarify the nutritional diagnosis, if any, in your documentation:
[ ] Severe protein-calorie malnutrition
[ ] Moderate protein-calorie malnutrition
[ ] Mild protein-calorie malnutrition
[ ] Other: ________     [ ] Clinically unable to determine

Provider response [[DATE:11/5/24]]: Severe protein-calorie malnutrition in setting of decompensated cirrhosis, meets ASPEN/AND criteria; plan per RD (late evening snack, supplements, BCAA). Documented in today's progress note. -[[NAME:LB]]
""", summary="""
A CDI query on [[DATE:2024-11-05]] asked Dr. [[NAME:Bennett]] to clarify the nutritional status of [[NAME:Stjepan Vuković]] based on the dietitian's findings of 11% weight loss and severe muscle wasting. She documented severe protein-calorie malnutrition due to decompensated cirrhosis.
"""),

    dict(style="nicu_family_meeting", note="""
NICU FAMILY MEETING NOTE
Date: [[DATE:10 October 2024]], 14:00, family room
Infant: [[NAME:Ratuvou]], Baby Boy ("[[NAME:Jone]]")     MRN [[MRN:9903318]]     DOL 26, CGA 30+1
Present: mother [[NAME:Litia Ratuvou]], father [[NAME:Josefa Ratuvou]], paternal aunt [[NAME:Mereani Koroi]]; Dr. [[NAME:Hassan Al-Balushi]] (neonatology), [[NAME:Jessica Tran]] NNP, [[NAME:Paula Lindgren]] RN, SW [[NAME:Bethany Kruger]]. Fijian interpreter [[NAME:Sainimili]] by phone (ID [[MRN:88120]]); parents speak English but wanted the interpreter for medical terms.

Discussed:
- Grade III IVH on the right and grade II on the left (HUS [[DATE:10/2]]), now with progressive ventricular dilation; head circumference up 1.8 cm this week. Neurosurgery recommends reservoir placement.
- Meaning for development: higher risk of CP and learning problems; no way to predict exactly. Early intervention referral before discharge.
- Resp: on NIPPV, weaning; caffeine continues.
- Parents asked about returning to Fiji to be with family; explained likely NICU stay until near term.
Parents' questions answered; they consented to the reservoir. Father asked that updates go to mother first, cell [[PHONE:916-555-0172]].
Time spent: 55 min, > 50% counseling.
""", summary="""
At a family meeting on [[DATE:10 October 2024]], Dr. [[NAME:Al-Balushi]] and the team told parents [[NAME:Litia]] and [[NAME:Josefa Ratuvou]] about their son's bilateral IVH with progressive ventricular dilation and the recommended reservoir. With a Fijian interpreter, the parents asked questions and consented.
"""),

    dict(style="transplant_selection_minutes", note="""
LIVER TRANSPLANT SELECTION COMMITTEE - MINUTES
Meeting: [[DATE:Wednesday, February 12, 2025]], 07:00, conf rm 4B
Chair: Dr. [[NAME:Nino Tsiklauri]]. Present: Drs. [[NAME:Vidal]], [[NAME:Jovanović]], [[NAME:Okonkwo]] (psychiatry); [[NAME:D. Whitley]], RN; [[NAME:Samira Al-Harthy]], LCSW; [[NAME:Paulo Bettencourt]], PharmD; financial counselor [[NAME:T. Lang]].

| Candidate (MRN)                            | Dx                                  | MELD         | Decision            | Notes |
| [[NAME:Babić, Luka]] ([[MRN:6620394]])               | ALD cirrhosis                       | {{score:24}}           | APPROVED - list     | abstinent > 12 mo; relapse prevention contract signed; brother to be evaluated as LD |
| [[NAME:Kekumu, Ikaika]] ([[MRN:7712045]])            | MASH cirrhosis + HCC, within {{eponym:Milan}} | {{score:12}} (exception) | APPROVED - HCC exception | TACE [[DATE:1/22]]; {{lab:AFP 18}} |
| [[NAME:Domínguez Ruiz, Carmen]] ([[MRN:5530871]])    | PSC                                 | {{score:17}}           | DEFERRED            | r/o cholangiocarcinoma: MRCP, {{lab:CA 19-9 142}}, ERCP brushings |
| [[NAME:Hakobyan, Vardan]] ([[MRN:6604412]])          | HBV cirrhosis                       | {{score:31}}           | DECLINED            | severe frailty, CAD not revascularizable; palliative care referral |

Action items: [[NAME:Whitley]] to notify candidates by phone and letter within 10 business days. [[NAME:Samira]] to set up caregiver meeting with Mr. [[NAME:Kekumu]]'s family.
Minutes recorded by [[NAME:jtorres]].
""", summary="""
On [[DATE:February 12, 2025]] the liver selection committee approved [[NAME:Luka Babić]] and [[NAME:Ikaika Kekumu]] (HCC exception) for listing, deferred [[NAME:Carmen Domínguez Ruiz]] pending cholangiocarcinoma workup, and declined [[NAME:Vardan Hakobyan]] for frailty and coronary disease.
"""),

    dict(style="snf_to_hospital_transfer", note="""
SNF-TO-HOSPITAL TRANSFER FORM
From: Lanakila Care Center, Station 2     To: ED
Resident: [[NAME:KAHANANUI, APIKALIA]] ("Auntie [[NAME:Kali]]")     [[AGE:96]]F     DOB [[DATE:12/25/1928]]
Medicare MBI: [[MRN:4TW9-KD2-XP61]]     Medicaid ID: [[MRN:H0044178293]]
Code status: DNR, ok to transfer; comfort focused but family wants eval today.
Reason for transfer: lethargic since 0600, {{vital:T 38.7}}, {{vital:HR 108}}, {{vital:BP 96/50}}, {{vital:RR 26}}, {{vital:SpO2 88%}} RA -> 94% 3 L NC. Coarse crackles R base. Eating < 25% x 2 days.
Baseline: oriented to self, transfers with 1 assist, pureed diet / mildly thick liquids.
Allergies: PCN (rash), sulfa.
Meds: {{drug:Aricept}} {{dose:5 mg}} qhs, metoprolol tartrate {{dose:12.5 mg}} BID, {{drug:Eliquis}} {{dose:2.5 mg}} BID, {{drug:Seroquel}} {{dose:12.5 mg}} qhs prn, acetaminophen prn.
Recent labs [[DATE:6/2]]: {{lab:Cr 1.4}}, {{lab:Na 146}}.
Contact: niece and POA [[NAME:Pualani Kahananui-Ching]] [[PHONE:808-555-0156]] (notified 0715, will meet in ED).
Sent with: POLST, med list, face sheet. Report called to ED RN [[NAME:Marcus]] at 0740 by [[NAME:J. Ramos]], LPN.
""", summary="""
[[NAME:Apikalia Kahananui]], [[AGE:96]], a DNR nursing home resident, was sent to the ED with fever, tachypnea, hypoxia and right basal crackles, suggesting aspiration pneumonia. Her niece and POA [[NAME:Pualani Kahananui-Ching]] was notified and met her there.
"""),

    dict(style="irf_team_conference", note="""
IRF INTERDISCIPLINARY TEAM CONFERENCE - WEEK 2
Dx: traumatic brain injury (R frontal contusion, SDH s/p evacuation), {{score:Rancho Los Amigos level VI}}. Admission {{score:GCS 9}}, now 15.
Nursing: Continent of bladder with timed voids; 1 incontinent BM this week. Sleep improved on melatonin. No falls. Impulsivity at night, bed alarm continues. Skin intact, {{score:Braden 18}}.
PT: Ambulating 250 ft with SBA, no device; stairs x12 with rail and CGA. {{score:Berg 44/56}}. Decreased safety awareness on turns.
OT: Set-up for grooming, supervision for showering on tub bench. Needs cues for sequencing meal prep; kitchen task took 2x expected time.
SLP: Attention and short-term recall deficits, MoCA 19/30 (was 14/30). Using memory book with cues. Regular diet, thin liquids.
Neuropsychology: Disinhibition improving; family education on behavioral strategies scheduled.
Medical: {{drug:Keppra}} {{dose:500 mg}} BID seizure ppx to complete 7 days - stopped. {{drug:Ritalin}} {{dose:5 mg}} BID started for attention, HR/BP stable.
Barriers: 24-h supervision requirement; home has 2 flights of stairs.
Team ELOS: 10 more days. Anticipated discharge: home with family supervision and outpatient neuro-rehab.
""", summary="""
At the week-2 team conference, the TBI patient ({{score:Rancho Los Amigos level VI}}) walks 250 ft with standby assist and has improving attention and recall but needs cues and supervision for safety. The team expects discharge home with 24-hour family supervision and outpatient neuro-rehab in about 10 days.
"""),

    dict(style="newborn_circumcision_procedure", note="""
NEWBORN CIRCUMCISION PROCEDURE NOTE     [[DATE:Nov 5]] 10:15
Infant: Baby Boy [[NAME:Al Dosari]] (to be named [[NAME:Hamdan]])     MRN [[MRN:5511862]]     DOL 1, 39w2d, 3380 g
Consent: signed by father [[NAME:Faisal Al Dosari]] after risks (bleeding, infection, injury, cosmetic concerns) and benefits were reviewed; mother [[NAME:Maitha Al Shamsi]] present and agreed. Family requested the procedure before discharge for religious reasons.
Pre-procedure: voided, normal penile anatomy, no hypospadias or chordee, no family bleeding history; Vitamin K given.
Time-out performed.
Analgesia: dorsal penile nerve block with lidocaine 1% {{dose:0.8 mL}} (no epinephrine), sucrose {{dose:24%}} {{dose:2 mL}} by pacifier, swaddled on padded board.
Procedure: Sterile prep. Adhesions lysed. {{eponym:Gomco}} 1.3 clamp applied, 5 minutes, foreskin excised. Clamp removed; hemostasis good. Petrolatum gauze applied.
EBL < 1 mL. Infant tolerated well, calmed quickly with feeding.
Post-care instructions reviewed with parents in English; father also given Arabic handout. Void check before discharge.
[[NAME:Lucía Benedetti]], MD (Family Medicine-OB)
""", summary="""
A day-old boy of the [[NAME:Al Dosari]] family had an uncomplicated {{eponym:Gomco}} circumcision under dorsal penile nerve block on [[DATE:Nov 5]], with consent from his father [[NAME:Faisal Al Dosari]]. Blood loss was minimal and aftercare was taught to the parents.
"""),

    dict(style="insurance_appeal_letter", note="""
[[DATE:5 Nov 2024]]

Appeals Department
Gulf Coast Health Plan
[[ADDRESS:PO Box 20417, Houston, TX 77225]]
Fax [[PHONE:713-555-0190]]

RE: Second-level appeal - denial of inpatient rehabilitation admission
Member: [[NAME:Mateo Sánchez Llorente]]     DOB [[DATE:04/18/1958]]
Member ID [[MRN:GCH448120937]]     Secondary (Medicaid) ID [[MRN:520778341K]]
Claim # [[MRN:CLM-24-0917733]]     Dates of service [[DATE:08/12/2024]] - [[DATE:08/30/2024]]

To the Medical Director:
I am writing to appeal the denial dated [[DATE:October 7, 2024]], which stated that Mr. [[NAME:Sánchez Llorente]]'s care "could have been safely provided at a skilled nursing facility."
Mr. [[NAME:Sánchez]] was admitted after a right cerebellar hemorrhage with severe truncal ataxia, dysphagia and diplopia. On admission he required maximal assistance for all mobility ({{score:Berg 4/56}}) and could not sit unsupported. He required, and tolerated, 3 hours of therapy per day across PT, OT and SLP, and daily physician oversight for labile blood pressure (up to {{vital:BP 188/102}}) requiring titration of three agents, and for new {{eponym:Horner}} syndrome and headache needing urgent CT review.
He was discharged home walking 300 ft with a rollator, independent with self-care and on a regular diet - outcomes that support the intensity of IRF care under CMS criteria.
Enclosed: IRF-PAI, H&P, physician progress notes, therapy notes.
Please contact our utilization review nurse, [[NAME:Dolores Quintanilla]], RN, at [[PHONE:713-555-0144]] or [[EMAIL:dquintanilla@bayviewrehab.org]].

Sincerely,
[[NAME:Omar Haddad]], DO
Medical Director, Inpatient Rehabilitation
""", summary="""
Dr. [[NAME:Haddad]] appealed the insurer's denial of the inpatient rehab stay ([[DATE:08/12/2024]]-[[DATE:08/30/2024]]) for [[NAME:Mateo Sánchez Llorente]], claim [[MRN:CLM-24-0917733]]. He cited severe ataxia after cerebellar hemorrhage, daily physician management and good functional gains as meeting IRF criteria.
"""),

    dict(style="nicu_discharge_guardian", note="""
NICU DISCHARGE SUMMARY
Name: [[NAME:Mamani Apaza, Thiago Benjamín]]     MRN [[MRN:9897215]]     DOB [[DATE:03/03/2025]]
Admit: born here [[DATE:3rd of March]] at 26w6d, BW 910 g     Discharge: [[DATE:June 11th, 2025]], PMA 41w1d, wt 3020 g
Legal guardian: maternal grandmother [[NAME:Yolanda Apaza Choque]] (letters of guardianship on file, [[DATE:4/22/25]]). Mother [[NAME:Marisol Mamani]], {{age:17}}, visits with grandmother; may receive information per guardian's consent.

Problems:
1. Prematurity 26w6d - resolved.
2. BPD, moderate - on RA since [[DATE:5/30]]; {{vital:SpO2 93-97%}}; diuril stopped [[DATE:6/1]].
3. ROP stage 2 zone II, no plus - regressing; f/u Dr. [[NAME:Ilze Kalniņa]] (peds ophthalmology) [[DATE:6/18/25]].
4. Anemia of prematurity - {{lab:Hgb 9.8}}, {{lab:retic 4.1%}}; iron {{dose:2 mg/kg/d}}.
5. Hearing - passed ABR bilaterally [[DATE:6/6]].
6. Feeding - ad lib Neosure 22 kcal q3h, taking 60-75 mL.
Immunizations: 2-month vaccines [[DATE:5/5]]; {{drug:Beyfortus}} {{dose:50 mg}} given [[DATE:6/9]]. Hep B x2.
Car seat challenge passed (90 min).

Follow-up:
- Pediatrician Dr. [[NAME:Rodrigo Salas]], [[DATE:6/13]] - [[PHONE:973-555-0189]]
- NICU developmental follow-up clinic at 4 months CA
- Early Intervention referral sent
Home: [[ADDRESS:318 Market St, Apt 3F, Paterson, NJ 07501]]. Guardian phone [[PHONE:973-555-0111]] (Spanish).
""", summary="""
[[NAME:Thiago Benjamín Mamani Apaza]], born at 26w6d on [[DATE:03/03/2025]], was discharged on [[DATE:June 11th, 2025]] on room air with regressing ROP, treated anemia and a passed hearing screen. He goes home with his legal guardian, grandmother [[NAME:Yolanda Apaza Choque]], with pediatric and ophthalmology follow-up.
"""),

    dict(style="rehab_discharge_sci", note="""
IRF DISCHARGE SUMMARY - SPINAL CORD INJURY
Patient: [[NAME:Nemanja Stojanović]]     MRN [[MRN:R-120377]]     Age {{age:29}}
Admit [[DATE:2024-09-26]]     Discharge [[DATE:Nov 5]]
Attending: [[NAME:Omar Haddad]], DO     Case manager: [[NAME:Tiare Kaleikini]], RN

Injury: T10 burst fracture with complete paraplegia ({{score:AIS A}}, NLI T10) after a fall from a roof at work [[DATE:Sept 14]]; T8-T12 posterior fusion.
Course: Neurogenic bowel and bladder - CIC q4-6h independent, bowel program daily with {{drug:Dulcolax}} {{dose:10 mg}} suppository and digital stimulation. Spasticity managed with baclofen {{dose:10 mg}} TID. One UTI, treated. No pressure injuries; skin checks independent with mirror. Mood: adjustment reaction, seen by psychology weekly; started {{drug:Zoloft}} {{dose:50 mg}}.
Function at d/c: independent level transfers with slide board, w/c mobility independent indoors and outdoors, modified independent self-care.
Equipment: ultralight manual wheelchair and ROHO cushion (vendor: Summit Mobility, [[PHONE:503-555-0127]]), tub transfer bench, reacher.
Home: ground-floor apartment at [[ADDRESS:7420 SE Foster Rd, Portland, OR 97206]]; ramp installed by employer. Wife [[NAME:Jovana]] and brother [[NAME:Dejan]] trained in transfers and bowel program.
Follow-up: SCI clinic with Dr. [[NAME:Haddad]] in 4 weeks; urology (urodynamics) 3 months; outpatient PT 2x/wk; vocational rehab. Workers' comp claim [[MRN:WC-24-558190]].
""", summary="""
[[NAME:Nemanja Stojanović]], {{age:29}}, with complete T10 paraplegia ({{score:AIS A}}) from a work fall, was discharged home on [[DATE:Nov 5]] independent at wheelchair level with bladder and bowel programs. His wife [[NAME:Jovana]] and brother were trained, and SCI clinic, urology and outpatient PT follow-ups are set.
"""),

    dict(style="hepatology_paracentesis", note="""
PROCEDURE NOTE - LARGE VOLUME PARACENTESIS
Indication: Tense ascites in known cirrhosis, symptomatic dyspnea and early satiety.
Consent: Written consent obtained; risks including bleeding, infection, bowel injury and hypotension discussed.
Pre-procedure: {{lab:INR 1.8}}, {{lab:Plt 62}} - no FFP or platelets given per society guidance. {{vital:BP 104/66}}, {{vital:HR 82}}.
Time-out performed. Ultrasound used to identify a large pocket in the left lower quadrant, away from the inferior epigastric vessels and without intervening bowel.
Technique: Chlorhexidine prep, sterile drape. 1% lidocaine {{dose:8 mL}} local. Z-track approach with a 5 Fr Yueh catheter. Straw-colored fluid obtained.
Volume removed: 6.2 L. Samples sent for cell count with differential, albumin, total protein, culture in blood culture bottles.
Albumin 25% {{dose:50 g}} IV given (8 g per liter removed).
Post-procedure: {{vital:BP 98/62}}, {{vital:HR 86}}. Site dressed, no leak. Patient tolerated well, breathing easier.
Complications: None. EBL minimal.
""", summary="""
Ultrasound-guided paracentesis removed 6.2 L of ascites without complications, with {{dose:50 g}} albumin given. Fluid was sent for cell count, albumin, protein and culture.
"""),
]
