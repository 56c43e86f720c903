NOTES = [
    dict(style="clinical_trial_visit", note="""
RESEARCH VISIT NOTE - SCREENING
Study: ATLAS-L2, phase 2, {{drug:ZN-4410}} (KRAS G12C inhibitor) + {{drug:pembrolizumab}}, 1L NSCLC
Subject ID: [[MRN:103-0047]]     Initials: [[NAME:KHL]]     Site 103
Source: [[NAME:Kim Hye-lin]], DOB [[DATE:1961-06-23]]

Informed consent: ICF v3.1 (dated [[DATE:12Dec2024]]) reviewed with pt and husband [[NAME:Lee Jun-seo]] in Korean via certified interpreter [[NAME:Ha-eun Cho]]. All questions answered, no coercion. Signed [[DATE:04-Feb-2025]] 10:40 before any study procedures. Copy given.
Eligibility review:
- Stage IVA adenocarcinoma, KRAS G12C by tissue NGS (report on file). PD-L1 TPS 60%.
- Measurable disease per RECIST 1.1: RLL mass 4.2 cm, R hilar node 1.8 cm SA.
- {{score:ECOG 1}}. No untreated brain mets (MRI brain [[DATE:01/29/2025]] neg).
- Labs: {{lab:ANC 4.1}}, {{lab:plt 244}}, {{lab:Hgb 12.2}}, {{lab:Cr 0.8}}, {{lab:T bili 0.6}}, {{lab:AST 21}}, {{lab:ALT 18}}. HBV/HCV neg.
- ECG triplicate: QTcF 428/431/425 ms.
- Excl: no prior ICI, no ILD, no autoimmune disease requiring systemic tx in past 2 yrs. Postmenopausal > 12 mo, no pregnancy test required.
Subject meets all I/E criteria pending central PD-L1 confirmation. Randomization after central result; tentative C1D1 [[DATE:02/18/2025]].
[[NAME:Sigrún Jóhannesdóttir]], CRC      PI review: Dr. [[NAME:Bastien Le Goff]], signed [[DATE:2/5/25]]
""", summary="""
[[NAME:Kim Hye-lin]] (subject [[MRN:103-0047]]) consented on [[DATE:04-Feb-2025]] and met all screening criteria for the ATLAS-L2 trial pending central PD-L1, with cycle 1 tentatively set for [[DATE:02/18/2025]].
"""),

    dict(style="clinical_trial_visit", note="""
Protocol visit: Cycle 3 Day 1          Date: [[DATE:2025-05-19]]
Subject [[MRN:0412-015]] - [[NAME:Aroha Rangihuna]]          Arm B ({{drug:Keytruda}} + carboplatin/pemetrexed)

Interval hx: Since C2D1, pt reports itchy rash on trunk and arms x10 days, using OTC {{drug:hydrocortisone}} with little relief. Fatigue, still working part-time. Appetite ok. No diarrhea, no cough/SOB.
Exam: {{vital:BP 126/78}}, {{vital:HR 84}}, {{vital:T 36.8}}, wt {{vital:71.4 kg}}. Maculopapular rash ~15% BSA trunk/upper extremities, no mucosal involvement.
Labs: {{lab:ANC 2.3}}, {{lab:plt 162}}, {{lab:Cr 0.9}}, {{lab:TSH 7.8}} (baseline 2.1), {{lab:free T4 0.9}}.
Adverse events (CTCAE v5):
 AE 04 - maculopapular rash, Gr 2, possibly related to pembrolizumab, ongoing
 AE 05 - fatigue, Gr 1, related to chemo, ongoing
 AE 06 - TSH increase, Gr 1, possibly related to pembrolizumab, new
Investigator decision: OK to dose C3 per protocol section 6.4 (Gr 2 skin without dose hold). Start {{drug:triamcinolone}} 0.1% cream BID, {{drug:cetirizine}} {{dose:10 mg}}. Repeat TFTs at C4.
ConMeds updated. Next visit C4D1 [[DATE:June 9]].
Study RN: [[NAME:Mere Tawhiri]]     Investigator: Dr. [[NAME:Sofia Ramírez-Llull]]
""", summary="""
At cycle 3 on [[DATE:2025-05-19]], subject [[NAME:Aroha Rangihuna]] had a grade 2 rash and grade 1 TSH rise possibly from {{drug:Keytruda}}; Dr. [[NAME:Ramírez-Llull]] approved dosing with topical steroid.
"""),

    dict(style="clinical_trial_visit", note="""
UNSCHEDULED VISIT / SAE INITIAL REPORT
Study NORDHEART-HF     Site 07     Subject [[MRN:07-112]]     ([[NAME:MÄGI, Tiit]], {{age:71}} M)
Awareness date: [[DATE:19MAY2025]]     Onset date: [[DATE:17MAY2025]]

Event: hospitalization for hyperkalemia and AKI. Subject presented to local ED [[DATE:17MAY2025]] with weakness; {{lab:K 6.9}}, {{lab:Cr 2.6}} (baseline {{lab:Cr 1.4}} at V5 on [[DATE:28APR2025]]). ECG peaked T waves, no arrhythmia. Treated with calcium gluconate, insulin/dextrose, {{drug:Lokelma}}. Admitted 2 nights, discharged [[DATE:19MAY2025]] with {{lab:K 4.8}}, {{lab:Cr 1.7}}.
Concomitant: {{drug:spironolactone}} {{dose:25 mg}} (held), {{drug:Entresto}} {{dose:49/51 mg}} BID (held), {{drug:furosemide}} {{dose:40 mg}}.
Study drug: last dose [[DATE:16MAY2025]] evening; interrupted per investigator.
Seriousness: hospitalization. Severity: Gr 3. Causality: possibly related (study drug is a finerenone-class MRA, blinded). Outcome: recovering.
Reported to sponsor safety within 24 h via EDC; medical monitor Dr. [[NAME:Áile Somby]] ([[EMAIL:aile.somby@nordtrialcro.com]], [[PHONE:+47 912 55 018]]) notified by phone 15:20. IRB notification per local policy.
Investigator: Dr. [[NAME:Kadri Saar]]     Completed by: [[NAME:Liisa Tamm]], CRA
""", summary="""
Subject [[NAME:Tiit Mägi]] was hospitalized from [[DATE:17MAY2025]] to [[DATE:19MAY2025]] for hyperkalemia ({{lab:K 6.9}}) and AKI, reported as a serious adverse event possibly related to the blinded study drug; medical monitor Dr. [[NAME:Somby]] was notified.
"""),

    dict(style="clinical_trial_visit", note="""
Long-term follow-up - telephone contact
Study: COLOSSUS-3 (mCRC)     Subject [[MRN:SUB-2207]]     Contact date [[DATE:14/07/2025]]

Spoke with subject [[NAME:Bheki Dlamini]] and his wife [[NAME:Nomvula]] on speaker, [[PHONE:+27 82 555 0193]] (pt back home with family for 3 months, consented to phone f/u from abroad).
- Survival status: alive.
- Off study treatment since progression ([[DATE:03-Apr-2025]], per RECIST). Started {{drug:Lonsurf}} + {{drug:bevacizumab}} locally, cycle 3 ongoing. Oncologist there: Dr. [[NAME:Thabo Nkosi]], records requested.
- Subsequent therapy entered in EDC.
- ePRO (EORTC QLQ-C30) not completed this window - app not working on his phone; will mail paper copy.
- No new SAEs reportable (window closed 30 days post last dose).
Next LTFU contact due in 12 weeks. Subject agrees, prefers WhatsApp to the same number.
[[NAME:bwilliams2]] (research coordinator)
""", summary="""
At long-term follow-up by phone on [[DATE:14/07/2025]], [[NAME:Bheki Dlamini]] was alive and receiving {{drug:Lonsurf}} with {{drug:bevacizumab}} after progression; the missed questionnaire will be mailed.
"""),

    dict(style="clinical_trial_visit", note="""
PHASE 1 PK VISIT - CYCLE 1 DAY 1 (dose level 3)
[[DATE:Wednesday, August 6, 2025]]     Subject [[MRN:P1-031]]     [[NAME:Aminu Danjuma]], {{age:49}} M     wt {{vital:78 kg}}
Study drug {{drug:TK-218}} {{dose:240 mg}} PO, taken 08:02 with 240 mL water after 10 h fast (witnessed).

Timepoint | Scheduled | Actual | Sample      | Notes
Pre-dose  | 08:00     | 07:48  | PK + PD     | {{vital:BP 132/84}}, {{vital:HR 68}}, ECG
0.5 h     | 08:32     | 08:33  | PK          |
1 h       | 09:02     | 09:04  | PK + ECG    | mild nausea, no emesis
2 h       | 10:02     | 10:02  | PK          | {{vital:BP 128/80}}
4 h       | 12:02     | 12:10  | PK + ECG    | deviation: 8 min late, line occluded, redrawn from R arm
6 h       | 14:02     | 14:02  | PK          | lunch at 4 h per protocol
8 h       | 16:02     | 16:01  | PK + PD     | {{vital:BP 130/82}}, {{vital:HR 72}}, ECG QTcF 421

AEs: nausea Gr 1 (onset 08:50, resolved 11:30), no tx needed.
Samples processed within 30 min, spun 1500 g x 10 min 4 C, aliquots to -80 freezer box 12 rack C.
Deviation logged (4 h window +/- 5 min). Subject to return for 24 h draw at 08:00.
[[NAME:Zuzana Hrušková]], RN, research     [[NAME:ZH]] / verified by [[NAME:A. Novák]]
""", summary="""
[[NAME:Aminu Danjuma]] received {{drug:TK-218}} {{dose:240 mg}} on [[DATE:August 6, 2025]] with full PK sampling; one sample was 8 minutes late and logged as a deviation, and grade 1 nausea resolved.
"""),

    dict(style="tumor_board", note="""
THORACIC ONCOLOGY MULTIDISCIPLINARY TUMOR BOARD - MINUTES
[[DATE:Thursday 20 March 2025]], 07:00-08:00, Conf Rm 4B + video
Moderator: Dr. [[NAME:Arben Hoxha]] (Med Onc)
Present: Drs. [[NAME:Hoxha]], [[NAME:Kahale]] (Thoracic Surg), [[NAME:O'Rourke]] (Rad Onc), [[NAME:Lindqvist]] (Path), [[NAME:Ferreira]] (Pulm), [[NAME:Rahimi]] (Radiology); [[NAME:Crystal Pope]], RN navigator

1. [[NAME:HOVHANNISYAN, ARMEN]]  MRN [[MRN:4410923]]  {{age:67}}M, never smoker
   RUL 3.1 cm adenocarcinoma, EGFR exon 19 del, PD-L1 5%. PET: no nodal/distant uptake. cT2aN0M0, IB.
   Rec: RUL lobectomy + MLND; if pathologic IB-IIIA, adjuvant {{drug:Tagrisso}} x3 yrs. Consensus.
2. [[NAME:LEHTONEN, SEIJA]]  MRN [[MRN:3982207]]  {{age:72}}F, 45 pk-yr
   L hilar squamous cell, bulky N2 (stations 4L, 7). Unresectable stage IIIB. {{lab:FEV1 58%}}, {{lab:DLCO 52%}}.
   Rec: concurrent chemoRT (carbo/paclitaxel, 60 Gy) then {{drug:Imfinzi}} consolidation. [[NAME:O'Rourke]] to see next week.
3. [[NAME:DIALLO, MARIAMA]]  MRN [[MRN:5120086]]  {{age:55}}F
   Small cell, limited stage, R paratracheal. MRI brain neg.
   Rec: cisplatin/etoposide + concurrent thoracic RT, PCI vs MRI surveillance to discuss; {{drug:Imfinzi}} per ADRIATIC data. Clinical trial screen - not eligible.
Action items: [[NAME:CP]] to schedule surgical consult for #1 and coordinate PFTs; path to send #1 block for PD-L1 22C3 repeat.
Next board [[DATE:3/27]].
""", summary="""
The thoracic tumor board of [[DATE:20 March 2025]] recommended lobectomy with adjuvant {{drug:Tagrisso}} for [[NAME:Armen Hovhannisyan]], chemoradiation then {{drug:Imfinzi}} for [[NAME:Seija Lehtonen]], and chemoradiation for [[NAME:Mariama Diallo]]'s limited-stage small cell cancer.
"""),

    dict(style="tumor_board", note="""
Breast Tumor Board - Case Presentation
Patient: [[NAME:Mercy Adewale]]   MRN [[MRN:7730415]]   {{age:46}} y/o premenopausal F
Presenter: Dr. [[NAME:Ilse Verbeke]], Breast Surgery     Date presented: [[DATE:Oct 8]]

History: self-palpated L breast mass in August. Dx mammo/US: 2.4 cm irregular mass L UOQ, 1 suspicious axillary node. Core bx: IDC, {{eponym:Nottingham}} grade 2, ER 95%, PR 80%, HER2 1+ (neg), Ki-67 22%. Node FNA: positive.
s/p L lumpectomy + SLNB [[DATE:9/24/2025]]: 2.2 cm IDC, margins neg (closest 3 mm), 2/3 SLN positive (macromets, largest 6 mm), no ENE. pT2N1a.
Oncotype DX: {{score:RS 31}}. Germline panel negative.
Discussion:
- Med onc (Dr. [[NAME:Thomas Kurian]]): high RS + N1 premenopausal -> chemo benefit; recommend dd AC-T, then ovarian suppression + AI. Adjuvant {{drug:Verzenio}} discussed - not eligible (<4 nodes, grade 2, Ki-67 <20%); consider {{drug:Kisqali}} per NATALEE.
- Rad onc: whole breast + regional nodal RT after chemo.
- Surgery: no ALND needed per AMAROS/Z0011 criteria.
Consensus: chemo -> RT -> OFS + {{drug:letrozole}}, discuss {{drug:Kisqali}}. Fertility referral before chemo - pt has 2 kids, unsure.
""", summary="""
The breast tumor board recommended chemotherapy, radiation and ovarian suppression with {{drug:letrozole}} (possibly with {{drug:Kisqali}}) for [[NAME:Mercy Adewale]]'s node-positive ER-positive cancer with {{score:RS 31}}, presented by Dr. [[NAME:Verbeke]] on [[DATE:Oct 8]].
"""),

    dict(style="tumor_board", note="""
GI/HPB TUMOR BOARD          [[DATE:11/04/2025]]
Case 2 of 6 - presented by [[NAME:Sebastián Wayta]], MD (PGY-4 surgery)

[[NAME:Pedro Quispe Mamani]], {{age:61}}M, MRN [[MRN:88-20-1174]]. Quechua speaker, limited Spanish; all discussions via interpreter ([[NAME:Yupanqui]], ID [[MRN:QX-311]]). Son [[NAME:Wilber Quispe]] involved in decisions.
Presented with painless jaundice; {{lab:T bili 11.2}} -> ERCP w/ metal stent, now {{lab:T bili 1.9}}. {{lab:CA 19-9 412}} (post drainage).
Pancreatic protocol CT: 2.8 cm hypoenhancing mass pancreatic head, abuts SMV with 180 degrees contact and short-segment narrowing; SMA and celiac clear. No liver lesions. EUS-FNA: adenocarcinoma.
Staging: borderline resectable (NCCN), cT2N0M0.
Discussion: Dr. [[NAME:Ana Caballero-Pinto]] (med onc) - neoadjuvant {{drug:mFOLFIRINOX}} x4 months if {{score:ECOG 0-1}} (pt is {{score:ECOG 1}}); Dr. [[NAME:Tecuapetla]] (HPB) - restage after, then {{eponym:Whipple}} with possible SMV resection/reconstruction. Nutrition consult, {{drug:Creon}} with meals. Germline testing.
Plan agreed. Navigator to arrange med onc visit this week and a Quechua interpreter for every visit (not phone).
""", summary="""
The GI tumor board on [[DATE:11/04/2025]] judged [[NAME:Pedro Quispe Mamani]]'s pancreatic head cancer borderline resectable and recommended neoadjuvant {{drug:mFOLFIRINOX}} before a possible {{eponym:Whipple}}, with in-person Quechua interpreters.
"""),

    dict(style="tumor_board", note="""
NEURO-ONCOLOGY TUMOR BOARD - Summary of Recommendations (distribution copy)

Case 1. {{age:58}}M, R temporal glioblastoma, IDH-wildtype, MGMT promoter methylated, s/p gross total resection. {{score:KPS 80}}.
  Rec: standard {{eponym:Stupp}} protocol - RT 60 Gy/30 fx with concurrent {{drug:Temodar}} {{dose:75 mg/m2}} daily, then adjuvant TMZ x6 cycles. Offer Optune TTFields. Trial screening: not eligible (prior seizure on {{drug:Keppra}} is not exclusion; excluded for steroid dose).
Case 2. {{age:74}}F, L frontal GBM, unmethylated, subtotal resection, {{score:KPS 60}}.
  Rec: hypofractionated RT 40 Gy/15 fx alone; TMZ unlikely to benefit. Palliative care referral. Taper {{drug:dexamethasone}} to lowest dose controlling edema.
Case 3. {{age:39}}F, incidental R frontal lesion, imaging c/w low-grade glioma, no enhancement, seizure-free.
  Rec: maximal safe resection (awake craniotomy w/ mapping). IDH testing; if IDH-mutant, discuss {{drug:vorasidenib}} per INDIGO.
Case 4. {{age:66}}M, {{eponym:Parkinson}} disease, new cerebellar mass; known melanoma. MRI: 2 lesions < 2 cm.
  Rec: SRS to both lesions; continue {{drug:Opdivo}} + ipilimumab per Melanoma Clinic; neurology to adjust {{drug:Sinemet}} if steroids worsen symptoms.
Attendance: Neurosurgery, Radiation Oncology, Neuro-oncology, Neuroradiology, Neuropathology, Palliative Care.
""", summary="""
The neuro-oncology board recommended the {{eponym:Stupp}} protocol for a methylated glioblastoma, short-course radiation for an older patient with unmethylated GBM, resection of a suspected low-grade glioma, and radiosurgery for melanoma metastases.
"""),

    dict(style="tumor_board", note="""
GU ONCOLOGY TUMOR BOARD - CASE NOTE
[[NAME:PALAKIKO, KEKOA]]     MRN [[MRN:0552918]]     DOB [[DATE:02/11/1935]]     Board date [[DATE:04/15/2025]]

[[AGE:90]]-year-old retired longshoreman, lives with daughter [[NAME:Noelani Palakiko]] in [[ADDRESS:Pearl City]]. Independent in ADLs, mild CKD, walks daily with a cane. Nocturia and new low back pain. {{lab:PSA 68.4}} (was 9.2 three years ago, no follow-up).
Bx: 10/12 cores {{score:Gleason 4+5=9}}, Grade Group 5, bilateral. PSMA PET: multiple pelvic nodes + 3 osseous lesions (L3, L pelvis, R rib). No cord compression on MRI.
Staging: de novo metastatic hormone-sensitive prostate cancer, high-volume (CHAARTED).
Discussion:
- Med onc Dr. [[NAME:Claude Wagner]]: ADT with {{drug:Eligard}} + ARPI. Given age, prefer {{drug:Xtandi}} {{dose:160 mg}} (or reduced {{dose:120 mg}}) over {{drug:Zytiga}}/prednisone (avoid steroids, falls risk). Docetaxel not advised at his age/fitness ({{score:G8 13}}).
- Rad onc: palliative RT {{dose:8 Gy}} x1 to L3 if pain not controlled.
- Geriatrics: fall risk screen, bone health - {{drug:denosumab}} once dental clearance; Ca/vit D.
Pt and daughter prefer oral therapy, "nothing that puts him in the hospital." Goals of care documented.
""", summary="""
[[NAME:Kekoa Palakiko]], [[AGE:90]], has high-volume metastatic hormone-sensitive prostate cancer ({{score:Gleason 4+5=9}}); the board recommended ADT with {{drug:Xtandi}} rather than steroids or docetaxel, with palliative radiation to L3 if needed.
"""),

    dict(style="mm_conference", note="""
MORBIDITY & MORTALITY CONFERENCE - Department of Medicine
Case: Delayed diagnosis of spinal epidural abscess
Classification: morbidity; system + cognitive factors; preventable.

Summary: {{age:52}}M with T2DM and recent IV drug use presented to ED with mid-back pain, {{vital:T 38.1}}, {{lab:WBC 14.2}}. Diagnosed with musculoskeletal strain, given {{drug:Toradol}} and discharged. Returned 36 h later with bilateral leg weakness (3/5), urinary retention. MRI: T8-T10 dorsal epidural abscess with cord compression. Emergent laminectomy; MSSA bacteremia. Discharged to rehab with residual weakness (4/5 LE), still requiring intermittent catheterization at 3 months.
Key points discussed:
1. Red flags present at first visit: fever, IVDU, diabetes, focal spine tenderness - classic triad incomplete (no neuro deficit yet), which is common early.
2. Anchoring on "muscle strain" after {{drug:Toradol}} improved pain; fever attributed to "viral."
3. ESR/CRP not sent; would have prompted MRI ({{lab:CRP 180}} on return).
4. MRI access overnight limited - after-hours MRI now available for suspected SEA with neuro or infectious red flags.
Action items: ED back-pain red-flag checklist built into discharge navigator; {{drug:Toradol}} reassessment is not reassurance; add SEA to ED case-based teaching.
""", summary="""
M&M reviewed a missed spinal epidural abscess in a febrile diabetic IV drug user discharged with back pain who returned with weakness; action items included a red-flag checklist and overnight MRI access.
"""),

    dict(style="mm_conference", note="""
SURGERY M&M - WEEKLY
Presenter: Dr. [[NAME:Oihane Etxeberria]], PGY-3     Attending of record: Dr. [[NAME:Jordi Vilaró i Pujol]]
Event date: [[DATE:Jan 3]]     Complication: post-op hemorrhage requiring return to OR (Clavien-Dindo IIIb)

{{age:68}}F underwent elective laparoscopic R hemicolectomy for a cecal adenocarcinoma. On {{drug:Eliquis}} {{dose:5 mg}} BID for AF; instructed to hold 48 h pre-op - pt took her last dose the evening before surgery (confusion between evening/morning pill lists; med rec at pre-op visit done by phone).
POD 0: {{vital:HR 124}}, {{vital:BP 88/50}}, {{lab:Hgb 6.9}} from 11.8. CT: hemoperitoneum, bleeding from mesenteric staple line. Returned to OR, 1.8 L clot evacuated, bleeding vessel oversewn. 4 u PRBC, {{drug:Andexxa}} not given (timing), supportive care. Recovered, discharged POD 8.
Analysis: anticoagulant hold not verified day of surgery (no last-dose time field in pre-op checklist). Dr. [[NAME:Vilaró]] noted pre-op clinic phone script does not include pill-by-pill review.
Changes: "last DOAC dose date/time" now a hard stop in pre-op checklist; pharmacist call for all DOAC pts 72 h prior. Dr. [[NAME:Etxeberria]] to present at anesthesia grand rounds with Dr. [[NAME:Mireia Soler]].
""", summary="""
Dr. [[NAME:Etxeberria]] presented a post-hemicolectomy hemorrhage on [[DATE:Jan 3]] caused by an unverified {{drug:Eliquis}} hold; the pre-op checklist now requires the last DOAC dose time.
"""),

    dict(style="mm_conference", note="""
Medicine M&M - Patient Safety Subcommittee summary
Event: inpatient fall with hip fracture
Type: adverse event, harm level moderate-severe

Case: {{age:84}}F admitted with CAP, {{score:CURB-65 2}}. PMH: osteoporosis, HTN, mild cognitive impairment. Hospital day 2: received {{drug:Ambien}} {{dose:10 mg}} at 22:30 for insomnia (home med list said "zolpidem PRN"; pt had not actually taken it in a year). At 03:10 found on floor by bathroom, bed alarm not turned on. R hip pain, shortened/externally rotated. XR: displaced femoral neck fracture. Hemiarthroplasty HD 3. Discharged to SNF HD 9.
Contributing factors:
- {{drug:Ambien}} in {{age:84}}-year-old on Beers list, full dose (FDA recommends {{dose:5 mg}} max for women).
- Bed alarm off after transfer from ED; no fall-risk reassessment ({{score:Morse 55}} at admission = high).
- Night shift 1:6 staffing, one CNA float.
- Home med list not reconciled with pt/pharmacy fill history.
Actions: hypnotic order set removes zolpidem for age >= 65 without override; bed alarm status added to hourly rounding; pharmacy fill history pulled for all admissions.
""", summary="""
M&M reviewed an {{age:84}}-year-old's hip fracture after a nighttime fall on full-dose {{drug:Ambien}} with the bed alarm off; the order set now blocks zolpidem for older patients.
"""),

    dict(style="mm_conference", note="""
OTOLARYNGOLOGY / EM JOINT M&M
Presented by Dr. [[NAME:Dilani Wickramasinghe]] (EM PGY-2), discussant Dr. [[NAME:Chamara Perera]] (ENT)
Pt [[NAME:J.M.]], MRN [[MRN:2204716]] (handout copies collected after conference)

{{age:37}}M presented [[DATE:08/30]] at 02:00 with dental pain and submandibular swelling x2 days, muffled voice. Triage {{vital:T 38.6}}, {{vital:HR 112}}, {{vital:SpO2 97%}}. Dx "dental abscess," given {{drug:Augmentin}} and {{drug:Norco}}, discharged at 03:40.
Returned 14 h later with trismus, drooling, inability to lie flat, floor of mouth elevation, stridor. CT: bilateral submandibular/sublingual space cellulitis with early abscess - {{eponym:Ludwig}} angina. Awake fiberoptic intubation in OR by Dr. [[NAME:Perera]] and anesthesia; I&D; ICU x4 days. Full recovery.
Teaching points: bilateral submandibular swelling + voice change + floor-of-mouth findings = airway emergency, not outpatient abscess. Avoid sedation/opioids before airway secured.
System: ENT not called overnight because "no one called for dental" - now a pathway for any deep neck space infection signs.
""", summary="""
Dr. [[NAME:Wickramasinghe]] presented patient [[NAME:J.M.]], discharged on [[DATE:08/30]] with a presumed dental abscess who returned with {{eponym:Ludwig}} angina requiring awake intubation; a deep neck infection pathway was created.
"""),

    dict(style="mm_conference", note="""
Geriatrics / Hospital Medicine M&M - Presenter: Dr. [[NAME:Heath Young]] (hospitalist)
Case: [[AGE:92]]F, hospital-acquired delirium, aspiration pneumonia, death
Event window: [[DATE:June 2-11, 2025]]

[[AGE:92]] y/o woman from home (lived with granddaughter) admitted for UTI. Baseline: mild dementia, ambulatory with walker. Night 1 agitated; given {{drug:Haldol}} {{dose:5 mg}} IM then {{drug:Benadryl}} {{dose:25 mg}} IV "for sleep," then {{drug:lorazepam}} {{dose:1 mg}} IV. Next AM obtunded, {{score:RASS -3}}; fed breakfast by aide without swallow screen. Aspiration event, {{vital:SpO2 84%}}, developed pneumonia and ARDS picture. Goals of care changed to comfort on day 8; died day 9.
Discussion:
- Three deliriogenic/sedating meds in 4 hours, two on Beers criteria; no CAM documented before sedating.
- No delirium prevention bundle ordered (glasses, hearing aids at home, family not called at night).
- Swallow screen not required after change in mental status.
- Younger colleagues asked about haloperidol dosing: when antipsychotic truly needed, {{dose:0.25-0.5 mg}} in the very old.
Actions: ED/inpatient order set default for age >= 75 excludes diphenhydramine; nursing swallow screen triggered by RASS <= -2 or new delirium. Dr. [[NAME:Young]] and pharmacist [[NAME:T. Nakamura]] to audit PRN sedative use quarterly.
""", summary="""
Dr. [[NAME:Heath Young]] presented a [[AGE:92]]-year-old who received {{drug:Haldol}}, {{drug:Benadryl}} and lorazepam for delirium, then aspirated and died; changes included removing diphenhydramine from older-adult order sets and a post-sedation swallow screen.
"""),

    dict(style="social_work", note="""
SOCIAL WORK PSYCHOSOCIAL ASSESSMENT
Pt: [[NAME:Zlatko Horváth]]     {{age:44}} M     Acct [[MRN:H40077251]]     Admit [[DATE:2/11/2025]]
Referral: RN concern re: large number of visitors, family conflict with staff over visiting hours; pt newly dx ESRD, starting HD.

Met with pt and his uncle [[NAME:Ferko Horváth]] (family spokesperson per pt), wife [[NAME:Ramona]] present. Family is Romani, originally from eastern Slovakia, in US 6 yrs; pt speaks Slovak and Romani, good conversational English. Pt gave verbal permission to share info with uncle and wife.
Living: rents 2-bed apt at [[ADDRESS:77 Orchard Ave, Apt 2R]], [[ADDRESS:Passaic]], with wife and 4 children. Works cash jobs (scrap metal), no insurance. Wife's phone [[PHONE:973-555-0142]].
Family explained that visiting the sick is an obligation; many relatives came from out of state. Staff and family agreed: 2 at bedside, others in the family lounge on 5 during day. Uncle will organize.
Needs: Emergency Medicaid / charity care application started (pt has ITIN, no SSN); outpatient HD chair placement requires coverage - financial counselor [[NAME:Gjergj Marku]] aware. Transportation for 3x/wk dialysis.
Concerns: mistrust of hospital after prior experience of relatives being "sent away"; cultural liaison offered, accepted.
Plan: daily SW f/u; family meeting with nephrology [[DATE:Thurs 2/13]] at 2 pm.
[[NAME:Hannah Lowe]], LCSW
""", summary="""
Social work met [[NAME:Zlatko Horváth]], newly on dialysis, and his Romani family to agree on visiting arrangements and start an emergency Medicaid application; a family meeting with nephrology was set for [[DATE:2/13]].
"""),

    dict(style="discharge_planning", note="""
DISCHARGE PLANNING NOTE
Pt: [[NAME:NDIAYE, MAME DIARRA]]     {{age:81}}F     MRN [[MRN:3318840]]     LOS 9
Dx: L hip ORIF after fall, hospital course c/b delirium, now resolving.

PT/OT: min-mod assist transfers, walks 40 ft with RW; rec SNF short-term rehab. Pt agreeable "if it is close to my daughter."
Decision-maker: daughter [[NAME:Awa Ndiaye-Sarr]], HCPOA on file, [[PHONE:(718) 555-0190]]. Son [[NAME:Cheikh]] in [[ADDRESS:Dakar]], updated by daughter.
Insurance: Medicare A/B [[MRN:7TX2-KR4-HN81]]; Medicaid pending (application [[MRN:NY-MA-2025-448731]], submitted [[DATE:5/30/25]]). SS# ending [[SSN:4417]] verified for application.
Referrals sent via portal to 4 SNFs within 5 miles of daughter's home. Accepted: Riverdale Rehab & Nursing (bed [[DATE:Friday 6/13]]); Hebrew Home - pending; two declined (Medicaid pending).
Daughter toured Riverdale, accepts. Pt prefers halal meals - facility confirmed.
Transport: ambulette booked 11:00 [[DATE:6/13]]. DC summary, MAR, PT notes, {{drug:enoxaparin}} {{dose:40 mg}} SQ daily x 3 more weeks to go with pt.
Three-midnight qualifying stay met. IMM given [[DATE:6/11]], signed by daughter.
[[NAME:Brooke Mills]], RN CM
""", summary="""
[[NAME:Mame Diarra Ndiaye]], {{age:81}}, will go to Riverdale Rehab for SNF rehab after hip ORIF on [[DATE:6/13]], with her daughter [[NAME:Awa Ndiaye-Sarr]] as health care proxy and Medicaid still pending.
"""),

    dict(style="social_work", note="""
SW NOTE - IPV screen positive
Pt: [[NAME:Tatiana Ferreira da Silva]], {{age:29}}, ED/Obs. Seen alone (partner asked to step out for "routine privacy" at triage). Portuguese interpreter [[NAME:Luana]] (in-person).
Pt presented with L wrist fx and facial bruising, initially stated she fell on stairs. On private screen, disclosed partner [[NAME:Rodrigo Alves]] pushed her during argument last [[DATE:Saturday, 11/8]] and has "grabbed my neck before" (strangulation hx - high lethality indicator). {{score:Danger Assessment score 16}} (severe danger).
Has 3 y/o son, currently with pt's cousin [[NAME:Fernanda]] in [[ADDRESS:Framingham]]. Pt's immigration status tied to partner's work visa; fears deportation.
Safety planning completed. Pt does not want police report today; understands option remains. Photos of injuries taken with consent for chart.
Connected by phone with advocate [[NAME:Justice Oyelaran]] at the DV program, [[PHONE:508-555-0166]]; shelter bed available tonight - pt accepts. Plan to leave via side entrance with hospital security escort; partner told she is "still in radiology."
Gave info on U-visa / VAWA self-petition, free immigration legal clinic.
Will not document shelter location. Pt's safe contact number: [[PHONE:508-555-0121]] (cousin's phone) - do not call home number.
[[NAME:M. Ó Súilleabháin]], LICSW
""", summary="""
[[NAME:Tatiana Ferreira da Silva]] disclosed strangulation and assault by her partner [[NAME:Rodrigo Alves]]; after safety planning with advocate [[NAME:Justice Oyelaran]] she accepted a shelter bed and left with a security escort.
"""),

    dict(style="discharge_planning", note="""
CM/DC Planning - home with services
[[NAME:Delroy Campbell]], {{age:76}} M, admitted [[DATE:7 Sept]] w/ R MCA stroke, L hemiparesis. Lives with wife [[NAME:Marcia Campbell]] at [[ADDRESS:1422 Linden Blvd]], [[ADDRESS:Brooklyn]], 3rd-floor walk-up (14 steps, one rail).
Pt/wife declined SNF and acute rehab ("he want to go home, he won't eat the food there" - wife). IRF screen: pt would qualify; choice respected after discussion of risks w/ Dr. [[NAME:Ifeoma Laing]] and family.
Son [[NAME:Andre]] (in [[ADDRESS:Kingston]] until Friday) will stay for first 2 weeks; daughter [[NAME:Kerry-Ann]] evenings.
Arranged:
- Home health: RN, PT, OT, HHA via CareFirst Home Health, SOC within 48h. Intake [[PHONE:718-555-0107]].
- DME: hospital bed, {{eponym:Hoyer}} lift, drop-arm commode, wheelchair w/ L arm trough - delivery confirmed tomorrow AM.
- Stair-chair transport via ambulette for f/u appts.
- Meds to beds: {{drug:Plavix}} {{dose:75 mg}}, {{drug:atorvastatin}} {{dose:80 mg}}, {{drug:amlodipine}} {{dose:5 mg}}.
- Wife trained on {{eponym:Hoyer}} use and transfers by PT today; return demo ok.
Outpatient neuro [[DATE:10/2]] 09:30. Caregiver stress reviewed, respite info given.
""", summary="""
[[NAME:Delroy Campbell]] is going home to [[ADDRESS:Brooklyn]] after a right MCA stroke with home health, a {{eponym:Hoyer}} lift and family support, having declined rehab facilities.
"""),

    dict(style="social_work", note="""
Social Work - Discharge Barrier: Homelessness
Patient: [[NAME:Juan Quayle]]  ({{age:63}})     Enc [[MRN:E-5521780]]
Medicare MBI [[MRN:1EG4-TE5-MK73]]     SSN [[SSN:509-38-2176]] (pt provided, for SSI application)

Pt originally from the Isle of Man, US resident 30+ yrs, veteran of merchant navy (not VA eligible). Admitted for cellulitis/venous stasis ulcers, medically ready for d/c but has been sleeping in his car (registration expired, car towed during admission). No family in US; brother [[NAME:Illiam Quayle]] in [[ADDRESS:Douglas]] - pt gave permission to contact, left message at [[PHONE:+44 1624 555 012]].
Income: SS retirement only, ~$1,040/mo. Cannot afford first/last month rent.
Actions today:
1. Coordinated Entry assessment completed; VI-SPDAT 11 - prioritized for PSH.
2. Medical respite referral (Recuperative Care Center) - accepted, bed [[DATE:Monday 4/21]]. Needs daily wound care; respite RN can do {{drug:silver sulfadiazine}} dressings and {{eponym:Unna}} boot changes weekly.
3. SSI application not applicable (over income) - SSN used for Medicaid Savings Program instead.
4. Mail address set up at the day center, [[ADDRESS:210 W 3rd St]].
Pt tearful, relieved. Will keep in hospital over weekend per attending Dr. [[NAME:Sunniva Hætta]] given wound care needs.
[[NAME:jlarkin]], MSW
""", summary="""
[[NAME:Juan Quayle]], medically ready but homeless after his car was towed, was accepted to medical respite starting [[DATE:4/21]] for wound care and prioritized for supportive housing.
"""),

    dict(style="insurance_letter", note="""
[[DATE:September 12, 2025]]

Utilization Management - Pharmacy Prior Authorization
Meridian Bluewater Health Plan
Fax: [[PHONE:1-866-555-0199]]

RE: Request for prior authorization, {{drug:Dupixent}} ({{drug:dupilumab}})
Patient: [[NAME:Arami Benítez]]     DOB: [[DATE:03/27/2009]]
Member ID: [[MRN:MBH884120377]]     Group #: [[MRN:55012-A]]

To Whom It May Concern:
I am writing to request authorization of {{drug:Dupixent}} for my patient, a {{age:16}}-year-old with severe atopic dermatitis since infancy. Current disease: BSA 42%, {{score:EASI 31}}, {{score:vIGA 4}}, {{score:itch NRS 9/10}}, waking 4-5 nights a week; missed 11 days of school last term.
Prior treatment, each at adequate dose and duration:
- {{drug:triamcinolone}} 0.1% ointment BID, ongoing since 2022 - partial response, flares on taper
- {{drug:tacrolimus}} 0.1% ({{drug:Protopic}}) face/neck - burning, minimal response
- {{drug:Eucrisa}} x8 weeks - no meaningful response
- Dilute bleach baths, wet wraps, 2 courses oral {{drug:prednisone}} (rebound)
Narrowband UVB is not feasible: nearest phototherapy unit is 90 miles from the family's home in [[ADDRESS:Presidio]], and the family cannot take 3 days/week off work; a single month of travel costs alone would be a bill they cannot carry.
Requested regimen: {{dose:600 mg}} SC loading dose, then {{dose:300 mg}} every 2 weeks, x 16 weeks initial.
Sincerely,

[[NAME:Itziar Mendizabal]], MD, Pediatric Dermatology     NPI [[MRN:1487263950]]
Office [[PHONE:(915) 555-0128]]     Fax [[PHONE:(915) 555-0129]]
PA contact: [[NAME:Bill Marsh]], x[[PHONE:310]]
""", summary="""
Dr. [[NAME:Mendizabal]] requested prior authorization of {{drug:Dupixent}} for [[NAME:Arami Benítez]], a {{age:16}}-year-old with severe atopic dermatitis ({{score:EASI 31}}) who failed multiple topical agents and cannot reach phototherapy.
"""),

    dict(style="insurance_letter", note="""
LEVEL 1 APPEAL - ADVERSE DETERMINATION
Date: [[DATE:5/22/2025]]
To: Appeals Unit, Keystone Valley Health, [[ADDRESS:PO Box 7701, Harrisburg, PA 17106]]
Member: [[NAME:Lwazi Mabandla]]     DOB [[DATE:1984-10-02]]     Member # [[MRN:KVH-200391185]]
Denial reference: [[MRN:UM-25-0418872]]     Service: MRI lumbar spine w/o contrast (CPT 72148)     Dx M54.16, M51.26

I am appealing the denial dated [[DATE:May 9, 2025]], which states "conservative therapy not documented for 6 weeks."
Mr. [[NAME:Mabandla]]'s symptoms began in April after lifting at work. Since then:
- {{drug:naproxen}} {{dose:500 mg}} BID x4 weeks, {{drug:cyclobenzaprine}}, then {{drug:Medrol}} dose pack - minimal relief
- Physical therapy 8 visits at Summit PT ([[DATE:4/14]] through [[DATE:5/16]]), notes attached
More importantly, he has new objective neurologic deficit, which is itself an indication for imaging regardless of duration: L ankle dorsiflexion 4-/5 (was 5/5 at first visit), absent L Achilles reflex, positive straight leg raise at 30 degrees, numbness L lateral foot. {{score:ODI 58%}}. This meets your own policy criterion 2b (progressive neurologic deficit).
Delay risks permanent foot drop. Please expedite.

Dr. [[NAME:April Stone]], MD, Physical Medicine & Rehabilitation
Phone [[PHONE:717-555-0135]] | Fax [[PHONE:717-555-0136]]
Enclosures: clinic notes ([[DATE:4/10]], [[DATE:5/19]]), PT notes, denial letter
""", summary="""
Dr. [[NAME:April Stone]] appealed the [[DATE:May 9, 2025]] denial of a lumbar MRI for [[NAME:Lwazi Mabandla]], citing progressive foot weakness and an absent reflex despite therapy since April.
"""),

    dict(style="insurance_letter", note="""
FAX COVER - PRIOR AUTHORIZATION
To: CVS Caremark Prior Auth     Fax [[PHONE:888-555-0177]]     From: Eastgate Family Medicine     Fax [[PHONE:(414) 555-0102]]
Pages: 6 (incl cover)     Date: [[DATE:10-Jan-2025]]

Patient: [[NAME:WAHYUNINGSIH, SRI]] (single name; registered as FNU per plan records)
DOB [[DATE:08/15/1972]]     Member ID [[MRN:CVK7730019402]]     Rx: {{drug:Ozempic}} {{dose:0.25 mg}} weekly x4 wk then {{dose:0.5 mg}} weekly

Clinical info:
- Dx: T2DM (E11.65), obesity (E66.01), HTN
- {{lab:A1c 8.2%}} ([[DATE:12/03/2024]]), {{lab:A1c 8.6%}} (Sept), BMI 36.4
- On {{drug:metformin}} {{dose:1000 mg}} BID x3 yrs (max tolerated), {{drug:glipizide}} {{dose:10 mg}} daily; still above goal
- No hx of pancreatitis, MTC or MEN2
- Tried {{drug:Jardiance}} 2023 - recurrent yeast infections, stopped
Prescriber: [[NAME:Sokha Prak]], NP (supervising Dr. [[NAME:Mehmet Kaya]])     NPI [[MRN:1902837465]]
Questions: call [[NAME:Kai]] at [[PHONE:(414) 555-0100]] x[[PHONE:224]]

CONFIDENTIALITY: this fax contains protected health information. If received in error, notify sender and destroy.
""", summary="""
The clinic faxed a prior-authorization request for {{drug:Ozempic}} for [[NAME:Sri Wahyuningsih]], whose {{lab:A1c 8.2%}} remains above goal on {{drug:metformin}} and {{drug:glipizide}}.
"""),

    dict(style="insurance_letter", note="""
PEER-TO-PEER REVIEW - documentation
Date/time: [[DATE:Tue Feb 18 2025]], 16:45-17:00
Requesting MD: Dr. [[NAME:Kamala Devi Gunnam]], Radiation Oncology
Plan reviewer: Dr. [[NAME:Wahidullah Stanekzai]], Medical Director, AdvantaCare (call ref [[MRN:P2P-55018233]])
Patient: [[NAME:Venkata Ramana Reddy]], {{age:57}}, member [[MRN:ACX4490116]]
Request: proton beam therapy (IMPT), 70 Gy/35 fx, for p16+ oropharyngeal SCC, R tonsil, cT2N1; denied [[DATE:2/14]] as "not medically necessary - IMRT equivalent."

Discussion: I reviewed comparative IMRT vs IMPT plans with Dr. [[NAME:Stanekzai]]: IMPT reduces mean oral cavity dose from 38 to 19 Gy and contralateral parotid mean from 24 to 11 Gy; posterior fossa/brainstem not relevant. Pt is a professional singer (Carnatic vocalist) and has baseline dry mouth from {{drug:Detrol}} for overactive bladder. Cited plan's own policy allowing PBT when dosimetric comparison shows clinically meaningful sparing; also enrollment offer to PBT registry.
Outcome: denial OVERTURNED on call. Authorization # [[MRN:AUTH-7716094]], 35 fractions, valid through [[DATE:05/31/2025]].
Pt informed by phone 17:20, start date unchanged ([[DATE:2/24]]). Pt's wife [[NAME:Padmavathi]] also on the line.
""", summary="""
In a peer-to-peer on [[DATE:Feb 18 2025]], Dr. [[NAME:Gunnam]] got the proton therapy denial for [[NAME:Venkata Ramana Reddy]]'s tonsil cancer overturned by showing meaningful salivary and oral cavity sparing.
"""),

    dict(style="insurance_letter", note="""
EXPEDITED (72-HOUR) APPEAL - INPATIENT REHABILITATION FACILITY ADMISSION
[[DATE:March 7, 2025]]
Harborline Medicare Advantage, Grievances & Appeals     Fax [[PHONE:1-855-555-0140]]
Enrollee: [[NAME:Bára Joensen]]     DOB [[DATE:7/19/1933]]     ID [[MRN:HMA-33091572-01]]
Address: [[ADDRESS:17 Harbor View Ln, Gloucester, MA 01930]]
Denial #: [[MRN:IRF-250304-118]] (issued [[DATE:3/5/25]]; "can be managed at SNF level")

Mrs. [[NAME:Joensen]] is a [[AGE:91]]-year-old woman admitted [[DATE:2/27]] with a L MCA ischemic stroke (tPA given), causing R hemiparesis and expressive aphasia. Before the stroke she lived alone, drove, and rowed with a senior club on weekends. At [[AGE:ninety-one]] she is unusually fit: no dementia, {{score:mRS 0}} before admission.
She now requires and can tolerate 3 h/day of therapy: she participated in PT, OT and SLP for 2.5-3 h each day on the stroke unit. {{score:NIHSS 14}} on arrival now {{score:NIHSS 6}}. She needs physician oversight daily for labile BP ({{vital:BP 180/96}} to {{vital:BP 104/60}}), new AF on {{drug:Eliquis}} {{dose:2.5 mg}} BID, and dysphagia with aspiration risk.
Her age alone is not a criterion; her prognosis for return home is good per all three therapy disciplines.
Her daughter [[NAME:Sólrun Dam]] ([[PHONE:978-555-0153]]) is her HCP and agrees with IRF admission at Spaulding.

[[NAME:Rania Haddad]], MD, Neurology / Stroke     NPI [[MRN:1316092284]]     Direct [[PHONE:617-555-0148]]
""", summary="""
Dr. [[NAME:Rania Haddad]] filed an expedited appeal of the denial of inpatient rehabilitation for [[NAME:Bára Joensen]], a previously independent [[AGE:91]]-year-old with a left MCA stroke who was tolerating three hours of daily therapy.
"""),
]
