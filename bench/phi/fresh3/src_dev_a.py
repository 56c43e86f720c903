"""fresh3 dev portion, part a: nursing flowsheet comments, SBAR handoffs, discharge summaries,
telephone encounters, patient-portal messages, consult/referral letters.
Every note written by hand; every person, place, number and date is invented."""

NOTES = [
    # ------------------------------------------------------------------ nursing flowsheet
    dict(style="nursing_flowsheet", note="""\
4 West - Flowsheet comments   Pt: [[NAME:Ferreira, Rosângela]]   Bed 12
0715 Received report from [[NAME:Tamsin]] RN. Pt resting, {{vital:SpO2 94%}} on 2 L NC, lungs with fine crackles at bases.
0830 {{drug:Lasix}} {{dose:40 mg}} IV given per Dr. [[NAME:Okonkwo]]. Strict I&O continued.
0900 Daughter [[NAME:Hope]] at bedside asking about discharge; explained PT eval needed first.
1015 Ambulated 40 ft with rolling walker, {{score:Morse 55}}, bed alarm on.
1130 Lab called critical {{lab:K 3.1}} ([[NAME:Deshawn]] in chemistry, read back). Dr. [[NAME:Okonkwo]] paged [[PHONE:4-7712]]; {{drug:KCl}} {{dose:40 mEq}} PO ordered.
1400 {{vital:BP 152/90}} {{vital:HR 88}}. {{eponym:Foley}} removed at 1345, due to void by 2000.
1630 [[NAME:Hope]] left, will return tomorrow with her brother [[NAME:Caio]]. Call her at [[PHONE:612-804-3391]] with any change.""",
         summary="""Day-shift flowsheet for [[NAME:Rosângela Ferreira]]: diuresed with {{drug:Lasix}}, {{lab:K 3.1}} repleted with {{drug:KCl}}, {{eponym:Foley}} out. Daughter [[NAME:Hope]] updated and asks to be called at [[PHONE:612-804-3391]]."""),

    dict(style="nursing_flowsheet", note="""\
MICU flowsheet notes - [[NAME:BAEK, DONG-HYUN]] - MRN [[MRN:30071842]]
19:10 Handoff at bedside with [[NAME:Marisol]]. {{drug:Propofol}} at {{dose:30 mcg/kg/min}}, {{score:RASS -2}}, {{score:CAM-ICU}} negative.
20:00 {{eponym:Swan-Ganz}} readings: {{vital:CVP 11}}, {{vital:PA 42/20}}, {{vital:CI 2.1}}. Dr. [[NAME:Jang]] aware, no change.
20:30 Wife [[NAME:Seo-yeon]] and son [[NAME:Min-jae]] visiting. [[NAME:Seo-yeon]] prefers Korean for medical updates; phone interpreter [[NAME:Hyejin]] (ID [[MRN:48812]]) used for update at 2045.
22:00 {{vital:T 38.4}}, cultures x2 drawn, {{drug:vancomycin}} {{dose:1.5 g}} hung.
00:15 Oral care with {{drug:chlorhexidine}} {{dose:0.12%}}. HOB 30 deg.
03:40 {{lab:lactate 2.9}} -> {{lab:lactate 1.8}} after {{dose:1 L}} LR.
06:30 Family asked that [[NAME:Min-jae]] be called first: [[PHONE:(763) 229-0418]].""",
         summary="""Overnight MICU course for [[NAME:Dong-hyun Baek]] on {{drug:propofol}}: new fever, cultures sent, {{drug:vancomycin}} started, lactate cleared to {{lab:1.8}}. Family updated through a Korean interpreter."""),

    dict(style="nursing_flowsheet", note="""\
Wound care flowsheet comment
Sacral stage 3 pressure injury, 4.2 x 3.0 x 0.8 cm, 20% slough, moderate serosanguinous drainage, periwound macerated.
{{score:Braden 12}} (moisture 2, activity 1). Turned q2h, low-air-loss mattress in place.
Negative-pressure dressing changed at 125 mmHg continuous; seal intact at end of procedure.
{{eponym:Foley}} retained for wound protection per protocol, output 45-60 mL/h.
Premedicated with {{drug:oxycodone}} {{dose:5 mg}} 30 min before dressing change; pain {{score:3/10}} during.
Continues {{drug:Keflex}} {{dose:500 mg}} PO q6h day 4 of 7 for periwound cellulitis; erythema receding from marked border.
{{lab:Prealbumin 11}}, {{lab:albumin 2.6}}; dietitian consult placed for protein supplement.""",
         summary="""Stage 3 sacral pressure injury with {{score:Braden 12}}; negative-pressure dressing changed, {{drug:Keflex}} continued, nutrition consult placed for {{lab:albumin 2.6}}."""),

    dict(style="nursing_flowsheet", note="""\
Acute rehab - shift comments
Pt [[NAME:Agnes Vlahović]], [[AGE:93]] y/o, L hip ORIF POD 5.
[[NAME:Bill]] (neighbor) visited 1400-1500 and brought her glasses. Full name [[NAME:Bill Thorsby]], listed as HCPOA alternate.
PT: gait belt, 60 ft x2 with front-wheeled walker. {{score:Morse 65}} -> high fall risk, chair alarm.
{{drug:Enoxaparin}} {{dose:40 mg}} SQ daily continues. {{lab:Hgb 9.4}} stable.
{{vital:BP 108/60}} sitting, {{vital:BP 94/52}} standing with lightheadedness -> returned to bed, Dr. [[NAME:Ishikawa]] notified, {{drug:tamsulosin}} held tonight.
[[NAME:Agnes]] asked that her niece [[NAME:Dora]] not be given information. Privacy flag updated.""",
         summary="""[[AGE:93]]-year-old [[NAME:Agnes Vlahović]] after hip ORIF is orthostatic ({{vital:BP 94/52}} standing); {{drug:tamsulosin}} held. Neighbor [[NAME:Bill Thorsby]] is the alternate HCPOA; niece [[NAME:Dora]] is not to get information."""),

    dict(style="nursing_flowsheet", note="""\
Med-surg 6N flowsheet
0800 Pt [[NAME:Kaleo Kahananui]] (goes by "[[NAME:Leo]]") up in chair, {{score:pain 4/10}}.
0915 Friend [[NAME:Makana]] here; pt gave verbal OK to discuss plan in front of her.
1000 {{drug:Zosyn}} {{dose:3.375 g}} IV q8h infusing over 4 h. PICC placement scheduled for [[DATE:Thursday 6/13]].
1200 {{lab:WBC 14.2}} down from {{lab:WBC 18.9}}. {{vital:T 37.6}}.
1300 Dr. [[NAME:Pualani Akana]] (ID consult) at bedside. Plan 4 wk IV therapy for vertebral osteomyelitis; home infusion coordinated by [[NAME:Chaz]] at the home-infusion pharmacy, fax [[PHONE:808-955-2231]].
1500 Pt asks to move the PICC to [[DATE:6/14]] so his sister [[NAME:Noelani]] can be there.""",
         summary="""[[NAME:Leo Kahananui]] on {{drug:Zosyn}} for vertebral osteomyelitis, {{lab:WBC 14.2}} falling; PICC planned for [[DATE:6/13]] or [[DATE:6/14]] with sister [[NAME:Noelani]] present."""),

    dict(style="nursing_flowsheet", note="""\
Ortho 5S - flowsheet comments
[[NAME:Grant]] at bedside all shift (pt's husband, [[NAME:Grant Eckhardt]]); pt is [[NAME:Liesl Eckhardt]], R TKA POD 1.
CPM 0-70 deg x 2 h, tolerated. Cryotherapy cuff on.
{{drug:Oxycodone}} {{dose:10 mg}} at 0940 and 1420; {{drug:acetaminophen}} {{dose:1 g}} q8h scheduled.
{{drug:Zofran}} {{dose:4 mg}} IV x1 for nausea.
Calf soft, {{eponym:Homans sign}} not tested per policy; SCDs on.
{{vital:BP 138/76}} {{vital:HR 74}} {{vital:RR 16}}.
[[NAME:Grant]] asks for a copy of the home exercise sheet and prefers texts at [[PHONE:920.331.7064]].
Hand-off to night RN [[NAME:Oksana]] at 1900.""",
         summary="""[[NAME:Liesl Eckhardt]] is POD 1 after right TKA, pain controlled with {{drug:oxycodone}} {{dose:10 mg}}, nausea treated with {{drug:Zofran}}. Husband [[NAME:Grant]] asked for exercise handouts."""),

    dict(style="nursing_flowsheet", note="""\
INFUSION CENTER FLOWSHEET
PT: [[NAME:YILDIRIM, EMRE]]   MRN: [[MRN:00417723]]   DOB: [[DATE:11/02/1958]]
Cycle 3 day 1 FOLFOX. Pre: {{lab:ANC 1.9}}, {{lab:Plt 142}}, {{lab:Cr 0.9}}. OK to treat per Dr. [[NAME:Raghunathan]].
Premeds {{drug:ondansetron}} {{dose:16 mg}} PO, {{drug:dexamethasone}} {{dose:12 mg}} IV.
{{drug:Oxaliplatin}} {{dose:85 mg/m2}} started 1010, completed 1215, no reaction.
Cold dysesthesia grade 1; counseled to avoid cold drinks x 5 days.
{{drug:5-FU}} pump connected, disconnect [[DATE:Fri 10/18]] in clinic with Nurse [[NAME:Lupita]].
Spouse [[NAME:Aylin]] drove pt. Next cycle [[DATE:2024-10-30]].""",
         summary="""[[NAME:Emre Yildirim]] got cycle 3 of FOLFOX with {{drug:oxaliplatin}} {{dose:85 mg/m2}} and no reaction; pump off [[DATE:10/18]], next cycle [[DATE:2024-10-30]]."""),

    # ------------------------------------------------------------------ SBAR handoffs
    dict(style="sbar_handoff", note="""\
SBAR - ED to 7 East
S: [[NAME:Haruto Ishikawa-Greer]], {{age:71}} M, admitted for NSTEMI, {{lab:troponin 0.84}} and rising.
B: CAD s/p stent 2019, DM2 on {{drug:Jardiance}} {{dose:10 mg}}, CKD 3 ({{lab:Cr 1.6}}). Lives with partner [[NAME:Tobias]].
A: {{vital:BP 148/82}}, {{vital:HR 92}}, {{vital:SpO2 96%}} RA. {{drug:Heparin}} gtt at {{dose:12 units/kg/h}}, {{drug:aspirin}} {{dose:324 mg}} given 1512, {{drug:atorvastatin}} {{dose:80 mg}} given.
R: Cath lab aware, Dr. [[NAME:Friedrich Hollerbach]] to see in AM. Repeat aPTT at 2130. [[NAME:Tobias]] wants a call when he's upstairs: [[PHONE:+1 (415) 880-2176]].
Given by [[NAME:Delphine]] RN (ED) to [[NAME:Ruairi]] RN (7E) at 1640.""",
         summary="""ED-to-floor handoff for [[NAME:Haruto Ishikawa-Greer]], {{age:71}}, with NSTEMI on {{drug:heparin}}; cath planned with Dr. [[NAME:Hollerbach]]. Partner [[NAME:Tobias]] to be called."""),

    dict(style="sbar_handoff", note="""\
SBAR - night RN to covering provider
S: Post-op day 2 laparoscopic cholecystectomy, new {{vital:HR 124}} and {{vital:T 38.9}}.
B: Pain controlled on {{drug:hydromorphone}} PCA, {{eponym:Murphy sign}} was positive pre-op, drain output 220 mL bilious-appearing since 1800.
A: {{vital:BP 96/58}}, {{vital:RR 24}}, {{vital:SpO2 93%}}. {{score:qSOFA 2}}. {{lab:WBC 17.1}}, {{lab:T bili 3.4}}.
R: Request bedside eval, blood cultures, {{drug:piperacillin-tazobactam}}, consider HIDA or ERCP; {{dose:30 mL/kg}} bolus started per sepsis protocol.""",
         summary="""Night-shift SBAR for a post-cholecystectomy patient with fever, tachycardia, bilious drain output and {{score:qSOFA 2}}; sepsis bundle started and evaluation requested."""),

    dict(style="sbar_handoff", note="""\
SBAR call 0210 to Dr. [[NAME:Kulkarni]] (hospitalist on call, pager [[PHONE:3391]])
Situation: [[NAME:Harpreet Sandhu]] rm 618 with new confusion, pulling at lines.
Background: {{age:78}} F, UTI on {{drug:ceftriaxone}} {{dose:1 g}} daily, baseline per daughter [[NAME:Jasleen]] is "sharp, does her own crossword".
Assessment: {{score:CAM positive}}, {{vital:BP 164/70}}, {{lab:glucose 61}} on fingerstick -> {{drug:D50}} {{dose:25 g}} given, recheck 112. Got {{drug:glipizide}} {{dose:5 mg}} at 1700.
Recommendation: hold {{drug:glipizide}}, q2h FSBG, 1:1 sitter. Dr. [[NAME:Kulkarni]] agrees, will see pt. [[NAME:Jasleen]] updated at [[PHONE:(952) 417-6620]] and is coming in.""",
         summary="""Overnight hypoglycemia ({{lab:glucose 61}}) with delirium in [[NAME:Harpreet Sandhu]], {{age:78}}, on {{drug:glipizide}}; held, sitter ordered, daughter [[NAME:Jasleen]] called."""),

    dict(style="sbar_handoff", note="""\
RAPID RESPONSE - SBAR documentation
Present: Dr. [[NAME:Hyun-woo Jang]] (ICU), [[NAME:Marisol Quintero Salazar]] RN, RT [[NAME:Kwabena]], pharmacist [[NAME:Ingrid Solberg]], charge RN [[NAME:Felicity]].
S: [[NAME:Pieter van der Berg]], bed 4, acute dyspnea, {{vital:SpO2 82%}} on 4 L.
B: COPD, {{drug:Spiriva}}, {{drug:Advair}}; admitted [[DATE:04-Mar-2024]] for CAP.
A: {{vital:RR 32}}, accessory muscle use, ABG {{lab:pH 7.28}} {{lab:pCO2 64}}. {{score:GCS 14}}.
R: BiPAP 14/6 started, {{drug:methylprednisolone}} {{dose:125 mg}} IV, {{drug:albuterol}}/{{drug:ipratropium}} nebs back to back. Transfer to ICU. Wife [[NAME:Marijke]] called by [[NAME:Felicity]].""",
         summary="""Rapid response for [[NAME:Pieter van der Berg]] with hypercapnic COPD exacerbation ({{lab:pCO2 64}}); BiPAP started and transferred to ICU by Dr. [[NAME:Jang]]'s team."""),

    dict(style="sbar_handoff", note="""\
End-of-shift SBAR, pod B (3 pts)
Bed 21 - [[NAME:Okafor, Chidi]] - S: CHF exac, B: EF 25%, A: net -1.8 L, {{lab:Cr 1.4}}, R: cont {{drug:furosemide}} {{dose:80 mg}} IV BID, daughter [[NAME:Adaeze]] brings his own CPAP tonight.
Bed 22 - [[NAME:Summer Lindgren]] - S: cellulitis L leg, B: IVDU hx, A: afebrile, margins receding, R: {{drug:cefazolin}} {{dose:2 g}} q8h, wants to talk to SW [[NAME:Rhiannon]] about housing.
Bed 23 - [[NAME:Yusuf Al-Khatib]] - S: pancreatitis, B: {{lab:lipase 1840}} on admit, A: {{score:pain 7/10}}, NPO, R: {{drug:hydromorphone}} {{dose:0.5 mg}} IV q3h prn, brother [[NAME:Tariq]] is the contact ([[PHONE:313-720-5514]]).
Off-going: [[NAME:Ngaire]] RN. On-coming: [[NAME:Bao]] RN.""",
         summary="""Three-patient SBAR: [[NAME:Chidi Okafor]] diuresing, [[NAME:Summer Lindgren]] improving on {{drug:cefazolin}}, [[NAME:Yusuf Al-Khatib]] with pancreatitis ({{lab:lipase 1840}})."""),

    dict(style="sbar_handoff", note="""\
SBAR - hospital to SNF nurse-to-nurse report (called 1515)
S: Transferring [[NAME:Matthias Kowalczyk-Brandt]], DOB [[DATE:1939-07-22]], to Lakeview Rehab, room 108.
B: Admitted [[DATE:9/2]] with urosepsis; hx {{eponym:Parkinson disease}} on {{drug:Sinemet}} {{dose:25/100}} 1.5 tabs TID - timing is critical, last dose 1400.
A: Afebrile x 72 h, {{lab:WBC 8.1}}, {{score:Braden 15}}. Swallow: mechanical soft, thin liquids.
R: Finish {{drug:cefpodoxime}} {{dose:200 mg}} BID through [[DATE:9/10]]. Neuro f/u with Dr. [[NAME:Declan McGrath]]. Report taken by [[NAME:Shawnte]] LPN, callback [[PHONE:218-555-0193]].""",
         summary="""Nurse-to-nurse SBAR sending [[NAME:Matthias Kowalczyk-Brandt]] to rehab after urosepsis; {{drug:Sinemet}} timing stressed, antibiotics until [[DATE:9/10]]."""),

    dict(style="sbar_handoff", note="""\
S: pt in bed 9, [[NAME:Rafaela]], post-op day 0 lap appy, asking for more pain meds
B: {{age:19}} yo, no PMH, allergy to {{drug:codeine}} (hives). mom [[NAME:Conceição]] here, speaks Portuguese, interpreter [[NAME:Ademir]] via video.
A: {{score:pain 8/10}}, {{vital:HR 104}}, abd soft, incisions c/d/i. Got {{drug:ketorolac}} {{dose:15 mg}} at 1300.
R: ask surgery for {{drug:oxycodone}} prn, ok to start clears. mom wants call at [[PHONE:(508) 991-2044]] if plan changes. Surgeon Dr [[NAME:Tavares]].""",
         summary="""Brief SBAR for {{age:19}}-year-old [[NAME:Rafaela]] after appendectomy with uncontrolled pain despite {{drug:ketorolac}}; Portuguese-speaking mother [[NAME:Conceição]] to be updated."""),

    # ------------------------------------------------------------------ discharge summaries
    dict(style="discharge_summary", note="""\
DISCHARGE SUMMARY
Patient: [[NAME:Wiśniewska, Katarzyna]]    MRN: [[MRN:5520198]]
Admit: [[DATE:02/11/2025]]   Discharge: [[DATE:02/16/2025]]
Attending: [[NAME:Eleni Papadakis]], MD    PCP: [[NAME:Lorenzo Bettencourt]], DO

Diagnosis: Acute on chronic HFrEF (EF 30%).
Hospital course: Presented with orthopnea and 6 kg weight gain after running out of {{drug:torsemide}}. {{lab:BNP 2140}}. Diuresed with IV {{drug:furosemide}}, net -7.2 L. {{drug:Entresto}} uptitrated to {{dose:49/51 mg}} BID. {{lab:K 4.6}}, {{lab:Cr 1.2}} at discharge. Dry weight 71.4 kg.
Discharge meds: {{drug:torsemide}} {{dose:40 mg}} daily, {{drug:Entresto}} {{dose:49/51 mg}} BID, {{drug:metoprolol succinate}} {{dose:50 mg}}, {{drug:Jardiance}} {{dose:10 mg}}, {{drug:spironolactone}} {{dose:25 mg}}.
Follow-up: HF clinic [[DATE:2/20]] with [[NAME:Rebekah Stoltzfus]] NP; BMP in 1 week. Husband [[NAME:Tomasz]] manages pillbox.""",
         summary="""[[NAME:Katarzyna Wiśniewska]] was admitted [[DATE:02/11/2025]] for decompensated HFrEF after stopping {{drug:torsemide}}, diuresed 7.2 L, and went home [[DATE:02/16/2025]] on {{drug:Entresto}} with HF clinic follow-up [[DATE:2/20]]."""),

    dict(style="discharge_summary", note="""\
Discharge Summary - Neurology
Name: [[NAME:Dale Yellowhorse]]   DOB: [[DATE:5/9/1961]]   Acct: [[MRN:HA-4471902]]
Dates of stay: [[DATE:March 3]] - [[DATE:March 8, 2024]]
Dx: L MCA ischemic stroke, cardioembolic (new AF).
Course: Arrived 95 min from LKW, {{score:NIHSS 9}}; {{drug:tenecteplase}} {{dose:0.25 mg/kg}} given. NIHSS {{score:3}} at discharge (mild R arm drift, mild aphasia). {{eponym:Holter monitor}} not needed, AF on telemetry. {{score:CHA2DS2-VASc 4}}, started {{drug:Eliquis}} {{dose:5 mg}} BID on day 4. {{lab:LDL 142}} -> {{drug:atorvastatin}} {{dose:80 mg}}.
Disposition: Home with home health OT/SLP at [[ADDRESS:2218 Crow Agency Rd, Hardin, MT 59034]]. Sister [[NAME:Velma Yellowhorse]] will stay with him.
F/u: Stroke clinic Dr. [[NAME:Ashkan Rostami]] 4 wks; PCP Dr. [[NAME:Corinne Young]] 1 wk.""",
         summary="""[[NAME:Dale Yellowhorse]] had a cardioembolic left MCA stroke ({{score:NIHSS 9}} to {{score:3}}) treated with {{drug:tenecteplase}} and started on {{drug:Eliquis}}; discharged home to [[ADDRESS:Hardin, MT]] with sister [[NAME:Velma]]."""),

    dict(style="discharge_summary", note="""\
HOSPITAL COURSE (excerpt for transfer packet)
Admitted with {{score:CURB-65 3}} community-acquired pneumonia, RLL consolidation. Started {{drug:ceftriaxone}} {{dose:2 g}} and {{drug:azithromycin}} {{dose:500 mg}}. Day 2 {{vital:SpO2 88%}} on 4 L, escalated to HFNC 40 L/60%; no intubation. {{lab:Procalcitonin 6.2}} -> {{lab:0.4}} by day 6.
Hyponatremia {{lab:Na 126}} felt SIADH; fluid restricted to 1.2 L, {{lab:Na 134}} at discharge.
Delirium on day 3, managed with {{drug:Haldol}} {{dose:0.5 mg}} x2 and reorientation; resolved.
{{lab:HbA1c 8.1%}}: {{drug:metformin}} {{dose:1000 mg}} BID resumed, {{drug:Ozempic}} {{dose:0.25 mg}} weekly added.
Condition at discharge: ambulating independently, {{vital:SpO2 95%}} RA, {{vital:HR 82}}.""",
         summary="""Pneumonia course excerpt: {{score:CURB-65 3}} CAP requiring high-flow oxygen, SIADH ({{lab:Na 126}} to {{lab:134}}), brief delirium, and new {{drug:Ozempic}} for {{lab:HbA1c 8.1%}}."""),

    dict(style="discharge_summary", note="""\
DISCHARGE SUMMARY
Pt: [[NAME:Theodora Nikolaidis-Papp]]    Age: [[AGE:96]]    MRN [[MRN:880-31-447]]
Admitted [[DATE:12/27/23]], discharged [[DATE:01/03/24]].
Reason: Aspiration pneumonia; hypernatremia ({{lab:Na 153}}).
Goals of care: Family meeting [[DATE:12/29/23]] with son [[NAME:Stavros]], granddaughter [[NAME:Irini Papp]], and palliative NP [[NAME:Whitlock]]. DNR/DNI confirmed, MOLST completed. Comfort-focused feeding, no PEG.
Course: {{drug:Unasyn}} {{dose:3 g}} q6h x 5 d then {{drug:Augmentin}} {{dose:875 mg}} BID to finish 7 d. Free water {{dose:200 mL}} q4h via PO as tolerated. {{score:PPS 40%}}.
Disposition: Return to Ridgecrest Assisted Living with hospice referral. Hospice intake contact: [[NAME:Gwendolyn Marsh-Abara]], [[PHONE:(724) 366-1180 ext 14]].""",
         summary="""[[AGE:96]]-year-old [[NAME:Theodora Nikolaidis-Papp]] treated for aspiration pneumonia and {{lab:Na 153}}, made DNR/DNI at a meeting with son [[NAME:Stavros]] on [[DATE:12/29/23]], and returned to assisted living with hospice referral."""),

    dict(style="discharge_summary", note="""\
Discharge summary - GI
[[NAME:Rutger van der Hoeven]] | MRN [[MRN:4009817]] | adm [[DATE:2024-08-14]] | d/c [[DATE:2024-08-17]]
Upper GI bleed from {{eponym:Forrest IIa}} duodenal ulcer. {{lab:Hgb 6.8}} on arrival, 2 u PRBC -> {{lab:Hgb 8.9}}. EGD by Dr. [[NAME:Amélie Le Goff]] [[DATE:8/14]]: clip + epinephrine. H. pylori biopsy positive.
{{score:Glasgow-Blatchford 12}} on admit. NSAID use: {{drug:naproxen}} {{dose:500 mg}} BID for knee OA - stopped.
Meds: {{drug:pantoprazole}} {{dose:40 mg}} BID x 8 wk, {{drug:amoxicillin}} {{dose:1 g}} BID, {{drug:clarithromycin}} {{dose:500 mg}} BID, 14 days.
Follow-up: repeat EGD 8-12 wk; PCP Dr. [[NAME:Ravensworth]] [[DATE:Aug 26]]. Wife [[NAME:Femke]] received teaching on melena.""",
         summary="""[[NAME:Rutger van der Hoeven]] had a bleeding duodenal ulcer clipped by Dr. [[NAME:Le Goff]], was transfused for {{lab:Hgb 6.8}}, and started H. pylori therapy; {{drug:naproxen}} stopped."""),

    dict(style="discharge_summary", note="""\
DISCHARGE SUMMARY (Pediatric endocrine -> adult transition pt)
Patient: [[NAME:Storm Akinyemi-Holt]], {{age:24}} y/o. MRN [[MRN:70022516]].
Admission [[DATE:10 Jan 2025]] for DKA: {{lab:glucose 612}}, {{lab:pH 7.08}}, {{lab:bicarb 6}}, {{lab:anion gap 28}}. Insulin drip, gap closed in 14 h. Trigger: missed {{drug:Lantus}} doses while between insurance plans.
Discharge regimen: {{drug:insulin glargine}} {{dose:24 units}} qHS, {{drug:insulin lispro}} {{dose:1 unit/10 g}} carb + correction. Libre sensor restarted.
SW ([[NAME:Marguerite Oyelaran]]) enrolled pt in manufacturer assistance; 90-day supply confirmed with pharmacy.
Emergency contact: mother [[NAME:Funmilayo Akinyemi]] [[PHONE:470-228-9136]]. Endo f/u with Dr. [[NAME:Björnsdóttir]] on [[DATE:1/21/25]].""",
         summary="""[[NAME:Storm Akinyemi-Holt]], {{age:24}}, had DKA ({{lab:pH 7.08}}) after missing {{drug:Lantus}} during an insurance gap; insulin assistance arranged and endocrine follow-up [[DATE:1/21/25]]."""),

    dict(style="discharge_summary", note="""\
Discharge Summary
Patient name: [[NAME:Malia Fonoti Kealamakia]]    DOB [[DATE:03.12.1947]]
Admitted [[DATE:7/30]] (transfer from [[ADDRESS:Hilo]]) -> discharged [[DATE:8/6/2024]] to skilled nursing.
Left femoral neck fracture after mechanical fall at home on [[DATE:7/29]]. Hemiarthroplasty [[DATE:7/31]] by Dr. [[NAME:Kekoa Palakiko]].
Post-op {{lab:Hgb 8.2}}, no transfusion. {{drug:Enoxaparin}} {{dose:40 mg}} daily x 28 d. {{drug:Vitamin D3}} {{dose:2000 IU}}, start {{drug:Prolia}} after dental clearance. {{lab:25-OH vit D 14}}.
Delirium screen {{score:4AT 2}}. Weight-bearing as tolerated with posterior hip precautions.
Facility: Kupuna Care Center, [[ADDRESS:45-090 Namoku St, Kaneohe, HI 96744]]. Son [[NAME:Ikaika]] is POA.""",
         summary="""[[NAME:Malia Kealamakia]] had a hemiarthroplasty by Dr. [[NAME:Palakiko]] on [[DATE:7/31]] for a femoral neck fracture and was discharged [[DATE:8/6/2024]] to a care center in [[ADDRESS:Kaneohe]] on {{drug:enoxaparin}}."""),

    # ------------------------------------------------------------------ telephone encounters
    dict(style="telephone_encounter", note="""\
Telephone Encounter
[[NAME:Keiko]] called back at 10:40 re: her thyroid labs. Verified name and DOB ([[NAME:Keiko Matsumura]], [[DATE:8/19/1976]]).
Reviewed with pt: {{lab:TSH 0.08}}, {{lab:free T4 2.3}} on {{drug:levothyroxine}} {{dose:125 mcg}}. Per Dr. [[NAME:Sanjeev Kulkarni]], decrease to {{dose:112 mcg}} daily, repeat TFTs 6 weeks. She has {{eponym:Hashimoto thyroiditis}}; denies palpitations, tremor.
Pt asked if brand {{drug:Synthroid}} vs generic matters - advised to stay consistent.
New Rx sent to her usual pharmacy. Pt would like results by MyChart going forward.
-- [[NAME:Tavita]], LPN""",
         summary="""[[NAME:Keiko Matsumura]] called back about {{lab:TSH 0.08}} on {{drug:levothyroxine}} {{dose:125 mcg}}; dose cut to {{dose:112 mcg}} per Dr. [[NAME:Kulkarni]]."""),

    dict(style="telephone_encounter", note="""\
Phone note - Rx refill
Caller: [[NAME:Bo Phạm]] (son) for pt [[NAME:Phạm Thị Lan]] (DOB [[DATE:1944-01-05]], MRN [[MRN:6671204]]).
Requesting refills: {{drug:amlodipine}} {{dose:10 mg}} ({{drug:Norvasc}} brand not required); {{drug:losartan}} {{dose:100 mg}}; {{drug:Xarelto}} {{dose:15 mg}} daily.
Last BP in clinic {{vital:BP 132/78}}; {{lab:eGFR 41}} -> {{drug:Xarelto}} dose appropriate per pharmacist [[NAME:Osei]].
Pharmacy: CVS #4417, ph [[PHONE:651.489.2210]].
Son also asks whether mom can take {{drug:Tylenol PM}} for sleep - advised avoid diphenhydramine at her age ({{age:80}}), use melatonin {{dose:3 mg}}.
Sent to Dr. [[NAME:Trương]] for signature.""",
         summary="""Son [[NAME:Bo Phạm]] requested refills for his mother [[NAME:Phạm Thị Lan]], including {{drug:Xarelto}} {{dose:15 mg}} checked against {{lab:eGFR 41}}; diphenhydramine discouraged."""),

    dict(style="telephone_encounter", note="""\
Nurse triage - telephone (protocol: chest pain, adult)
Caller reports substernal pressure x 40 min, radiating to L jaw, with diaphoresis. Took {{drug:nitroglycerin}} {{dose:0.4 mg}} SL x1 with partial relief. Home BP cuff {{vital:BP 178/96}}, {{vital:HR 58}}.
Hx: HTN, HLD, on {{drug:Norvasc}}, {{drug:Lipitor}}, {{drug:aspirin}} {{dose:81 mg}}.
Disposition: Call 911 now. Caller agreed, stayed on line until EMS arrived. Advised to chew {{drug:aspirin}} {{dose:325 mg}} if no allergy.
Protocol reference: chest pain, adult, disposition level 1.""",
         summary="""Telephone triage of chest pressure with diaphoresis ({{vital:BP 178/96}}) partially relieved by {{drug:nitroglycerin}}; caller directed to 911 and told to chew {{drug:aspirin}}."""),

    dict(style="telephone_encounter", note="""\
TE 14:20 - [[NAME:Okafor]]'s daughter called ([[NAME:Ifeoma]], on HIPAA release) about her father, [[NAME:Chidi]], discharged yesterday.
He is short of breath walking to the bathroom, weight up 1.5 kg since discharge (home scale), ankles more swollen.
Taking {{drug:furosemide}} {{dose:40 mg}} PO daily (was {{dose:80 mg}} IV BID inpatient). Took {{drug:Aldactone}}? She is not sure.
Advised: extra {{dose:40 mg}} {{drug:furosemide}} this afternoon per HF protocol, BMP tomorrow, visit with [[NAME:Rebekah Stoltzfus]] NP moved up to [[DATE:Wednesday 2/19]] 9:00.
Daughter's cell [[PHONE:(651) 332-0098]]. Will call back if he worsens; ED precautions given.""",
         summary="""[[NAME:Okafor]]'s daughter [[NAME:Ifeoma]] reported weight gain and dyspnea the day after discharge; extra {{drug:furosemide}} {{dose:40 mg}} advised and HF visit moved to [[DATE:2/19]]."""),

    dict(style="telephone_encounter", note="""\
After-hours answering service message, 23:12
"Caller [[NAME:Mariam Haddad-Sorensen]] DOB [[DATE:4-14-88]] states her son [[NAME:Elias]] ({{age:6}}) has fever {{vital:103.1}} and ear pain, gave {{drug:Motrin}} {{dose:200 mg}} at 2200. Callback [[PHONE:612 555 0148]]."
On-call Dr. [[NAME:Whitcombe-Nakamura]] returned call 23:25. Child drinking, playful after {{drug:ibuprofen}}, no rash, no stiff neck. Weight 21 kg.
Plan: alternate {{drug:acetaminophen}} {{dose:320 mg}} if needed, clinic visit in AM; likely AOM, may need {{drug:amoxicillin}} {{dose:90 mg/kg/day}}.
Scheduled with [[NAME:Paisley]] at front desk for 0830.""",
         summary="""After-hours call from [[NAME:Mariam Haddad-Sorensen]] about son [[NAME:Elias]], {{age:6}}, with fever and ear pain; home care reviewed by Dr. [[NAME:Whitcombe-Nakamura]] and a morning visit booked."""),

    dict(style="telephone_encounter", note="""\
Anticoag clinic phone note
Spoke with pt ([[NAME:Gunnar Halvorsen]], verified by DOB [[DATE:June 2, 1950]]).
POC {{lab:INR 4.1}} from home meter yesterday. On {{drug:Coumadin}} {{dose:5 mg}} daily except {{dose:2.5 mg}} Mon/Fri. Recently started {{drug:Bactrim}} from urgent care for UTI.
No bleeding, no dark stools. Hold tonight's dose, resume {{dose:2.5 mg}} x 2 days, recheck [[DATE:Fri 5/17]].
Wife [[NAME:Sigrid]] sets up meds - reviewed with her on speaker.
Next appointment with [[NAME:Wendeline]] PharmD. Phone on file [[PHONE:218-727-4409]].""",
         summary="""[[NAME:Gunnar Halvorsen]] had {{lab:INR 4.1}} on {{drug:Coumadin}} after starting {{drug:Bactrim}}; one dose held and recheck [[DATE:5/17]]."""),

    dict(style="telephone_encounter", note="""\
Transfer center call log
Requesting: Dr. [[NAME:Abimbola Fashola]], ED at Pine River Community Hospital, [[PHONE:(320) 616-9085]].
Pt: [[NAME:Jakub Nowicki]], {{age:58}} M, DOB [[DATE:02/28/1966]]. STEMI inferior, door time 13:52, {{drug:heparin}} {{dose:4000 units}} and {{drug:ticagrelor}} {{dose:180 mg}} given.
{{vital:BP 92/60}}, {{vital:HR 48}} - {{drug:atropine}} x1.
Accepting: Dr. [[NAME:Friedrich Hollerbach]], interventional. Cath lab activated 14:10. Transport by air.
Wife [[NAME:Danuta]] driving separately, asked for our ED's address, given: [[ADDRESS:900 Mill Creek Pkwy, St. Cloud]].""",
         summary="""Transfer call for [[NAME:Jakub Nowicki]], {{age:58}}, with inferior STEMI and bradycardia; accepted by Dr. [[NAME:Hollerbach]] for emergent cath."""),

    # ------------------------------------------------------------------ patient portal messages
    dict(style="portal_message", note="""\
hi dr [[NAME:haddad]] its me [[NAME:yousef]], sorry to bother. i been taking the new bp pill {{drug:lisinopril}} {{dose:10mg}} but now i got this dry cough alot at night and my wife say i sound like a goose lol. is this normal?? also my sugar was {{lab:182}} this morning before food. should i still take the {{drug:metformin}} {{dose:500}} or double it. thank u
[[NAME:yousef]]""",
         summary="""Portal message from [[NAME:Yousef]] to Dr. [[NAME:Haddad]] about a dry cough on {{drug:lisinopril}} {{dose:10mg}} and a fasting sugar of {{lab:182}} on {{drug:metformin}}."""),

    dict(style="portal_message", note="""\
Re: Re: rash on baby

From: [[NAME:Priyanka Raghavan]] (proxy for [[NAME:Aarav Raghavan]])
ok so the cream helped a bit but its back on his cheeks and behind knees. he is {{age:9}} months now. we used the {{drug:hydrocortisone}} {{dose:1%}} twice a day like [[NAME:Becca]] said. my mother in law wants to use coconut oil?? is that ok. also his sister [[NAME:Ishani]] has the same thing on her elbows, shes {{age:4}}. can u see both of them same appt

---
Reply from [[NAME:Rebecca Thornquist]], RN:
Hi [[NAME:Priyanka]], coconut oil is fine as a moisturizer. I booked both kids with Dr. [[NAME:Oduya]] on the [[DATE:22nd]] at 3:15. Please bring the {{drug:Aquaphor}} and any products you use.""",
         summary="""Mother [[NAME:Priyanka Raghavan]] wrote about eczema in infant [[NAME:Aarav]] and his sister [[NAME:Ishani]], {{age:4}}, partly helped by {{drug:hydrocortisone}} {{dose:1%}}; both booked with Dr. [[NAME:Oduya]] on the [[DATE:22nd]]."""),

    dict(style="portal_message", note="""\
Subject: question about my meds before colonoscopy

hello, i have my colonoscopy next week and the instructions say stop blood thinners. i take {{drug:eliquis}} {{dose:5 mg}} two times and also {{drug:jardiance}}. do i stop both?? and how many days. i also take {{drug:ozempic}} once a week on sundays, someone told me that one matters too because of the stomach emptying. i dont want to get a stroke from stopping the {{drug:eliquis}}. thanks""",
         summary="""Unsigned portal question about holding {{drug:eliquis}} {{dose:5 mg}}, {{drug:jardiance}} and weekly {{drug:ozempic}} before a colonoscopy."""),

    dict(style="portal_message", note="""\
Message from patient: [[NAME:Faustina Obeng-Mensah]]
Sent: [[DATE:11/4/2024]] 6:02 AM

Good morning Nurse [[NAME:Ebony]], I checked my pressure like you showed me. Monday {{vital:148/92}}, Tuesday {{vital:151/95}}, today {{vital:160/98}}. I am taking the {{drug:amlodipine}} {{dose:5}} every morning. I ran out of the {{drug:hydrochlorothiazide}} on Saturday, the pharmacy says it needs a new prescription. My grandson [[NAME:Kofi]] set up this app for me so please answer here or call my house [[PHONE:651-488-7723]]. God bless.

Staff reply ([[NAME:Ebony Carrington-Pratt]] RN, [[DATE:11/4/2024]] 9:18 AM): Refill sent. Please keep logging and bring the cuff to your visit with Dr. [[NAME:Antwi]].""",
         summary="""[[NAME:Faustina Obeng-Mensah]] reported rising home BP to {{vital:160/98}} after running out of {{drug:hydrochlorothiazide}}; RN [[NAME:Ebony]] sent a refill on [[DATE:11/4/2024]]."""),

    dict(style="portal_message", note="""\
from: [[EMAIL:jmcgarrigle77@gmail.com]]
to: clinic inbox

hey its [[NAME:Jimmy McGarrigle]] again. my login is [[NAME:jmcgarrigle77]] but the portal keeps saying locked so im emailing. the knee shot ({{drug:kenalog}}) you did on the [[DATE:3rd]] wore off already. can i get another or do we do the gel shots now. also the {{drug:tramadol}} {{dose:50}} isnt doing much. my wife [[NAME:Noreen]] says i should ask about seeing dr [[NAME:mcbride]] for the replacement.""",
         summary="""E-mail from [[NAME:Jimmy McGarrigle]] ([[EMAIL:jmcgarrigle77@gmail.com]]) saying his {{drug:Kenalog}} knee injection from the [[DATE:3rd]] wore off and {{drug:tramadol}} is not helping; asks about seeing Dr. [[NAME:McBride]]."""),

    dict(style="portal_message", note="""\
I HAVE BEEN WAITING 3 WEEKS FOR SOMEONE TO CALL ME ABOUT MY MRI RESULTS. I HAVE A TUMOR ON MY PITUITARY AND NOBODY WILL TELL ME ANYTHING. MY PROLACTIN WAS {{lab:212}} AND DR. [[NAME:SVENSSON-ORTIZ]] SAID SHE WOULD CALL. I AM ON {{drug:CABERGOLINE}} {{dose:0.25 MG}} TWICE A WEEK. PLEASE SOMEBODY CALL ME [[PHONE:763-908-1145]]. [[NAME:MARGARITA ELIZONDO]]""",
         summary="""[[NAME:Margarita Elizondo]] wrote in capitals that nobody has called about her pituitary MRI; prolactin was {{lab:212}} on {{drug:cabergoline}} and she asks Dr. [[NAME:Svensson-Ortiz]] to call [[PHONE:763-908-1145]]."""),

    dict(style="portal_message", note="""\
pt msg: hi its [[NAME:june]], [[NAME:marcus]] mom. he had the strep test friday and it was positve so they gave {{drug:amoxicilin}} {{dose:500}} but now hes got red bumps all over his belly and arms. no trouble breathing. is he alergic?? he is {{age:11}}. should i stop it. his dad [[NAME:will]] thinks its just from the strep. thx - [[NAME:june okoro-baines]]

nurse reply ([[NAME:Cheyenne]] RN): Hi [[NAME:June]], please stop the {{drug:amoxicillin}} and send a photo. Rash with {{drug:amoxicillin}} during strep is common and may not be a true allergy, but Dr. [[NAME:Lindqvist]] wants to see it. Switching to {{drug:cephalexin}} if ok. -[[NAME:Cheyenne]]""",
         summary="""Mother [[NAME:June Okoro-Baines]] reports a rash on {{drug:amoxicillin}} in her son [[NAME:Marcus]], {{age:11}}; nurse [[NAME:Cheyenne]] advised stopping it and sending a photo for Dr. [[NAME:Lindqvist]]."""),

    dict(style="portal_message", note="""\
To: Dr. [[NAME:Aurelio Benavídez]]
From: [[NAME:Teodoro]] "[[NAME:Teddy]]" [[NAME:Arceneaux]]
Subject: sleep study + "[[NAME:Papa]]" update

Dr [[NAME:B]] - the sleep study place finally called. Appointment is [[DATE:12-03-2024]] at the lab on [[ADDRESS:Hwy 90]] in [[ADDRESS:Lafayette]]. The home test showed {{score:AHI 38}} per the letter. They want me on CPAP at 12 cm.
Also my dad ("[[NAME:Papa]]", [[NAME:Lucien Arceneaux]]) is now [[AGE:91]] and keeps falling, can he see you too? His number is [[PHONE:337-264-0917]].
My meds: {{drug:Flomax}} {{dose:0.4 mg}}, {{drug:Crestor}} {{dose:20 mg}}.""",
         summary="""[[NAME:Teddy Arceneaux]] reports a sleep lab visit on [[DATE:12-03-2024]] after a home test with {{score:AHI 38}}, and asks Dr. [[NAME:Benavídez]] to see his [[AGE:91]]-year-old father [[NAME:Lucien]], who keeps falling."""),

    # ------------------------------------------------------------------ consult / referral letters
    dict(style="consult_letter", note="""\
[[DATE:14 May 2024]]

Dear Dr. [[NAME:Hollerbach]],

Thank you for seeing Mrs. [[NAME:Zhou Meilin]] (DOB [[DATE:09/30/1954]], MRN [[MRN:2093377]]), a {{age:69}}-year-old retired accountant whom I follow for hypertension and hyperlipidaemia. Over the past two months she has had exertional chest tightness climbing the stairs to her apartment at [[ADDRESS:88 Grand St, Apt 5F, New York, NY 10013]]. Resting ECG shows new T-wave inversion V4-V6. {{lab:LDL 168}} despite {{drug:rosuvastatin}} {{dose:10 mg}}; {{vital:BP 146/84}} in clinic.

Current medications: {{drug:amlodipine}} {{dose:5 mg}}, {{drug:rosuvastatin}} {{dose:10 mg}}, {{drug:aspirin}} {{dose:81 mg}}.

Her son [[NAME:Guo Wei]] usually accompanies her and interprets (Mandarin); he can be reached on [[PHONE:917-442-3081]].

With kind regards,
[[NAME:Xiaoyan Tang]], MD
Internal Medicine""",
         summary="""Referral letter from Dr. [[NAME:Xiaoyan Tang]] asking Dr. [[NAME:Hollerbach]] to evaluate exertional chest tightness and new T-wave inversions in Mrs. [[NAME:Zhou Meilin]], {{age:69}}, with {{lab:LDL 168}} on {{drug:rosuvastatin}}."""),

    dict(style="consult_letter", note="""\
NEUROLOGY CONSULTATION - letter to referring physician

Dr. [[NAME:Corinne Young]]
Family Medicine, [[ADDRESS:410 West Superior St, Duluth, MN 55802]]

Re: [[NAME:Siobhán O'Sullivan]], DOB [[DATE:22/10/1983]]

Dear Dr. [[NAME:Young]],
I saw Ms. [[NAME:O'Sullivan]] today for sudden right facial weakness beginning [[DATE:Sunday 4/7]]. Exam shows complete right lower motor neuron facial palsy involving the forehead, {{score:House-Brackmann grade IV}}, consistent with {{eponym:Bell palsy}}. No vesicles; {{eponym:Ramsay Hunt}} unlikely. She started {{drug:prednisone}} {{dose:60 mg}} on day 2, which I would continue for 5 days then taper; adding {{drug:valacyclovir}} {{dose:1 g}} TID x 7 d. Eye protection reviewed.
I will see her again in 6 weeks. Her partner, [[NAME:Aoife Brennan-Keogh]], was present.

Sincerely,
[[NAME:Declan McGrath]], MD, PhD
cc: [[NAME:Siobhán O'Sullivan]]""",
         summary="""Dr. [[NAME:McGrath]] wrote to Dr. [[NAME:Young]] that [[NAME:Siobhán O'Sullivan]] has {{eponym:Bell palsy}} since [[DATE:4/7]], treated with {{drug:prednisone}} and {{drug:valacyclovir}}."""),

    dict(style="consult_letter", note="""\
Dear Colleague,

Thank you for referring this patient with resistant hypertension. Home readings average {{vital:158/96}} despite {{drug:amlodipine}} {{dose:10 mg}}, {{drug:olmesartan}} {{dose:40 mg}} and {{drug:chlorthalidone}} {{dose:25 mg}}. {{lab:K 3.2}} unprovoked, {{lab:aldosterone 24}}, {{lab:renin <0.6}}, ARR well above threshold.
CT adrenal: 1.4 cm left adrenal nodule, 8 HU. Overnight {{drug:dexamethasone}} {{dose:1 mg}} suppression test {{lab:cortisol 1.2}}, so {{eponym:Cushing syndrome}} is unlikely.
Impression: probable primary aldosteronism ({{eponym:Conn syndrome}}). Plan adrenal vein sampling; start {{drug:spironolactone}} {{dose:25 mg}} meanwhile, {{drug:KCl}} {{dose:20 mEq}} until K normal.
I shall write again after sampling.

Yours sincerely,
Endocrinology""",
         summary="""Endocrine letter without identifiers: resistant hypertension with {{lab:K 3.2}} and high aldosterone-renin ratio suggests {{eponym:Conn syndrome}}; {{eponym:Cushing syndrome}} excluded, {{drug:spironolactone}} started pending adrenal vein sampling."""),

    dict(style="consult_letter", note="""\
Dermatology Outpatients
[[DATE:3 September 2024]]

Dr [[NAME:H. Mbeki-Lawson]]
The Surgery, [[ADDRESS:12 Ashgrove Road, Bristol BS6 7HN]]

Dear Dr [[NAME:Mbeki-Lawson]]

Re: Mrs [[NAME:Eilidh MacAskill]]   DOB [[DATE:17.03.1952]]   NHS No. [[MRN:485 777 3019]]

Diagnosis: Bullous pemphigoid.
I reviewed Mrs [[NAME:MacAskill]] with her husband Mr [[NAME:Ruaridh MacAskill]]. She has tense bullae on the thighs and forearms, {{score:BPDAI 34}}. Biopsy confirmed subepidermal blister, DIF linear IgG/C3. She started {{drug:sitagliptin}} last winter, which may be relevant; I have asked you to consider stopping it.
Plan: {{drug:clobetasol}} {{dose:0.05%}} cream 30 g daily to whole body, {{drug:doxycycline}} {{dose:200 mg}} daily. Review in 4 weeks with Sister [[NAME:Rowena]] in dressings clinic.

Yours sincerely
Dr [[NAME:Oluwatobi Fagbenle]]
Consultant Dermatologist""",
         summary="""Dermatologist Dr [[NAME:Fagbenle]] confirmed bullous pemphigoid ({{score:BPDAI 34}}) in Mrs [[NAME:Eilidh MacAskill]], suggested stopping {{drug:sitagliptin}}, and started {{drug:clobetasol}} and {{drug:doxycycline}}."""),

    dict(style="consult_letter", note="""\
Endocrine consult note - reply to PCP

To: [[NAME:Sky Hollowell]], PA-C
From: [[NAME:Nazanin Farahani]], MD

Dear [[NAME:Sky]],
Thanks for sending [[NAME:Dariush Rahimzadeh]] ({{age:44}}). His weight gain, purple striae and proximal weakness were concerning for {{eponym:Cushing syndrome}}; two late-night salivary cortisols are elevated and {{lab:24-h UFC 312}}. {{lab:ACTH 48}} (not suppressed), so this is ACTH-dependent. Pituitary MRI shows a 6 mm adenoma. I have referred him to neurosurgery (Dr. [[NAME:Emeka Nwachukwu]]) for transsphenoidal resection.
Incidentally, TPO antibodies are high and {{lab:TSH 6.8}}: {{eponym:Hashimoto thyroiditis}}. Start {{drug:levothyroxine}} {{dose:50 mcg}}.
His wife, [[NAME:Golnaz]], prefers to be called on her mobile [[PHONE:+1-818-306-7741]] for scheduling.
Best,
[[NAME:Naz]]""",
         summary="""Dr. [[NAME:Nazanin Farahani]] reports ACTH-dependent {{eponym:Cushing syndrome}} from a pituitary adenoma in [[NAME:Dariush Rahimzadeh]], {{age:44}}, plus {{eponym:Hashimoto thyroiditis}}; neurosurgery referral to Dr. [[NAME:Nwachukwu]]."""),

    dict(style="consult_letter", note="""\
RHEUMATOLOGY CONSULTATION

Referring: Dr. [[NAME:Bertrand Le Floch]]
Patient: [[NAME:Océane Duvalier-Marchetti]], {{age:36}} F, MRN [[MRN:31-774-019]]
Date of visit: [[DATE:2024-02-05]]

Reason: polyarthralgia, {{eponym:Raynaud phenomenon}}, malar rash.
Findings: {{lab:ANA 1:640}} speckled, {{lab:anti-dsDNA 88}}, {{lab:C3 62}}, {{lab:C4 8}}, {{lab:UPCR 0.9}}. {{vital:BP 136/88}}.
Impression: SLE with possible lupus nephritis; {{score:SLEDAI 14}}.
Plan: {{drug:hydroxychloroquine}} {{dose:400 mg}} daily, {{drug:prednisone}} {{dose:20 mg}}, refer nephrology (Dr. [[NAME:Mireille Kouassi]]) for biopsy. Baseline eye exam.
She asked that results go to her sister [[NAME:Anaïs]] too (release signed).

[[NAME:Gaëlle Fontenot]], MD""",
         summary="""Rheumatologist Dr. [[NAME:Gaëlle Fontenot]] diagnosed SLE ({{score:SLEDAI 14}}) with possible nephritis in [[NAME:Océane Duvalier-Marchetti]], started {{drug:hydroxychloroquine}} and {{drug:prednisone}}, and referred her to Dr. [[NAME:Kouassi]]."""),

    dict(style="consult_letter", note="""\
Surgical Oncology - Consultation Letter

[[DATE:January 9th, 2025]]

Dear Dr. [[NAME:Ravensworth]] and Dr. [[NAME:Raghunathan]],

I met [[NAME:Hamid Qureshi]] and his daughters [[NAME:Sana]] and [[NAME:Hira]] today to discuss his 3.1 cm pancreatic head adenocarcinoma. CT shows no vascular involvement; {{lab:CA 19-9 410}}, {{lab:bilirubin 1.1}} after stent. {{score:ECOG 1}}.
He is a candidate for a {{eponym:Whipple procedure}} after neoadjuvant {{drug:FOLFIRINOX}}. We reviewed risks including delayed gastric emptying and pancreatic fistula.
He would like to start chemotherapy locally at the cancer center in [[ADDRESS:Rochester]]; [[NAME:Sana]] (contact [[EMAIL:sana.qureshi.home@outlook.com]]) will coordinate.

Sincerely,
[[NAME:Miriam Rosenblatt]], MD, FACS""",
         summary="""Dr. [[NAME:Rosenblatt]] saw [[NAME:Hamid Qureshi]] with pancreatic head cancer ({{lab:CA 19-9 410}}, {{score:ECOG 1}}) and plans neoadjuvant {{drug:FOLFIRINOX}} then a {{eponym:Whipple procedure}}; daughter [[NAME:Sana]] coordinates."""),
]
