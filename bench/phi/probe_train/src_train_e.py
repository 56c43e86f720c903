NOTES = [
    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY
Patient: [[NAME:ADEYEMI, OLUWASEUN T]]      MRN: [[MRN:40021877]]      Acct: [[MRN:7734019922]]
Admitted: [[DATE:02/11/2025]]      Discharged: [[DATE:02/16/2025]]
Attending: [[NAME:Chinwe Okafor-Hale]], MD      PCP: [[NAME:Babatunde Adewale]], MD (Rosedale Family Medicine)

Diagnoses: 1) Acute on chronic HFrEF (EF 20-25%)  2) CKD stage 3b  3) Type 2 DM, A1c {{lab:8.4%}}

Hospital course: [[NAME:Oluwaseun]] is a {{age:64}} yo man with ischemic cardiomyopathy who presented with 8 kg
weight gain and three-pillow orthopnea, {{lab:BNP 2,340}}. Diuresed with {{drug:furosemide}} {{dose:80 mg IV BID}}, net
-7.1 L. {{lab:Cr}} peaked at {{lab:2.1}} and returned to {{lab:1.6}}. Cardiology ([[NAME:Nwosu]], [[NAME:Bamidele]]) restarted {{drug:Entresto}}
on [[DATE:2/14]]. [[NAME:Folake]] and [[NAME:Ifeoma]] attended heart failure teaching with [[NAME:Grace Mensah-Quaye]], RN, and both
can read the scale and log. Echo unchanged from [[DATE:Sept 9, 2024]]. No ICD shock events on interrogation (Medtronic).

Discharge meds: {{drug:Entresto}} {{dose:24/26 mg BID}}; {{drug:Jardiance}} {{dose:10 mg daily}}; {{drug:torsemide}} {{dose:40 mg daily}};
{{drug:metoprolol succinate}} {{dose:50 mg daily}}; {{drug:atorvastatin}} {{dose:80 mg}} qhs. STOP {{drug:lisinopril}}.
Discharge weight 81.4 kg. {{vital:BP 108/66}}, {{vital:HR 72}}.

Follow-up: HF clinic with [[NAME:Okafor-Hale]] [[DATE:Mon 2/24]]; BMP [[DATE:2/20]] at Quest in [[ADDRESS:Bowie]].
Questions: HF nurse line [[PHONE:301-448-2017]].
Dictated by [[NAME:C. Okafor-Hale]] / transcribed [[NAME:mlw]]
""", summary="""
[[NAME:Oluwaseun Adeyemi]], {{age:64}}, was admitted [[DATE:02/11/2025]] for HFrEF exacerbation, diuresed 7 L and was restarted on {{drug:Entresto}}. He follows up with [[NAME:Okafor-Hale]] on [[DATE:2/24]].
"""),
    dict(style="admission_hp", note="""
ADMISSION H&P - Medicine / Hematology
Name: [[NAME:Jean-Baptiste, Wislande]]     DOB: [[DATE:07/19/2003]]     MRN: [[MRN:55190342]]
Date of admission: [[DATE:3/2/2025]]

CC: "pain all over since yesterday"
HPI: [[NAME:Wislande]] is a {{age:21}} yo woman with HbSS who presents with diffuse back, chest and leg pain 9/10, not relieved
by home {{drug:oxycodone}}. History obtained with Haitian Creole interpreter [[NAME:Dieudonné Exantus]] (badge [[MRN:44817]]) and from
[[NAME:Guerline]] at bedside. Last crisis Dec 2024 needed exchange transfusion at Jackson Memorial. Pleuritic component since this AM.
Home meds: {{drug:hydroxyurea}} {{dose:1,000 mg daily}}, {{drug:folic acid}} {{dose:1 mg}}, {{drug:oxycodone}} {{dose:5 mg}} q6h PRN (prescribed by
[[NAME:Pierre-Louis]], heme clinic).
PMH: HbSS; ACS x2 (2019, 2022); lap chole; no stroke, TCD normal as a child.
Social: lives with mom and [[NAME:Jonas]] in [[ADDRESS:North Miami]]; nursing student; no tobacco, rare EtOH.

Exam: {{vital:T 38.1}} {{vital:HR 112}} {{vital:BP 118/70}} {{vital:RR 22}} {{vital:SpO2 94%}} RA. Scleral icterus. Splinting, L base
dull. No splenomegaly. Neuro nonfocal.
Labs: {{lab:Hgb 6.8}} (baseline {{lab:8.0}}), {{lab:retic 14%}}, {{lab:LDH 612}}, {{lab:T bili 4.2}}, {{lab:WBC 15.2}}. CXR: new LLL opacity.

A/P: Vaso-occlusive crisis with probable acute chest syndrome.
- {{drug:hydromorphone}} PCA per sickle cell protocol; {{drug:ketorolac}} {{dose:15 mg IV}} q6h x 48h
- {{drug:ceftriaxone}} + {{drug:azithromycin}}; incentive spirometry q1h while awake
- T&S, 2 units pRBC if {{lab:Hgb}} below {{lab:6.5}} or SpO2 worsens; [[NAME:Pierre-Louis]] paged, exchange if progresses
- VTE ppx {{drug:enoxaparin}} {{dose:40 mg}}; full code
Contact: [[NAME:Guerline Jean-Baptiste]] [[PHONE:(305) 919-2266]]
[[NAME:Toussaint]], PGY-2 / staffed with Dr. [[NAME:Achieng Otieno]]
""", summary="""
{{age:21}}-year-old with HbSS, [[NAME:Wislande Jean-Baptiste]], admitted [[DATE:3/2/2025]] with a pain crisis and probable acute chest syndrome. Started on PCA and antibiotics, with [[NAME:Pierre-Louis]] aware for possible exchange transfusion.
"""),
    dict(style="soap_progress", note="""
[[NAME:ABEBE, ALEMAYEHU]]   MRN [[MRN:60033418]]   Rm 614B   HD#3   [[DATE:3/11]]
S: Less SOB, slept flat last night. Nausea gone, ate half of breakfast. spoke w [[NAME:tesfaye]] by phone re plan - wants
a callback before any procedure. Amharic interpreter used for AM rounds.
O: {{vital:Tmax 37.4}}  {{vital:HR 88}}  {{vital:BP 132/76}}  {{vital:RR 18}}  {{vital:SpO2 95% 2L}}   I/O -1.2 L   Wt 71.3 (74.0 on adm)
   {{lab:Na 134}}  {{lab:K 3.4}}  {{lab:Cr 1.1}}  {{lab:Mg 1.7}}  {{lab:procalcitonin 0.9}}
   Bibasilar crackles, improved. Trace ankle edema. A&O x3.
A/P:
#CAP w mild volume overload - {{drug:ceftriaxone}} {{dose:1 g}} / {{drug:azithro}} day 3/5; {{drug:Lasix}} {{dose:40 IV}} x1 today then reassess
#hypoK/hypoMg - {{drug:KCl}} {{dose:40 mEq PO}}, {{drug:Mg sulfate}} {{dose:2 g IV}}
#DM2 - {{drug:glargine}} {{dose:14 u}} qhs + SSI, BG 140-190
Dispo: likely home Thurs with [[NAME:Meseret]]; ambulatory O2 walk tomorrow. PT ([[NAME:Hailu]]) cleared, no DME needed.
-- [[NAME:Almaz Bekele-Tadesse]], MD  pgr [[PHONE:5512]]
""", summary="""
[[NAME:Alemayehu Abebe]] is improving on day 3 of treatment for community-acquired pneumonia with mild volume overload. Plan is one more {{drug:Lasix}} dose, electrolyte repletion and likely discharge Thursday with [[NAME:Meseret]].
"""),
    dict(style="soap_progress", note="""
MICU PROGRESS NOTE - Day 2
S: Overnight transitioned off insulin drip at 0300 after gap closed x2. Patient reports thirst, mild abdominal cramping,
no vomiting since midnight. Tolerating clears.
O: {{vital:T 36.9}} {{vital:HR 96}} {{vital:BP 114/68}} {{vital:RR 16}} ({{eponym:Kussmaul}} pattern resolved) {{vital:SpO2 99%}} RA.
   {{lab:Na 139}}  {{lab:K 3.6}}  {{lab:Cl 106}}  {{lab:HCO3 21}}  {{lab:AG 12}}  {{lab:BUN 24}}  {{lab:Cr 1.0}}  {{lab:glucose 188}}
   {{lab:beta-hydroxybutyrate 0.6}}. {{lab:Phos 1.9}}. {{eponym:Foley}} removed at 0600, voiding.
   Exam: dry mucosa improved, abdomen soft, mild epigastric tenderness, no {{eponym:Murphy}} sign. {{score:GCS 15}}.
