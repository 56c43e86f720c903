NOTES = [
    dict(style="home_health", note="""
HOME HEALTH - SKILLED NURSING START OF CARE (OASIS-E)
Patient: [[NAME:Thapa, Bishnu Bahadur]]        DOB: [[DATE:04/11/1951]]        Agency MR#: [[MRN:HH-204417]]
Medicare Beneficiary ID: [[MRN:3TK9-QW2-HJ41]]
Address: [[ADDRESS:2270 Maple Canyon Ave, Apt 3C, Columbus, OH 43229]]
SOC: [[DATE:08/19/2025]]     Time in 0910  Time out 1045
Referring MD: [[NAME:Rebecca Lind]], MD     Caregiver: daughter-in-law [[NAME:Sushila Gurung]]  [[PHONE:614-555-0135]]
Interpreter: Nepali, telephonic, ID [[MRN:73391]]; grandson [[NAME:Bibek]] also present.

Homebound: dyspnea after 15 ft, requires walker and standby assist of 1, leaving home is a taxing effort.
Primary Dx: Acute on chronic HFpEF, hospitalized [[DATE:8/12]]-[[DATE:8/16]]. Secondary: T2DM, CKD 3a, OA knees.
Vitals: {{vital:BP 146/84}} sitting  {{vital:HR 78}} irregular  {{vital:RR 20}}  {{vital:SpO2 93%}} RA  {{vital:T 97.9}}
Wt {{vital:68.0 kg}} on home scale (discharge wt 67.6). Lungs diminished bases, 1+ edema ankles.
Med reconciliation: 11 meds from bubble pack plus old bottles. Found both {{drug:metoprolol succinate}} {{dose:50 mg}}
and {{drug:metoprolol tartrate}} {{dose:25 mg}} being taken. Called Dr. [[NAME:Lind]]'s office - tartrate discontinued,
bottle removed with family permission. {{drug:Furosemide}} {{dose:40 mg}} daily confirmed.
Fall risk {{score:MAHC-10 6}} (high). {{score:Braden 19}}. {{score:PHQ-2 0}}.
Home: 12 steps to bedroom, no rail on L side; loose rugs in puja room and hallway - family moved hallway rug today.
Teaching: daily weights, call for gain of 2 lb overnight or 5 lb in a week, 2 g Na diet (dal, achar and pickles
are high salt - discussed with [[NAME:Sushila]], who cooks).
Plan: SN 2w3, 1w4; PT eval; MSW for Medicaid waiver. Next SN visit [[DATE:Thu 8/21]].
[[NAME:Dawn Reilly]], RN   [[DATE:8/19/25]]
""", summary="""
[[NAME:Bishnu Bahadur Thapa]] started home health on [[DATE:08/19/2025]] after a heart-failure admission; a duplicate
{{drug:metoprolol}} was removed, he is at high fall risk, and the family was taught daily weights and a low-salt diet.
"""),

    dict(style="hospice_visit", note="""
Hospice RN Case Manager - Routine Visit        [[DATE:Tue 1/14/25]]
Pt: [[NAME:Waaseyaa Kingbird]]   {{age:78}} F   Terminal dx: COPD, end stage   Benefit period 2, day 41
Location: pt's home in [[ADDRESS:Redby]]
Present: pt, granddaughter [[NAME:Migizi]] (primary CG), son [[NAME:Ray Kingbird]]

Pt resting in recliner by wood stove, speaking Ojibwe with granddaughter; alert, oriented x3, answering in short phrases.
{{vital:RR 28}}  {{vital:HR 112}}  {{vital:SpO2 84%}} on 3 L O2 concentrator  {{vital:BP 102/60}}
Dyspnea {{score:6/10}} at rest (was 4/10). Using {{drug:morphine}} concentrate {{dose:5 mg}} SL about 4x/day, helps for ~3 h.
Eating a few bites of wild rice soup, drinking tea. Sleeping more. Skin intact, coccyx blanchable.
{{score:PPS 30%}} (from 40% two weeks ago).
Family wants an elder to come for a ceremony; pt wishes to stay home to the end. Chaplain [[NAME:Curtis Stillday]] will
coordinate with family. Tobacco and sage in room - oxygen safety re-taught (no smudging with O2 running; turn off and
move tubing, ventilate).
Plan: Called Dr. [[NAME:Anil Menon]] (hospice MD) - {{drug:morphine}} scheduled {{dose:5 mg}} q4h + {{dose:5 mg}} q2h PRN;
{{drug:lorazepam}} {{dose:0.5 mg}} SL q6h PRN anxiety; {{drug:senna}} daily. Comfort kit checked, in fridge.
Increase RN visits to 3x/wk. Aide visits continue M/W/F. Granddaughter knows to call 24 h line
[[PHONE:218-555-0109]] before 911.
[[NAME:C. Lussier]], RN CM
""", summary="""
[[NAME:Waaseyaa Kingbird]], {{age:78}}, on hospice for end-stage COPD, has worsening dyspnea with {{score:PPS 30%}};
{{drug:morphine}} was scheduled, {{drug:lorazepam}} added and nursing visits increased while the family plans a ceremony at
home.
"""),

    dict(style="palliative_consult", note="""
PALLIATIVE CARE - Family Meeting Note
Date: [[DATE:02/27/2025]]   Location: MICU family room   Duration: 65 min
Patient: [[NAME:Dritan Krasniqi]]   {{age:66}} M   MRN [[MRN:44817290]]
Participants: wife [[NAME:Arjola Krasniqi]]; daughter [[NAME:Elira]] (also interpreted Albanian, by family request after
professional interpreter offered); son [[NAME:Besnik]] by phone from [[ADDRESS:Prishtina]]; Dr. [[NAME:Sarah Mitchell]]
(palliative); Dr. [[NAME:Heikki Laine]] (MICU); [[NAME:Fiona McAllister]], LCSW; RN [[NAME:Eszter Nagy]].

Medical update: Metastatic pancreatic adenocarcinoma (liver, peritoneum), progressed after {{drug:FOLFIRINOX}} and
{{drug:gemcitabine}}/{{drug:nab-paclitaxel}}. Now day 4 in MICU with septic shock from cholangitis, on {{drug:norepinephrine}}
{{dose:0.18 mcg/kg/min}}, intubated. {{lab:Bili 11.2}}, {{lab:lactate 4.6}}, {{lab:Cr 2.9}}. {{score:SOFA 13}}.
Dr. [[NAME:Laine]] explained stent exchange was not possible.

What we heard: Family understands he is dying. [[NAME:Arjola]]: "He told me last month, when it is time, no machines."
[[NAME:Elira]] shared that he wanted to hear his brother's voice and to have the imam present.
Besa (a promise) matters to the family - they want to honor what he asked.

Decisions: DNR/DNI now. Continue current support until [[NAME:Besnik]]'s video call tonight and imam visit; then
compassionate extubation planned [[DATE:Friday 2/28]] morning. Comfort orders: {{drug:fentanyl}} infusion, {{drug:glycopyrrolate}}
for secretions. No labs/imaging. Open visiting.
Palliative will follow. [[NAME:S. Mitchell]], MD  pgr [[PHONE:7-3390]]
""", summary="""
At a family meeting on [[DATE:02/27/2025]], the family of [[NAME:Dritan Krasniqi]], {{age:66}}, dying of metastatic pancreatic
cancer with septic shock, chose DNR/DNI and compassionate extubation planned for [[DATE:Friday 2/28]].
"""),

    dict(style="pt_note", note="""
PHYSICAL THERAPY - INITIAL EVALUATION (Outpatient Orthopedics)
Name: [[NAME:Oyuunchimeg Batbayar]]     DOB: [[DATE:1963/02/25]]     Acct: [[MRN:510093377]]
Date of eval: [[DATE:2/26/2025]]     Referring: [[NAME:Frank DeLuca]], MD     Dx: s/p R TKA [[DATE:2/3/2025]]
Visit 1 of 16 authorized (auth # [[MRN:PA77120934]])

S: 62 y/o F, 3 wks post R TKA. Pain {{score:5/10}} at rest, {{score:8/10}} after stairs. Sleeping in recliner. Lives with
son [[NAME:Bat-Erdene]] in 2nd floor apt, 14 steps, rail R ascending. Goal: "walk to the market and back without cane,"
and to travel to [[ADDRESS:Ulaanbaatar]] in summer for her granddaughter's wedding (long flight).
O:
  AROM R knee  ext -8 deg, flex 92 deg   (L 0-128)
  MMT  R quad {{score:3+/5}}, hams {{score:4-/5}}, hip abd {{score:4/5}}
  Quad lag 10 deg with SLR
  {{score:TUG 18.4 s}}  ({{score:Berg 44/56}})
  Gait: SPC in L hand, antalgic, decreased R stance, stiff-knee
  Incision healed, no drainage; mild warmth, calf soft, nontender
A: Pt presents with ROM and strength deficits, impaired gait, below expected flexion at 3 wks; good rehab potential.
P: 2x/wk x 8 wks: ROM (stationary bike, heel slides), quad sets/NMES, gait training, stair training, HEP issued.
   Will message Dr. [[NAME:DeLuca]] re: flexion <95 deg at 6 wks -> consider MUA.
[[NAME:Chase Whitman]], PT, DPT
""", summary="""
[[NAME:Oyuunchimeg Batbayar]] began outpatient PT three weeks after a right TKA with flexion limited to 92 degrees, quad
weakness and {{score:TUG 18.4 s}}; she will be seen twice weekly for 8 weeks.
"""),

    dict(style="ot_note", note="""
OCCUPATIONAL THERAPY - Daily Treatment Note (Inpatient Rehabilitation)
Session: 60 min, individual, pt's room and ADL kitchen

Dx: L MCA ischemic stroke with R hemiparesis and mild expressive aphasia, rehab day 8.
Pain: denies. Precautions: fall risk, R shoulder subluxation (sling when upright, no overhead pulleys).

Self-care (Section GG):
  Upper body dressing - 04 supervision (was 02 at admission)
  Lower body dressing - 03 partial/moderate assist, needs help threading R leg, uses reacher
  Toileting hygiene - 03
  Shower/bathe self - not assessed today
Functional mobility: toilet transfer with grab bar, CGA; tub bench transfer deferred.

RUE: {{score:Brunnstrom stage 3}} arm, stage 2 hand. {{score:Modified Ashworth 1+}} elbow flexors. Grip not measurable.
Tx: NMES to wrist extensors 20 min; task-specific reaching with mobile arm support; Saebo Glide training; mirror therapy
10 min. Cognition: followed 2-step commands 80%, needed cues for sequencing coffee-making task. Left inattention mild.
Pt tearful when unable to button shirt; encouraged, validated, and used adaptive button hook with success.

Assessment: steady gains in UB dressing; LB dressing limited by balance and R LE weakness.
Plan: Continue 60 min OT daily; family training with spouse before weekend pass; order tub transfer bench and
long-handled sponge; recheck grip with dynamometer next week.
""", summary="""
An inpatient rehabilitation patient with right hemiparesis after a left MCA stroke made steady gains in upper-body dressing
({{score:Brunnstrom stage 3}} arm) and will get family training and adaptive equipment before a weekend pass.
"""),

    dict(style="slp_note", note="""
SPEECH-LANGUAGE PATHOLOGY - Clinical Swallow Evaluation
Pt: [[NAME:YUSUPOV, RUSTAM A]]     MRN [[MRN:29930144]]     Rm 5E-12     [[DATE:09 Jan 2025]]
Ordering: Dr. [[NAME:Kadri Kask]] (stroke team)     Language: Uzbek/Russian; Russian interpreter [[NAME:Olga]] (in person)
Daughter [[NAME:Dilnoza Yusupova]] present, asked that all instructions also go to her: [[EMAIL:dilnoza.yusupova@icloud.com]]

Hx: {{age:71}}M, R pontine infarct [[DATE:1/7]], mild dysarthria, failed RN dysphagia screen (coughed on water).
Oral mech: mild R facial weakness, reduced lingual strength and ROM; voice wet after trials; dentition upper partial.
Trials:
 - Thin (IDDSI 0) by cup: immediate cough x2/3 trials, wet vocal quality
 - Mildly thick (IDDSI 2) by cup: delayed throat clear 1/3
 - Puree (IDDSI 4): adequate, no s/s aspiration
 - Soft & bite-sized (IDDSI 6): prolonged mastication, oral residue R buccal
{{vital:SpO2 96%}} stable throughout. Temp {{vital:37.1}}.

Impression: moderate oropharyngeal dysphagia, suspect reduced airway protection with thin liquids.
Recs: Minced & moist (IDDSI 5) + mildly thick liquids (IDDSI 2); meds crushed in puree; upright 90 deg, small sips,
chin tuck; oral care TID. Not a candidate for {{eponym:Frazier}} Free Water Protocol until instrumental study.
MBSS requested for [[DATE:1/10]] AM. Family educated - no plov or nan from home until MBSS done (explained to daughter).
[[NAME:Kaitlyn Moore]], MS, CCC-SLP
""", summary="""
[[NAME:Rustam Yusupov]], {{age:71}}, after a pontine stroke, has moderate oropharyngeal dysphagia with coughing on thin
liquids; he is on a minced-and-moist diet with mildly thick liquids pending an MBSS on [[DATE:1/10]].
"""),

    dict(style="pharmacist_note", note="""
PHARMACY CONSULT - Vancomycin Dosing (AUC-guided)        [[DATE:6/3/2025]] 0815
Patient: [[NAME:Lakshmi Prasanna Kodali]]     {{age:57}} F     MRN [[MRN:77104421]]
Wt {{vital:92 kg}}, Ht 160 cm, BMI 35.9. Indication: L thigh cellulitis with abscess s/p I&D [[DATE:6/1]], MRSA on culture.
Consulted by: [[NAME:Venkata Ramana Reddy]], MD

Current regimen: {{drug:vancomycin}} {{dose:1250 mg}} IV q12h (loading {{dose:2000 mg}} given [[DATE:5/31]] 2200)
Levels ([[DATE:6/2]]): {{lab:vancomycin level 32.1}} at 1100 (1 h post end of infusion), {{lab:vancomycin level 11.4}} at 2230
Renal: {{lab:SCr 1.18}} (baseline 0.8 on [[DATE:5/30]]), UOP 0.6 mL/kg/h, CrCl ~62 mL/min (adj BW)
Interacting/nephrotoxic: {{drug:piperacillin-tazobactam}} was given [[DATE:5/31]]-[[DATE:6/1]], now stopped. {{drug:lisinopril}} held.

Calculated: ke 0.117 h-1, t1/2 5.9 h, {{lab:AUC24 612}} mg*h/L (goal 400-600) with rising SCr.
Plan: Decrease to {{drug:vancomycin}} {{dose:1000 mg}} IV q12h, next dose at 1000 today; predicted {{lab:AUC24 498}}.
 - Repeat single level with AM labs [[DATE:6/4]]; SCr daily
 - Consider PO {{drug:doxycycline}} {{dose:100 mg}} BID or {{drug:linezolid}} step-down once afebrile 48 h (discussed with Dr. [[NAME:Reddy]])
[[NAME:Anusha Pendyala]], PharmD, BCIDP   x[[PHONE:5520]]
""", summary="""
[[NAME:Lakshmi Prasanna Kodali]], {{age:57}}, on {{drug:vancomycin}} for MRSA cellulitis, had a supratherapeutic
{{lab:AUC24 612}} with rising creatinine, so the dose was cut to {{dose:1000 mg}} q12h with a repeat level on
[[DATE:6/4]].
"""),

    dict(style="med_rec", note="""
ADMISSION MEDICATION HISTORY / RECONCILIATION
Patient: [[NAME:Ahmad Zulkifli bin Hamzah]]     MRN [[MRN:2031-77846]]     Adm [[DATE:23 Oct 2024]]
Sources: pt, wife [[NAME:Nur Aisyah binti Kamarudin]], pill bottles brought in, Walgreens fill history
(store [[PHONE:(718) 555-0124]]), outside PCP list (Dr. [[NAME:Iskandar]], faxed [[DATE:10/22]]).

Medication                       Dose / Route / Freq          Last taken        Adherence     Action
{{drug:metformin}} XR                     {{dose:1000 mg}} PO daily w/ dinner     [[DATE:10/22]] pm      good          HOLD (IV contrast)
{{drug:empagliflozin}}                    {{dose:25 mg}} PO daily                [[DATE:10/22]] am      good          HOLD (NPO)
{{drug:insulin glargine}}                 {{dose:30 units}} SQ qHS               [[DATE:10/22]]         good          {{dose:24 units}} (80%)
{{drug:atorvastatin}}                     {{dose:80 mg}} PO qHS                  [[DATE:10/21]]         misses ~2/wk  continue
{{drug:clopidogrel}}                      {{dose:75 mg}} daily                   [[DATE:10/22]]         good          continue - cardiology aware
{{drug:amlodipine}}/{{drug:valsartan}}      {{dose:10/160 mg}} daily              [[DATE:10/20]]         ran out       hold, {{vital:BP 102/60}} on arrival
{{drug:Tongkat ali}} capsule (herbal)     1 cap daily                   [[DATE:10/22]]         -             hold; counseled
{{drug:Black seed oil}} (habbatus sauda)  1 tsp daily                   [[DATE:10/22]]         -             hold

Notes: Pt fasts Mondays and Thursdays (sunnah fasting) - on those days wife says he takes {{drug:glargine}} but skips breakfast
and has had lows to {{lab:3.4 mmol/L}} on home meter. Flagged to primary team and diabetes educator [[NAME:Hope Brannigan]], CDCES.
Pt unaware {{drug:clopidogrel}} was for stent placed in 2022 - education provided.
Collected by [[NAME:ksullivan]] (CPhT); verified [[NAME:Farah Idris]], PharmD   [[DATE:10/23/24]] 1530
""", summary="""
An admission medication history for [[NAME:Ahmad Zulkifli bin Hamzah]] held {{drug:metformin}}, {{drug:empagliflozin}} and
herbal products, reduced {{drug:insulin glargine}}, and flagged lows on his fasting days.
"""),

    dict(style="radiology_report", note="""
EXAM: CT HEAD WITHOUT CONTRAST
Accession: [[MRN:CT25-0448192]]     Patient: [[NAME:POPESCU, IONUȚ]]     MRN: [[MRN:10958823]]
DOB: [[DATE:1940-12-01]]     Exam date/time: [[DATE:2025-03-09]] 21:47
Ordering provider: [[NAME:Madison Frey]], PA-C (Emergency Dept)

CLINICAL HISTORY: {{age:84}} year old male on {{drug:warfarin}} ({{lab:INR 3.4}}), fall from standing at home, struck back of
head. {{score:GCS 15}} on arrival. Daughter reports new confusion this evening.

COMPARISON: CT head [[DATE:11/14/2023]].

TECHNIQUE: Axial noncontrast CT of the head with coronal and sagittal reformats. Dose: CTDIvol 52 mGy, DLP 980 mGy-cm.

FINDINGS:
Acute left frontoparietal subdural hematoma, maximal thickness 8 mm, with 3 mm rightward midline shift. No
intraventricular extension. Small right occipital scalp hematoma. No calvarial fracture. Moderate chronic small
vessel ischemic change, unchanged. Old left cerebellar lacunar infarct. Ventricles proportionate to sulci. Mastoids
and visualized paranasal sinuses clear.

IMPRESSION:
1. Acute left frontoparietal subdural hematoma, 8 mm, with 3 mm midline shift.
2. No fracture.

CRITICAL RESULT: discussed with [[NAME:Madison Frey]], PA-C, by telephone at 22:05 on [[DATE:3/9/25]], read back confirmed.
Dictated by: [[NAME:Ștefan Dumitrescu]], MD      Electronically signed [[DATE:03/09/2025]] 22:11
""", summary="""
Head CT on [[DATE:2025-03-09]] in [[NAME:Ionuț Popescu]], {{age:84}} and anticoagulated with {{drug:warfarin}} after a fall,
showed an acute 8 mm left subdural hematoma with 3 mm midline shift, called to the ED.
"""),

    dict(style="pathology_report", note="""
SURGICAL PATHOLOGY REPORT                                          Accession #: [[MRN:S25-10877]]
Patient: [[NAME:KAZLAUSKIENĖ, RŪTA]]     MRN: [[MRN:66120491]]     DOB: [[DATE:05/05/1972]]     Sex: F
Collected: [[DATE:06/17/2025]]     Received: [[DATE:06/17/2025]]     Reported: [[DATE:06/20/2025]]
Submitting physician: [[NAME:Heather O'Brien]], MD (Breast Surgery)     Copy to: [[NAME:Marius Vaitkus]], MD

CLINICAL HISTORY: {{age:53}} F with 1.4 cm irregular mass, left breast 2:00, 6 cm from nipple, {{score:BI-RADS 5}}.
Mother with breast cancer at {{age:48}}.

SPECIMEN: A. Left breast, 2:00, ultrasound-guided core biopsy (4 cores)

GROSS: Received in formalin labeled with the patient's name and "L breast 2:00" are four tan-white cores, 1.2-1.6 cm,
entirely submitted in cassette A1. Cold ischemia time <1 h; formalin time 26 h.

FINAL DIAGNOSIS:
A. Breast, left, 2:00, core biopsy:
   - INVASIVE DUCTAL CARCINOMA (no special type), {{score:Nottingham grade 2}} (tubules 3, nuclei 2, mitoses 1; {{score:score 6/9}})
   - Ductal carcinoma in situ, intermediate nuclear grade, solid and cribriform, without necrosis
   - Lymphovascular invasion: not identified
   - Largest invasive focus in a single core: 9 mm

BIOMARKERS (block A1): {{lab:ER positive (95%, strong)}}; {{lab:PR positive (40%, moderate)}}; {{lab:HER2 IHC 2+}} (equivocal),
reflex FISH pending - addendum to follow; {{lab:Ki-67 18%}}.

Pathologist: [[NAME:Vytautas Jankauskas]], MD     Resident: [[NAME:L.M.]]
I have personally reviewed the slides and agree with the above diagnosis.
""", summary="""
Core biopsy of [[NAME:Rūta Kazlauskienė]]'s left breast mass showed grade 2 invasive ductal carcinoma with DCIS, ER and PR
positive, with HER2 2+ awaiting FISH.
"""),

    dict(style="urgent_care", note="""
Urgent Care - Provider Note          [[DATE:Saturday 11/2/2024]] 13:20
Pt: [[NAME:Akosua Owusu-Ansah]]   {{age:31}} F   DOB [[DATE:2/9/1993]]   Member ID [[MRN:W228190437]]
CC: R ankle injury

HPI: Inverted R ankle ~1100 today playing in a women's soccer league game at a park in [[ADDRESS:Wheaton]]. Heard no pop.
Able to walk off field with limp. Pain {{score:6/10}} lateral ankle. No prior injury. Husband [[NAME:Kwabena]] drove her.
PMH: sickle trait. Meds: OCP. NKDA.
Exam: {{vital:BP 124/78}} {{vital:HR 84}} {{vital:T 98.4}}. R lateral ankle swelling and ecchymosis, TTP over ATFL.
No tenderness at posterior edge/tip of lateral or medial malleolus, base of 5th MT or navicular. Bore weight 4 steps
in clinic. {{eponym:Ottawa}} ankle rules negative - imaging not indicated. Anterior drawer mildly lax vs L. Squeeze test
negative. {{eponym:Thompson}} test negative. Distal pulses 2+, sensation intact.
Dx: Grade II lateral ankle sprain, R.
Plan: RICE, lace-up ASO brace, crutches as needed (WBAT), {{drug:ibuprofen}} {{dose:600 mg}} TID with food x5-7 days,
home exercise sheet (alphabet, band eversion). Work note - she is a charge nurse at a hospital and works 12-h shifts;
excused through [[DATE:11/5]], then modified duty. Return or see ortho/sports med if not bearing weight in 1 week.
[[NAME:Tessa Blackwood]], PA-C
""", summary="""
[[NAME:Akosua Owusu-Ansah]], {{age:31}}, was diagnosed with a grade II right lateral ankle sprain with negative
{{eponym:Ottawa}} ankle rules and treated with a brace, crutches and {{drug:ibuprofen}}, off work through [[DATE:11/5]].
"""),

    dict(style="ems_run", note="""
EMS PATIENT CARE REPORT          Unit: Medic 14          Incident #: [[MRN:2025-0318-0447]]
Date: [[DATE:03/18/25]]   Dispatched 06:41   On scene 06:49   Depart 07:08   At dest 07:22
Location: [[ADDRESS:455 W 141st St, Apt 5F]]     Dispatch complaint: chest pain
Pt: [[NAME:FALL, CHEIKH]]     DOB: [[DATE:10/30/1958]]     {{age:66}} M     Wt est 80 kg

NARRATIVE: Called by son [[NAME:Mamadou]] for father with chest pressure since approx 0530, radiating to L jaw, with
nausea and diaphoresis. Pt speaks Wolof and French; son translating. Pt denies syncope or fall. Hx HTN, "sugar."
Found sitting on edge of bed, pale, diaphoretic. Pain {{score:8/10}} pressure.
12-lead 06:53: STE II, III, aVF with reciprocal depression I, aVL; STE V4R. STEMI alert transmitted 06:55 to receiving
cath lab.

VITALS  06:50  {{vital:BP 104/68}}  {{vital:HR 56}}  {{vital:RR 20}}  {{vital:SpO2 95%}} RA   {{score:GCS 15}}   {{lab:BGL 188}}
        07:02  {{vital:BP 96/60}}   {{vital:HR 52}}  {{vital:RR 18}}  {{vital:SpO2 97%}} 2L   {{score:GCS 15}}
        07:15  {{vital:BP 110/70}}  {{vital:HR 60}}  {{vital:RR 18}}  {{vital:SpO2 98%}} 2L

TX: {{drug:ASA}} {{dose:324 mg}} PO chewed 06:52. {{drug:NTG}} withheld - inferior STEMI w/ RV involvement and soft BP. 18g L AC,
NS {{dose:250 mL}} bolus. {{drug:fentanyl}} {{dose:50 mcg}} IV 07:04, pain to {{score:5/10}}. Pads placed prophylactically.
Transported to cath lab direct, care to cath team RN [[NAME:Sigríður Jónsdóttir]] with verbal report.
Crew: [[NAME:J. Alvarez]], Paramedic (#[[MRN:P-44871]]) / [[NAME:T. Greer]], EMT-B
""", summary="""
EMS found [[NAME:Cheikh Fall]], {{age:66}}, with an inferior STEMI with right ventricular involvement on [[DATE:03/18/25]],
gave {{drug:ASA}}, fluids and {{drug:fentanyl}} while withholding {{drug:nitroglycerin}}, and took him straight to the cath lab.
"""),

    dict(style="home_health", note="""
HH SN visit - wound care       [[DATE:10-02-2024]]       [[NAME:ALEMU, MESERET]]
Pt {{age:62}}F, DM2 w/ neuropathy, L plantar 1st MTH ulcer, {{score:Wagner grade 2}}. NPWT (wound VAC) 125 mmHg continuous,
change M/W/F. Husband [[NAME:Abebe]] assists; daughter [[NAME:Tigist]] works days, calls after visits - ok'd by pt to
share info with her ([[PHONE:(202) 555-0183]]).

VS: {{vital:T 98.6}} {{vital:P 88}} {{vital:BP 138/82}} {{vital:R 18}}   FSBS {{lab:BG 212}} (fasting, per pt)
Wound after dressing removal: 2.1 x 1.6 x 0.4 cm (prev 2.6 x 1.9 x 0.6 on [[DATE:9/23]]). Base 80% beefy red granulation,
20% yellow slough at distal edge. No tunneling. Scant serosanguinous drainage, no frank pus, no odor. Periwound
macerated 0.3 cm -> skin prep applied. Pedal pulses palpable. No streaking.
Canister 30 mL. Black foam x1 piece, drape, track pad placed, seal good, no alarms.
Offloading: wearing post-op shoe most of day but walking barefoot in home for coffee ceremony prep - reinforced.
{{lab:A1c 9.1%}} last month per clinic; taking {{drug:metformin}} {{dose:1000 mg}} BID, {{drug:Januvia}} {{dose:100 mg}}; declines insulin
at this time, wants to discuss w/ Dr. [[NAME:Haile]] [[DATE:10/9]].
Plan: cont NPWT; next visit [[DATE:Fri 10/4]]. Notified wound clinic RN [[NAME:Sunny Park]] of improvement.
[[NAME:Grace Adjei]], RN
""", summary="""
[[NAME:Meseret Alemu]], {{age:62}}, has a diabetic plantar ulcer that is shrinking (2.1 x 1.6 x 0.4 cm) with negative
pressure therapy; offloading was reinforced and her next home visit is [[DATE:Fri 10/4]].
"""),

    dict(style="hospice_visit", note="""
HOSPICE RN - DEATH VISIT / PRONOUNCEMENT
Patient: [[NAME:Apisalome Qalo]]     Age: [[AGE:96]]     Hospice ID [[MRN:HSP-30418]]     Date: [[DATE:July 22, 2025]]
Location: [[ADDRESS:3318 Brookfield Way, Sacramento, CA 95823]] (home of daughter)

0212 Call from daughter [[NAME:Mereani Tuilagi]]: father "stopped breathing." On-call RN to visit; did not need to page MD.
0305 Arrived. Pt in hospital bed in living room, family of ~14 present, singing hymns in Fijian. Methodist minister
Rev. [[NAME:Josefa Vunibaka]] present and prayed with family.
Assessment: no respirations, no apical pulse x 60 sec, no response to verbal/tactile stimuli, pupils fixed and dilated.
Time of death 0312 (per family, last breath ~0200). Death expected; pronounced by RN per agency policy.
0320 Hospice MD Dr. [[NAME:Hannah Prescott]] notified, will sign certificate.
Post-mortem care done with daughters per family wishes; family requested to dress him in his sulu and lay a tapa cloth.
Controlled substances destroyed with witness ([[NAME:Mereani Tuilagi]]): {{drug:morphine}} {{dose:20 mg/mL}} oral solution
12 mL, {{drug:lorazepam}} {{dose:0.5 mg}} tabs x9, per policy (mixed with coffee grounds in sealed bag).
0345 Funeral home called by son [[NAME:Joeli Qalo]]; pickup after 0800 so grandchildren from [[ADDRESS:Stockton]] can arrive.
Bereavement referral to [[NAME:Miriam Holt]], bereavement coordinator. Emotional support given; family grieving appropriately.
Note: Mr. [[NAME:Qalo]] was [[AGE:ninety-six]], the oldest of the village elders in the family's church community.
[[NAME:Paige Holloway]], RN
""", summary="""
[[NAME:Apisalome Qalo]], [[AGE:96]], died at home on hospice on [[DATE:July 22, 2025]] and was pronounced at 0312 by the
RN, with controlled substances destroyed and a bereavement referral made.
"""),

    dict(style="pt_note", note="""
Neuro Outpatient PT - Daily Note (visit 6 of 12)
[[NAME:Miriam Katz]], {{age:69}}F, {{eponym:Parkinson disease}}, {{score:Hoehn and Yahr 2.5}}, dx 2019. LSVT BIG wk 2.
Referral: Dr. [[NAME:Yosef Ben-David]], movement disorders.

S: Freezing at doorways and turning in kitchen, 2 near-falls this week, none to floor. Took {{drug:Sinemet}} {{dose:25/100}}
x2 tabs at 1300, session 1400 ("on" state). Husband [[NAME:Shmuel]] in waiting room, asks about home safety.
O: {{vital:BP 128/76}} sit -> {{vital:BP 114/70}} stand (asymptomatic). 5xSTS 16.2 s. 10MWT 0.86 m/s self-selected,
   1.12 m/s fast. Mini-BESTest {{score:19/28}}. TUG with cognitive task 16 s vs 12 s single task.
   Tx: LSVT BIG max daily exercises x1 set of 16, functional component tasks (sit-stand, stepping over, turning
   180 deg with counting), big-step gait with visual cues (tape lines) through doorways 3 x 10 min.
A: Cueing with floor lines reduced freezing episodes from 4 to 1 per trial. Orthostatic drop without symptoms - will
   let neurology know.
P: continue 4x/wk x 4 wks; laser-line cane trial next session; home visit recommendation for grab bars.
[[NAME:Noa Levi-Adler]], PT, DPT     co-treat: [[NAME:Will Ortega]], SPT
""", summary="""
[[NAME:Miriam Katz]], {{age:69}}, with {{eponym:Parkinson disease}}, is in week 2 of LSVT BIG with freezing at doorways that
improved with visual floor cues; a laser cane trial is next.
"""),

    dict(style="pharmacist_note", note="""
Anticoagulation Clinic - Telephone Encounter       [[DATE:2024-12-04]]
Spoke with [[NAME:Nadeesha Wickramasinghe]] (identity verified by name and DOB [[DATE:7 Aug 1966]]) at [[PHONE:+1 (917) 555-0116]].
Indication: mechanical mitral valve (bileaflet, 2017) + AF. INR goal 2.5-3.5.
Today: {{lab:INR 1.9}} (home meter, result called in by pt). Prior {{lab:INR 2.8}} on [[DATE:11/20]].
Current dose: {{drug:warfarin}} {{dose:5 mg}} daily except {{dose:7.5 mg}} Mon/Fri = {{dose:40 mg}}/week.
Reasons: missed dose Sunday (traveling to a wedding in [[ADDRESS:Queens]]); also eating gotu kola mallung most days this
past week (leafy green, high vitamin K). No bleeding, no neuro sx, no chest pain.

Plan:
 - Take {{dose:10 mg}} tonight, then resume with new weekly dose {{dose:42.5 mg}} ({{dose:7.5 mg}} Mon/Wed/Fri, {{dose:5 mg}} other days)
 - Mechanical mitral with subtherapeutic INR: {{drug:enoxaparin}} {{dose:80 mg}} SQ q12h until INR at least 2.5 (has supply
   from last bridge; teaching confirmed, she self-injects)
 - Consistent vitamin K intake rather than avoiding greens - reviewed list
 - Recheck INR [[DATE:Mon 12/9]]
Sent summary to cardiologist Dr. [[NAME:Dilrukshi Perera]] via in-basket.
[[NAME:Chaminda Jayasuriya]], PharmD, CACP
""", summary="""
[[NAME:Nadeesha Wickramasinghe]], with a mechanical mitral valve, had a subtherapeutic {{lab:INR 1.9}}; her
{{drug:warfarin}} was boosted, {{drug:enoxaparin}} bridging started and INR recheck set for [[DATE:Mon 12/9]].
"""),

    dict(style="radiology_report", note="""
CT ANGIOGRAPHY CHEST - PE PROTOCOL
[[NAME:Rekani, Hêvî]]   {{age:29}} F   MRN [[MRN:31177502]]   Acc [[MRN:RAD8812094]]   [[DATE:Fri, 01/31/2025]] 03:12

HISTORY: 3 weeks postpartum (C-section), pleuritic R chest pain and dyspnea, {{vital:HR 118}}, {{vital:SpO2 93%}}.
{{score:Wells score 7.5}}. {{lab:D-dimer 2,410}}.
COMPARISON: None.
TECHNIQUE: CTA chest with 80 mL {{drug:iohexol}} 350 IV, bolus tracking. Good opacification of pulmonary arteries.

FINDINGS:
Pulmonary arteries: Occlusive filling defect in R lower lobe segmental arteries (posterior and lateral basal), and
nonocclusive defects in L lower lobe subsegmental branches. No saddle or main PA clot.
Heart: {{lab:RV/LV ratio 1.1}}. Interventricular septum not bowed. No pericardial effusion.
Lungs: Wedge-shaped peripheral opacity R lower lobe c/w early infarct. Small R pleural effusion.
Other: Postpartum uterus partially seen. No adenopathy.

IMPRESSION:
1. Acute bilateral pulmonary emboli, R > L, with R lower lobe infarct.
2. {{lab:RV/LV ratio 1.1}}, borderline right heart strain; correlate with troponin/BNP and echo.

Findings discussed with Dr. [[NAME:Azad Barzinji]] (ED) at 03:40 by [[NAME:Olivia Shaw]], MD (radiology resident).
Attending: [[NAME:Ranj Kareem]], MD
""", summary="""
CT angiography on [[DATE:Fri, 01/31/2025]] in [[NAME:Hêvî Rekani]], {{age:29}} and three weeks postpartum, showed acute
bilateral pulmonary emboli with a right lower lobe infarct and borderline right heart strain ({{lab:RV/LV ratio 1.1}}).
"""),

    dict(style="pharmacist_note", note="""
Pharmacy Renal Dose Adjustment Note

Reason: Automatic renal dosing review per P&T protocol. SCr increased from 1.1 to 2.3 over 48 h.
Estimated CrCl ({{eponym:Cockcroft-Gault}}, actual body weight 64 kg, age {{age:81}}): 22 mL/min.

Medications reviewed and adjusted:
- {{drug:Keppra}} ({{drug:levetiracetam}}) {{dose:1000 mg}} IV q12h -> {{dose:500 mg}} IV q12h (CrCl 15-30)
- {{drug:gabapentin}} {{dose:300 mg}} TID -> {{dose:200 mg}} BID
- {{drug:enoxaparin}} {{dose:40 mg}} SQ daily -> {{dose:30 mg}} SQ daily (VTE prophylaxis)
- {{drug:famotidine}} {{dose:20 mg}} BID -> {{dose:20 mg}} daily
- {{drug:cefepime}} {{dose:2 g}} IV q8h -> {{dose:2 g}} IV q24h; counseling re: neurotoxicity risk with renal impairment
- {{drug:Bactrim}} DS - team to reassess indication; if continued, reduce to 50% dose
No change: {{drug:acetaminophen}}, {{drug:Eliquis}} {{dose:2.5 mg}} BID already dose-reduced (age over 80, SCr over 1.5).

Also noted: {{lab:K 5.6}} - recommend stopping {{drug:spironolactone}} and {{drug:Bactrim}}; team notified via secure chat.
Will follow renal function daily and readjust as AKI resolves.
""", summary="""
An automatic pharmacy renal review for an {{age:81}}-year-old with AKI (CrCl 22 mL/min by {{eponym:Cockcroft-Gault}})
reduced {{drug:Keppra}}, {{drug:gabapentin}}, {{drug:enoxaparin}}, {{drug:famotidine}} and {{drug:cefepime}} and flagged
{{lab:K 5.6}}.
"""),

    dict(style="urgent_care", note="""
UC note  [[DATE:4-22-25]]  1610
[[NAME:Tenzin Dolma]] {{age:24}}F, w/ roommate [[NAME:Pema Lhamo]] who translates (Tibetan). Pt declined phone interpreter.
CC cough x3 wks
HPI: productive cough x3 wks, night sweats, lost ~3 kg, subjective fevers. Arrived from [[ADDRESS:Dharamsala]] 8 mo ago;
works in a restaurant kitchen. Roommate's cousin was treated for TB in India last year. No hemoptysis. PMH: kidney stone 2023. No prior TB test
that she knows of.
VS {{vital:T 38.1}} {{vital:HR 104}} {{vital:RR 20}} {{vital:SpO2 96%}} {{vital:BP 110/68}}. Thin, cervical LAD small L.
Lungs: crackles R upper posterior.
CXR (in clinic, prelim read): R upper lobe cavitary lesion with surrounding consolidation.
A: suspected active pulmonary TB.
P: Masked pt and roommate, moved to isolation room. Called Harborview ED, charge RN [[NAME:Rachel Stone]],
for airborne isolation on arrival - accepted. Pt to go by private car with roommate, both masked, no public transit.
County TB control notified (fax referral [[PHONE:206-555-0117]]). Roommate advised to get tested.
Pt's number [[PHONE:206-555-0152]] for follow-up. Dr. [[NAME:Lobsang Tsering]] aware.
-[[NAME:MH]] NP
""", summary="""
[[NAME:Tenzin Dolma]], {{age:24}}, had three weeks of cough, fevers and weight loss with a right upper lobe cavity on CXR;
she was isolated and sent to the ED for suspected active TB, and county TB control was notified.
"""),

    dict(style="ems_run", note="""
PCR   Rescue 7 / Medic 3     Run # [[MRN:25-118304]]     [[DATE:Jun 14 2025]]
Call: MVC, 2 veh, T-bone at [[ADDRESS:S Redwood Rd and W 3500 S]], [[ADDRESS:West Valley City]]
PT 1 of 2: [[NAME:'Ofa Lolohea]], {{age:52}} F, restrained driver, driver-side impact, airbag deployed, self-extricated,
found standing by vehicle. (PT 2, [[NAME:Farai Chikore]], other driver, refused - see separate refusal form [[MRN:25-118305]].)
CC: L chest wall and L hip pain {{score:7/10}}. +LOC? per bystander "seemed dazed"; pt denies LOC.
Hx: DM2, HTN. Meds: {{drug:metformin}}, {{drug:lisinopril}}. NKDA.
Assess: A&Ox4 then repetitive questioning en route ({{score:GCS 14}}, V4). Seatbelt sign L chest/shoulder. L lateral
chest wall tenderness, breath sounds = bilat. Abd soft, mild LUQ tenderness. Pelvis stable. L hip pain with
log-roll, moves all ext.
VS 1405 {{vital:BP 148/92}} {{vital:P 102}} {{vital:R 22}} {{vital:SpO2 96%}}   1418 {{vital:BP 132/84}} {{vital:P 108}} {{vital:R 20}} {{vital:SpO2 97%}}
{{lab:BGL 164}}
Tx: SMR (c-collar, scoop to stretcher), 18g R AC, NS TKO. {{drug:fentanyl}} {{dose:50 mcg}} IVP 1412 -> pain {{score:4/10}}.
Trauma alert called (mechanism + GCS + LUQ). Transport to Level 1 trauma center.
Husband [[NAME:Viliami]] notified by pt's phone, will meet at hospital.
Crew: [[NAME:Austin Crowe]] EMT-P / [[NAME:K. Pulu]] AEMT
""", summary="""
[[NAME:'Ofa Lolohea]], {{age:52}}, a restrained driver in a T-bone crash on [[DATE:Jun 14 2025]], had chest, LUQ and hip
pain with {{score:GCS 14}} and was brought in as a trauma alert after {{drug:fentanyl}} and spinal motion restriction.
"""),

    dict(style="palliative_consult", note="""
Palliative Medicine Consultation
Patient: [[NAME:Thomas Kuruvilla]]     [[AGE:94]] yo M     MRN [[MRN:88203312]]     [[DATE:03-12-2025]]
Requesting: Dr. [[NAME:Aswathy Menon]], hospital medicine - "goals of care, ?PEG"

Pt is a [[AGE:94]]-year-old retired schoolteacher from Kerala, in US since 1998, with advanced dementia
({{score:FAST 7a}}), admitted with his 3rd aspiration pneumonia this year. Bed-bound, few words, in Malayalam only.
Eating 25% of meals, pockets food. SLP: severe oropharyngeal dysphagia; no safe consistency.
Family: daughter [[NAME:Elizabeth Mathew]] ("[[NAME:Lizy]]", HCP, RN at another hospital), son [[NAME:George Kuruvilla]] in
[[ADDRESS:Dallas]] by phone. Pt's wife died 2021.
Values: [[NAME:Lizy]] recalls he said, when his own brother was on a feeding tube, "do not keep me like that." Deeply Catholic
(Syro-Malabar); family asked for anointing - Fr. [[NAME:Joseph Chittilappilly]] visiting this evening.
Discussion: Explained that PEG does not prevent aspiration or prolong life in advanced dementia. Family in agreement:
no PEG, comfort-focused careful hand feeding, DNR/DNI, no ICU, treat pneumonia with oral antibiotics only if comfortable.
Symptoms: mild dyspnea - {{drug:morphine}} {{dose:2 mg}} PO/SL q4h PRN; secretions - {{drug:glycopyrrolate}} {{dose:0.2 mg}} IV q6h PRN.
{{score:PPS 20%}}. Prognosis likely weeks. Hospice referral (home with [[NAME:Lizy]], who has arranged FMLA).
Thank you for this consult. [[NAME:Olafur Gunnarsson]], MD, Palliative Medicine
""", summary="""
[[NAME:Thomas Kuruvilla]], [[AGE:94]], with advanced dementia ({{score:FAST 7a}}) and recurrent aspiration, will have no
feeding tube; his family chose comfort-focused hand feeding, DNR/DNI and home hospice with his daughter [[NAME:Lizy]].
"""),

    dict(style="radiology_report", note="""
MRI LUMBAR SPINE WITHOUT AND WITH CONTRAST

CLINICAL INFORMATION: Low back pain radiating to left leg for 6 weeks, left foot drop for 1 week; history of prostate
cancer treated with radiation. Evaluate for metastatic disease or cord/cauda equina compression.

TECHNIQUE: Sagittal T1, T2, STIR; axial T1 and T2. Post-contrast sagittal and axial T1 fat-saturated images after 15 mL
{{drug:gadoterate}} IV.

COMPARISON: Bone scan from outside institution, report only, described as negative.

FINDINGS:
Alignment: Mild grade 1 anterolisthesis L4 on L5, degenerative.
Marrow: No focal marrow replacing lesion. Type 1 {{eponym:Modic}} endplate changes at L4-L5 with mild enhancement. Small
{{eponym:Schmorl}} node superior endplate L2. No compression fracture.
Conus terminates at L1, normal signal. Cauda equina nerve roots without abnormal enhancement.
L4-L5: Large left paracentral/subarticular disc extrusion, migrating 8 mm inferiorly, severely compressing the
traversing left L5 nerve root in the lateral recess. Moderate central canal stenosis.
L5-S1: Mild disc bulge without stenosis. Incidental 12 mm {{eponym:Tarlov}} cyst at S2.
Paraspinal soft tissues unremarkable.

IMPRESSION:
1. Large left L4-L5 disc extrusion with inferior migration compressing the left L5 nerve root, concordant with
   foot drop. Moderate central stenosis L4-L5.
2. No evidence of osseous metastatic disease.
3. Reactive {{eponym:Modic}} type 1 changes L4-L5.
""", summary="""
Lumbar MRI for back pain with left foot drop showed a large left L4-L5 disc extrusion compressing the L5 root and no
metastatic disease, with an incidental {{eponym:Tarlov}} cyst.
"""),

    dict(style="slp_note", note="""
SLP Outpatient - Cognitive-Communication Evaluation         DOS [[DATE:Mon 5/19/25]]
Name: [[NAME:Bounmy Vongsa]]     DOB [[DATE:09/09/1986]]     MRN [[MRN:73380021]]
Referred by: [[NAME:Patrick Kowalczyk]], MD (PM&R) - TBI, fall from ladder at work [[DATE:3/28/25]], L temporal contusion.
Interpreter: Lao, in person, [[NAME:Khamla Sayavong]]. Wife [[NAME:Daovone]] present and provided history.

Subjective: Pt reports "forgetting everything," losing track of conversations, getting lost driving to the Asian
grocery (wife now drives). Was a roofer/crew lead; off work. Wife reports irritability, repeats questions.
Testing (administered through interpreter - norms interpreted with caution):
  {{score:MoCA 19/30}} (education 9 yrs in Laos; -visuospatial 1, -attention 2, -delayed recall 5, -orientation 1)
  CLQT: moderate deficits in memory and executive function; language and visuospatial WFL
  Naming: 13/15 pictures in Lao
Impression: moderate cognitive-communication deficits s/p TBI affecting memory, attention and executive function.
Plan: 2x/wk x 10 wks - external memory aids (phone calendar alarms in Lao), attention process training, compensatory
strategies for work tasks; education for wife. Coordinate with neuropsych testing (Dr. [[NAME:Kristjan Saar]]).
Workers' comp claim # [[MRN:WC-2025-6610437]] - notes to adjuster [[NAME:Bill Harmon]] by fax [[PHONE:916-555-0128]].
[[NAME:Megan O'Neill]], MS, CCC-SLP
""", summary="""
[[NAME:Bounmy Vongsa]], evaluated through a Lao interpreter after a work-related TBI on [[DATE:3/28/25]], has moderate memory,
attention and executive deficits ({{score:MoCA 19/30}}) and starts speech therapy twice weekly.
"""),

    dict(style="home_health", note="""
home health RN visit  [[DATE:02/11/2025]]  - [[NAME:arrizabalaga, xabier]]  {{age:88}}M
[[ADDRESS:1906 N 9th St, Boise]]  (wife [[NAME:Maite]] answers phone [[PHONE:208-555-0144]])
reason: monthly chronic {{eponym:Foley}} change + UTI f/u + med teaching. BPH w/ urinary retention, failed voiding trials x2.
VS {{vital:T 97.6}} {{vital:HR 72}} {{vital:BP 124/70}} {{vital:RR 16}} {{vital:SpO2 97%}}
finished {{drug:cephalexin}} yesterday. no fever, urine clear yellow, no sediment, no suprapubic pain.
16 Fr {{eponym:Foley}} removed, 16 Fr coude placed sterile technique, 10 mL balloon, immediate return 300 mL clear urine.
leg bag day / night bag teaching reviewed with [[NAME:Maite]], who empties it; she mixes up which connector - labeled with tape.
meds: {{drug:tamsulosin}} {{dose:0.4 mg}} qHS, {{drug:finasteride}} {{dose:5 mg}}, {{drug:Eliquis}} {{dose:2.5 mg}} BID, {{drug:donepezil}} {{dose:10 mg}}
pt sings Basque songs w/ wife during catheter change - helps w/ anxiety. mild memory deficits, {{score:SLUMS 21/30}} in chart.
next cath change [[DATE:3/11]]. urology (Dr. [[NAME:Etxeberria]]) appt [[DATE:3/4]] re: TURP candidacy vs SPC.
[[NAME:dporter]] RN
""", summary="""
[[NAME:Xabier Arrizabalaga]], {{age:88}}, had his monthly chronic {{eponym:Foley}} catheter changed at home after finishing
{{drug:cephalexin}} for a UTI, with catheter-care teaching for his wife and urology follow-up on [[DATE:3/4]].
"""),

    dict(style="med_rec", note="""
Transitions of Care - Pharmacist Follow-up Call (post-discharge day 2)     [[DATE:Wednesday, September 10, 2025]]
Pt: [[NAME:Ogunleye, Adebayo]]   DOB [[DATE:Jan 30 1955]]   MRN [[MRN:50017763]]   Discharged [[DATE:Mon 9/8]] (new AF, CHF)
Reached at home [[PHONE:(470) 555-0161]]; spoke with pt and wife [[NAME:Funmilayo]] (on speaker).

Issues found:
1. {{drug:apixaban}} {{dose:5 mg}} BID NOT started - copay $142, pt waiting for "next check." -> Enrolled in {{drug:Eliquis}}
   free 30-day offer; pharmacy (Kroger on [[ADDRESS:Memorial Dr]]) confirmed fill today, wife to pick up at 5 pm.
2. Taking both old {{drug:HCTZ}} {{dose:25 mg}} and new {{drug:furosemide}} {{dose:20 mg}} - {{drug:HCTZ}} was stopped at discharge. Wife
   removed the bottle while on the phone.
3. {{drug:metoprolol succinate}} {{dose:50 mg}} daily - taking correctly. Home {{vital:HR 78}}, {{vital:BP 118/72}} this AM.
4. Daily weights: {{vital:wt 96.2 kg}} today (discharge {{vital:96.6 kg}}). Knows to call for gain over 1 kg/day.
5. Aware of bleeding precautions; uses {{drug:Tylenol}} not {{drug:Advil}} for knees now.
{{score:CHA2DS2-VASc 4}}, {{score:HAS-BLED 1}} per discharge note.
Follow-up: PCP Dr. [[NAME:Obiageli Eze]] [[DATE:9/15]]; cardiology Dr. [[NAME:Tom Hughes]] [[DATE:10/2]]. Note faxed to PCP
[[PHONE:470-555-0199]]. Pt's son [[NAME:Tunde]] (e-mail [[EMAIL:tunde.ogunleye@yahoo.com]]) asked for a med list - sent
via portal proxy instead after pt consent.
[[NAME:Kelsey Fairbanks]], PharmD
""", summary="""
On a post-discharge call, [[NAME:Adebayo Ogunleye]] had not started {{drug:apixaban}} because of cost and was still taking
discontinued {{drug:HCTZ}}; both were fixed, and PCP follow-up is [[DATE:9/15]].
"""),

    dict(style="ems_run", note="""
EMS RUN SHEET - Medic 22     Incident [[MRN:E25-07731]]     [[DATE:12/26/2024]]
Disp 1942 lift assist / fall, upgraded to ALS on arrival. Address: [[ADDRESS:88 Aldrich Rd, Apt 2, Bemidji]]
Pt [[NAME:Dorothy Whitebird]], [[AGE:91]] y/o F, found on bathroom floor by neighbor [[NAME:Harold Pohl]] who has key.
Down approx 3-4 h (last seen by neighbor at 1600). Pt A&Ox2 (person, place), baseline per neighbor is "sharp as a tack."
c/o R hip pain {{score:8/10}}. R leg shortened and externally rotated. Skin cool, dry. Bruise R forehead, no LOC known.
On {{drug:Coumadin}} per med list on fridge (Vial of Life), also {{drug:digoxin}}, {{drug:Lasix}}.
VS 1956 {{vital:BP 98/56}} {{vital:P 118}} irreg {{vital:R 22}} {{vital:SpO2 93%}} RA {{vital:T 35.4}} tymp  {{lab:BGL 102}}  {{score:GCS 14}}
     2010 {{vital:BP 104/60}} {{vital:P 110}}  {{vital:SpO2 97%}} 2L NC
Tx: pelvic binder not indicated, hip immobilized with pillows/blanket roll; warm blankets, heat on in rig. 20g L AC,
NS {{dose:250 mL}}. {{drug:fentanyl}} {{dose:25 mcg}} IV x2 (age). 12-lead: AF 110s, no STE.
Dx impression: R hip fx, head strike on anticoagulant, mild hypothermia, possible rhabdo.
Daughter [[NAME:Joanne Whitebird-Kuisma]] notified by neighbor, en route from [[ADDRESS:Duluth]], cell [[PHONE:218-555-0170]].
Crew: [[NAME:Ryan Larkin]], Paramedic; [[NAME:E. Aho]], EMT
""", summary="""
[[NAME:Dorothy Whitebird]], [[AGE:91]] and on {{drug:Coumadin}}, was found after a 3-4 hour long lie on [[DATE:12/26/2024]]
with a likely right hip fracture, head strike and mild hypothermia, and was transported after {{drug:fentanyl}} and fluids.
"""),
]
