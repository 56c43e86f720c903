NOTES = [
    dict(style="stroke_code", note="""
CODE STROKE - NEUROLOGY RESPONSE
Pt: [[NAME:Chukwuemeka Nwosu]]    MRN [[MRN:40288173]]    DOB [[DATE:07/22/1958]]
Date of service: [[DATE:11/02/2025]]    Paged 14:06, at bedside 14:11

HPI: {{age:67}} y/o R-handed man, LKW 13:20 per wife [[NAME:Adaeze]], who was on the phone with him when his speech
"went funny." Hx HTN, DM2, ex-smoker. Takes {{drug:Jardiance}} and {{drug:lisinopril}}; no anticoagulant.

Exam: {{vital:BP 188/96}}, {{vital:HR 84}} irregular, {{lab:POC glucose 162}}. Expressive aphasia, R lower facial droop,
R arm drifts to bed in <10 s, R leg drift. {{eponym:Babinski}} upgoing on R. {{score:NIHSS 11}}.
CT head: no hemorrhage, {{score:ASPECTS 9}}. CTA: L M2 superior division occlusion.

Plan:
- {{drug:Labetalol}} {{dose:10 mg}} IV x1 -> {{vital:BP 172/90}}
- {{drug:Tenecteplase}} {{dose:0.25 mg/kg}} ({{dose:21 mg}}) IV push at 14:38, door-to-needle 29 min
- D/w IR (Dr. [[NAME:Liam McAllister]]) - taking for thrombectomy
- Wife reachable at [[PHONE:(317) 402-7719]]; she is driving in from [[ADDRESS:Carmel]].

[[NAME:R. Pelletier]], MD - Vascular Neurology
""", summary="""
[[NAME:Chukwuemeka Nwosu]], {{age:67}}, had a left M2 occlusion ({{score:NIHSS 11}}) on [[DATE:11/02/2025]], received
{{drug:tenecteplase}} and went to IR with Dr. [[NAME:McAllister]] for thrombectomy.
"""),

    dict(style="neuro_clinic", note="""
MOVEMENT DISORDERS CLINIC - FOLLOW-UP
[[NAME:ZÜRCHER, BEAT]]    DOB [[DATE:1947-02-11]]    Acct [[MRN:A0093317452]]
Seen [[DATE:March 4th]] with his daughter [[NAME:Ursula Gisler]], who keeps his medication diary.

Mr. [[NAME:Zürcher]] is a {{age:78}}-year-old retired watchmaker with {{eponym:Parkinson disease}} diagnosed in 2016.
Wearing-off about 3 h after each dose of {{drug:Sinemet}} {{dose:25/100}}, {{dose:1.5 tabs}} TID, with early-morning
dystonia of the L foot. Two falls since January, one by the garden shed; no injury. No hallucinations.
Constipation managed with {{drug:Miralax}}.

Exam: {{vital:BP 128/74}} sitting, {{vital:BP 102/64}} standing at 3 min. {{score:MDS-UPDRS III 34}} in ON state.
Hypomimia, bradykinesia L>R, rest tremor L hand. Pull test: 3 steps, recovers unaided. {{score:MoCA 25/30}}.

Impression: motor fluctuations; orthostatic hypotension likely contributing to falls.
1. {{drug:Carbidopa-levodopa}} {{dose:25/100}} {{dose:1.5 tabs}} five times daily; add {{drug:entacapone}} {{dose:200 mg}} with
   each dose if still wearing off at next visit.
2. Stop {{drug:tamsulosin}} (started by urology) - may be worsening orthostasis; will message Dr. [[NAME:Whitfield]].
3. PT referral for LSVT BIG. Thigh-high compression stockings.
4. RTC 3 months. [[NAME:Ursula]] to call [[PHONE:414-286-9031]] if freezing of gait worsens.

[[NAME:Anneliese Rüegg]], MD
cc: [[NAME:Sarah Whitfield]], MD (PCP)
""", summary="""
[[NAME:Beat Zürcher]], {{age:78}}, with {{eponym:Parkinson disease}}, has wearing-off and orthostatic falls; his
{{drug:Sinemet}} was made more frequent and {{drug:tamsulosin}} stopped, with follow-up in 3 months.
"""),

    dict(style="stroke_unit_nursing", note="""
STROKE UNIT - RN NOTE 0300
Pt [[NAME:Jean-Baptiste, Wilnise]], [[AGE:91]] yo F, bed 6B-14, day 2 post L MCA infarct.
Neuro checks q2h: alert, oriented x2 (baseline per family), R hemiparesis unchanged, {{score:NIHSS 7}} (7 at 2300).
Pupils 3 mm brisk. {{vital:BP 158/82}} {{vital:HR 72}} {{vital:SpO2 95%}} RA {{vital:T 36.8}}
Failed bedside swallow 2200 - NPO, SLP consult in, PO meds held; {{drug:aspirin}} {{dose:300 mg}} PR given 2330.
No {{eponym:Foley}}. Voided 250 mL on bedpan, bladder scan {{lab:PVR 80 mL}}.
Grandson ("[[NAME:Ti-Jo]]") at bedside until 0100, speaks Creole w/ pt. Asks that family be called for any change:
daughter [[NAME:Marie-Claude Jean-Baptiste]] [[PHONE:786-430-2217]].
{{score:Morse 65}} - bed alarm on, low bed, mats down.
-- [[NAME:K. Mahoney]], RN / cosign [[NAME:TG]]
""", summary="""
[[AGE:91]]-year-old [[NAME:Wilnise Jean-Baptiste]] is stable overnight after a left MCA stroke ({{score:NIHSS 7}}) but
failed her swallow screen and is NPO pending speech therapy.
"""),

    dict(style="neuro_consult_dictated", note="""
neurology consult, dictated, transcribed unedited

this is doctor [[NAME:hope saunders]] dictating a neurology consult on [[NAME:kagiso molefe]], medical record number
[[MRN:5503 9921]], date of service [[DATE:october ninth twenty twenty five]]. patient is a {{age:34}} year old right handed man
originally from [[ADDRESS:gaborone]], works as a civil engineer, no prior seizures. his partner [[NAME:boitumelo seretse]]
witnessed a generalized tonic clonic seizure at home about 0500, roughly two minutes, tongue bite, incontinence. second
seizure in the emergency department, given {{drug:lorazepam}} {{dose:2 mg}} iv and loaded with {{drug:levetiracetam}}
{{dose:60 mg per kilo}}. no alcohol withdrawal history per partner, drinks socially. sleep deprived, deadline at work.
exam now post ictal but improving, {{score:glasgow coma scale 15}}, no focal weakness, reflexes symmetric, toes down going.
{{lab:sodium 131}}, {{lab:glucose 104}}, ct head negative. routine eeg this afternoon showed left temporal sharp waves.
impression new onset epilepsy, likely focal onset with bilateral spread. plan {{drug:keppra}} {{dose:750 mg}} twice a day,
mri brain epilepsy protocol, we hope to have it before discharge. counseled no driving for six months per state law and
seizure precautions, partner understands. will see in clinic in four weeks. cc doctor [[NAME:emeka obi]] primary care.
end of dictation
""", summary="""
[[NAME:Kagiso Molefe]], {{age:34}}, had two new generalized seizures with a left temporal EEG focus; he was started on
{{drug:Keppra}} {{dose:750 mg}} twice daily and told not to drive for six months.
"""),

    dict(style="headache_clinic", note="""
HEADACHE CLINIC - RETURN VISIT
Dx: chronic migraine without aura, medication-overuse component resolving.

Headache days/month: 18 -> 9 since starting {{drug:Aimovig}} {{dose:140 mg}} SC monthly. Acute: {{drug:Nurtec}} {{dose:75 mg}} ODT
PRN (~5/month). Stopped {{drug:Excedrin}} completely. {{score:MIDAS 21}} (prior 54). {{score:HIT-6 58}}.

Exam: {{vital:BP 118/76}}. Fundi: sharp discs, SVP present. No {{eponym:Horner}} syndrome. Neck supple, no occipital
tenderness. Gait normal, {{eponym:Romberg}} negative.
MRI brain (outside) reviewed: no {{eponym:Chiari}} malformation, no venous sinus thrombosis.

Plan:
- continue {{drug:erenumab}}; add {{drug:magnesium oxide}} {{dose:400 mg}} qhs
- sleep hygiene handout; keep headache diary in app
- avoid {{drug:butalbital}} and opioids
- f/u 4 months, sooner for new aura, visual loss, or focal symptoms
""", summary="""
Chronic migraine has improved to 9 headache days a month on {{drug:Aimovig}}; {{drug:magnesium oxide}} was added and
follow-up set for 4 months.
"""),

    dict(style="cardiology_clinic", note="""
Heart Failure Clinic Note
Patient: [[NAME:Achieng Otieno]]      MRN: [[MRN:7716-0452]]      Visit: [[DATE:09/30/25]]
Referring: Dr. [[NAME:Marcus Hale]], Lakeview Internal Medicine

{{age:58}} yo woman, NICM with {{lab:EF 30%}} (TTE 2/2025), NYHA II-III. Weight up 2.1 kg over 10 days, 2-pillow
orthopnea, ankles swollen by evening. Ran out of {{drug:Lasix}} for 4 days while pharmacy was waiting on prior auth.
Vitals: {{vital:BP 112/70}}, {{vital:HR 78}}, {{vital:SpO2 96%}}, {{vital:wt 81.4 kg}}.
JVP 10 cm, bibasilar crackles, 2+ pitting edema to mid-shin. S3 present.
Labs today: {{lab:NT-proBNP 2,140}}, {{lab:K 4.9}}, {{lab:Cr 1.3}}, {{lab:Na 136}}.
Meds: {{drug:Entresto}} {{dose:49/51 mg}} BID, {{drug:Coreg}} {{dose:12.5 mg}} BID, {{drug:Aldactone}} {{dose:25 mg}} daily,
{{drug:Jardiance}} {{dose:10 mg}} daily, {{drug:furosemide}} {{dose:40 mg}} daily.

A/P: acute on chronic HFrEF, volume up from missed diuretic.
- {{drug:furosemide}} {{dose:40 mg}} BID x 3 days then back to daily; BMP Friday
- hold {{drug:Aldactone}} until K rechecked
- repeat echo after 3 mo on GDMT; if EF still <=35% refer EP for ICD
- 90-day supply sent to mail-order so it doesn't lapse again
Lives alone on [[ADDRESS:Ridgeway Ave]], [[ADDRESS:Evanston]]; son [[NAME:Omondi]] checks in daily ([[PHONE:847-328-0362]]).

[[NAME:Priya Venkataraman]], MD, Advanced HF
""", summary="""
[[NAME:Achieng Otieno]] ({{age:58}}) had fluid overload after missing {{drug:Lasix}}; the dose was doubled for 3 days,
{{drug:Aldactone}} held, and an ICD referral will follow if her EF stays low.
"""),

    dict(style="cath_lab_report", note="""
CARDIAC CATHETERIZATION REPORT
Name: [[NAME:ARSENAULT, AURÈLE J]]              MRN: [[MRN:00412876]]
DOB: [[DATE:1951-09-03]]                        Procedure date: [[DATE:2025-04-17]]
Encounter FIN: [[MRN:3300981147]]
Operator: [[NAME:Fiona O'Rourke]], MD           Fellow: [[NAME:Tamer Barghouti]], MD
Sedation RN: [[NAME:L. Cormier]]                Scrub: [[NAME:D. Thibault]], RCIS

Indication: NSTEMI, peak {{lab:troponin I 4.2 ng/mL}}, {{score:TIMI risk 4}}.
Access: R radial, 6 Fr. {{drug:Heparin}} {{dose:5000 units}} IA; {{lab:ACT 268}}.
Hemodynamics: {{vital:Ao 134/72}}, {{vital:LVEDP 18}}.
Findings:
  LM   normal
  LAD  40% mid
  LCx  95% OM1, {{score:TIMI 2}} flow - culprit
  RCA  dominant, 60% mid, {{lab:FFR 0.86}}
Intervention: OM1 predilated 2.0 mm balloon; 2.75 x 20 mm DES deployed, post-dilated 3.0 NC at 16 atm.
Final {{score:TIMI 3}} flow, 0% residual.
Contrast: {{drug:Omnipaque}} {{dose:95 mL}}. Fluoro 9.4 min. TR band applied.

Recommendations:
- {{drug:aspirin}} {{dose:81 mg}} daily indefinitely
- {{drug:Brilinta}} {{dose:90 mg}} BID x 12 months
- {{drug:atorvastatin}} {{dose:80 mg}} nightly
- RCA: medical therapy (FFR negative)
- TTE before discharge
""", summary="""
[[NAME:Aurèle Arsenault]] had a drug-eluting stent to an occluded OM1 on [[DATE:2025-04-17]] for NSTEMI and goes home on
{{drug:aspirin}} and {{drug:Brilinta}}, with the RCA lesion managed medically.
"""),

    dict(style="cardiology_phone", note="""
TELEPHONE ENCOUNTER - Cardiology / EP
[[DATE:Mon 6/9]] 10:42
Caller: [[NAME:Bwalya Chanda]] (sister) for pt [[NAME:Mwila Chanda]] ([[MRN:E0558127]]); verbal consent on file.

Reason: pt's smartwatch alerting "AFib" since Sat, pt feels "fluttery", mild SOB on stairs. No syncope, no CP.
Home readings per sister: {{vital:BP 146/88}}, {{vital:HR 112-130}}.
Hx parox AF dx 2023, {{score:CHA2DS2-VASc 3}} (HTN, DM, female), {{score:HAS-BLED 1}}.
On {{drug:Eliquis}} {{dose:5 mg}} BID - confirms no missed doses x 3 wks; {{drug:metoprolol succinate}} {{dose:50 mg}} daily.

Advice given: take an extra {{drug:metoprolol tartrate}} {{dose:25 mg}} now (has at home). If HR stays >120, or any chest
pain / fainting -> ED. Added to Dr. [[NAME:Khasawneh]]'s DCCV list for this week given uninterrupted anticoagulation.
Sister to call back by 4 pm with repeat HR. Best number [[PHONE:612-874-3306]] (cell).

-- [[NAME:Sophie Barker]], RN, EP nurse line x[[PHONE:6620]]
""", summary="""
[[NAME:Mwila Chanda]]'s sister reported rapid AF on [[DATE:6/9]]; the nurse advised an extra {{drug:metoprolol}} dose and
added the patient to Dr. [[NAME:Khasawneh]]'s cardioversion list.
"""),

    dict(style="echo_report", note="""
TRANSTHORACIC ECHOCARDIOGRAM - FINAL
Indication: murmur, exertional dyspnea.
Rhythm: sinus, {{vital:HR 68}}. {{vital:BP 132/78}}. Image quality: fair.

LV: normal size, mild concentric LVH. {{lab:LVEF 60%}} ({{eponym:Simpson}} biplane). Grade I diastolic dysfunction, {{lab:E/e' 11}}.
RV: normal size and function, {{lab:TAPSE 2.2 cm}}.
Aortic valve: trileaflet, moderately calcified. {{lab:Vmax 3.6 m/s}}, {{lab:mean gradient 28 mmHg}},
{{lab:AVA 1.1 cm2}} (continuity).
Mitral: mild MAC, trace MR. Tricuspid: trace TR, {{lab:RVSP 30 mmHg}} (RAP 5).
No pericardial effusion. IVC <2.1 cm, >50% collapse.

Comparison: prior TTE 2022, {{lab:mean gradient 17 mmHg}}.
The {{score:2/6}} systolic ejection murmur described by the referring clinician fits the above.
IMPRESSION: Moderate aortic stenosis, progressed since 2022. Preserved LV function.
Suggest repeat TTE in 12 months, sooner if symptoms.
""", summary="""
Echo shows moderate aortic stenosis ({{lab:mean gradient 28 mmHg}}) with normal LV function; repeat in a year.
"""),

    dict(style="cardiology_letter", note="""
[[DATE:22 July 2025]]

Dr. [[NAME:Wong Ka-yan]]
Harbourview Family Practice
[[ADDRESS:1187 Stockton Street, Suite 4]]
[[ADDRESS:San Francisco, CA 94108]]

Re: [[NAME:Ninos Yonan]]    DOB [[DATE:02/05/1931]]    MRN [[MRN:2210-87764]]

Dear Dr. [[NAME:Wong]],

Thank you for asking us to see Mr. [[NAME:Yonan]], a [[AGE:94]]-year-old retired baker, for worsening breathlessness.
His aortic stenosis has become severe: {{lab:AVA 0.7 cm2}}, {{lab:mean gradient 46 mmHg}}, {{lab:EF 55%}}. He now stops
after half a block and had one presyncopal episode at church. {{score:STS PROM 6.8%}}; gait speed 0.7 m/s;
{{score:KCCQ-12 41}}. He lives with his granddaughter [[NAME:Shamiram Odisho]], who interpreted today from Assyrian.

We discussed TAVR versus medical therapy at length. He said, "at [[AGE:ninety-four]] I still want to dance at her wedding,"
which [[NAME:Shamiram]] confirms is in the spring. We will proceed with TAVR-protocol CT and dental clearance.
Please continue {{drug:amlodipine}} {{dose:5 mg}} for now; I have stopped his {{drug:hydrochlorothiazide}} given
{{lab:Na 131}}.

Yours sincerely,

[[NAME:Grant Ellis]], MD, FACC
Structural Heart Program
cc: [[NAME:Shamiram Odisho]] (at patient's request)
""", summary="""
[[NAME:Ninos Yonan]], [[AGE:94]], now has severe aortic stenosis and is proceeding to TAVR work-up; Dr.
[[NAME:Grant Ellis]] wrote to Dr. [[NAME:Wong Ka-yan]] on [[DATE:22 July 2025]].
"""),

    dict(style="icu_progress", note="""
MICU PROGRESS NOTE - HD 4
[[NAME:Lemayian ole Sankale]] | MRN [[MRN:3390217]] | Bed M-12 | [[DATE:10/14/2025]]
Attending: [[NAME:S. Kelly]] | Fellow: [[NAME:A. Toktogulov]] | Resident: [[NAME:Ben Hargreaves]]

S: {{age:44}}M, severe CAP -> ARDS, Legionella urine Ag positive. Overnight FiO2 weaned 0.7 -> 0.5. Proned 16 h,
supine since 0600.
O: Vent VC {{vital:Vt 380 mL}} (6 mL/kg PBW), {{vital:PEEP 14}}, {{vital:FiO2 0.5}}, {{vital:RR 26}}, {{vital:Pplat 27}}.
ABG {{lab:7.33/48/82}}, {{lab:P/F 164}}. {{vital:MAP 68}} on {{drug:norepinephrine}} {{dose:0.08 mcg/kg/min}} (from {{dose:0.15}}).
{{vital:Tmax 38.1}}. {{drug:Propofol}} {{dose:30 mcg/kg/min}} + {{drug:fentanyl}} {{dose:75 mcg/h}}, {{score:RASS -3}}, {{score:CPOT 1}}.
{{lab:WBC 17.2}} {{lab:Hgb 10.1}} {{lab:Plt 142}} {{lab:Cr 1.6}} (peak {{lab:2.1}}) {{lab:lactate 1.8}} {{lab:PCT 6.4}}. {{score:SOFA 9}} (was 11).
A/P:
# ARDS, moderate - LPV, re-prone if P/F <150; conservative fluids once off pressor
# Legionella PNA - {{drug:azithromycin}} {{dose:500 mg}} IV daily, day 4/10; {{drug:ceftriaxone}} stopped
# AKI - improving, non-oliguric; {{eponym:Foley}} for strict I/O
# Shock - wean NE to MAP >=65
# Family - wife [[NAME:Naserian]] updated by phone [[PHONE:(720) 941-3308]]; asked if he can hear her - explained
  sedation, encouraged her to talk to him at the bedside.
""", summary="""
[[NAME:Lemayian ole Sankale]] ({{age:44}}) with Legionella ARDS is improving on day 4 ({{lab:P/F 164}}, lower
{{drug:norepinephrine}}); his wife [[NAME:Naserian]] was updated by phone.
"""),

    dict(style="pulm_clinic", note="""
Pulmonary Clinic - [[DATE:2025-06-17]]
Pt: [[NAME:Rosario Agbayani]]    MRN [[MRN:88-310-472]]    PCP: Dr. [[NAME:Bronwyn Fitzgerald]]

{{age:73}}F, former smoker (40 pk-yr, quit 2014), {{score:GOLD 3}} COPD, group E - 2 exacerbations since
last visit, one requiring admission. Speaks Ilocano and English; daughter [[NAME:Lourdes Agbayani-Cruz]] present.
Spirometry today: {{lab:FEV1 0.92 L (38% pred)}}, {{lab:FEV1/FVC 0.48}}. {{score:CAT 24}}. {{score:mMRC 3}}.
6MWT: 260 m, nadir {{vital:SpO2 86%}} on RA, {{vital:92%}} on 2 L.
{{vital:BP 138/80}}, {{vital:HR 92}}, {{vital:RR 20}}, {{vital:SpO2 93%}} RA at rest. Distant breath sounds, no wheeze.
{{lab:Eos 310}}.
Plan:
1. Continue {{drug:Trelegy Ellipta}} {{dose:100/62.5/25 mcg}} daily; {{drug:albuterol}} PRN. Inhaler technique reviewed.
2. Eos >300 with exacerbations -> start {{drug:Dupixent}} {{dose:300 mg}} SC q2wk (prior auth submitted).
3. Ambulatory O2 {{dose:2 L/min}} with exertion.
4. Pulmonary rehab referral - she lives with [[NAME:Lourdes]] in [[ADDRESS:Daly City]], closest program is on [[ADDRESS:Mission St]].
5. RSV vaccine given today.
Portal proxy set up for daughter: [[EMAIL:lourdes.agbayani.cruz@gmail.com]]
[[NAME:Nassima Haddad]], MD
""", summary="""
[[NAME:Rosario Agbayani]], {{age:73}}, with {{score:GOLD 3}} COPD and frequent exacerbations was started on
{{drug:Dupixent}}, given exertional oxygen, and referred to pulmonary rehab on [[DATE:2025-06-17]].
"""),

    dict(style="icu_nursing", note="""
MICU RN NOTE 0700-1900
[[NAME:ANNAYEV, MERDAN]] - trach/vent, HD 19

0730 SBT on PS 5/PEEP 5 w/ RT [[NAME:Jess Whitlock]]. 0805 stopped: {{vital:RR 38}}, {{vital:HR 128}}, {{vital:SpO2 88%}}, diaphoretic. Back on AC.
0900 {{drug:Precedex}} down to {{dose:0.4 mcg/kg/h}}. {{score:RASS 0}}, {{score:CAM-ICU negative}}. Follows commands, mouths words.
1100 TF {{drug:Jevity 1.5}} @ {{dose:50 mL/h}}, residual 40. Loose BM x1, C diff sent per MD.
1300 Brother [[NAME:Serdar]] visited, brought Turkmen-English dictionary; pt wrote "home" and "when".
     Bro wants update from Dr [[NAME:Yap]] - pls page [[PHONE:4471]] when rounding, or bro cell [[PHONE:215-667-0924]].
1500 Turned q2h, sacrum intact, heels floated. {{score:Braden 13}}.
1630 {{lab:K 3.3}} -> {{drug:KCl}} {{dose:40 mEq}} per PEG per protocol.
1800 {{vital:T 37.9}} {{vital:BP 118/64}}. Plan SBT again tomorrow AM.
[[NAME:OB]], RN
""", summary="""
[[NAME:Merdan Annayev]] failed a spontaneous breathing trial and remains on the ventilator; his brother [[NAME:Serdar]]
asked for an update from Dr. [[NAME:Yap]].
"""),

    dict(style="pft_interpretation", note="""
PULMONARY FUNCTION TEST - INTERPRETATION
Technique: spirometry pre/post {{drug:albuterol}} {{dose:400 mcg}}; lung volumes by body plethysmography; single-breath DLCO.
Acceptability and repeatability criteria met (ATS/ERS 2019).

                 Pre             % pred    Post            change
  FEV1           {{lab:1.62 L}}          58%       {{lab:1.91 L}}          +18%, +290 mL
  FVC            {{lab:2.74 L}}          79%       {{lab:3.02 L}}
  FEV1/FVC       {{lab:0.59}} (LLN 0.66)
  TLC            108%
  RV             131%
  DLCO (Hb-adj)  74%

Interpretation: moderate obstruction with a significant bronchodilator response, mild air trapping, mildly reduced
diffusing capacity. Pattern favors asthma or asthma-COPD overlap. Flow-volume loop without a fixed upper-airway
pattern. Suggest clinical correlation and FeNO if not already done.
""", summary="""
PFTs show moderate obstruction with a significant bronchodilator response and mild air trapping, favoring asthma or
asthma-COPD overlap.
"""),

    dict(style="icu_family_meeting", note="""
ICU Family Meeting - [[DATE:Tues 9/16]], 15:00, MICU conference room
Patient: [[NAME:Teuku Rizal Fadhil]], {{age:81}}

Present: wife [[NAME:Cut Nurhayati]]; son [[NAME:Iskandar]] (video, from [[ADDRESS:Banda Aceh]]); daughter-in-law [[NAME:Mei]];
interpreter [[NAME:Halimah Yusof]] (Bahasa Indonesia, ID [[MRN:20417]]); chaplain Br. [[NAME:Tom Kinsella]];
Dr. [[NAME:Hannah Brooks]] (palliative care); myself.

Reviewed: out-of-hospital arrest 6 days ago, ~25 min to ROSC. Off sedation >72 h. {{score:GCS 4}} (E1 VT M2),
absent corneals bilaterally, EEG burst-suppression, SSEPs with absent N20 bilaterally, MRI with diffuse restricted
diffusion. Explained that together these point to a very poor chance of waking.

Family questions: whether he is in pain (no signs; we will keep him comfortable with {{drug:fentanyl}}), whether
prayers can be said at bedside (yes, imam visit arranged). [[NAME:Iskandar]] asked to be present; flight arrives
Thursday.
Decisions: DNR/DNI today. Plan compassionate extubation after [[NAME:Iskandar]] arrives. Wife is surrogate.

[[NAME:Aibek Toktogulov]], MD, Pulmonary/Critical Care fellow
""", summary="""
The family of [[NAME:Teuku Rizal Fadhil]], {{age:81}}, agreed to DNR status on [[DATE:9/16]] after anoxic brain injury,
with compassionate extubation planned once his son [[NAME:Iskandar]] arrives.
"""),

    dict(style="endo_diabetes", note="""
ENDOCRINOLOGY - DIABETES FOLLOW-UP
Name: [[NAME:Phiri, Tamanda]]    DOB: [[DATE:14/03/1979]]    NHS No: [[MRN:492 771 0385]]
Referred by Dr. [[NAME:Paul Lincoln]] (GP); seen jointly with DSN [[NAME:Brooke Hayes]].

Ms [[NAME:Phiri]] is a {{age:46}} yo woman with T2DM x 9 yrs, works nights as a care assistant. Since last visit
{{lab:HbA1c 9.4%}} -> {{lab:7.6%}}. CGM (14 days): {{lab:TIR 62%}}, {{lab:TBR 1%}}, {{lab:GMI 7.4%}}; highs after
late-shift meals. No severe hypos.
Meds: {{drug:Ozempic}} {{dose:1 mg}} weekly, {{drug:Lantus}} {{dose:28 units}} at 0800, {{drug:metformin}} {{dose:1000 mg}} BID.
{{vital:BP 134/82}}, {{vital:BMI 34.2}}. Monofilament intact bilaterally. {{lab:eGFR 74}}, {{lab:ACR 5.4 mg/mmol}}, {{lab:LDL 2.9 mmol/L}}.
Plan:
- {{drug:semaglutide}} to {{dose:2 mg}} weekly; {{drug:Lantus}} down to {{dose:24 units}}
- start {{drug:Jardiance}} {{dose:10 mg}} for albuminuria
- {{drug:atorvastatin}} {{dose:20 mg}}
- retinal screening booked; review in 3 months with CGM download
""", summary="""
[[NAME:Tamanda Phiri]], {{age:46}}, has improved glucose control ({{lab:HbA1c 7.6%}}); {{drug:Ozempic}} was increased,
{{drug:Lantus}} reduced and {{drug:Jardiance}} added for albuminuria.
"""),

    dict(style="endo_thyroid", note="""
Endocrine clinic - new patient
[[NAME:Gulnar Memet]] | DOB [[DATE:Aug 30, 1990]] | MRN [[MRN:61-0048-229]] | Seen [[DATE:11/19/2025]]
Uyghur interpreter: [[NAME:Abduweli Tursun]] (in person)

{{age:35}} yo F, 3 months palpitations, heat intolerance, 6 kg weight loss, tremor. Eyes "gritty". No neck pain.
{{vital:HR 116}}, {{vital:BP 138/66}}, {{vital:wt 52 kg}}. Diffuse non-tender goiter with bruit; lid lag; mild proptosis,
{{score:CAS 2/7}}. Fine tremor.
Labs: {{lab:TSH <0.01}}, {{lab:free T4 4.8 ng/dL}}, {{lab:free T3 14.2 pg/mL}}, {{lab:TRAb 9.6 IU/L}}. LFTs and CBC normal
({{lab:ANC 3.1}}).
Dx: {{eponym:Graves disease}} with mild orbitopathy. (Not {{eponym:Hashimoto}} - TRAb strongly positive.)
Plan:
- {{drug:Tapazole}} {{dose:20 mg}} daily; {{drug:propranolol}} {{dose:20 mg}} TID
- agranulocytosis warning given in Uyghur via Mr. [[NAME:Tursun]]: sore throat/fever -> stop and get CBC
- no smoking; selenium for eyes; ophthalmology referral
- labs 4-6 wks. Not planning pregnancy; contraception discussed.
Phone [[PHONE:(206) 619-0457]] - prefers text.
[[NAME:Elisapee Ootoova]], MD
""", summary="""
[[NAME:Gulnar Memet]], {{age:35}}, was diagnosed with {{eponym:Graves disease}} with mild eye involvement and started on
{{drug:Tapazole}} and {{drug:propranolol}} with an interpreter on [[DATE:11/19/2025]].
"""),

    dict(style="endo_letter", note="""
Department of Endocrinology
[[DATE:14 Aug 2025]]

Dear Dr. [[NAME:Penny Marsh]],

RE: [[NAME:Sjoerd Hoekstra]], born [[DATE:03.11.1968]], [[ADDRESS:27 Harbour Lane]], [[ADDRESS:Whitby]] [[ADDRESS:YO21 3PR]]

I saw Mr [[NAME:Hoekstra]] again to review his testing for suspected {{eponym:Cushing syndrome}}. He has central weight
gain, easy bruising and new hypertension ({{vital:BP 158/94}}) despite {{drug:amlodipine}} {{dose:10 mg}}.
Results:
 - 1 mg overnight {{drug:dexamethasone}} suppression test: {{lab:cortisol 188 nmol/L}}
 - late-night salivary cortisol {{lab:8.6 nmol/L}} and {{lab:7.9 nmol/L}} (two nights)
 - {{lab:24-h UFC 585 nmol}} (ULN 146)
 - {{lab:ACTH 12.8 pmol/L}}
These confirm ACTH-dependent hypercortisolism. Pituitary MRI shows a 6 mm left-sided adenoma. I have referred him to
neurosurgery (Mr [[NAME:Callum Doherty]]) for consideration of transsphenoidal surgery and to have IPSS beforehand,
as the lesion is under 10 mm. {{lab:K 3.4}} - I have added {{drug:spironolactone}} {{dose:25 mg}}.

Kind regards,
Dr [[NAME:Idris Hagag]]
Consultant Endocrinologist
""", summary="""
Tests confirmed ACTH-dependent {{eponym:Cushing syndrome}} in [[NAME:Sjoerd Hoekstra]] with a small pituitary adenoma;
he was referred to neurosurgery and started on {{drug:spironolactone}}.
"""),

    dict(style="endo_education", note="""
Endocrine nurse education - adrenal insufficiency
Dx: primary adrenal insufficiency ({{eponym:Addison disease}}), autoimmune; new diagnosis last admission.

Current replacement: {{drug:hydrocortisone}} {{dose:10 mg}} on waking, {{dose:5 mg}} at noon, {{dose:5 mg}} at 1600;
{{drug:fludrocortisone}} ({{drug:Florinef}}) {{dose:0.1 mg}} daily.
{{vital:BP 116/72}} sitting, no postural drop. {{lab:Na 138}}, {{lab:K 4.4}}, renin mildly elevated.

Sick-day rules reviewed with teach-back:
 - fever >38 or illness needing bed rest: double all doses ("rule 1")
 - vomiting or unable to keep tablets down: {{drug:Solu-Cortef}} {{dose:100 mg}} IM and go to ED ("rule 2")
 - practiced IM injection with trainer pen; emergency kit checked
 - medical alert bracelet ordered; steroid emergency card issued
Also discussed: extra {{dose:5-10 mg}} before strenuous exercise, dental procedures, and informing any surgical team.
Follow-up with endocrinologist in 6 weeks.
""", summary="""
A patient newly diagnosed with {{eponym:Addison disease}} on {{drug:hydrocortisone}} and {{drug:Florinef}} was taught
sick-day rules and emergency {{drug:Solu-Cortef}} injection.
"""),

    dict(style="endo_inpatient_consult", note="""
Endocrine Consult - DKA
Pt: [[NAME:Jean-Rony Estimé]]   MRN [[MRN:7003381]]   CSN [[MRN:190044215367]]   Rm 5W-22
Requested by: Dr. [[NAME:Chloe Ramsden]], hospitalist team B

{{age:23}}M with T1DM since age 11, pump user (omnipod), pod failed overnight and did not notice.
Presented {{lab:glucose 486}}, {{lab:pH 7.12}}, {{lab:HCO3 9}}, {{lab:AG 26}}, {{lab:BHB 6.1}}, {{lab:K 5.6}} -> now {{lab:K 4.1}}.
On insulin gtt {{dose:0.1 units/kg/h}}, D5 added at BG <250. AG now 14.
Assessment: moderate DKA from pump failure, closing gap.
Recs:
1. Once AG <=12 x2 and tolerating PO: {{drug:Lantus}} {{dose:22 units}} SC, overlap gtt 2 h, then stop gtt
2. {{drug:Humalog}} {{dose:1 unit:10 g}} carb ratio, correction {{dose:1 unit per 40}} >150
3. keep K 4-5; replace phos if <1.0
4. pump restart after diabetes educator visit; backup pens + ketone strips on d/c
5. Mother asks to be called: [[NAME:Roselaure Estimé]] [[PHONE:(305) 763-2281]]
Fellow: [[NAME:Liew Fook Loi]], MD - pager [[PHONE:3-0178]]
""", summary="""
[[NAME:Jean-Rony Estimé]], {{age:23}}, with type 1 diabetes has DKA from an insulin pump failure; endocrine advised the
transition to {{drug:Lantus}} and {{drug:Humalog}} once the anion gap closes.
"""),

    dict(style="egd_report", note="""
ENDOSCOPY REPORT - EGD
Patient: [[NAME:Ma Wenlong]]          MRN: [[MRN:HX-5527190]]          Date: [[DATE:03MAR2025]]
Endoscopist: [[NAME:Tan Keng Hock]], MD        Anesthesia: [[NAME:Olivia Grant]], CRNA
Indication: chronic reflux, dysphagia to solids, surveillance of known {{eponym:Barrett esophagus}}.
Sedation: MAC, {{drug:propofol}} {{dose:180 mg}} total. {{score:ASA II}}.

Findings:
- Esophagus: salmon-colored mucosa {{score:Prague C2M4}}, no nodules. {{score:LA grade B}} esophagitis distally.
  {{eponym:Schatzki}} ring at 38 cm - dilated with 18 mm TTS balloon, minimal mucosal tear.
- Stomach: small hiatal hernia (3 cm). Patchy antral erythema - biopsied (CLO/H. pylori).
- Duodenum: normal to D2.
Specimens: {{eponym:Seattle protocol}} 4-quadrant biopsies q2 cm (jar 1-3); antrum (jar 4). Accession [[MRN:S25-04417]].
Impression: {{eponym:Barrett}} segment C2M4, reflux esophagitis, {{eponym:Schatzki}} ring dilated.
Recommendations: {{drug:omeprazole}} {{dose:40 mg}} BID x 8 wk then daily; soft diet today; await pathology;
repeat EGD per histology (3 yr if no dysplasia).
""", summary="""
[[NAME:Ma Wenlong]]'s EGD on [[DATE:03MAR2025]] showed {{eponym:Barrett esophagus}} {{score:Prague C2M4}},
{{score:LA grade B}} esophagitis and a {{eponym:Schatzki}} ring that was dilated; {{drug:omeprazole}} was increased.
"""),

    dict(style="colonoscopy_report", note="""
COLONOSCOPY
[[NAME:MOKOENA, LERATO P]]    DOB [[DATE:5/27/1969]]    Proc date [[DATE:10/3/2025]]    Acct [[MRN:0077219354]]
Referring: Dr. [[NAME:Sydney Clarke]]       Endoscopist: Dr. [[NAME:Ni Made Ayu Lestari]]
Indication: screening, age {{age:56}}; mother had colon cancer at {{age:61}}.
Prep: split-dose {{drug:GoLYTELY}}. {{score:BBPS 8}} (3/3/2).
Sedation: {{drug:fentanyl}} {{dose:100 mcg}}, {{drug:midazolam}} {{dose:4 mg}} IV. Cecum reached (appendiceal orifice, ICV
photographed); withdrawal time 11 min.

Findings:
1. Ascending colon: 8 mm sessile polyp, {{score:Paris 0-Is}} - cold snare, retrieved.
2. Sigmoid: 4 mm and 3 mm diminutive polyps - cold snare.
3. Scattered sigmoid diverticula. Small internal hemorrhoids on retroflexion.
Pathology sent, jars A-B.
Recommendations: await histology; if 1-2 tubular adenomas <10 mm repeat in 7 yrs, otherwise per pathology.
Resume {{drug:aspirin}} {{dose:81 mg}} tomorrow. High-fiber diet.
""", summary="""
Screening colonoscopy for [[NAME:Lerato Mokoena]], {{age:56}}, with good prep ({{score:BBPS 8}}) removed three small polyps;
surveillance interval depends on pathology.
"""),

    dict(style="gi_bleed_egd", note="""
Urgent bedside EGD - MICU 9
Pt: [[NAME:Aung Ko Ko Win]], age [[AGE:90]], MRN [[MRN:5120893]]
Endoscopist: [[NAME:Khalid Gheriani]], MD. GI RN: [[NAME:Sami Ben Salah]]. Date/time: [[DATE:12/29/24]] 02:15

Background: melena x2 days, {{lab:Hgb 6.4}} (from {{lab:11.2}} in clinic), {{vital:HR 108}}, {{vital:BP 94/58}}; on {{drug:naproxen}}
for knee OA and {{drug:Plavix}}. {{score:Glasgow-Blatchford 15}}. Received 2 u PRBC, {{drug:pantoprazole}} {{dose:80 mg}} IV bolus
then {{dose:8 mg/h}}.
Intubated for airway protection prior to procedure.
Findings: 1.5 cm clean-based gastric angular ulcer; 1.2 cm duodenal bulb ulcer posterior wall with visible vessel,
{{score:Forrest IIa}}. No varices. Small {{eponym:Mallory-Weiss}} tear, not bleeding.
Therapy: {{drug:epinephrine}} {{dose:1:10,000}} {{dose:8 mL}} injected in 4 quadrants, then 2 through-the-scope clips.
Hemostasis achieved.
Plan: PPI infusion 72 h then {{drug:pantoprazole}} {{dose:40 mg}} BID; hold {{drug:Plavix}} and NSAIDs; H. pylori serology;
Hgb q6h; IR aware for angioembolization if rebleeds. Daughter [[NAME:Thida Myint]] updated at [[PHONE:(510) 284-7736]].
""", summary="""
[[AGE:90]]-year-old [[NAME:Aung Ko Ko Win]] had an urgent EGD for a bleeding duodenal ulcer ({{score:Forrest IIa}}) treated
with {{drug:epinephrine}} and clips; {{drug:Plavix}} and {{drug:naproxen}} are on hold.
"""),

    dict(style="endoscopy_preprocedure_nursing", note="""
Endo Unit Pre-Procedure Checklist
Name/DOB verified x2: [[NAME:Ayelén Huenchullán]] / [[DATE:19-Jan-1988]]        Procedure: colonoscopy + EGD
Hx: {{eponym:Crohn disease}} (ileocolonic) on {{drug:Humira}} {{dose:40 mg}} q2wk, last dose [[DATE:11/6]].
Prep: {{drug:Miralax}}/Gatorade split dose - last output clear yellow per pt. NPO since 2200.
Allergies: {{drug:sulfa}} (rash). {{score:ASA II}}. {{score:Mallampati 2}}.
VS: {{vital:BP 112/70}} {{vital:HR 88}} {{vital:SpO2 99%}} {{vital:T 36.6}} {{vital:wt 58 kg}}.
POC {{lab:hCG negative}}. IV 20g L AC.
Escort: husband [[NAME:Ramón Millapán]] in waiting room, cell [[PHONE:+1 (415) 830-6614]]. Will drive home.
Interpreter: not needed, pt prefers Spanish for discharge instructions - written copy given.
Consent signed, witnessed [[NAME:F. Arzú]], RN.
""", summary="""
[[NAME:Ayelén Huenchullán]], who has {{eponym:Crohn disease}} on {{drug:Humira}}, was cleared for colonoscopy and EGD with
her husband [[NAME:Ramón Millapán]] as escort.
"""),

    dict(style="gi_portal_message", note="""
MyChart message thread - GI

From: [[NAME:Dzifa Amedzro]] <[[EMAIL:dzifa.amedzro@outlook.com]]>
Sent: [[DATE:Thursday, January 8, 2026]] 9:14 PM
Subject: blood test result??
Hi, I saw my tTG came back 128 and it says HIGH in red. Does that mean I have celiac for sure? I've been having bloating
and my iron has been low for years. Should I stop eating bread now? Thanks, [[NAME:Dzifa]]

Reply from: [[NAME:Andi Tenri Abeng]], PA-C (GI)
Sent: [[DATE:01/09/2026]] 11:02 AM
Hi Ms. [[NAME:Amedzro]], thank you for your message. Your {{lab:tTG-IgA 128 U/mL}} (normal <15) with a normal
total IgA makes celiac disease very likely, but we confirm it with small-bowel biopsies during an upper
endoscopy. Please KEEP eating gluten (about 2 slices of bread a day) until the biopsy, or the test can come back
falsely normal. Your {{lab:ferritin 6}} fits with poor iron absorption - continue {{drug:ferrous sulfate}} {{dose:325 mg}}
every other day. Our scheduler will call you at [[PHONE:267-903-4418]] to book the EGD.
[[NAME:Andi]]
""", summary="""
[[NAME:Dzifa Amedzro]] asked about a high tTG-IgA result; PA [[NAME:Andi Tenri Abeng]] explained celiac disease is likely,
told her to keep eating gluten until biopsy, and arranged an EGD.
"""),
]