A/P: DKA (new-onset T1DM vs ketosis-prone T2DM), resolved.
 - basal-bolus: {{drug:Lantus}} {{dose:18 units}} qhs (first dose given 2h before drip stopped), {{drug:Humalog}} {{dose:5 units}} AC + correction
 - LR at 75 mL/h until PO adequate; {{drug:K-Phos Neutral}} {{dose:250 mg}} PO TID x3 doses
 - GAD-65, C-peptide, islet Ab pending; A1c {{lab:12.9%}}
 - diabetes education consult, endocrine to see; dietitian for carb counting
 - transfer to floor today if remains stable; continue fingersticks AC/HS
""", summary="""
Diabetic ketoacidosis resolved overnight and the patient was bridged to basal-bolus insulin with {{drug:Lantus}} {{dose:18 units}}. Phosphate is being repleted and floor transfer is planned today.
"""),
    dict(style="discharge_summary", note="""
Discharge Summary - General Medicine
[[NAME:Warsame, Hodan Abdirahman]]     MRN [[MRN:71044506]]     DOB [[DATE:11/02/1958]]
Admit [[DATE:4/07/2025]]   D/C [[DATE:4/12/2025]]   Disposition: home with family

Reason for admission: symptomatic anemia ({{lab:Hgb 5.9}}) with melena.
Course: EGD [[DATE:4/08]] ([[NAME:Farah]], GI) showed a 1.5 cm clean-based duodenal ulcer, {{lab:H. pylori}} biopsy positive.
Transfused 3 u pRBC, {{lab:Hgb}} stable at {{lab:8.9}} x48h. {{drug:Pantoprazole}} drip changed to {{dose:40 mg PO BID}}. Naproxen she bought
over the counter stopped. [[NAME:Hodan]] speaks Somali; [[NAME:Sahra]] interpreted for family updates and [[NAME:Guled]] will manage the
med box. Iron studies: {{lab:ferritin 9}} - got {{drug:Venofer}} {{dose:200 mg}} x2.

