# Hand-written dev notes, part B: dietitian, wound care, dialysis run, dental, prescription refill requests.
NOTES = [
dict(style="dietitian", note="""
NUTRITION ASSESSMENT  [[DATE:11/04/2024]]
Pt: [[NAME:Kwabena Asante-Darko]]  MRN [[MRN:3390-1176]]  {{age:68}}M
Dx: head & neck CA on chemoRT (week 4), PEG placed [[DATE:10/21]].
Wt {{vital:61.2 kg}} (UBW {{vital:72 kg}}), 15% loss in 2 mo -> severe malnutrition (ASPEN).
{{lab:Albumin 2.9}}, {{lab:prealbumin 11}}.
Regimen: Jevity 1.5 @ {{dose:60 mL/h}} x 20 h; free water {{dose:200 mL}} q6h.
Mucositis grade 3; on {{drug:magic mouthwash}} and {{drug:Megace}} {{dose:400 mg}} (consider stopping).
Wife [[NAME:Abena]] does feeds at home; supplies via Apria, rep [[NAME:Colm Devaney]] [[PHONE:888-492-7165]].
RD: [[NAME:Saoirse Kinsella]], RD, LDN  pager [[PHONE:6-2218]]
""", summary="""
[[NAME:Kwabena Asante-Darko]] has severe malnutrition ({{vital:61.2 kg}}, 15% loss) during chemoRT; tube feeds adjusted and wife [[NAME:Abena]] manages them at home.
"""),
dict(style="dietitian", note="""
Dietitian f/u -- renal diet
[[NAME:Eulalia Montemayor]], on HD MWF at [[ADDRESS:Harlingen, TX]].
{{lab:K 6.1}} pre-HD Monday, {{lab:phos 7.4}}, {{lab:albumin 3.6}}.
Diet recall: lots of oranges and beans (granddaughter [[NAME:Itzel]] cooks).
Binder: {{drug:sevelamer}} {{dose:800 mg}} TID w/ meals -- taking only at dinner.
Educated; handout in Spanish. Interpreter [[NAME:Rogelio Ybarra]] (ID [[MRN:INT-5582]]).
Recheck labs [[DATE:12/2]].
[[NAME:Tamsin Greaves]], RD
""", summary="""
[[NAME:Eulalia Montemayor]] on HD with {{lab:K 6.1}} and {{lab:phos 7.4}} was taught a renal diet through interpreter [[NAME:Rogelio Ybarra]]; labs recheck [[DATE:12/2]].
"""),
dict(style="dietitian", note="""
Nutrition note (teaching file, no identifiers)
{{age:8}} yo with cystic fibrosis, BMI {{vital:14.9}} ({{score:8th percentile}}).
{{drug:Creon}} {{dose:24,000 units}} with meals, {{dose:12,000 units}} with snacks ({{dose:2,400 lipase units/kg/meal}}).
{{lab:Vitamin D 22}} -> {{drug:cholecalciferol}} {{dose:2000 IU}}.
ADEKs daily. Fecal elastase {{lab:<15}}.
Goal: {{dose:150%}} DRI calories.
""", summary="""
Teaching file: {{age:8}}-year-old with CF at BMI {{vital:14.9}} on {{drug:Creon}} {{dose:24,000 units}} per meal and {{drug:cholecalciferol}} for {{lab:Vitamin D 22}}.
"""),
dict(style="dietitian", note="""
RD consult - NICU
Baby Girl [[NAME:Rasmussen-Oyelowo]] ([[NAME:RASMUSSEN-OYELOWO]], BABY GIRL in Epic), born [[DATE:2/2/2025]] at 29w.
Wt {{vital:1,120 g}}. TPN GIR {{dose:8 mg/kg/min}}, AA {{dose:3.5 g/kg/d}}, SMOF {{dose:3 g/kg/d}}.
MBM via OGT {{dose:20 mL/kg/d}}, advance {{dose:20 mL/kg/d}}.
{{lab:Triglycerides 142}}. {{lab:Glucose 96}}.
Mom [[NAME:Signe Rasmussen]] pumping; lactation (IBCLC [[NAME:Mercy Osei-Tutu]]) following. Dad [[NAME:Femi Oyelowo]].
""", summary="""
Baby Girl [[NAME:Rasmussen-Oyelowo]] (29 weeks, {{vital:1,120 g}}) on TPN with advancing breast milk; mother [[NAME:Signe Rasmussen]] pumping with IBCLC [[NAME:Osei-Tutu]].
"""),
dict(style="dietitian", note="""
Outpatient MNT visit  [[DATE:Jan 9th, 2025]]
Client: [[NAME:Price, Theodora]]  ([[NAME:Teddie]])  DOB [[DATE:1/9/1984]] -- birthday today!
Dx: gestational DM, 31w. {{lab:Fasting BG 98-104}} on logs, {{lab:1-h postprandial 130s}}. {{drug:insulin NPH}} {{dose:8 units}} qHS started by MFM Dr. [[NAME:Okechukwu]].
Carb distribution reviewed: 30/45/45 g.
Partner [[NAME:Jovan Petrović]] attended.
Contact: [[EMAIL:tprice84@zephyrnet.org]] / [[PHONE:(412) 608-3371]]
[[NAME:Harriet Lindqvist-Moe]], MS, RD
""", summary="""
[[NAME:Theodora Price]] with gestational DM at 31 weeks started {{drug:insulin NPH}} {{dose:8 units}}; MNT visit [[DATE:1/9/2025]] with partner [[NAME:Jovan Petrović]].
"""),
dict(style="wound_care", note="""
WOUND CARE NURSE NOTE  [[DATE:3/7/24]]
Pt: [[NAME:Gundersen, Arvid]]   Rm 612   MRN [[MRN:60018873]]
Sacral pressure injury stage 3, {{vital:4.2 x 3.1 x 0.8 cm}}, 20% slough.
Braden {{score:11}}. {{lab:Albumin 2.4}}.
Dressing: {{drug:Santyl}} to slough, moist gauze, foam border daily.
Low air loss mattress ordered. {{eponym:Foley}} removed [[DATE:3/5]]; incontinence -> barrier cream.
{{eponym:Klebsiella oxytoca}} on swab (colonizer?).
Discussed with hospitalist Dr. [[NAME:Vivek Raghunathan]] and daughter [[NAME:Solveig]].
[[NAME:Marta Kowalczyk]], RN, CWOCN
""", summary="""
[[NAME:Arvid Gundersen]] has a stage 3 sacral injury ({{score:Braden 11}}) treated with {{drug:Santyl}}; daughter [[NAME:Solveig]] and Dr. [[NAME:Raghunathan]] updated.
"""),
dict(style="wound_care", note="""
Outpatient wound clinic
[[NAME:Lamar Beauchamp]], {{age:57}}M, diabetic foot ulcer L 1st MTH, Wagner grade {{score:2}}.
Probe-to-bone negative. ABI {{vital:0.92}}. {{lab:A1c 9.8}}.
Debrided. Offloading boot. Culture: MSSA + Enterococcus faecalis.
{{drug:Keflex}} {{dose:500 mg}} QID x 10 d.
Lives [[ADDRESS:4410 Old Hickory Blvd, Hermitage TN 37076]]; girlfriend [[NAME:Tonya]] drives him.
Next: [[DATE:Tuesday, April 8]]. Dr [[NAME:Benedetta Quaranta]], podiatry.
""", summary="""
[[NAME:Lamar Beauchamp]] with a {{score:Wagner 2}} diabetic foot ulcer growing MSSA and Enterococcus was started on {{drug:Keflex}}; next visit [[DATE:Tuesday, April 8]].
"""),
dict(style="wound_care", note="""
WOC consult -- ostomy
[[NAME:Perpetua Nwachukwu]] POD 3 {{eponym:Hartmann procedure}} for perforated diverticulitis.
Stoma budded 2 cm, pink, moist. Output {{dose:350 mL}} soft.
Peristomal skin intact; Candida rash under pannus -> {{drug:nystatin powder}}.
Taught pouch change to pt and niece [[NAME:Chiamaka]]. Supplies: Hollister 2-piece.
Home health referral sent to [[NAME:Bettina Kraus]] at agency, fax [[PHONE:(330) 253-9917]].
Home: [[ADDRESS:88 Maple Terrace, Akron, OH 44303]].
""", summary="""
After a {{eponym:Hartmann procedure}}, [[NAME:Perpetua Nwachukwu]] and niece [[NAME:Chiamaka]] learned pouching; {{drug:nystatin powder}} for Candida rash.
"""),
dict(style="wound_care", note="""
Wound rounds -- unit education handout
Venous leg ulcer: {{eponym:Unna boot}}, compression {{dose:40 mmHg}}.
Arterial: do not compress if ABI {{vital:<0.5}}.
{{eponym:Marjolin ulcer}} to be biopsied if non-healing > 3 mo.
{{eponym:Serratia}} or Pseudomonas on swab: treat only if signs of infection.
PUSH tool score {{score:9}} example.
""", summary="""
Education handout on leg ulcers: {{eponym:Unna boot}}, no compression if ABI {{vital:<0.5}}, biopsy chronic wounds for {{eponym:Marjolin ulcer}}.
"""),
dict(style="wound_care", note="""
Wound f/u -- [[NAME:ADEYINKA, OLUWASEUN]]  ACCT [[MRN:9004471283]]
Burn R forearm (partial thickness), day 10. {{drug:Silvadene}} switched to {{drug:Mepilex Ag}}.
Epithelializing 70%. Pain {{score:3/10}} on {{drug:Tylenol}} {{dose:500 mg}}.
Pt's employer [[NAME:Gideon Fairclough]] requests note for comp form (SSN [[SSN:078-44-1290]] on file) -- released to light duty.
Next [[DATE:2025-02-14]]. Seen with [[NAME:Seun]]'s mother [[NAME:Iyabo]].
[[NAME:Quinlan Ashworth]], NP
""", summary="""
[[NAME:Oluwaseun Adeyinka]] has a healing partial-thickness burn on {{drug:Mepilex Ag}}; released to light duty, next visit [[DATE:2025-02-14]].
"""),
dict(style="dialysis_run", note="""
HD RUN SHEET  [[DATE:Mon 12/16/2024]]  Chair 7
Pt [[NAME:Lavrentiy Mikhailovich Zhukov]]  ID [[MRN:DV-208814]]
EDW {{vital:78.5 kg}}; pre wt {{vital:81.9 kg}}; goal UF 3.2 L.
Access: L AVF, bruit/thrill +. Pre {{vital:BP 172/94}}; post {{vital:BP 138/80}}.
Qb 400, Qd 600, 4 h. {{drug:Heparin}} {{dose:2000 units}} bolus.
{{drug:Epogen}} {{dose:6000 units}}, {{drug:Venofer}} {{dose:100 mg}}.
Cramping at 3 h -> UF paused, NS {{dose:200 mL}}.
Wife [[NAME:Galina]] picks up; transport backup MediVan [[PHONE:573-449-0028]].
RN [[NAME:Obadiah Trent]] / PCT [[NAME:Shaquille Burrows]]
""", summary="""
[[NAME:Lavrentiy Zhukov]] dialyzed [[DATE:12/16/2024]] with UF 3.2 L, cramping treated; {{drug:Epogen}} and {{drug:Venofer}} given.
"""),
dict(style="dialysis_run", note="""
PD clinic visit -- [[NAME:Marisa Lo Bianco]]
Home CCPD, 4 cycles x 2.5 L, {{dose:1.5%}} dextrose.
Kt/V {{lab:1.9}}. {{lab:K 3.2}} -> {{drug:KCl}} {{dose:20 mEq}} daily.
Exit site clean. Peritonitis hx ([[DATE:Aug 3, 2024]], Staph epidermidis).
Supplies ship to [[ADDRESS:22 Via Toscana, Apt 5, Staten Island NY 10314]].
Husband [[NAME:Gennaro]] assists with night cycler.
Nephrologist: Dr. [[NAME:Oluwadamilare Bankole]]
""", summary="""
[[NAME:Marisa Lo Bianco]] on home PD has {{lab:Kt/V 1.9}} and {{lab:K 3.2}}, started {{drug:KCl}}; husband [[NAME:Gennaro]] helps with the cycler.
"""),
dict(style="dialysis_run", note="""
HD unit quality log (aggregate, no patient data)
Mean URR {{lab:72%}}. Catheter rate 14%.
Two episodes of intradialytic hypotension treated with {{drug:midodrine}} {{dose:10 mg}} pre-run.
Steal syndrome case referred to vascular.
Kt/V target {{lab:>=1.2}} met in 91% of runs. Catheter locks: {{drug:heparin}} {{dose:1000 units/mL}}.
""", summary="""
Aggregate HD quality log: mean URR {{lab:72%}}, {{drug:midodrine}} {{dose:10 mg}} used for intradialytic hypotension.
"""),
dict(style="dialysis_run", note="""
CRRT flowsheet comment [[DATE:6/22]] 14:00
[[NAME:Yerlan Abenov]] (MICU 4), CVVHDF, citrate anticoag.
Ionized Ca {{lab:1.02}} post-filter {{lab:0.31}}; {{drug:calcium chloride}} {{dose:1.2 g/h}}.
Filter clotted 11:20, new circuit. Net UF -100 mL/h.
Nephrology fellow [[NAME:Chiara Benedetti-Lowe]] aware. Sister [[NAME:Aigerim]] ([[PHONE:+7 701 338 4512]]) called; updated by RN [[NAME:Hope Castellanos]].
""", summary="""
[[NAME:Yerlan Abenov]] on CVVHDF had a filter clot; {{drug:calcium chloride}} adjusted and sister [[NAME:Aigerim]] updated by RN [[NAME:Castellanos]].
"""),
dict(style="dialysis_run", note="""
Outpt HD -- missed treatment note
[[NAME:Reginald]] "[[NAME:Reggie]]" [[NAME:Tubman]], [[AGE:90]], did not show [[DATE:Sat 3/1]].
Called home [[PHONE:(901) 774-2290]], no answer; called daughter [[NAME:Clarice Tubman-Hayes]] [[PHONE:901-337-6142]]: he was at a funeral in [[ADDRESS:Clarksdale, MS]].
Last {{lab:K 5.6}}, {{lab:phos 6.8}}; on {{drug:Renvela}} {{dose:1600 mg}} TID. Told to come [[DATE:3/2]] makeup chair.
SW [[NAME:Ignatius Boyle]] notified.
""", summary="""
[[AGE:90]]-year-old [[NAME:Reggie Tubman]] missed dialysis [[DATE:3/1]] with last {{lab:K 5.6}}; daughter [[NAME:Clarice]] reached, makeup run [[DATE:3/2]].
"""),
dict(style="dental", note="""
DENTAL PROGRESS NOTE   [[DATE:07/17/2024]]
Pt: [[NAME:Anjali Raghavendra]]   Chart # [[MRN:D-110482]]
Tx: #19 RCT completed, MB/ML/D canals. Irrigation {{drug:NaOCl}} {{dose:5.25%}}.
Anesthesia: {{drug:articaine}} {{dose:4%}} with epi {{dose:1:100k}}, 1.7 mL x2.
Premed: {{drug:amoxicillin}} {{dose:2 g}} (hx prosthetic valve).
BP {{vital:124/80}}.
Next: crown prep w/ Dr. [[NAME:Cosmin Anghel]]. Asst [[NAME:Brianna Kettleworth]].
""", summary="""
[[NAME:Anjali Raghavendra]] had a root canal on tooth #19 under {{drug:articaine}} with {{drug:amoxicillin}} premedication; crown prep with Dr. [[NAME:Anghel]].
"""),
dict(style="dental", note="""
Hygiene visit  -- [[NAME:Ferdinand Ostrowski-Laine]]
Perio charting: 5-6 mm pockets posterior, BOP 34%. Stage III grade B periodontitis.
SRP UR/LR under {{drug:lidocaine}} {{dose:2%}}. {{drug:chlorhexidine}} {{dose:0.12%}} rinse Rx.
On {{drug:Eliquis}}: hemostasis ok.
Wife [[NAME:Vesna]] scheduled [[DATE:Aug 22nd]].
Hygienist [[NAME:Kaylee Morrow]], RDH.  Recall 3 mo.
Ins member ID [[MRN:DLX448190233]]
""", summary="""
[[NAME:Ferdinand Ostrowski-Laine]] had scaling and root planing for stage III periodontitis while on {{drug:Eliquis}}; wife [[NAME:Vesna]] booked [[DATE:Aug 22nd]].
"""),
dict(style="dental", note="""
Oral surgery op note
[[NAME:Tavita Leiataua]], {{age:19}}, third molar extraction x4 under IV sedation.
{{drug:midazolam}} {{dose:5 mg}}, {{drug:fentanyl}} {{dose:100 mcg}}, {{drug:propofol}} titrated.
{{drug:dexamethasone}} {{dose:8 mg}} IV. EBL 20 mL. Dry socket precautions.
Rx {{drug:ibuprofen}} {{dose:600 mg}} + {{drug:acetaminophen}} {{dose:500 mg}}.
Escort: aunt [[NAME:Losa Leiataua]] [[PHONE:253-910-4478]], home [[ADDRESS:Federal Way, WA]].
Surgeon Dr. [[NAME:Rhiannon Pryce-Jones]], DDS, MD
""", summary="""
[[NAME:Tavita Leiataua]] ({{age:19}}) had four third molars removed under sedation; escorted home by aunt [[NAME:Losa]].
"""),
dict(style="dental", note="""
Pediatric dental -- [[NAME:Kofi]] [[NAME:Boateng-Whitfield]], {{age:4}}
ECC, 6 carious teeth. Frankl {{score:2}}. Fluoride varnish {{dose:5%}} NaF.
{{drug:Silver diamine fluoride}} {{dose:38%}} to #A, #J. GA case planned [[DATE:9 Sept 2024]].
Mom [[NAME:Adwoa Boateng]] -- cell [[PHONE:470.221.0983]], [[EMAIL:adwoab@peachstatemail.com]].
Medicaid ID [[MRN:GA77120984]].
Dr [[NAME:Thandeka Ndlovu]], DDS
""", summary="""
[[NAME:Kofi Boateng-Whitfield]] ({{age:4}}) with early childhood caries got {{drug:silver diamine fluoride}}; GA case [[DATE:9 Sept 2024]], mother [[NAME:Adwoa]] at [[PHONE:470.221.0983]].
"""),
dict(style="dental", note="""
Emergency dental visit [[DATE:Sunday 4/27]]
[[NAME:Bogdan Vasilescu]] ({{age:44}}) -- swelling L mandible x 2 d, trismus 25 mm.
Periapical abscess #18. I&D performed; {{drug:Septocaine}} {{dose:4%}} x 2 carpules.
Rx {{drug:Augmentin}} {{dose:875 mg}} BID x 7 d, {{drug:Motrin}} {{dose:800 mg}} TID.
{{vital:T 37.9}}. {{eponym:Ludwig angina}} ruled out clinically.
F/u with his dentist Dr. [[NAME:Ilse Brunnhuber]] Tues; her office [[PHONE:(971) 245-0817]].
Pt address [[ADDRESS:3307 SE Woodstock Blvd, Portland OR 97202]]. On-call: [[NAME:Darnell Whitlock]], DMD
""", summary="""
[[NAME:Bogdan Vasilescu]] had a #18 abscess drained and started {{drug:Augmentin}}; {{eponym:Ludwig angina}} ruled out and follow-up with Dr. [[NAME:Brunnhuber]].
"""),
dict(style="refill_request", note="""
RX REFILL REQUEST -- via portal [[DATE:2/28/2025]]
From: [[NAME:Ezekiel Oduya]] <[[EMAIL:zeke.oduya@mailhaven.com]]>
"need refill of my {{drug:Eliquis}} {{dose:5mg}} and the {{drug:atorvastatin}} {{dose:40}}, CVS on [[ADDRESS:Beltline]]"
Last OV [[DATE:11/12/2024]] with Dr. [[NAME:Marguerite Ashcombe]]. {{lab:Cr 1.0}}, {{lab:Hgb 13.8}}.
Approved x90 d. -- [[NAME:Lenora Fitch]], CMA
""", summary="""
[[NAME:Ezekiel Oduya]] requested {{drug:Eliquis}} and {{drug:atorvastatin}} refills by portal; approved for 90 days by [[NAME:Lenora Fitch]].
"""),
dict(style="refill_request", note="""
Phone refill request
Caller: [[NAME:Imelda]] (daughter) for pt [[NAME:Concepción Arizmendi]], DOB [[DATE:5-30-1934]] ([[AGE:90]]).
Requests {{drug:Norco}} {{dose:5/325}} -- controlled, needs visit; also {{drug:levothyroxine}} {{dose:50 mcg}}.
PDMP checked. Identity verified with DOB and SSN last 4 ([[SSN:3318]]). Last {{lab:TSH 2.1}}.
Callback [[PHONE:(956) 412-7730]]. Routed to Dr. [[NAME:Feliks Nowakowski]].
Taken by [[NAME:Brittney Okafor-Sims]] [[DATE:12/3]] 10:14.
""", summary="""
Daughter [[NAME:Imelda]] requested {{drug:Norco}} and {{drug:levothyroxine}} for [[AGE:90]]-year-old [[NAME:Concepción Arizmendi]]; routed to Dr. [[NAME:Nowakowski]].
"""),
dict(style="refill_request", note="""
Refill protocol card (no patient)
{{drug:Lisinopril}}: refill if BP < 140/90 within 12 mo and {{lab:K}} / {{lab:Cr}} within 12 mo.
{{drug:Levothyroxine}}: {{lab:TSH}} within 12 mo.
{{drug:Metformin}}: {{lab:eGFR >30}}.
Controlled (Norco, Xanax, Adderall): provider only.
{{drug:Warfarin}}: INR clinic.
""", summary="""
Protocol card: nurses may refill {{drug:lisinopril}}, {{drug:levothyroxine}} and {{drug:metformin}} when labs are current; controlled drugs and {{drug:warfarin}} go elsewhere.
"""),
dict(style="refill_request", note="""
PHARMACY FAX -- refill authorization
Pharmacy: Walgreens #09921, [[PHONE:(303) 721-6604]]  fax [[PHONE:(303) 721-6610]]
Pt: [[NAME:HALVORSEN, INGEBORG]]   DOB [[DATE:08/08/1949]]
Rx: {{drug:Xarelto}} {{dose:20 mg}} #30, {{drug:Synthroid}} {{dose:75 mcg}} #90
Prescriber: [[NAME:Cassius Mbatha]], MD
Pharmacist: [[NAME:Wendell Pike]], RPh
Approved [[DATE:1/14/25]] -- [[NAME:C.M.]]
""", summary="""
Refill fax for [[NAME:Ingeborg Halvorsen]] ({{drug:Xarelto}}, {{drug:Synthroid}}) approved [[DATE:1/14/25]] by Dr. [[NAME:Mbatha]].
"""),
dict(style="refill_request", note="""
Refill msg -- [[NAME:will]] called back for his wife [[NAME:Glenda Stroud]]
Needs {{drug:Yasmin}}? no -- {{drug:Yaz}} per pharmacy. Also {{drug:sumatriptan}} {{dose:50 mg}} #9.
BP last visit {{vital:118/74}}, no aura. OK to refill.
Pharmacy: Kroger [[ADDRESS:Hwy 72, Athens AL]].
Call [[PHONE:256-230-8841]] when sent. -- [[NAME:Paloma Iturbe]], RN
""", summary="""
[[NAME:Glenda Stroud]]'s husband [[NAME:Will]] asked for {{drug:Yaz}} and {{drug:sumatriptan}} refills; approved by RN [[NAME:Iturbe]].
"""),
]
