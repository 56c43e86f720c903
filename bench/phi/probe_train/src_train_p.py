NOTES = [
    dict(style="research_consent", note="""
RESEARCH CONSENT VISIT NOTE
Study: Phase 3 randomized trial of perioperative {{drug:durvalumab}} + {{drug:FLOT}} vs FLOT in resectable gastric adenocarcinoma (Protocol GC-3107)
Participant: [[NAME:BAEK, SEUNG-HEE]]   MRN [[MRN:40091276]]   Subject ID [[MRN:3107-014-022]]
Date: [[DATE:01/14/2025]]   Clinical Trials Office, Rm 4
Consenting investigator: [[NAME:Moon Hye-won]], MD (sub-I). Coordinator: [[NAME:Garrett Page]], CCRC.
Interpreter: Korean, [[NAME:Ahn Ji-soo]] (in person, badge [[MRN:44102]]). Also present: daughter [[NAME:Grace Shin]].

ICF version 4.0 (IRB approved [[DATE:11/02/2024]]) with Korean translation. Participant was given the ICF on [[DATE:1/9]] and reviewed it at home with [[NAME:Grace]].
Dr. [[NAME:Moon]] reviewed purpose, 1:1 randomization, visits every 3 weeks, research biopsies, risks including immune-related pneumonitis, colitis, hepatitis and endocrinopathies, alternatives (standard FLOT without study drug), and that participation is voluntary.
Questions: whether she can keep seeing Dr. [[NAME:Cha]] for her diabetes (yes); travel costs from [[ADDRESS:Palisades Park]] ([[NAME:Page]] explained parking vouchers and mileage).
Teach-back: she described randomization as "like a coin toss" and knows she may stop at any time.
Signed by participant [[DATE:01/14/2025]] at 1042; interpreter signed as witness; Dr. [[NAME:Moon]] signed. Copy given to participant. No study procedures before consent.
Optional tissue banking: declined. Germline substudy: agreed.
-- [[NAME:G. Page]], CCRC
""", summary="""
[[NAME:Baek Seung-hee]] gave informed consent on [[DATE:01/14/2025]] for a phase 3 perioperative gastric cancer trial, with a Korean interpreter and her daughter [[NAME:Grace Shin]] present. She declined tissue banking and agreed to the germline substudy.
"""),

    dict(style="research_study_visit", note="""
STUDY VISIT - Week 12 (Visit 6)   Protocol DM-OW-221: once-weekly basal insulin vs {{drug:insulin glargine}}
Subject [[MRN:221-08-0157]]   Initials [[NAME:K.Y.]]
Visit date [[DATE:2025-03-19]] (window [[DATE:3/12]] to [[DATE:3/26]]): in window.
Seen by coordinator [[NAME:Tian Rui]] and PI Dr. [[NAME:Maeda]]. Participant [[NAME:Kobayashi Yoshiro]] accompanied by wife [[NAME:Yoshiko]].

Vitals: {{vital:BP 134/78}}, {{vital:HR 72}}, {{vital:wt 81.4 kg}}.
Labs: {{lab:HbA1c 7.2%}} (baseline 8.4%), fasting {{lab:glucose 132}}.
Hypoglycemia diary: two level 1 events ({{lab:BG 62}} and {{lab:BG 66}}), both before lunch, self-treated. No level 2 or 3.
Con meds: {{drug:amlodipine}} {{dose:5 mg}} started by PCP Dr. [[NAME:Hwang]] on [[DATE:2/28]]; added to con-med log.
AEs: mild nasopharyngitis [[DATE:3/2]] to [[DATE:3/8]], not related, resolved.
IP accountability: 12/12 weekly doses per diary; used pens returned, counted by [[NAME:Tian]]. Kit 88412 dispensed.
[[NAME:Yoshiko]] will keep helping with the diary app; both say they will call if any BG below 54.
Next visit: Week 16, [[DATE:4/16/2025]] +/- 7 days.
Entered in EDC by [[NAME:rtian]] [[DATE:3/19/25]] 1615.
""", summary="""
Week 12 visit for subject [[NAME:K.Y.]] ([[NAME:Kobayashi Yoshiro]]) in a weekly insulin trial: HbA1c improved to 7.2% with two mild hypoglycemia events and an unrelated cold. Next visit is [[DATE:4/16/2025]].
"""),

    dict(style="research_adverse_event", note="""
SERIOUS ADVERSE EVENT REPORT - INITIAL
Protocol HBV-FC-204 (siRNA + peginterferon for chronic hepatitis B)   Site 012   PI: [[NAME:Eleanor Cross]], MD
Subject [[MRN:204-012-0009]]   Sex F   Age {{age:46}}
(Source document: [[NAME:Dulguun Ariunaa]], MRN [[MRN:5583012]]; name not entered on sponsor form.)
Event term: hepatitis B flare   CTCAE grade 3
Onset [[DATE:6 Aug 2025]]; hospitalized [[DATE:8 Aug 2025]] (seriousness criterion: hospitalization).
Last dose of study drug [[DATE:5 Aug 2025]]; peginterferon held since onset.
Narrative: Participant reported fatigue and dark urine. {{lab:ALT 612}} (baseline 38), {{lab:bilirubin 2.9}}, {{lab:INR 1.4}}; HBV DNA rising, HBsAg declining. No encephalopathy. Admitted to hepatology service under Dr. [[NAME:Khulan Tsend]]; started {{drug:tenofovir alafenamide}} {{dose:25 mg}} daily.
Causality (investigator): possibly related. Expectedness: listed in IB v7 as ALT flare.
Reported to sponsor [[DATE:8/8/25]] 1650 via EDC and to the safety desk fax [[PHONE:+1 919 555 0142]]; medical monitor Dr. [[NAME:Hideaki Ono]] acknowledged at 1812.
Husband [[NAME:Ganbaatar]] updated by the PI with participant's permission.
Reporter: [[NAME:Zolzaya Bat-Ochir]], RN, CRC, [[EMAIL:zbatochir@rivergate-research.org]], x[[PHONE:6637]]
""", summary="""
Serious adverse event: subject [[MRN:204-012-0009]] ([[NAME:Dulguun Ariunaa]]) was hospitalized [[DATE:8 Aug 2025]] with a grade 3 hepatitis B flare judged possibly related to study drug, and {{drug:tenofovir alafenamide}} was started. The event was reported to the sponsor the same day.
"""),

    dict(style="genetic_counseling", note="""
GENETIC COUNSELING - Initial visit, Hereditary Cancer Program
[[DATE:10/7/2025]]
Proband: [[NAME:Lam Wing-yan]] ([[NAME:Ivy]]), {{age:38}}F, triple-negative breast cancer dx {{age:37}}, referred by Dr. [[NAME:Sullivan]].
Pedigree (3 generations):
 Maternal
  - mother [[NAME:Tam Mei-fung]], {{age:64}}, high-grade serous ovarian ca dx {{age:58}}, living in [[ADDRESS:Tsuen Wan]]
  - maternal aunt [[NAME:Tam Mei-lan]], breast ca dx {{age:45}}, died at {{age:51}}
  - maternal aunt [[NAME:Tam Mei-ho]], {{age:60}}, unaffected
  - maternal uncle [[NAME:Tam Kwok-wah]], prostate ca dx {{age:66}}
  - maternal grandmother [[NAME:Chu Sau-ling]], "stomach cancer," died 1979 in [[ADDRESS:Guangzhou]]
 Paternal
  - father [[NAME:Lam Chi-ming]], {{age:67}}, healthy
  - paternal aunt [[NAME:Lam Suk-yee]], pancreatic ca dx {{age:70}}
 Siblings/children
  - sister [[NAME:Lam Wing-sze]] ([[NAME:Rose]]), {{age:35}}; brother [[NAME:Lam Wing-kit]] ([[NAME:Lucky]]), {{age:33}}; son [[NAME:Ethan]], {{age:6}}
 No Ashkenazi ancestry, no consanguinity.
Assessment: meets NCCN testing criteria (TNBC <60; ovarian ca in FDR).
Testing: 84-gene panel sent today; prior auth ref [[MRN:PA-2291873]].
Discussed BRCA1/2 implications, {{drug:olaparib}} eligibility, risk-reducing salpingo-oophorectomy, and cascade testing. [[NAME:Rose]] and [[NAME:Lucky]] would be offered testing if a variant is found; [[NAME:Ivy]] hopes to tell them herself.
Results in 2-3 weeks; I will call her at [[PHONE:415-555-0139]].
[[NAME:Jocelyn Hui]], MS, CGC
""", summary="""
[[NAME:Lam Wing-yan]], {{age:38}}, with triple-negative breast cancer and a mother with ovarian cancer, had an 84-gene hereditary cancer panel sent. Siblings [[NAME:Rose]] and [[NAME:Lucky]] would be offered cascade testing if a variant is found.
"""),

    dict(style="genetic_counseling", note="""
Genetic counseling - results disclosure, {{eponym:Lynch syndrome}}
[[DATE:Feb 12, 2025]], telehealth (video)
Pt: [[NAME:Jeon Min-ho]], {{age:44}}M, sigmoid colon ca dx {{age:42}}, MSI-high with MLH1/PMS2 loss, no MLH1 promoter hypermethylation.
Result: pathogenic MLH1 c.1852_1854del (p.Lys618del), confirming {{eponym:Lynch syndrome}}.
Family history (paternal side segregating):
  father [[NAME:Jeon Sang-chul]] - colon ca, died at {{age:55}}
  paternal uncle [[NAME:Jeon Sang-hoon]] - gastric ca {{age:49}}, in [[ADDRESS:Busan]]
  paternal aunt [[NAME:Jeon Kyung-ja]] - endometrial ca {{age:50}}; her daughter [[NAME:Yoo Na-rae]] {{age:29}} untested
  sister [[NAME:Jeon Hye-jin]] ("[[NAME:Hope]]"), {{age:40}}; brother [[NAME:Jeon Min-seok]], {{age:37}}
  wife [[NAME:Song Eun-ji]]; children [[NAME:Ha-eun]] {{age:12}} and [[NAME:Do-yun]] {{age:9}}
Discussed: colonoscopy every 1-2 years; upper endoscopy given gastric cancer in family; {{drug:aspirin}} chemoprevention discussion with his oncologist; testing of minors deferred until about age 20-25.
Family letter (Korean and English) emailed to pt for [[NAME:Hope]], [[NAME:Min-seok]] and [[NAME:Na-rae]]. [[NAME:Hope]] joined the call at the end and said she will finally schedule her colonoscopy.
Pt asked whether his wife needs testing; explained no, not a blood relative.
[[NAME:Sophie Kang]], MS, LCGC
""", summary="""
[[NAME:Jeon Min-ho]] was told his MLH1 result confirms {{eponym:Lynch syndrome}}, and a family letter was sent for his siblings and cousin [[NAME:Yoo Na-rae]]. His sister [[NAME:Hope]] plans to have a colonoscopy.
"""),

    dict(style="fertility_consult", note="""
REPRODUCTIVE ENDOCRINOLOGY & INFERTILITY - NEW PATIENT CONSULTATION
[[DATE:July 8, 2025]]
Patient: [[NAME:YUEN, SUMMER]]   DOB [[DATE:04/22/1989]]   MRN [[MRN:83316092]]
Partner: [[NAME:Daniel Kwan]], DOB [[DATE:11/30/1986]]
Referring: Dr. [[NAME:Whitaker]], OB/GYN

HPI: {{age:36}} G1P0010 (SAB at 7 wks in 2022) with 22 months of unprotected intercourse without conception. Cycles 26-29 days, ovulatory by LH kits.
Workup: {{lab:AMH 0.9}}, day 3 {{lab:FSH 11.2}}, {{lab:E2 41}}; AFC 7. HSG [[DATE:6/12]]: bilateral spill, normal cavity. {{lab:TSH 1.8}}.
Partner SA: {{lab:concentration 9 M/mL}}, motility 31%, strict morphology 2%.
Assessment: diminished ovarian reserve; mild male factor.
Plan: IVF with ICSI recommended over IUI given combined factors; discussed PGT-A and expected euploid rate at her age. [[NAME:Summer]] asked about banking embryos for a second child; we will plan two retrievals if the first yields fewer than 2 euploid blastocysts.
[[NAME:Daniel]] to see urology (Dr. [[NAME:Okafor]]) for varicocele exam.
Timing: couple prefers to start stims after her sister's wedding in [[ADDRESS:Vancouver]] in late summer.
Coverage: Progyny, member ID [[MRN:PGY0048812]]. Nurse coordinator [[NAME:Jinhee Noh]], RN, to send consents; financial counselor [[NAME:Kai Tan]].
[[NAME:Ogawa Rie]], MD
""", summary="""
[[NAME:Summer Yuen]], {{age:36}}, with diminished ovarian reserve, and her partner [[NAME:Daniel Kwan]], with mild male factor, were advised IVF with ICSI and possibly two retrievals. Stimulation will start after a family wedding in late summer.
"""),

    dict(style="donor_screening", note="""
OOCYTE DONOR SCREENING - CLEARANCE SUMMARY
Donor code [[MRN:ED-2291]] (anonymous to recipients)
Donor: [[NAME:Shen, Yiting]] ("[[NAME:Tina]]"), {{age:26}}, graduate student, lives in [[ADDRESS:Somerville]].
Agency: Bright Futures Egg Donation; coordinator [[NAME:Maggie Tso]], [[PHONE:617-555-0193]].

Medical: BMI 21, regular 28-day cycles, {{lab:AMH 4.1}}, AFC 24. No prior donations.
FDA donor eligibility panel drawn [[DATE:2/3/2025]]: HIV-1/2, HBV, HCV, HTLV, syphilis, NAT for WNV, chlamydia/GC all negative.
Genetics: expanded carrier screen - carrier of GJB2 c.235delC; recipient sperm source must be screened for GJB2. Family history from donor: paternal grandfather [[NAME:Shen Guoliang]] with {{eponym:Alzheimer}} disease onset {{age:61}} - referred for genetic counselor review (possible early-onset). Mother [[NAME:Pan Lihua]] and sister [[NAME:Shen Yiran]] healthy.
Psych: evaluated by [[NAME:Roberta Major]], PhD, on [[DATE:2/10]]; PAI within normal limits; motivation altruistic and financial, understands the anonymity terms.
Determination: eligible pending genetic counselor sign-off. Medical director: Dr. [[NAME:Ogawa]].
Next: start OCP [[DATE:3/1]] for cycle sync if cleared.
""", summary="""
Oocyte donor [[MRN:ED-2291]] ([[NAME:Shen Yiting]]), {{age:26}}, passed infectious and psychological screening and is a GJB2 carrier. Clearance awaits review of a grandfather's early-onset dementia.
"""),

    dict(style="surrogate_screening", note="""
GESTATIONAL CARRIER MEDICAL EVALUATION
GC: [[NAME:Hope Whitmore]], {{age:31}}, G3P3003, three uncomplicated term vaginal deliveries, last in 2021.
Intended parents: [[NAME:Chou Yu-hsuan]] and her husband [[NAME:Chou Po-wei]] ("[[NAME:Will]]"), from [[ADDRESS:Taichung]]; reachable through agency and at [[PHONE:+886 4 2255 0187]].
Agency: Pacific Crest Surrogacy, case manager [[NAME:Natalie Sung]].
Visit [[DATE:5/20/2025]]. GC's husband [[NAME:Cody Whitmore]] present.

Hx: no preeclampsia, GDM, or PPH; no cesareans. BMI 26. Nonsmoker. Records from prior OB reviewed.
Exam: normal. SIS today: normal cavity, no polyps.
Labs: blood type O pos, {{lab:rubella immune}}, CMV IgG neg, FDA panel pending (also for [[NAME:Cody]]).
Psych eval: [[NAME:June Kuroda]], LCSW, [[DATE:5/13]] - cleared; couple has good support, GC's mother [[NAME:Faith Dorsey]] lives nearby for childcare.
Legal: GC attorney [[NAME:Patrick Byrne]]; IPs' attorney [[NAME:Grace Liao]]; contract expected to be signed in June.
Plan: cleared medically. Mock cycle with {{drug:estradiol}} {{dose:2 mg}} PO TID; transfer of a single euploid embryo targeted mid-July. We hope to have lining check by the first week of July. [[NAME:Will]] and [[NAME:Yu-hsuan]] will fly in for the transfer.
""", summary="""
[[NAME:Hope Whitmore]], {{age:31}}, was medically cleared as a gestational carrier for [[NAME:Chou Yu-hsuan]] and [[NAME:Chou Po-wei]] of [[ADDRESS:Taichung]], with a single embryo transfer targeted for mid-July. Legal contracts are expected in June.
"""),

    dict(style="research_protocol_deviation", note="""
PROTOCOL DEVIATION REPORT
Study: Phase 2 open-label {{drug:tirzepatide}} in NASH with F2-F3 fibrosis
Deviation category: Visit out of window / Procedure not per protocol
Description: Week 24 visit occurred 9 days outside the +/- 7 day window because the participant was hospitalized (unrelated cholecystitis, reported as SAE separately). At the rescheduled visit, the participant had eaten breakfast; fasting lipid panel and fasting glucose were drawn non-fasting.
MRE and FibroScan (CAP 312 dB/m, {{lab:LSM 11.2 kPa}}) were completed within window at the imaging center.
Impact on participant safety: none. Impact on data integrity: fasting analytes for Week 24 to be flagged in EDC; {{lab:HbA1c 6.1%}} unaffected.
Root cause: reminder call not made the day before; coordinator on leave.
Corrective/preventive action: Two-person reminder roster; fasting instructions added to the visit confirmation text template.
Classification: minor, not reportable to IRB per local policy; logged in the deviation log and the monthly report to the sponsor.
""", summary="""
Protocol deviation in a {{drug:tirzepatide}} NASH trial: a week 24 visit fell outside its window after an unrelated hospitalization, and fasting labs were drawn non-fasting. It was classed as minor and prevention steps were added. No identifying information is present.
"""),

    dict(style="genetic_counseling", note="""
Prenatal genetic counseling - MFM
[[DATE:Mar 4]]
Pt: [[NAME:Dolkar Tsewang]], {{age:34}}, G2P1001, 13w2d by CRL. Partner: [[NAME:Jigme Rinchen]]. Partner's mother [[NAME:Choedon]] also present at pt's request. English used; pt declined interpreter.
Indication: cfDNA screen high risk for trisomy 21; NT 3.1 mm on today's scan.
Family hx: partner's sister [[NAME:Norzin]] has a son with a congenital heart defect (details unknown; lives in [[ADDRESS:Kathmandu]]). Pt's first child, [[NAME:Tenzin]], {{age:4}}, healthy. No consanguinity (couple confirmed they are not related; both families from different regions).
Counseling: screening vs diagnostic testing; PPV of the screen at her age; option of CVS now or amniocentesis after 15 wks; miscarriage risk; option not to test. Also discussed that an increased NT raises concern for heart defects regardless of karyotype - fetal echo at 20-22 wks.
[[NAME:Jigme]] asked whether the screen could be wrong; discussed false positives. [[NAME:Choedon]] said the family will accept the baby either way; pt wants information to prepare.
Decision: CVS with Dr. [[NAME:Fairbanks]] on [[DATE:3/6]], with microarray.
Time: 45 minutes, >50% counseling. [[NAME:Tsering Yangzom]], MS, CGC
""", summary="""
[[NAME:Dolkar Tsewang]], {{age:34}}, at 13 weeks with a high-risk cfDNA screen for trisomy 21 and an NT of 3.1 mm, chose CVS with microarray on [[DATE:3/6]]. A fetal echo was recommended, and partner [[NAME:Jigme Rinchen]] and his mother attended.
"""),

    dict(style="research_study_visit", note="""
UNSCHEDULED STUDY VISIT - AST-3302 ({{drug:tezepelumab}} vs placebo, severe eosinophilic asthma)
Subject [[MRN:3302-0441]]   [[NAME:Hsieh Tsung-han]]   Visit [[DATE:Nov 21, 2024]]
Reason: participant email to coordinator [[EMAIL:yuki.inoue@bayviewresearch.org]] on [[DATE:11/20]]:
  "hi [[NAME:yuki]] this is [[NAME:tsung-han]]. my breathing is worse since sunday, using the blue inhaler 5-6x a day. my wife [[NAME:peiyu]] says i should come in. can i see dr. [[NAME:ueda]] tmrw? - [[NAME:han]]"
Seen same day by Dr. [[NAME:Ueda]] with coordinator [[NAME:Yuki Inoue]].
Exam: diffuse wheeze, {{vital:SpO2 95%}} RA, {{vital:RR 20}}. {{lab:FEV1 1.62 L}} (58% pred; baseline 71%). {{lab:FeNO 48 ppb}}.
Assessment: moderate exacerbation, likely viral (daughter [[NAME:Ann]] sick last week).
Treatment: {{drug:prednisone}} {{dose:40 mg}} x5 days per protocol rescue algorithm; con-med and AE (asthma exacerbation, grade 2, not related, not serious) entered.
Blinding: maintained. Next scheduled dose [[DATE:12/2]] will proceed if FEV1 back to >65% pred.
Pt asked that updates go to his wife [[NAME:Chien Pei-yu]], [[PHONE:510-555-0118]].
""", summary="""
Unscheduled study visit for [[NAME:Hsieh Tsung-han]] after he e-mailed coordinator [[NAME:Yuki Inoue]] about worsening asthma; he was treated with {{drug:prednisone}} for a moderate exacerbation. Blinding was kept, and the next dose on [[DATE:12/2]] depends on his FEV1 recovering.
"""),

    dict(style="research_adverse_event", note="""
ADVERSE EVENT NOTE - CAR-T protocol CT-19-501, Day +2
Participant: [[NAME:KIMURA, AOI]]   Subj [[MRN:501-03-017]]   {{age:52}}F, DLBCL, 3 prior lines
Event: cytokine release syndrome, ASTCT grade 2
Onset [[DATE:5/14/25]] 1930: {{vital:T 39.4}}, {{vital:HR 118}}, {{vital:BP 92/54}} improved to {{vital:BP 108/66}} after {{dose:1 L}} NS; {{vital:SpO2 93%}} on 2 L NC.
{{drug:Tocilizumab}} {{dose:8 mg/kg}} IV given at 2215 by [[NAME:Bridget Green]], RN, ordered by Dr. [[NAME:Sakamoto]] after discussion with PI Dr. [[NAME:Ueda Shun]].
ICANS: {{score:ICE 10/10}}, grade 0; handwriting sample unchanged.
Labs: {{lab:CRP 18.4}}, {{lab:ferritin 2,340}}, {{lab:fibrinogen 310}}.
Attribution: definitely related to CAR-T product. Expected. Not an SAE (participant already inpatient per protocol; no prolongation).
AE CRF completed; sponsor notified by email per 24-h expedited CRS rule.
Caregiver: mother [[NAME:Kimura Setsuko]] staying in the room; backup caregiver brother [[NAME:Ren]] on call. Pt's sputum clear, not green; CXR clear.
""", summary="""
[[NAME:Kimura Aoi]] developed grade 2 cytokine release syndrome on day +2 after CAR-T and received {{drug:tocilizumab}}, with no neurotoxicity. The event was judged related and expected but not serious.
"""),

    dict(style="fertility_procedure", note="""
OOCYTE RETRIEVAL - PROCEDURE NOTE
Patient: [[NAME:Inoue Sakura]]   MRN [[MRN:90177340]]   Cycle #2 (antagonist protocol)
Partner: [[NAME:Kong Wai-lun]] ("[[NAME:Alan]]")
Date [[DATE:9/10/2025]]. Trigger: {{drug:Ovidrel}} {{dose:250 mcg}} + {{drug:Lupron}} {{dose:40 units}} on [[DATE:9/8]] at 2130 (dual trigger). {{lab:E2 3,120}} on trigger day.
Physician: Dr. [[NAME:Tseng]]. Anesthesia: [[NAME:Todd Baker]], CRNA, MAC with {{drug:propofol}}. RN: [[NAME:Lin]]. Embryologist: [[NAME:Sze]].
Procedure: TVUS-guided aspiration, 17-gauge single-lumen needle. R ovary 9 follicles, L ovary 8. 14 COCs retrieved. EBL minimal. No complications.
Andrology: [[NAME:Alan]]'s fresh sample collected on site, processed by [[NAME:Yvonne Choy]]; {{lab:post-wash 12 M/mL}}.
Plan: ICSI on mature oocytes this afternoon; fertilization check call tomorrow AM from [[NAME:Sze]]; day 5/6 biopsy for PGT-A.
Discharge: home with partner driving. OHSS precautions reviewed; call [[PHONE:212-555-0176]] after hours for weight gain >2 lb/day or abdominal distension.
""", summary="""
Second-cycle oocyte retrieval for [[NAME:Inoue Sakura]] on [[DATE:9/10/2025]] yielded 14 oocytes without complications, and ICSI was planned with partner [[NAME:Kong Wai-lun]]'s sample. OHSS precautions were reviewed.
"""),

    dict(style="genetic_counseling", note="""
CARDIOVASCULAR GENETICS - FAMILY VISIT
[[DATE:23 January 2025]]
Proband: [[NAME:Ikeda Takumi]], {{age:17}}, HCM (septum 24 mm) found after exertional syncope at basketball practice; secondary-prevention ICD. Result: MYBPC3 c.2373dupG, pathogenic.
Seen today for cascade counseling:
 - mother [[NAME:Ikeda Yumiko]], {{age:46}}: echo normal
 - father [[NAME:Ikeda Hiroki]], {{age:49}}: septum 16 mm on echo last month
 - sister [[NAME:Mio]], {{age:14}}: echo normal
 - paternal grandmother [[NAME:Ikeda Chiyo]], [[AGE:91]], by video from [[ADDRESS:Sendai]]; her brother [[NAME:Goto Masaru]] died suddenly at {{age:38}}
 - paternal aunt [[NAME:Aoki Naoko]] (married name), AF and "thick heart" per family - records requested
Pattern consistent with paternal transmission.
Testing: father consented for targeted variant testing today. [[NAME:Mio]]: assent obtained, [[NAME:Yumiko]] consented as parent; discussed GINA and the gap for life insurance.
Sports: [[NAME:Takumi]] asked about returning to basketball; deferred to his cardiologist Dr. [[NAME:Kendrick]] (shared decision-making per 2024 guideline).
Follow-up: results in 2 wks; [[NAME:Naoko]]'s daughters to be contacted through her.
[[NAME:Mariko Abe]], MS, CGC
""", summary="""
Cascade counseling for the family of [[NAME:Ikeda Takumi]], who has MYBPC3 hypertrophic cardiomyopathy. His father [[NAME:Ikeda Hiroki]] has a mildly thick septum and was tested, and sister [[NAME:Mio]] was tested with assent.
"""),

    dict(style="fertility_lab_report", note="""
EMBRYOLOGY LABORATORY - Day 5/6 Culture and Biopsy Summary
Insemination: ICSI, 11 MII of 14 COCs; 2 MI, 1 GV; 1 degenerate after denudation.
Fertilization (16-18 h): 9 2PN, 1 1PN (discarded per policy), 1 3PN (discarded).
Culture: Time-lapse incubator (EmbryoScope+), single-step medium, 5% O2.
Day 3: 8 embryos, 6-10 cells, fragmentation <10% in 6.
Day 5: 3 blastocysts biopsied (4AA, 4AB, 3BB) - trophectoderm biopsy, 5-7 cells each, laser-assisted.
Day 6: 2 additional blastocysts biopsied (4BB, 4BC).
Vitrification: 5 blastocysts vitrified on Cryotop devices, 1 per device.
Biopsy samples shipped for PGT-A (NGS). Tank and cane locations recorded in the cryo inventory.
QC: Incubator pH 7.28, temp 37.0 C, all within range. Witnessing done electronically (RI Witness) at each step.
Comment: good blastocyst conversion (5/9, 56%).
""", summary="""
Embryology lab summary: 9 normally fertilized embryos gave 5 biopsied and vitrified blastocysts for PGT-A, with quality control in range. No identifying information is present.
"""),

    dict(style="research_consent", note="""
eCONSENT VISIT (remote, video) - LAR consent
Study: ALZ-PREV-3, anti-amyloid antibody in early symptomatic {{eponym:Alzheimer}} disease
Participant: [[NAME:Bai, Shuqin]], {{age:78}}F, MRN [[MRN:66219004]]. Decisional capacity assessed by Dr. [[NAME:Yan Zhiwei]] on [[DATE:3/28/2025]]: {{score:UBACC 11/20}} - lacks capacity to consent.
LAR: husband [[NAME:Gu Jianhua]] (spouse, per state surrogate hierarchy), joining from home in [[ADDRESS:Flushing]]; son [[NAME:Gu Wei]] joined from [[ADDRESS:Toronto]].
Interpreter: Mandarin, [[NAME:Deng Xiaoli]] (vendor ID [[MRN:LL-20931]]).
Impartial witness: [[NAME:Ashley King]], research assistant.

Reviewed: infusions every 2 weeks, amyloid PET, MRI monitoring, risks including ARIA-E/ARIA-H and infusion reactions, and the choice about APOE genotype disclosure.
[[NAME:Jianhua]] asked whether the drug could "make her memory come back"; clarified it may slow decline, not restore.
[[NAME:Gu Wei]] asked about MRI travel; coordinator [[NAME:Brandon Ho]] will arrange car service.
Assent: participant nodded and said through interpreter that she is willing "if my husband thinks it is good." No dissent at any point.
Signatures via DocuSign: LAR [[DATE:4/2/2025]] 1512, witness 1514, PI Dr. [[NAME:Yan]] 1520. Copy emailed to [[EMAIL:gu.jianhua88@gmail.com]].
APOE genotype disclosure: LAR chose not to receive.
""", summary="""
Husband [[NAME:Gu Jianhua]] consented as legally authorized representative for [[NAME:Bai Shuqin]], who lacks capacity, to join an anti-amyloid {{eponym:Alzheimer}} trial, and she assented. A Mandarin interpreter and witness [[NAME:Ashley King]] were present and the consent was signed [[DATE:4/2/2025]].
"""),

    dict(style="donor_sperm_counseling", note="""
Donor sperm - recipient counseling visit   [[DATE:Aug 29, 2025]]
Recipients: [[NAME:Ivy Chao]] (intended gestational parent, {{age:33}}) and spouse [[NAME:Autumn Fairweather]] ({{age:35}}).
Donor selected: bank donor [[MRN:14402]] (ID-release at 18). Donor CMV IgG neg; [[NAME:Ivy]] CMV neg - match appropriate.
Carrier screening: [[NAME:Ivy]] is an SMN1 carrier (1 copy); donor has 2 copies with no g.27134T>G - residual risk low, explained.
Workup: {{lab:AMH 2.6}}, HSG [[DATE:8/15]] patent bilaterally, {{lab:TSH 2.1}}.
Counseling (with [[NAME:Helen Cho]], LCSW): disclosure to child, donor sibling registry, family limits at the bank, second-parent adoption even though married. [[NAME:Autumn]]'s brother [[NAME:Chase Fairweather]] had been considered as a known donor; couple decided against it.
Plan: letrozole IUI - {{drug:letrozole}} {{dose:5 mg}} CD3-7, monitoring CD11-12, {{drug:Ovidrel}} trigger, IUI 24-36 h later. Target first cycle this autumn once vials arrive. 4 vials purchased.
[[NAME:Autumn]] asked whether she could carry a later pregnancy with [[NAME:Ivy]]'s eggs (reciprocal IVF) - discussed for the future.
[[NAME:Hwang Seo-yeon]], NP
""", summary="""
[[NAME:Ivy Chao]] and [[NAME:Autumn Fairweather]] chose ID-release donor [[MRN:14402]] and plan {{drug:letrozole}} IUI this autumn. [[NAME:Ivy]]'s SMA carrier status was reviewed, and the residual risk with this donor is low.
"""),

    dict(style="genetic_counseling", note="""
Pediatric Genetics - Fragile X results visit   [[DATE:2025-06-03]]
Child: [[NAME:G. Tuvshinbayar]] ("[[NAME:Tuvshin]]"), {{age:5}}M, speech delay and ADHD features. FMR1: full mutation (>200 CGG), methylated.
Mongolian interpreter by phone: [[NAME:Enkhtuya]], ID [[MRN:50817]].
Present: mother [[NAME:N. Khulan]], father [[NAME:G. Ganzorig]] (the children carry the patronymic initial "G." from [[NAME:Ganzorig]]).
Pedigree:
 - mother [[NAME:Khulan]]: FMR1 premutation 92 CGG (drawn at last visit)
 - maternal grandfather [[NAME:Nergui Davaa]], {{age:68}}: intention tremor and gait ataxia since {{age:63}} - possible FXTAS
 - maternal grandmother [[NAME:Bayarmaa]]: menopause at 51, healthy; not tested (grandfather is the likely transmitting carrier)
 - mother's sister [[NAME:N. Odgerel]], currently 20 weeks pregnant, lives in [[ADDRESS:Erdenet]] - obligate carrier
 - sibling: sister [[NAME:Zaya]], {{age:2}}, untested
Counseling: inheritance; premutation expansion risk; FXPOI and FXTAS risks for mother and grandfather. Recommend testing [[NAME:Zaya]] and offering [[NAME:Odgerel]] prenatal diagnosis urgently; family will call her tonight.
Referrals: developmental peds, speech therapy, neuro for grandfather (he lives with family in [[ADDRESS:Aurora]]).
[[NAME:Claire Nguyen-Batsaikhan]], MS, CGC
""", summary="""
[[NAME:Tuvshin]], {{age:5}}, has a Fragile X full mutation inherited from his premutation-carrier mother [[NAME:Khulan]], and his grandfather [[NAME:Nergui Davaa]] may have FXTAS. Testing was advised for sister [[NAME:Zaya]], and aunt [[NAME:Odgerel]], now pregnant, should be offered prenatal diagnosis.
"""),

    dict(style="research_adverse_event", note="""
C3D1 - IO trial 0788 - AE assessment
subj [[MRN:0788-115]] ([[NAME:Wu Bo]]), {{age:63}}M, NSCLC on {{drug:pembrolizumab}} + investigational agent
seen by [[NAME:Xu]] (CRN) + Dr [[NAME:Hu]]; pharm [[NAME:Li]] verified dose
AE: maculopapular rash, trunk/arms, ~20% BSA, pruritic - CTCAE grade 2. onset [[DATE:10/3]]
photo in source binder. no mucosal involvement, no blisters. {{lab:eos 0.9}}, LFTs nl.
derm e-consult Dr [[NAME:Ma Jie]]: {{drug:triamcinolone}} {{dose:0.1%}} cream BID, {{drug:cetirizine}} {{dose:10 mg}}
attribution: probably related to IO, possibly related to investigational agent. not serious.
dosing: proceed C3 per protocol (grade 2 skin allowed w/ supportive care). will hold if grade 3.
wife [[NAME:Yu Fang]] applies cream; she asked about "bo he" (mint) oil - told to avoid scented products.
AE entered in EDC by [[NAME:jxu2]] [[DATE:10/9/25]]
""", summary="""
Trial participant [[NAME:Wu Bo]] had a grade 2 immune-related rash assessed by [[NAME:Xu]] and Dr. [[NAME:Hu]]. It was treated with topical {{drug:triamcinolone}} and dosing continued per protocol.
"""),

    dict(style="research_study_visit", note="""
STUDY VISIT - Week 36 (blinded), Phase 3 RSV maternal vaccine follow-up of infant
Infant age 6 months; visit in window.
Growth: weight 7.6 kg (50th %ile), length 67 cm, HC 43 cm.
Interval history: one URI episode at 4 months, not medically attended; nasal swab not collected (outside surveillance window).
Medically attended LRTI surveillance: none since last visit. Hospitalizations: none.
Immunizations: routine 2- and 4-month series given per schedule; {{drug:nirsevimab}} not given (excluded by protocol).
Exam: normal; no wheeze, no rash.
Solicited/unsolicited AEs: none new. SAE: none.
Diary compliance: 100%. Parent questionnaire (ASQ-3) completed; all domains above cutoff.
Blinding: maintained; unblinded pharmacist not involved in assessments.
Next: Week 52 phone visit; final in-person visit at 12 months.
""", summary="""
Blinded 6-month infant follow-up visit in a maternal RSV vaccine trial showed normal growth and development with no lower respiratory infections or serious adverse events. No identifying information is present.
"""),

    dict(style="surrogate_procedure", note="""
FROZEN EMBRYO TRANSFER - GESTATIONAL CARRIER
GC: [[NAME:AHN, GRACE]]   MRN [[MRN:91004452]]   DOB [[DATE:12/09/1992]]
Intended parents: [[NAME:Song Jiahao]] and [[NAME:Pan Zeyu]] (IP couple, [[ADDRESS:Shanghai]]); present via video; local contact their friend [[NAME:Sunny Qian]], [[PHONE:(626) 555-0105]].
Date of transfer: [[DATE:Tuesday, June 24, 2025]]
Prep: programmed cycle, {{drug:estradiol}} {{dose:2 mg}} TID, lining 9.1 mm trilaminar; {{drug:PIO}} {{dose:50 mg}} IM daily x6 days. {{lab:P4 24.3}} morning of transfer.
Embryo: single euploid blastocyst (day 5, 4AA, XY), embryo ID from IPs' cohort, identity verified by embryologist [[NAME:Chiu]] and Dr. [[NAME:Matsuda]] with GC reading name and DOB aloud.
Procedure: {{eponym:Wallace}} catheter, easy transfer under TAUS, 1.5 cm from fundus, catheter checked clean.
Post: rest 10 min. [[NAME:Grace]] tolerated well; husband [[NAME:Marcus Ahn]] drove.
Beta hCG [[DATE:7/3]]. Continue PIO and estradiol. [[NAME:Grace]] said she "has a good feeling."
Agency ([[NAME:Natalie Sung]]) to confirm the GC life insurance policy is paid; it is currently in its grace period.
""", summary="""
Gestational carrier [[NAME:Grace Ahn]] had an uncomplicated single euploid frozen embryo transfer on [[DATE:June 24, 2025]] for intended parents [[NAME:Song Jiahao]] and [[NAME:Pan Zeyu]]. A beta hCG is due [[DATE:7/3]].
"""),
    dict(style="genetic_counseling", note="""
CASCADE TESTING NOTE / FAMILY LETTER - Familial Hypercholesterolemia
[[DATE:September 30, 2025]]
Index patient: [[NAME:Chung Ho-yin]], {{age:41}}M, MI at {{age:39}}, untreated {{lab:LDL-C 264}}, tendon xanthomas. Result: LDLR c.986G>A (p.Cys329Tyr), pathogenic - heterozygous FH.
With his permission, letters (English and Traditional Chinese) mailed to:
 1. mother [[NAME:Ho Sau-kuen]], {{age:68}}, on {{drug:rosuvastatin}} {{dose:20 mg}}, xanthelasma - targeted testing advised
 2. brother [[NAME:Chung Ho-man]] ("[[NAME:Sunny]]"), {{age:38}}, lives in [[ADDRESS:Richmond]], never had lipids checked
 3. sister [[NAME:Chung Ho-yee]] ([[NAME:Joy]]), {{age:44}}, told she has "high cholesterol" but stopped {{drug:atorvastatin}}
 4. his children [[NAME:Chung Tsz-long]], {{age:10}}, and [[NAME:Chung Tsz-ching]], {{age:7}} - testing recommended now; statin from about age 8-10 if positive
 5. maternal uncle [[NAME:Ho Kin-wah]] died suddenly at {{age:52}} ("heart") - his children should be contacted through his widow, Mrs. [[NAME:Ng]]
Father [[NAME:Chung Kwok-leung]] has normal lipids; paternal side not at risk.
[[NAME:Ho-yin]]'s wife [[NAME:Iris Cheng]] will bring the children to peds lipid clinic (Dr. [[NAME:Lerner]]).
[[NAME:Sunny]] already called after receiving the letter; appointment [[DATE:10/14]].
Contact for family: [[NAME:Penelope Ward]], MS, CGC, [[PHONE:503-555-0161]], [[EMAIL:pward@northridgegenetics.org]]
""", summary="""
[[NAME:Chung Ho-yin]] has heterozygous familial hypercholesterolemia (LDLR), and letters went to his mother, siblings [[NAME:Sunny]] and [[NAME:Joy]], and the family of his late uncle [[NAME:Ho Kin-wah]]. His children will be tested now, and [[NAME:Sunny]] is booked for [[DATE:10/14]].
"""),

    dict(style="fertility_consult", note="""
ONCOFERTILITY CONSULT - URGENT   [[DATE:1/16/2025]]
Pt: [[NAME:Hwang Ji-woo]], {{age:27}}F, new {{eponym:Hodgkin}} lymphoma, stage IIB; chemotherapy planned to start [[DATE:1/27]] (Dr. [[NAME:Reyes-Park]], oncology).
Present: mother [[NAME:Oh Mi-kyung]]; her friend [[NAME:Yerin]] by phone. No partner.
{{lab:AMH 3.4}}, AFC 18 today. Regular cycles; currently CD 9.
Counseling: gonadotoxicity of her regimen is moderate and may reduce ovarian reserve; risk rises if escalated therapy is needed. Options reviewed:
 - random-start ovarian stimulation for oocyte cryopreservation (10-12 days; fits before [[DATE:1/27]])
 - GnRH agonist ({{drug:leuprolide}}) during chemo for ovarian suppression - adjunct only
 - ovarian tissue cryopreservation (laparoscopy) - not needed given timeline
Decision: oocyte cryopreservation, starting tonight: {{drug:Gonal-f}} {{dose:225 IU}} + {{drug:Menopur}} {{dose:75 IU}}, antagonist from day 5. Target 15+ mature oocytes.
Injection teaching by [[NAME:May Hirano]], RN, today. [[NAME:Oh]] (mother) will give injections if needed.
Financial: fertility preservation grant application submitted; state mandate may apply - [[NAME:Kai Tan]] checking.
[[NAME:Ji-woo]] asked whether stimulation could delay chemo; no - retrieval expected [[DATE:1/25]] or [[DATE:1/26]].
[[NAME:Ogawa Rie]], MD
""", summary="""
[[NAME:Hwang Ji-woo]], {{age:27}}, newly diagnosed with {{eponym:Hodgkin}} lymphoma, chose random-start stimulation for egg freezing before chemotherapy starts on [[DATE:1/27]]. Her mother [[NAME:Oh Mi-kyung]] will help with injections.
"""),

    dict(style="research_withdrawal", note="""
EARLY TERMINATION / WITHDRAWAL - Protocol HF-ALT-07 (HFrEF, oral sGC stimulator vs placebo)
Subject [[MRN:07-0331]]   Participant [[NAME:FAN, ZHIQIANG]]   Decision date [[DATE:05/05/2025]]
Type: withdrawal from study drug; participant AGREES to remote follow-up for vital status and hospitalizations.
Narrative: [[NAME:Fan]] told coordinator [[NAME:Michelle Lui]] that he is moving in with his daughter [[NAME:Fan Yue]] in [[ADDRESS:Phoenix]]; the 2-hour drive each way is too hard. No AE prompted the decision. Last IP dose [[DATE:4/28/25]]; bottles returned, 54/56 tablets taken.
PI (Dr. [[NAME:Koh Hwee Ling]]) reviewed; transfer to a site near [[ADDRESS:Phoenix]] offered, declined.
Follow-up: phone every 3 months via daughter's number [[PHONE:480-555-0124]], permission documented.
EDC audit trail:
  [[DATE:2025-05-05]] 14:02  [[NAME:mlui]]   ET form created
  [[DATE:2025-05-05]] 14:10  [[NAME:mlui]]   reason = "participant decision - travel burden"
  [[DATE:2025-05-06]] 09:31  [[NAME:hkoh]]   PI signature applied
  [[DATE:2025-05-06]] 11:45  [[NAME:cra.tkimura]]   query: "Please confirm last dose date vs dosing log"
  [[DATE:2025-05-07]] 08:20  [[NAME:mlui]]   query answered, closed by [[NAME:cra.tkimura]]
""", summary="""
[[NAME:Fan Zhiqiang]] stopped study drug in a heart failure trial because of travel burden after moving to [[ADDRESS:Phoenix]], but agreed to phone follow-up through daughter [[NAME:Fan Yue]]. The PI signed off and a monitor query was resolved.
"""),

    dict(style="genetic_counseling", note="""
PRECONCEPTION GENETIC COUNSELING - alpha-thalassemia carrier couple
[[DATE:11/18/2024]]
Couple: [[NAME:Ong Shu-fen]], {{age:30}} (registered at her prior clinic as [[NAME:Wang Shu-fen]]), and [[NAME:Khoo Chia-wei]], {{age:32}}. Taiwanese Hokkien and Hakka ancestry.
Results: [[NAME:Shu-fen]]: --SEA/aa, {{lab:MCV 66}}, {{lab:HbA2 2.4%}}, ferritin normal. [[NAME:Chia-wei]]: --SEA/aa, {{lab:MCV 64}}.
Risk: 1 in 4 per pregnancy of Hb Bart's hydrops fetalis; 1 in 2 trait.
Pedigree:
 I-1 [[NAME:Ong Kim-chuan]], I-2 [[NAME:Tan Gek-hoon]] ([[NAME:Shu-fen]]'s parents; I-2 "anemia, took iron for years")
 I-3 [[NAME:Khoo Beng-hock]], I-4 [[NAME:Lee Siew-lan]] ([[NAME:Chia-wei]]'s parents)
 II-1 [[NAME:Ong Shu-hui]] (sister) - stillbirth at 30 wks "with swelling" in 2019, III-1; suspicious for Hb Bart's
 II-2 [[NAME:Ong Shu-fen]] (consultand); II-3 [[NAME:Ong Kai-ming]] (brother), untested
 II-4 [[NAME:Khoo Chia-wei]]; II-5 [[NAME:Khoo Chia-ling]] ([[NAME:Ivy]]), untested
Options: IVF with PGT-M; natural conception with CVS at 11-13 wks; donor gamete; adoption. Maternal risks of a hydropic pregnancy (preeclampsia, hemorrhage) explained.
[[NAME:Shu-fen]] tearful about her sister's loss; "now it makes sense." Couple leaning to PGT-M; referred to Dr. [[NAME:Tseng]] (REI).
Testing offered to [[NAME:Shu-hui]], [[NAME:Kai-ming]] and [[NAME:Ivy]]; family letter given.
""", summary="""
[[NAME:Ong Shu-fen]] and [[NAME:Khoo Chia-wei]] are both SEA alpha-thalassemia deletion carriers with a 1-in-4 risk of Hb Bart's hydrops, which likely explains sister [[NAME:Ong Shu-hui]]'s stillbirth. They are leaning toward IVF with PGT-M, and relatives were offered testing.
"""),

    dict(style="living_donor_evaluation", note="""
LIVING KIDNEY DONOR EVALUATION - Independent Living Donor Advocate (ILDA)
[[DATE:7/22/2025]]
Donor candidate: [[NAME:Phurbu Dorjee]], {{age:39}}M. Intended recipient: his older brother [[NAME:Lhakpa Dorjee]], {{age:44}}, ESRD from IgA nephropathy, on HD in [[ADDRESS:Jackson Heights]].
ILDA: [[NAME:Rebecca Young]], LCSW. Tibetan interpreter in person: [[NAME:Kalden]]. Transplant coordinator [[NAME:Ng]] present for the first 10 minutes only.
Donor's wife [[NAME:Rinchen Lhamo]] joined at donor's request.
Medical summary (from chart): {{lab:eGFR 104}}, {{lab:UACR 8}}, {{vital:BP 122/76}}, BMI 24, A1c normal; CT angiogram single renal artery bilaterally.
Understanding: explained, via interpreter, surgery risks, lifetime ESRD risk, pregnancy not applicable, and that he can withdraw at any point with a confidential "medical reason" given to the recipient.
Voluntariness: he is the younger brother and says monks at his temple encouraged donation, but "it is my choice, nobody pushes." Interviewed alone for 15 min; no coercion identified.
Financial: restaurant cook, no paid leave; NLDAC travel/lodging application started; lost-wage concern discussed with [[NAME:Rinchen]].
Recommendation: ILDA supports proceeding. Selection committee [[DATE:8/5]].
""", summary="""
The donor advocate supports [[NAME:Phurbu Dorjee]], {{age:39}}, as a living kidney donor for his brother [[NAME:Lhakpa Dorjee]]: he understands the risks and is donating by his own choice. Lost-wage help was started and selection committee is [[DATE:8/5]].
"""),

    dict(style="genetic_counseling", note="""
GROUP GENETIC EDUCATION SESSION - Hereditary Cancer Pre-test (6 attendees, video)
Content reviewed:
 - DNA, genes, and germline vs somatic variants; variant classes (pathogenic, likely pathogenic, VUS, likely benign, benign)
 - autosomal dominant inheritance; 50% risk to first-degree relatives; incomplete penetrance
 - syndromes on the panel: hereditary breast/ovarian cancer (BRCA1/2, PALB2), {{eponym:Lynch syndrome}}, {{eponym:Li-Fraumeni}} syndrome (TP53), {{eponym:Cowden}} syndrome (PTEN), {{eponym:Peutz-Jeghers}} syndrome (STK11), hereditary diffuse gastric cancer (CDH1)
 - what a VUS means and why management should not change on a VUS
 - GINA protections (health insurance and employment) and its limits (life, disability, long-term care insurance)
 - cost, turnaround (2-3 weeks), and results disclosure by phone or video
 - cascade testing and how to share results with relatives
Questions from group: whether a negative result means no risk (no - depends on family history); whether direct-to-consumer tests are sufficient (no - limited variants).
All attendees were offered an individual session; each will receive a saliva kit by mail after a consent call.
""", summary="""
Group pre-test education covered variant classes, dominant inheritance, common hereditary cancer syndromes including {{eponym:Li-Fraumeni}} and {{eponym:Lynch syndrome}}, and GINA. No identifying information is present.
"""),

    dict(style="fertility_consult", note="""
MALE INFERTILITY CONSULT - Urology/Andrology   [[DATE:Oct 2, 2025]]
Pt: [[NAME:Ma Lei]], {{age:34}}M, referred by Dr. [[NAME:Ogawa]] (REI) for azoospermia on two semen analyses ([[DATE:8/20]], [[DATE:9/11]]).
Wife: [[NAME:Zhu Xinyi]] ("[[NAME:Joy]]"), {{age:31}}, normal ovarian reserve.
Exam: tall, mild gynecomastia, testes 4 mL bilaterally, firm; vasa present.
Labs: {{lab:FSH 38}}, {{lab:LH 21}}, {{lab:total testosterone 210}}, {{lab:estradiol 48}}. Karyotype 47,XXY ({{eponym:Klinefelter}} syndrome); Y microdeletion negative.
Counseling: non-obstructive azoospermia; micro-TESE sperm retrieval roughly 40-50%; avoid exogenous testosterone (suppresses spermatogenesis). Option of {{drug:anastrozole}} {{dose:1 mg}} daily for 3 months pre-op given low T/E2 ratio. Alternatives: donor sperm, adoption.
Offspring of XXY men via ICSI are usually 46,XY or 46,XX; PGT-A can be offered.
[[NAME:Joy]] asked if this "is her fault too" - reassured. [[NAME:Lei]] wants to try micro-TESE first; both prefer not to use a donor, though they will think about it.
Also discussed bone density (DXA) and metabolic screening; referral to endocrinology (Dr. [[NAME:Bo Yang]]).
Plan: micro-TESE with Dr. [[NAME:Yamaguchi]], timed with [[NAME:Xinyi]]'s retrieval if sperm found fresh; genetic counseling with [[NAME:Mariko Abe]], CGC.
""", summary="""
[[NAME:Ma Lei]], {{age:34}}, has non-obstructive azoospermia from {{eponym:Klinefelter}} syndrome and chose micro-TESE after a trial of {{drug:anastrozole}}. His wife [[NAME:Joy]] was reassured, and endocrine and genetic counseling referrals were made.
"""),
]