Discharge medications
  {{drug:pantoprazole}} {{dose:40 mg}} BID x 8 weeks then daily
  {{drug:amoxicillin}} {{dose:1 g}} + {{drug:clarithromycin}} {{dose:500 mg}} BID x14d (quad therapy not covered; see PA note)
  {{drug:ferrous sulfate}} {{dose:325 mg}} every other day
  Avoid NSAIDs (Advil, Aleve, Goody's)

Follow-up
  PCP: [[NAME:Ilhan Jama]], NP - Cedar-Riverside clinic, [[DATE:April 18]]
  GI/[[NAME:Farah]]: repeat EGD in 8-12 weeks; H. pylori stool Ag 4 wk after therapy
  CBC [[DATE:4/15]]
Family phone [[PHONE:612-378-0914]] ([[NAME:Guled]]).
e-signed [[NAME:K. Wambui]], MD [[DATE:04/12/2025]] 15:22
""", summary="""
[[NAME:Hodan Warsame]] was admitted [[DATE:4/07/2025]] with a bleeding duodenal ulcer that was positive for H. pylori. She received 3 units of blood and was discharged on {{drug:pantoprazole}} and triple therapy, with a repeat EGD planned by [[NAME:Farah]].
"""),
    dict(style="admission_hp", note="""
H&P - Family Medicine Inpatient Service
Pt: [[NAME:Tzul Xicará, Aurelio]]   MRN [[MRN:33815220]]   Adm [[DATE:5/19/2025]]
Source: patient, via K'iche' phone interpreter (ID [[MRN:208114]]); [[NAME:Rigoberta Cux]] (partner) at bedside speaks Spanish.

CC: fever and right flank pain x4 days.
HPI: {{age:38}} yo farmworker, originally from [[ADDRESS:Totonicapán]], living in [[ADDRESS:Immokalee]] since 2019. Rigors, dysuria, vomiting x2.
Seen at a clinic in [[ADDRESS:Fort Myers]] on [[DATE:5/16]], given {{drug:Bactrim}} - took 2 doses then stopped because of vomiting.
Denies prior kidney stones. No known DM. Nobody else sick at the camp. [[NAME:Aurelio]] works for a labor contractor ([[NAME:Chavajay]]),
no insurance; financial counselor referral placed.
PMH: none known. Meds: none. NKDA. Social: no tobacco; 4-6 beers on Sundays.
Exam: {{vital:T 39.4}} {{vital:HR 124}} {{vital:BP 92/54}} -> {{vital:104/62}} after 2 L LR; {{vital:RR 20}}. R CVA tenderness. No rash.
Labs: {{lab:WBC 19.8}}, {{lab:lactate 3.1}}, {{lab:Cr 1.9}}, {{lab:glucose 312}}, {{lab:A1c 10.6%}}. UA: {{lab:>100 WBC}}, nitrite +.
CT A/P: R perinephric stranding, no obstructing stone, no abscess.

A/P
1. Sepsis from R pyelonephritis - {{drug:ceftriaxone}} {{dose:2 g}} daily, f/u urine/blood cx; 30 mL/kg given; MAP goal 65
2. New DM2 (A1c {{lab:10.6}}) - basal {{drug:glargine}} {{dose:0.2 u/kg}}, diabetes educator with Spanish materials; [[NAME:Rigoberta]] will learn glucometer
3. AKI - prerenal, IVF, hold nephrotoxins
Discussed with Dr. [[NAME:Yax-Batz]]. [[NAME:A. Ajú]], MD (R1)
""", summary="""
[[NAME:Aurelio Tzul Xicará]], {{age:38}}, from [[ADDRESS:Immokalee]], was admitted [[DATE:5/19/2025]] with sepsis from right pyelonephritis and newly found diabetes. He is on {{drug:ceftriaxone}} and starting {{drug:glargine}}, with [[NAME:Rigoberta]] learning glucose checks.
"""),
    dict(style="soap_progress", note="""
Cardiology Progress Note     [[DATE:June 3rd]]
[[NAME:Delroy]] "[[NAME:Bigga]]" [[NAME:Campbell]]   MRN [[MRN:19920475]]

S: No chest pain overnight. Walked the hall twice with [[NAME:Marcia]]. Asked again when he can drive the route truck; told him we will
discuss at follow-up. [[NAME:Bigga]] is what everyone on the unit calls him per his request.
O: {{vital:BP 128/74}}  {{vital:HR 64}} SR  {{vital:SpO2 98%}}. {{lab:trop}} peaked {{lab:4,120 ng/L}}, now {{lab:1,880}}.
   R radial site clean, +2 pulse, no hematoma. Lungs clear.
   Echo: EF 45%, inferior hypokinesis.
A: {{age:57}} M, inferior STEMI s/p DES x1 to RCA [[DATE:6/1]], uncomplicated.
P:
 - DAPT: {{drug:aspirin}} {{dose:81 mg}} + {{drug:ticagrelor}} {{dose:90 mg BID}} x12 mo - do NOT interrupt
 - {{drug:atorvastatin}} {{dose:80 mg}}, {{drug:metoprolol}} {{dose:25 mg BID}}, start {{drug:lisinopril}} {{dose:2.5 mg}}
 - cardiac rehab referral (Eastside), smoking cessation - he quit [[DATE:5/31]]
 - home tomorrow if stable; f/u [[NAME:Clarke-Morrison]] 2 wks
[[NAME:S. Beckford]], PA-C / attending [[NAME:Winston Clarke-Morrison]], MD
""", summary="""
[[NAME:Delroy Campbell]] ("[[NAME:Bigga]]"), {{age:57}}, is stable two days after a stent for an inferior STEMI, with EF 45%. He continues dual antiplatelet therapy and should go home tomorrow with follow-up with [[NAME:Clarke-Morrison]].
"""),
    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY - Acute Care for Elders (ACE) Unit
Patient: [[NAME:PRICE, HOPE W]]    Age: [[AGE:93]]    MRN: [[MRN:0087712436]]
Admission: [[DATE:08/04/2025]]    Discharge: [[DATE:08/09/2025]] to Willowbrook Health & Rehab (SNF)

Hospital course: Mrs. [[NAME:Price]] was brought in by [[NAME:June]] after a fall at home; no fracture on CT head/C-spine or hip films.
Found to have {{lab:Na 121}} from {{drug:hydrochlorothiazide}} plus low solute intake; corrected slowly ({{lab:Na 124}} -> {{lab:129}} -> {{lab:133}})
with fluid restriction and salt tabs, HCTZ stopped. Delirium (CAM+) on day 1 cleared by day 3 with sleep hygiene, glasses and
hearing aids, no antipsychotics. [[NAME:Hope]] was in good spirits at discharge and will do PT at the SNF; we hope to see her gait
back near baseline (walker). Orthostatics negative. {{score:MoCA 21/30}}, {{score:Tinetti 14}}.
Goals of care: DNR/DNI confirmed with patient and [[NAME:June]] (HCP). [[NAME:Will Baker]] from chaplaincy visited; she declined
hospice info for now, will revisit.

Medications changed: STOP {{drug:hydrochlorothiazide}}. START {{drug:amlodipine}} {{dose:2.5 mg}} daily. Continue {{drug:levothyroxine}}
{{dose:50 mcg}}, {{drug:donepezil}} {{dose:5 mg}}, {{drug:vitamin D}} {{dose:1,000 IU}}.
Follow-up: BMP at SNF [[DATE:8/12]]; geriatrics clinic ([[NAME:Youngblood]]) in 4 weeks.
HCP [[NAME:June Price-Whitaker]] [[PHONE:614-293-5560]], cell [[PHONE:614-580-1187]].
[[NAME:R. Ambrose]], MD
""", summary="""
[[NAME:Hope Price]], age [[AGE:93]], was admitted after a fall and found to have thiazide-related hyponatremia, which was corrected slowly after stopping {{drug:hydrochlorothiazide}}. She was discharged [[DATE:08/09/2025]] to a SNF for rehab, DNR/DNI, with [[NAME:June]] as health care proxy.
"""),
    dict(style="admission_hp", note="""
ADMISSION HISTORY AND PHYSICAL
[[NAME:DE LA CRUZ OSPINA, MARÍA VALENTINA]]      MRN [[MRN:68412093]]      FIN [[MRN:2500918344]]
Admitting team: Gold Medicine     Date: [[DATE:2025-01-14]]

Chief complaint: "me falta el aire" - dyspnea on exertion x3 weeks.
HPI: {{age:46}} yo woman, moved from [[ADDRESS:Medellín]] 2 yrs ago, with known rheumatic mitral stenosis (valve area 1.0 cm2 on
outside echo), now NYHA III, new palpitations since Sunday. Seen by [[NAME:Restrepo]] in cardiology clinic 2023, lost to follow-up
after insurance lapse. Today HR 140s irregular in clinic; [[NAME:Juan Camilo Giraldo]] (her primary NP) sent her in.
Spanish interpreter [[NAME:Yesenia Ramírez]] used throughout.
PMH: rheumatic fever age 11; mitral stenosis; G3P3. Meds: {{drug:furosemide}} {{dose:20 mg}} (ran out 1 wk ago).
Allergies: {{drug:penicillin}} (hives) - note for secondary prophylaxis.
FHx: mother with "corazón grande." Social: lives with [[NAME:Santiago]] and 3 kids in [[ADDRESS:Elizabeth]], NJ; cleans offices nights.

Exam: {{vital:HR 138}} irregularly irregular, {{vital:BP 104/70}}, {{vital:SpO2 93%}}. Malar flush. Loud S1, opening snap, low-pitched
diastolic rumble at apex. Bibasilar crackles. JVP 10 cm.
ECG: AF with RVR, no ischemia. {{lab:TSH 1.2}}. {{lab:BNP 880}}. {{lab:INR 1.0}}.
CHA2DS2-VASc: {{score:CHA2DS2-VASc 1}} but rheumatic MS -> anticoagulate regardless.

Assessment/Plan: New AF with RVR in rheumatic MS, decompensated.
 1. Rate control {{drug:metoprolol}} {{dose:5 mg IV}} then {{dose:25 mg PO q6h}}; avoid {{drug:diltiazem}} if BP soft
 2. {{drug:heparin}} gtt -> {{drug:warfarin}} (DOACs not for moderate-severe MS); INR goal 2-3
 3. IV {{drug:furosemide}} {{dose:40 mg BID}}
 4. TTE/TEE, structural heart consult for PMBC candidacy
 5. {{drug:erythromycin}} for rheumatic fever prophylaxis (PCN allergy)
[[NAME:Z. Ospina-Ferrer]], MD  (no relation)   pager [[PHONE:2218]]
""", summary="""
[[NAME:María Valentina de la Cruz Ospina]], {{age:46}}, was admitted [[DATE:2025-01-14]] with new atrial fibrillation and heart failure from rheumatic mitral stenosis. She is being rate-controlled, started on {{drug:heparin}} toward {{drug:warfarin}}, and referred for balloon valvotomy evaluation.
"""),
    dict(style="soap_progress", note="""
Pulmonary progress note - HD 4
S: "Breathing better, still coughing up the green stuff." Used rescue neb x1 overnight. Appetite fair.
O: {{vital:Afebrile}}. {{vital:HR 92}} {{vital:BP 138/80}} {{vital:RR 20}} {{vital:SpO2 90% on 2L NC}} (goal 88-92).
   Scattered expiratory wheeze, prolonged expiratory phase, no accessory muscle use today.
   {{lab:WBC 11.4}} (from {{lab:14.0}}), {{lab:glucose 214}} on steroids, ABG on admission {{lab:7.31/62/58}}, VBG today {{lab:pH 7.37, pCO2 54}}.
   Sputum: normal flora. RVP negative.
A: AECOPD (GOLD E, FEV1 38%) improving; steroid-induced hyperglycemia.
P:
 - {{drug:prednisone}} {{dose:40 mg}} day 4/5; {{drug:doxycycline}} {{dose:100 mg BID}} day 4/5
 - {{drug:DuoNeb}} q6h + q2h PRN; resume {{drug:Trelegy Ellipta}} at discharge
 - correctional {{drug:lispro}} while on prednisone
 - ambulatory sat check before d/c; likely needs home O2 - order via DME with qualifying sat
 - pulmonary rehab referral; pneumococcal ({{drug:Prevnar 20}}) given today; RSV vaccine offered
 - BiPAP qhs was not needed last 2 nights
""", summary="""
COPD exacerbation is improving on day 4 of {{drug:prednisone}} and {{drug:doxycycline}}, with oxygen at goal on 2 L. An ambulatory oxygen check and pulmonary rehab referral are planned before discharge.
"""),
    dict(style="discharge_summary", note="""
SURGERY DISCHARGE SUMMARY
Patient: [[NAME:O'Neil, Shanice]]   MRN [[MRN:90331457]]   Surgeon: [[NAME:Ambrose R]]   Assistant: [[NAME:D'Souza K]]
Admit [[DATE:10-Jan-2025]]  /  Discharge [[DATE:13-Jan-2025]]
Procedure ([[DATE:1/10]]): laparoscopic cholecystectomy, converted to open (dense adhesions, {{eponym:Mirizzi}} type I).
Course: Uneventful post-op. Pain controlled with {{drug:acetaminophen}} {{dose:1 g}} q8h and {{drug:oxycodone}} {{dose:5 mg}} x4 doses total. JP drain
output 40 -> 15 mL serous, removed POD 2 by [[NAME:D'Souza]]. Tolerating regular diet, passing flatus. LFTs trending down
({{lab:T bili 3.1}} -> {{lab:1.2}}). Path pending (accession [[MRN:S25-00871]]).
[[NAME:Shanice]] lives with her grandmother in [[ADDRESS:Flatbush]]; [[NAME:Shanice]]'s aunt [[NAME:Beverley]] will stay the first week and
help with dressing changes. Visiting nurse set up through VNS Health.
Instructions: no lifting >10 lb x6 weeks; may shower, no tub; call for fever >38.5, wound redness, jaundice.
Meds: {{drug:acetaminophen}} {{dose:650 mg}} q6h PRN; {{drug:oxycodone}} {{dose:5 mg}} #8; {{drug:docusate}} {{dose:100 mg BID}}; {{drug:ondansetron}} {{dose:4 mg}} PRN.
F/u: [[NAME:Ambrose]] clinic [[DATE:Jan 24]] 10:40; staples out same visit.
Surgery clinic [[PHONE:718-270-4408]], after hours page surgical resident via [[PHONE:718-270-1000]].
-- [[NAME:K. D'Souza]], MD (PGY-3)
""", summary="""
[[NAME:Shanice O'Neil]] had a laparoscopic cholecystectomy converted to open on [[DATE:1/10]] for {{eponym:Mirizzi}} syndrome and recovered without complications. She goes home [[DATE:13-Jan-2025]] with help from [[NAME:Beverley]] and will see [[NAME:Ambrose]] on [[DATE:Jan 24]].
"""),
    dict(style="admission_hp", note="""
NEUROLOGY ADMISSION H&P                                  [[DATE:Tues 9/16]]
[[NAME:ASANTE-BOATENG, KWAME Y.]]   MRN [[MRN:51007733]]   DOB [[DATE:1961-04-27]]

CC: right arm weakness and "words coming out wrong," LKW 0715.
HPI: {{age:64}} RH man with HTN (off meds x6 mo) found by [[NAME:Akosua]] at breakfast dropping his cup, speech halting. EMS BG 132.
Arrived 0812; {{score:NIHSS 7}} (aphasia 2, R arm 2, R face 2, dysarthria 1). CTA: L M2 occlusion. {{drug:Tenecteplase}} {{dose:0.25 mg/kg}}
given 0839 after BP lowered from {{vital:212/118}} with {{drug:labetalol}} {{dose:10 mg IV}} x2. Thrombectomy by [[NAME:Owusu]] - {{score:TICI 2b}}.
Post-procedure NIHSS 3. [[NAME:Kwame]] travels to [[ADDRESS:Kumasi]] yearly; last trip Dec. No prior stroke/TIA, no AF known.
PMH: HTN, gout, BPH. Meds: "blood pressure pill" (family will bring bottle), {{drug:allopurinol}} {{dose:100 mg}}, {{drug:tamsulosin}} {{dose:0.4 mg}}.
Social: retired bus mechanic, lives in [[ADDRESS:Worcester]] with wife; [[NAME:Efua]] and [[NAME:Yaw Owusu-Ansah]] (son-in-law, no relation to
IR attending) involved. Twi and English.
Exam: {{vital:BP 158/84}} post-tnk, {{vital:HR 78}} regular. Mild expressive aphasia, R pronator drift, R NLF flattening. No neglect.
{{score:mRS 0}} prior. {{eponym:Babinski}} upgoing on R.
A/P: L MCA stroke s/p TNK + EVT
 - neuro checks q15 min x2h then per post-lytic protocol; BP <180/105 x24h
 - no antithrombotics x24h; repeat CT at 24h then {{drug:aspirin}} {{dose:81 mg}} + {{drug:atorvastatin}} {{dose:80 mg}}
 - telemetry, 30-day monitor at discharge; TTE with bubble
 - SLP, PT/OT; NPO until bedside swallow
Seen and examined with Dr. [[NAME:Mensah]]. [[NAME:afb]] / [[NAME:Adwoa Fosu-Bediako]], MD
""", summary="""
[[NAME:Kwame Asante-Boateng]], {{age:64}}, was admitted [[DATE:9/16]] with a left MCA stroke, treated with {{drug:tenecteplase}} and thrombectomy by [[NAME:Owusu]], improving to {{score:NIHSS 3}}. Post-lytic monitoring and secondary prevention workup are under way.
"""),
    dict(style="soap_progress", note="""
Transplant Nephrology - Progress Note
Pt: [[NAME:Mwangi, Peter Kamau]]   MRN [[MRN:84420196]]   POD 5 s/p DDKT ([[DATE:7/2/2025]])

S: Feels well, walking laps. Some tremor in hands. Per [[NAME:Njeri]], he has been skipping the evening {{drug:Myfortic}} because of
nausea - reviewed today; taking with food now. Urinating a lot.
O: {{vital:BP 146/88}} {{vital:HR 82}} afebrile. UOP 3.4 L. Wt 77.0 kg.
   {{lab:Cr 2.4}} -> {{lab:1.8}} -> {{lab:1.5}} today.  {{lab:K 5.3}}  {{lab:Mg 1.4}}  {{lab:tacrolimus trough 13.8}} (goal 8-10)
   Incision C/D/I, JP 20 mL serosang. Graft nontender. Doppler [[DATE:7/3]] RI 0.72.
A/P: DDKT with delayed but now good function.
 1. Immunosuppression: {{drug:tacrolimus}} trough high -> decrease {{dose:4 mg}} to {{dose:3 mg BID}}, recheck in 2 days; {{drug:mycophenolate}} {{dose:720 mg BID}},
    {{drug:prednisone}} {{dose:20 mg}} taper per protocol
 2. Hyperkalemia/hypoMg - low K diet, {{drug:Mg oxide}} {{dose:400 mg BID}}; continue {{drug:Bactrim}} SS for PJP ppx, watch K
 3. CMV D+/R-: {{drug:valganciclovir}} {{dose:450 mg}} daily (renally dosed)
 4. JP out today if <30 mL - page [[NAME:Kamau]] (txp surgery fellow, not a relative) to pull
 5. Teaching with [[NAME:Otieno]] (txp pharmacist) this afternoon with [[NAME:Njeri]] and [[NAME:Wanjiru]] present
Anticipate d/c [[DATE:Thursday 7/10]]. 
[[NAME:chebet.l]] for Dr. [[NAME:Odhiambo]]
""", summary="""
[[NAME:Peter Mwangi]] is doing well on day 5 after a deceased-donor kidney transplant, with creatinine falling to {{lab:1.5}}. The {{drug:tacrolimus}} dose was lowered for a high trough and discharge is planned for [[DATE:7/10]] after teaching with [[NAME:Otieno]].
"""),
    dict(style="discharge_summary", note="""
INFECTIOUS DISEASES / MEDICINE DISCHARGE SUMMARY
Name [[NAME:N'DOUR, FATOU BINETA]]      MRN [[MRN:26638104]]      Admit [[DATE:17/02/2025]] (dates day-first per outside transfer)
Discharge [[DATE:21/02/2025]]      Attending [[NAME:Cheikh Ahmadou Gueye]], MD

Diagnosis: Plasmodium falciparum malaria, 3.2% parasitemia, non-severe; returned from [[ADDRESS:Dakar]] and [[ADDRESS:Thiès]]
[[DATE:Feb 9]] after a 5-week visit, no prophylaxis.
Course: Fever 39.8, rigors, {{lab:plt 64}}, {{lab:bili 2.6}}. Thin smear by lab ([[NAME:MBS]]) confirmed ring forms. Treated with
{{drug:Coartem}} ({{drug:artemether-lumefantrine}}) {{dose:4 tabs}} at 0, 8 h then BID to complete 6 doses; parasitemia {{lab:0.4%}} at 48 h,
negative day 4. G6PD normal. No primaquine needed. [[NAME:Fatou]] tolerated meds with fatty food (she was told to take with milk).
[[NAME:Mamadou]] and [[NAME:Aminata Sow]] also traveled - both afebrile; advised to present if fever within 3 months.
Wolof/French interpreter ([[NAME:Ousmane Fall]]) used for discharge teaching; teach-back done.

Discharge meds: none new. {{drug:acetaminophen}} PRN.
Follow-up: ID travel clinic [[DATE:Feb 28]] with Dr. [[NAME:N'Diaye]] (smear, CBC). Next trip to Senegal: pre-travel visit for
{{drug:atovaquone-proguanil}} or {{drug:doxycycline}}.
Contact on file: [[PHONE:+221 77 418 23 90]] (sister in [[ADDRESS:Dakar]]), local [[PHONE:(646) 302-7719]].
""", summary="""
[[NAME:Fatou N'Dour]] was treated from [[DATE:17/02/2025]] to [[DATE:21/02/2025]] for non-severe falciparum malaria acquired in Senegal and cleared parasitemia on {{drug:Coartem}}. She will see Dr. [[NAME:N'Diaye]] on [[DATE:Feb 28]]; [[NAME:Mamadou]] and [[NAME:Aminata Sow]] were counseled about fever.
"""),
    dict(style="admission_hp", note="""
NICU/NEWBORN ADMISSION H&P
Baby Boy [[NAME:Tadesse]]   MRN [[MRN:77120558]]   DOB [[DATE:10/03/2025]] 04:12   DOL 4   Wt 3,020 g (BW 3,310 g, -8.8%)
Mother: [[NAME:Selamawit Haile]], {{age:29}} G2P2, O+, GBS neg, uncomplicated SVD, {{score:Apgar 8/9}}.

CC: jaundice, readmitted from pediatric clinic.
HPI: Exclusively breastfed, feeding q3-4h, 6 wet diapers/day per [[NAME:Selamawit]], stools transitioning. TcB at clinic 18.9 at 84 h -> sent in.
{{lab:TSB 20.4}} at 86 h, direct {{lab:0.4}}. Baby is above the phototherapy threshold (AAP 2022, 38 wk, no neurotoxicity risk
factors) but below escalation. Older sibling [[NAME:Lidya]] needed phototherapy in 2021. Father [[NAME:Yohannes Tadesse]] and mother at
bedside; Amharic, good English.
Exam: {{vital:T 36.8}} {{vital:HR 148}} {{vital:RR 44}}. Jaundiced to knees. Active, good tone, strong suck. Fontanelle soft. No
cephalohematoma. No hepatosplenomegaly.
Labs: mother O+/baby A+, DAT negative. {{lab:Hct 52%}}, {{lab:retic 3.1%}}. G6PD pending.
A/P: Hyperbilirubinemia, likely breastfeeding-associated +/- ABO excluded.
 - intensive phototherapy, repeat TSB in 4-6 h, then q12h
 - continue breastfeeding q2-3h, lactation consult (Ms. [[NAME:Alem]]), supplement EBM if wt loss >10%
 - stop phototherapy when TSB 2 below threshold; rebound check 12-24 h after
[[NAME:Hana Gebremedhin]], MD (peds hospitalist) / med student [[NAME:D. Kiros]]
""", summary="""
Baby Boy [[NAME:Tadesse]], born [[DATE:10/03/2025]], was readmitted on day 4 with {{lab:TSB 20.4}} from breastfeeding-associated jaundice. He is on intensive phototherapy with lactation support from [[NAME:Alem]].
"""),
    dict(style="soap_progress", note="""
OB Postpartum Progress Note - PPD#1
[[NAME:Lafleur, Fabienne M.]]   MRN [[MRN:39014482]]   [[DATE:12/28/2024]]
S: Headache 3/10, better than yesterday. No visual changes, no RUQ pain. Breastfeeding going ok with help from [[NAME:Marie-Ange]].
   [[NAME:Jean-Claude]] asked about going home with baby tomorrow - explained mag and BP plan.
O: {{vital:BP 148/96}}, {{vital:152/98}}, {{vital:144/92}} overnight; {{vital:HR 84}}; {{vital:RR 16}}; {{vital:SpO2 98%}}. UOP 80-120 mL/h.
   On {{drug:magnesium sulfate}} {{dose:2 g/h}} until 0300 ([[DATE:12/28]]) - now off. DTRs 2+, no clonus.
   {{lab:Plt 138}} (from {{lab:162}}), {{lab:AST 41}}, {{lab:ALT 38}}, {{lab:Cr 0.7}}, {{lab:LDH 290}}. {{lab:UPCR 0.9}}.
   Fundus firm, 1 below U. Lochia moderate. Incision n/a (SVD). Calves soft.
A: {{age:33}} G1P1 PPD#1 s/p IOL ({{score:Bishop score 3}} -> {{drug:Cervidil}}, {{drug:Pitocin}}) for preeclampsia w severe features, s/p mag.
P:
 - {{drug:nifedipine XL}} {{dose:30 mg}} -> increase to {{dose:60 mg}} daily; add {{drug:labetalol}} {{dose:200 mg BID}} if >150/100
 - BP check in 72 h: home BP cuff given; enrolled in remote BP program (texts to [[PHONE:786-555-0143]])
 - Creole interpreter ([[NAME:Wesner]]) for discharge education re warning signs, done with [[NAME:Fabienne]]'s mother present
 - Rh pos, rubella immune; {{drug:Tdap}} given antepartum
 - anticipate d/c PPD#2
[[NAME:M. Exantus]], CNM / Dr. [[NAME:Saint-Fleur]]
""", summary="""
[[NAME:Fabienne Lafleur]], {{age:33}}, is on postpartum day 1 after induction for preeclampsia with severe features and is off magnesium. {{drug:Nifedipine}} is being increased and she is enrolled in remote BP monitoring before a planned discharge on day 2.
"""),
    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY - Neurology
