NOTES = [
    dict(style="endo_letter", note="""
Diabetes & Endocrine Service, Harbourview Hospital
Clinic date: [[DATE:07/04/2024]]   Dictated [[DATE:08.04.2024]]   Typed [[DATE:10/4/24]] ([[NAME:CG]])
Re: [[NAME:ZAMMIT, Rosaria]]   DOB [[DATE:4.7.58]]   Hosp No [[MRN:H0448 1923]]   NHS No [[MRN:485 777 3456]]
[[ADDRESS:22 Cranbrook Road, Ilford IG1 4PG]]

Dear Dr [[NAME:Mifsud]],

Thank you for asking me to see [[NAME:Rosaria]], a {{age:65}} year old lady with type 2 diabetes since 2009, on
{{drug:metformin}} {{dose:1 g}} BD and {{drug:gliclazide}} {{dose:80 mg}} BD. Her {{lab:HbA1c 71 mmol/mol}} on [[DATE:12/03/2024]]
has drifted up from {{lab:64 mmol/mol}} in November 2023. {{vital:BMI 34.2}}, {{vital:BP 148/86}}. Foot pulses present,
monofilament 10/10 both feet. {{lab:eGFR 58}}, {{lab:ACR 4.1}}. Retinal screening ([[DATE:19 Feb 2024]]) showed background
retinopathy only.

She came with her daughter [[NAME:Grace]], who helps with her tablets. We agreed to start {{drug:Ozempic}} {{dose:0.25 mg}}
weekly, titrating to {{dose:0.5 mg}} after four weeks, and to reduce gliclazide to {{dose:40 mg}} BD to avoid hypos.
The DSN team ([[NAME:Marija Grech]]) will phone her on the [[DATE:18th]] to check progress. I will see her again in
the clinic on [[DATE:Tues 02/07/2024]].

Yours sincerely,
Dr [[NAME:Nikolaos Vlachos]], Consultant Endocrinologist
Secretary [[NAME:Carmen Galea]]   tel [[PHONE:020 8983 2247 ext 5512]]   fax [[PHONE:020 8983 2290]]
""", summary="""
[[NAME:Rosaria Zammit]] ({{age:65}}, type 2 diabetes) was seen on [[DATE:07/04/2024]] with {{lab:HbA1c 71 mmol/mol}}; Dr [[NAME:Vlachos]]
started {{drug:Ozempic}} {{dose:0.25 mg}} weekly and reduced gliclazide to {{dose:40 mg}} BD. Review is booked for [[DATE:02/07/2024]].
"""),

    dict(style="rheum_clinic", note="""
RHEUMATOLOGY FOLLOW-UP        Visit [[DATE:Mon 9/16/24]]        CSN [[MRN:3318820461]]
Pt: [[NAME:Hope Haddad]]   MRN [[MRN:00917735]]   DOB [[DATE:11-02-1971]]

S: RA x 6 yrs, seropositive. On {{drug:methotrexate}} {{dose:20 mg}} weekly + {{drug:folic acid}} {{dose:1 mg}} daily, {{drug:prednisone}} {{dose:5 mg}}.
Morning stiffness ~45 min. R knee swelling since [[DATE:Aug 28]], worse climbing stairs at work. Pain 6/10.
O: {{vital:BP 124/78}} {{vital:HR 82}}. 8 tender / 4 swollen joints. R popliteal fullness c/w {{eponym:Baker's}} cyst, calf soft,
{{eponym:Homans}} neg. US knee [[DATE:9/10]] confirmed 3.1 cm popliteal cyst, no DVT.
Labs [[DATE:09/09/2024]]: {{lab:CRP 18}}, {{lab:ESR 41}}, {{lab:ALT 22}}, {{lab:Cr 0.8}}, {{lab:WBC 6.1}}.
{{score:CDAI 24}} (moderate-high).
A/P: inadequate response to MTX. Will add {{drug:Rinvoq}} {{dose:15 mg}} daily pending PA; QuantiFERON neg June 2024, repeat not needed.
hope to taper pred to {{dose:2.5 mg}} by next visit. R knee aspirated + injected {{drug:Kenalog}} {{dose:40 mg}} today, tol well.
PA submitted by [[NAME:bo kos]] (RN), ref # [[MRN:PA-24-771093]]. RTC 8 wks.
-- [[NAME:Stefania Lo Presti]], MD
""", summary="""
[[NAME:Hope Haddad]] has active seropositive RA ({{score:CDAI 24}}) on {{drug:methotrexate}}, with a confirmed {{eponym:Baker's}} cyst
of the right knee that was aspirated and injected on [[DATE:9/16/24]]. {{drug:Rinvoq}} {{dose:15 mg}} is being added pending prior auth [[MRN:PA-24-771093]].
"""),

    dict(style="neuro_dictation", note="""
this is doctor [[NAME:irena kos]] dictating a neurology clinic follow up on [[NAME:spyridon karagiannis]] [[NAME:k a r a g i a n n i s]]
m r n [[MRN:four four seven two nine one six]] date of service [[DATE:march twelfth twenty twenty four]] date of birth
[[DATE:the third of october nineteen eighty two]] period new paragraph [[NAME:spyros]] is a {{age:41}} year old right handed man
with focal epilepsy with impaired awareness seen after a breakthrough seizure on [[DATE:february twenty sixth]] comma
witnessed by his partner [[NAME:Dimitra]] who describes lip smacking then right arm jerking for about a minute with
a period of right arm weakness afterwards consistent with a {{eponym:Todd}} paresis period he had missed two doses of
{{drug:Keppra}} while travelling to [[ADDRESS:Patras]] period exam today is nonfocal comma {{score:MoCA 29 out of 30}} period
E E G from [[DATE:3 slash 4]] shows left temporal sharp waves period plan increase {{drug:levetiracetam}} to {{dose:fifteen hundred
milligrams}} twice daily comma counsel again that he may not drive for six months from the seizure date per state
law comma and we will see him back in three months period send a copy to doctor [[NAME:alexiou]] his primary care
at fax [[PHONE:six one seven, five five five, zero one eight eight]] period end of dictation
[transcribed [[DATE:03/13/2024]] [[NAME:jmr]]]
""", summary="""
[[NAME:Spyridon Karagiannis]] ({{age:41}}) had a breakthrough focal seizure on [[DATE:February 26]] after missed {{drug:Keppra}} doses,
with a {{eponym:Todd}} paresis; levetiracetam was increased to {{dose:1500 mg}} twice daily and driving restrictions reviewed.
"""),

    dict(style="nephro_clinic", note="""
Nephrology Clinic -- CKD follow-up
Patient: [[NAME:PETROVIĆ, JOVANA]]     MRN: [[MRN:7720-1184]]     Acct: [[MRN:A900271556]]
Seen: [[DATE:2025-01-21]]   Last seen: [[DATE:2024/10/15]]   Referred by: [[NAME:Dusan Stojković]], NP

{{age:72}} F, CKD 4 from diabetic nephropathy + HTN. No uremic sx. Mild ankle edema.
Meds: {{drug:losartan}} {{dose:100 mg}}, {{drug:Jardiance}} {{dose:10 mg}}, {{drug:furosemide}} {{dose:40 mg}}, {{drug:sodium bicarbonate}} {{dose:650 mg}} TID.

           [[DATE:10/15/24]]    [[DATE:12/02/24]]    [[DATE:01/14/25]]
  Cr       {{lab:2.41}}        {{lab:2.58}}        {{lab:2.66}}
  eGFR     {{lab:21}}          {{lab:19}}          {{lab:18}}
  K        {{lab:5.1}}         {{lab:5.4}}         {{lab:5.2}}
  HCO3     {{lab:19}}          {{lab:20}}          {{lab:21}}
  Hgb      {{lab:10.2}}        {{lab:9.8}}         {{lab:9.9}}

{{vital:BP 138/74}}, wt 81.2 kg. UACR {{lab:1,140 mg/g}}.
Plan: discussed RRT options with pt and son [[NAME:Marko]]; prefers home PD. Refer to PD nurse [[NAME:Vesna Ilić]]
(x[[PHONE:6620]]) and vascular surgery for backup access. Start {{drug:Lokelma}} {{dose:10 g}} daily. Transplant eval
referral faxed to [[PHONE:(412) 555-0193]] on [[DATE:1/22]]. Medicare MBI [[MRN:2TK8-WQ3-NM41]].
Next visit [[DATE:Apr 22 2025]] with labs the week before.
""", summary="""
[[NAME:Jovana Petrović]] ({{age:72}}) has progressive CKD 4 ({{lab:eGFR 18}}, {{lab:K 5.2}}) and chose home PD; she was referred to
[[NAME:Vesna Ilić]] and for transplant evaluation and started on {{drug:Lokelma}}. Next visit [[DATE:Apr 22 2025]].
"""),

    dict(style="endo_thyroid", note="""
THYROID NODULE CLINIC -- follow-up

History: incidental R thyroid nodule on CT neck. Euthyroid. No compressive symptoms, no dysphagia.
No family history of MEN2 or medullary carcinoma. No radiation exposure.
Labs: {{lab:TSH 1.84}}, {{lab:free T4 1.1}}, {{lab:calcitonin <2}}. TPO antibodies positive, c/w {{eponym:Hashimoto}} thyroiditis.
US: R mid-pole solid hypoechoic nodule 1.7 x 1.2 x 1.4 cm, smooth margins, no microcalcifications -- {{score:TI-RADS 4}}.
L lobe heterogeneous, no discrete nodule. No abnormal cervical nodes.
FNA performed (3 passes, 25G) under US guidance. Tolerated well. Cytology: {{score:Bethesda II}}, benign follicular nodule.
No features of {{eponym:Graves}} disease; no ophthalmopathy.
Plan:
 - Repeat US in 12-24 months per ATA guidance.
 - No {{drug:Synthroid}} needed at present; recheck TSH yearly given {{eponym:Hashimoto}}.
 - Return sooner for growth > 20% in two dimensions or new neck symptoms.
""", summary="""
A {{score:TI-RADS 4}} right thyroid nodule was biopsied and read as {{score:Bethesda II}} (benign) in a euthyroid patient with
{{eponym:Hashimoto}} thyroiditis; surveillance ultrasound is planned in 12-24 months.
"""),

    dict(style="endo_portal_msg", note="""
MyChart message  rec'd [[DATE:06/03/2024]] 22:47   To: Endocrinology Pool   From: [[NAME:maya khoury]]
Subject: sugars high again

hi dr [[NAME:saadeh]] its [[NAME:maya]]. my dexcom keeps reading 250-300 after dinner since like [[DATE:the 28th]] even with
the {{dose:8 units}} of {{drug:novolog}}. fasting is ok around 120. i changed my lantus to night on [[DATE:5/30]] like [[NAME:rania]]
said at the education visit. also my pharmacy in [[ADDRESS:dearborn]] says my pen needles need a new rx?? can someone
call me back at [[PHONE:313.555.0148]] after 4, i work days. my mom [[NAME:Layla]] can also take a msg at [[PHONE:313-555-0172]].
thanks!! [[NAME:maya]]

---
Reply [[DATE:6/4/24]] 09:12, [[NAME:R. Nassar]], CDCES: Hi [[NAME:Maya]] -- please increase {{drug:NovoLog}} with dinner to {{dose:10 units}} and
keep your {{drug:Lantus}} at {{dose:32 units}} at bedtime. Pen needle Rx sent to CVS. Call us at [[PHONE:313-555-0100 x2231]] if
any reading < 70. -- [[NAME:Rania]]
""", summary="""
[[NAME:Maya Khoury]] messaged on [[DATE:06/03/2024]] about post-dinner glucose of 250-300 on {{drug:NovoLog}}; [[NAME:Rania Nassar]], CDCES,
increased the dinner dose to {{dose:10 units}}, kept {{drug:Lantus}} at {{dose:32 units}}, and renewed pen needles.
"""),

    dict(style="neuro_clinic", note="""
MOVEMENT DISORDERS CLINIC
[[NAME:Florence Camilleri]] | DOB [[DATE:Jan 9, 1949]] | MRN [[MRN:M-20558174]] | Visit [[DATE:JUN-18-2024]]
Accompanied by husband [[NAME:Joe]]; [[NAME:Joe Camilleri]] is also her carer.

{{age:75}} yo with idiopathic {{eponym:Parkinson}} disease dx 2017. Since last visit ([[DATE:12-Feb-2024]]) more
wearing-off ~3 h after each dose and two falls, one in June while on a family trip to [[ADDRESS:Florence]].
Vivid dreams, no hallucinations. Constipation. No impulse control symptoms.
Meds: {{drug:Sinemet}} 25/100 {{dose:1.5 tab}} TID, {{drug:rasagiline}} {{dose:1 mg}}.
Exam: {{score:MDS-UPDRS III 34}} ON. {{score:Hoehn and Yahr 2.5}}. Mild dyskinesia R arm. Pull test 3 steps.
{{vital:BP 132/80 supine}}, {{vital:BP 112/70 standing}}. {{score:MoCA 26}}.
Plan: add a fourth {{drug:carbidopa-levodopa}} dose at 1800; trial {{drug:Nourianz}} {{dose:20 mg}} if still wearing off.
PT referral for gait ([[NAME:Ruth]] at Brookside PT, [[PHONE:508-555-0137]]). DBS discussion deferred.
Follow up 4 months, video visit OK. -- [[NAME:A. Papadakis]], MD / scribe [[NAME:ddimitrov2]]
""", summary="""
[[NAME:Florence Camilleri]] ({{age:75}}) with {{eponym:Parkinson}} disease has wearing-off and two falls, including one in
[[ADDRESS:Florence]]; a fourth {{drug:carbidopa-levodopa}} dose was added and PT arranged. {{score:MDS-UPDRS III 34}}.
"""),

    dict(style="rheum_phone", note="""
TELEPHONE ENCOUNTER -- Rheumatology
[[DATE:Tues 6/3]] @ 1420   Caller: pt's wife [[NAME:Snježana]]   Callback [[PHONE:(216) 555-0164]]
Re: [[NAME:Tomislav Jurić]]  DOB [[DATE:02/27/66]]  MRN [[MRN:55120937]]

Wife reports {{drug:Humira}} denied -- insurer wants step therapy documentation. Pt out of pens since [[DATE:5/28]].
Back pain 7/10, AM stiffness 2 h. {{score:BASDAI 6.2}} at last visit [[DATE:4/22/25]].
Per [[NAME:RW]], resubmitted PA w/ records of failed {{drug:naproxen}} {{dose:500 mg}} BID and {{drug:Celebrex}} {{dose:200 mg}}.
  Member ID [[MRN:XJH 448201773]]   Group [[MRN:0091442]]   PA ref [[MRN:2025-0603-88176]]
Spoke w/ specialty pharmacy (Accredo), rep [[NAME:Ivana]], ph [[PHONE:1-800-555-0109]], ref [[MRN:AC77120]].
Told wife OK to use {{drug:naproxen}} {{dose:500 mg}} BID w/ food meanwhile. Will call back by [[DATE:Thurs 6/5]].
[[NAME:KT]] / [[NAME:RW]]
""", summary="""
The wife of [[NAME:Tomislav Jurić]] called on [[DATE:6/3]] because {{drug:Humira}} was denied for his axial spondyloarthritis
({{score:BASDAI 6.2}}); the prior auth was resubmitted (ref [[MRN:2025-0603-88176]]) and {{drug:naproxen}} {{dose:500 mg}} BID advised meanwhile.
"""),

    dict(style="nephro_fax", note="""
FAX COVER SHEET                              Date: [[DATE:11.14.2024]]   Pages: 6 (incl. cover)
To: Lakeshore Vascular Surgery, attn [[NAME:Dr. Goran Marković]]      Fax: [[PHONE:(773) 555-0126]]
From: Northside Kidney Associates, [[NAME:Antoinette Farrugia]], RN   Ph: [[PHONE:773.555.0140]]  Fax: [[PHONE:773.555.0141]]
RE: AV fistula evaluation -- [[NAME:AL-MASRI, HUSSEIN K]]   DOB [[DATE:08/19/1957]]   MRN [[MRN:NKA-0031872]]

Please evaluate for L radiocephalic or brachiocephalic AV fistula. CKD 5 ({{lab:eGFR 11}}), not yet on HD.
Vein mapping done [[DATE:11/7]]: L cephalic 3.4 mm at wrist. Non-dominant L arm, no prior lines. {{drug:Eliquis}} {{dose:5 mg}} BID
for AF -- hold per your protocol. {{lab:K 5.6}}, {{lab:Hgb 9.1}} on [[DATE:11/12/24]].
Referring: [[NAME:Rami Halabi]], MD   NPI [[MRN:1538204476]]
Patient prefers appointments Mon/Wed (son [[NAME:Omar]] drives, [[PHONE:773-555-0182]]). Arabic interpreter needed.
CONFIDENTIAL: this fax contains protected health information. If received in error call [[PHONE:773-555-0140]].
""", summary="""
[[NAME:Antoinette Farrugia]], RN faxed a referral on [[DATE:11.14.2024]] for AV fistula creation for [[NAME:Hussein Al-Masri]], who has CKD 5
({{lab:eGFR 11}}) and takes {{drug:Eliquis}} for AF.
"""),

    dict(style="diabetes_education", note="""
DSMES visit / pump start   [[DATE:2024-08-05]]  0830-1000
[[NAME:Ty Đorđević]] (goes by [[NAME:Ty]]), {{age:19}} yo T1DM since age 7. MRN [[MRN:61-448-902]]. Mother [[NAME:Jasmina]] present.
Previously MDI: {{drug:Tresiba}} {{dose:18 u}}, {{drug:Humalog}} ICR 1:10, ISF 1:45.
{{lab:A1c 8.4%}} ([[DATE:7/22]]). CGM Dexcom G7 -- TIR 48%, TBR 3%.
Started Tandem t:slim X2 w/ Control-IQ. Basal 0.75 u/h, ICR 1:10, ISF 45, target 110.
Pump SN [[MRN:1184629]]; G7 sensor transmitter ID [[MRN:8JW4PN]]. t:connect account [[NAME:tdjordjevic2]].
Taught: site insertion (abdomen), cartridge fill, temp basal, exercise mode, DKA sick day rules, glucagon ({{drug:Baqsimi}}).
Pt demo'd site change independently. Mom has emergency # on fridge.
Call pump trainer [[NAME:Milena]] for issues: [[PHONE:+1 585 555 0116]]; after hours endo on call [[PHONE:585-555-0100]].
F/u virtual [[DATE:Thu 8/8]] and in clinic [[DATE:Aug 26]]. -- [[NAME:MV]], RN CDCES
""", summary="""
[[NAME:Ty Đorđević]] ({{age:19}}, type 1 diabetes, {{lab:A1c 8.4%}}) started a Tandem t:slim X2 pump with Control-IQ on [[DATE:2024-08-05]]
after education with his mother present; follow-up is on [[DATE:8/8]] and [[DATE:Aug 26]].
"""),

    dict(style="neuro_headache", note="""
Headache Clinic   [[NAME:GRECH, WILLIAM J]]   [[MRN:HC-004471]]   [[DATE:09 Oct 2024]]
Referring: [[NAME:Marina Kovač]], PA-C

[[NAME:Will]] is a {{age:34}} yo software tester with chronic migraine without aura. Headache diary [[DATE:9/2-9/29]]:
18 headache days, 11 migraine days, {{drug:sumatriptan}} used 9 days. {{score:MIDAS 38}} (grade IV). {{score:HIT-6 66}}.
Failed: {{drug:topiramate}} (word-finding), {{drug:propranolol}} (fatigue), {{drug:amitriptyline}} {{dose:25 mg}} (weight).
Neuro exam normal, fundi sharp. {{vital:BP 118/76}}. No red flags. MRI brain [[DATE:2023-11-30]] normal.
We will start {{drug:Botox}} {{dose:155 units}} per PREEMPT protocol (31 sites) -- first injection booked for
[[DATE:Friday the 25th]]; in the meantime {{drug:Ajovy}} samples were given. Discussed limiting triptan to < 10 d/mo.
Bilateral greater occipital nerve block today: {{drug:lidocaine 2%}} {{dose:2 mL}} + {{drug:bupivacaine 0.5%}} {{dose:1 mL}} each side. Tol well.
Partner [[NAME:Iva]] asked about FMLA -- forms to [[EMAIL:hr.leave@brightline-qa.com]] once completed.
Return in 12 weeks, after 2nd {{drug:Botox}} cycle. [[NAME:LDS]] / [[NAME:Luka Šimić]], MD
""", summary="""
[[NAME:William Grech]] ({{age:34}}) has chronic migraine with 18 headache days a month ({{score:MIDAS 38}}); he had occipital nerve blocks
and will start {{drug:Botox}} {{dose:155 units}} on [[DATE:the 25th]], with {{drug:Ajovy}} samples meanwhile.
"""),

    dict(style="rheum_consult", note="""
Rheumatology new consult -- [[DATE:2/14/2025]] -- in-person
Name: [[NAME:Mercy Saadeh]]   DOB: [[DATE:07/30/1988]]   FIN [[MRN:25-045-7719]]
Referring: Dr [[NAME:Nadim Abou-Jaoude]] (PCP), [[PHONE:617-555-0153]]

Reason: +ANA, photosensitive rash, joint pain.
HPI: {{age:36}}F with malar rash each summer x3 yrs, oral ulcers, hand pain/swelling, fatigue. {{eponym:Raynaud}} since teens.
Dry eyes and mouth -- ?{{eponym:Sjögren}}. Sister [[NAME:Mariam]] has lupus. No miscarriages.
Labs [[DATE:1/28/25]]: {{lab:ANA 1:640}} homogeneous, {{lab:anti-dsDNA 88}}, {{lab:C3 72}}, {{lab:C4 9}}, SSA +, SSB -,
{{lab:WBC 3.4}}, {{lab:plt 142}}, UA trace protein, {{lab:UPCR 0.3}}.
Exam: malar erythema sparing nasolabial folds, synovitis MCPs 2-3 bilat, no alopecia. {{eponym:Schirmer}} 4 mm R / 5 mm L.
Imp: SLE ({{score:SLEDAI-2K 8}}) with secondary {{eponym:Sjögren}} features.
Plan: {{drug:Plaquenil}} {{dose:300 mg}} daily (< 5 mg/kg). Baseline eye exam -- Dr [[NAME:Lo Bianco]], ophthalmology; VA 20/20 OU today.
{{drug:prednisone}} {{dose:10 mg}} x 2 wk then {{dose:5 mg}}. Sun protection. Repeat labs [[DATE:3/14]], RTC [[DATE:Mar 28]].
[[NAME:Mercy]] asked to include her sister in the portal proxy -- form given.
""", summary="""
[[NAME:Mercy Saadeh]] ({{age:36}}) was diagnosed with SLE ({{score:SLEDAI-2K 8}}, {{lab:anti-dsDNA 88}}, low complements) with
{{eponym:Sjögren}} features on [[DATE:2/14/2025]] and started {{drug:Plaquenil}} and a short {{drug:prednisone}} course.
"""),

    dict(style="nephro_clinic", note="""
GLOMERULAR DISEASE CLINIC -- PROGRESS NOTE

IgA nephropathy ({{eponym:Berger}} disease), biopsy-proven, MEST-C M1 E0 S1 T0 C0.
Interval: no gross hematuria since last visit. Mild edema at end of day. Adherent to meds.
Meds: {{drug:lisinopril}} {{dose:40 mg}} daily, {{drug:Farxiga}} {{dose:10 mg}} daily, {{drug:atorvastatin}} {{dose:20 mg}}.
Vitals: {{vital:BP 126/78}}, {{vital:HR 70}}, wt stable.
Labs: {{lab:Cr 1.42}} (stable), {{lab:eGFR 57}}, {{lab:UPCR 1.1 g/g}} (down from 1.9), {{lab:K 4.8}}, {{lab:albumin 3.9}}.
UA: 2+ blood, 25-50 RBC/hpf, dysmorphic.
Assessment: persistent proteinuria > 1 g/d despite maximal RAS blockade + SGLT2i.
Plan:
  1. Start {{drug:Filspari}} (sparsentan) -- REMS enrollment; LFTs monthly; stop lisinopril when started.
  2. Consider {{drug:Tarpeyo}} {{dose:16 mg}} daily x 9 mo if proteinuria persists.
  3. Low salt diet < 2 g Na. Repeat UPCR 6 weeks.
  4. Pneumococcal and influenza vaccines up to date.
""", summary="""
A patient with biopsy-proven IgA nephropathy ({{eponym:Berger}} disease) has persistent proteinuria ({{lab:UPCR 1.1 g/g}}) despite
{{drug:lisinopril}} and {{drug:Farxiga}}; {{drug:Filspari}} is being started, with {{drug:Tarpeyo}} as a later option.
"""),

    dict(style="emg_report", note="""
ELECTRODIAGNOSTIC LABORATORY
Patient: [[NAME:STOJANOVIĆ, MILAN D]]          Study date: [[DATE:05/06/2025]]
MRN: [[MRN:8801442]]   Encounter: [[MRN:E250506-0331]]   DOB: [[DATE:1960-12-02]]
Referring: Dr. [[NAME:Jordan Attard]]   Technologists: [[NAME:KT]] / [[NAME:SB]]

History: {{age:64}} yo R-handed machinist, numbness R digits 1-3 x 8 mo, night waking. {{eponym:Tinel}} + at R wrist, {{eponym:Phalen}} + at 40 s.
NCS: R median sensory peak latency 4.6 ms (nl < 3.5), amplitude 9 uV. R median motor distal latency 5.8 ms, CMAP 5.1 mV.
R ulnar sensory and motor normal. L median normal. R radial sensory normal.
EMG: R APB -- 1+ fibs, reduced recruitment; R FDI, pronator teres, C6-C7 paraspinals normal.
Impression: moderate-to-severe R median neuropathy at the wrist (carpal tunnel syndrome) with active denervation.
No evidence of cervical radiculopathy or ulnar neuropathy.
Recommend hand surgery referral (Dr. [[NAME:Nina Dragović]] or [[NAME:Zoran Babić]]).
Electronically signed [[DATE:05/06/2025]] 16:41 -- [[NAME:Aleksandra Radovanović]], MD, Neuromuscular
""", summary="""
EMG/NCS on [[DATE:05/06/2025]] showed moderate-to-severe right carpal tunnel syndrome with active denervation in [[NAME:Milan Stojanović]]
({{age:64}}); hand surgery referral was recommended.
"""),

    dict(style="endo_clinic", note="""
ENDOCRINOLOGY -- ADRENAL CLINIC                               [[DATE:03MAR2025]]
[[NAME:Georgia Alexiou]]   [[MRN:0023-55-1987]]   DOB [[DATE:14/11/1975]]   Tel [[PHONE:+30 231 055 7721]]

Referred from [[ADDRESS:Thessaloniki]] (moved here in January 2025) for a 2.8 cm L adrenal incidentaloma on CT
([[DATE:18.12.2024]], 8 HU unenhanced). Weight gain, easy bruising, new HTN. No paroxysms.
Results: {{lab:1 mg DST cortisol 4.6}} ([[DATE:Feb 11]]), {{lab:ACTH <5}}, {{lab:DHEA-S 22}}, late-night salivary cortisol x2
{{lab:0.21}} and {{lab:0.19}}. Plasma metanephrines normal. {{lab:aldosterone 6}}, {{lab:renin 1.8}}.
Exam: {{vital:BP 152/94}}, {{vital:BMI 31}}, no striae, mild dorsocervical fat pad.
A: ACTH-independent mild autonomous cortisol secretion, possible subclinical {{eponym:Cushing}} syndrome. Not {{eponym:Conn}}.
P: discuss L adrenalectomy with Dr [[NAME:Petros Manolis]] (endocrine surgery). Peri-op {{drug:hydrocortisone}} cover will be needed.
Start {{drug:amlodipine}} {{dose:5 mg}}. DXA ordered. [[NAME:Georgia]] prefers contact by email [[EMAIL:g.alexiou75@mailbox.gr]].
""", summary="""
[[NAME:Georgia Alexiou]] has a 2.8 cm left adrenal incidentaloma with mild autonomous cortisol secretion ({{lab:1 mg DST cortisol 4.6}}),
possible subclinical {{eponym:Cushing}} syndrome; adrenalectomy will be discussed with Dr [[NAME:Manolis]].
"""),

    dict(style="transplant_clinic", note="""
KIDNEY TRANSPLANT CLINIC  --  POST-TX MONTH 3
[[NAME:Elias Frem]]   MRN [[MRN:TX 0441 207]]   UNOS [[MRN:ABCD123]]   Tx date [[DATE:Dec 4 2024]] (LRD, brother [[NAME:Charbel]])
Today [[DATE:Wed 3/5/25]]

Feels well. Good urine output. No fever, no graft tenderness.
IS: {{drug:Prograf}} {{dose:3 mg}} BID, {{drug:CellCept}} {{dose:750 mg}} BID, {{drug:prednisone}} {{dose:5 mg}}.
Ppx: {{drug:Bactrim SS}} daily, {{drug:valganciclovir}} {{dose:450 mg}} daily.
        date     tac trough   Cr     WBC
        [[DATE:2/19]]      {{lab:11.2}}       {{lab:1.31}}   {{lab:5.0}}
        [[DATE:2/26]]      {{lab:9.4}}        {{lab:1.24}}   {{lab:4.6}}
        [[DATE:3/4]]       {{lab:8.1}}        {{lab:1.22}}   {{lab:4.1}}
BK PCR neg, CMV PCR neg ([[DATE:3/4]]). {{vital:BP 128/80}}.
Plan: tac goal 8-10 -- no change. Labs q2wk. Brother [[NAME:Charbel Frem]] recovering well per donor team.
Coordinator [[NAME:Nada El-Khoury]], RN, pgr [[PHONE:4-7719]]; clinic line [[PHONE:(615) 555-0170]].
NP [[NAME:jbouchakra]] / Dr. [[NAME:Youssef Aoun]]
""", summary="""
[[NAME:Elias Frem]], three months after a living-related kidney transplant from his brother [[NAME:Charbel]] on [[DATE:Dec 4 2024]],
has stable creatinine ({{lab:Cr 1.22}}) and a tacrolimus trough of {{lab:8.1}}; immunosuppression is unchanged.
"""),

    dict(style="rheum_consult", note="""
RHEUMATOLOGY INPATIENT-TO-CLINIC HANDOFF, seen [[DATE:11/20/24]]
[[NAME:VUKOVIĆ, ANKICA]]  [[AGE:92]] y/o F  MRN [[MRN:40087716]]  Medicaid [[MRN:QX90044173]]

New R temporal headache x 3 wk, jaw claudication, scalp tenderness, {{lab:ESR 96}}, {{lab:CRP 74}}. No visual loss.
Started {{drug:prednisone}} {{dose:60 mg}} daily on [[DATE:11/18]] by ED. Temporal artery biopsy [[DATE:11/19]],
accession [[MRN:S24-18833]]: transmural inflammation with giant cells -- GCA confirmed.
Pt lives with granddaughter [[NAME:Savannah]] in [[ADDRESS:Lakewood]]; she manages meds. Contact [[PHONE:216 555 0199]].
Osteoporosis risk: start {{drug:calcium}} + {{drug:vitamin D}}, {{drug:alendronate}} {{dose:70 mg}} weekly; PJP ppx {{drug:Bactrim}}.
Consider {{drug:Actemra}} {{dose:162 mg}} SC weekly to spare steroid given age -- discussed w pt and [[NAME:Savannah]]; they agree.
F/u [[DATE:12/4]] w/ Dr [[NAME:Pavlović]]. Taper plan per handout.
""", summary="""
[[NAME:Ankica Vuković]], [[AGE:92]], has biopsy-confirmed giant cell arteritis ([[MRN:S24-18833]]) on {{drug:prednisone}} {{dose:60 mg}};
{{drug:Actemra}} was proposed as steroid-sparing therapy with follow-up on [[DATE:12/4]].
"""),

    dict(style="neuro_letter", note="""
[dictated, speech recognition -- please excuse errors]
Neurology outpatients, date of clinic [[DATE:the twelfth of march twenty twenty four]].
Re mrs. [[NAME:jelena maric]] correction [[NAME:Jelena Marić]], hospital number [[MRN:R 221 904 7]], date of birth [[DATE:the fifth of may nineteen seventy]].
Dear Dr [[NAME:Kranjc]], I saw Mrs [[NAME:Marić]] today with her husband [[NAME:Davor]] regarding relapsing remitting multiple sclerosis.
She had a relapse with right optic neuritis starting [[DATE:twenty eighth of january]], treated with {{drug:methylprednisolone}}
{{dose:one gram}} for three days, and vision has recovered to 6/9 on the right. {{score:EDSS 2.0}}. MRI on the [[DATE:4th of March]] shows
two new T2 lesions and one enhancing lesion. She has been on {{drug:dimethyl fumarate}} since 2021. Given breakthrough
disease we will switch to {{drug:Ocrevus}}; pre-treatment screening (hepatitis B, {{lab:JCV index 0.31}}, immunoglobulins) has been sent.
The MS nurse [[NAME:Tina Golob]] will arrange the first infusion and can be reached on [[PHONE:01632 960 448]].
Yours sincerely, [[NAME:Matej Zupan]], Consultant Neurologist. Typed [[DATE:14/03/2024]] [[NAME:AH]].
""", summary="""
[[NAME:Jelena Marić]] had a relapse of MS with right optic neuritis from [[DATE:28 January]] and new MRI lesions on {{drug:dimethyl fumarate}};
Dr [[NAME:Zupan]] plans to switch her to {{drug:Ocrevus}}, arranged by MS nurse [[NAME:Tina Golob]].
"""),

    dict(style="endo_bone", note="""
Metabolic bone clinic f/u -- [[NAME:De Luca, Maria C.]] -- seen [[DATE:Thu 10/17/2024]] -- MRN [[MRN:100-334-821]]
{{age:71}}F, postmenopausal osteoporosis, T-spine compression fx (T11) summer 2023 -> fx date [[DATE:08/14/2023]] per imaging.
DXA [[DATE:9/30/24]]: L1-L4 {{score:T-score -3.1}}, fem neck {{score:T-score -2.7}}. {{score:FRAX 28%}} major / {{score:FRAX 9.4%}} hip.
Prior {{drug:Fosamax}} 2016-2021. {{lab:Ca 9.4}}, {{lab:25-OH D 34}}, {{lab:PTH 41}}, {{lab:ALP 88}} -- no evidence of {{eponym:Paget}} disease.
Very high fracture risk -> start {{drug:Evenity}} {{dose:210 mg}} SC monthly x 12, then {{drug:Prolia}}.
No MI/stroke in past yr (checked w/ husband [[NAME:Ed]] + cardiology note by Dr [[NAME:Conti]]).
Case discussed with pharmacy ([[NAME:Lucia]], ext [[PHONE:3307]]); benefits inv ref [[MRN:BV-7702914]].
First dose given in clinic today, L thigh, by [[NAME:Ed Ferrante]], LPN (no relation). Next [[DATE:11/14]].
""", summary="""
[[NAME:Maria De Luca]] ({{age:71}}) has osteoporosis with a prior T11 fracture and {{score:T-score -3.1}}; she received her first
{{drug:Evenity}} {{dose:210 mg}} dose on [[DATE:10/17/2024]], with {{drug:Prolia}} to follow after 12 months.
"""),

    dict(style="diabetes_foot", note="""
Diabetes Foot Clinic -- MDT review

Type 2 DM, peripheral neuropathy, R midfoot swelling and warmth x 3 weeks after a minor twist.
Temp differential 3.2 C R>L. Skin intact, no ulcer. Monofilament 4/10 R, 5/10 L. Vibration absent to ankles.
Pedal pulses palpable, {{score:ABPI 1.05}} R / 1.10 L.
X-ray: mild fragmentation of the {{eponym:Lisfranc}} joint. MRI: marrow oedema 2nd-3rd TMT -- active {{eponym:Charcot}} neuroarthropathy ({{eponym:Eichenholtz}} stage I).
{{lab:HbA1c 62}}, {{lab:CRP 6}}, {{lab:WBC 7.2}} -- no features of osteomyelitis.
Plan:
 - Total contact cast applied today; change weekly; non-weight-bearing with knee scooter.
 - Orthotist for CROW walker once consolidation begins.
 - Continue {{drug:metformin}} {{dose:1 g}} BD, {{drug:Trulicity}} {{dose:1.5 mg}} weekly.
 - Podiatry + diabetes nurse weekly. Sepsis advice given.
""", summary="""
A patient with type 2 diabetes and neuropathy has active {{eponym:Charcot}} neuroarthropathy of the right midfoot without ulcer or
osteomyelitis; a total contact cast was applied with weekly changes.
"""),
]
