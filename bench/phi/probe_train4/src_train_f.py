NOTES = [
    dict(style="pathology_report", note="""
SURGICAL PATHOLOGY REPORT                         Accession: [[MRN:S25-10877]]
Patient: [[NAME:SUZUKI, AKANE]]   MRN: [[MRN:0771-2294]]   DOB: [[DATE:11/05/1979]]
Collected: [[DATE:09/15/2025]]   Received: [[DATE:09/15/2025]]   Reported: [[DATE:09/18/2025]]
Surgeon: [[NAME:Ikeda, Ren]] MD     Copy to: [[NAME:Hope Brown]], NP (Endocrine)

SPECIMEN: Thyroid, total thyroidectomy.
CLINICAL: {{age:45}}F, 1.8 cm right nodule, FNA {{score:Bethesda V}}; hypothyroid on {{drug:levothyroxine}} {{dose:75 mcg}}.

FINAL DIAGNOSIS:
Thyroid, total thyroidectomy:
- Papillary thyroid carcinoma, classic type, right lobe, 1.7 cm.
- Margins negative; closest 0.3 mm (posterior capsule).
- No lymphovascular invasion; no extrathyroidal extension.
- Background {{eponym:Hashimoto thyroiditis}} with lymphoid follicles and {{eponym:Hürthle}} cell metaplasia.
- One perithyroidal lymph node, negative (0/1).
- pT1b pN0.

GROSS: Received fresh, labeled with the patient's name and MRN, a 28 g thyroid. Right lobe 5.1 x 2.4 x 2.0 cm with a 1.7 cm firm white-tan ill-defined nodule; remaining parenchyma diffusely tan-brown and nodular. Sections A1-A14. Grossed: [[NAME:rw]]/[[NAME:ym]].
COMMENT: Intradepartmental consult, [[NAME:K. Hashimoto]]: agrees.
Electronically signed: [[NAME:Yuna Mori]], MD
""", summary="""
Total thyroidectomy for [[NAME:Akane Suzuki]] shows a 1.7 cm classic papillary thyroid carcinoma with negative margins in a background of {{eponym:Hashimoto thyroiditis}}, pT1b pN0. [[NAME:K. Hashimoto]] concurred in consultation.
"""),

    dict(style="lab_critical_log", note="""
CORE LAB - CHEMISTRY CRITICAL VALUE CALLS
Date: [[DATE:06/03/2025]] (nights)   Tech: [[NAME:Kim, J.]] ([[NAME:jk]])

time | patient / MRN | result | notified | rb
2315 | [[NAME:LE, THI MAI]] [[MRN:2209918]] | {{lab:K 6.9}} (HIL index ok, no hemolysis) | [[NAME:hope]] RN 5E | yes -[[NAME:jk]]
2340 | [[NAME:Ganbaatar, Tsend]] [[MRN:2231450]] | {{lab:glucose 38}} | [[NAME:Mason]], RRT RN | yes -[[NAME:jk]]
0105 | [[NAME:BROWN, SUMMER]] [[MRN:2240077]] | {{lab:Na 116}} | Dr. [[NAME:Yoo]] x[[PHONE:4471]] | yes -[[NAME:jk]]
0220 | [[NAME:Ōno Takeshi]] [[MRN:2198804]] | {{lab:lactate 7.4}} | [[NAME:ed]] (ED RN, pod B) | yes -[[NAME:jk]]
0318 | [[NAME:Munkhbat, Oyun]] ([[AGE:90]]F) [[MRN:2250113]] | {{lab:Ca 14.8}}, {{lab:iCa 1.92}} | 4W charge paged x2, no answer; nursing supervisor [[NAME:King]] 0331 | yes -[[NAME:jk]]
0502 | [[NAME:Lê Thị Mai]] [[MRN:2209918]] | repeat {{lab:K 5.4}} after {{drug:Lokelma}}; not critical, FYI to [[NAME:hope]] | n/a

Comment: {{lab:ck 48,200}} on [[NAME:Ōno]] is not on the critical list; called anyway to [[NAME:ed]] at the request of pathologist on call Dr. [[NAME:Page]].
""", summary="""
Overnight chemistry critical calls on [[DATE:06/03/2025]] by [[NAME:jk]] included {{lab:K 6.9}}, {{lab:glucose 38}}, {{lab:Na 116}}, {{lab:lactate 7.4}} and {{lab:Ca 14.8}}, all read back. The hypercalcemia call went to supervisor [[NAME:King]] after no answer on 4W.
"""),

    dict(style="specimen_rejection_log", note="""
SPECIMEN REJECTION LOG - Patient Service Centers / Core Lab
week of [[DATE:Jan 13]]

[[DATE:1/13]] 07:52  [[NAME:Nguyễn Văn Bình]] ([[MRN:3318207]])  lavender, clotted. Collector [[NAME:Drew]] (PSC West). Recollected 09:10; [[NAME:Drew]] drew it from the R AC this time.
[[DATE:1/13]] 11:30  [[NAME:AOKI, REI]] ([[MRN:3320914]])  light green top hemolyzed ({{lab:H-index 240}}); K cancelled. Collector [[NAME:Green]]. RN notified: [[NAME:Lily]], 5 West.
[[DATE:1/14]] 06:15  unlabeled light blue (coags) from 6 North, rejected; cannot be relabeled per policy. Charge RN [[NAME:Major]] aware. Drawn by PCT [[NAME:Bo]].
[[DATE:1/14]] 14:40  [[NAME:Bat-Erdene, Narantuya]] (F/[[AGE:92]], [[MRN:3301176]])  QNS for lipid panel; hard stick. Collector [[NAME:Chase]]. Redraw at next visit.
[[DATE:1/15]] 08:05  [[NAME:Yu, Dae-ho]] ([[MRN:3297740]])  tube labeled "[[NAME:Yu, Daeho]]" DOB [[DATE:3/2/1950]]; armband DOB [[DATE:3/2/1951]]. Mislabel, rejected. Collector [[NAME:Drew]]. Incident report [[MRN:IR-25-00318]] filed by [[NAME:Case]] (lab supervisor).

In each case the ordering provider was messaged in Epic. Major themes this week: line draws above infusions, labels printed at the desk.
""", summary="""
Specimen rejections for the week of [[DATE:Jan 13]] include a clotted lavender from [[NAME:Drew]], a hemolyzed green top, an unlabeled coag tube, and a mislabeled tube for [[NAME:Yu, Dae-ho]] with the wrong birth year. [[NAME:Case]] filed an incident report.
"""),

    dict(style="blood_bank_note", note="""
BLOOD BANK / TRANSFUSION SERVICE - ANTIBODY IDENTIFICATION
Patient: [[NAME:Oyunchimeg Bat-Erdene]]   MRN [[MRN:6673019]]   DOB [[DATE:1994-05-21]]
Ordering: [[NAME:Cross, Emily]] CNM    Specimen drawn [[DATE:2025-02-06]] by [[NAME:gk]]

ABO/Rh: O NEG. Antibody screen: POSITIVE (2 of 3 cells, IgG, 2+).
Panel: anti-D identified, titer {{lab:1:32}} (previous {{lab:1:8}} on [[DATE:2025-01-09]]). No anti-{{eponym:Kell}}, anti-{{eponym:Duffy}} (Fya) or anti-{{eponym:Kidd}} (Jka) detected. Maternal DAT negative.
History: G3P1 at 24 weeks; {{drug:RhoGAM}} not documented after prior delivery in [[ADDRESS:Ulaanbaatar]] (2019). Patient recalls "a shot" but has no records.
Interpretation: Clinically significant alloanti-D with rising titer; not consistent with passive {{drug:RhIG}}.

Communication: Called to [[NAME:Cross]] at 1105, read back; MFM referral for MCA {{eponym:Doppler}}. Reviewed w/ [[NAME:Kidd]] (BB supervisor). Antigen-negative, crossmatch-compatible units to be reserved for delivery.
Tech: [[NAME:Lim S]] / [[NAME:gk]]
""", summary="""
A prenatal antibody workup for [[NAME:Oyunchimeg Bat-Erdene]] identifies alloanti-D with the titer rising from 1:8 to 1:32 since [[DATE:2025-01-09]]. [[NAME:Cross]] read the result back, it was reviewed with [[NAME:Kidd]], and MFM referral was advised.
"""),

    dict(style="cytology_report", note="""
GYN CYTOLOGY REPORT                 Accession [[MRN:GC25-04418]]
Patient: [[NAME:Nguyễn Thị Hồng]]   DOB [[DATE:08/14/1986]]   MRN [[MRN:7781003]]
Collected [[DATE:07/08/2025]] by [[NAME:April Dang]], NP (Eastside Women's Health)   Received [[DATE:07/09/2025]]
Specimen: ThinPrep cervical, HPV reflex.
Prior: Pap April 2022, NILM, HPV negative.

Adequacy: Satisfactory for evaluation; transformation zone component present.
Interpretation ({{eponym:Bethesda}} 2014): High-grade squamous intraepithelial lesion (HSIL), cannot exclude {{score:CIN 3}}.
HPV: HPV 16 DETECTED; HPV 18/45 not detected.
Recommendation: Colposcopy per ASCCP.

Screened by: CT [[NAME:jw]] ([[NAME:J. Whang]], SCT)    Reviewed/signed: [[NAME:Trinh Quoc Bao]], MD
Communication: HSIL is a notify-value; faxed to Eastside at [[PHONE:617-555-0128]] and called to [[NAME:April]] on [[DATE:7/11]] at 10:20. Patient prefers Vietnamese; letter mailed to [[ADDRESS:48 Dorchester Ave, Apt 3, Quincy, MA 02169]] and copy sent to [[EMAIL:hong.nguyen86@mailbox.example]].
""", summary="""
A Pap test for [[NAME:Nguyễn Thị Hồng]] collected [[DATE:07/08/2025]] shows HSIL with HPV 16 detected, and colposcopy is recommended. The result was faxed and called to [[NAME:April Dang]], NP.
"""),

    dict(style="lab_report", note="""
SYNOVIAL FLUID ANALYSIS - LEFT KNEE
Appearance: cloudy, yellow. Volume 42 mL.
Cell count: {{lab:WBC 38,500}}/uL, {{lab:PMN 91%}}. RBC 1,200/uL.
Crystals (compensated polarized light): numerous intracellular needle-shaped crystals, strongly negatively birefringent, consistent with monosodium urate. No CPPD crystals seen.
{{eponym:Gram}} stain: no organisms. Culture: no growth at 24 h, final pending.
Chemistry: {{lab:glucose 41}} mg/dL; {{lab:protein 4.9}} g/dL.
Comment: Crystal-proven gout. Concurrent septic arthritis is not excluded at this WBC; correlate with culture.
Verified by MLS; results visible to the ED. No critical values.
""", summary="""
Left knee synovial fluid shows {{lab:WBC 38,500}} with 91% PMNs and negatively birefringent urate crystals, consistent with gout. {{eponym:Gram}} stain is negative and culture is pending.
"""),

    dict(style="pathology_report", note="""
SURGICAL PATHOLOGY  -  [[MRN:S25-22714]]
[[NAME:KANG, HYE-JIN]]  |  F {{age:27}}  |  MRN [[MRN:4419280]]  |  Proc [[DATE:Aug 21, 2025]]
Submitting: Dr. [[NAME:Fujimoto]], ENT
Clinical: 3 wk fever, tender L posterior cervical adenopathy, {{lab:WBC 2.9}}, {{lab:LDH 412}}. ANA negative. Rule out lymphoma.

DIAGNOSIS: Lymph node, left cervical, excision:
- Histiocytic necrotizing lymphadenitis ({{eponym:Kikuchi-Fujimoto disease}}).
- Patchy paracortical necrosis with abundant karyorrhectic debris, crescentic histiocytes and plasmacytoid dendritic cells; neutrophils absent.
- No {{eponym:Reed-Sternberg}} cells; no evidence of lymphoma (CD30 highlights scattered immunoblasts only; CD3/CD20 normal distribution).
- AFB and GMS stains negative.

COMMENT: Shown at heme conference to [[NAME:Reed]] and [[NAME:Hwang]], who agree. Given the overlap with lupus lymphadenitis, serologic follow-up is advised. Called to [[NAME:Fujimoto]] on [[DATE:8/25]] at 1530.
Pathologist: [[NAME:Võ Thanh Tâm]], MD
""", summary="""
Left cervical lymph node excision for a {{age:27}}-year-old shows {{eponym:Kikuchi-Fujimoto disease}} without lymphoma, per Dr. [[NAME:Vo]]. The result was called to Dr. [[NAME:Fujimoto]] on [[DATE:8/25]].
"""),

    dict(style="frozen_section_log", note="""
FROZEN SECTION / INTRAOPERATIVE CONSULT LOG - Gross Room - [[DATE:Wed 2/19/2025]]
FS# | OR | patient | specimen | FS dx | called to | time | path
[[MRN:F25-211]] | 12 | [[NAME:Yoshida, Emi]] | L parotid | pleomorphic adenoma, margin clear | [[NAME:Kimura]] | 0947 | [[NAME:jb]]
[[MRN:F25-212]] | 4 | [[NAME:Baek, Sung-min]] | sentinel LN #1 | negative for carcinoma | [[NAME:Hunter]] (circulator) for Dr. [[NAME:Bishop]] | 1022 | [[NAME:jb]]
[[MRN:F25-213]] | 12 | [[NAME:Yoshida, Emi]] | L periauricular node | eosinophil-rich follicular hyperplasia; defer, ? {{eponym:Kimura disease}} | [[NAME:Kimura]] | 1047 | [[NAME:jb]]/[[NAME:pm]]
[[MRN:F25-214]] | 9 | [[NAME:Lương, Quốc Việt]] | bile duct margin ({{eponym:Whipple}}) | atypical, favor reactive; defer | [[NAME:Rush]] (fellow) | 1130 | [[NAME:pm]]

FYI: [[NAME:Kimura]] asked what would help on the 1047 case; suggested serum IgE and eosinophil count, which support {{eponym:Kimura}} disease if elevated. Permanents on [[MRN:F25-213]] and [[MRN:F25-214]] rushed for AM sign-out. -[[NAME:jb]]
""", summary="""
The frozen section log for [[DATE:2/19/2025]] lists four intraoperative consults, including a periauricular node on [[NAME:Emi Yoshida]] deferred as possible {{eponym:Kimura disease}} and called to Dr. [[NAME:Kimura]]. A {{eponym:Whipple}} bile duct margin was deferred and called to [[NAME:Rush]].
"""),

    dict(style="blood_bank_note", note="""
MASSIVE TRANSFUSION PROTOCOL - Blood Bank Record
Activated [[DATE:05/30/2025]] 14:12 by Dr. [[NAME:Major]] (Trauma Bay 2) for major hemorrhage, MVC, flown in from [[ADDRESS:Colebrook]].
Patient registered under trauma alias; identified 15:20 as [[NAME:Otgonbayar Batjargal]], MRN [[MRN:8103377]].
Type O POS on first sample (drawn 14:31 by [[NAME:Price]], RN); antibody screen negative 14:58.

Cooler 1  14:16  4 RBC O NEG (emergency release, uncrossmatched) + 4 plasma (thawed A)  to runner [[NAME:Young]]
Cooler 2  14:40  4 RBC O POS + 4 plasma + 1 apheresis platelet  to [[NAME:Young]]
Cooler 3  15:05  4 RBC, crossmatch completed 15:02, + 4 plasma + 10 u cryo  to [[NAME:Will]]
Labs: {{lab:Hgb 6.4}} then {{lab:Hgb 8.9}}; {{lab:INR 2.1}}; {{lab:fibrinogen 92}}; TEG {{lab:MA 44}}. {{drug:TXA}} {{dose:1 g}} given 14:20 per trauma.
Deactivated 15:48 by [[NAME:Major]]. 2 u plasma from cooler 3 returned 16:10, temperature OK, back to inventory.
Emergency release form signed by [[NAME:Major]] [[DATE:5/30]] 16:30. Unit numbers on the transfusion record, e.g. [[MRN:W0369 25 104482]], [[MRN:W0369 25 104519]]. Trauma will call if products are needed in IR.
Blood bank tech: [[NAME:Hoàng Thủy]] / [[NAME:ht]]
""", summary="""
A massive transfusion protocol activated by Dr. [[NAME:Major]] on [[DATE:05/30/2025]] for [[NAME:Otgonbayar Batjargal]] issued three coolers over 50 minutes, moving from emergency-release O NEG to crossmatched units. Hemoglobin rose from {{lab:Hgb 6.4}} to {{lab:Hgb 8.9}}.
"""),

    dict(style="lab_critical_log", note="""
Hematology critical value / smear review - [[DATE:12-Nov-2025]] 10:42
Pt [[NAME:HOÀNG VĂN LỰC]], {{age:58}}M, MRN [[MRN:5540129]], outpatient draw at Oakridge Clinic
CBC: {{lab:WBC 86.4}}, {{lab:Hgb 7.9}}, {{lab:Plt 22}}. Analyzer flag: blasts.
Smear (reviewed by [[NAME:Will Nakagawa]], MLS; confirmed by Dr. [[NAME:Banks]]): 62% blasts, medium-large with fine chromatin, some with {{eponym:Auer}} rods; occasional faggot cells. Concern for APL.
Critical: new blasts per policy.

10:44 clinic [[PHONE:781-555-0173]], closed for lunch; answering service took message
10:58 on-call Dr. [[NAME:Phan]] returned call from [[PHONE:781.555.0199]], read back, will send pt to the ED
11:02 heads-up to ED charge [[NAME:Holly]]
11:20 added coags: {{lab:fibrinogen 88}}, {{lab:PT 17.2}}, DIC pattern; called to [[NAME:Phan]], read back
Flow cytometry ordered on the same EDTA tube. -[[NAME:wn]]
""", summary="""
An outpatient CBC for [[NAME:Hoàng Văn Lực]] showed {{lab:WBC 86.4}} with 62% blasts and {{eponym:Auer}} rods, concerning for APL, with a DIC pattern on added coags. Dr. [[NAME:Phan]] was reached through the answering service and sent the patient to the ED.
"""),

    dict(style="nursing_note", note="""
[[DATE:3/22]] nights, 14b ([[NAME:Yoo]])
0540 lab called (tech [[NAME:art]]) - am purple top clotted + green top hemolyzed, both rejected, need recollect. [[NAME:art]] said {{lab:k 5.9}} on the hemolyzed one, not reportable.
0550 drew from R art line per protocol (5 ml waste), sent purple + green + bmp. -[[NAME:mb]]
0615 [[NAME:art]] called back: {{lab:k 4.1}}, {{lab:hb 8.2}}, no crit. pt sleeping, {{vital:hr 88}}, {{vital:bp 112/64}}, {{vital:rr 16}}. no sx.
0620 charge rn [[NAME:dawn]] aware. will ask team re: art line draws only for am labs. RN [[NAME:mb]]
""", summary="""
Night nurse [[NAME:mb]] recollected a clotted purple top and a hemolyzed green top from the art line after lab tech [[NAME:art]] rejected them. Repeat {{lab:k 4.1}} and {{lab:hb 8.2}} were not critical, and charge RN [[NAME:dawn]] was told.
"""),

    dict(style="cytology_report", note="""
NON-GYN CYTOLOGY - Bronchial washing, RUL
Acc [[MRN:NG25-3307]] | [[NAME:Dashdorj, Erdenechimeg]] | MRN [[MRN:6620915]] | {{age:71}}M | coll [[DATE:2025/04/02]]
Clinical: RUL cavitary lesion, weight loss, night sweats; arrived from [[ADDRESS:Khovd]] two months ago; r/o tb vs malignancy. Airborne precautions.

Diagnosis: NEGATIVE for malignant cells. Bronchial cells and alveolar macrophages with aggregates of epithelioid histiocytes and {{eponym:Langhans}}-type giant cells, suggestive of granulomatous inflammation.
Ancillary (micro): AFB smear {{lab:2+}} (auramine); MTB PCR positive, rif resistance not detected. Called to ID (Dr. [[NAME:Ariunaa Gantulga]]) and infection prevention ([[NAME:Swift]]) [[DATE:4/3]] 0915 by micro ~[[NAME:tb]].
Prior: outside cytology [[DATE:2024/12/18]] ([[ADDRESS:Ulaanbaatar]]), "chronic inflammation". Family contact [[PHONE:+976 9911 4827]].
Screened: [[NAME:sc]]   Signed: [[NAME:Oh Ji-hoon]], MD
""", summary="""
A bronchial washing for [[NAME:Erdenechimeg Dashdorj]] is negative for malignancy but shows granulomatous inflammation, and MTB PCR is positive. Dr. [[NAME:Gantulga]] and [[NAME:Swift]] were called on [[DATE:4/3]].
"""),

    dict(style="blood_bank_note", note="""
TRANSFUSION REACTION INVESTIGATION
Pt: [[NAME:YOON, GRACE]] ([[AGE:94]])   MRN [[MRN:7029814]]   7 East
Reported [[DATE:Sat 3/22/25]] 20:05 by RN [[NAME:Joy]] (x[[PHONE:6120]]). Unit [[MRN:W0369 25 118804]] (RBC, A POS), started 19:20, stopped at about 150 mL.
Symptoms: {{vital:T 37.2}} rising to {{vital:T 38.9}}, rigors; {{vital:BP 142/80}} (pre {{vital:138/76}}); no dyspnea, no hematuria; {{vital:SpO2 96%}} RA.
Clerical check: bedside ID done by [[NAME:Joy]] and [[NAME:T. Nakamura]]; tag, band and unit match.
Post sample: no visible hemolysis; DAT negative pre and post; repeat ABO/Rh A POS; {{lab:LDH 210}}; {{lab:bili 0.8}}; UA negative for Hb. Bag to micro for culture; {{eponym:Gram}} stain of bag negative.
Interpretation: Febrile non-hemolytic transfusion reaction. TRALI/TACO not suggested. Bacterial contamination not excluded pending culture.
Recommendation: {{drug:acetaminophen}} {{dose:650 mg}} po premed for future transfusions; products are already leukoreduced.
Reviewed by [[NAME:Sterling]], MD, Transfusion Medicine. Granddaughter [[NAME:Grace]] (named after the pt) phoned for details and was referred to the primary team.
""", summary="""
[[NAME:Grace Yoon]], aged [[AGE:94]], developed fever and rigors during a red cell unit on [[DATE:3/22/25]]; the workup showed a negative DAT and no hemolysis. [[NAME:Sterling]] classified it as a febrile non-hemolytic reaction.
"""),

    dict(style="pathology_report", note="""
PROSTATE NEEDLE BIOPSIES (12 systematic cores + 2 MRI-targeted)
DIAGNOSIS:
A. Right base: benign prostatic tissue.
B. Right mid: adenocarcinoma, {{score:Gleason 3+3=6}} ({{score:Grade Group 1}}), 1 of 2 cores, 10% of tissue (1.2 mm).
C. Right apex: high-grade PIN, focal.
D. Left base: benign.
E. Left mid: adenocarcinoma, {{score:Gleason 3+4=7}} ({{score:Grade Group 2}}), 2 of 2 cores, 40%; pattern 4 = 15%; cribriform absent.
F. Left apex: benign.
G. MRI target 1 (left PZ, {{score:PI-RADS 4}}): adenocarcinoma, {{score:Gleason 4+3=7}} ({{score:Grade Group 3}}), 2 of 2 cores, 70%; perineural invasion present.
H. MRI target 2 (anterior TZ, {{score:PI-RADS 3}}): benign with adenosis.
Immunohistochemistry: AMACR/p63/HMWCK triple stain on C supports HGPIN; no invasive carcinoma.
Highest Grade Group: 3 (target 1). {{lab:PSA 7.8}}; PSA density per clinical note 0.22.
Intradepartmental consultation obtained on E and G.
""", summary="""
Prostate biopsies show adenocarcinoma up to {{score:Gleason 4+3=7}} ({{score:Grade Group 3}}) in the MRI target, with lower-grade tumor in the right and left mid cores. Perineural invasion is present in target 1.
"""),

    dict(style="pathology_addendum", note="""
PATHOLOGY - RESULT COMMUNICATION / ADDENDUM
Acc [[MRN:S25-31892]]   [[NAME:PARK, JI-YEON]]   MRN [[MRN:M-3391027]]
Specimen: Left breast 2:00 US-guided core x4, clip placed; left axillary LN FNA.
Diagnosis: Invasive ductal carcinoma (NST), {{score:Nottingham grade 2}} (3+2+1 = 6), 12 mm on cores; intermediate-grade DCIS present. LN FNA: metastatic carcinoma.
Biomarkers: {{lab:ER 95%}} strong, {{lab:PR 40%}} moderate, {{lab:HER2 2+}} (equivocal), reflex FISH sent; {{lab:Ki-67 25%}}.

Communication: Diagnosis called on [[DATE:April 3rd]] at 16:12 to Dr. [[NAME:April Kwon]] (breast surgery) and navigator [[NAME:Faith]]. Dr. [[NAME:Kwon]] will see the patient [[DATE:4/7]]; "we hope to have FISH back first," per [[NAME:Kwon]].
Rad-path correlation: concordant with {{score:BI-RADS 5}} (reviewed with [[NAME:Hayashi]]).
Addendum [[DATE:04/08/2025]]: HER2 FISH not amplified (ratio {{lab:1.4}}, {{lab:HER2 copy number 3.1}}). Called to [[NAME:Kwon]]'s office at [[PHONE:603-555-0151]], spoke w [[NAME:Lane]].
Pathologist: [[NAME:Trần Ngọc Ánh]], MD
""", summary="""
Left breast core biopsy for [[NAME:Park Ji-yeon]] shows grade 2 invasive ductal carcinoma, ER/PR positive, with a positive axillary FNA; it was called to Dr. [[NAME:April Kwon]] on [[DATE:April 3rd]]. HER2 FISH was not amplified on [[DATE:04/08/2025]].
"""),

    dict(style="lab_critical_log", note="""
MICROBIOLOGY - CRITICAL CALL DOCUMENTATION
Specimen: blood cultures x2; set 1 aerobic bottle positive, TTP 14.2 h
Patient: [[NAME:Sukhbaatar, Khulan]]   DOB [[DATE:02-28-1960]]   HAR [[MRN:90441873]]   home: [[ADDRESS:Jaffrey]]
Drawn at an outpatient urgent care [[DATE:Sat Jul 5]] 19:40; patient sent home.
Gram stain: {{eponym:Gram}}-positive cocci in clusters.

09:55 clinic [[PHONE:(603) 555-0178]] ext [[PHONE:214]] - recording, closed weekends
10:02 on-call via answering service, pager [[PHONE:603-555-0190]]
10:20 callback from [[NAME:Ty Brooks]], PA; read back "GPC in clusters, 1 of 2 sets". Will have pt return for repeat cultures and {{drug:vancomycin}}.
10:45 [[NAME:Brooks]] reports pt's listed number disconnected; reached daughter [[NAME:Anu]] instead.
11:30 BCID2: S. aureus, mecA/C and MREJ not detected (MSSA). Called to [[NAME:Brooks]], rb ok. ~[[NAME:lc]]
""", summary="""
Blood culture from an outpatient draw on [[NAME:Khulan Sukhbaatar]] grew GPC in clusters, later identified as MSSA. After the clinic line went to a recording, [[NAME:Ty Brooks]], PA, returned the page and read back the result.
"""),

    dict(style="pathology_report", note="""
SURGICAL PATHOLOGY - FINAL
Acc: [[MRN:S25-40021]]   Received: [[DATE:10/14/2025]]
Patient: [[NAME:Đặng Hải]] ({{age:66}} M)   MRN [[MRN:5093327]]
Surgeon: [[NAME:WHIPPLE, DAWN]] MD     Procedure: Pancreaticoduodenectomy ({{eponym:Whipple}})

DIAGNOSIS:
Pancreas head with duodenum, CBD and gallbladder ({{eponym:Whipple}} resection):
- Pancreatic ductal adenocarcinoma, moderately differentiated, 2.8 cm.
- No neoadjuvant treatment effect.
- Margins: pancreatic neck negative; bile duct negative (FS [[MRN:F25-1187]] concordant); SMA (uncinate) margin 0.6 mm, negative; SMV groove negative.
- Perineural and lymphovascular invasion present.
- Lymph nodes {{score:4/19}} positive; ln #7 with extranodal extension.
- pT2 pN2. Gallbladder: chronic cholecystitis.

COMMENT: Discussed with Dr. [[NAME:Whipple]] on [[DATE:10/20]]; for tumor board [[DATE:10/23]]. MMR proteins intact by IHC. KRAS sent out at [[NAME:dawn]]'s request.
Gross: [[NAME:pm]]   Sign-out: [[NAME:Ueda, Mika]] MD
""", summary="""
{{eponym:Whipple}} resection for [[NAME:Đặng Hải]] shows a 2.8 cm moderately differentiated pancreatic adenocarcinoma with negative margins and {{score:4/19}} positive nodes, pT2 pN2. Findings were discussed with Dr. [[NAME:Dawn Whipple]] on [[DATE:10/20]].
"""),

    dict(style="pathology_report", note="""
BONE MARROW ASPIRATE AND BIOPSY
Name: [[NAME:WHITE, HOPE M]]   MRN [[MRN:0493381]]   Age {{age:72}}   Date [[DATE:1/7/2025]]
Clinical: Pancytopenia with low white cell count; {{lab:Hgb 8.1}}, {{lab:ANC 0.6}}, {{lab:Plt 41}}; {{lab:MCV 108}}. B12 and folate normal.
Aspirate: Dyserythropoiesis (nuclear budding, megaloblastoid change), 18% ring sideroblasts on iron stain, myeloblasts 3%. Pseudo-{{eponym:Pelger-Huët}} neutrophils. Small hypolobated megakaryocytes.
Core: 70% cellularity (age-expected about 30%). Reticulin MF-1.
Flow: no increase in CD34+ blasts.
Cytogenetics: del(5q) isolated. NGS: SF3B1 pending.
DIAGNOSIS: Myelodysplastic neoplasm with low blasts and isolated del(5q). {{score:IPSS-R 2.5}} (low).
Comment: {{drug:lenalidomide}} candidacy per hematology. Discussed with [[NAME:Hope]]'s hematologist, Dr. [[NAME:Huỳnh Bảo]], and, at her request, with her husband [[NAME:Art]] at [[PHONE:802.555.0164]].
Signed: [[NAME:Sung Woo Kang]] MD    cc: [[NAME:jw]]
""", summary="""
Bone marrow for [[NAME:Hope White]] shows a myelodysplastic neoplasm with isolated del(5q) and low blasts, {{score:IPSS-R 2.5}}. Results went to Dr. [[NAME:Huỳnh Bảo]] and, with her permission, to her husband [[NAME:Art]].
"""),

    dict(style="blood_bank_note", note="""
BLOOD BANK - SAMPLE REJECTION / POSSIBLE WRONG BLOOD IN TUBE
[[DATE:Thursday, 17 April 2025]] 02:40
Type and screen from 9 North labeled "[[NAME:LEE, MIN]]", MRN [[MRN:4120067]], types A POS. Historical type for MRN [[MRN:4120067]] (samples [[DATE:2023-11-02]] and [[DATE:2024-06-19]]) is O POS.
Armband check by RN: patient is [[NAME:Lee, Min-ji]]; roommate [[NAME:Lee, Minh]] (MRN [[MRN:4180922]]) is A POS and was drawn on the same phlebotomy run with labels printed at the nursing station.
Action: Sample rejected as WBIT. No units issued. Recollect both patients with separate staff; second-sample confirmation required before non-O RBC. Also rejected: gray top (lactate) for [[NAME:Minh]], same run.
Called 9N charge [[NAME:Faith]] 02:44. Phlebotomist [[NAME:Bo]] interviewed by supervisor [[NAME:Gray]] at 03:15; she labeled at the desk. Safety event [[MRN:RL-2025-06611]] entered.
SSN last 4 on the requisition ([[SSN:0417]]) matched [[NAME:Min-ji]]; the name had been truncated by the label printer.
Tech: [[NAME:Nakano, Y.]] / [[NAME:yn]]
""", summary="""
A type and screen labeled for [[NAME:Lee, Min]] typed A POS against a historical O POS; the armband showed [[NAME:Lee, Min-ji]] and roommate [[NAME:Lee, Minh]] was on the same draw. The sample was rejected as wrong blood in tube and supervisor [[NAME:Gray]] interviewed the phlebotomist.
"""),

    dict(style="pathology_gross", note="""
GROSS DESCRIPTION - Ileocecal resection
Received in formalin, labeled with the patient's name and MRN and "terminal ileum and cecum", a 24 cm segment of ileum with attached 6 cm cecum and appendix. The distal 11 cm of ileum shows a thickened, rigid wall up to 1.1 cm with "creeping fat" wrapping the serosa. Mucosa with linear serpiginous ulcers and cobblestoning; a 2.5 cm stricture lies 3 cm from the ileocecal valve with a pinpoint lumen. A fistulous tract 1.5 cm long opens onto the serosa. The appendix is unremarkable.
Proximal ileal margin grossly uninvolved, 6 cm from the stricture. Mesenteric lymph nodes: 7, up to 0.9 cm.
Sections: A1 proximal margin; A2 distal margin; A3-A8 stricture and ulcers; A9 fistula; A10 appendix; A11-A13 lymph nodes.
Gross impression: stricturing and penetrating ileitis, consistent with {{eponym:Crohn disease}}. Consider {{eponym:Ziehl-Neelsen}} stain if granulomas seen.
""", summary="""
Gross examination of an ileocecal resection shows a thickened, strictured terminal ileum with creeping fat, cobblestoning and a fistula, consistent with {{eponym:Crohn disease}}. Margins appear grossly uninvolved.
"""),
]