Diagnosis: {{eponym:Guillain-Barré}} syndrome (AIDP variant), preceded by Campylobacter gastroenteritis
Hospital course: Presented with ascending symmetric weakness and paresthesias over 6 days, areflexia. CSF: {{lab:protein 168}},
{{lab:WBC 2}} (albuminocytologic dissociation). NCS consistent with demyelination. Treated with {{drug:IVIG}} {{dose:0.4 g/kg/day}} x5 days
(total {{dose:2 g/kg}}). Serial NIF/VC: nadir {{lab:VC 1.6 L}} (about 22 mL/kg), {{lab:NIF -34}}; never required ICU or intubation.
Mild dysautonomia with labile BP managed conservatively. Neuropathic pain improved on {{drug:gabapentin}}. {{score:Hughes grade 4}}
at nadir, {{score:Hughes grade 3}} at discharge (walks 5 m with walker). {{score:EGRIS 3}}, {{score:mEGOS 4}}.
No {{eponym:Miller Fisher}} features; ophthalmoplegia absent. Anti-GQ1b negative.

Discharge to: acute inpatient rehabilitation.
Medications: {{drug:gabapentin}} {{dose:300 mg TID}}; {{drug:enoxaparin}} {{dose:40 mg}} daily until ambulating independently;
{{drug:senna}} {{dose:8.6 mg}} qhs; {{drug:acetaminophen}} {{dose:650 mg}} q6h PRN.
Instructions to rehab: monitor VC weekly x2 (treatment-related fluctuation possible within 8 weeks); call neurology for
any new bulbar symptoms, VC below 20 mL/kg, or loss of ambulation. Avoid {{drug:fluoroquinolones}} and {{drug:aminoglycosides}}
if possible. Influenza vaccine deferred 6 weeks.
Follow-up: neuromuscular clinic 4-6 weeks with repeat NCS.
""", summary="""
A patient with post-Campylobacter {{eponym:Guillain-Barré}} syndrome was treated with five days of {{drug:IVIG}} without needing ventilation. They are discharged to inpatient rehab at {{score:Hughes grade 3}} with weekly vital capacity checks.
"""),
    dict(style="admission_hp", note="""
