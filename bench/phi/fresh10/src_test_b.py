"""Hand-written held-out notes, part b: nephrology and outpatient dialysis, kidney and liver transplant follow-up,
neonatal ICU and newborn nursery, labour and delivery / obstetric triage. Every person, number, date, phone,
e-mail and street is invented."""

NOTES = [
    dict(style="dialysis_run_sheet", note="""
HD TREATMENT RECORD - MWF 2nd shift, chair 14
Pt: [[NAME:FIFITA, TEVITA]]    MRN [[MRN:DX-0049913]]    Tx date [[DATE:03/19/25]]
EDW {{vital:112.0 kg}} | pre wt {{vital:116.3 kg}} (+4.3) | post wt {{vital:112.6 kg}}
Pre: {{vital:BP 172/98}} {{vital:HR 84}} {{vital:T 36.7}}    Post: {{vital:BP 138/80}} {{vital:HR 78}}
Access: L upper arm AVF (brachiocephalic), thrill/bruit +, 15g x2, cannulated by [[NAME:R. Lal]], PCT
Rx: 4 h, Qb 450, Qd 600, 2K/2.5Ca bath; {{drug:heparin}} {{dose:2000 units}} bolus + {{dose:1000 units/h}}
Meds: {{drug:Mircera}} {{dose:150 mcg}} IV; {{drug:Venofer}} {{dose:100 mg}} IV (#3 of 10)
1340 cramping BLE -> UF off 10 min, NS {{dose:200 mL}} -> resolved
UF 3.7 L net. Last spKt/V {{lab:1.38}}. Pre-tx {{lab:K 5.9}} last wk.
Pt reports big church feast Sunday (pork, taro, lu pulu) - renal diet / fluid teaching repeated, wife [[NAME:Mele]] present.
RN [[NAME:MK]] / [[NAME:Mele Kaufusi]], RN
""", summary="""
[[NAME:Tevita Fifita]] came to HD on [[DATE:03/19/25]] 4.3 kg over his dry weight with a {{vital:BP 172/98}}; 3.7 L was removed despite cramping, and diet and fluid teaching was repeated.
"""),

    dict(style="nephrology_clinic", note="""
NEPHROLOGY CLINIC NOTE     [[DATE:11-04-2024]]
Patient: [[NAME:Mohammad Shafiqul Islam]]     DOB [[DATE:1970-01-15]]     {{age:54}} M
Interpreter: Bengali, [[NAME:Nasrin Akter]] (in person)
CKD 3b from diabetic nephropathy + HTN.
{{lab:eGFR 38}} (44 in May), {{lab:UACR 1,240 mg/g}}, {{lab:K 5.1}}, {{lab:HCO3 20}}, {{lab:A1c 8.1%}}.
{{vital:BP 148/92}} today; home log 140s/90s.
Meds: {{drug:losartan}} {{dose:100 mg}}, {{drug:amlodipine}} {{dose:10 mg}}, {{drug:metformin}} {{dose:1000 mg}} BID, insulin glargine {{dose:28 units}} qhs.
Pt practices Islam and plans to fast for Ramadan in the spring - discussed hydration, hypoglycemia risk, and moving meds to suhoor/iftar.
Plan:
1. start {{drug:Jardiance}} {{dose:10 mg}} daily; reduce {{drug:metformin}} to {{dose:500 mg}} BID (eGFR < 45)
2. {{drug:sodium bicarbonate}} {{dose:650 mg}} BID
3. low-K diet, dietitian visit; consider {{drug:Kerendia}} once K < 5.0
4. labs 4 wk, RTC 3 mo
Wife [[NAME:Rokeya Begum]], [[PHONE:347-601-8825]].
[[NAME:Thevarajah, K.]], MD
""", summary="""
[[NAME:Mohammad Shafiqul Islam]], {{age:54}}, has CKD 3b from diabetes with heavy albuminuria; {{drug:Jardiance}} and bicarbonate were started, {{drug:metformin}} reduced, and Ramadan fasting was discussed on [[DATE:11-04-2024]].
"""),

    dict(style="dialysis_social_work", note="""
Dialysis Social Work Note - [[DATE:1/30/2025]]
[[NAME:Wilner Jean-Baptiste]] ({{age:67}}) has missed 3 of his last 6 treatments (TTS 1st shift). Met chairside with Haitian Creole interpreter [[NAME:Guerline Exume]].
He says the Medicaid van came late twice and once left him "on the sidewalk in the cold" for an hour. Lives alone, 3rd floor walk-up at [[ADDRESS:42 Fessenden St, Mattapan, MA 02126]]; knee OA makes stairs slow. Daughter [[NAME:Fabienne]] works nights, helps with groceries. He still sends money to his mother, who is [[AGE:96]] and lives in [[ADDRESS:Jacmel]].
Medicaid ID [[MRN:100294477321]]; identity verified for transport complaint (SSN last 4 [[SSN:7720]]).
Plan:
1. transport complaint filed, ref # [[MRN:MC-2025-018834]]
2. request move to 2nd shift so daughter can drive on her days off
3. home health PT referral; help with ground-floor housing application
4. revisited home HD / PD - not interested at this time
Contacts: pt cell [[PHONE:(617) 296-4408]], daughter [[PHONE:857-210-6673]].
[[NAME:Kristiina Sepp]], LICSW
""", summary="""
[[NAME:Wilner Jean-Baptiste]], {{age:67}}, is missing dialysis because of unreliable Medicaid transport and stairs at home; social work filed a complaint, asked for a shift change and referred him to home PT.
"""),

    dict(style="dialysis_protocol", note="""
ANEMIA / MINERAL BONE PROTOCOL - MONTHLY LAB REVIEW (unit QAPI)
Hgb target 10-11 g/dL.
- {{lab:Hgb < 9.5}}: increase {{drug:Mircera}} 25%; {{lab:Hgb > 11.5}}: hold one dose
- {{lab:TSAT < 20%}} and {{lab:ferritin < 500}}: {{drug:Venofer}} {{dose:100 mg}} IV x 10 consecutive treatments
- {{lab:phos > 5.5}}: dietitian review, titrate {{drug:Renvela}} {{dose:800 mg}} with meals; consider {{drug:Velphoro}} if pill burden high
- {{lab:PTH > 600}}: start or increase {{drug:Sensipar}} {{dose:30 mg}}; hold if {{lab:Ca < 8.4}}
- {{lab:Kt/V < 1.2}} x2: access flow study / recirculation, add 15 min
- Hep B sAg monthly for susceptible patients; anti-HBs yearly for immune
Any deviation requires Medical Director sign-off. Results reviewed at the monthly CQI meeting with the charge nurse, dietitian and social worker.
""", summary="""
Unit protocol for monthly dialysis labs: ESA and IV iron dosing by hemoglobin and iron indices, phosphate binders, {{drug:Sensipar}} for PTH above 600, and action on low Kt/V.
"""),

    dict(style="nephrology_inpatient_consult", note="""
Renal consult - [[DATE:Sunday 9/8/2024]]
Pt: [[NAME:Aino Korhonen]], [[AGE:92]]F, MRN [[MRN:05528801]]; lives with son in [[ADDRESS:Lake Worth]].
Reason: AKI on CKD 4 - {{lab:Cr 3.9}} (baseline 2.2), {{lab:K 6.1}}, {{lab:BUN 88}}.
Hx: 1 wk poor PO intake after a viral illness, still taking {{drug:furosemide}} {{dose:40 mg}} and {{drug:lisinopril}} {{dose:20 mg}}.
Exam: dry MM, {{vital:BP 102/58}}, no edema, no asterixis, oriented x2 (baseline mild dementia).
Goals: son [[NAME:Pekka Korhonen]] (HCP) at bedside. He states his mother would never want dialysis; POLST on file: DNR/DNI, no dialysis.
Recs:
- hold {{drug:Lasix}} and {{drug:lisinopril}}
- LR {{dose:75 mL/h}} x 1 L, then reassess volume
- {{drug:Lokelma}} {{dose:10 g}} TID x 48 h; repeat BMP this evening
- renal US to r/o obstruction
- no HD per goals - conservative kidney management; palliative care consult placed
Will follow daily. D/w hospitalist Dr. [[NAME:Will Brooks]].
[[NAME:Ahmad bin Sulaiman]], MD (nephrology fellow), pgr [[PHONE:2087]]
""", summary="""
[[NAME:Aino Korhonen]], [[AGE:92]], has prerenal AKI on CKD 4 with hyperkalemia; nephrology advised fluids, holding {{drug:Lasix}} and {{drug:lisinopril}}, and {{drug:Lokelma}}, and no dialysis, in keeping with her goals as confirmed by her son.
"""),

    dict(style="pd_training", note="""
PD training, day 3 of 5 - [[NAME:Fa'atasi Lealaiauloto]]    [[DATE:5/20/25]]
Home therapies RN: [[NAME:Losa Aumua]], RN
{{eponym:Tenckhoff}} catheter placed [[DATE:4/22]] (lap, Dr. [[NAME:Nikolić]]). Exit site clean, dry, no erythema or crust - exit site score 0.
Cycler set-up: 4 exchanges x 2 L {{dose:2.5%}} dextrose, 1.5 h dwells, last fill 1.5 L {{drug:Extraneal}}.
Return demo today: hand hygiene, mask, connection, drain/fill, bag check for cloudiness - 3 of 4 steps independent; broke aseptic technique once on cap change, re-taught.
Husband [[NAME:Iosefa]] trained as backup; asks good questions.
Home visit for storage space [[DATE:Tuesday May 27]] at [[ADDRESS:2311 E Denni St, Carson, CA 90810]].
Supply company needs her e-mail for delivery confirmations: [[EMAIL:fatasi.lea@outlook.com]]
Peritonitis teaching: cloudy effluent, abd pain or fever -> call PD line [[PHONE:310-222-4701]] (24/7) and bring the bag in.
{{vital:Wt 88.4 kg}}, {{vital:BP 136/82}}.
""", summary="""
[[NAME:Fa'atasi Lealaiauloto]] is on day 3 of PD training with a healthy {{eponym:Tenckhoff}} exit site, needing more work on aseptic cap changes; a home visit is set for [[DATE:May 27]].
"""),

    dict(style="vascular_access_fax", note="""
URGENT - FAX
To: Vascular Access Center, attn Dr. [[NAME:Ivana Horvat]]     fax [[PHONE:410-550-7732]]
From: Greenspring Dialysis, charge RN [[NAME:Petra Mägi]]     ph [[PHONE:410-367-9100]]
Date: [[DATE:07/02/2025]]
Re: [[NAME:ATHANASIOU, DIMITRIOS]]     DOB [[DATE:3/3/1948]]     Ins ID [[MRN:XJK882031457]]

Pt arrived for treatment today with no thrill or bruit in his R forearm radiocephalic ({{eponym:Brescia-Cimino}}) fistula. Last successful run [[DATE:6/30]]. Says the arm "felt heavy" since Sunday. Prior thrombosis with declot in 2023.
Last {{lab:K 5.6}} on [[DATE:6/30]]. Not dialyzed today; no tunneled catheter in place.
Requesting same-day fistulogram/thrombectomy. If not possible today, pt will need a temporary catheter via ED.
Wife [[NAME:Vasiliki]] is driving him: [[PHONE:443-812-0096]].
""", summary="""
Dialysis faxed the access center on [[DATE:07/02/2025]] asking for same-day thrombectomy of a clotted radiocephalic fistula in [[NAME:Dimitrios Athanasiou]], who missed dialysis that day with a {{lab:K 5.6}}.
"""),

    dict(style="kidney_transplant_clinic", note="""
KIDNEY TRANSPLANT CLINIC - 3 month visit
Patient: [[NAME:Kanagaratnam Sivakumar]] (prefers "[[NAME:Siva]]")     MRN [[MRN:6602917]]
LRKT [[DATE:Dec 10, 2024]]; donor brother [[NAME:Kanagaratnam Thevakumar]].
Induction {{drug:Thymoglobulin}}. Maintenance {{drug:Envarsus}} {{dose:6 mg}} daily, {{drug:Myfortic}} {{dose:720 mg}} BID, {{drug:prednisone}} {{dose:5 mg}}.
Ppx: {{drug:Bactrim}} SS daily; {{drug:Valcyte}} {{dose:450 mg}} daily to 6 mo.
Labs [[DATE:3/7]]: {{lab:Cr 1.21}} (nadir 1.05), {{lab:tac 7.8}}, {{lab:WBC 3.9}}, BK PCR < 500, CMV PCR not detected, DSA negative.
{{vital:BP 134/84}}, weight stable.
A/P: stable graft. Small Cr rise - repeat BMP + tac in 1 wk. BK monthly.
Donor: [[NAME:Thevakumar]] seen by the living donor team on [[DATE:3/4]] - doing well.
[[NAME:Siva]] plans to visit family in [[ADDRESS:Jaffna]] in August - travel clinic referral, food/water precautions, bring 2 wk extra meds.
Next visit [[DATE:4/11/2025]].
[[NAME:Dinesh Fernando]], MD - transplant nephrology
""", summary="""
[[NAME:Kanagaratnam Sivakumar]], 3 months after a living related kidney transplant from his brother, has stable graft function ({{lab:Cr 1.21}}) on {{drug:Envarsus}}, {{drug:Myfortic}} and {{drug:prednisone}}; he returns on [[DATE:4/11/2025]].
"""),

    dict(style="liver_transplant_committee", note="""
Liver Transplant Selection Committee - [[DATE:10/15/2024]]
Candidate: [[NAME:Rodelio Macaraeg]], {{age:59}} M     MRN [[MRN:46620081]]     UNOS [[MRN:RMA5813]]
Etiology: alcohol-associated cirrhosis + MASH. Last drink [[DATE:Feb 2, 2023]]; PEth negative x4, relapse prevention completed.
{{score:MELD 3.0 26}}, {{score:Child-Pugh C10}}. {{lab:bili 4.8}}, {{lab:INR 1.9}}, {{lab:Na 129}}, {{lab:Cr 1.3}}, {{lab:albumin 2.6}}.
Complications: refractory ascites (weekly LVP), HE on {{drug:lactulose}} + {{drug:Xifaxan}} {{dose:550 mg}} BID, one episode of SBP in July.
Cardiac: DSE negative, EF 60%. Dental cleared. Age-appropriate cancer screening up to date.
Psychosocial: wife [[NAME:Marites]] and daughters [[NAME:Joy]] and [[NAME:Pearl]] have a written caregiver plan; lives 40 min from center.
Insurance: employer plan, member ID [[MRN:W7781 22904]].
DECISION: APPROVED for listing.
Present: [[NAME:B. Hartono]] (hepatology), [[NAME:S. Chaiyaporn]] (surgery), [[NAME:M. Jovanović]] (psychiatry), [[NAME:T. Gashi]] (SW), [[NAME:Kelly Johnson]] (coordinator)
""", summary="""
On [[DATE:10/15/2024]] the committee approved [[NAME:Rodelio Macaraeg]], {{age:59}}, for liver transplant listing ({{score:MELD 3.0 26}}), with documented sobriety and a caregiver plan with his wife and daughters.
"""),

    dict(style="transplant_coordinator_call", note="""
ph call [[DATE:6/3]] 0915 - txp coordinator
called pt [[NAME:dewi setiawati]] re tac level from yesterday {{lab:14.2}} (goal 8-10). pt says took am dose ~2h before draw so not a true trough. also cards started {{drug:diltiazem}} last wk (!! interaction).
d/w dr [[NAME:wijaya]] -> hold tonight's {{drug:prograf}}, resume at {{dose:2 mg}} bid tomorrow (was 3), true trough [[DATE:thurs 6/5]] 12h post dose.
pt repeated plan back. husband [[NAME:agus]] on speaker.
c/o hand tremor + headache, likely tac. {{lab:Mg 1.4}} -> {{drug:mag oxide}} {{dose:400 mg}} bid sent to cvs.
will msg cardiology re {{drug:diltiazem}}.
callback [[PHONE:(206) 612-0833]]
-- [[NAME:rungnapa s.]] RN
""", summary="""
[[NAME:Dewi Setiawati]]'s {{drug:tacrolimus}} level was {{lab:14.2}}, drawn after her dose and soon after {{drug:diltiazem}} was started; tonight's {{drug:Prograf}} is held, the dose cut to {{dose:2 mg}} BID, and a true trough set for [[DATE:6/5]].
"""),

    dict(style="transplant_biopsy_report", note="""
RENAL ALLOGRAFT BIOPSY
Acc: [[MRN:RB25-0288]]     Collected [[DATE:14 Feb 2025]]
Pt: [[NAME:Đorđević, Miloš]]     MRN [[MRN:71190442]]     Transplant: [[DATE:2023-06-21]] (DDKT)
Clinician: [[NAME:Z. Petrović]], transplant nephrology
Indication: {{lab:Cr 1.4}} -> {{lab:2.1}} over 3 wk; dnDSA negative.
LM: 14 glomeruli, 1 globally sclerosed. Interstitial inflammation ~30% of unscarred cortex (i2), tubulitis t2, no arteritis (v0). g0, ptc0. IFTA ci1/ct1.
IF: C4d negative. IHC: SV40 negative.
DIAGNOSIS: acute T-cell mediated rejection, {{score:Banff grade IA}}. No evidence of antibody-mediated rejection or polyomavirus nephropathy.
Results phoned to Dr. [[NAME:Petrović]] 15:05 [[DATE:2/14/25]].
Pathologist: [[NAME:Kaarel Tamm]], MD
""", summary="""
Transplant kidney biopsy for [[NAME:Miloš Đorđević]] on [[DATE:14 Feb 2025]] showed acute T-cell mediated rejection, {{score:Banff grade IA}}, with negative C4d and SV40.
"""),

    dict(style="liver_transplant_med_schedule", note="""
MY MEDICINE SCHEDULE - after liver transplant
Name: [[NAME:Somphone Souvannavong]] ("[[NAME:Lek]]")     Transplant date: [[DATE:01/09/2025]]     Updated: [[DATE:1/24/25]]

8 AM:   {{drug:tacrolimus}} {{dose:3 mg}} | {{drug:CellCept}} {{dose:1000 mg}} | {{drug:prednisone}} {{dose:15 mg}} | {{drug:Bactrim}} SS 1 tab | {{drug:Valcyte}} {{dose:900 mg}} | {{drug:ursodiol}} {{dose:300 mg}}
8 PM:   {{drug:tacrolimus}} {{dose:3 mg}} | {{drug:CellCept}} {{dose:1000 mg}} | {{drug:ursodiol}} {{dose:300 mg}}
Bedtime: {{drug:nystatin}} swish and swallow {{dose:5 mL}}

Blood tests every Monday and Thursday BEFORE the morning {{drug:tacrolimus}}.
Do NOT take: grapefruit or pomelo, {{drug:St. John's wort}}, herbal teas from home, ibuprofen.
Lao interpreter for all clinic visits. Questions: coordinator [[NAME:Pakou Xiong]], RN - [[PHONE:612-873-5528]] or [[EMAIL:pxiong@mnlivertx.org]]
""", summary="""
Personal medication schedule for [[NAME:Somphone Souvannavong]] after a liver transplant on [[DATE:01/09/2025]]: twice-daily {{drug:tacrolimus}} and {{drug:CellCept}}, with {{drug:prednisone}} and prophylaxis; labs Monday and Thursday.
"""),

    dict(style="liver_transplant_discharge", note="""
DISCHARGE SUMMARY
Patient: [[NAME:Rasa Jankauskienė]]     MRN [[MRN:3017-66-21]]     HAR [[MRN:7700918334]]
Admit [[DATE:4/2/2025]]     Discharge [[DATE:4/16/2025]]
Attending: [[NAME:Algirdas Kazlauskas]], MD
Dx: PSC with recurrent cholangitis -> OLT [[DATE:04/03/25]] (DBD donor), {{eponym:Roux-en-Y}} hepaticojejunostomy.
Course: extubated POD 1. POD 4 bile leak at cut surface -> IR drain, resolved. CMV D+/R- on {{drug:valganciclovir}}; EBV D+/R- - monthly PCR ({{eponym:Epstein-Barr}} mismatch). Steroid hyperglycemia on insulin.
D/c meds: {{drug:tacrolimus}} {{dose:4 mg}} BID, {{drug:mycophenolate}} {{dose:1000 mg}} BID, {{drug:prednisone}} {{dose:20 mg}} taper, {{drug:valganciclovir}} {{dose:900 mg}}, {{drug:Bactrim}} SS, insulin glargine {{dose:14 units}}.
D/c labs: {{lab:T bili 1.6}}, {{lab:ALT 88}}, {{lab:INR 1.1}}, {{lab:Cr 0.9}}, {{lab:tac 8.2}}.
F/u: transplant clinic [[DATE:Mon 4/21]]; labs Mon/Thu at the lab on [[ADDRESS:Cermak Rd]] in [[ADDRESS:Cicero]].
Staying with sister [[NAME:Aušra]] at [[ADDRESS:5521 W 24th Pl, Cicero, IL 60804]] for the first 3 months. Husband [[NAME:Tomas]], cell [[PHONE:773-490-2268]].
Dictated by: [[NAME:akazlauskas]]
""", summary="""
[[NAME:Rasa Jankauskienė]] had a liver transplant with {{eponym:Roux-en-Y}} reconstruction for PSC on [[DATE:04/03/25]], complicated by a bile leak treated with a drain, and was discharged on [[DATE:4/16/2025]] with clinic follow-up on [[DATE:4/21]].
"""),

    dict(style="nicu_admission", note="""
NICU ADMISSION H&P
Baby Boy [[NAME:Thao]]     MRN [[MRN:10092241]]     DOB [[DATE:11/27/2024]] at 03:52
Mother: [[NAME:Mai Yer Lor]], {{age:24}} G3P1 -> 2, MRN [[MRN:10079935]]. Father: [[NAME:Kou Thao]].
GA 29+2 by early US. BW {{vital:1,210 g}}.
Maternal: PPROM ~18 h, GBS unknown, {{drug:betamethasone}} x1 only, {{drug:magnesium sulfate}} for neuroprotection, {{drug:ampicillin}} x2 doses.
Delivery: SVD. Weak cry, HR < 100 -> PPV 30 s, then CPAP 6. {{score:Apgars 4 and 7}}.
Admit: {{vital:T 36.1}} (in plastic wrap), {{vital:HR 162}}, {{vital:RR 68}}, {{vital:SpO2 91%}} on CPAP 6 / FiO2 40%.
Exam: {{eponym:Ballard}} c/w 29 wk; grunting, subcostal retractions, AF soft, palate intact, anus patent, no dysmorphic features.
CXR: diffuse ground glass - RDS.
Plan: {{drug:Curosurf}} {{dose:200 mg/kg}} via INSURE; UVC/UAC; D10W at {{dose:80 mL/kg/d}}; BCx then amp/gent; {{drug:caffeine citrate}} {{dose:20 mg/kg}} load; HUS day 7.
Parents updated at bedside 06:30 with Hmong interpreter [[NAME:Xee Moua]].
[[NAME:N. Her]], NNP / [[NAME:J. Campbell]], MD
""", summary="""
Baby Boy [[NAME:Thao]], born at 29+2 weeks on [[DATE:11/27/2024]] weighing {{vital:1,210 g}}, was admitted with RDS on CPAP and given {{drug:Curosurf}}; his mother, [[NAME:Mai Yer Lor]], had PPROM and incomplete steroids.
"""),

    dict(style="newborn_nursery", note="""
Newborn Nursery Progress Note - DOL 2
Baby Girl [[NAME:Ramdial]]     DOB [[DATE:08/03/2025]]     MRN [[MRN:20551867]]
Mom: [[NAME:Anjali Ramdial-Persad]], {{age:31}}, G2P2, O+. Baby A+, DAT ({{eponym:Coombs}}) positive.
39w1d SVD, {{score:Apgar 8/9}}. BW {{vital:3,340 g}}, today {{vital:3,140 g}} (-6%).
Breastfeeding q2-3h, {{score:LATCH 8}}; supplementing donor milk 10-15 mL.
Voids x4, stools x3 transitional.
{{lab:TcB 11.8}} at 30 HOL -> {{lab:TSB 12.4}}, above phototherapy threshold for isoimmune disease.
Exam: jaundice to chest; {{eponym:Ortolani}}/{{eponym:Barlow}} negative; red reflex present OU; no murmur; {{eponym:Moro}} symmetric.
Plan: single phototherapy, repeat TSB in 6 h, retic; G6PD pending (paternal family hx). CCHD screen passed ({{vital:98%}}/{{vital:99%}}). Hep B vaccine, {{drug:vitamin K}} {{dose:1 mg}} IM and {{drug:erythromycin}} ointment given.
Dad [[NAME:Vishal]] asking about going home tomorrow - explained this depends on the bilirubin trend.
PCP: Dr. [[NAME:Nadia Mohammed]], Kids First Pediatrics, [[PHONE:(407) 851-2234]].
-- [[NAME:Grace Konstantinou]], MD
""", summary="""
Baby Girl [[NAME:Ramdial]], DOL 2, has ABO isoimmune hyperbilirubinemia ({{lab:TSB 12.4}} at 30 hours) and was started on phototherapy; discharge depends on the bilirubin trend.
"""),

    dict(style="nicu_nursing", note="""
NICU RN note 1900-0700    [[NAME:Clarke, Jamari]]    33+5 CGA, DOL 18, bed 22
Parents call him "[[NAME:Mari]]".
2100 cares: {{vital:T 36.8}} ax, {{vital:HR 154}}, {{vital:RR 48}}, {{vital:SpO2 95%}} RA. Void + stool.
Gavage 34 mL EBM + HMF over 30 min via NG; PO attempt 8 mL, tired quickly, poor seal.
0200 A/B/D: {{vital:HR 72}}, {{vital:SpO2 79%}}, self-resolved < 15 s. x3 overnight (x1 needed gentle stim), 2 yesterday. Off caffeine since [[DATE:12/14]].
0430 mom [[NAME:Shanice]] called from home, updated; wants doctor to call her re: events and caffeine -> passed to Dr. [[NAME:Brooks]] at rounds.
Skin intact, no IV. Temp stable in open crib.
-- [[NAME:Ruby Dela Peña]], RN
""", summary="""
Overnight, [[NAME:Jamari Clarke]] had three self-resolving or briefly stimulated A/B/D events off caffeine (stopped [[DATE:12/14]]) and fed mostly by gavage; his mother asked for a call from Dr. [[NAME:Brooks]].
"""),

    dict(style="nicu_family_meeting", note="""
NICU Family Meeting - [[DATE:January 6th, 2025]]
Infant: [[NAME:Pemba Gurung]], ex-27 wk, now 38+1 CGA
Present: mother [[NAME:Dhan Maya Gurung]], father [[NAME:Bhim Bahadur Gurung]], paternal grandmother; Nepali interpreter [[NAME:Sita Ghimire]] (in person); Dr. [[NAME:Eleni Athanasiou]] (neonatology); [[NAME:Joy Bautista]], RN (primary); [[NAME:Ilona Kask]], SW.
Discussed:
- BPD (grade 2) - on {{dose:1/4 L}} NC, plan to go home on oxygen
- ROP stage 2, zone II, no plus - next exam [[DATE:1/13]]
- hearing screen referred L ear - repeat ABR before discharge
- feeding: nippling 70% of volume, rest by NG
Parents asked "when can he come home" - target ~[[DATE:1/24]] if nippling all feeds. Car seat test on the [[DATE:22nd]]. CPR class [[DATE:Fri 1/17]].
Plan: home O2 vendor, early intervention referral, {{drug:Beyfortus}} (nirsevimab) before d/c, pulm follow-up.
Family lives in [[ADDRESS:Harrisburg]]; father works nights - best number [[PHONE:(717) 303-4419]] after 2 pm.
""", summary="""
At a family meeting on [[DATE:January 6th, 2025]], the parents of [[NAME:Pemba Gurung]], an ex-27-week infant with BPD, were told discharge on home oxygen is planned around [[DATE:1/24]] once he takes all feeds by mouth.
"""),

    dict(style="nicu_progress_nec", note="""
NEC - day 2 of NPO
Abdomen: mildly distended, tender on palpation, no wall erythema or discoloration. Bilious aspirates decreasing ({{dose:2 mL}} q4h).
KUB (AP + L lateral decubitus): persistent pneumatosis RLQ; no portal venous gas, no free air.
Modified {{eponym:Bell}} staging: {{score:stage IIA}}.
Labs: {{lab:WBC 6.1}}, {{lab:plt 98}} (from 142), {{lab:CRP 48}}, {{lab:lactate 1.9}}, {{lab:pH 7.31}}.
Vitals: {{vital:HR 176}}, {{vital:BP 48/30}} (MAP 36), {{vital:T 37.2}}, few desats with handling.
Plan:
- NPO, {{eponym:Replogle}} to LIS
- TPN/IL via PICC (tip T8 on film)
- {{drug:ampicillin}}, {{drug:gentamicin}}, {{drug:metronidazole}} x 10 days; gent level before 3rd dose
- KUB q12h; Peds Surgery aware and will re-examine tonight
- platelets if {{lab:plt < 50}} or bleeding
Mother continues to pump; milk stored in freezer.
""", summary="""
Infant on day 2 of NPO for {{eponym:Bell}} {{score:stage IIA}} NEC with persistent pneumatosis and falling platelets, on triple antibiotics and TPN, with surgery following.
"""),

    dict(style="newborn_screen_call", note="""
Newborn screen follow-up - phone, [[DATE:2/19/25]] 10:10
State lab called: abnormal NBS for [[NAME:Jaden McKenzie]], DOB [[DATE:2/12/2025]], specimen [[MRN:2025-NB-0441873]] - hemoglobin FS pattern.
Called mother [[NAME:Shanice McKenzie]] at [[PHONE:954-683-2207]] - no answer, VM left; reached 11:40.
Explained the screen suggests sickle cell disease and needs confirmation. Mom tearful; says her sister [[NAME:Kerry-Ann]] has trait, dad's side unknown.
She hopes to take the baby to Jamaica this summer to meet his grandmother - discussed that we can plan for it once he is established with hematology.
Plan: confirmatory Hb electrophoresis at 2-wk visit [[DATE:Weds 2/26]]; {{drug:penicillin VK}} {{dose:125 mg}} BID from 2 months; referral to peds hematology, Dr. [[NAME:Summer Järvinen]]; fever > {{vital:101}} = go to ED.
Family lives in [[ADDRESS:Lauderhill]].
-- [[NAME:Maya Bennett]], MD
""", summary="""
[[NAME:Jaden McKenzie]]'s newborn screen showed an FS pattern suggesting sickle cell disease; his mother was informed on [[DATE:2/19/25]], and confirmation, penicillin prophylaxis and referral to Dr. [[NAME:Summer Järvinen]] were planned.
"""),

    dict(style="ob_triage", note="""
OB TRIAGE NOTE     [[DATE:10/21/2024]] 23:05
[[NAME:ʻAna Tupou]], {{age:29}}, G3P2002 at 35w6d (EDD [[DATE:11/18/2024]]), c/o headache x 6 h and "sparkles" in vision.
{{vital:BP 158/104}}, repeat {{vital:162/101}} at 15 min; {{vital:HR 96}}; 2+ pedal edema; DTR 3+ with 1 beat clonus.
Labs: {{lab:plt 112}}, {{lab:AST 78}}, {{lab:ALT 64}}, {{lab:Cr 0.9}}, {{lab:UPC 2.1}}; LDH pending.
NST reactive: baseline 140s, moderate variability, +accels, no decels. Toco irregular ctx q8-10 min.
SVE 2/60/-2, {{score:Bishop 6}}.
A: preeclampsia with severe features at 35+6.
P: {{drug:labetalol}} {{dose:20 mg}} IV at 23:15; {{drug:magnesium sulfate}} {{dose:4 g}} load then {{dose:2 g/h}}; admit L&D for IOL with {{drug:Pitocin}}; no BMZ (> 34 wk). Anesthesia notified.
Partner [[NAME:Sione]] at bedside. Declined Tongan interpreter.
[[NAME:Ilse Mägi]], CNM / Dr. [[NAME:Chaiyaporn]]
""", summary="""
[[NAME:ʻAna Tupou]], {{age:29}}, at 35w6d, presented on [[DATE:10/21/2024]] with preeclampsia with severe features ({{vital:BP 162/101}}, headache, visual symptoms) and was admitted for magnesium and induction.
"""),

    dict(style="delivery_note", note="""
DELIVERY NOTE
[[NAME:Elira Shehu]], {{age:33}}, G2P1 -> G2P2, 40w3d, spontaneous labor.
Delivered [[DATE:03/08/2025]] at 04:17: liveborn female, SVD, LOA.
Shoulder dystocia: head delivered 04:16 with turtle sign. Help called 04:16. {{eponym:McRoberts}} + suprapubic pressure unsuccessful -> {{eponym:Rubin}} II -> {{eponym:Woods}} screw successful. Head-to-body interval ~70 s.
Infant: {{vital:4,210 g}}, {{score:Apgars 5 and 8}}, NICU team present. Decreased movement L arm - possible {{eponym:Erb}} palsy, NICU to evaluate.
Placenta spontaneous, intact, 3VC. 2nd-degree laceration repaired with 3-0 Vicryl.
{{lab:QBL 650 mL}}. {{drug:Pitocin}} {{dose:30 units}}/500 mL postpartum.
Team: [[NAME:Katerina Georgiou]], MD (attending); [[NAME:A. Hyseni]], MD (PGY-2); [[NAME:Pua Kealoha]], RN; NICU [[NAME:J. Wright]], NNP.
Husband [[NAME:Gentian]] present; debriefed couple after delivery. Her mother is flying in from [[ADDRESS:Tirana]] next week; emergency contact listed as mother [[NAME:Liljana Shehu]], [[PHONE:+355 69 412 8830]].
""", summary="""
[[NAME:Elira Shehu]] delivered a {{vital:4,210 g}} girl on [[DATE:03/08/2025]] after a shoulder dystocia resolved with {{eponym:McRoberts}}, {{eponym:Rubin}} and {{eponym:Woods}} maneuvers; the baby has a possible {{eponym:Erb}} palsy.
"""),

    dict(style="ob_op_dictation", note="""
operative report dictated by dr [[NAME:budi hartono]] for patient [[NAME:nadège pierre-louis]], medical record [[MRN:8 8 4 0 3 2 1 7]], date of surgery [[DATE:september 9th 2024]]. preoperative diagnosis arrest of dilation at 6 centimeters after adequate {{drug:pitocin}}, postoperative diagnosis same plus uterine atony and postpartum hemorrhage. procedure primary low transverse cesarean section through a {{eponym:pfannenstiel}} incision, {{eponym:bakri}} balloon placement. assistant doctor [[NAME:mirela gashi]]. anesthesia epidural. findings viable female infant from occiput posterior, apgars {{score:8 and 9}}, weight {{vital:3,680 grams}}, normal tubes and ovaries. after delivery of the placenta the uterus remained boggy despite {{drug:pitocin}} and massage, we gave {{drug:methergine}} {{dose:0.2 milligrams}} i m, {{drug:hemabate}} {{dose:250 micrograms}} i m times two, {{drug:cytotec}} {{dose:800 micrograms}} rectally and {{drug:t x a}} {{dose:1 gram}} i v, and placed a {{eponym:bakri}} balloon with {{dose:400 cc}} saline with good tone. quantitative blood loss {{lab:1850 cc}}. two units packed red cells given. pre op hemoglobin {{lab:11.2}}, post op {{lab:7.9}}. she is haitian creole speaking and her husband [[NAME:jean-claude]] was updated with an interpreter. patient to l and d recovery in stable condition. end of dictation.
""", summary="""
[[NAME:Nadège Pierre-Louis]] had a primary cesarean on [[DATE:9/9/2024]] for arrest of dilation, complicated by atonic postpartum hemorrhage ({{lab:QBL 1850 cc}}) treated with uterotonics, {{drug:TXA}}, a {{eponym:Bakri}} balloon and 2 units of red cells.
"""),

    dict(style="ob_phone_triage", note="""
L&D phone triage [[DATE:5/4]] 0310
caller [[NAME:kanokwan srisuk]] {{age:27}} G1P0 @ 39+2. ctx q5 min x 1 h, ~45 sec each, pain {{score:6/10}}. no LOF, no VB, +FM. GBS neg.
lives ~35 min away in [[ADDRESS:Elk Grove]].
advised usual criteria (ctx q3-5 x 1 h, or sooner for LOF, bleeding, decreased FM) - pt prefers to come now d/t distance -> ok to come in.
husband [[NAME:tanawat]] driving. cb [[PHONE:916-270-5831]].
charge RN notified.
-- [[NAME:kj]] RN
""", summary="""
[[NAME:Kanokwan Srisuk]], {{age:27}}, a first-time mother at 39+2 weeks with contractions every 5 minutes, called at night on [[DATE:5/4]] and was told to come in because of the distance.
"""),

    dict(style="labor_progress", note="""
L&D progress note 14:00
EFM: baseline 135, moderate variability, accelerations present, intermittent early decels. Category I.
Toco/IUPC: ctx q2-3 min, MVUs 210.
{{drug:Pitocin}} at {{dose:12 mU/min}}; IUPC placed 12:40.
SVE: 6/90/-1, AROM at 12:45 clear fluid. {{eponym:Leopold}} maneuvers earlier: vertex, EFW ~3500 g.
Epidural ({{drug:fentanyl}}/{{drug:bupivacaine}}) working well, pain {{score:1/10}}.
{{vital:BP 124/76}}, {{vital:T 37.4}}, {{vital:HR 88}}.
GBS positive - {{drug:penicillin G}} {{dose:2.5 million units}} q4h, first dose > 4 h before expected delivery.
Plan: continue {{drug:Pitocin}} titration per protocol, recheck 2 h or prn, anticipate SVD.
""", summary="""
Induced labor progressing at 6 cm on {{drug:Pitocin}} with a Category I tracing and an effective epidural; GBS prophylaxis is adequate and a vaginal delivery is expected.
"""),

    dict(style="iol_scheduling", note="""
IOL scheduling - [[NAME:Eleni Georgiou]]
{{age:36}} G1P0, IVF pregnancy (FET [[DATE:6/14/2024]]), EDD [[DATE:3/1/2025]]. IOL at 39 wk for IVF + AMA per MFM.
Booked: [[DATE:Thurs 2/20/25]] at 20:00, L&D.
Cervix today closed/long/high, {{score:Bishop 2}} -> ripening with {{eponym:Foley}} balloon + {{drug:Cytotec}} {{dose:25 mcg}} PO q4h (or {{drug:Cervidil}} if balloon not tolerated).
Rh negative - {{drug:RhoGAM}} given at 28 wk ([[DATE:12/6/24]]); antibody screen neg.
Pt asks that her doula, [[NAME:Aleksandra Nikolić]], be with her - OK per policy. Partner [[NAME:Kostas]].
Confirmation e-mailed to [[EMAIL:eleni.georgiou.k@gmail.com]]; call [[PHONE:(773) 412-6680]] if anything changes.
-- scheduler [[NAME:Paris Mitchell]]
""", summary="""
[[NAME:Eleni Georgiou]], {{age:36}}, with an IVF pregnancy and an unfavorable cervix ({{score:Bishop 2}}), is booked for induction on [[DATE:2/20/25]] with a {{eponym:Foley}} balloon and {{drug:Cytotec}}.
"""),
]
