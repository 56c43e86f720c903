NOTES = [
    dict(style="admission_hp", note="""
GENERAL MEDICINE ADMISSION H&P

PATIENT: [[NAME:RIVERA-ORTIZ, CARMEN L]]      MRN: [[MRN:00482917]]      DOB: [[DATE:07/22/1957]]
ADMIT DATE: [[DATE:03/14/2025]]      ATTENDING: [[NAME:Hollis, Margaret]] MD      PCP: Dr. [[NAME:Raúl Figueroa]] (Centro Médico de Salud)

CC: "No puedo respirar acostada" - can't breathe lying flat.

HPI: Ms. [[NAME:Rivera-Ortiz]] is a {{age:67}}-year-old woman with HFrEF (EF 30% on echo in 2023), T2DM and CKD 3a who presents
with 5 days of progressive dyspnea, 3-pillow orthopnea and ~4 kg weight gain. She ran out of {{drug:Lasix}} about a week ago when
her mail-order refill was delayed. Daughter [[NAME:Yadira]] noticed her ankles "like balloons" and brought her in. Denies chest
pain, fever, NSAID use. History obtained in Spanish with interpreter [[NAME:Marisol Vega]] (ID [[MRN:30817]]).

PMH: HFrEF, T2DM (A1c 8.1% in January), CKD 3a, HTN, {{eponym:Hashimoto}} thyroiditis
Meds: {{drug:Entresto}} {{dose:24/26 mg}} BID, {{drug:carvedilol}} {{dose:12.5 mg}} BID, {{drug:furosemide}} {{dose:40 mg}} daily (not taking),
{{drug:Jardiance}} {{dose:10 mg}} daily, {{drug:levothyroxine}} {{dose:88 mcg}} daily
Social: Lives with daughter off [[ADDRESS:Wyoming Ave]] in [[ADDRESS:Kissimmee]]. Never smoker, no EtOH.

Exam: {{vital:BP 158/92}}  {{vital:HR 104}}  {{vital:RR 24}}  {{vital:SpO2 89% RA}} -> 95% on 3 L NC. JVP to angle of jaw. Bibasilar
crackles to mid-lung. 2/6 holosystolic murmur at apex. 3+ pitting edema to knees bilaterally.
Labs: {{lab:BNP 2,340}}  {{lab:Cr 1.6}} (baseline 1.2)  {{lab:K 4.9}}  {{lab:Na 133}}  {{lab:hs-troponin 38}} -> 41
CXR: cephalization, small bilateral effusions, {{eponym:Kerley B}} lines.

A/P: Acute on chronic HFrEF exacerbation, precipitated by diuretic interruption (supply, not choice).
- {{drug:furosemide}} {{dose:80 mg}} IV BID, goal net -1.5 to -2 L/day; strict I/O, daily standing weights
- {{eponym:Foley}} only if unable to track output
- continue {{drug:carvedilol}}, hold {{drug:Entresto}} tonight given Cr, recheck BMP in AM
- pharmacy to switch refills to local retail; SW to help daughter with mail-order issue
Code: Full (confirmed with patient and [[NAME:Yadira]]).
""", summary="""
[[NAME:Carmen Rivera-Ortiz]], {{age:67}}, was admitted [[DATE:03/14/2025]] with acute on chronic HFrEF after running out of {{drug:Lasix}}; she is
being diuresed with IV {{drug:furosemide}} {{dose:80 mg}} BID while {{drug:Entresto}} is held for a {{lab:Cr 1.6}}.
"""),

    dict(style="ed_note", note="""
ed physician note, dictated. date of service [[DATE:november fifth twenty twenty four]].

this is a [[AGE:92]] year old female brought in by ems from home after an unwitnessed fall around 0530 this morning. patient is
[[NAME:eleanor whitcomb]]. she lives with her son [[NAME:will]] who found her on the bathroom floor. she says she slipped on the mat and
will not say whether she hit her head, son thinks she did. she takes {{drug:eliquis}} {{dose:2.5 mg}} twice a day for atrial
fibrillation, last dose last night. no loss of consciousness per patient. {{score:glasgow coma scale 15}}.

exam: {{vital:blood pressure 164/78}}, {{vital:pulse 88}} irregular, {{vital:sat 96 percent}} on room air. small hematoma left parietal
scalp, no step off. c-spine nontender, cleared by nexus. pelvis stable. left leg shortened and externally rotated, pain with
log roll. distal pulses 2+. strength 5/5 in upper extremities.

ct head without contrast, no acute intracranial hemorrhage. x-ray left hip shows displaced femoral neck fracture. {{lab:inr 1.3}},
{{lab:hemoglobin 11.2}}.

plan: ortho consulted, dr. [[NAME:okafor]] to see, likely hemiarthroplasty once {{drug:eliquis}} has washed out. admit to
medicine for comanagement. {{drug:fentanyl}} {{dose:25 mcg}} iv given, fascia iliaca block by ed ultrasound fellow dr. [[NAME:amara jenkins]].
son [[NAME:will whitcomb]] can be reached at [[PHONE:401 555 0187]].

dictated by [[NAME:r. castellano]] md. transcribed [[DATE:11/05/2024]] [[NAME:jlm]]
""", summary="""
[[NAME:Eleanor Whitcomb]], [[AGE:92]], on {{drug:Eliquis}}, fell at home and has a displaced left femoral neck fracture with a negative head CT;
ortho (Dr. [[NAME:Okafor]]) will see her and she is admitted to medicine.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY

Patient: [[NAME:Volkova, Ludmila Petrovna]]      MRN [[MRN:7730418]]      Acct [[MRN:2250034871]]
Admitted: [[DATE:2025-01-08]]      Discharged: [[DATE:2025-01-13]]
Attending: [[NAME:Anthony Ruggiero]], MD      Resident: [[NAME:Hannah Caldwell]], MD

Discharge diagnoses:
1. Community-acquired pneumonia, RLL
2. Acute hypoxic respiratory failure - resolved
3. Type 2 diabetes with hyperglycemia on steroids - resolved

Hospital course:
{{age:78}}F (prefers "[[NAME:Lucy]]") presented with 4 days of fever, productive cough and confusion. {{vital:T 39.1}}, {{vital:SpO2 86%}} on RA,
{{lab:WBC 17.2}}, {{lab:BUN 24}}, {{score:CURB-65 2}}. CXR RLL consolidation. Treated with {{drug:ceftriaxone}} {{dose:1 g}} IV daily and
{{drug:azithromycin}} {{dose:500 mg}} daily x3 days; changed to PO {{drug:cefpodoxime}} {{dose:200 mg}} BID on [[DATE:1/11]]. Legionella and
pneumococcal urine antigens negative, blood cultures NGTD. O2 weaned to room air by hospital day 4. Mental status back to
baseline per son [[NAME:Sergei Volkov]], who translated at bedside; formal Russian interpreter used for discharge teaching.

Discharge medications: {{drug:cefpodoxime}} {{dose:200 mg}} PO BID through [[DATE:1/15/25]]; home {{drug:metformin}} {{dose:1000 mg}} BID resumed;
{{drug:Januvia}} {{dose:100 mg}} daily unchanged. Med rec completed with [[NAME:D. Ferretti]], PharmD.

Follow-up: PCP Dr. [[NAME:Natalia Zhukova]], [[DATE:Tues 1/21]] at 11:15. Repeat CXR in 6-8 weeks.
Condition: stable. Ambulating independently.

Electronically signed: [[NAME:Anthony Ruggiero]], MD  [[DATE:01/13/2025]] 16:42
""", summary="""
[[NAME:Ludmila Volkova]], {{age:78}}, was treated [[DATE:2025-01-08]] to [[DATE:2025-01-13]] for RLL community-acquired pneumonia with hypoxia
and went home on {{drug:cefpodoxime}}, with PCP follow-up with Dr. [[NAME:Zhukova]] on [[DATE:1/21]].
"""),

    dict(style="ed_triage", note="""
ED TRIAGE   [[DATE:06/03/25]] 2214
Pt [[NAME:Jamal Brooks]] {{age:44}}M amb to triage c/o CP x2h, substernal pressure, radiates L arm, +diaphoresis, +SOB.
Hx HTN (non-compliant w/ {{drug:amlodipine}}), smoker 1ppd. Took {{drug:ASA}} {{dose:325 mg}} at home per wife.
{{vital:BP 178/104}}  {{vital:HR 96}}  {{vital:RR 20}}  {{vital:T 98.4}}  {{vital:SpO2 97%}} RA   {{score:pain 8/10}}
EKG @ 2218 shown to Dr. [[NAME:Patel]] 2220 - no STE per MD. Repeat q15min.
ESI 2. Placed rm 14, on monitor, IV x1 L AC, trop/BMP/CBC sent.
Wife [[NAME:Tasha]] at bedside, ph [[PHONE:(313) 555-2290]]. Arrived POV from [[ADDRESS:Southfield]].
MRN [[MRN:E1183092]]
-- [[NAME:TKW]] RN
""", summary="""
{{age:44}}-year-old [[NAME:Jamal Brooks]] was triaged ESI 2 on [[DATE:06/03/25]] for 2 hours of substernal chest pressure with {{vital:BP 178/104}};
the first EKG showed no ST elevation.
"""),

    dict(style="admission_hp", note="""
Internal Medicine Admission Note - Hospitalist Service

Chief Complaint: Abdominal pain and bloody diarrhea.

HPI: {{age:34}}-year-old man with ileocolonic {{eponym:Crohn disease}} diagnosed in 2016, maintained on {{drug:Humira}} {{dose:40 mg}} every
other week, presents with 10 days of crampy RLQ pain and 8-10 loose stools per day with blood. His last {{drug:Humira}} dose was about
three weeks ago because of a lapse in coverage. Seen in GI clinic on Monday and started on {{drug:budesonide}} {{dose:9 mg}} without
improvement. No recent antibiotics or travel. Prior flare last March required a short course of {{drug:prednisone}}.

ROS: + fatigue, 3 kg weight loss; no joint pain, no eye redness, no rash (no erythema nodosum).
Exam: {{vital:T 38.2}}  {{vital:HR 112}}  {{vital:BP 104/66}}  {{vital:SpO2 99%}}. Dry mucosa. Tender RLQ with voluntary guarding,
no rebound. Negative {{eponym:Murphy}} sign. Perianal exam without fistula or abscess.
Labs: {{lab:CRP 86}}  {{lab:Hgb 10.4}}  {{lab:albumin 2.9}}  {{lab:fecal calprotectin 1,240}}. C. difficile PCR pending.
CT A/P: long-segment terminal ileal wall thickening with mucosal hyperenhancement, no abscess or free air.

Assessment/Plan: Moderate-to-severe Crohn flare, likely from missed biologic doses.
- {{drug:methylprednisolone}} {{dose:20 mg}} IV q8h once C. diff is negative
- GI consult re: re-induction vs switch to {{drug:Stelara}} or {{drug:Skyrizi}}; check {{drug:adalimumab}} level and antibodies
- VTE prophylaxis with {{drug:heparin}} {{dose:5,000 units}} SC q8h (IBD flare is high risk despite bleeding)
- IV fluids, advance diet as tolerated, avoid opioids and anticholinergics
Code status: Full Code. Plan discussed with patient and his partner at bedside.
""", summary="""
A {{age:34}}-year-old man with {{eponym:Crohn disease}} who missed {{drug:Humira}} doses was admitted with a moderate-to-severe flare
({{lab:CRP 86}}, terminal ileitis on CT) for IV {{drug:methylprednisolone}} pending C. difficile testing and GI input.
"""),

    dict(style="admission_hp", note="""
ADMISSION HISTORY AND PHYSICAL - Medicine / Step-down
Name: [[NAME:Park, Ji-hoon]]     MRN [[MRN:11902374]]     CSN [[MRN:448120937]]
Date of admission: [[DATE:Feb 2, 2025]]
Source: ED. History from patient (limited, vomiting) and mother [[NAME:Park Soon-ja]] via Korean interpreter [[NAME:Soo-ah Lee]] (badge [[MRN:40917]]).

HPI: {{age:23}}M with T1DM since age {{age:9}} on insulin pump (Omnipod) presents with 1 day of nausea, vomiting and abdominal pain.
Pump alarmed "occlusion" yesterday morning; he changed the pod but glucose kept climbing, and he did not give backup injections.
No fever. Drinks socially, none this week.

Exam: {{vital:HR 122}}  {{vital:BP 108/64}}  {{vital:RR 28}}  {{vital:T 37.1}}. {{eponym:Kussmaul}} respirations, fruity breath, dry mucous
membranes, diffuse mild abdominal tenderness without guarding.
Labs: {{lab:glucose 512}}  {{lab:pH 7.12}}  {{lab:HCO3 8}}  {{lab:anion gap 28}}  {{lab:beta-hydroxybutyrate 6.4}}  {{lab:K 5.6}}  {{lab:lipase 44}}

Assessment: Moderate-severe DKA from pump failure.
Plan:
- DKA protocol: {{drug:insulin regular}} infusion {{dose:0.1 units/kg/h}}, LR bolus then 250 mL/h, add D5 when glucose <250
- K replacement per protocol once {{lab:K <5.3}}; BMP q2h, VBG q4h
- Pump off while on drip; overlap {{drug:Lantus}} {{dose:18 units}} SC 2 h before stopping infusion
- Endocrine (Dr. [[NAME:Hyun-woo Cho]]) aware, will see in AM; diabetes educator re: sick-day rules and backup pens
Contacts: mother [[PHONE:(201) 555-7712]] (Korean preferred); patient cell [[PHONE:201-944-3081]]. Lives in [[ADDRESS:Fort Lee]], student at Rutgers.
""", summary="""
[[NAME:Ji-hoon Park]], {{age:23}}, with type 1 diabetes was admitted [[DATE:Feb 2, 2025]] in moderate-severe DKA ({{lab:pH 7.12}}, {{lab:anion gap 28}})
after an insulin pump occlusion and is on an {{drug:insulin regular}} infusion per protocol.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY - Orthopaedics / Medicine Co-management

[[NAME:D'ANGELO, VINCENZO A]]     DOB [[DATE:02-17-1941]]     MRN [[MRN:5502391]]     FIN [[MRN:9920013374]]
Admission [[DATE:10/28/2024]]  |  Discharge [[DATE:11/02/2024]]  |  Disposition: Sunrise Terrace (subacute rehab)

Principal diagnosis: Left intertrochanteric femur fracture after mechanical fall (tripped on rug).
Procedure: Cephalomedullary nail, left, [[DATE:10/29/24]] - Dr. [[NAME:Maureen Kilbride]].
Secondary: {{eponym:Parkinson disease}}; postoperative delirium (resolved); acute blood loss anemia.

Course: Mr. [[NAME:D'Angelo]] is an {{age:83}}-year-old man whose surgery went without complication. Delirium POD 1-2 managed with
reorientation, glasses/hearing aids, sleep hygiene; no antipsychotics needed. Most important: his {{drug:Sinemet}} {{dose:25/100}}
1.5 tabs 5x/day must be given ON TIME - a missed dose on the evening of admission left him rigid and unable to participate in PT.
{{eponym:Foley}} removed POD 2, voiding. {{lab:Hgb nadir 8.1}}, no transfusion; {{lab:Hgb 8.9}} at discharge.
PT: WBAT LLE; ambulated 60 ft with a rolling walker and contact guard. Night RN [[NAME:J. Walker]] notes he gets up alone to void.

Discharge meds: {{drug:carbidopa-levodopa}} as above; {{drug:enoxaparin}} {{dose:40 mg}} SC daily through [[DATE:11/26]];
{{drug:acetaminophen}} {{dose:1 g}} q8h; {{drug:oxycodone}} {{dose:2.5 mg}} q6h PRN; {{drug:senna}}/{{drug:Miralax}}; {{drug:vitamin D3}} {{dose:2,000 IU}}.
Family: wife [[NAME:Rosaria]] and daughter [[NAME:Angela D'Angelo-Minervini]] (HCP, [[PHONE:732-555-0164]]) updated.
Follow-up: Ortho clinic 2 weeks for wound check; DEXA and osteoporosis treatment via PCP.
""", summary="""
{{age:83}}-year-old [[NAME:Vincenzo D'Angelo]] with {{eponym:Parkinson disease}} had a left hip nail on [[DATE:10/29/24]] and was discharged to subacute
rehab on [[DATE:11/02/2024]] on {{drug:enoxaparin}}, with emphasis on on-time {{drug:Sinemet}} dosing.
"""),

    dict(style="ed_note", note="""
Emergency Department Provider Note
Patient: [[NAME:Yanelis Peña]]  |  {{age:19}} y.o. female  |  MRN [[MRN:3318820]]
Arrival: [[DATE:Sat 9/14/2024]] 03:12 by EMS

HPI: Moderate persistent asthma, 3 ED visits this year, one intubation at age {{age:14}}. Woke at 0100 wheezing after cleaning with bleach at
her aunt's apartment. Used {{drug:albuterol}} MDI ~10 puffs without relief. EMS gave {{drug:albuterol}}/{{drug:ipratropium}} {{dose:2.5 mg/0.5 mg}}
neb x1 and {{drug:magnesium sulfate}} {{dose:2 g}} IV. Out of {{drug:Symbicort}} for a month. No fever.

Exam: {{vital:RR 30}}  {{vital:HR 128}}  {{vital:SpO2 91%}} RA  {{vital:BP 132/76}}. Speaking in phrases, accessory muscle use, diffuse
expiratory wheeze, poor air movement at bases. Peak flow 140 (predicted 420).

ED course: neb x2 more, {{drug:dexamethasone}} {{dose:10 mg}} PO. At 05:30 speaking full sentences, peak flow 310, {{vital:SpO2 96%}} RA.
Ambulated without desaturation.

Dispo: Discharged with aunt [[NAME:Mercedes de los Santos]] to her home in [[ADDRESS:Washington Heights]]. {{drug:Symbicort}} {{dose:160/4.5}}
2 puffs BID + PRN (SMART), Rx sent; meds-to-beds filled before leaving. Asthma clinic referral. Mother in [[ADDRESS:Santiago]] asked to be
called: [[PHONE:+1 (809) 582-7714]].
[[NAME:K. Osorio-Reyes]], MD
""", summary="""
[[NAME:Yanelis Peña]], {{age:19}}, came in [[DATE:9/14/2024]] with a moderate-severe asthma exacerbation after bleach exposure and no controller;
she improved with nebs, magnesium and {{drug:dexamethasone}} and went home on {{drug:Symbicort}}.
"""),

    dict(style="admission_hp", note="""
H&P - Hospital Medicine (nights)
Pt: [[NAME:Anand Subramanian]]   {{age:71}} M   MRN: [[MRN:60-118-224]]   Adm: [[DATE:5 Apr 2025]]

CC: vomiting blood
HPI: Two episodes of bright red hematemesis (~1 cup each) this evening after a day of repeated retching; he had food poisoning
symptoms since lunch at a wedding. One black stool at 2100. Lightheaded standing. Takes {{drug:Advil}} 2-3 tabs most days for knee OA,
plus {{drug:aspirin}} {{dose:81 mg}}. No liver disease known, drinks 1-2 glasses wine on weekends. Wife [[NAME:Lakshmi]] confirms history.

PMH: CAD s/p DES to LAD (2019), HTN, HLD, BPH
Meds: {{drug:aspirin}} {{dose:81 mg}}, {{drug:atorvastatin}} {{dose:40 mg}}, {{drug:metoprolol succinate}} {{dose:50 mg}}, {{drug:Flomax}} {{dose:0.4 mg}}
Exam: {{vital:BP 102/58}} (orthostatic to 84/50), {{vital:HR 108}}. Pale conjunctivae. Epigastric tenderness, no peritonitis. Rectal: melena.
Labs: {{lab:Hgb 9.6}} (baseline 13.8 last fall), {{lab:BUN 48}}, {{lab:Cr 1.0}}, {{lab:INR 1.1}}, {{lab:plt 231}}
Score: {{score:Glasgow-Blatchford 12}}

A/P: Upper GI bleed - {{eponym:Mallory-Weiss}} tear vs NSAID-related PUD.
- 2 large-bore IVs, type & cross 2 units, transfuse for {{lab:Hgb <8}} (CAD)
- {{drug:pantoprazole}} {{dose:80 mg}} IV bolus then {{dose:40 mg}} IV BID
- hold {{drug:aspirin}}, {{drug:metoprolol}}, NSAIDs; NPO after midnight
- GI (Dr. [[NAME:Faisal bin Rashid]]) plans EGD in AM
Signed: [[NAME:Deepika Raman]], MD (nocturnist)   pager [[PHONE:4-7731]]
""", summary="""
[[NAME:Anand Subramanian]], {{age:71}}, with CAD on {{drug:aspirin}} and daily {{drug:Advil}}, was admitted [[DATE:5 Apr 2025]] with hematemesis and melena
({{lab:Hgb 9.6}}, {{score:Glasgow-Blatchford 12}}); he is on IV {{drug:pantoprazole}} awaiting EGD by Dr. [[NAME:bin Rashid]].
"""),

    dict(style="discharge_summary", note="""
Discharge Summary

Name: [[NAME:Orlando Quintana]]      Age: [[AGE:95]]      MRN [[MRN:2207716]]
Admitted [[DATE:12/29/2024]]; discharged [[DATE:01/03/2025]] home with home health.

Diagnoses: E. coli UTI (pansensitive) with hypoactive delirium; AKI on CKD 3b; chronic indwelling catheter not present.

Course: This [[AGE:ninety-five]] year old Spanish-speaking gentleman was brought in by his daughter for two days of sleepiness and poor
intake. {{score:4AT 7}} on arrival. {{lab:Cr 2.3}} (baseline 1.5), {{lab:WBC 13.9}}, UA with pyuria. Treated with {{drug:ceftriaxone}} then
{{drug:cephalexin}} {{dose:500 mg}} BID to complete 7 days (last dose [[DATE:1/4]]). IV fluids; {{lab:Cr 1.6}} at discharge. Delirium cleared
by day 3 with family at bedside, lights on by day, hearing aids in. {{drug:Tamsulosin}} held for orthostasis - resume only if
retaining. Home {{drug:donepezil}} continued.

Daughter / HCP: [[NAME:Mayelín Quintana-Ruiz]]  [[PHONE:305-555-0946]]  [[EMAIL:mayelin.qruiz@gmail.com]]
Home: [[ADDRESS:1280 W 49th St, Apt 12, Hialeah, FL 33012]]
Verified for home health referral: Medicare ID [[MRN:4TW2-GH7-KP18]], SSN last 4 [[SSN:4471]].

Follow-up: Dr. [[NAME:Ileana Cárdenas]] (geriatrics), [[DATE:Thursday January 9th]], 10:30 AM. Repeat BMP at that visit.
""", summary="""
[[NAME:Orlando Quintana]], [[AGE:95]], was hospitalized [[DATE:12/29/2024]]-[[DATE:01/03/2025]] for an E. coli UTI with delirium and AKI and went home on
{{drug:cephalexin}} with home health and geriatrics follow-up with Dr. [[NAME:Cárdenas]] on [[DATE:January 9th]].
"""),

    dict(style="ed_note", note="""
ED NOTE - FAST TRACK
[[NAME:ZAMORA, JESUS]] ("[[NAME:Chuy]]")   {{age:38}}M   MRN [[MRN:8841207]]   DOS [[DATE:08/19/2025]]
Workers' comp: claim # [[MRN:WC-25-0081734]]; employer Lone Star Tile & Stone; SSN on face sheet [[SSN:462-71-9038]]
Supervisor [[NAME:Rick Sutter]] [[PHONE:(210) 555-4418]] drove him in from the job site in [[ADDRESS:New Braunfels]].

HPI: Right-hand dominant tile installer, cut L palm with a utility knife ~1 h PTA while scoring board. Bleeding controlled with
pressure. No numbness. Last tetanus "a long time ago".

Exam: 3.5 cm linear lac L thenar eminence, clean edges, no FB on exploration in bloodless field, tendon not visible.
FPL/FDS/FDP intact with resisted testing, 2-pt discrimination <5 mm all digits, cap refill <2 s. {{eponym:Allen}} test normal.
X-ray: no foreign body.

Procedure: Lidocaine 1% plain {{dose:4 mL}}, irrigated 500 mL NS, closed with 4-0 nylon x6 simple interrupted. Tolerated well.
Tdap given.

Dispo: Home. Suture removal 10-14 days (hand). Work note: no gripping with L hand until [[DATE:8/29]]. Return for redness, pus, fever.
Mr. [[NAME:Zamora]] verbalized understanding in English; Spanish instructions also given.
[[NAME:E. Marchetti]], DO
""", summary="""
[[NAME:Jesús Zamora]], {{age:38}}, a tile installer, had a 3.5 cm left palm laceration repaired with six sutures on [[DATE:08/19/2025]] under a workers'
comp claim; tendons and nerves were intact and he received Tdap.
"""),

    dict(style="ed_note", note="""
EMERGENCY DEPARTMENT NOTE

CC: Syncope

HPI: {{age:62}}-year-old woman with hypertension and hypothyroidism had a brief loss of consciousness while standing in a long line at
church this morning. Felt warm and nauseated first, vision "went gray". Bystanders lowered her to the floor; awake within seconds,
no tongue biting, no incontinence, no post-event confusion. {{drug:Hydrochlorothiazide}} {{dose:25 mg}} was added two weeks ago. No chest
pain, palpitations or exertional symptoms. No family history of sudden death.

Exam: Supine {{vital:BP 138/80}} {{vital:HR 78}}; standing {{vital:BP 112/70}} {{vital:HR 104}} with lightheadedness. No murmur. Neuro: CN II-XII
intact, strength 5/5 all extremities, no pronator drift, {{eponym:Romberg}} negative.
ECG: sinus rhythm 72, PR 180 ms, QTc 446 ms, no {{eponym:Brugada}} pattern, no delta wave to suggest {{eponym:Wolff-Parkinson-White}}.
Labs: {{lab:Na 129}}  {{lab:K 3.2}}  {{lab:Hgb 12.9}}  {{lab:TSH 2.1}}  {{lab:troponin <6}}  glucose 104

MDM: Vasovagal syncope with a contribution from thiazide-related volume depletion and hyponatremia. {{score:Canadian Syncope Risk Score -1}}
(low risk). Given 1 L NS and {{drug:potassium chloride}} {{dose:40 mEq}} PO; orthostatics normalized.

Disposition: Discharged home with her husband. Stop HCTZ; PCP to recheck sodium this week and choose another agent (e.g.
{{drug:amlodipine}}). {{eponym:Holter}} monitor not needed at this time. Return precautions reviewed, including exertional syncope.
""", summary="""
A {{age:62}}-year-old woman had vasovagal syncope worsened by new {{drug:hydrochlorothiazide}} ({{lab:Na 129}}, {{lab:K 3.2}}, orthostatic);
she was rehydrated and discharged with the thiazide stopped and PCP follow-up.
"""),

    dict(style="admission_hp", note="""
ADMISSION H&P (Medicine - Stroke/TIA pathway)
[[NAME:HUANG, MEI-LING]]  |  F  |  {{age:76}}  |  MRN [[MRN:40021985]]  |  Admitted [[DATE:2025/03/02]]
History from patient and son [[NAME:Kevin Huang]], Mandarin video interpreter [[NAME:Zhou]] (#[[MRN:77215]]).

HPI: Mrs. [[NAME:Huang]] had ~40 minutes of right hand weakness and word-finding difficulty at dinner around 1830 - "could not hold
chopsticks, words came out wrong." Resolved before EMS arrived. No headache, no vision loss. Similar 5-minute episode last
week that she did not mention. {{score:NIHSS 0}} in ED. {{score:ABCD2 5}}.

PMH: HTN, HLD, prediabetes; no AF known. Meds: {{drug:losartan}} {{dose:50 mg}}, {{drug:simvastatin}} {{dose:20 mg}} (takes irregularly).
Social: widowed (husband [[NAME:Huang Jianguo]] d. 2019), lives with son's family in [[ADDRESS:Flushing]]. Never smoker.

Exam: {{vital:BP 172/88}}  {{vital:HR 76}} regular. Fluent, naming intact, no neglect. Strength 5/5, reflexes 2+ symmetric,
{{eponym:Babinski}} absent bilaterally. Left carotid bruit.
Imaging: CT head negative. CTA: 70-80% L ICA stenosis at the bifurcation.

A/P: High-risk TIA, L hemispheric, likely artery-to-artery embolism from symptomatic L ICA stenosis.
- {{drug:aspirin}} {{dose:325 mg}} load then {{dose:81 mg}}; {{drug:clopidogrel}} {{dose:300 mg}} load then {{dose:75 mg}} daily
- {{drug:atorvastatin}} {{dose:80 mg}}; permissive HTN to 220/120 for 24 h, then resume {{drug:losartan}}
- MRI brain, TTE, telemetry; vascular surgery re: CEA within 2 weeks
Son's cell [[PHONE:(718) 555-3340]].   -- [[NAME:Owen Gallagher]], MD PGY-1 / [[NAME:S. Iyer]], MD attending
""", summary="""
[[NAME:Mei-Ling Huang]], {{age:76}}, was admitted [[DATE:2025/03/02]] after a high-risk left hemispheric TIA with 70-80% left ICA stenosis; she is on
dual antiplatelet therapy and high-intensity {{drug:atorvastatin}} with vascular surgery asked to consider carotid endarterectomy.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY

PATIENT NAME: [[NAME:Gary W. Whitfield]]
MRN: [[MRN:1093-3382]]
DATE OF ADMISSION: [[DATE:September 3, 2024]]
DATE OF DISCHARGE: [[DATE:September 7, 2024]]
ATTENDING: [[NAME:Samuel Pryor]], MD

DIAGNOSES: Alcohol withdrawal with tremor and hallucinosis (no seizures); alcohol use disorder, severe; thrombocytopenia; hypomagnesemia.

HOSPITAL COURSE: {{age:57}}-year-old man, drinking ~1 L vodka daily, last drink the morning of admission. Peak {{score:CIWA-Ar 22}} on
hospital day 1, treated with symptom-triggered {{drug:lorazepam}} and a {{drug:phenobarbital}} load of {{dose:10 mg/kg}}; no ICU
transfer needed. {{drug:Thiamine}} {{dose:500 mg}} IV TID x3 days for possible {{eponym:Wernicke}} encephalopathy (ataxia on arrival, improved).
{{lab:Plt 88}} -> 121, {{lab:Mg 1.2}} repleted, {{lab:AST 142}} / {{lab:ALT 61}}. Ultrasound: hepatic steatosis, no cirrhosis features.

His wife [[NAME:Hope]] visited daily and has removed all alcohol from the house. He is motivated; we hope he will follow through with the
intensive outpatient program. Started {{drug:naltrexone}} {{dose:50 mg}} daily (LFTs acceptable) after discussing {{drug:acamprosate}}.

DISCHARGE MEDICATIONS: {{drug:naltrexone}} {{dose:50 mg}} daily; {{drug:thiamine}} {{dose:100 mg}} daily; {{drug:folic acid}} {{dose:1 mg}} daily;
multivitamin. No benzodiazepines at discharge.

FOLLOW-UP: PCP Dr. [[NAME:Brown]], Riverside Family Medicine, within 1 week. IOP intake [[DATE:9/10]] 9:00 AM.

Dictated by [[NAME:Lauren Fitch]], PA-C, for Dr. [[NAME:Pryor]].  D: [[DATE:09/07/2024]]  T: [[DATE:09/08/2024]]
""", summary="""
[[NAME:Gary Whitfield]], {{age:57}}, was treated [[DATE:September 3, 2024]]-[[DATE:September 7, 2024]] for severe alcohol withdrawal with {{drug:lorazepam}},
{{drug:phenobarbital}} and high-dose {{drug:thiamine}}, and left on {{drug:naltrexone}} with an IOP intake on [[DATE:9/10]].
"""),

    dict(style="ed_note", note="""
ED Provider Note - Acute Care
[[NAME:Keisha Coleman-Brooks]], {{age:27}} F, Hb SS, MRN [[MRN:2093347]]     Arrived [[DATE:2/16/25]] 19:40

HPI: Typical pain crisis - low back and both thighs, {{score:pain 9/10}}, started last night after a cold day outside waiting for
the bus. Took {{drug:oxycodone}} {{dose:10 mg}} x3 at home without relief. No fever, no chest pain, no cough, no priapism/neuro sx.
[[NAME:Keisha]] says this feels "like every other crisis, not like the chest one" (ACS admission 2022).

Individualized care plan on file (Dr. [[NAME:Marcus Whitaker]], hematology): {{drug:hydromorphone}} {{dose:2 mg}} IV q20 min x3, then
reassess; {{drug:ketorolac}} {{dose:15 mg}} IV if Cr normal; IVF D5-1/2NS at 1x maintenance.
Recent ED visits for pain: [[DATE:1/4/25]], [[DATE:1/19/25]], [[DATE:2/2/25]].

Exam: {{vital:T 37.4}}  {{vital:HR 102}}  {{vital:BP 126/78}}  {{vital:RR 18}}  {{vital:SpO2 98%}} RA. Lungs clear. No splenomegaly.
Tender paraspinal and bilateral anterior thighs; no joint effusion.
Labs: {{lab:Hgb 7.1}} (baseline 7-8), {{lab:retic 11%}}, {{lab:LDH 410}}, {{lab:Cr 0.6}}. CXR clear.

Course: first {{drug:hydromorphone}} dose within 30 min of arrival (door-to-analgesia 24 min). After 3 doses {{score:pain 6/10}}; admit to
medicine for PCA. Her friend "[[NAME:Neecy]]" ([[NAME:Denise Harmon]]) is her ride; aware of admission.
Discussed with Dr. [[NAME:Whitaker]] by phone. Also: overdue for {{drug:hydroxyurea}} refill - pharmacy notified.
""", summary="""
[[NAME:Keisha Coleman-Brooks]], {{age:27}}, with sickle cell disease (Hb SS) had a vaso-occlusive crisis on [[DATE:2/16/25]], her fourth ED visit since
[[DATE:1/4/25]]; pain improved only partly with three doses of IV {{drug:hydromorphone}} per her care plan, and she was admitted for PCA.
"""),

    dict(style="admission_hp", note="""
History and physical, medicine, dictated. Patient [[NAME:Dmitri Sokolov]], date of birth [[DATE:august ninth nineteen fifty two]], seen on
[[DATE:march third twenty twenty five]] at approximately 4 p.m. Mr. [[NAME:Sokolov]] is a {{age:72}} year old man from [[ADDRESS:Brighton Beach]] with
type 2 diabetes, venous stasis and obesity who comes in with three days of a red, hot, swollen left lower leg that started near a
scratch on the shin from a shopping cart, with a fever at home to 101.8 and chills, and his wife [[NAME:Irina]], who speaks limited English,
says he has been sleeping more than usual. He saw his primary doctor, Dr. [[NAME:Boris Grinberg]], on Friday who started {{drug:Keflex}}
{{dose:500 mg}} four times daily, but the redness kept spreading past the line they drew with a marker. No known MRSA history. Allergy
to {{drug:penicillin}}, rash as a child. On exam {{vital:temperature 38.6}}, {{vital:heart rate 104}}, {{vital:blood pressure 138/72}}. The left leg
has erythema from ankle to just below the knee with warmth, no fluctuance, no crepitus, pain proportionate to exam, negative {{eponym:Homan}}
sign which I mention only because the family asked about a clot. Labs show {{lab:white count 15.8}}, {{lab:lactate 1.6}}, {{lab:creatinine 1.1}},
{{lab:glucose 264}}, {{lab:A1c 9.2}}. Venous duplex negative for DVT. Assessment nonpurulent cellulitis failing oral cephalexin, started on
{{drug:vancomycin}} per pharmacy dosing and {{drug:cefazolin}} {{dose:2 g}} IV q8h after test dose given remote low-risk penicillin history,
elevate the leg, glucose control with {{drug:insulin glargine}} {{dose:14 units}} plus correction. Son [[NAME:Alexei]] is the contact at
[[PHONE:347-555-2609]]. End of dictation.
""", summary="""
[[NAME:Dmitri Sokolov]], {{age:72}}, with diabetes was admitted on [[DATE:march third twenty twenty five]] for left leg cellulitis that progressed on
outpatient {{drug:Keflex}}; DVT was excluded and he was started on IV {{drug:vancomycin}} and {{drug:cefazolin}}.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY
Pt: [[NAME:LO BIANCO, ANTONIETTA]]     Age {{age:89}}     MRN [[MRN:0077412]]
Admit [[DATE:14-Jan-2025]]     D/C [[DATE:19-Jan-2025]]     To: home with daughter-in-law
Dx: COPD exacerbation (viral, rhinovirus +); chronic hypoxic respiratory failure on 2 L home O2

Brief course: {{age:89}}-year-old former smoker (50 pk-yr, quit 2004) with increased dyspnea and sputum x4 days. {{vital:SpO2 84%}} on home 2 L,
{{lab:pCO2 58}}, {{lab:pH 7.33}}; BiPAP x18 h, then back to NC. Nebs, {{drug:prednisone}}, {{drug:azithromycin}}. Walked 150 ft on 2 L at 90%+.

MEDICATION RECONCILIATION
| Medication                      | Dose / directions                        | Status    |
| {{drug:Trelegy Ellipta}}               | {{dose:1 inhalation}} daily                     | CONTINUE  |
| {{drug:albuterol}} HFA                   | {{dose:2 puffs}} q4h PRN                       | CONTINUE  |
| {{drug:prednisone}}                      | {{dose:40 mg}} daily, last dose [[DATE:1/21]]          | NEW       |
| {{drug:azithromycin}}                    | {{dose:250 mg}} daily, last dose [[DATE:1/20]]         | NEW       |
| {{drug:Lasix}}                           | {{dose:20 mg}} daily                            | CONTINUE  |
| {{drug:alprazolam}}                      | {{dose:0.25 mg}} qHS                            | STOPPED (falls, CO2 retention) |

Home O2 via Apria, {{dose:2 L}} continuous. Pulmonary rehab referral placed.
Caregiver: daughter-in-law [[NAME:Teresa Lo Bianco]] [[PHONE:(914) 555-0173]]; son [[NAME:Sal]] works nights. Lives in [[ADDRESS:Yonkers]].
Follow-up: Dr. [[NAME:Ciccone]] (pulm) in 2 wks; PCP [[NAME:J. Amato]], NP in 1 wk.
""", summary="""
[[NAME:Antonietta Lo Bianco]], {{age:89}}, was treated [[DATE:14-Jan-2025]] to [[DATE:19-Jan-2025]] for a rhinovirus COPD exacerbation with hypercapnia
requiring BiPAP, and went home on 2 L O2 with a {{drug:prednisone}} taper; {{drug:alprazolam}} was stopped.
"""),

    dict(style="ed_note", note="""
ED Physician Note
Patient: [[NAME:McKenzie, Ryan T]]    {{age:26}}M    MRN [[MRN:6619043]]    Enc [[MRN:ED25-093381]]
Date: [[DATE:July 12 2025]]

HPI: Brought in by friend ([[NAME:Austin Reyes]]) after he found pt unresponsive in the car, blue lips, snoring respirations. [[NAME:Austin]]
gave {{drug:Narcan}} {{dose:4 mg}} intranasal x2, 3 min apart, then drove him from [[ADDRESS:Pflugerville]] rather than wait for EMS.
Pt admits to snorting "blues" (pressed pills, presumed {{drug:fentanyl}}). Last use 1 h PTA. Uses daily x1 yr. Was on {{drug:Suboxone}} last
year through a clinic that closed.

On arrival: {{score:GCS 13}} -> 15 in 10 min. {{vital:RR 10}} -> 16. {{vital:SpO2 93%}} RA -> 98%. Pupils 3 mm. No trauma. Lungs clear.
Observed 4 h without recurrent sedation. ECG normal, QTc 421. {{lab:APAP <10}}, {{lab:ASA <3}}, {{lab:EtOH 0}}.

In COWS {{score:COWS 11}} at hour 3 -> {{drug:buprenorphine}} {{dose:8 mg}} SL given, {{score:COWS 3}} after 45 min. Bridge Rx
{{drug:buprenorphine-naloxone}} {{dose:8/2 mg}} BID x7 days; warm handoff to bridge clinic, appt [[DATE:Tuesday 7/15]] 1 PM.
Peer recovery specialist [[NAME:DeAndre Mills]] met with pt and [[NAME:Austin]] at bedside. Narcan kit x2 dispensed.

Dispo: home with friend. [[NAME:E. Marchetti]], DO
""", summary="""
[[NAME:Ryan McKenzie]], {{age:26}}, was revived with intranasal {{drug:Narcan}} by his friend [[NAME:Austin]] after a presumed {{drug:fentanyl}} overdose on
[[DATE:July 12 2025]]; he was started on {{drug:buprenorphine}} in the ED and linked to a bridge clinic visit on [[DATE:7/15]].
"""),

    dict(style="admission_hp", note="""
Medicine Admission Note

[[NAME:Wilfredo Colón]] ("[[NAME:Willie]]"), {{age:59}}M, ESRD on HD MWF via L brachiocephalic AVF, MRN [[MRN:3450092]], admitted [[DATE:10.21.2024]].

HPI: Missed Friday and today's (Monday) sessions - his transport van didn't come and his sister, who usually drives him, was in
[[ADDRESS:Ponce]] for a funeral. Generalized weakness, nausea, mild dyspnea. Ate "a lot of oranges and platanos" over the weekend.
No chest pain.

Exam: {{vital:BP 182/96}}  {{vital:HR 58}}  {{vital:RR 20}}  {{vital:SpO2 94% RA}}. Crackles at bases. Thrill/bruit over AVF intact. 1+ edema.
Labs: {{lab:K 6.8}}  {{lab:HCO3 16}}  {{lab:BUN 98}}  {{lab:Cr 11.4}}  {{lab:phos 7.9}}
ECG: peaked T waves V2-V4, PR 210, QRS 104 ms.

A/P: Hyperkalemia with ECG changes from missed HD; volume overload.
- {{drug:calcium gluconate}} {{dose:3 g}} IV, {{drug:insulin regular}} {{dose:5 units}} IV + {{drug:D50}} {{dose:25 g}}, {{drug:albuterol}} {{dose:10 mg}} neb
- {{drug:Lokelma}} {{dose:10 g}} PO now
- Nephrology (Dr. [[NAME:Kathleen O'Neal]]) - emergent HD tonight, 2K bath; repeat K 2 h post
- telemetry; low-K renal diet education in Spanish
- SW: unit social worker [[NAME:Nilsa Vázquez]] (x[[PHONE:4412]]) to arrange backup transport
Lives alone in [[ADDRESS:Holyoke]]. Sister [[NAME:Migdalia Colón]] [[PHONE:413-555-0758]].
""", summary="""
[[NAME:Wilfredo Colón]], {{age:59}}, on hemodialysis, was admitted [[DATE:10.21.2024]] with hyperkalemia ({{lab:K 6.8}}) and peaked T waves after two
missed sessions due to transport problems; he got temporizing therapy and emergent dialysis.
"""),

    dict(style="discharge_summary", note="""
Discharge Summary - Hospital Medicine

Admitting diagnosis: Acute pancreatitis
Discharge diagnosis: Acute gallstone pancreatitis, mild; choledocholithiasis s/p ERCP; s/p laparoscopic cholecystectomy

Hospital course:
{{age:48}}-year-old woman presented with epigastric pain radiating to the back and vomiting. {{lab:Lipase 3,412}}, {{lab:ALT 388}}, {{lab:AST 301}},
{{lab:T bili 3.2}}, {{lab:TG 140}}, no alcohol use. {{score:BISAP 1}}. Ultrasound: cholelithiasis, CBD 9 mm. Aggressive but goal-directed LR.
MRCP showed a 6 mm distal CBD stone. ERCP with sphincterotomy and stone extraction on hospital day 2 - no post-ERCP pancreatitis.
Laparoscopic cholecystectomy by General Surgery on hospital day 4; a {{eponym:Jackson-Pratt}} drain was placed for oozing at the liver bed
and removed on postoperative day 1 with minimal output. Diet advanced to low-fat solids, tolerated.

Pain controlled with {{drug:acetaminophen}} and {{drug:ibuprofen}}; {{drug:oxycodone}} used twice total.

Discharge medications:
- {{drug:acetaminophen}} {{dose:1,000 mg}} every 8 hours as needed
- {{drug:ibuprofen}} {{dose:400 mg}} every 8 hours as needed with food, max 5 days
- {{drug:docusate}} {{dose:100 mg}} twice daily while taking any opioid

Follow-up: General Surgery clinic in 2 weeks; PCP in 1 week with repeat LFTs. Return for fever, jaundice, worsening pain.
Condition at discharge: Good. Independent. Discharged on a Saturday afternoon with her husband.
""", summary="""
A {{age:48}}-year-old woman with mild gallstone pancreatitis ({{lab:Lipase 3,412}}) had ERCP stone extraction and then laparoscopic
cholecystectomy, and was discharged on non-opioid analgesia with surgery and PCP follow-up.
"""),

    dict(style="ed_note", note="""
ED NOTE
Name: [[NAME:CHOI, YOUNG-SOON]]     Age: [[AGE:101]] y     MRN [[MRN:9012245]]     Arrival [[DATE:04MAR2025]] 1105

History via grandson [[NAME:Daniel Choi]] (Korean/English). Pt lives with him and his wife in [[ADDRESS:Palisades Park]]; walks with a cane,
feeds herself, mild dementia. Since yesterday evening: RUQ pain, refused dinner and breakfast, vomited x2. No jaundice noticed.

Exam: {{vital:T 38.3}}  {{vital:HR 98}}  {{vital:BP 118/64}}  {{vital:SpO2 95%}}. Frail, oriented to self. RUQ tenderness with inspiratory arrest
(+{{eponym:Murphy}} sign). No peritonitis.
Labs: {{lab:WBC 16.1}}  {{lab:T bili 1.4}}  {{lab:alk phos 162}}  {{lab:lipase 30}}  {{lab:lactate 1.9}}  {{lab:Cr 1.3}}
US: distended GB, wall 6 mm, pericholecystic fluid, impacted neck stone; CBD 5 mm.

Dx: Acute calculous cholecystitis.
- {{drug:piperacillin-tazobactam}} {{dose:3.375 g}} IV q8h, fluids, {{drug:acetaminophen}} IV
- Surgery (Dr. [[NAME:Bianca Russo]]) saw pt: family prefers nonoperative approach; IR percutaneous cholecystostomy if not improving in 24-48 h
- GOC: DNR/DNI per MOLST dated [[DATE:4/2/2023]], reaffirmed today with grandson (HCP)
- admit medicine
Family contact: [[NAME:Daniel Choi]] [[PHONE:551-555-8830]], [[EMAIL:dchoi.nyc@gmail.com]]
""", summary="""
[[NAME:Young-soon Choi]], [[AGE:101]], presented [[DATE:04MAR2025]] with acute calculous cholecystitis and was admitted on IV {{drug:piperacillin-tazobactam}};
her family and surgery chose a nonoperative approach, with IR drainage if needed, and she remains DNR/DNI.
"""),

    dict(style="discharge_summary", note="""
Discharge Summary - Cardiology / Medicine
[[NAME:Priya Raghavan]]   |   DOB [[DATE:02 Oct 1968]]   |   MRN [[MRN:74400219]]
Admitted [[DATE:Aug 11]], discharged [[DATE:Aug 13, 2025]]

Principal dx: New-onset atrial fibrillation with RVR

Course: {{age:56}}F, HTN, presented with palpitations and dyspnea after a week of poor sleep and heavy caffeine while her husband
[[NAME:Vikram]] was hospitalized out of state. AF RVR at 150s; {{drug:diltiazem}} {{dose:10 mg}} IV then drip, transitioned to PO.
Spontaneous conversion to sinus overnight (~14 h from onset). TTE: normal EF 60%, LA mildly dilated, no valve disease. {{lab:TSH 1.8}}.
{{score:CHA2DS2-VASc 2}} (female, HTN) -> anticoagulation recommended; patient agreed after shared decision-making.
{{score:Wells score 0}} for PE, D-dimer not sent. Sleep study referral for snoring/witnessed apneas.

Discharge meds: {{drug:Xarelto}} {{dose:20 mg}} daily with evening meal; {{drug:diltiazem ER}} {{dose:120 mg}} daily; {{drug:lisinopril}} {{dose:10 mg}} (home).
Stopped: {{drug:Sudafed}} (she used for allergies).

Follow-up: EP clinic - Dr. [[NAME:Pieter van der Meer]] in 2-3 weeks; 14-day Zio patch mailed. Questions to the EP nurse line
[[PHONE:(312) 555-0148]] or [[EMAIL:ep.nurses@lakeshorecardio.org]].
Patient's preferred contact: cell [[PHONE:312.555.7716]].
""", summary="""
[[NAME:Priya Raghavan]], {{age:56}}, admitted with new atrial fibrillation with RVR, converted spontaneously and was discharged [[DATE:Aug 13, 2025]] on
{{drug:Xarelto}} ({{score:CHA2DS2-VASc 2}}) and {{drug:diltiazem ER}}, to follow up with Dr. [[NAME:van der Meer]] in EP clinic.
"""),

    dict(style="ed_note", note="""
ED course note

Pt: [[NAME:Treviño, Guadalupe]] (goes by [[NAME:Lupe]])    {{age:41}}F    MRN [[MRN:5126603]]    [[DATE:1/27/2025]]

{{age:41}}F with 2 d dysuria/frequency, then fever 102, R flank pain, vomiting x3 today. LMP 2 wks ago, UPT neg. Hx 2 UTIs last yr.
{{vital:T 38.9}} {{vital:HR 112}} {{vital:BP 118/70}}. R CVA tenderness. Abd soft.
UA: LE 3+, nitrite +, >50 WBC. {{lab:WBC 18.4}}, {{lab:Cr 0.9}}, {{lab:lactate 1.4}}. Bedside US: no hydronephrosis.

Rx: 1 L LR, {{drug:ondansetron}} {{dose:4 mg}} IV, {{drug:ketorolac}} {{dose:15 mg}} IV, {{drug:ceftriaxone}} {{dose:1 g}} IV. Urine cx sent.
Reassessed 1640: afebrile, HR 88, tolerating PO, {{score:pain 2/10}}.

Dx: acute pyelonephritis, uncomplicated.
Dispo: home with husband [[NAME:Ernesto]]. {{drug:Keflex}} {{dose:500 mg}} QID x 10 d (prior culture was cephalexin-S); will call if
culture shows resistance - confirmed callback # [[PHONE:956-555-2213]] (cell). Return if unable to keep fluids down.
ED summary faxed to PCP Dr. [[NAME:Ana Luisa Cantú]], fax [[PHONE:956-555-0421]]. Lives in [[ADDRESS:McAllen]].
""", summary="""
[[NAME:Guadalupe Treviño]], {{age:41}}, was treated in the ED on [[DATE:1/27/2025]] for uncomplicated right pyelonephritis with IV {{drug:ceftriaxone}} and
discharged on {{drug:Keflex}}, with the note faxed to Dr. [[NAME:Cantú]].
"""),

    dict(style="admission_hp", note="""
Admission H&P - Medicine Teaching Team B

Patient: [[NAME:Story, Doreen J]]     {{age:81}} yo F     MRN [[MRN:8204417]]     Date: [[DATE:Wed 11/13/24]]
Referred from PCP office for {{lab:Na 118}} on routine labs.

HPI: Mrs. [[NAME:Story]] tells a clear story: 2-3 weeks of fatigue, "fuzzy thinking," and two near-falls. Eats mostly toast and tea since
her husband died in the spring; drinks 2-3 L of water a day because "it's good for you." {{drug:Sertraline}} (brand {{drug:Zoloft}})
{{dose:50 mg}} started in September for grief. Also on {{drug:HCTZ}} {{dose:12.5 mg}}. No vomiting, no seizures, no headache.

Exam: {{vital:BP 136/74}}  {{vital:HR 80}}  euvolemic. Alert, oriented x3, slow. No asterixis. Gait: unsteady, needs hand-hold.
Labs: {{lab:Na 118}}  {{lab:serum osm 248}}  {{lab:urine osm 312}}  {{lab:urine Na 46}}  {{lab:K 3.4}}  {{lab:TSH 2.8}}  {{lab:AM cortisol 17}}

Assessment: Severe, chronic (>48 h), mildly symptomatic hyponatremia - SIADH from SSRI +/- thiazide, on top of low solute intake.
Plan:
- stop {{drug:sertraline}} and {{drug:HCTZ}}; fluid restriction 1 L
- Na q4h; goal rise 4-6, max 8 mEq/L in 24 h (ODS risk); {{drug:DDAVP}} clamp if overcorrecting
- no hypertonic saline unless symptoms worsen
- psych C/L re: grief, alternative to SSRI ({{drug:mirtazapine}} would also help appetite)
- PT/OT, fall precautions
Social: lives alone in [[ADDRESS:Pawtucket]]; neighbor [[NAME:Bud Lavallee]] checks on her. Son [[NAME:Craig Story]] in [[ADDRESS:Warwick]], [[PHONE:401-555-6621]].
""", summary="""
[[NAME:Doreen Story]], {{age:81}}, was admitted [[DATE:11/13/24]] with severe chronic hyponatremia ({{lab:Na 118}}) from SIADH on {{drug:sertraline}} and {{drug:HCTZ}}
with low solute intake; both drugs were stopped and sodium is being corrected slowly under fluid restriction.
"""),

    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY

[[NAME:GAINES, DARNELL R]]   |   MRN [[MRN:31176058]]   |   HAR [[MRN:700118342]]
Admit: [[DATE:3/3/2025]]    Discharge: [[DATE:3/8/2025]]

Care team:
  Attending - [[NAME:Catherine Mulroney]], MD
  Resident - [[NAME:Arjun Mehta]], MD (PGY-2), pager [[PHONE:3187]]
  Oncology consult - [[NAME:Xiaoming Liu]], MD, PhD
  Case management - [[NAME:Imani Price]], LCSW

Diagnosis: Classical {{eponym:Hodgkin}} lymphoma, nodular sclerosis, stage IIB (new); B symptoms.

Course: {{age:31}}M admitted with 2 months of night sweats, 9 kg weight loss, pruritus and bulky mediastinal adenopathy on CT. Excisional
biopsy of a left supraclavicular node on [[DATE:3/5]]: {{eponym:Reed-Sternberg}} cells, CD15+/CD30+ (path accession [[MRN:S25-10432]]). PET-CT staging done
inpatient. Echo EF 62%, PFTs with DLCO 88% (baseline before {{drug:bleomycin}}). Fertility counseling done; sperm banking arranged.

[[NAME:Imani Price]] helped with insurance prior auth and the out-of-pocket price of {{drug:ondansetron}}. Mother [[NAME:Loretta Gaines]] will
drive him to infusions from [[ADDRESS:East Orange]].

Plan: ABVD ({{drug:doxorubicin}}, {{drug:bleomycin}}, {{drug:vinblastine}}, {{drug:dacarbazine}}) cycle 1 day 1 outpatient [[DATE:March 12th]] with
Dr. [[NAME:Liu]]. Port placement by IR [[DATE:3/10]].
""", summary="""
[[NAME:Darnell Gaines]], {{age:31}}, was diagnosed during a [[DATE:3/3/2025]]-[[DATE:3/8/2025]] admission with stage IIB classical {{eponym:Hodgkin}} lymphoma and will start
ABVD with Dr. [[NAME:Liu]] on [[DATE:March 12th]] after port placement.
"""),

    dict(style="ed_note", note="""
Emergency Medicine Attending Attestation

I saw and examined the patient with the resident, Dr. [[NAME:Yesenia Ortiz-Bennett]], and agree with the findings and plan as documented,
with the following additions.

{{age:66}}-year-old man, [[NAME:Frederick]] "[[NAME:Fritz]]" [[NAME:Adler]], with {{eponym:Parkinson disease}} on {{drug:Rytary}} and a recent urology procedure,
here with fever and rigors. He appeared toxic on my initial exam: {{vital:T 39.4}}, {{vital:HR 118}}, {{vital:BP 88/52}}, {{vital:MAP 64}}. Mottling
at the knees. His chronic {{eponym:Foley}} was exchanged in the department; cloudy urine. {{lab:Lactate 4.6}}.

Critical care: 30 mL/kg crystalloid, {{drug:cefepime}} {{dose:2 g}} IV within 40 min of arrival, {{drug:vancomycin}} loading dose,
{{drug:norepinephrine}} started at {{dose:0.05 mcg/kg/min}} peripherally after MAP remained <65. I personally spent 52 minutes of critical
care time exclusive of procedures. {{score:qSOFA 3}}, {{score:SOFA 7}}.

Spoke with his wife [[NAME:Ingrid Adler]] ([[PHONE:612-555-0935]]) - confirms Full Code. Urology (Dr. [[NAME:Caruso]]) notified.
MICU accepting: Dr. [[NAME:Rebecca Thornton]].

[[NAME:Thomas J. Kavanagh]], MD  |  [[DATE:12/22/2024]] 02:47  |  [[NAME:tkavanagh]]
""", summary="""
[[NAME:Fritz Adler]], {{age:66}}, with {{eponym:Parkinson disease}} and a chronic {{eponym:Foley}}, presented on [[DATE:12/22/2024]] in septic shock from a
urinary source ({{lab:Lactate 4.6}}) and was started on {{drug:cefepime}}, {{drug:vancomycin}} and {{drug:norepinephrine}} before MICU admission.
"""),
]