History & Physical - Hospital Medicine                Admit date: [[DATE:November 5, 2024]]
Patient: [[NAME:Dallas Hernández Zamora]]    DOB [[DATE:02/29/1972]]    MRN [[MRN:12093384]]    Acct [[MRN:H0044718265]]

CC: "my foot turned black"
HPI: [[NAME:Dallas]] is a {{age:52}} yo man with poorly controlled T2DM (A1c {{lab:11.8%}}) and tobacco use who drove in from [[ADDRESS:Round Rock]]
after 2 weeks of a draining ulcer on the L 2nd toe that became dusky over 3 days. Saw a podiatrist in [[ADDRESS:Austin]] in
September ({{drug:Keflex}} x10 d). [[NAME:Savannah]] noticed a smell yesterday and made him come in. Fevers at home to 38.6.
PMH: T2DM on {{drug:metformin}} {{dose:1,000 mg BID}} and {{drug:Ozempic}} {{dose:0.5 mg}} weekly; HTN; PAD not previously diagnosed.
Social: 1 ppd x30 yrs; drives for a freight company; lives with [[NAME:Savannah Lugo]] and two teens on [[ADDRESS:Sunrise Rd]].
Spanish and English.
Exam: {{vital:T 38.3}} {{vital:HR 104}} {{vital:BP 151/88}}. L 2nd toe dry gangrene with wet margin, purulence at MTP, probe-to-bone +.
Erythema to midfoot. DP/PT not palpable on L. Monofilament absent bilaterally. {{eponym:Charcot}} changes none.
Labs: {{lab:WBC 16.2}}, {{lab:CRP 142}}, {{lab:ESR 88}}, {{lab:lactate 1.7}}, {{lab:Cr 0.9}}. ABI L {{lab:0.54}}. XR: cortical erosion of 2nd MT head.
A/P: DFI, {{score:IWGDF grade 4}} (moderate with osteomyelitis), and new PAD.
 - {{drug:vancomycin}} + {{drug:piperacillin-tazobactam}}; bone cx at debridement
 - vascular surgery (Dr. [[NAME:Mayorga]]) - angiography before/with amputation; podiatry ([[NAME:Kingsley Baptiste]], DPM) for toe amp
 - basal-bolus insulin; hold {{drug:metformin}} around contrast
 - nicotine patch {{dose:21 mg}}; cessation counseling
