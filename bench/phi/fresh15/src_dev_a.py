NOTES = [
    dict(style="ed_triage", note="""
TRIAGE  02:14   ESI 3
Pt: [[NAME:HOPE, DESTINY L]]   DOB [[DATE:07/22/1988]]   MRN [[MRN:40918273]]
CC: "my chest feels tight since last night"
{{vital:BP 162/94}}  {{vital:HR 108}}  {{vital:RR 22}}  {{vital:SpO2 95% RA}}  {{vital:T 37.1}}  {{score:Pain 6/10}}
Hx HTN, asthma. Ran out of {{drug:amlodipine}} ~1 wk ago. Uses {{drug:albuterol}} PRN, used x3 today w/o relief.
Speaking full sentences, mild exp wheeze.
Arrived by private car, boyfriend [[NAME:Marcus Wells]] at bedside, contact [[PHONE:(718) 555-0142]].
EKG obtained 02:19, shown to Dr. [[NAME:Abernathy]] - no STE per MD.
Allergies: PCN (hives).  LMP 2 wks ago.
Triage RN: [[NAME:ktruong2]]
""", summary="""
[[NAME:Destiny Hope]] was triaged ESI 3 for chest tightness with {{vital:BP 162/94}} after running out of {{drug:amlodipine}}; her first EKG was reviewed by Dr. [[NAME:Abernathy]] and showed no ST elevation.
"""),

    dict(style="ed_physician_note", note="""
EMERGENCY DEPARTMENT PHYSICIAN NOTE
Patient: [[NAME:Tomasz Wiśniewski]]     Age: {{age:58}}     Sex: M
Encounter: [[MRN:ENC-7730214]]     Arrival: [[DATE:11/3/2024]] 21:47

HPI: {{age:58}} yo M with hx of alcohol use disorder and AF brought in by EMS after a fall down 4 stairs at his home on [[ADDRESS:Kedzie Ave]]. Wife [[NAME:Halina]] reports he "was fine at dinner." + head strike, ? brief LOC. Takes {{drug:Eliquis}} {{dose:5 mg BID}}.

Exam: {{score:GCS 14}} (E4V4M6), confused to date. Scalp hematoma R parietal. Pupils 3 mm, reactive. No {{eponym:Battle}} sign, no raccoon eyes. Strength {{score:5/5}} x4 extremities. {{eponym:Babinski}} downgoing bilaterally. C-collar maintained, midline tenderness absent.

Labs: {{lab:INR 1.3}}, {{lab:Hgb 12.8}}, {{lab:EtOH 212}}, {{lab:Na 131}}, {{lab:Plt 142}}.
CT head: 4 mm R convexity SDH, no midline shift. CT C-spine neg.

MDM: Traumatic SDH on a DOAC. Neurosurgery (Dr. [[NAME:Okonkwo-Hale]]) consulted, recommends reversal with {{drug:Andexxa}}, repeat CT in 6 h, hold anticoagulation, {{vital:SBP < 160}}.
{{drug:Thiamine}} {{dose:100 mg IV}} given. CIWA protocol started.

Dispo: admit NSICU.
[[NAME:R. Castellanos]], MD
""", summary="""
[[NAME:Tomasz Wiśniewski]], {{age:58}}, on {{drug:Eliquis}}, fell down stairs and has a small right subdural hematoma with {{score:GCS 14}}. Dr. [[NAME:Okonkwo-Hale]] advised reversal with {{drug:Andexxa}} and a repeat CT, and he was admitted to the neuro ICU.
"""),

    dict(style="ed_provider_dictation", note="""
ed provider note - dictated, not yet reviewed

pt is a {{age:24}} y/o female named [[NAME:april santiago-reyes]] who comes in with her mother [[NAME:grace]] for abd pain x2 days that started periumbilical and moved to the rlq. anorexia, one episode of emesis. lmp was early april, regular. denies vag d/c. pt says she hopes it is just something she ate.

vitals {{vital:t 38.0}} {{vital:hr 104}} {{vital:bp 118/70}}. exam tender at {{eponym:mcburney}}'s point with guarding, positive {{eponym:rovsing}}, psoas sign neg. {{score:alvarado score 7}}.
labs {{lab:wbc 14.6}} with left shift, {{lab:crp 48}}, urine hcg negative, ua bland.
ct a/p with iv contrast shows dilated appendix 11 mm with periappendiceal fat stranding, no abscess.
gave {{drug:morphine}} {{dose:4 mg}} iv and {{drug:zofran}} {{dose:4 mg}} iv, {{drug:zosyn}} {{dose:3.375 g}} iv.
discussed with surgery, dr. [[NAME:kim]] will see, plan lap appy tonight. npo.
date of service [[DATE:march third twenty twenty five]].
-- [[NAME:j. bankole]] pa-c
""", summary="""
[[NAME:April Santiago-Reyes]], {{age:24}}, has CT-confirmed acute appendicitis ({{score:Alvarado score 7}}, {{lab:WBC 14.6}}); she received {{drug:Zosyn}} and analgesia and surgery (Dr. [[NAME:Kim]]) plans laparoscopic appendectomy tonight.
"""),

    dict(style="ed_triage", note="""
ESI 2 -- STROKE ALERT called 14:02
LKW 13:15 per family at bedside. Sudden R facial droop, R arm weakness, word-finding difficulty.
{{score:NIHSS 9}} on arrival (Stroke Team at bedside 14:06).
{{vital:BP 188/102}}  {{vital:HR 88}} irreg  {{vital:RR 18}}  {{vital:SpO2 97% RA}}
{{lab:POC glucose 134}}
Hx: AF (not on anticoagulation - stopped d/t GI bleed), HTN, HLD.
Meds per family: {{drug:metoprolol}}, {{drug:atorvastatin}} {{dose:40 mg}}.
To CT 14:09 -> NCHCT no hemorrhage, CTA L M2 occlusion.
{{drug:Labetalol}} {{dose:10 mg IV}} for BP goal {{vital:<185/110}} prior to lytic.
{{drug:Tenecteplase}} {{dose:0.25 mg/kg}} given 14:31 (door-to-needle 29 min).
IR notified for thrombectomy eval. Neuro checks q15 min.
""", summary="""
Stroke alert for sudden right-sided weakness and aphasia ({{score:NIHSS 9}}) with a left M2 occlusion; {{drug:tenecteplase}} was given at 14:31 after BP control with {{drug:labetalol}}, and IR was called for thrombectomy.
"""),

    dict(style="surgery_progress_note", note="""
GEN SURG PROGRESS NOTE -- POD 2 s/p lap chole
[[NAME:Knight, Summer R.]]   Rm 614B   MRN [[MRN:2290-4471-8]]

S: Tolerating clears, mild RUQ/port-site pain {{score:3/10}}, passing flatus, no BM yet. Ambulated in hall x3 with nursing.
O: {{vital:Tmax 37.9}}  {{vital:HR 92}}  {{vital:BP 118/72}}  {{vital:SpO2 97% RA}}
   Incisions c/d/i. JP drain 40 cc serosanguinous / 24h.
   {{lab:WBC 11.2}} (from 13.4)   {{lab:T bili 1.1}}   {{lab:ALP 140}}   {{lab:lipase 38}}
A/P: {{age:41}} F POD2 lap chole for acute gangrenous cholecystitis, recovering as expected.
 - advance to regular diet
 - d/c {{drug:ketorolac}}, start {{drug:ibuprofen}} {{dose:600 mg}} q6h + {{drug:acetaminophen}} {{dose:650 mg}} q6h
 - remove JP if < 30 cc
 - IS 10x/hr; {{drug:enoxaparin}} {{dose:40 mg}} SQ daily
 - dispo: likely home tomorrow; husband [[NAME:Devon]] to drive. She is a 3rd grade teacher and hopes to be back before summer break.
[[NAME:M. Ferreira]], MD PGY-2 / attending Dr. [[NAME:Lindqvist]]
pager [[PHONE:4-7718]]
""", summary="""
[[NAME:Summer Knight]] is on day 2 after laparoscopic cholecystectomy with falling {{lab:WBC 11.2}} and is advancing to a regular diet, with discharge expected tomorrow.
"""),

    dict(style="trauma_tertiary_survey", note="""
TRAUMA TERTIARY SURVEY  (HD 2)
Name: [[NAME:JORDAN, MALIK A]]    FIN [[MRN:FN00981236]]    Adm [[DATE:2025-02-14]]
Mechanism: restrained driver, T-boned on driver side at ~40 mph at [[ADDRESS:Atlantic Ave]] & [[ADDRESS:Flatbush Ave]], [[ADDRESS:Brooklyn]]. +airbag. Extricated ~15 min.

Injuries identified:
  1. L rib fx 5-8, small L PTX -> 20 Fr chest tube placed in trauma bay, now on water seal, no air leak
  2. Grade II splenic lac -> nonop mgmt, serial Hgb
  3. R distal radius fx -> splinted, ortho f/u
New on tertiary: tender L 5th MT head -> XR neg. No other missed injuries.

{{score:GCS 15}}.  {{lab:Hgb 10.9}} -> {{lab:10.4}} -> {{lab:10.5}}.  {{lab:Lactate 1.4}}.
Pain: {{drug:oxycodone}} {{dose:5 mg}} q4h prn, {{drug:acetaminophen}} {{dose:1 g}} q8h, L serratus anterior catheter ({{drug:ropivacaine}} {{dose:0.2%}} @ {{dose:8 mL/h}}).
Tdap given in ED.
Mother [[NAME:Paulette Jordan]] updated by phone [[PHONE:347-555-0188]].
-- [[NAME:A. Rahman]], DO (trauma surgery) for Dr. [[NAME:S. Fox]]
""", summary="""
Tertiary survey for [[NAME:Malik Jordan]] after a side-impact crash found no new injuries beyond his rib fractures with pneumothorax, grade II splenic laceration and radius fracture; hemoglobin is stable at {{lab:Hgb 10.5}}.
"""),

    dict(style="ld_nursing_note", note="""
L&D NURSING NOTE  [[DATE:Sat 3/8]]
0415 G2P1 @ 39w3d, [[NAME:Keisha Bishop]], admitted for IOL for gHTN. SVE 3/60/-2, {{score:Bishop score 7}}. EFM applied.
0430 {{drug:Pitocin}} started {{dose:2 mU/min}} per protocol, incr by 2 q30min. FHR baseline 135, mod variability, +accels, no decels. Cat I.
0600 ctx q3-4 min, pt rates {{score:pain 5/10}}, requesting epidural. Anesthesia (Dr. [[NAME:Feldman]]) notified.
0640 epidural placed. {{vital:BP 96/52}} after placement -> 500 mL LR bolus, {{drug:phenylephrine}} {{dose:100 mcg}} IV x1 per anesthesia. FHR stable.
0800 SVE 6/90/-1 by CNM [[NAME:Ortiz]]. AROM clear fluid.
0930 {{vital:BP 148/96}}, repeat {{vital:BP 152/98}}. PIH labs sent. CNM aware.
1012 complete/+2, pushing. Support: partner [[NAME:Andre]], mom [[NAME:Loretta Bishop]].
1047 SVD viable female, {{score:Apgars 8/9}}, wt 3290 g. Placenta delivered intact 1055. EBL 350 mL. Fundus firm, {{drug:oxytocin}} {{dose:30 units}}/500 mL running.
RN: [[NAME:T. Nwachukwu]]
""", summary="""
[[NAME:Keisha Bishop]] had an induction for gestational hypertension ({{score:Bishop score 7}}) and delivered a girl by SVD with {{score:Apgars 8/9}} and EBL 350 mL; BPs up to {{vital:BP 152/98}} prompted PIH labs.
"""),

    dict(style="postpartum_nursing_note", note="""
Postpartum Day 1 -- Mother/Baby Unit
Pt [[NAME:Grace Oyelaran-Mensah]] ({{age:29}}) s/p primary LTCS [[DATE:12/19]] for arrest of dilation. Baby boy "[[NAME:Kofi]]" rooming in.
VS: {{vital:T 36.9}} {{vital:P 84}} {{vital:BP 128/80}} {{vital:RR 16}} {{vital:SpO2 99%}}
Fundus firm U-1, lochia rubra mod. Incision with Prevena dressing intact, no drainage.
{{eponym:Foley}} removed 0600, voided 350 mL at 1010.
Breastfeeding q2-3h, {{score:LATCH 8}}. Lactation ([[NAME:Yaa]]) to see this afternoon.
Pain {{score:4/10}} controlled w/ {{drug:ibuprofen}} {{dose:600 mg}} and {{drug:acetaminophen}} {{dose:975 mg}}; declines {{drug:oxycodone}}.
Rh pos, rubella immune. {{lab:Hgb 9.8}} (pre-op {{lab:11.6}}) -> started {{drug:ferrous sulfate}} {{dose:325 mg}} daily.
{{score:EPDS 4}}. Husband [[NAME:Kwame]] at bedside, very supportive. Pt states "by God's grace we are both okay."
Plan: ambulate, SCDs while in bed, anticipate d/c POD 2-3.
-- [[NAME:Rosalind Pierce]], RN BSN
""", summary="""
[[NAME:Grace Oyelaran-Mensah]] is recovering well on postpartum day 1 after a primary cesarean, breastfeeding with a {{score:LATCH 8}}, with {{lab:Hgb 9.8}} treated with {{drug:ferrous sulfate}}.
"""),

    dict(style="micu_signout", note="""
MICU NIGHT SIGNOUT  19:00

Bed 7 | [[NAME:ROSE, WILLIAM]] "[[NAME:BILL]]" | {{age:77}}M | FULL CODE
  Illness: septic shock 2/2 CAP, on {{drug:norepinephrine}} {{dose:8 mcg/min}}, weaning. {{lab:Lactate 1.6}} (cleared).
  Summary: intubated [[DATE:5/2]], {{vital:FiO2 40%}} {{vital:PEEP 8}}, {{lab:P/F ~210}}. {{drug:cefepime}} + {{drug:azithromycin}} day 3.
  Action: AM ABG; wean {{drug:levo}} to {{vital:MAP > 65}}; SBT in AM if off pressors.
  Contingency: {{vital:MAP < 60}} on {{dose:15 mcg}} -> add {{drug:vasopressin}} {{dose:0.03 units/min}}.
  Daughter [[NAME:Iris Rose-Haddad]] is HCP - cell [[PHONE:312.555.0177]]; wants a call for any change.

Bed 9 | [[NAME:Nguyễn Thị Lan]] | {{age:64}}F | DNR/DNI
  DKA, gap closed ({{lab:AG 11}}). SQ {{drug:glargine}} {{dose:18 units}} given 17:00, insulin drip off 19:00.
  {{lab:K 3.4}} -> {{drug:KCl}} {{dose:20 mEq}} PO given.
  Needs Vietnamese interpreter - [[NAME:Minh]] (ext. [[PHONE:6620]]) helpful on days; phone line overnight.
  Contingency: {{lab:BG > 300}} x2 -> call.

Bed 11 | [[NAME:Dallas Whitfield]] | {{age:52}}M | FULL
  EtOH withdrawal, {{drug:phenobarbital}} load done, {{score:CIWA 12}}. Sitter at bedside.
  Keeps asking to go home to [[ADDRESS:Dallas]] - reorient, low stim.

Signed out by [[NAME:PS]] to [[NAME:JMcK]]
""", summary="""
Night signout covered [[NAME:William Rose]] (septic shock weaning {{drug:norepinephrine}}), [[NAME:Nguyễn Thị Lan]] (resolved DKA now on {{drug:glargine}}) and [[NAME:Dallas Whitfield]] (alcohol withdrawal after {{drug:phenobarbital}} load, {{score:CIWA 12}}).
"""),

    dict(style="stepdown_sbar", note="""
SBAR -- PCU shift report, 4 West

S: Mr. [[NAME:Faisal Abdullah]], {{age:69}}, rm 22, POD 3 CABG x3, new afib with RVR overnight.
B: HTN, DM2 ({{lab:A1c 8.4}}), CKD 3. Cr rose from {{lab:Cr 1.3}} to {{lab:Cr 1.9}} today. Chest tubes pulled yesterday. Pacing wires still in, capped.
A: Now {{vital:HR 102}} irregular, {{vital:BP 108/64}}, on {{drug:amiodarone}} gtt {{dose:0.5 mg/min}}. {{lab:Mg 1.8}}, {{lab:K 4.1}}. Wt up 2.1 kg from pre-op. Coarse crackles at bases, 2+ pitting edema.
R: Dr. [[NAME:Young]] wants {{lab:K > 4}} and {{lab:Mg > 2}} - {{drug:magnesium sulfate}} {{dose:2 g}} IV hung at 1800. {{drug:furosemide}} {{dose:40 mg}} IV x1 given 1400; strict I&O, daily wt.
   Son [[NAME:Tariq]] calls most evenings around 8 - ok to update (pt consent on file).
   Pt is independent w/ walker but impulsive - bed alarm on.
""", summary="""
Mr. [[NAME:Faisal Abdullah]] developed atrial fibrillation with RVR on day 3 after CABG and is on {{drug:amiodarone}} with electrolyte repletion; creatinine has risen to {{lab:Cr 1.9}} and he is being diuresed with {{drug:furosemide}}.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY
Patient: [[NAME:Pereira, Joaquim]]        MRN: [[MRN:00734518]]        Acct: [[MRN:A20918834]]
DOB: [[DATE:09-Jan-1947]]     Admit: [[DATE:01/28/2025]]     Discharge: [[DATE:02/04/2025]]
Attending: [[NAME:Chioma Eze]], MD          PCP: Dr. [[NAME:Helen Marsh]], Harbor Family Health

Principal diagnosis: Acute on chronic HFrEF
Secondary: {{eponym:Parkinson}} disease, CKD 3b, T2DM, BPH with urinary retention

Hospital course: {{age:78}} yo Portuguese-speaking man admitted with 6 kg weight gain and orthopnea ({{lab:BNP 2140}}). Diuresed with {{drug:furosemide}} {{dose:80 mg IV BID}} to net -5.8 L. Cr peaked at {{lab:Cr 2.2}} and improved to {{lab:Cr 1.7}}. TTE {{lab:EF 25%}}. {{drug:Sinemet}} continued on home schedule - timed doses matter to avoid freezing. {{eponym:Foley}} placed for retention, removed HD 5, passed voiding trial. PT: 150 ft with rolling walker.

Discharge medications:
  {{drug:furosemide}} {{dose:40 mg}} PO BID (dose changed)
  {{drug:carvedilol}} {{dose:3.125 mg}} PO BID
  {{drug:carbidopa-levodopa}} {{dose:25/100}} 1 tab at 6a / 10a / 2p / 6p
  {{drug:tamsulosin}} {{dose:0.4 mg}} qhs
  {{drug:empagliflozin}} {{dose:10 mg}} daily (NEW)

Follow-up: HF clinic with [[NAME:Bianca Moreira]], NP on [[DATE:Feb 11]] at 10:30; BMP on [[DATE:2/8]].
Daughter [[NAME:Fátima Pereira-Lowe]] ([[PHONE:617-555-0193]], [[EMAIL:fatima.plowe@gmail.com]]) manages meds; lives with pt at [[ADDRESS:42 Lexington St, East Boston, MA 02128]].

cc: Dr. [[NAME:H. Marsh]] (fax [[PHONE:617-555-0110]])
""", summary="""
[[NAME:Joaquim Pereira]], {{age:78}}, was diuresed for acute on chronic HFrEF, discharged on [[DATE:02/04/2025]] on oral {{drug:furosemide}} with new {{drug:empagliflozin}}, with heart failure clinic follow-up on [[DATE:Feb 11]].
"""),

    dict(style="transfer_letter", note="""
[[DATE:14 March 2025]]

Dear Dr [[NAME:Venkataraman]],

Re: Mrs [[NAME:Nasreen Chaudhry]], DOB [[DATE:02.11.1958]], NHS No. [[MRN:485 777 3456]], Hosp No. [[MRN:K1048852]]
[[ADDRESS:17 Moss Lane, Altrincham, WA15 8HX]]

Thank you for accepting this {{age:66}}-year-old lady for transfer to your Hepatobiliary unit. She was admitted to our Surgical Assessment Unit on [[DATE:9th March]] with painless obstructive jaundice ({{lab:bilirubin 187 µmol/L}}, {{lab:ALP 612}}) and a palpable gallbladder - a positive {{eponym:Courvoisier}} sign. CT showed a 2.8 cm mass in the head of pancreas with a dilated CBD and no distant disease.

ERCP on [[DATE:11/03/2025]] with plastic stent placement; afterwards she developed mild pancreatitis ({{lab:amylase 640}}) which has settled with fluids. Bilirubin now {{lab:96}}. CA 19-9 pending.

Current medications: {{drug:metformin}} {{dose:500 mg}} bd, {{drug:co-codamol}} {{dose:30/500}} prn, {{drug:dalteparin}} {{dose:5000 units}} od.

Her husband, Mr [[NAME:Tariq Chaudhry]], and son [[NAME:Imran]] are aware; mobile [[PHONE:07700 900418]]. She speaks Urdu and Punjabi; her niece [[NAME:Sana]] has interpreted informally but we used a professional interpreter for consent. There was no rush to transfer over the weekend as she is clinically stable.

Yours sincerely,

Dr [[NAME:Eleanor Rush]]
Specialty Registrar, General Surgery
""", summary="""
Transfer letter for Mrs [[NAME:Nasreen Chaudhry]], {{age:66}}, with obstructive jaundice from a pancreatic head mass, stented at ERCP on [[DATE:11/03/2025]] and now stable for transfer to the hepatobiliary unit.
"""),

    dict(style="ed_mdm", note="""
ED Course / MDM
[[NAME:Porsche Williams]] is a {{age:22}} y.o. female with HbSS presenting with a typical pain crisis (low back, bilateral thighs), {{score:9/10}}. Per her individualized care plan (Dr. [[NAME:Adeyemi]], heme): {{drug:hydromorphone}} {{dose:1 mg}} IV q20min x3, then reassess.
{{vital:T 38.2}} -> CXR to r/o acute chest; no new infiltrate. Blood cx x2 sent.
{{lab:Hgb 6.9}} (baseline 7.5-8), {{lab:retic 9%}}, {{lab:LDH 512}}, {{lab:T bili 3.2}}, {{lab:WBC 15.1}}.
After 3 doses pain {{score:6/10}}, still unable to bear weight. Admit to medicine for PCA + IVF, IS q1h while awake.
Her aunt [[NAME:Lexus Carter]] is here; pt asks that we call her mother [[NAME:Denise]] at work, [[PHONE:(215) 555-0161 x204]].
Hit by a Lexus in a parking lot last year - chronic L knee pain from that, unchanged.
""", summary="""
[[NAME:Porsche Williams]], {{age:22}}, with sickle cell disease has a pain crisis with fever and {{lab:Hgb 6.9}}, no acute chest on X-ray, and is being admitted for PCA after three doses of {{drug:hydromorphone}}.
"""),

    dict(style="surgery_postop_check", note="""
POST-OP CHECK  22:40
s/p ex-lap, small bowel resection w/ primary anastomosis for adhesive SBO.
{{vital:HR 96}}  {{vital:BP 132/78}}  {{vital:T 37.6}}  {{vital:SpO2 94% 2L NC}}
UOP 45 mL/hr via {{eponym:Foley}}.
Abd soft, appropriately tender, midline dressing dry. NGT to LIWS, 200 mL bilious since OR.
PCA {{drug:hydromorphone}} {{dose:0.2 mg}} demand, lockout 10 min - using ~4x/hr, {{score:pain 5/10}}.
{{lab:Hgb 10.1}} post-op (pre-op {{lab:12.0}}). {{lab:K 3.6}}. {{lab:Cr 0.9}}.
Plan: NPO, NGT, LR @ 100 mL/h, SQ {{drug:heparin}} {{dose:5000 units}} q8h, IS; CBC/BMP in AM.
Will page Chief Resident if UOP < 30 mL/h x2h or {{vital:HR > 120}}.
""", summary="""
Evening post-op check after small bowel resection shows stable vitals, adequate urine output and controlled pain on PCA {{drug:hydromorphone}}, with {{lab:Hgb 10.1}}.
"""),

    dict(style="trauma_activation", note="""
TRAUMA ACTIVATION - LEVEL 1   23:14
Registered under trauma alias; identified at 23:50 from wallet as [[NAME:Ikechukwu Obi]], DOB [[DATE:4/19/96]]. MRN [[MRN:T88931207]].
GSW x2: L thigh and L flank. EMS found pt on [[ADDRESS:W 63rd St]] near the laundromat; tourniquet L thigh applied 23:08.
Primary: A patent | B clear bilat | C {{vital:HR 132}} {{vital:BP 84/50}} | D {{score:GCS 13}} | E exit wound L back
FAST + LUQ. MTP activated. 2 U LTOWB + 1 U plasma. {{drug:TXA}} {{dose:1 g}} IV. {{drug:Calcium chloride}} {{dose:1 g}}.
To OR with Dr. [[NAME:King]] at 23:31.
Brother [[NAME:Chidi]] arrived 00:10, updated by SW [[NAME:Tamika Banks]]. CPD present (Officer [[NAME:Kowalczyk]], badge [[MRN:4471]]).
""", summary="""
[[NAME:Ikechukwu Obi]] arrived hypotensive with two gunshot wounds and a positive FAST, received massive transfusion and {{drug:TXA}}, and went to the OR with Dr. [[NAME:King]].
"""),

    dict(style="ed_triage", note="""
Triage note - ED North   05:52
[[AGE:94]]yo F sent from Maple Court ALF after unwitnessed fall, found on floor by aide ~0500. Pt states "I just slid off the bed, dear." c/o L hip pain {{score:7/10}}; L leg shortened and externally rotated.
On {{drug:warfarin}} - {{lab:INR 2.7}} per facility sheet.
{{vital:BP 148/70}} {{vital:HR 78}} {{vital:SpO2 96% RA}} {{vital:T 36.4}} {{score:GCS 15}}
Name: [[NAME:WARD, JUNE E]]   DOB [[DATE:06/01/1930]]
Niece [[NAME:Bernadette Ward-Costello]] is POA, on her way in - [[PHONE:914-555-0126]].
Placed in hallway bed 3 until rm 12 clean. Hip XR ordered per protocol. Pressure injury precautions.
ESI 3.  --[[NAME:LM]] RN
""", summary="""
[[NAME:June Ward]], [[AGE:94]], on {{drug:warfarin}} ({{lab:INR 2.7}}), fell at her assisted living and has a shortened, externally rotated left leg concerning for hip fracture.
"""),

    dict(style="micu_accept_note", note="""
MICU ACCEPT NOTE (from ED)
[[NAME:Domínguez Ruiz, Jesús Ángel]] | {{age:56}}M | CSN [[MRN:1184027731]]
Reason: hematemesis with {{vital:MAP 58}}

Hx EtOH cirrhosis ({{score:Child-Pugh C}}, {{score:MELD-Na 29}}), prior EGD with banding Aug 2024 at an outside hospital, no TIPS.
In ED: 2 U PRBC, {{drug:octreotide}} {{dose:50 mcg}} bolus -> {{dose:50 mcg/h}}, {{drug:ceftriaxone}} {{dose:1 g}}, {{drug:pantoprazole}} {{dose:80 mg}} IV.
{{lab:Hgb 6.2}} -> {{lab:7.4}}, {{lab:plt 48}}, {{lab:INR 2.1}}, {{lab:Na 129}}, {{lab:NH3 88}}.
Exam: jaundiced, asterixis +, moderate ascites, {{score:GCS 14}}.
Plan:
 - GI (Dr. [[NAME:Rajagopalan]]) for urgent EGD tonight; intubate for airway protection prior to scope
 - {{drug:lactulose}} via OGT once intubated; hold {{drug:propranolol}}
 - transfuse for {{lab:Hgb < 7}}
Wife [[NAME:Mercedes]] at bedside, Spanish-speaking; interpreter [[NAME:Yolanda]] ID# [[MRN:21187]] used. Full code for now; she wants to talk with their son in [[ADDRESS:Santo Domingo]] before any big decisions.
""", summary="""
[[NAME:Jesús Ángel Domínguez Ruiz]], {{age:56}}, with {{score:Child-Pugh C}} cirrhosis was admitted to the MICU with a variceal-type upper GI bleed ({{lab:Hgb 6.2}}) for intubation and urgent EGD with Dr. [[NAME:Rajagopalan]].
"""),

    dict(style="snf_transfer_form", note="""
INTERFACILITY TRANSFER -- to Golden Hill Rehab & Nursing
Patient: [[NAME:Wilfred]] "[[NAME:Will]]" [[NAME:Baker]]     DOB: [[DATE:1939-10-30]]     Age: {{age:85}}
Transferring MD: Dr. [[NAME:Shira Goldfarb]] ([[PHONE:201-555-0139]])     Accepting: Dr. [[NAME:Osei]]
Dx: R hip hemiarthroplasty [[DATE:3/11/25]] for femoral neck fx. Post-op delirium, resolved.
Activity: WBAT RLE, posterior hip precautions. Walker.
Meds:
  {{drug:apixaban}} {{dose:2.5 mg}} BID x 30 days (VTE ppx)
  {{drug:donepezil}} {{dose:5 mg}} qhs
  {{drug:senna}} {{dose:8.6 mg}} 2 tabs qhs
  {{drug:oxycodone}} {{dose:2.5 mg}} q6h prn
Staples out POD 14 ([[DATE:3/25]]). Last BM [[DATE:3/14]].
Skin: stage 1 sacrum - will need q2h turns.
Code: DNR/DNI (MOLST signed). HCP: son [[NAME:Rich]] ([[PHONE:201-555-0170]]).
Pt will need help with ADLs; family will bring his hearing aids.
Report called to [[NAME:Joy Fitzgerald]], RN at 14:20.
""", summary="""
[[NAME:Will Baker]], {{age:85}}, is transferring to rehab after right hip hemiarthroplasty on [[DATE:3/11/25]], on {{drug:apixaban}} for VTE prophylaxis, with staple removal due [[DATE:3/25]].
"""),

    dict(style="ae_clerking", note="""
A&E CLERKING - Majors
[[NAME:O'SULLIVAN, Siobhán]]   {{age:33}}F   Hosp no [[MRN:RX7718290]]

PC: SOB and pleuritic L chest pain 2/7.
HPC: Flew back from [[ADDRESS:Paris]] on Tuesday. On COCP ({{drug:Microgynon}}). No haemoptysis, no leg swelling. No PMH.
O/E: {{vital:HR 112}}, {{vital:RR 24}}, {{vital:SpO2 93% RA}}, {{vital:BP 124/78}}, {{vital:T 37.4}}. Calves SNT. HS I+II+0.
{{score:Wells score 4.5}} -> PE likely.
Bloods: {{lab:D-dimer 1840}}, {{lab:trop < 5}}, {{lab:CRP 12}}. ECG sinus tachy.
CTPA: segmental PE LLL, no RV strain.
Plan:
 - {{drug:apixaban}} {{dose:10 mg}} bd x7d then {{dose:5 mg}} bd
 - stop COCP; GP to discuss alternative contraception
 - ambulatory PE pathway, clinic [[DATE:Mon 17th]]
Partner [[NAME:Niamh]] collecting her. Mobile [[PHONE:07911 123456]].
Dr [[NAME:A. Kaur]] (FY2)  bleep [[PHONE:2231]]
""", summary="""
[[NAME:Siobhán O'Sullivan]], {{age:33}}, on the combined pill, has a segmental PE after a flight and is discharged on {{drug:apixaban}} via the ambulatory PE pathway with clinic on [[DATE:Mon 17th]].
"""),

    dict(style="micu_handoff", note="""
Bed 4 -- ARDS (influenza A), prone day 2
Vent: VC, {{vital:TV 380}} ({{vital:6 mL/kg}} PBW), {{vital:PEEP 14}}, {{vital:FiO2 60%}}, {{vital:Pplat 27}}, {{vital:DP 13}}.
Last ABG {{lab:7.31/52/78}}, {{lab:P/F 130}}.
Sedation {{drug:propofol}} {{dose:40 mcg/kg/min}} + {{drug:fentanyl}} {{dose:100 mcg/h}}, {{score:RASS -4}}; {{drug:cisatracurium}} off since 0800, {{score:TOF 4/4}}.
Hemodynamics: {{drug:norepinephrine}} {{dose:0.05 mcg/kg/min}}, {{vital:MAP 68}}.
Renal: {{lab:Cr 1.4}}, UOP 0.6 mL/kg/h; net +1.2 L - start {{drug:bumetanide}} if MAP holds.
ID: {{drug:oseltamivir}} day 4, {{drug:vancomycin}}/{{drug:cefepime}} for possible superinfection, MRSA nares pending.
Lines: R IJ CVC day 3, L radial A-line.
To do: supine at 1600, repeat ABG 1 h after; family meeting Thurs.
""", summary="""
Prone day 2 for influenza ARDS on {{vital:PEEP 14}} and {{vital:FiO2 60%}} with {{lab:P/F 130}} and low-dose {{drug:norepinephrine}}; plan is to return supine at 1600 and recheck a gas.
"""),

    dict(style="ob_triage_note", note="""
OB TRIAGE NOTE
[[NAME:Mei-Ling Chen]]  G1P0 at 32w1d by 8 wk US, EDD [[DATE:5/30/2025]]
CC: headache since this morning and "sparkles" in vision.
{{vital:BP 164/108}}, repeat at 15 min {{vital:BP 160/106}}. {{vital:HR 92}}.
{{lab:UPC 1.2}}, {{lab:plt 98}}, {{lab:AST 88}}, {{lab:ALT 102}}, {{lab:Cr 0.8}}.
Exam: DTRs 3+, 2 beats clonus. Visual fields full to confrontation. RUQ non-tender. Fetal: NST reactive, EFW 1.9 kg on bedside US.
Dx: preeclampsia with severe features.
 - {{drug:labetalol}} {{dose:20 mg IV}} x1 -> {{vital:BP 148/96}}
 - {{drug:magnesium sulfate}} {{dose:4 g}} load -> {{dose:2 g/h}}
 - {{drug:betamethasone}} {{dose:12 mg}} IM #1 at 1545, #2 due tomorrow 1545
 - NICU consult: Dr. [[NAME:Ha-eun Park]]
Husband [[NAME:Wei]] present; his primary language Mandarin, pt prefers English.
Attending Dr. [[NAME:Fields]]; resident [[NAME:D. Stone]].
""", summary="""
[[NAME:Mei-Ling Chen]] at 32 weeks has preeclampsia with severe features ({{vital:BP 164/108}}, {{lab:plt 98}}) and was started on {{drug:magnesium sulfate}} and {{drug:betamethasone}} with NICU consulted.
"""),

    dict(style="ed_discharge_instructions", note="""
EMERGENCY DEPARTMENT DISCHARGE SUMMARY
Patient: [[NAME:Austin Reed]]     DOB: [[DATE:October 2, 1979]]     MRN: [[MRN:55120489]]
Visit date: [[DATE:Thursday, June 12, 2025]]

Diagnosis: Right ureteral stone, 5 mm at the UVJ, mild hydronephrosis.
You were seen for a kidney stone. Most stones this size pass on their own within 1-3 weeks.
{{lab:Cr 1.0}}, UA without signs of infection.

Medications:
 - {{drug:tamsulosin}} {{dose:0.4 mg}} once daily for 14 days (helps the stone pass)
 - {{drug:ibuprofen}} {{dose:600 mg}} every 6 hours with food as needed for pain
 - {{drug:ondansetron}} {{dose:4 mg}} ODT every 8 hours as needed for nausea
Strain your urine and bring any stone to your appointment.

Follow up with Urology - Dr. [[NAME:Elif Demir]] - call [[PHONE:(512) 555-0104]] to schedule within 1 week.
Return for fever over {{vital:100.4 F}}, uncontrolled pain or vomiting.
Provider: [[NAME:Gregory Ash]], PA-C
""", summary="""
[[NAME:Austin Reed]] was discharged from the ED on [[DATE:June 12, 2025]] with a 5 mm right ureteral stone on {{drug:tamsulosin}} and {{drug:ibuprofen}}, with urology follow-up with Dr. [[NAME:Elif Demir]].
"""),

    dict(style="stepdown_rn_handoff", note="""
STEPDOWN 5E -- DAY -> NIGHT RN HANDOFF   [[DATE:10/07]]

501  [[NAME:Hall, Marcus]]  {{age:61}}M  NSTEMI. Cath tomorrow AM, NPO p MN. {{drug:heparin}} gtt per nomogram, next anti-Xa 2200. Consent signed.
503  [[NAME:de la Cruz, Ana Lucía]]  {{age:47}}F  PE on {{drug:heparin}} -> transition to {{drug:apixaban}} tomorrow. {{vital:SpO2 93% 2L}}. Daughter [[NAME:Marisol]] spends the night.
507  [[NAME:Kim, Soo-jin]]  {{age:38}}F  DKA resolved, on SQ insulin. Diabetes educator saw today. Anxious about cost of pens - SW referral placed.
509  [[NAME:Hussain, Rukhsana]]  {{age:81}}F  CHF, {{lab:K 5.6}} at 1600 - {{drug:Lokelma}} {{dose:10 g}} given, recheck 2200. HOH, Bengali; grandson [[NAME:Arif]] interprets but use the iPad interpreter for consent.
511  empty - admission coming from ED (chest pain r/o).

Notes: Ambulated 501 and 507 in the hall this afternoon. Tele box #14 for 511.
Given by [[NAME:Shanice Long]], RN -> [[NAME:Owen Whitaker]], RN
""", summary="""
Day-to-night stepdown handoff for [[NAME:Marcus Hall]] (NSTEMI, cath in the morning), [[NAME:Ana Lucía de la Cruz]] (PE moving to {{drug:apixaban}}), [[NAME:Soo-jin Kim]] (resolved DKA) and [[NAME:Rukhsana Hussain]] (hyperkalemia {{lab:K 5.6}} treated with {{drug:Lokelma}}).
"""),

    dict(style="ed_physician_note", note="""
ed note -- mvc
pt [[NAME:chevelle dawson]] (goes by "[[NAME:chevy]]") {{age:31}}m, restrained driver of a 2012 chevy silverado rear-ended at a light on [[ADDRESS:grand river ave]] approx 1 hr pta, low speed. no airbag deployment. ambulatory at scene.
c/o neck stiffness and l shoulder pain, {{score:pain 4/10}}. denies numbness/weakness, no head strike.
vitals {{vital:bp 136/84}} {{vital:hr 80}} {{vital:spo2 99%}}.
exam: no midline c-spine tenderness, meets NEXUS criteria, no imaging needed. paraspinal ttp, full rom with pain. strength {{score:5/5}} b/l ue, sensation intact, {{eponym:spurling}} neg.
dx: cervical strain.
rx {{drug:cyclobenzaprine}} {{dose:5 mg}} qhs prn x 5 days, {{drug:naproxen}} {{dose:500 mg}} bid with food. heat, gentle rom.
work note given x2 days.
registration: ssn (last 4) [[SSN:4821]], insurance member id [[MRN:XGH804417752]].
""", summary="""
[[NAME:Chevelle Dawson]], {{age:31}}, has a cervical strain after a low-speed rear-end collision, cleared clinically without imaging and discharged on {{drug:naproxen}} and {{drug:cyclobenzaprine}}.
"""),

    dict(style="transfer_center_log", note="""
TRANSFER CENTER CALL LOG     Ref # [[MRN:TC-250615-0087]]
Call received [[DATE:06/15/2025]] 03:12 from Dr. [[NAME:Yossi Abramowitz]], ED, St. Catherine of Siena, [[ADDRESS:Smithtown]].
Pt: [[NAME:Andrea Bell]], {{age:45}}F.
Story: woke at 0100 with L facial droop, initially thought {{eponym:Bell}}'s palsy, but on re-exam forehead spared and new L arm drift. {{score:NIHSS 6}}. LKW 23:30 ([[DATE:6/14]]) - outside window for lytic. CTA: R M1 occlusion, {{score:ASPECTS 9}}.
{{vital:BP 172/96}}, {{lab:glucose 141}}, on {{drug:aspirin}} {{dose:81 mg}} only.
Request: transfer for thrombectomy.
Accepted by Dr. [[NAME:Mahmoud]] (Neuro ICU / IR) at 03:20.
Callback number [[PHONE:631-555-0150]]. Transport: critical care ground, ETA 04:30. Bed NSICU 6.
Call taken by [[NAME:R. Goldberg-Ncube]], RN, Transfer Center.
""", summary="""
[[NAME:Andrea Bell]], {{age:45}}, with a right M1 stroke initially mistaken for {{eponym:Bell}}'s palsy ({{score:NIHSS 6}}) was accepted for thrombectomy by Dr. [[NAME:Mahmoud]] on [[DATE:06/15/2025]].
"""),
]
