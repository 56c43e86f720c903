# Hand-written synthetic training notes (styles: case management, utilization review, appeals / denials, claims and
# prior-authorization correspondence). Every person, number, date, phone, e-mail and street is invented.
NOTES = [
    dict(style="utilization_review", note="""
UTILIZATION REVIEW - CONCURRENT                       Reviewer: [[NAME:Adwoa Sarpong]], RN, CCM
Pt: [[NAME:OGUNDELE, BAMIDELE K]]   MRN [[MRN:7740218]]   Enc [[MRN:E0092716634]]   Adm [[DATE:10/14/24]] 2210 (inpt order [[DATE:10/15]] 0105)
Payer: UnitedHealthcare Medicare Advantage   Member ID [[MRN:9284 1177 03]]   Auth # [[MRN:A241015-33872]]

Criteria: MCG ISC Heart Failure - met days 1-3 (IV {{drug:furosemide}} {{dose:80 mg}} BID, {{lab:BNP 2,340}}, {{vital:SpO2 88%}} RA).
Day 4 ([[DATE:10/18]]): on PO {{drug:torsemide}} {{dose:40 mg}}; {{lab:Cr 1.9}} up from {{lab:1.5}} - continued stay justified (AKI).
Clinicals faxed to [[PHONE:1-866-555-0141]] on [[DATE:10/16]] @ 0930. UHC nurse reviewer [[NAME:Kelechi]] called back [[DATE:10/17]]:
approved through [[DATE:10/18]], next review due [[DATE:10/19]]. Ref # [[MRN:77203-114]]. Ph [[PHONE:800-555-0176 ext 40219]].
Dr. [[NAME:Danladi]] aware; anticipates d/c [[DATE:Sat 10/19]] home with HH (Amedisys referral pending).
Secondary: Medicaid (QMB) [[MRN:MCD 61 448 207 Q]] - no auth required.
""", summary="""
Concurrent review for [[NAME:Bamidele Ogundele]]'s heart-failure admission ([[DATE:10/14/24]]) met MCG criteria; the payer approved
days through [[DATE:10/18]] under auth [[MRN:A241015-33872]], with discharge expected [[DATE:Sat 10/19]].
"""),

    dict(style="case_management", note="""
CASE MANAGEMENT INITIAL ASSESSMENT                 [[DATE:2025-02-03]] 10:15
Pt [[NAME:Mutua Kilonzo]], {{age:61}} M, adm [[DATE:2/1]] with NSTEMI, s/p DES to LAD [[DATE:2/2]]. Enc [[MRN:40071188235]].
Lives: w/ wife [[NAME:Wairimu]] in 2-story home, [[ADDRESS:905 Prairie Dock Way]], [[ADDRESS:Olathe]]; 14 steps to bedroom, rail R side.
Baseline: indep ADLs/IADLs, drives, works FT as long-haul trucker (CDL - cardiology to address return to work).
Insurance: BCBS Kansas City PPO, ID [[MRN:XKC 771 20 4418]], grp [[MRN:104492]]. Rx: Express Scripts, BIN 003858.
PCP: [[NAME:Achieng Were]], DO, Shawnee Mission Primary Care - last seen [[DATE:Nov 2]].
Concerns: {{drug:Brilinta}} {{dose:90 mg}} BID copay $148/mo - pt states "can't do that." Copay card applied (ID [[MRN:BR-11093342]]),
copay now $10. Cardiac rehab phase II referral sent; pt prefers the [[ADDRESS:Lenexa]] site.
Readmit risk: {{score:LACE 7}} (moderate). {{score:PHQ-2 0}}.
Plan: home, no needs anticipated; f/u cardiology within 7 days - appt [[DATE:Mon 2/10]] 1:40 pm.
Wife's cell [[PHONE:913-555-0157]]; pt cell [[PHONE:913.555.0198]].
[[NAME:Chepkoech Rotich]], MSW, LSCSW   x[[PHONE:6604]]
""", summary="""
Case management assessed [[NAME:Mutua Kilonzo]] ({{age:61}}) after an LAD stent on [[DATE:2/2]]; a copay card made {{drug:Brilinta}}
affordable and cardiology follow-up is set for [[DATE:Mon 2/10]].
"""),

    dict(style="denial_letter", note="""
Sunbelt Health Plan - Utilization Management
[[DATE:November 4, 2024]]

[[NAME:Meron Haile]]
[[ADDRESS:7720 Lantana Blvd Apt 5C]]
[[ADDRESS:Orlando, FL 32809]]

Member ID: [[MRN:SHP448120937]]    Claim #: [[MRN:2024-301-88417-00]]    Case #: [[MRN:UM-24-0091822]]
Date(s) of service: [[DATE:09/30/2024]] - [[DATE:10/02/2024]]    Provider: Lake Nona Medical Center

NOTICE OF ADVERSE BENEFIT DETERMINATION
Dear Ms. [[NAME:Haile]]:
We reviewed the request for inpatient hospital care. The records show chest pain with normal troponins ({{lab:hs-TnT <6}}),
a normal stress echocardiogram and {{vital:BP 134/82}}. These do not meet InterQual Acute Adult criteria for inpatient level of
care. Observation services are approved for the same dates. This decision was made by a physician reviewer.
You may appeal within 60 days of the date of this notice. Call Member Services at [[PHONE:1-800-555-0104]] (TTY 711),
8 a.m. - 8 p.m., or write to the Appeals Unit. You may ask for the criteria used, free of charge.

Sincerely,
[[NAME:Tesfaye Bekele]], MD, Medical Director
cc: Lake Nona Medical Center UM Dept., fax [[PHONE:407-555-0166]]
""", summary="""
On [[DATE:November 4, 2024]] the health plan denied inpatient level of care for [[NAME:Meron Haile]]'s chest-pain stay
([[DATE:09/30/2024]] - [[DATE:10/02/2024]]), approving observation instead; claim [[MRN:2024-301-88417-00]] may be appealed within 60 days.
"""),

    dict(style="appeal_letter", note="""
Department of Surgery - Division of Vascular Surgery
[[DATE:January 9, 2025]]

Appeals Department, Keystone Mutual Health                      VIA FAX [[PHONE:(717) 555-0120]]
RE: First-level provider appeal
Patient: [[NAME:Chibueze Anyanwu]]   DOB [[DATE:06/22/1956]]   Member [[MRN:KMH-0082-447193]]
Claim [[MRN:24318C0077412]]   DOS [[DATE:12/03/24]]   Denial letter dated [[DATE:12/19/24]], ref [[MRN:DN-5510927]]
Procedure: CPT 37226 - R SFA stent

To Whom It May Concern:
I am writing to appeal the denial of {{eponym:Rutherford}} category 5 limb salvage revascularization, denied as "not medically
necessary - conservative therapy not tried." Mr. [[NAME:Anyanwu]] had a non-healing R 1st toe ulcer for 11 weeks, {{lab:ABI 0.41}},
{{lab:TBI 0.18}}, {{lab:TcPO2 22 mmHg}}. He completed supervised exercise and {{drug:cilostazol}} {{dose:100 mg}} BID from
[[DATE:5/14/24]] until [[DATE:9/30/24]] with progression, plus {{drug:atorvastatin}} {{dose:80 mg}} and {{drug:aspirin}}.
Guideline-directed care (SVS / ESVS {{score:WIfI stage 3}}) supports revascularization. Without it, amputation risk is high.
Enclosed: clinic notes [[DATE:10/8]], [[DATE:11/12]], [[DATE:11/26]]; arterial duplex; operative note.
I am available for peer-to-peer review at [[PHONE:717-555-0138]] or by pager [[PHONE:717-555-0100 pin 2291]].

Sincerely,
[[NAME:Oluwatoyin Bankole-Coker]], MD, FACS   NPI [[MRN:1740392285]]
""", summary="""
Dr. [[NAME:Oluwatoyin Bankole-Coker]] appealed the denial of a [[DATE:12/03/24]] SFA stent for [[NAME:Chibueze Anyanwu]] with
{{eponym:Rutherford}} 5 ischemia ({{lab:ABI 0.41}}) after failed {{drug:cilostazol}} and exercise therapy.
"""),

    dict(style="prior_auth_request", note="""
PRIOR AUTHORIZATION REQUEST - SPECIALTY PHARMACY (Dermatology)
Submitted via CoverMyMeds key [[MRN:BRX7-QA2M]]   Date [[DATE:04/22/2025]]
Member: [[NAME:Akosua Pokuaa Antwi]]   DOB [[DATE:4/2/2001]]   Plan: Aetna Choice POS II   ID [[MRN:W281994705]]   PCN ADV
Prescriber: [[NAME:Yaa Asantewaa Nkansah]], MD   NPI [[MRN:1366021847]]   DEA [[MRN:BN4417203]]   Ph [[PHONE:(215) 555-0131]]   Fax [[PHONE:(215) 555-0132]]
Drug: {{drug:Dupixent}} {{dose:300 mg}}/2 mL pen, loading {{dose:600 mg}} then {{dose:300 mg}} q2 weeks. Qty 2 pens/28 days.
Dx: L20.9 Atopic dermatitis, unspecified. {{score:EASI 28}}, {{score:IGA 4}}, BSA 35%, {{score:DLQI 19}}.
Tried / failed:
  - {{drug:triamcinolone 0.1%}} ointment BID [[DATE:01/08/24]] - [[DATE:03/10/24]] - partial response
  - {{drug:tacrolimus 0.1%}} [[DATE:3/11/24]] - [[DATE:7/1/24]] - burning, stopped
  - {{drug:methotrexate}} {{dose:15 mg}} weekly since 8/2024 - started [[DATE:8/5/24]], stopped [[DATE:12/20/24]] for {{lab:ALT 142}}
  - NB-UVB 2x/wk x 12 wks - not feasible (transport)
Pharmacy: CVS Specialty, [[PHONE:1-800-555-0162]]. Pt contact [[PHONE:267 555 0114]]; mother [[NAME:Adjoa]] helps with injections.
""", summary="""
A prior authorization for {{drug:Dupixent}} {{dose:300 mg}} every 2 weeks was submitted [[DATE:04/22/2025]] for [[NAME:Akosua Pokuaa Antwi]]
({{score:EASI 28}}) after topical therapy and {{drug:methotrexate}} failed.
"""),

    dict(style="utilization_review", note="""
UM SECONDARY REVIEW - Physician Advisor worksheet (de-identified teaching copy)
Level of care requested: Inpatient.  Current status: Observation, hour 30.
Presentation: sepsis from suspected UTI; lactate {{lab:lactate 3.4}} -> {{lab:lactate 1.6}} after 30 mL/kg LR; {{vital:MAP 58}} -> {{vital:MAP 71}}.
{{lab:WBC 18.2}}, {{lab:Cr 2.1}} (baseline {{lab:0.9}}), {{lab:procalcitonin 6.8}}. {{score:qSOFA 2}}, {{score:SOFA 4}}.
Blood cultures 2/2 bottles gram-negative rods ({{eponym:Escherichia}} pending ID). On {{drug:cefepime}} {{dose:2 g}} q8h.
InterQual Acute Adult, Sepsis subset: IS met (hypotension requiring fluid resuscitation, AKI).
Two-Midnight Rule: physician expects medically necessary care to cross a second midnight - YES.
Recommendation: convert to Inpatient; attending to write the order with supporting documentation. Code 44 not applicable.
Condition Code 44 / MOON / IM notice requirements reviewed with the Case Management Department.
""", summary="""
A physician-advisor worksheet recommends converting an observation sepsis stay ({{score:SOFA 4}}, {{lab:lactate 3.4}}) to inpatient
under InterQual and the Two-Midnight Rule.
"""),

    dict(style="case_management_log", note="""
CM CONTACT LOG - [[NAME:TSHABALALA, SIBUSISO]]   MRN [[MRN:66-20-4471]]   Rm 5S-09
[[DATE:07/15]] 0905  called dtr [[NAME:nomsa]] re: SNF choices @ [[PHONE:404-555-0171]] - no answer, LM w/ callback x[[PHONE:7718]]. -[[NAME:LN]]
[[DATE:07/15]] 1140  [[NAME:nomsa]] returned call; prefers Brookside or Magnolia Gardens, near her work in [[ADDRESS:decatur]]. -[[NAME:LN]]
[[DATE:07/15]] 1400  referrals sent via CarePort to 4 facilities (ref IDs [[MRN:CP-9921847]], [[MRN:CP-9921848]]). -[[NAME:LN]]
[[DATE:7/16]] 0815  Brookside declined (no Medicaid pending bed). Magnolia Gardens: liaison [[NAME:Palesa]] [[PHONE:678.555.0103]] to screen today.
[[DATE:7/16]] 1530  Magnolia accepts for [[DATE:7/17]]; Humana auth submitted, ref [[MRN:HUM-0716-44802]]; pending. -[[NAME:kd]]
[[DATE:7/17]] 0930  Auth approved [[DATE:7/17]]-[[DATE:7/23]] (7 days), next review [[DATE:7/23]]; auth # [[MRN:221487095]]. -[[NAME:kd]]
[[DATE:7/17]] 1015  son [[NAME:Mandla]] (POA) signed choice form by DocuSign; email [[EMAIL:mandla.tshabalala77@gmail.com]]. -[[NAME:kd]]
[[DATE:7/17]] 1320  stretcher transport w/ Metro Ambulance set for 1500, conf# [[MRN:MA-55718]]. RN [[NAME:Lindiwe]] notified. -[[NAME:kd]]
""", summary="""
Case management arranged SNF placement for [[NAME:Sibusiso Tshabalala]] at Magnolia Gardens on [[DATE:7/17]] after daughter
[[NAME:nomsa]] chose it; the Humana auth [[MRN:221487095]] covers [[DATE:7/17]]-[[DATE:7/23]].
"""),

    dict(style="claims_correspondence", note="""
PATIENT FINANCIAL SERVICES - CORRECTED CLAIM / RECONSIDERATION
To: Medicaid of Ohio MCO (CareSource) Provider Services   Fax [[PHONE:937.555.0107]]   Ph [[PHONE:1 (800) 555-0183]] opt 3
From: [[NAME:Olamide Akinwale]], Billing Specialist II ([[EMAIL:oakinwale@valleyregional.org]], ext. [[PHONE:4412]])
Date: [[DATE:2024/12/17]]

Pt: [[NAME:Abdulrahman Sani Kabir]]    Medicaid ID [[MRN:102938475611]]    Acct [[MRN:V000918827]]
Orig. claim ICN [[MRN:2024289113407]]  DOS [[DATE:10/07/2024]]  Billed $2,184.00   Paid $0.00
Denial: CARC 16 / RARC N290 - missing/invalid rendering provider NPI.
Correction: rendering NPI [[MRN:1962805531]] ([[NAME:Hadiza Yusuf]], CRNA) added to line 2; frequency code 7, original ICN referenced.
Resubmitted electronically [[DATE:12/17/24]], batch [[MRN:837-24351-0092]]. Rep [[NAME:Blessing]] on the phone gave call ref
[[MRN:CS241217-08812]] and confirmed timely-filing limit is [[DATE:01/05/2025]] (90 days from DOS).
Follow-up tickler set for [[DATE:Jan 2]].
""", summary="""
Billing resubmitted a corrected claim for [[NAME:Abdulrahman Sani Kabir]]'s [[DATE:10/07/2024]] service on [[DATE:2024/12/17]],
adding CRNA [[NAME:Hadiza Yusuf]]'s NPI; the timely-filing limit is [[DATE:01/05/2025]].
"""),

    dict(style="peer_to_peer", note="""
Peer-to-Peer Review Note
Date/time: [[DATE:Wed 8/28/24]] 12:35-12:48     Payer: Cigna   Case ref [[MRN:P2P-0828-71163]]
Pt: [[NAME:Wangari Mbugua]] ({{age:57}}F)   Acct [[MRN:HOS-11823390]]   Requested: MRI lumbar spine w/o contrast (72148)
Spoke w medical director Dr. [[NAME:Kinyanjui]] (ph [[PHONE:860-555-0124]]); my MA [[NAME:gathoni]] set up the call.
Initial denial [[DATE:8/26]]: "< 6 weeks conservative care." I reviewed: LBP with R L5 radiculopathy since [[DATE:7/1]]; PT x 8 visits
[[DATE:7/10]]-[[DATE:8/21]]; {{drug:gabapentin}} {{dose:300 mg}} TID, {{drug:Medrol Dosepak}} [[DATE:7/3]]. New foot drop: EHL
{{score:3/5}} (was {{score:5/5}} on [[DATE:7/10]]), + SLR at 40 deg, absent R ankle jerk. Red flag = progressive motor deficit.
Outcome: OVERTURNED, approved. Auth [[MRN:A8829104433]] valid [[DATE:8/28/24]] - [[DATE:10/27/24]].
Scheduled MRI for [[DATE:8/30]] 0700; pt notified at [[PHONE:203-555-0193]], spouse [[NAME:Njoroge]] answered.
[[NAME:Muthoni Gitau]], MD (PM&R)
""", summary="""
In a peer-to-peer on [[DATE:Wed 8/28/24]], Dr. [[NAME:Muthoni Gitau]] got a lumbar MRI approved for [[NAME:Wangari Mbugua]] because
of new foot drop (EHL {{score:3/5}}); the MRI is scheduled [[DATE:8/30]].
"""),

    dict(style="financial_counseling", note="""
FINANCIAL COUNSELING - MEDICAID PENDING
Pt: [[NAME:Salomé Mukendi-Tshiala]]   MRN [[MRN:2231908]]   FIN [[MRN:77041239-1]]   DOB [[DATE:03/17/1998]]   SSN last 4 [[SSN:6620]]
Self-pay on admission [[DATE:3/3/25]] (emergency C-section). Employer coverage ended [[DATE:01/31/2025]].
[[DATE:03/05]]: met pt at bedside w/ French interpreter ([[NAME:Mbala]], vendor ID [[MRN:LL-30447]]). Screened for pregnancy Medicaid +
hospital presumptive eligibility. PE approved - temporary ID [[MRN:PE2503050018]], valid through [[DATE:04/30/2025]].
Full application submitted online [[DATE:3/5/25]], confirmation [[MRN:T1-0558-2931-77]]. Newborn (listed as Baby Girl
[[NAME:Mukendi-Tshiala]], name pending) added as deemed newborn.
Docs still needed: pay stubs (last 30 days), lease. Pt's partner [[NAME:Kasongo]] will upload by [[DATE:3/12]].
Pt phone [[PHONE:(612) 555-0137]]; partner [[PHONE:+243 81 555 0294]] (WhatsApp, in [[ADDRESS:Lubumbashi]] until [[DATE:3/9]]).
Charity care application held pending Medicaid decision. - [[NAME:Rukia Omondi]], CHFC   x[[PHONE:2-5514]]
""", summary="""
A financial counselor obtained presumptive Medicaid eligibility through [[DATE:04/30/2025]] for [[NAME:Salomé Mukendi-Tshiala]] after her
[[DATE:3/3/25]] emergency C-section; her partner [[NAME:Kasongo]] is to upload documents by [[DATE:3/12]].
"""),

    dict(style="case_management", note="""
CM DISCHARGE PLANNING NOTE - hospice transition        [[DATE:Fri 13 Dec 2024]]
[[NAME:Adebisi Olanrewaju]] ({{age:84}}), metastatic pancreatic CA, {{score:PPS 30%}}, {{score:ECOG 4}}. Family meeting held 1100 with
Dr. [[NAME:Fadeyi]] (Palliative), dtr [[NAME:Comfort]], son [[NAME:Tunde]], granddaughter [[NAME:Patience Olanrewaju-Hart]].
Goals: comfort-focused, home with hospice. Family understands prognosis of days to weeks; they hope to have him home for Christmas.
Hospice: Heartland Hospice accepted; intake nurse [[NAME:Iyabo]] [[PHONE:210-555-0179]]; admission visit [[DATE:12/14]] at home.
Medicare A ID [[MRN:7KW2-HN4-QF81]] - hospice benefit election signed by [[NAME:Comfort]] (HCPOA) today; NOE # [[MRN:HNOE-241213-0081]].
DME (via hospice): hospital bed, overbed table, O2 concentrator {{dose:2 L}} - delivery window [[DATE:12/13]] 1600-2000 to
[[ADDRESS:3118 Mesquite Bend]], [[ADDRESS:Converse]] TX [[ADDRESS:78109]].
Comfort kit: {{drug:morphine}} {{dose:20 mg/mL}} {{dose:0.25 mL}} SL q2h PRN, {{drug:lorazepam}} {{dose:0.5 mg}}, {{drug:haloperidol}},
{{drug:atropine 1%}} drops. {{drug:Dilaudid}} PCA stopped 1500.
Transport: non-emergent ambulance, pick-up 1630, conf. [[MRN:AT-558120]]. [[NAME:Comfort]]'s cell [[PHONE:(210) 555-0126]].
[[NAME:Kehinde Adeyemo-Shaw]], RN CM
""", summary="""
[[NAME:Adebisi Olanrewaju]] ({{age:84}}, {{score:PPS 30%}}) was discharged home with hospice on [[DATE:Fri 13 Dec 2024]]; his daughter
[[NAME:Comfort]] signed the election and the hospice admission visit is [[DATE:12/14]].
"""),

    dict(style="external_review_decision", note="""
CLEARPATH INDEPENDENT REVIEW - Final External Review Decision
IRO Case No.: [[MRN:CP-IRO-2025-03318]]      State Ref.: [[MRN:DOI-EXT-25-1147]]      Decision date: [[DATE:12-Mar-2025]]
Enrollee: [[NAME:HIRUT ALEMAYEHU]]     Plan: Great Lakes Choice HMO     Member No.: [[MRN:GLC 0019 4487 22]]
Service in dispute: Inpatient rehabilitation facility admission [[DATE:01/21/2025]] - [[DATE:02/07/2025]] (denied [[DATE:1/24]], upheld
on internal appeal [[DATE:2/18/2025]], ref [[MRN:IA-25-00721]]).

Reviewer: board-certified physiatrist, no conflict of interest.
Summary of records: {{age:71}}-year-old after R frontal ICH [[DATE:1/9/25]]; L hemiparesis, {{score:FIM 48}} at transfer, needed PT, OT
and SLP, with daily physician oversight for BP ({{vital:SBP 160s}}) and {{drug:Keppra}} titration. Tolerated 3 h/day by day 2.
Decision: OVERTURNED. The IRF admission was medically necessary. The plan must cover the stay within 5 business days.
Questions: Consumer Assistance Program, [[PHONE:1-877-555-0115]]. Copy to the treating physician, Dr. [[NAME:Yohannes Wolde]]
(fax [[PHONE:313.555.0144]]) and to the enrollee's representative, [[NAME:Bethlehem Alemayehu]] ([[EMAIL:beth.alem@yahoo.com]]).
""", summary="""
An independent reviewer on [[DATE:12-Mar-2025]] overturned the denial of [[NAME:Hirut Alemayehu]]'s inpatient rehabilitation stay
after a right frontal ICH ({{score:FIM 48}}), ordering coverage of [[DATE:01/21/2025]] - [[DATE:02/07/2025]].
"""),

    dict(style="denial_codes_reference", note="""
DENIAL MANAGEMENT - QUICK REFERENCE (Revenue Cycle education, Q2)
CO-50   Non-covered: not deemed a medical necessity by the payer -> route to UR / Physician Advisor for appeal.
CO-197  Precertification/authorization absent -> check Epic referral and auth workqueue; retro-auth if within 14 days.
CO-16   Claim lacks information (see RARC, e.g. N290 rendering NPI, M76 missing diagnosis) -> correct and resubmit, freq. code 7.
CO-29   Timely filing expired -> appeal only with proof of timely submission (clearinghouse 999/277CA reports).
PR-1 / PR-2 / PR-3   Deductible / coinsurance / copay -> patient responsibility; refer to Financial Counseling.
CO-97   Bundled (NCCI edit) -> review modifier 59 / XU with Coding; do not append without documentation.
N-700 series - Medicare Advantage: request the Integrated Denial Notice.
Common clinical documentation gaps: no sepsis criteria (SIRS / {{score:qSOFA}}), missing {{score:NYHA class}}, {{lab:troponin}} trend absent,
{{eponym:Glasgow}} coma score not recorded for head injury observation, and no {{score:Braden}} on wound claims.
""", summary="""
A revenue-cycle reference lists common claim adjustment and remark codes (CO-50, CO-197, CO-16, PR-1) with the fix for each and
typical documentation gaps such as a missing {{score:NYHA class}}.
"""),

    dict(style="prior_auth_phone_log", note="""
PA phone log - {{drug:Ozempic}} {{dose:0.5 mg}} weekly (pt [[NAME:Nnamdi Ezeh]], DOB [[DATE:031285]], MRN [[MRN:0051-2274]])
[[DATE:6/3]] 10:02  called CVS Caremark PA line [[PHONE:eight hundred, five five five, oh one nine two]]. spoke w/ [[NAME:faith]].
                    Member ID read back: [[MRN:E as in echo 7 7 1 0 2 9 4 4 8]]. No PA on file. Case opened, ref [[MRN:PA-24-60311209]].
[[DATE:6/3]] 10:20  faxed LMN + A1c ({{lab:A1c 8.9%}} [[DATE:5/21]]) + metformin history to [[PHONE:888-555-0175]]. -[[NAME:TO]]
[[DATE:6/5]] 14:45  status: pended, needs BMI. Sent {{vital:BMI 34.2}}, wt 104 kg on [[DATE:5/21]]. Rep [[NAME:Kwesi]], call ref [[MRN:CR 4471 902]].
[[DATE:6/7]] 09:10  APPROVED [[DATE:6/7/24]] through [[DATE:6/6/25]]. Approval letter scanned to Media tab. -[[NAME:TO]]
[[DATE:6/7]] 09:14  called pt at [[PHONE:(404) 555-0117]] - will pick up at Publix [[ADDRESS:Ponce de Leon Ave]]. LVM re: titration to {{dose:1 mg}}.
(MA: [[NAME:Temitope Oyelaran]])
""", summary="""
[[NAME:Temitope Oyelaran]] obtained prior authorization for {{drug:Ozempic}} for [[NAME:Nnamdi Ezeh]] ({{lab:A1c 8.9%}}), approved
[[DATE:6/7/24]] through [[DATE:6/6/25]] under case [[MRN:PA-24-60311209]].
"""),

    dict(style="utilization_review", note="""
UR / CASE MGMT - STATUS & NOTICES
[[NAME:Maryam Abubakar Shehu]]   [[AGE:92]] F   MRN [[MRN:M3390417]]   Medicare MBI [[MRN:1EG4-TE5-MK73]]   Suppl: AARP Plan G
ED arrival [[DATE:09.09.2024]] 23:50 (fall, L pubic rami fx, nonoperative). Placed in Observation [[DATE:9/10]] 0120.
MOON delivered [[DATE:9/10/24]] 14:00, signed by son [[NAME:Umar]] (pt hard of hearing; notice read aloud, Hausa interpretation by
phone, interpreter ID [[MRN:48102]]).
[[DATE:9/11]]: PT - unable to ambulate > 5 ft, pain {{score:8/10}} despite {{drug:oxycodone}} {{dose:2.5 mg}}; {{lab:Hgb 9.1}} from {{lab:11.4}}.
Physician Advisor Dr. [[NAME:Idris Lawan]] reviewed with attending [[NAME:Abdullahi]]: expectation of 2nd midnight met;
inpatient order written [[DATE:9/11/24]] 10:32. IM (Important Message from Medicare) given [[DATE:9/11]], 2nd copy due within 2 days of d/c.
3-midnight qualifying stay for SNF will be met on [[DATE:9/14]]; discussed with [[NAME:Umar]] at [[PHONE:412-555-0160]].
[[NAME:hmusa]] (UR RN)
""", summary="""
[[NAME:Maryam Abubakar Shehu]], [[AGE:92]], admitted after a fall with a pubic rami fracture, was converted from observation to
inpatient on [[DATE:9/11/24]] after a MOON was given to her son [[NAME:Umar]]; the SNF-qualifying stay is met [[DATE:9/14]].
"""),

    dict(style="workers_comp_case_management", note="""
WORKERS' COMPENSATION - NURSE CASE MANAGER REPORT #4
Claimant: [[NAME:Kojo Appiah-Kubi]]     Claim No. [[MRN:WC-23-118804]]     DOI [[DATE:11/08/2023]]     DOB [[DATE:7-30-1979]]
Employer: Allegheny Freight Lines (supervisor [[NAME:Yaw Darko-Mensah]], [[PHONE:412-555-0122]])
Carrier: Keystone Casualty; adjuster [[NAME:Gift Maseko]], [[PHONE:(412) 555-0108 ext 2247]], [[EMAIL:gmaseko@keystonecas.com]]
Report period: [[DATE:Apr 1]]-[[DATE:Apr 30, 2024]]

Injury: L shoulder full-thickness supraspinatus tear lifting a pallet. Arthroscopic RCR [[DATE:01/16/24]] by Dr. [[NAME:Agyeman]].
[[DATE:4/9]] post-op visit: AROM flexion 140, ER 45; strength {{score:4/5}}. PT 2x/wk, 18 of 24 visits used (auth [[MRN:KC-PT-55102]]).
Work status: modified duty, no lifting > 10 lb, no overhead work, through [[DATE:5/21/24]]. Employer confirmed light duty available.
Meds: {{drug:meloxicam}} {{dose:15 mg}} daily; {{drug:tramadol}} discontinued [[DATE:3/28]].
Next appt [[DATE:May 21]] 9:40 am - MMI not yet reached; FCE likely at 6 months. IME scheduled [[DATE:6/4/24]] with Dr. [[NAME:Mokgadi Seabi]].
Barriers: claimant's car repossessed in March - we will arrange transportation (One Call, conf. [[MRN:OC-7781220]]).
NCM: [[NAME:Ewurabena Quaye]], RN, CCM    [[PHONE:724.555.0185]]
""", summary="""
The nurse case manager reports that [[NAME:Kojo Appiah-Kubi]] is on modified duty through [[DATE:5/21/24]] after rotator cuff repair
on [[DATE:01/16/24]] for his [[DATE:11/08/2023]] work injury, with an IME on [[DATE:6/4/24]].
"""),

    dict(style="patient_billing_message", note="""
MyChart message - Billing Customer Service queue                     Received [[DATE:Mon 01/27/2025]] 22:41
From: [[NAME:chinedu ibekwe]]   Guarantor acct [[MRN:G-00718423]]

hello, i got a bill for $3,412.88 for my sons ER visit on [[DATE:dec 28]] (account [[MRN:4471028835]]?). it says insurance denied
because "no referral" but it was an emergency he had a seizure. our insurance is Ambetter member id [[MRN:U7102849301]] and the
card says no referral for ER. also you have my old address on [[ADDRESS:Hickory Ridge Dr]], we moved to
[[ADDRESS:2207 Foxglove Ct, Apt 112, Mesquite TX 75150]] in november. my wife [[NAME:Amarachi]] called on [[DATE:1/14]] and talked to
[[NAME:precious]] and was told it would be fixed. pls call me [[PHONE:469 555 0139]] after 5pm or email [[EMAIL:c.ibekwe84@outlook.com]].
my son is [[NAME:Chisom]], DOB [[DATE:5/19/2016]]. thank you

--- staff reply [[DATE:01/28/2025]] 09:05 ---
Hi Mr. [[NAME:Ibekwe]], I am sorry for the trouble. Claim [[MRN:25001-ER-77213]] was denied CO-197 in error (ER services need no
referral). I have sent it back to Ambetter for reprocessing, ref [[MRN:AMB-250128-3391]], and put the account on hold 45 days.
Address updated. - [[NAME:Ijeoma]] in Patient Financial Services, [[PHONE:972-555-0105]] x[[PHONE:3306]]
""", summary="""
[[NAME:Chinedu Ibekwe]] disputed a bill for his son [[NAME:Chisom]]'s ER visit on [[DATE:dec 28]] denied for "no referral"; on
[[DATE:01/28/2025]] billing resubmitted claim [[MRN:25001-ER-77213]] and placed the account on hold.
"""),

    dict(style="preauthorisation_letter", note="""
MEDISURE MEDICAL SCHEME - Hospital Benefit Management
Tel [[PHONE:0860 555 221]]   Fax [[PHONE:+27 11 555 4409]]   Email [[EMAIL:preauth@medisure-scheme.co.za]]
Date: [[DATE:12.03.2025]]

PRE-AUTHORISATION CONFIRMATION
Member: [[NAME:Ayanda Qwabe]]   Membership no. [[MRN:MS 004 771 258]]   Dependant: 02 - [[NAME:Sipho Qwabe]] (DOB [[DATE:05/08/2012]])
Authorisation no.: [[MRN:HA-25-0312-66190]]
Admitting doctor: Dr [[NAME:L. Mahlangu-Pillay]], practice no. [[MRN:0473626]]    Facility: Sunnyridge Paediatric Hospital
Procedure: Tonsillectomy and adenoidectomy (ICD-10 J35.3); CPT/CCSM 0302 + 0304
Admission date: [[DATE:the 18th of March 2025]]   Approved length of stay: 1 day (ward)
Clinical: recurrent tonsillitis, 7 episodes in 12 months; obstructive sleep apnoea, {{score:AHI 9.4}}; {{score:Brodsky grade 4}}.
Co-payment: R1,500 (non-DSP facility). Prescribed minimum benefit rules do not apply.
Changes to the admission date must be reported before the 18th - call [[PHONE:0860-555-221]] option 2.
Case manager: [[NAME:Bongani Zulu]]   Ref [[MRN:CM/88412]]
""", summary="""
The medical scheme pre-authorised, on [[DATE:12.03.2025]], a one-day admission on [[DATE:the 18th of March 2025]] for [[NAME:Sipho Qwabe]]'s
tonsillectomy and adenoidectomy ({{score:AHI 9.4}}) under authorisation [[MRN:HA-25-0312-66190]].
"""),

    dict(style="transitional_care_protocol", note="""
TRANSITIONAL CARE MANAGEMENT - high-risk discharge bundle (Care Coordination Department)
Eligibility: {{score:LACE index >= 10}} or {{score:HOSPITAL score >= 5}}, or any of CHF, COPD, AMI, pneumonia, sepsis, CABG.
Before discharge:
  - Teach-Back on red-flag symptoms; weight log for CHF ({{vital:gain > 2 lb/day}}).
  - Meds to Beds: first fills of {{drug:Entresto}}, {{drug:Farxiga}}, {{drug:Eliquis}} delivered to bedside; copay cards screened.
  - PCP or specialty appointment within 7 days (TCM 99496) or 14 days (99495).
Within 2 business days: interactive contact by RN (call, text or portal); document date, attempts and outcome.
Day 7 and 14: symptom check, {{score:PHQ-2}}, medication reconciliation against the After Visit Summary.
Escalation: weight up > 5 lb/week, {{vital:SpO2 < 90%}}, {{vital:SBP < 90}}, new confusion, or inability to obtain medications ->
same-day clinic slot or Heart Failure Clinic diuretic visit; ED only if unstable.
""", summary="""
A transitional care protocol defines high-risk discharges ({{score:LACE index >= 10}}), a 2-business-day RN contact and 7- or 14-day
follow-up, with escalation for {{vital:SpO2 < 90%}} or rapid weight gain.
"""),

    dict(style="prior_auth_appeal", note="""
SPECIALTY INFUSION - PA & APPEAL SUMMARY        prepared by [[NAME:Lizelle Graves]], RN, infusion case manager ([[NAME:lgraves]]@)
Patient: [[NAME:Fatima Bello-Adamu]]   DOB [[DATE:Dec 2, 1975]]   MRN [[MRN:10-4471-338]]   Humana Gold Plus ID [[MRN:H28719934]]
Drug: {{drug:Tepezza}} (teprotumumab) {{dose:10 mg/kg}} IV x1 then {{dose:20 mg/kg}} q3wk x7, J3241.
Dx: thyroid eye disease in {{eponym:Graves}} disease (E05.00, H06.2-); not {{eponym:Hashimoto}}. {{score:CAS 5/7}}, proptosis 24 mm OD /
22 mm OS ({{eponym:Hertel}}), diplopia {{score:Gorman grade 2}}. {{lab:TSI 486%}}, euthyroid on {{drug:methimazole}} {{dose:10 mg}} ({{lab:FT4 1.1}}).
Timeline:
  [[DATE:2025-01-06]] PA submitted, ref [[MRN:HUM-PA-88012447]]
  [[DATE:2025-01-13]] denied - "step therapy: IV methylprednisolone not tried"
  [[DATE:01/14/25]]  peer-to-peer w/ Dr. [[NAME:Ekwueme]] (oculoplastics) - pt had IV {{drug:Solu-Medrol}} {{dose:4.5 g}} course started
                     8/2024, completed [[DATE:9/30/24]] with worsening; records sent
  [[DATE:1/21/25]]  APPROVED on appeal, auth [[MRN:A-TEP-25-00419]], valid [[DATE:1/21/25]]-[[DATE:7/20/25]]
First infusion booked [[DATE:Tues 2/4]] 0800, Infusion Center chair 6. Hearing baseline (audiogram) [[DATE:1/30]].
Pt aware via call to [[PHONE:+1 (267) 555-0193]]; husband [[NAME:Aliyu]] will drive.
""", summary="""
Infusion case manager [[NAME:Lizelle Graves]] got {{drug:Tepezza}} approved on appeal on [[DATE:1/21/25]] for [[NAME:Fatima Bello-Adamu]]'s
{{eponym:Graves}} thyroid eye disease ({{score:CAS 5/7}}); the first infusion is [[DATE:Tues 2/4]].
"""),
]