Case discussed with [[NAME:Austin Pérez-Uribe]], MD (hospitalist attending). Note by [[NAME:G. Villatoro]], NP.
""", summary="""
[[NAME:Dallas Hernández Zamora]], {{age:52}}, from [[ADDRESS:Round Rock]], was admitted [[DATE:November 5, 2024]] with diabetic foot infection, osteomyelitis of the left 2nd toe and newly found PAD. He started broad antibiotics with vascular and podiatry consults from [[NAME:Mayorga]] and [[NAME:Baptiste]].
"""),
    dict(style="soap_progress", note="""
Medicine SOAP - [[NAME:MORRISON, DESMOND]] - [[DATE:Sat 1/18]]
S: Leg less painful, slept through. Wants to know if he can go to [[NAME:Nadine]]'s wedding on [[DATE:the 25th]]. Tolerating diet.
O: {{vital:T 37.0}}  {{vital:HR 76}}  {{vital:BP 130/78}}
   LLE: erythema receding well inside marked border (marked [[DATE:1/16]] 2200), warmth less, no fluctuance. Tinea between toes.
   {{lab:WBC 9.8}} from {{lab:15.1}}. {{lab:Cr 1.0}}. {{lab:vanc trough 14}}.
A: Nonpurulent LLE cellulitis, improving on IV therapy. Tinea pedis as portal of entry. BMI 41.
P: - transition {{drug:vancomycin}} -> {{drug:cefadroxil}} {{dose:1 g BID}} to finish 7 d total (MRSA nares neg)
   - {{drug:clotrimazole}} cream BID between toes x4 wks
   - compression once erythema resolves; elevate
   - d/c today; home with [[NAME:Yvonne]]; PCP [[NAME:Ng]] in 1 week
   Discussed with [[NAME:Yu]] (pharmacy) re cefadroxil dose for weight - ok.
[[NAME:ttb]]
""", summary="""
[[NAME:Desmond Morrison]]'s left leg cellulitis improved on IV {{drug:vancomycin}}, and he was switched to oral {{drug:cefadroxil}} and treated for tinea pedis. He goes home [[DATE:1/18]] with follow-up with [[NAME:Ng]] in a week.
"""),
    dict(style="discharge_summary", note="""
HEMATOLOGY/ONCOLOGY DISCHARGE SUMMARY
Patient [[NAME:Okonkwo, Chukwuemeka I]]   MRN [[MRN:47730291]]   Admit [[DATE:3.2.2025]]   Discharge [[DATE:7.2.2025]]
Team: [[NAME:Adeyemi]], [[NAME:Olatunji]], [[NAME:Eze-Nwachukwu]], [[NAME:Li]] (fellow), [[NAME:Bo Whitfield]], PharmD

Diagnosis: Classic {{eponym:Hodgkin}} lymphoma, nodular sclerosis, stage IIB (bulky mediastinal mass), new.
Course: {{age:24}} yo presented with drenching sweats, 9 kg weight loss, cough. Core biopsy [[DATE:4.2.2025]] (accession [[MRN:SP25-4471]])
CD15+/CD30+ {{eponym:Reed-Sternberg}} cells. PET-CT: FDG-avid disease above the diaphragm only; bulky 11 cm mediastinal mass. {{lab:LDH 410}}, {{lab:ESR 64}}.
Echo EF 60%, PFTs {{lab:DLCO 82%}} (baseline prior to bleomycin-free regimen). Sperm banking completed before chemo.
Cycle 1 {{drug:brentuximab vedotin}} + {{drug:AVD}} ({{drug:doxorubicin}}, {{drug:vinblastine}}, {{drug:dacarbazine}}) given [[DATE:6.2.2025]], tolerated
with mild nausea. [[NAME:Chukwuemeka]] ("[[NAME:Emeka]]") asked to go home to finish exams; [[NAME:Ngozi]] and [[NAME:Chidi]] drive him.
Discharge meds: {{drug:ondansetron}} {{dose:8 mg}} q8h PRN; {{drug:olanzapine}} {{dose:5 mg}} qhs x3 nights; {{drug:filgrastim}} per protocol;
{{drug:acyclovir}} {{dose:400 mg BID}}.
Follow-up: C1D15 [[DATE:20.2.2025]] with [[NAME:Olatunji]]; fever >38.0 -> ED immediately (neutropenic).
Oncology triage [[PHONE:0161 555 2870]] (24 h).
""", summary="""
[[NAME:Chukwuemeka Okonkwo]], {{age:24}}, was diagnosed with stage IIB classic {{eponym:Hodgkin}} lymphoma and received cycle 1 of {{drug:brentuximab vedotin}} plus {{drug:AVD}} on [[DATE:6.2.2025]]. He goes home with antiemetics and neutropenic precautions, seeing [[NAME:Olatunji]] on [[DATE:20.2.2025]].
"""),
    dict(style="admission_hp", note="""
ADMISSION H&P - MEDICINE TEAM 3
PATIENT: [[NAME:KING, MERCY ADAORA]]     MRN: [[MRN:30557129]]     ADMIT: [[DATE:06/21/2025]]
PCP: [[NAME:HASSAN, ABDIWELI]] MD     CODE: FULL

CC: tremor, vomiting, "seeing bugs on the wall"
HPI: {{age:49}} yo woman with alcohol use disorder (about 1 L vodka/day), last drink 36 h ago, brought by [[NAME:Major]] after he
found her confused. Two prior withdrawal admissions, one with seizure (2022), no DTs documented. Vomiting x1 day, no hematemesis.
[[NAME:Mercy]] says she stopped because she "ran out of money," wants to quit. No SI.
PMH: AUD, HTN, GERD, fatty liver. Meds: {{drug:lisinopril}} {{dose:10 mg}} (not taking). NKDA.
Social: lives alone, sister [[NAME:Ayaan]] (stepsister, per pt) in same building; unemployed hair stylist.
Exam: {{vital:T 37.8}} {{vital:HR 122}} {{vital:BP 168/102}} {{vital:RR 22}}. Diaphoretic, coarse tremor, tactile hallucinations.
{{score:CIWA-Ar 24}}. No asterixis. Mild hepatomegaly. No focal deficits.
Labs: {{lab:Na 131}}, {{lab:K 2.9}}, {{lab:Mg 1.2}}, {{lab:Phos 1.8}}, {{lab:AST 212}}, {{lab:ALT 88}}, {{lab:lipase 64}}, {{lab:EtOH <10}}, {{lab:plt 98}}.
{{score:PAWSS 6}}.
A/P: Severe alcohol withdrawal, high risk for complicated withdrawal.
 - {{drug:phenobarbital}} {{dose:10 mg/kg IBW}} IV load, then symptom-triggered; step-down bed
 - {{drug:thiamine}} {{dose:500 mg IV TID}} x3 d ({{eponym:Wernicke}} ppx), {{drug:folate}}, MVI; replete K/Mg/Phos before glucose-heavy fluids
 - major risk of refeeding - dietitian
 - addiction medicine consult ({{drug:naltrexone}} vs {{drug:acamprosate}} once LFTs trend)
[[NAME:B. King-Otieno]], MD (R2), no relation to pt / attending [[NAME:Aweys]]
""", summary="""
[[NAME:Mercy King]], {{age:49}}, was admitted [[DATE:06/21/2025]] with severe alcohol withdrawal and hallucinations, {{score:CIWA-Ar 24}}. She received a {{drug:phenobarbital}} load, high-dose {{drug:thiamine}} and electrolyte repletion, with addiction medicine consulted.
"""),
    dict(style="soap_progress", note="""
