NOTES = [
    dict(style="transplant_clinic", note="""
KIDNEY TRANSPLANT CLINIC - POST-TRANSPLANT FOLLOW-UP
Patient: [[NAME:KAʻAIHUE, LEILANI M]]     MRN: [[MRN:40718263]]     Visit: [[DATE:02/11/2025]]
Attending: [[NAME:Sione Tuiasosopo]], MD     Coordinator: [[NAME:Jenna Caldwell]], RN

S: {{age:52}} yo F s/p DDKT [[DATE:9/30/2023]] (ESRD 2/2 IgA nephropathy), here for 16-mo visit w/ husband [[NAME:Keoni]]. Denies fever, dysuria, graft tenderness, edema. Fills pill box every Sunday night; no missed doses per pt. Some hand tremor in the mornings.
Meds: {{drug:tacrolimus}} {{dose:3 mg}} BID, {{drug:mycophenolate mofetil}} {{dose:500 mg}} BID, {{drug:prednisone}} {{dose:5 mg}} daily, {{drug:amlodipine}} {{dose:5 mg}} daily. {{drug:Bactrim}} ppx completed.
O: {{vital:BP 138/84}}  {{vital:HR 76}}  {{vital:T 36.7}}  {{vital:Wt 71.2 kg}}. Graft RLQ nontender, no bruit. Fine tremor bilat hands.
Labs [[DATE:2/10]]: {{lab:Cr 1.31}} (baseline 1.2-1.3)  {{lab:K 4.7}}  {{lab:Mg 1.6}}  {{lab:WBC 4.9}}  {{lab:tac trough 6.8}}  {{lab:UPCR 0.12}}. BK virus PCR not detected. DSA negative (Jan 2025).

A/P:
1. Stable allograft function - continue IS, trough goal 5-8.
2. Tremor likely CNI-related, mild; no change.
3. Hypomagnesemia - start {{drug:Mag-Ox}} {{dose:400 mg}} BID.
4. HTN - near goal; bring home BP log next visit.
Labs q4wk at the Quest draw station in [[ADDRESS:Hilo]]. RTC 3 months.
Med rec done with [[NAME:Malia Fonoti]], PharmD.
-- [[NAME:S. Tuiasosopo]], MD  [[DATE:02/11/2025]] 15:42
""", summary="""
[[NAME:Leilani Kaʻaihue]], {{age:52}}, was seen [[DATE:02/11/2025]] about 16 months after a deceased-donor kidney transplant; graft function is stable ({{lab:Cr 1.31}}) with a therapeutic {{drug:tacrolimus}} level. {{drug:Mag-Ox}} was started for low magnesium and she returns in 3 months.
"""),

    dict(style="transplant_clinic", note="""
liver transplant clinic. this is dr. [[NAME:bilqis al-hakimi]] dictating on [[NAME:faizan qureshi]], medical record number [[MRN:8820417]], date of birth [[DATE:june fourth nineteen seventy one]], seen today [[DATE:march third twenty twenty five]].

mr. [[NAME:qureshi]] is a {{age:53}} year old man who had an orthotopic liver transplant on [[DATE:the eighteenth of april twenty twenty four]] for nash cirrhosis with a small hcc within {{eponym:milan}} criteria. his wife [[NAME:ayesha]] came with him today, she does all of his medications. in january his enzymes went up, {{lab:alt 112}} and {{lab:ast 87}}, and the biopsy on [[DATE:january ninth]] showed mild acute cellular rejection, {{score:rai 4 out of 9}}. he got three days of pulse {{drug:solu-medrol}} and today {{lab:alt 34}}, {{lab:ast 29}}, {{lab:bilirubin 0.8}}. {{lab:tacrolimus trough 9.2}} this morning.

current meds {{drug:tacrolimus}} {{dose:4 milligrams}} twice a day, {{drug:mycophenolate}} {{dose:720 milligrams}} twice a day, {{drug:prednisone}} tapering, now at {{dose:10 milligrams}}, {{drug:valganciclovir}} {{dose:450}} daily. exam benign, incision well healed, no ascites, no tremor.

plan. continue the taper down by {{dose:2.5}} every week to {{dose:5 milligrams}} and hold there. repeat lfts in one week. {{eponym:doppler}} ultrasound of the graft to make sure the hepatic artery is fine. he is asking about going back to the warehouse job in [[ADDRESS:schaumburg]], okay for light duty after [[DATE:april first]]. follow up four weeks. cc dr. [[NAME:h. deshpande]], hepatology, and his primary doctor dr. [[NAME:tom brennan]].

dictated not read. [[NAME:BAH]]/[[NAME:rk]]  job [[MRN:5530192]]
""", summary="""
Dr. [[NAME:Al-Hakimi]] saw [[NAME:Faizan Qureshi]], {{age:53}}, on [[DATE:March 3, 2025]] after a liver transplant complicated by mild acute cellular rejection treated with pulse steroids, with enzymes now normal ({{lab:ALT 34}}). The {{drug:prednisone}} taper continues and a graft {{eponym:Doppler}} ultrasound and repeat LFTs were ordered.
"""),

    dict(style="transplant_clinic", note="""
LIVING DONOR EVALUATION — COORDINATOR NOTE
Recipient: [[NAME:Mamadou Sarr]]   MRN [[MRN:3392017]]   DOB [[DATE:1980-07-14]]
{{age:44}} M, ESRD d/t hypertensive nephrosclerosis, in-center HD MWF, on deceased donor list since 11/2022.

Potential living donors screened to date:
  Donor                               Relation   ABO   Status
  [[NAME:Ndeye Fatou Diop]]                    wife       O     HLA typing sent [[DATE:1/28]]; crossmatch pending
  [[NAME:Cheikh Sarr]]                         brother    A     ABO incompatible; offered KPD, considering
  [[NAME:Moussa Ndiaye]] ("[[NAME:Mouss]]")            friend     O     withdrew [[DATE:2/03/25]], no reason given (respected)
  [[NAME:Aminata Sarr-Gueye]]                  sister     O     {{vital:BMI 38}} - not eligible at this time

Spoke with [[NAME:Ndeye]] by phone at [[PHONE:414-555-0193]] re: next steps (CT angiogram, 24-h urine, psychosocial eval). She works nights; prefers calls after 2 pm. Donor packet sent to [[EMAIL:ndeye.diop84@gmail.com]].
Recipient's HD unit: DaVita Northside, charge RN [[NAME:Carla Jimenez]], fax [[PHONE:414-555-0177]].
Recipient lives in [[ADDRESS:Wauwatosa]]; transportation via Medicaid cab, member ID [[MRN:WI48810273]].
Next selection committee: [[DATE:Feb 20]].
[[NAME:Hannah Brooks]], RN, BSN, Living Donor Coordinator, x[[PHONE:6614]]
""", summary="""
Coordinator [[NAME:Hannah Brooks]] reviewed living donor candidates for [[NAME:Mamadou Sarr]], {{age:44}}, who is on hemodialysis; his wife [[NAME:Ndeye Fatou Diop]] is blood-type compatible with crossmatch pending. The other candidates were incompatible, ineligible ({{vital:BMI 38}}) or withdrew.
"""),

    dict(style="transplant_clinic", note="""
HEART TRANSPLANT - SURVEILLANCE ENDOMYOCARDIAL BIOPSY
Procedure: R IJ access, 7 Fr sheath, bioptome x5 samples from RV septum. Right heart cath with {{eponym:Swan-Ganz}} catheter.
Hemodynamics: {{vital:RA 6}}, {{vital:RV 28/7}}, {{vital:PA 27/12 (mean 18)}}, {{vital:PCWP 11}}, {{vital:CO 5.4}}, {{vital:CI 2.8}} ({{eponym:Fick}}).
Pathology: ISHLT {{score:grade 0R}} - no acute cellular rejection. {{score:pAMR 0}}. {{eponym:Quilty}} lesion present, not counted as rejection. C4d negative.
Labs: {{lab:tacrolimus 10.1}}, {{lab:Cr 1.4}}, {{lab:Hgb 12.2}}. DSA: none detected.
Impression: Month 6 post-OHT. No rejection. Stable hemodynamics.
Plan:
- Continue {{drug:tacrolimus}} (goal 10-12 through month 6, then 8-10).
- {{drug:CellCept}} {{dose:1000 mg}} BID.
- Wean {{drug:prednisone}} to {{dose:5 mg}} daily.
- Continue {{drug:aspirin}} {{dose:81 mg}}, {{drug:pravastatin}} {{dose:40 mg}}.
- Next biopsy at month 9; coronary angiogram with IVUS at 1 year.
""", summary="""
Six-month surveillance biopsy after heart transplant showed no acute rejection ({{score:ISHLT 0R}}) with a {{eponym:Quilty}} lesion and normal right-heart pressures. Immunosuppression continues with a {{drug:prednisone}} wean to {{dose:5 mg}}.
"""),

    dict(style="dermatology_clinic", note="""
{{eponym:MOHS}} MICROGRAPHIC SURGERY - OPERATIVE NOTE
Patient: [[NAME:Pádraig Ó Súilleabháin]]   DOB [[DATE:17.08.1930]]   Age [[AGE:94]]   MRN [[MRN:D-0062184]]
Date of surgery: [[DATE:Tuesday, 14 January 2025]]
Referring: [[NAME:Grace Whitfield]], MD (General Dermatology)
Surgeon: [[NAME:Siobhán Ní Bhriain]], MD
Dx: nodular basal cell carcinoma, L nasal ala, 0.9 x 0.7 cm preop
Anesthesia: {{drug:lidocaine}} {{dose:1%}} w/ {{drug:epinephrine}} {{dose:1:100,000}}, total {{dose:7 mL}}, buffered.
Stage I: 2 blocks - residual BCC at 3-5 o'clock deep margin.
Stage II: 1 block - clear.
Final defect 1.4 x 1.2 cm to perichondrium. Repaired w/ bilobed transposition flap, 5-0 Monocryl deep, 6-0 Prolene running.
Pt is [[AGE:ninety-four]] and sharp as a tack; daughter [[NAME:Nuala]] drove him from [[ADDRESS:Ballston Spa]] and will do wound care. On {{drug:Eliquis}} - not held per cardiology (Dr. [[NAME:Ferris]]).
EBL minimal. Pressure dressing. Post-op: {{drug:acetaminophen}} {{dose:650 mg}} q6h prn, no NSAIDs. Suture removal in 1 wk with [[NAME:Becky]] (RN) on [[DATE:1/21]].
[[NAME:SNB]]/[[NAME:kd]]
""", summary="""
[[NAME:Pádraig Ó Súilleabháin]], [[AGE:94]], underwent two-stage {{eponym:Mohs}} surgery on [[DATE:14 January 2025]] for a nodular basal cell carcinoma of the left nasal ala, repaired with a bilobed flap. {{drug:Eliquis}} was continued and sutures come out [[DATE:1/21]].
"""),

    dict(style="dermatology_clinic", note="""
E-CONSULT: DERMATOLOGY (store-and-forward)
Requesting clinician: [[NAME:Rebecca Sloan]], PA-C, Family Medicine
Pt: [[NAME:Ixchel Tzoc Batz]] | {{age:19}} F | MRN [[MRN:11927405]] | photos uploaded [[DATE:5/6/25]]
Question: "Dark patches on cheeks x 1 yr, worse since she started work in the fields. Also acne. What to start?"

Photos (3) reviewed: symmetric reticulated hyperpigmented patches on malar cheeks and forehead, upper lip spared. Scattered inflammatory papules and closed comedones along jawline with PIH. {{eponym:Fitzpatrick}} type IV-V.
Impression: 1) Melasma, epidermal/mixed  2) Acne vulgaris, mild-moderate, with post-inflammatory hyperpigmentation
Recs:
 - Strict photoprotection: tinted mineral SPF 50 (iron oxide) q2h outdoors, wide-brim hat.
 - {{drug:Azelaic acid}} {{dose:15%}} gel BID (safe if pregnancy possible).
 - Add {{drug:adapalene}} {{dose:0.1%}} qHS after 4 wk if tolerating.
 - Avoid {{drug:hydroquinone}} > 3 mo; can consider {{drug:tranexamic acid}} {{dose:325 mg}} BID later if no VTE risk.
 - Plan reviewed by video with Ms. [[NAME:Tzoc]] through K'iche' interpreter [[NAME:Andrés Xiloj]] (ID [[MRN:40217]]); she agrees.
Follow up in person if no improvement in 3 mo.
[[NAME:Daniel Mercer]], MD, Dermatology   [[DATE:05/08/2025]]
""", summary="""
Dermatology e-consult for [[NAME:Ixchel Tzoc Batz]], {{age:19}}, diagnosed melasma and mild-moderate acne from photos. Sun protection, {{drug:azelaic acid}} and later {{drug:adapalene}} were recommended.
"""),

    dict(style="dermatology_clinic", note="""
Dermatology Clinic — Return Visit
[[NAME:Keisha Baptiste-Ramdass]] ({{age:38}}) returns for plaque psoriasis, last seen [[DATE:Oct 2, 2024]]. Failed {{drug:methotrexate}} ({{dose:15 mg}} weekly x 6 mo; nausea, {{lab:ALT 96}}) and {{drug:Otezla}} (GI upset). Still flaring on elbows, knees, scalp, gluteal cleft; new plaques at old scratch sites on forearms ({{eponym:Koebner}}). Denies joint pain or morning stiffness.
Exam: well-demarcated erythematous plaques w/ silvery scale, + {{eponym:Auspitz}} sign. {{score:BSA 12%}}, {{score:PASI 14.2}}, {{score:sPGA 3}}. Nail pitting {{score:6/10}} fingernails.
{{score:DLQI 17}} ("I stopped going to fetes at Carnival").
Screening: {{lab:QuantiFERON negative}} last month, HBV/HCV negative.
Plan:
 - Start {{drug:Skyrizi}} ({{drug:risankizumab}}) {{dose:150 mg}} SC wk 0, 4, then q12wk. PA submitted to CareSource by [[NAME:Tamika]] at front desk; ref # [[MRN:PA-2291746]].
 - {{drug:clobetasol}} {{dose:0.05%}} solution to scalp, {{drug:calcipotriene}} cream to body plaques.
 - Mom [[NAME:Indira Ramdass]] (who has PsA) asked about being seen here too - gave new-patient line.
RTC 12 wk.
[[NAME:A. Whitmore]], MD
""", summary="""
[[NAME:Keisha Baptiste-Ramdass]], {{age:38}}, has moderate plaque psoriasis ({{score:PASI 14.2}}, {{score:BSA 12%}}) after failing {{drug:methotrexate}} and {{drug:Otezla}}. {{drug:Skyrizi}} was started pending prior authorization, with topical {{drug:clobetasol}} and {{drug:calcipotriene}}.
"""),

    dict(style="ophthalmology_clinic", note="""
RETINA CLINIC                                   [[DATE:03-Feb-2025]]
[[NAME:BJØRNSTAD, INGRID K.]]   [[AGE:91]] y.o. F   MRN [[MRN:2207751]]
CC: f/u nAMD OS, due for inj #7. Pt says the "wavy lines" on her {{eponym:Amsler}} grid at home are stable. Husband [[NAME:Torbjørn]] (also [[AGE:93]]) present.
VAcc: OD {{vital:20/40}}   OS {{vital:20/200}}   PH OS {{vital:20/100}}
IOP (Tono-Pen): OD {{vital:15 mmHg}}   OS {{vital:17 mmHg}}
SLE: PCIOL OU, clear.
DFE: OD - drusen, no heme. OS - CNV w/ small SRF temporally, less than last visit.
OCT mac: OS {{lab:CST 312}} µm (prev 356).
A/P: Neovascular AMD OS, improving. Intravitreal {{drug:aflibercept}} {{dose:2 mg/0.05 mL}} OS today; extend interval to q6wk. Dry AMD OD - continue {{drug:AREDS2}}.
Procedure: time-out, {{drug:proparacaine}}, {{drug:Betadine}} {{dose:5%}}, lid speculum, 30g needle 4 mm post-limbus inferotemporal. CF vision post-inj, {{vital:IOP 19}} at 10 min. Tolerated well.
Tech: [[NAME:LKH]]   MD: [[NAME:Arne Haugland]], MD
""", summary="""
[[NAME:Ingrid Bjørnstad]], [[AGE:91]], received her seventh {{drug:aflibercept}} injection in the left eye for improving neovascular AMD ({{vital:20/200}} OS). The interval was extended to every 6 weeks and {{drug:AREDS2}} continues for dry AMD on the right.
"""),

    dict(style="ophthalmology_clinic", note="""
GLAUCOMA SERVICE - PROGRESS NOTE
Name: [[NAME:ĐORĐEVIĆ, MILAN]]   DOB: [[DATE:1957/11/02]]   Acct: [[MRN:A00918834]]   Enc: [[MRN:77120945]]
Referred by Dr. [[NAME:Ana Horvat]] (optometry)

                     OD              OS
VA sc                {{vital:20/25}}           {{vital:20/30}}
IOP ({{eponym:Goldmann}})     {{vital:24}}              {{vital:19}}      @ 10:15
C/D                  {{score:0.7}}             {{score:0.5}}
CCT (µm)             {{lab:512}}             {{lab:520}}
Gonio                open, {{eponym:Shaffer}} 4 360° OU
{{eponym:Humphrey}} 24-2        sup arcuate     full
                     {{score:MD -6.21}}       {{score:MD -1.10}}

Impression: POAG OD > OS, moderate stage OD. IOP above target (goal < 18 OD).
Plan: cont {{drug:latanoprost}} {{dose:0.005%}} qhs OU; add {{drug:Cosopt}} BID OD. Discussed SLT as alternative - [[NAME:Milan]] prefers drops for now, would reconsider. Son [[NAME:Nikola]] helps at home; printed instructions in Serbian.
RTC 6 wk IOP check; HVF + OCT RNFL in 4 mo.
[[NAME:J. Kowalczyk]], MD / scribe [[NAME:T. Reid]]
""", summary="""
[[NAME:Milan Đorđević]] has primary open-angle glaucoma, worse in the right eye ({{vital:IOP 24}}, superior arcuate defect). {{drug:Cosopt}} was added to {{drug:latanoprost}} with an IOP check in 6 weeks.
"""),

    dict(style="ophthalmology_clinic", note="""
[[DATE:March 12, 2025]]

[[NAME:Dace Kalniņa]], MD
Northside Family Practice
[[ADDRESS:418 Linden Ave, Suite 2, Oak Park, IL 60302]]
Fax [[PHONE:(708) 555-0148]]

Re: [[NAME:Rasha al-Masri]], DOB [[DATE:04/19/1969]]

Dear Dr. [[NAME:Kalniņa]],

Thank you for referring Mrs. [[NAME:al-Masri]] for diabetic eye examination. She was seen on [[DATE:3/10/25]]. Her most recent {{lab:HbA1c 8.9%}} per your records.

Best corrected acuity was {{vital:20/25}} in the right eye and {{vital:20/30}} in the left. Dilated examination showed moderate nonproliferative diabetic retinopathy in both eyes with scattered dot-blot hemorrhages and hard exudates, and center-involving diabetic macular edema in the left eye (OCT central thickness {{lab:388 microns}}). There was no neovascularization.

We have started {{drug:bevacizumab}} ({{drug:Avastin}}) injections in the left eye, the first given at her visit. I also stressed glucose and blood pressure control (today {{vital:158/92}}).

She will return in four weeks. Please do not hesitate to contact me at [[PHONE:708-555-0102]].

Sincerely,
[[NAME:Omar Haddad]], MD
Lakeshore Retina Associates
cc: [[NAME:Rasha al-Masri]]
""", summary="""
Letter to Dr. [[NAME:Kalniņa]] reporting that [[NAME:Rasha al-Masri]] has moderate nonproliferative diabetic retinopathy with left macular edema, seen [[DATE:3/10/25]]. {{drug:Avastin}} injections were started in the left eye, with return in four weeks.
"""),

    dict(style="dental_note", note="""
Periodic exam + adult prophy   [[DATE:4/3/2025]]   Op 4
Pt: [[NAME:Debela, Tolera]]   Chart# [[MRN:100288]]   {{age:34}} M
Med hx: no changes. Meds: {{drug:lisinopril}} {{dose:10 mg}}. NKDA. {{vital:BP 132/86}}, {{vital:P 70}}.
EO: WNL. IO: gen mild marginal gingivitis, heavy stain lingual mand anteriors (coffee; pt chews khat occasionally - discussed).
Perio: PD 2-4 mm, BOP 18%, no mobility. Class I occlusion.
Radiographs: 4 BWX. #3 MO recurrent decay under old amalgam, #14 O incipient, #19 distal caries into dentin.
Prophy w/ cavitron + hand scaling, polish, {{drug:fluoride varnish}} {{dose:5%}}.
OHI: floss daily, {{drug:sodium fluoride}} {{dose:1.1%}} paste at bedtime.
Tx plan: #19 DO composite, #3 MO composite (replace amalgam), #14 monitor.
Next: restorative [[DATE:Thurs 4/17]] 8:00 w/ Dr. [[NAME:Cabahug]] - {{drug:articaine}} {{dose:4%}} w/ epi {{dose:1:100k}}.
RDH: [[NAME:Marites Ligutan]]   reviewed [[NAME:RC]] DDS
""", summary="""
[[NAME:Tolera Debela]], {{age:34}}, had a periodic exam and cleaning on [[DATE:4/3/2025]] showing gingivitis and caries on #3, #19 and early #14. Composite fillings are scheduled for [[DATE:4/17]] with Dr. [[NAME:Cabahug]].
"""),

    dict(style="oral_surgery", note="""
ORAL & MAXILLOFACIAL SURGERY — OPERATIVE REPORT
Patient: [[NAME:Valentina Carrasco Valenzuela]]      MRN: [[MRN:6602391]]      DOS: [[DATE:2025-06-12]]
Age: {{age:20}}   {{score:ASA I}}   {{score:Mallampati II}}   Wt {{vital:58 kg}}
Surgeon: [[NAME:Brendan O'Rourke]], DMD   Assist: [[NAME:Yesenia]] (DA)
Procedure: Extraction #1, #16, #17, #32 (surgical; #17 and #32 full bony impaction, mesioangular)
Anesthesia: IV moderate sedation — {{drug:midazolam}} {{dose:5 mg}}, {{drug:fentanyl}} {{dose:100 mcg}}, {{drug:propofol}} {{dose:40 mg}} titrated; local {{drug:lidocaine}} {{dose:2%}} w/ {{drug:epi}} {{dose:1:100,000}} x 4 carpules, {{drug:bupivacaine}} {{dose:0.5%}} x 2 carpules (IANB L/R).
Monitoring: {{vital:SpO2 97-100%}} on NC {{dose:3 L}}, {{vital:HR 68-92}}, {{vital:BP 112/70}} start, {{vital:108/66}} end.
Findings: #17 roots in close proximity to IAN canal on pano; sectioned and removed in pieces, canal not exposed. #32 similar, uneventful. #1, #16 erupted, simple elevation.
Irrigation, 3-0 chromic gut. {{drug:Decadron}} {{dose:8 mg}} IV. EBL 20 mL.
Discharged to mother [[NAME:Claudia Valenzuela]] (cell [[PHONE:+1 919-555-0136]]) at 10:40, alert, ambulatory.
Rx: {{drug:ibuprofen}} {{dose:600 mg}} q6h x 5d, {{drug:acetaminophen}} {{dose:500 mg}} between doses, {{drug:Peridex}} {{dose:0.12%}} rinse starting tomorrow. No opioids (pt preference).
Post-op check 1 wk. Warned re: lower lip numbness; call if persists > 24 h.
""", summary="""
[[NAME:Valentina Carrasco Valenzuela]], {{age:20}}, had four third molars removed under IV sedation on [[DATE:2025-06-12]] by Dr. [[NAME:O'Rourke]] without complications. She went home with her mother on {{drug:ibuprofen}}, {{drug:acetaminophen}} and {{drug:Peridex}}.
"""),

    dict(style="oral_surgery", note="""
PHONE NOTE  [[DATE:Sat 8/9/25]] 09:12  (OMS on-call line)
Caller: [[NAME:Lempira Maradiaga]] (self), cb [[PHONE:(713) 555-0164]]
Pt had #30 extracted [[DATE:Aug 6]] by Dr. [[NAME:Walsh]]. Now "throbbing pain going to my ear," worse since last night, {{score:pain 8/10}}, not helped by {{drug:ibuprofen}} {{dose:400 mg}}. Bad taste. No fever, no facial swelling, opens mouth fine, swallowing ok.
Smokes ~5 cig/day, did smoke the day after extraction.
Impression: probable alveolar osteitis (dry socket).
Plan: seen in clinic 10:30 today. Take {{drug:ibuprofen}} {{dose:600 mg}} + {{drug:acetaminophen}} {{dose:500 mg}} now.
---
10:45 CLINIC: #30 socket empty, exposed bone, no purulence. Irrigated NS, packed w/ {{drug:Alvogyl}}. {{score:pain 3/10}} after 10 min. Return Tues for re-pack. Smoking cessation advised.
--- [[NAME:Sofía Alvarenga]], DDS (on call)
""", summary="""
On-call phone triage and same-day visit for [[NAME:Lempira Maradiaga]], who had severe pain three days after extraction of #30 on [[DATE:Aug 6]]. The dry socket was packed with {{drug:Alvogyl}}, pain fell to {{score:3/10}}, and re-packing is planned.
"""),

    dict(style="dental_note", note="""
ORTHODONTIC / PERIODONTAL CONSULT - FINDINGS
Skeletal: Class II div 1, convex profile. Molars {{eponym:Angle}} Class II bilaterally, canines end-on. Overjet 7 mm, overbite 60%.
Crowding: mandibular anterior 4 mm.
Periodontal: recession #24 and #25 facial 3 mm, {{eponym:Miller}} Class II (no interdental bone loss), thin phenotype. Frenum pull #24-25.
TMJ: click on opening R, no locking, max opening 45 mm. No tenderness of masseter/temporalis.
Radiographs: Pano + ceph. {{score:ANB 6°}}, {{score:SNA 82°}}, {{score:SNB 76°}}. Third molars developing, #17 and #32 mesioangular.
Recommendations:
 1. Connective tissue graft #24-25 BEFORE orthodontic proclination of lower incisors.
 2. Comprehensive ortho: Class II correction w/ {{eponym:Herbst}} appliance vs extraction of #5/#12.
 3. {{drug:chlorhexidine}} {{dose:0.12%}} rinse for 2 wk after grafting.
 4. Reassess third molars at age {{age:16}}.
""", summary="""
Combined orthodontic-periodontal consult found a Class II division 1 malocclusion ({{score:ANB 6°}}) with {{eponym:Miller}} Class II recession on the lower incisors. Gum grafting is advised before orthodontic treatment, which may use a {{eponym:Herbst}} appliance.
"""),

    dict(style="sleep_study", note="""
POLYSOMNOGRAPHY REPORT - DIAGNOSTIC (TYPE I, ATTENDED)
Patient: [[NAME:DESAI, BHAVESH N]]     DOB: [[DATE:08/23/1966]]     MRN: [[MRN:551-20-884]]
Study date: [[DATE:01/16/2025]]   Lights out 22:41   Lights on 05:38
Referring: [[NAME:Meredith Walker]], NP     Scored by: [[NAME:Jaime Pinto]], RPSGT
Indication: loud snoring, witnessed apneas (wife [[NAME:Hetal]]), {{score:Epworth 16}}, HTN, {{vital:BMI 33.8}}, neck 17.5 in.

Total recording time 417 min; TST 352 min; SE 84.4%; sleep latency 11 min; REM latency 118 min.
Stages: N1 14%, N2 61%, N3 9%, REM 16%.
Respiratory: {{score:AHI 38.4}}/h (supine 61.2, non-supine 18.0; REM 52.7). Obstructive apneas 96, central 4, mixed 2, hypopneas (3% rule) 123. {{score:RDI 41.0}}.
Oximetry: baseline {{vital:SpO2 95%}}, nadir {{vital:79%}}, {{score:T90 12.6%}} of TST.
Cardiac: NSR, {{vital:HR 54-88}}. No arrhythmia.
PLMS index 4/h. No {{eponym:Cheyne-Stokes}} respiration. No parasomnia observed.

Interpretation: Severe obstructive sleep apnea, supine- and REM-predominant.
Recommendations: CPAP titration (or APAP {{dose:5-15 cm H2O}}); positional therapy; weight loss; no driving when drowsy.
Interpreting physician: [[NAME:Sayali Kulkarni]], MD, D-ABSM   signed [[DATE:01/20/2025]]
""", summary="""
Attended polysomnography on [[DATE:01/16/2025]] for [[NAME:Bhavesh Desai]] showed severe obstructive sleep apnea ({{score:AHI 38.4}}, nadir {{vital:SpO2 79%}}), worse supine and in REM. Dr. [[NAME:Kulkarni]] recommended CPAP titration.
"""),

    dict(style="sleep_study", note="""
Sleep Medicine Follow-Up
[[DATE:17 Apr 2025]]

[[NAME:Tanvir Hossain Chowdhury]] returns 3 months after starting APAP for moderate OSA ({{score:AHI 22}} on HSAT [[DATE:12/30/24]]). [[NAME:Tanvir]] reports he feels "like a new man" and no longer dozes at red lights while driving for Uber. [[NAME:Mou]], his wife, says the snoring stopped completely. Mild nasal dryness in the mornings.

Download (90 d): usage 84/90 nights, 87% >= 4 h, avg 6 h 41 min. 90th pct pressure {{dose:11.2 cm H2O}}. Residual {{score:AHI 2.1}}. Large leak 0.4%.
Mask: ResMed AirFit F20 medium, full face.
{{score:ESS 6}} (was 15). {{vital:BP 128/78}}, {{vital:Wt 88.4 kg}}.

A/P: OSA, well controlled on APAP, excellent adherence.
 - Heated humidifier to 5; {{drug:saline}} nasal gel prn.
 - Narrow range to {{dose:7-13 cm H2O}}.
 - Compliance letter for his TLC license faxed to [[PHONE:212-555-0190]].
 - Resupply through Lincoln Medical Supply (order # [[MRN:LMS-883104]]).
RTC 1 yr or sooner prn.
[[NAME:Rhiannon Pryce]], DO
""", summary="""
[[NAME:Tanvir Hossain Chowdhury]] has well-controlled moderate OSA on APAP with excellent adherence and residual {{score:AHI 2.1}}. Humidity and pressure range were adjusted and a compliance letter was sent for his taxi license.
"""),

    dict(style="pft_report", note="""
PULMONARY FUNCTION LABORATORY
Name: [[NAME:NicLeòid, Mòrag]]   ID: [[MRN:0944172]]   Sex: F   Age: {{age:66}}   Ht 158 cm   Wt 61 kg
Test date: [[DATE:22/05/2025]]   Tech: [[NAME:AW]]   Ref: GLI-2012
Smoking: ex-smoker, 40 pack-yr, quit 2019.

SPIROMETRY        Pre      %Pred    LLN     Post     %Chg
FVC (L)           2.31     84       1.98    2.52     +9
FEV1 (L)          1.42     62       1.64    1.63     +15
FEV1/FVC          0.61              0.67    0.65
FEF25-75 (L/s)    0.71     29
LUNG VOLUMES (plethysmography)
TLC (L)           5.26     108
RV (L)            2.71     132
RV/TLC            52%
DIFFUSION
DLCO (Hb-adj, {{lab:Hb 13.1}})   11.8     58

Interpretation: Moderate obstruction ({{lab:FEV1 1.42 L}}, 62% pred; {{lab:FEV1/FVC 0.61}}) with significant bronchodilator response (+15%, +210 mL). Air trapping ({{lab:RV 132%}}). Moderately reduced diffusing capacity ({{lab:DLCO 58%}}). Findings c/w COPD with emphysema; asthma overlap not excluded.
Quality: ATS/ERS acceptable, grade A.
Interpreted by: [[NAME:Euan MacAoidh]], MD   [[DATE:23/05/2025]]
""", summary="""
PFTs on [[DATE:22/05/2025]] for [[NAME:Mòrag NicLeòid]], {{age:66}}, showed moderate obstruction ({{lab:FEV1/FVC 0.61}}) with a significant bronchodilator response, air trapping and reduced {{lab:DLCO 58%}}. Dr. [[NAME:MacAoidh]] read it as COPD with emphysema, asthma overlap possible.
"""),

    dict(style="pft_report", note="""
BRONCHOPROVOCATION (METHACHOLINE CHALLENGE) - RESULTS
Protocol: 2-min tidal breathing, doubling concentrations 0.0625 to 16 mg/mL, per ATS/ERS technical standard.
Pre-test: {{lab:FEV1 3.12 L}} (91% pred). No {{drug:albuterol}} x 8 h, no caffeine today, no {{drug:montelukast}} x 24 h.

Conc (mg/mL)   FEV1 (L)   % fall
Diluent        3.10        -
0.0625         3.08        1
0.25           3.01        3
1.0            2.79        10
4.0            2.41        22   -> stopped

{{lab:PC20 3.2 mg/mL}}
Symptoms at final dose: chest tightness, wheeze L>R. Recovered with {{drug:albuterol}} {{dose:360 mcg}} MDI; {{lab:FEV1 3.06 L}} at 15 min. {{vital:SpO2 97%}} throughout.
Interpretation: Positive test - mild bronchial hyperresponsiveness (PC20 1-4 mg/mL), consistent with asthma in the appropriate clinical context.
""", summary="""
Methacholine challenge was positive with {{lab:PC20 3.2 mg/mL}}, indicating mild bronchial hyperresponsiveness. Symptoms resolved after {{drug:albuterol}}.
"""),

    dict(style="sports_medicine", note="""
SPORTS MEDICINE CLINIC
Pt: [[NAME:Fa'amausili Tuilagi]] ("[[NAME:Junior]]")   {{age:17}} M   DOB [[DATE:2/27/2008]]   MRN [[MRN:30019482]]
Date: [[DATE:9/15/25]]
Accompanied by mother, [[NAME:Losa Tuilagi]]. Referred by Coach [[NAME:Hunter]] / ATC [[NAME:Kimo Nāone]].

HPI: Injured R knee Fri night ([[DATE:9/12]]) in game at [[ADDRESS:Kahuku]] - planted to cut, felt a pop, couldn't continue. Swelling within 2 h. Now on crutches, partial WB.
Exam R knee: moderate effusion, ROM 5-95°. {{eponym:Lachman}} 2B (soft endpoint), pivot shift deferred (guarding), anterior drawer +. {{eponym:McMurray}} equivocal medially. Valgus stress at 30° stable. Posterior drawer neg. NV intact. L knee normal.
XR 3 views: no fracture, no {{eponym:Segond}} fracture, effusion.
A/P: Acute R knee injury, high suspicion for ACL tear +/- medial meniscus.
 - MRI R knee ordered.
 - Hinged brace, crutches WBAT, quad sets, ice.
 - {{drug:naproxen}} {{dose:500 mg}} BID w/ food x 7 d.
 - Out of football; school note given. Discussed season likely over; [[NAME:Junior]] tearful, mom supportive.
 - F/u after MRI w/ Dr. [[NAME:Kealoha]] (ortho) to discuss reconstruction.
Family contact: [[PHONE:808-555-0117]] (mom cell). Home: [[ADDRESS:Lāʻie]].
[[NAME:Grant Ellison]], MD, CAQSM
""", summary="""
[[NAME:Fa'amausili Tuilagi]], {{age:17}}, injured his right knee playing football on [[DATE:9/12]] with an exam suggesting an ACL tear ({{eponym:Lachman}} 2B). MRI, bracing and {{drug:naproxen}} were ordered with orthopedic follow-up with Dr. [[NAME:Kealoha]].
"""),

    dict(style="sports_medicine", note="""
Concussion Clinic — Initial Evaluation     [[DATE:10/02/2025]]
[[NAME:Lorenzo Gianelli]], {{age:15}} y/o, sophomore midfielder, went head-to-head in a header duel on [[DATE:Sunday 9/28]]. No LOC; brief amnesia for rest of the half per teammate [[NAME:Mateo Bianchi]]. Seen at urgent care same day; no CT (PECARN low risk).
Symptoms: headache, fogginess, light sensitivity, trouble reading. Worse with screens.
SCAT6: symptom number {{score:14/22}}, severity {{score:31/132}}. Orientation {{score:5/5}}. Immediate memory {{score:21/30}}. Digits backward {{score:3/4}}.
mBESS: 9 errors (tandem stance 6).
VOMS: provoked headache and dizziness with convergence (NPC 9 cm) and VOR.
{{eponym:King-Devick}}: 58.2 s (preseason baseline 44.0 s).
{{vital:BP 114/68}}, {{vital:HR 72}}, orthostatics neg.
Assessment: Sport-related concussion, day 4, with vestibular-ocular features.
Plan: Return-to-learn stage 2 (half days, 20-min screen breaks). No sport. Light aerobic activity {{vital:HR < 130}} from day 5. Vestibular PT referral. Parents ([[NAME:Paola]] and [[NAME:Sergio Gianelli]]) received graduated RTP handout. School nurse Mrs. [[NAME:Orlando]] will get letter by fax [[PHONE:305-555-0161]].
Recheck [[DATE:10/9]].
[[NAME:Amara Conteh]], MD
""", summary="""
[[NAME:Lorenzo Gianelli]], {{age:15}}, has a sport-related concussion from [[DATE:9/28]] with vestibular-ocular findings and a slowed {{eponym:King-Devick}} time. He is held from sport on a modified school schedule with vestibular therapy and rechecks [[DATE:10/9]].
"""),

    dict(style="sports_medicine", note="""
Sports Med f/u — [[NAME:Summer Ferreira]], {{age:22}}F, D1 cross-country. Seen [[DATE:11.04.2025]].
Hx: L 2nd metatarsal stress fx on MRI last summer; now new L anterior tibial pain x 3 wk while building mileage (55 mi/wk). Periods irregular since the summer; LMP ~3 mo ago. Eats "clean," mostly plant-based, lost 4 kg this season.
Exam: {{vital:BMI 18.1}}, {{vital:HR 46}}, {{vital:BP 96/60}}. Focal TTP mid-anterior tibia L, + hop test, + fulcrum test.
XR tib/fib neg. MRI: {{score:Fredericson grade 3}} stress reaction.
Labs: {{lab:25-OH vit D 19}}, {{lab:ferritin 11}}, {{lab:TSH 1.8}}, {{lab:estradiol < 20}}, {{lab:hCG neg}}. DXA lumbar {{score:Z-score -1.6}}.
A/P: High-grade tibial stress injury in setting of RED-S / low energy availability.
 - Boot x 4 wk, pool running, no running until pain-free ADLs and hop test neg.
 - {{drug:vitamin D3}} {{dose:50,000 IU}} weekly x 8, {{drug:ferrous sulfate}} {{dose:325 mg}} QOD, {{drug:calcium}} {{dose:1200 mg}}/d.
 - Sports dietitian ([[NAME:Lucía Pereira]]) + team psychologist Dr. [[NAME:Rodó]].
 - Discussed w/ head coach [[NAME:Gary Ashby]] (pt consent on file); may travel with team but not compete.
 - RTC 4 wk.
[[NAME:Marisa B. Whitlock]], MD
""", summary="""
[[NAME:Summer Ferreira]], a {{age:22}}-year-old collegiate runner, has a high-grade left tibial stress injury ({{score:Fredericson grade 3}}) with low energy availability, amenorrhea and low vitamin D and iron. She was placed in a boot, started on supplements and referred to nutrition and sports psychology.
"""),

    dict(style="occupational_health", note="""
OCCUPATIONAL HEALTH — WORKERS' COMPENSATION VISIT
Employee: [[NAME:ILUNGA, MBUYI KABASELE]]       DOB [[DATE:3 Feb 1985]]       SSN xxx-xx-[[SSN:4471]]
Employer: Midwest Cold Storage, [[ADDRESS:2200 W Ogden Ave, Joliet, IL]]
Claim # [[MRN:WC-25-0093318]]   DOI [[DATE:06/30/2025]]   Adjuster: [[NAME:Dana Voss]], Sedgwick, [[PHONE:(630) 555-0125]]
Supervisor: [[NAME:Dale Horvat]]

S: {{age:40}} yo forklift/order-picker with numbness and tingling R thumb, index, middle fingers x 2 mo, worse at night and with scanner gun use in freezer (-10°F). Drops items. Denies neck pain.
O: {{eponym:Tinel}} + at R wrist, {{eponym:Phalen}} + at 20 s, {{eponym:Durkan}} +. Thenar bulk preserved. 2-pt discrimination 6 mm index. Grip R {{vital:28 kg}}, L {{vital:41 kg}}. {{eponym:Spurling}} neg.
A: R carpal tunnel syndrome, likely work-related (repetitive grip, vibration, cold exposure).
P:
 - NCS/EMG ordered (Dr. [[NAME:Karan Sandhu]], PM&R).
 - Neutral wrist splint nights and at work as tolerated. {{drug:naproxen}} {{dose:220 mg}} BID prn.
 - WORK STATUS: modified duty — no scanner gun > 2 h/shift, no freezer work, lifting <= 25 lb R hand, through [[DATE:7/28/25]].
 - French interpreter used: [[NAME:Cédric Mbala]] (Language Line #[[MRN:228815]]).
Next visit: [[DATE:July 28]] 1:30 PM.
[[NAME:Joanne Pruitt]], PA-C / supervising [[NAME:R. Castellanos]], MD
""", summary="""
[[NAME:Mbuyi Kabasele Ilunga]], {{age:40}}, a cold-storage forklift operator, has work-related right carpal tunnel syndrome with positive {{eponym:Tinel}} and {{eponym:Phalen}} tests. He is on modified duty with a wrist splint and nerve studies pending under claim [[MRN:WC-25-0093318]].
"""),

    dict(style="occupational_health", note="""
HEARING CONSERVATION PROGRAM — ANNUAL AUDIOGRAM REVIEW
Site: Fairview Packaging, [[ADDRESS:New Bedford]]   Testing dates: [[DATE:Oct 6]]–[[DATE:Oct 8, 2025]]
Reviewer: [[NAME:Caitlin Moore]], AuD

Employees with Standard Threshold Shift (age-corrected, OSHA 1910.95):
Badge   Employee                              Dept        Ear   STS (avg 2/3/4k)   Recordable
[[MRN:04417]]   [[NAME:Gonçalves, João P.]]                   Extrusion   L     12 dB              No (total < 25 dB)
[[MRN:05120]]   [[NAME:Outeiro Seoane, Xosé Manuel]]          Maint.      R     14 dB              Yes
[[MRN:06683]]   [[NAME:Flomo, Garmai]]                        Pack line   L     10 dB              No
[[MRN:07309]]   [[NAME:Dimaculangan, Ramon]]                  Extrusion   B     11/13 dB           Pending retest
[[MRN:03358]]   [[NAME:Sutrisno, Budi]]                       Shipping    R     10 dB              No

Actions:
 - Retest within 30 d for [[NAME:Dimaculangan]] and [[NAME:Outeiro Seoane]] (14-h quiet period).
 - Refit hearing protection: [[NAME:Garmai Flomo]] reports foam plugs "fall out" - trial flanged plugs.
 - [[NAME:X. M. Outeiro Seoane]] recordable on OSHA 300 log. Notify supervisor [[NAME:Pete Mello]].
 - Extrusion dosimetry 91 dBA TWA (above PEL); engineering controls referred to EHS ([[NAME:Ana Lúcia Rocha]]).
Letters mailed to employees' homes.
""", summary="""
Annual audiogram review by [[NAME:Caitlin Moore]] found standard threshold shifts in five employees, with [[NAME:Xosé Manuel Outeiro Seoane]] recordable and [[NAME:Ramon Dimaculangan]] awaiting retest. Hearing protection refitting and noise controls in extrusion were recommended.
"""),

    dict(style="occupational_health", note="""
EMPLOYEE HEALTH - BLOOD/BODY FLUID EXPOSURE
Date/time of exposure: [[DATE:11/19/2025]] 03:20   Reported: 03:45
Employee: [[NAME:Nermeen Abdelrahman]], RN, 6 West   Employee ID [[MRN:E204418]]   ext [[PHONE:5-3342]]
Exposure: percutaneous, hollow-bore 22g IV catheter stylet after insertion, L index finger, through glove; bled freely, washed w/ soap and water.
Source: identified, inpatient MRN [[MRN:9912630]]; consented for testing per policy. Rapid results: HIV Ag/Ab nonreactive, HBsAg neg, HCV Ab neg; HCV RNA pending.
Employee baseline: HIV nonreactive, {{lab:anti-HBs 148 mIU/mL}} (immune), HCV Ab neg, {{lab:ALT 22}}, {{lab:hCG neg}}.
PEP: not indicated given source HIV negative; none started.
Counseling: low risk; no duty restrictions.
F/u: if source HCV RNA positive -> employee HCV RNA at 3-6 wk and anti-HCV at 4-6 mo. Otherwise no further testing.
Safety report filed (#[[MRN:SR-2025-11841]]). Safety mechanism not activated - reviewed w/ unit manager [[NAME:Rami Nassar]].
[[NAME:Peggy Sullivan]], RN, COHN   [[NAME:PS]]/[[DATE:11-19-25]]
""", summary="""
Nurse [[NAME:Nermeen Abdelrahman]] had a hollow-bore needlestick on [[DATE:11/19/2025]] from a source patient whose rapid HIV, hepatitis B and C tests were negative. She is immune to hepatitis B ({{lab:anti-HBs 148 mIU/mL}}), no PEP was started, and follow-up depends on the pending source HCV RNA.
"""),

    dict(style="occupational_health", note="""
RETURN-TO-WORK EVALUATION
[[DATE:Wed 01/07/2026]] 0815

[[NAME:Zarmina Ahmadzai]], {{age:41}} F, room attendant at the Marriott downtown, off work since [[DATE:12/12/25]] for lumbar strain (lifting a mattress corner). Dari interpreter in person, [[NAME:Sayed Hashimi]]. Coworker [[NAME:Bibi Hani Baloch]] drove her and waited in the lobby.
Completed 6 PT visits w/ [[NAME:Youssef El Idrissi]], DPT: {{score:pain 2/10}} at rest, {{score:4/10}} at end of shift simulation.
Exam: no midline tenderness, mild L paraspinal tightness. SLR neg bilat, {{eponym:Patrick}} test neg. Strength {{score:5/5}} LE, reflexes 2+ symmetric. Lifts 30 lb floor-to-waist with good mechanics.
Meds: {{drug:ibuprofen}} {{dose:400 mg}} prn (1-2x/wk); no longer using {{drug:cyclobenzaprine}}.
Plan: Released to full duty [[DATE:01/08/2026]] with 2-wk transition: no flipping mattresses alone (team lift). Continue home exercise program.
Work status form faxed to HR ([[NAME:Chris Daley]]) at [[PHONE:617-555-0142]]. Claim [[MRN:3MA-77841-02]] to close if no recurrence.
[[NAME:K. Mahoney]], MD
""", summary="""
[[NAME:Zarmina Ahmadzai]], {{age:41}}, a hotel room attendant with a lumbar strain since [[DATE:12/12/25]], improved with physical therapy ({{score:pain 2/10}}) and was released to full duty on [[DATE:01/08/2026]] with team-lift precautions.
"""),
]