MICU daily note  [[DATE:2025-03-07]]   [[NAME:Gebre, Yohannes]]  MRN [[MRN:14408823]]  ICU day 3
S: Sedated on {{drug:propofol}}, RASS -1. Overnight: {{drug:norepinephrine}} weaned 0.18 -> 0.06 mcg/kg/min. No events.
   d/w [[NAME:Ng]] (ID) and [[NAME:Oh]] (pharm) at 0900 re narrowing abx.
O: {{vital:Tmax 38.0}} {{vital:MAP 68}} {{vital:HR 98}} on AC 20/450/PEEP 10/FiO2 0.40, P/F 210.
   {{lab:lactate 1.4}} (from {{lab:5.6}}), {{lab:WBC 18.1}}, {{lab:Cr 1.9}} (AKI), UOP 0.6 mL/kg/h.
   BCx 2/2 E. coli (pan-S except amp). CT A/P: obstructing L ureteral stone, s/p IR nephrostomy [[DATE:3/5]] (Dr. [[NAME:Do]]).
A/P: Septic shock from obstructive pyelo, improving. ARDS mild.
 - de-escalate {{drug:meropenem}} -> {{drug:ceftriaxone}} {{dose:2 g}} daily per [[NAME:Ng]]; total 14 d from source control
 - LTVV, SAT/SBT in AM; {{drug:propofol}} + {{drug:fentanyl}} {{dose:25 mcg/h}}
 - {{drug:norepinephrine}} to off, MAP >65; {{drug:hydrocortisone}} stop when off pressors
 - nephrostomy care; urology ([[NAME:Wu]]) definitive stone mgmt later
 - family update: [[NAME:Tigist]] at 1400, Amharic interpreter booked ([[NAME:Mulugeta]])
-- [[NAME:Le Thi Lan]], MD / fellow [[NAME:Yu J]]
""", summary="""
[[NAME:Yohannes Gebre]] is on ICU day 3 for septic shock from an obstructed, infected left kidney after IR nephrostomy, with pressors nearly off and lactate normalized. Antibiotics were narrowed to {{drug:ceftriaxone}} per [[NAME:Ng]], and [[NAME:Tigist]] will be updated this afternoon.
"""),
    dict(style="discharge_summary", note="""
Discharge Summary - Orthopaedic Trauma / Hospital Medicine co-management
[[NAME:Giraldo Zuluaga, Florence]]   MRN [[MRN:58830177]]   Admit [[DATE:5 Aug 2025]]   D/C [[DATE:12 Aug 2025]] to Lincoln Park Rehab

Diagnosis: R intertrochanteric hip fracture after mechanical fall; s/p cephalomedullary nail [[DATE:6 Aug 2025]] ([[NAME:Georgia Whitlock]], MD).
Course: [[NAME:Florence]] is {{age:81}}, lives in [[ADDRESS:Lincoln]] with [[NAME:Georgia]] (granddaughter, same first name as surgeon - family
aware). Post-op {{lab:Hgb 7.6}}, transfused 1 u. Delirium POD 1-2 managed with reorientation, {{drug:melatonin}}; {{score:4AT 0}} at discharge.
Osteoporosis: {{lab:25-OH vit D 14}}; started {{drug:cholecalciferol}} {{dose:2,000 IU}}; {{drug:zoledronic acid}} at 2 wk post-op visit.
Spanish-speaking; [[NAME:Georgia]] interprets at times but professional interpreter ([[NAME:Edwin Lemus]]) used for consent.
Weight-bearing as tolerated. VTE ppx: {{drug:enoxaparin}} {{dose:40 mg}} daily x4 weeks.
Medications: {{drug:acetaminophen}} {{dose:1 g TID}}; {{drug:oxycodone}} {{dose:2.5 mg}} q6h PRN; {{drug:senna}}; {{drug:Miralax}}; home
{{drug:amlodipine}} {{dose:5 mg}}, {{drug:timolol}} drops.
Follow-up: ortho clinic ([[NAME:Whitlock]]) [[DATE:Aug 20]], staples out; fracture liaison service.
Rehab contact on file, family [[PHONE:402-555-0198]] ([[NAME:Georgia Giraldo]]).
""", summary="""
[[NAME:Florence Giraldo Zuluaga]], {{age:81}}, had a right hip fracture nailed on [[DATE:6 Aug 2025]] by [[NAME:Georgia Whitlock]] and was discharged to rehab on [[DATE:12 Aug 2025]]. She is on {{drug:enoxaparin}} for 4 weeks and will start osteoporosis treatment at follow-up.
"""),
    dict(style="admission_hp", note="""
ADMISSION H&P - Gastroenterology / Medicine
CC: severe epigastric pain radiating to back, vomiting, onset after a large meal.
HPI: Middle-aged man with hypertriglyceridemia and prior gallstone-free pancreatitis episode, non-drinker, presenting with 10/10
pain. {{lab:Lipase 4,820}}. {{lab:TG 2,340}}. No new medications; not on {{drug:SGLT2 inhibitors}} or {{drug:propofol}}.
PMH: T2DM, HTN, obesity (BMI 36), hypertriglyceridemia (on {{drug:fenofibrate}}, adherence poor).
Exam: {{vital:T 37.9}} {{vital:HR 118}} {{vital:BP 142/90}} {{vital:RR 24}} {{vital:SpO2 93% RA}}. Diffuse epigastric tenderness with guarding.
No {{eponym:Grey Turner}} sign, no {{eponym:Cullen}} sign. Mild abdominal distension, hypoactive bowel sounds.
Labs: {{lab:WBC 17.3}}, {{lab:Hct 49%}}, {{lab:BUN 28}}, {{lab:Cr 1.3}}, {{lab:Ca 7.6}}, {{lab:glucose 388}}, {{lab:lactate 2.4}}. {{lab:ALT 44}}, {{lab:T bili 0.9}}.
US: no gallstones, pancreas obscured. CT deferred (within 72h, diagnosis clear).
Severity: {{score:BISAP 3}}, {{score:SIRS 3/4}}, {{score:Ranson 4}} at 48 h TBD. Revised Atlanta: at least moderately severe likely.
A/P: Hypertriglyceridemia-induced acute pancreatitis, predicted severe.
 - goal-directed LR (moderate: {{dose:1.5 mL/kg/h}} after {{dose:10 mL/kg}} bolus), reassess q6h - avoid overload
 - {{drug:insulin}} infusion {{dose:0.1 u/kg/h}} with D10 once glucose <200; TG q12h, stop when TG <500
 - plasmapheresis only if lipemia with hypocalcemia/lactic acidosis worsening
 - early oral refeeding as tolerated; NJ if not eating by 72 h
 - {{drug:hydromorphone}} PCA; no antibiotics; step-down level of care
""", summary="""
A man with poorly treated hypertriglyceridemia was admitted with acute pancreatitis, {{lab:TG 2,340}} and {{score:BISAP 3}}. He is on goal-directed lactated {{eponym:Ringer's}}, an {{drug:insulin}} infusion to lower triglycerides, and PCA analgesia in step-down.
"""),
    dict(style="soap_progress", note="""
progress note hosp day 6   [[NAME:grant, marcia]]   [[MRN:0049928871]]
S- pt states "mi belly still a bit sore but mi can eat now." ambulating w/ [[NAME:rosie]] from PT twice. [[NAME:Marsha]] (sp?)
   asks abt going back to her job at the bakery; [[NAME:Dwayne]] + [[NAME:Kerry-Ann]] visited last eve.
O- {{vital:T 36.8}} {{vital:p 80}} {{vital:bp 126/70}} {{vital:sat 97}} ra. abd soft, mild ttp LLQ, no rebound. drain site dry.
   {{lab:wbc 8.9}} ({{lab:13.4}} on adm), {{lab:crp 38}} ({{lab:190}}). CT [[DATE:8/30]]: 3.1 cm pericolic abscess, drained by IR [[DATE:8/31]].
   drain removed yest by [[NAME:McAllister]].
A- {{age:62}} F w complicated sigmoid diverticulitis ({{score:Hinchey Ib}}), abscess s/p perc drainage, improving.
P- switch {{drug:pip-tazo}} to {{drug:amox-clav}} {{dose:875/125 BID}} to finish 14 d
   advance to low-residue diet; colonoscopy 6-8 wks ([[NAME:Gordon]]) to r/o malignancy
   colorectal surg ([[NAME:Mcallister]] / [[NAME:Bishop]]) - elective sigmoidectomy discussion at clinic
   d/c tmrw if tolerates diet. spoke w [[NAME:kerryann]] on phone [[PHONE:876-441-0032]] (jamaica cell), updated
-- [[NAME:s.o'connor-blake]] NP
""", summary="""
[[NAME:Marcia Grant]], {{age:62}}, with sigmoid diverticulitis complicated by an abscess drained [[DATE:8/31]], is improving and was switched to oral {{drug:amox-clav}}. Colonoscopy and surgical follow-up with [[NAME:McAllister]] and [[NAME:Bishop]] are planned.
"""),
    dict(style="discharge_summary", note="""
DISCHARGE SUMMARY - LEFT AGAINST MEDICAL ADVICE
Pt: [[NAME:RAMÍREZ-VELA, JESÚS ALBERTO]]    MRN [[MRN:22906614]]    CSN [[MRN:318840277]]
Admitted [[DATE:Fri 4/25/2025]] 23:40   Left [[DATE:4/27/2025]] 10:15

Reason for admission: chest pain, {{lab:hs-troponin 62}} -> {{lab:118}} (NSTEMI), {{score:HEART 7}}, {{score:TIMI 4}}.
Course: Loaded with {{drug:aspirin}} {{dose:325 mg}} and {{drug:ticagrelor}} {{dose:180 mg}}, {{drug:heparin}} gtt. Cath scheduled [[DATE:4/27]] AM with
[[NAME:Guadalupe Treviño]], MD. At 0900 [[NAME:Jesús]] stated he needed to leave for his daughter's quinceañera and to keep his job
(forklift, no sick leave). Capacity assessed by [[NAME:Treviño]] and me: he understands risks including MI and death, repeated
them back in Spanish with interpreter [[NAME:Xóchitl]] (ID [[MRN:55102]]). [[NAME:Rubén]] and [[NAME:Lupita]] present, tried to convince him.
He agreed to return [[DATE:Monday 4/28]] 0630 for cath and to take meds meanwhile.
Given at departure: {{drug:aspirin}} {{dose:81 mg}}, {{drug:ticagrelor}} {{dose:90 mg BID}}, {{drug:atorvastatin}} {{dose:80 mg}}, {{drug:metoprolol tartrate}}
{{dose:25 mg BID}}, SL {{drug:nitroglycerin}} {{dose:0.4 mg}} with instructions; call 911 for pain >5 min.
Cath lab scheduler will call [[PHONE:(956) 271-4430]]; patient's cell [[PHONE:956-337-1802]]. AMA form signed, copy given.
[[NAME:Ricardo Salinas]], MD, Hospitalist
""", summary="""
[[NAME:Jesús Ramírez-Vela]] left against medical advice on [[DATE:4/27/2025]] before a planned catheterization for NSTEMI, after a documented capacity assessment with an interpreter. He was given antiplatelets, a statin, a beta-blocker and nitroglycerin and agreed to return [[DATE:4/28]] with [[NAME:Treviño]].
"""),
    dict(style="admission_hp", note="""
Transfer Admission H&P (from Eastfield Regional, accepted by [[NAME:Onyango]] via transfer center, ref #[[MRN:TC-88120]])
[[NAME:Achieng, Beatrice Akinyi]]   MRN [[MRN:81146035]]   DOB [[DATE:1987-12-09]]   arrived [[DATE:2025-02-03]] 19:50

CC: headache, fever, confusion.
HPI: {{age:37}} yo woman with HIV (dx 2014 in [[ADDRESS:Kisumu]], off ART x1 yr after moving to [[ADDRESS:Lowell]]) with 2 wks of
headache, 3 days fever and worsening confusion. Outside LP: opening pressure 38 cm H2O, {{lab:CrAg}} positive, India ink positive.
{{lab:CD4 31}}. Outside gave {{drug:fluconazole}} only. Hx from [[NAME:beatrice]] limited; most from [[NAME:akinyi]]'s cousin [[NAME:Wambui Kariuki]]
and outside records faxed by [[NAME:J. Kipkemboi]] (fax [[PHONE:978-555-0166]]).
PMH: HIV (prior TDF/3TC/EFV), treated pulmonary TB 2016. No known drug allergies.
Social: lives with 2 kids (ages 6 and 9; with [[NAME:Wambui]] now); works as a CNA at a nursing home.
Exam: {{vital:T 38.6}} {{vital:HR 108}} {{vital:BP 124/78}}. {{score:GCS 13}} (E3V4M6), neck stiffness +, no papilledema on limited fundoscopy,
R CN VI palsy. Oral thrush. No rash.
Labs: {{lab:Na 129}}, {{lab:Cr 0.8}}, {{lab:WBC 3.1}}.
A/P: Cryptococcal meningitis with raised ICP in advanced HIV.
 - induction: liposomal {{drug:amphotericin B}} {{dose:3 mg/kg}} daily + {{drug:flucytosine}} {{dose:25 mg/kg QID}}; pre-hydration + K/Mg
 - therapeutic LP tonight (goal OP <20 or 50% reduction), daily LPs while OP >25
 - defer ART 4-6 wks; {{drug:Bactrim}} PJP ppx; TB r/o (sputum AFB x3, airborne isolation till then)
 - ID ([[NAME:Dr. Kimani]] group) consulted
[[NAME:Onyango]] / [[NAME:mnjoroge]] (R3)
""", summary="""
[[NAME:Beatrice Achieng]], {{age:37}}, with untreated advanced HIV, was transferred [[DATE:2025-02-03]] with cryptococcal meningitis and raised intracranial pressure. She started {{drug:amphotericin B}} and {{drug:flucytosine}} with serial therapeutic LPs, and [[NAME:Wambui Kariuki]] is caring for her children.
"""),
    dict(style="soap_progress", note="""
GERIATRICS CONSULT FOLLOW-UP (SOAP)
[[NAME:Toussaint, Marie-Thérèse]]    age [[AGE:91]]    MRN [[MRN:50028814]]    [[DATE:April 9]]
S: [[NAME:Marie-Thérèse]] napping on and off, ate 50% of lunch. Per [[NAME:April]] (night RN), slept 5 h with no redirection needed
   - first calm night since admission. [[NAME:Rose-Carmel]] and [[NAME:Wilner]] visited. Still asks for [[NAME:Ti-Jean]], her late husband.
   Patient last seen by us in April 2024 in clinic.
O: {{vital:BP 112/64}} sitting, {{vital:96/58}} standing (symptomatic). {{vital:HR 70}}. {{score:CAM}} negative today, {{score:4AT 2}}.
   Meds reviewed: {{drug:quetiapine}} stopped yesterday; {{drug:tamsulosin}} {{dose:0.4 mg}} still on (started ED for retention?);
   {{drug:Tylenol}} {{dose:650 mg}} q6h scheduled. Bowels: last BM 3 days ago.
   {{lab:Na 136}}, {{lab:TSH 3.9}}, {{lab:B12 210}}.
A: Hypoactive-to-mixed delirium, resolving; orthostatic hypotension likely from {{drug:tamsulosin}}; constipation.
P: - stop {{drug:tamsulosin}}, bladder scan q6h x24h, straight cath >400 mL
   - {{drug:senna}} {{dose:17.2 mg}} qhs + {{drug:PEG}} {{dose:17 g}} daily
   - {{drug:cyanocobalamin}} {{dose:1,000 mcg}} PO daily
   - keep hearing amplifier on, family photos at bedside; Creole radio okay per [[NAME:Rose-Carmel]]
   - we will follow; d/c planning w SW ([[NAME:Hope Adjei]]) for home with 24h aide vs Mercy Gardens
[[NAME:W. Pierre]], MD, Geriatrics
""", summary="""
[[NAME:Marie-Thérèse Toussaint]], [[AGE:91]], is recovering from delirium, with a calm night reported by [[NAME:April]]. {{drug:Tamsulosin}} was stopped for orthostatic hypotension, a bowel regimen and B12 were started, and discharge planning continues with [[NAME:Hope Adjei]].
"""),
]
