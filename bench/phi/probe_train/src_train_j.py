"""Hand-written probe training notes, part j: rehabilitation therapies (PT, OT, speech), dietitian, wound care,
dialysis unit, oncology infusion and tumor board notes. Every person, number, date and street is invented."""

NOTES = [
    dict(style="pt_initial_eval", note="""
PHYSICAL THERAPY INITIAL EVALUATION - Acute Ortho
Patient: [[NAME:Carmela Esposito]]   MRN [[MRN:5520913]]   Date: [[DATE:02/04/2025]]
Dx: L TKA POD 1 (Dr. [[NAME:Lombardi]], [[DATE:2/3]]). WBAT per op note.
PMH: OA, HTN, obesity ({{vital:BMI 36}}), prior R TKA 2019.
Social: lives with husband [[NAME:Enzo]] in a 2-story home, 4 STE with R rail, bedroom upstairs. [[NAME:Enzo]] has a bad back and cannot assist with lifting. Daughter [[NAME:Francesca]] lives 10 min away.
Pain: 6/10 at rest, 8/10 with flexion; {{drug:oxycodone}} {{dose:5 mg}} given 40 min before session.
Objective: L knee AROM 8-72 deg. Quad lag 10 deg. Sensation intact. {{vital:BP 132/78}} sitting, {{vital:BP 126/74}} standing, no orthostatic sx.
Bed mobility: min A for LE management. Sit-stand from elevated bed with RW: CGA. Gait 60 ft RW, step-to pattern, CGA, cues for heel strike. Stairs deferred today.
{{score:Berg 38}}/56, {{score:AM-PAC 6-Clicks 16}}.
Assessment: below functional baseline, good candidate for home with HHPT once stairs are safe.
Plan: BID PT, CPM not ordered, stair training tomorrow, ice after sessions. Discussed with RN [[NAME:Jo Ann]] and case manager.
[[NAME:Gabriel Mendes]], PT, DPT
""", summary="""
[[NAME:Carmela Esposito]] is one day after a left TKA and walking 60 ft with a walker at contact-guard level ({{score:Berg 38}}). Stair training comes next so she can go home, where her husband [[NAME:Enzo]] cannot help with lifting.
"""),

    dict(style="ot_progress", note="""
OT Progress Note - Inpatient Rehab   [[DATE:Mon 11/18/2024]]
Pt: [[NAME:Hendrika Bos]]   Rm 412   Dx: R MCA CVA w/ L hemiparesis + L neglect
Session 60 min, 0900-1000.

ADLs: UB dressing min A (was mod A last wk) using hemi-dressing technique; LB dressing mod A, needs cues to attend to L foot. Grooming at sink set-up/supervision, 2 cues to find items on L side of counter.
Toilet transfer w/ grab bar: min A x1. Shower deferred (skin check by nursing today).
LUE: {{score:Brunnstrom stage 3}}, {{score:MAS 1+}} elbow flexors. Edema L hand improved w/ retrograde massage and elevation. Started mirror therapy 10 min.
Cognition: {{score:MoCA 21}}. {{score:Catherine Bergego 14}} (moderate neglect).
Spoke w/ [[NAME:bram]] (husband) at end of session - practiced cueing her to scan left during meals; he wants to come to Thursday session, scheduled.
FIM self-care subtotal 24 -> 29 since admit.
Goals updated, d/c target [[DATE:12/6]] to home w/ [[NAME:Bram]] + outpt OT.
[[NAME:Lotte Verbeek]], OTR/L
""", summary="""
[[NAME:Hendrika Bos]] is improving in upper-body dressing and transfers after a right MCA stroke but still has moderate left neglect. Her husband [[NAME:Bram]] is learning cueing, with discharge home targeted for [[DATE:12/6]].
"""),

    dict(style="slp_swallow_study", note="""
MODIFIED BARIUM SWALLOW STUDY - SPEECH-LANGUAGE PATHOLOGY
PATIENT: [[NAME:GOLDSTEIN, HAROLD M]]   MRN [[MRN:008841276]]   DOS [[DATE:09/30/2024]]
REFERRING: DR [[NAME:NAVARRO-REYES]]   RADIOLOGY: DR [[NAME:FEINBERG]]
HX: {{age:81}} Y/O M, {{eponym:PARKINSON}} DISEASE DX 2016, ADMITTED W/ ASPIRATION PNA. CXR RLL INFILTRATE.
CONSISTENCIES: IDDSI 0 THIN, 2 MILDLY THICK, 4 PUREE, 7 REGULAR (CRACKER).
FINDINGS: REDUCED TONGUE BASE RETRACTION, DELAYED SWALLOW INITIATION TO PYRIFORM SINUSES. SILENT ASPIRATION WITH THIN VIA CUP ({{score:PAS 8}}) X2. MILDLY THICK: PENETRATION, CLEARED ({{score:PAS 2}}). PUREE: MODERATE VALLECULAR RESIDUE, CLEARED W/ 2ND SWALLOW. CHIN TUCK NOT EFFECTIVE.
RECS: IDDSI 5 MINCED & MOIST, MILDLY THICK LIQUIDS BY CUP, MEDS WHOLE IN PUREE, UPRIGHT 90 DEG, SMALL SIPS, DOUBLE SWALLOW. TIME MEALS WITH {{drug:CARBIDOPA-LEVODOPA}} PEAK (~45 MIN AFTER DOSE).
DISCUSSED W/ PT AND WIFE [[NAME:MIRIAM]] - SHE WILL BRING THICKENER FROM HOME. PAGE [[NAME:JO]] (SLP, X[[PHONE:5127]]) FOR QUESTIONS OVER WEEKEND.
[[NAME:JOSEPHINE ABERNATHY]], MS, CCC-SLP
""", summary="""
The swallow study for [[NAME:Harold Goldstein]], who has {{eponym:Parkinson}} disease, showed silent aspiration of thin liquids ({{score:PAS 8}}). He is on a minced-and-moist diet with mildly thick liquids, and meals are timed to his {{drug:carbidopa-levodopa}}.
"""),

    dict(style="dietitian_consult", note="""
Nutrition Assessment - RD Consult (poor intake, wt loss)
[[NAME:Conceição Almeida Ferraz]]  |  MRN [[MRN:3318-0456]]  |  [[DATE:14 Mar 2025]]
Dx: pancreatic head adenocarcinoma, s/p biliary stent; starting chemo next week.
Anthro: {{vital:ht 157 cm}}, {{vital:wt 48.3 kg}}, UBW 56 kg (Nov 2024 clinic wt) = 14% loss in 4 mo. {{vital:BMI 19.6}}.
Intake: per pt and daughter [[NAME:Luz]], eating ~25% of meals, early satiety, greasy stools. Likes caldo verde, pão de queijo, black coffee.
Labs: {{lab:albumin 2.9}}, {{lab:prealbumin 11}}, {{lab:glucose 188}}, {{lab:A1c 7.4}}.
NFPE: moderate temporal and clavicular muscle wasting, mild fat loss orbital.
Dx: Severe malnutrition in the context of chronic illness (ASPEN/AND criteria: wt loss, intake, muscle wasting).
Interventions:
- Start {{drug:Creon}} {{dose:36,000 units}} with meals, {{dose:24,000 units}} with snacks (discussed with Dr. [[NAME:Oliveira]])
- 6 small meals/day; Ensure Plus BID (700 kcal), chilled
- [[NAME:Luz]] will bring home foods; ok per unit policy
- Wt twice weekly, calorie count x3 days
Estimated needs: 1450-1700 kcal (30-35 kcal/kg), 72-87 g protein.
[[NAME:Amélia Tavares]], MS, RDN, LDN  (pager [[PHONE:2290]])
""", summary="""
[[NAME:Conceição Almeida Ferraz]] has severe malnutrition with 14% weight loss from pancreatic cancer. She is starting {{drug:Creon}}, small frequent meals and supplements, and her daughter [[NAME:Luz]] will bring food from home.
"""),

    dict(style="wound_care", note="""
WOUND CARE NURSE CONSULT
[[NAME:Jenkins, Dolores A]]   MRN [[MRN:77410032]]   Unit 6N rm 22   Seen [[DATE:8/12/24]]
Consult for sacral wound found on admission from Magnolia Gardens SNF.

Wound #1 sacrum/coccyx: Stage 3 pressure injury. 4.2 x 3.1 x 0.6 cm, 30% yellow slough, 70% red granulation, moderate serosanguineous drainage, no odor. Undermining 1.0 cm at 9-12 o'clock. Periwound macerated. No tunneling.
Wound #2 R heel: deep tissue pressure injury, 2.5 x 2.0 cm purple intact skin, boggy.
{{score:Braden 11}} (high risk). Incontinent of stool, {{lab:albumin 2.6}}.
Treatment:
- Sacrum: cleanse NS, {{drug:Santyl}} to slough, calcium alginate, bordered foam; change daily and PRN soiling
- R heel: offload w/ heel boots, skin prep BID, do not massage
- Low-air-loss mattress ordered; turn q2h; FMS discussed with Dr. [[NAME:Hargrove]]
- RD consult placed for protein
Per [[NAME:Hunter]] (PCA), pt cries out with turns - asked RN [[NAME:Shaniqua Bell]] to premedicate 30 min before wound care.
Photos uploaded to media tab. Will follow 2x/wk.
[[NAME:R. Ambrose]], BSN, RN, CWON
""", summary="""
[[NAME:Dolores Jenkins]] has a stage 3 sacral pressure injury and a right heel deep tissue injury ({{score:Braden 11}}). She was started on {{drug:Santyl}} and alginate dressings with offloading, a low-air-loss mattress and a dietitian consult.
"""),

    dict(style="dialysis_run", note="""
HEMODIALYSIS TREATMENT RECORD - In-Center   [[DATE:Thu 5/15/2025]]   Chair 7, 2nd shift
Pt: [[NAME:Terrence Boykins]]   ID [[MRN:HD-004417]]   Schedule TTS (made up Thursday for holiday)
Access: L brachiocephalic AVF, + thrill/bruit, 15G x2, cannulated by [[NAME:JB]] 1st stick.
Pre: {{vital:wt 94.8 kg}} (EDW 91.5), {{vital:BP 168/92}}, {{vital:HR 84}}, {{vital:T 97.9}}. Lungs faint crackles bases, 1+ edema. Reports eating salty food at cookout.
Rx: 4 h, {{dose:Qb 400}}, {{dose:Qd 600}}, 2K/2.5Ca bath, UF goal 3.3 L. {{drug:heparin}} {{dose:2000 units}} bolus.
Intradialytic: hr 3 {{vital:BP 96/58}}, cramping legs - UF paused 10 min, NS {{dose:200 mL}}, resolved. Resumed at lower rate.
Post: {{vital:wt 92.1 kg}}, {{vital:BP 138/80}}. Net UF 2.7 L. Hemostasis 8 min.
Meds given: {{drug:Mircera}} {{dose:100 mcg}} IV, {{drug:Venofer}} {{dose:100 mg}} IV (#3 of 10).
Monthly labs drawn: {{lab:Hgb 9.6}}, {{lab:K 5.9}} pre, {{lab:phos 6.8}}. {{lab:Kt/V 1.31}}, {{lab:URR 69%}}.
Dr. [[NAME:Young]] rounded - wants pt to see RD re phos/K; given his young age and transplant listing. Sister [[NAME:Keyana]] picked him up.
[[NAME:J. Batiste]], CCHT / [[NAME:M. Ribeiro-Webb]], RN charge
""", summary="""
[[NAME:Terrence Boykins]] came in 3.3 kg over his dry weight and had intradialytic hypotension and cramps, leaving 2.7 L removed. {{lab:K 5.9}} and {{lab:phos 6.8}} prompted Dr. [[NAME:Young]] to refer him to the dietitian.
"""),

    dict(style="oncology_infusion", note="""
Infusion Center - Chemotherapy Administration Note
[[NAME:Dmitri Kuznetsov]]   MRN [[MRN:2210-9983]]   DOB [[DATE:12/01/1958]]   [[DATE:January 9, 2025]]
Regimen: mFOLFOX6 C4D1 for stage III colon ca (adjuvant). {{vital:BSA 1.98}}.
Pre-tx: {{vital:BP 124/76}}, {{vital:HR 72}}, {{vital:T 98.2}}. {{lab:ANC 1.9}}, {{lab:Plt 142}}, {{lab:Hgb 11.8}}, {{lab:Cr 0.9}}, {{lab:T bili 0.6}}. Meets parameters.
Neuropathy: grade 1 cold-induced tingling fingers x2 days after C3, resolves; no functional limits.
Dose check w/ 2nd RN ([[NAME:Whitney Case]]) and per [[NAME:Ze'ev]] (PharmD) verification: {{drug:oxaliplatin}} {{dose:170 mg}}, {{drug:leucovorin}} {{dose:790 mg}}, {{drug:fluorouracil}} {{dose:790 mg}} bolus + {{dose:4750 mg}} CIVI over 46 h via ambulatory pump.
Premeds: {{drug:ondansetron}} {{dose:16 mg}} PO, {{drug:dexamethasone}} {{dose:12 mg}} PO.
Port: accessed R chest, + blood return, flushes easily.
Infusion tolerated, no reaction. Pump connected 1410, disconnect [[DATE:1/11]] 1210 at home by Caring Hands HH nurse.
Education: avoid cold drinks x5 days, gloves for freezer; call triage [[PHONE:(410) 955-2718]] for temp >= 100.4.
Wife [[NAME:Galina]] present; her questions about diet answered.
[[NAME:April Dunmore]], RN, OCN
""", summary="""
[[NAME:Dmitri Kuznetsov]] received cycle 4 of adjuvant mFOLFOX6 on [[DATE:January 9, 2025]] without reaction and has only grade 1 cold-induced neuropathy. He goes home on the {{drug:fluorouracil}} pump, with his wife [[NAME:Galina]] taught to watch for fever.
"""),

    dict(style="tumor_board", note="""
MULTIDISCIPLINARY GI TUMOR BOARD - [[DATE:Wednesday 3/19/2025]]
Moderator: Dr. [[NAME:Rachel Fischer]] (Med Onc). Attendees: [[NAME:Ben-Ami]] (Rad Onc), [[NAME:Castellano]] (HPB Surg), [[NAME:de Groot]] (Path), [[NAME:Marchetti-Ellis]] (Rad), [[NAME:Koval]] (GI), [[NAME:Tessa]] (nurse navigator)

Case 1: [[NAME:OLIVEIRA, RENATO S]] MRN [[MRN:60022817]], {{age:67}} M. Distal rectal adenocarcinoma 4 cm from AV, cT3N1M0 on MRI. EMVI negative, CRM clear. {{lab:CEA 8.4}}. MMR proficient.
Discussion: [[NAME:Ben-Ami]] favors TNT with short-course RT; [[NAME:Castellano]] agrees, would re-stage for watch-and-wait if cCR. [[NAME:Koval]] notes he had a {{eponym:Lynch}} screen negative.
Recommendation: TNT (SCRT then CAPOX), re-stage MRI + flex sig after. Navigator [[NAME:Tessa Holloway]] to schedule.

Case 2: [[NAME:Naomi Adler-Sussman]] MRN [[MRN:60031406]], {{age:54}} F. Pancreatic body mass 2.8 cm abutting SMA < 180 deg. EUS-FNA: adenocarcinoma (path [[MRN:S25-10432]]). {{lab:CA 19-9 412}}.
Discussion: borderline resectable. [[NAME:de Groot]] confirms; germline testing sent. [[NAME:Castellano]] wants 4 mo neoadjuvant FOLFIRINOX first.
Recommendation: neoadjuvant {{drug:FOLFIRINOX}}, re-image after 4 cycles, re-present. Dr. [[NAME:Fischer]] to see Fri.
Note by [[NAME:T. Holloway]], RN, BSN
""", summary="""
The GI tumor board recommended total neoadjuvant therapy for [[NAME:Renato Oliveira]]'s rectal cancer and neoadjuvant {{drug:FOLFIRINOX}} for [[NAME:Naomi Adler-Sussman]]'s borderline-resectable pancreatic cancer. Navigator [[NAME:Tessa Holloway]] will schedule both.
"""),

    dict(style="pt_daily_note", note="""
PT Daily Treatment Note - Outpatient Ortho, visit 8/12
Dx: R rotator cuff repair (supraspinatus), 9 wk post-op. Sling discontinued wk 6 per protocol.
S: Pt reports 3/10 pain, sleeping on R side now. Difficulty reaching upper cabinet. Compliant w/ HEP 1x/day.
O: R shoulder AROM flex 142, abd 128, ER 55, IR to L3. PROM flex 160. MMT ER 4-/5, abd 4-/5. Neer and Hawkins-Kennedy negative today. QuickDASH 34 (was 52 at eval).
Tx:
- Ther ex 25 min: UBE 5 min, pulleys, wand flex/ER, sidelying ER 1 lb 3x12, prone row/T 3x10, serratus punch
- Manual 10 min: GH posterior glides gr III, STM infraspinatus/teres minor
- Neuro re-ed 8 min: rhythmic stabilization at 90 deg flex, PNF D2 flexion light band
- Cryo 10 min
A: Progressing toward goals; improving scapulohumeral rhythm, still mild shrug sign > 110 deg.
P: Continue 2x/wk; add light theraband ER/IR and wall walks. Re-eval at visit 12. Follow-up with surgeon at 12 wk.
""", summary="""
At 9 weeks after rotator cuff repair the patient has better range of motion and a QuickDASH of 34. Strengthening moves up to light bands, with re-evaluation at visit 12.
"""),

    dict(style="slp_aphasia_therapy", note="""
Outpatient Speech Therapy - Treatment Note
Client: [[NAME:Avi Rosenthal]]   DOB [[DATE:06/30/1952]]   Acct [[MRN:OP-7741028]]   Session [[DATE:4/23/2025]] (#14)
Dx: nonfluent aphasia ({{eponym:Broca}}) + mild AOS after L MCA stroke Jan 2025.

[[NAME:Avi]] arrived with wife [[NAME:Dalia]], who stayed for the last 15 min for home program training.
Tasks:
1. Confrontation naming (common objects): 18/25 correct independently, 5/25 w/ phonemic cue (was 11/25 at wk 4).
2. Script training ("ordering coffee," "calling my son [[NAME:Eitan]]"): 4/5 phrases fluent after 3 rehearsals.
3. Melodic intonation therapy for "I want to go home," "Thank you": produced with tapping, 80%.
4. AOS drills: CV-CVC words, 70% accurate w/ visual cue.
[[NAME:Avi]] spontaneously said "[[NAME:Dalia]], the keys" when they were leaving - [[NAME:Dalia]] teared up.
WAB-R AQ re-test due next month (was {{score:WAB-R AQ 48.6}}).
Home program: 10 min naming app daily, practice coffee script at the café on [[ADDRESS:Euclid Ave]] Sat with [[NAME:Dalia]].
[[NAME:Shira Katz-Meyer]], MA, CCC-SLP
""", summary="""
[[NAME:Avi Rosenthal]]'s naming and scripted speech are improving in aphasia therapy, with 18 of 25 items named on his own. His wife [[NAME:Dalia]] was trained on the home program.
"""),

    dict(style="hand_therapy", note="""
Hand Therapy (OT) Post-op Visit   [[DATE:10-Jun-2025]]
[[NAME:de Wit, Cornelis]]   Referring surgeon Dr. [[NAME:van Houten]]   Ins member ID [[MRN:XHU448201937]]
Dx: R {{eponym:Dupuytren}} contracture s/p limited fasciectomy ring + small finger, POD 12. Sutures removed today by [[NAME:Kim]] (PA-C) per Dr. [[NAME:van Houten]]'s protocol.
Wound: well approximated, mild scab at palmar Z-plasty apex, no drainage/erythema.
Edema: figure-8 R hand 49.5 cm vs L 47.0 cm.
AROM: ring MCP 0/85, PIP -25/90; small MCP 0/80, PIP -35/85. Pre-op PIP ext deficit was -70 small finger.
Intervention: retrograde massage, coban to small finger, scar massage ed (start POD 14), tendon glides, blocking ex.
Orthosis: fabricated hand-based static extension orthosis for night wear, ring + small in max tolerable PIP ext; wear schedule provided.
[[NAME:Cornelis]] is a retired violin maker; goal to return to light woodworking. Grandson [[NAME:Daan]] drives him.
Plan: 2x/wk x 4 wk, then re-eval. Will update Dr. [[NAME:van Houten]] re PIP small finger.
[[NAME:Nienke Hoekstra]], OTR/L, CHT
""", summary="""
[[NAME:Cornelis de Wit]] is 12 days after {{eponym:Dupuytren}} fasciectomy with improved finger extension. He got a night extension orthosis and starts edema and scar care, seeing hand therapy twice a week.
"""),

    dict(style="peritoneal_dialysis", note="""
HOME DIALYSIS CLINIC - PD Monthly Visit
Patient: [[NAME:Marisol Peña Gutiérrez]]   MRN [[MRN:HD-118352]]   [[DATE:July 22, 2025]]
Modality: CCPD, 4 exchanges x 2.2 L overnight, 1.5%/2.5% dextrose, last fill 1.5 L {{drug:icodextrin}}.
{{eponym:Tenckhoff}} catheter exit site: no erythema, crust, or tenderness; exit site score 0. Uses {{drug:gentamicin}} cream daily.
{{vital:BP 142/86}}, {{vital:wt 71.2 kg}} (EDW 70.5), trace edema.
Labs: {{lab:K 3.4}}, {{lab:phos 5.1}}, {{lab:albumin 3.3}}, {{lab:Hgb 10.4}}. Weekly {{lab:Kt/V 1.9}}. PET last done Feb - high-average transporter.
Home visit by PD RN [[NAME:Dana Mizrahi]] last week: supplies stored in garage (too hot) - moved to hall closet. Cycler alarms 2x/week for drain.
Husband [[NAME:Rogelio]] helps set up the cycler; daughter [[NAME:Xiomara]] calls in orders to Baxter.
Plan: add {{drug:KCl}} {{dose:10 mEq}} daily; senna for constipation (drain alarms); reinforce 2 g Na diet with RD [[NAME:Gillian Marsh]] today. Next visit [[DATE:8/19]].
Home address on file updated: [[ADDRESS:611 Calle Ocho]], apt 3, [[ADDRESS:Miami]] FL [[ADDRESS:33135]]; phone [[PHONE:305-448-2097]].
[[NAME:Luis Arteaga]], MD, Nephrology
""", summary="""
[[NAME:Marisol Peña Gutiérrez]] is doing well on CCPD with a clean {{eponym:Tenckhoff}} exit site, but has low potassium and drain alarms. She is starting {{drug:KCl}} and senna, and her next visit is [[DATE:8/19]].
"""),

    dict(style="oncology_infusion", note="""
INFUSION NURSING NOTE - HYPERSENSITIVITY REACTION
PT: [[NAME:LEFEBVRE, JEAN-CLAUDE]]   MRN [[MRN:4092-2281]]   [[DATE:10/07/2024]]
{{drug:RITUXIMAB}} {{dose:375 MG/M2}} ({{dose:720 MG}}) CYCLE 1, DLBCL, R-CHOP. PREMEDS {{drug:ACETAMINOPHEN}} {{dose:650 MG}}, {{drug:DIPHENHYDRAMINE}} {{dose:50 MG}}, {{drug:METHYLPREDNISOLONE}} {{dose:100 MG}} GIVEN 1005.
RATE 50 MG/H START 1040, INCREASED TO 100 MG/H 1110.
1124 PT REPORTS THROAT TIGHTNESS, FLUSHING, RIGORS. {{vital:BP 88/50}}, {{vital:HR 118}}, {{vital:SPO2 91%}} RA. INFUSION STOPPED, NS WIDE OPEN, O2 2 L NC.
CALLED DR [[NAME:BEAUCHAMP]] TO CHAIR 1125 - AT BEDSIDE 1127. {{drug:HYDROCORTISONE}} {{dose:100 MG}} IV, {{drug:FAMOTIDINE}} {{dose:20 MG}} IV GIVEN. NO EPI NEEDED.
1150 SX RESOLVED. {{vital:BP 118/70}}, {{vital:HR 92}}, {{vital:SPO2 97%}}.
PER DR [[NAME:BEAUCHAMP]], RESTARTED AT 25 MG/H 1215, TITRATED SLOWLY, COMPLETED 1705 WITHOUT FURTHER SX. CHOP COMPLETED.
WIFE [[NAME:ODILE]] AT CHAIRSIDE THROUGHOUT, UPDATED. DAUGHTER [[NAME:MARGAUX]] CALLED ON [[PHONE:+33 6 12 48 93 07]] AT PT REQUEST (LIVES IN [[ADDRESS:LYON]]).
GRADE 2 INFUSION REACTION DOCUMENTED; SAFETY REPORT FILED. PHARMACY ([[NAME:K. WEISS]]) NOTIFIED.
[[NAME:NATASHA OREKHOVA]], RN, OCN
""", summary="""
[[NAME:Jean-Claude Lefebvre]] had a grade 2 infusion reaction to his first {{drug:rituximab}} dose. It resolved with steroids and antihistamines, and per Dr. [[NAME:Beauchamp]] the infusion was restarted slowly and finished.
"""),

    dict(style="dietitian_followup", note="""
RD Follow-Up - Hemodialysis Unit   [[DATE:2/26/25]]
Pt: [[NAME:Ruth Ann Whitcomb]]   (goes by "[[NAME:Ruthie]]")   Chair 14, MWF 1st shift
Reason: {{lab:phos 7.2}}, {{lab:K 6.1}} on monthly labs; IDWG avg 3.8 kg (goal < 2.5).
Diet recall w/ [[NAME:Ruthie]]: fast-food breakfast sandwich most days, cola 2-3 cans/day, potato chips, orange juice with meds, bananas "for cramps."
Binder: {{drug:sevelamer}} {{dose:800 mg}} 2 tabs TID with meals - says she takes it "when I remember," usually only at dinner.
Education (teach-back used):
- Swap cola for lemon-lime soda; OJ -> apple or cranberry
- Bananas out; try berries, grapes in small amounts; leach potatoes (double boil) if eating
- Keep binder bottle in her purse and car; take with the first bite
- Fluid: 1 L/day, ice chips, sugar-free hard candy for thirst
[[NAME:Ruthie]]'s granddaughter [[NAME:April]] does the grocery shopping - gave handout to take to her; pt asked me to call [[NAME:April]] at [[PHONE:(901) 774-3308]] this week (OK'd).
Discussed with Dr. [[NAME:Young-Ferreira]] - binder change to {{drug:Velphoro}} considered if adherence stays poor.
Next: review labs [[DATE:3/28]].
[[NAME:Brooke Hennessey]], RDN, CSR
""", summary="""
[[NAME:Ruthie Whitcomb]] has high phosphorus and potassium and large fluid gains from diet and missed {{drug:sevelamer}} doses. She was taught diet swaps, and her granddaughter [[NAME:April]], who shops for her, will be called.
"""),

    dict(style="wound_care", note="""
Outpatient Wound Center - Diabetic Foot Ulcer f/u
[[NAME:Mateus Rocha Figueiredo]]   Acct [[MRN:WC-55019]]   [[DATE:Nov 4, 2024]]   Visit #6
L plantar 1st MTH ulcer, {{score:Wagner 2}}, {{score:UT 2A}}.
Measures: 2.1 x 1.6 x 0.5 cm (prior 2.8 x 2.0 x 0.7). Probe-to-bone negative. Base 90% beefy red granulation, callus rim.
Sharp debridement: excisional, to subcut tissue, 3.4 sq cm, curette + #15 blade, minimal bleeding, hemostasis w/ pressure. Tolerated - insensate foot.
Vascular: DP/PT palpable, {{vital:ABI 1.04}}, {{vital:TBI 0.71}}.
{{lab:A1c 8.9}} (was 10.2). Wears TCC; removed and reapplied today by [[NAME:Mason]] (ortho tech).
Dressing: collagen + foam under TCC; weekly changes.
Pt says his wife [[NAME:Glória]] checks the other foot nightly with a mirror. Still driving for Uber, counseled on TCC and driving (R foot ok).
Plan: continue TCC, podiatry (Dr. [[NAME:Brandão]]) review next week re offloading insole once closed.
[[NAME:Hope Ellison]], PA-C / [[NAME:S. Wexler]], MD (supervising)
""", summary="""
[[NAME:Mateus Rocha Figueiredo]]'s diabetic foot ulcer is shrinking under a total contact cast, and it was sharply debrided again. His {{lab:A1c 8.9}} is better, and he stays in the cast with weekly changes.
"""),

    dict(style="dialysis_unit_note", note="""
Dialysis Unit - Nephrology Rounding Note (in-center HD)
Monthly rounds, patient seen chairside during treatment.
Access: R IJ tunneled catheter, day 63. Exit clean. Flows adequate (Qb 350, arterial pressure -180). {{drug:alteplase}} lock not needed this month.
AVF L forearm created 8 wk ago, maturing: diameter 0.58 cm by US, depth 0.4 cm, flow 640 mL/min. Vascular surgery to evaluate for first cannulation.
Adequacy: {{lab:Kt/V 1.42}}, {{lab:URR 72%}}.
Anemia: {{lab:Hgb 10.8}}, {{lab:TSAT 28%}}, {{lab:ferritin 512}}. Continue {{drug:Mircera}} {{dose:75 mcg}} monthly, hold IV iron.
CKD-MBD: {{lab:Ca 9.1}}, {{lab:phos 5.4}}, {{lab:PTH 388}}. Continue {{drug:calcitriol}} {{dose:0.5 mcg}} with HD; binder unchanged.
Volume: {{vital:BP 136/82}} pre, IDWG 2.1 kg. EDW 78.0 kg, probed down 0.5 kg last month tolerated. No edema.
Transplant: on waitlist since spring, living-donor evaluation of a sibling pending at the transplant center.
Plan: no changes; catheter removal after 2 successful AVF runs with 2 needles; Hep B surface Ab booster due.
""", summary="""
The in-center HD patient has adequate dialysis ({{lab:Kt/V 1.42}}) and stable anemia and bone labs. The forearm fistula is maturing, and the tunneled catheter will come out after two successful two-needle runs.
"""),

    dict(style="home_health_pt", note="""
HOME HEALTH PT - RECERT VISIT
Pt: [[NAME:Winifred Alcott]]   Age [[AGE:91]]   DOB [[DATE:08/17/1933]]   Medicare MBI [[MRN:3TK9-WP2-MX47]]
Visit [[DATE:Fri 1/24/2025]] 1030-1130 at home: [[ADDRESS:44 Orchard Hill Rd]], [[ADDRESS:Brattleboro]]
Caregiver: niece [[NAME:Grace Pelletier]] (lives with pt), [[PHONE:802-254-6619]]

[[NAME:Winifred]] walked 150 ft in the house with 4WW, SBA, one LOB turning in the kitchen, self-corrected. {{score:Tinetti 17}}/28 (was 14). {{score:TUG 24 s}}. 5x STS 19 s with UE push.
No falls this cert period per [[NAME:Grace]]. Grab bars now installed in tub; shower chair in use. Throw rugs removed except the braided one in the den - [[NAME:Winifred]] "won't part with it," taped edges down with [[NAME:Grace]].
Vitals: {{vital:BP 132/70}} sitting, {{vital:BP 118/66}} standing 3 min, dizziness mild; {{vital:HR 68}} irregular (known AF, on {{drug:Eliquis}} {{dose:2.5 mg}} BID).
Ex: standing hip abd/ext, mini-squats at counter, heel raises, tandem stance with counter support.
Recert recommended: 2x/wk x 4 wk for balance; OT eval for bathing. Dr. [[NAME:Kingsley]] (PCP) faxed at [[PHONE:802-251-3900]] re orthostasis.
[[NAME:Caleb Whitford]], PT
""", summary="""
[[NAME:Winifred Alcott]], [[AGE:91]], has better balance ({{score:Tinetti 17}}) and no falls with help from her niece [[NAME:Grace Pelletier]], but she has orthostatic drops. PT is recertified twice weekly, and Dr. [[NAME:Kingsley]] was faxed.
"""),

    dict(style="pediatric_slp", note="""
Pediatric Speech Therapy - Fluency, session 6
Client: [[NAME:Ziv Ohana]], {{age:5}} y 4 mo   Parent: [[NAME:Orly Ohana]] (mother)   [[DATE:3rd of March 2025]]
Dx: childhood-onset fluency disorder (stuttering), onset ~age {{age:3}}.
Program: Lidcombe stage 1.
Parent-rated severity (SR) this week: 4, 3, 3, 5, 2, 3, 3 (was 6-7 at start). Clinic SR today 3. %SS in 10-min play sample: 4.1% (was 9.8%).
Stutter types: part-word reps ("b-b-ball"), some blocks on "I", no secondary behaviors observed.
[[NAME:Orly]] demonstrated daily practice with the farm set; verbal contingencies were well balanced (praise for smooth talk ~5:1 to requests for self-correction). Coached her to slow her own rate.
[[NAME:Ziv]] told me his baby sister [[NAME:Noa]] "says ga-ga" and his dad [[NAME:Yoni]] plays drums - very engaged.
Preschool teacher Ms. [[NAME:Bright]] reports fewer stutters at circle time.
Plan: continue weekly; aim SR 0-1 for 3 wk before stage 2. Email practice log to [[EMAIL:k.delgado.slp@kidstalkclinic.com]].
[[NAME:Karina Delgado]], MS, CCC-SLP
""", summary="""
[[NAME:Ziv Ohana]], {{age:5}}, is stuttering less in the Lidcombe Program (4.1% syllables stuttered, down from 9.8%). His mother [[NAME:Orly]] is doing daily practice well, and weekly sessions continue.
"""),

    dict(style="tumor_board", note="""
BREAST MULTIDISCIPLINARY TUMOR BOARD   [[DATE:2024-12-11]]   0700, Conf Rm B
Present: Drs [[NAME:Hartmann]] (surg onc), [[NAME:Petrova]] (med onc), [[NAME:Lévesque]] (rad onc), [[NAME:Bishop]] (path), [[NAME:Cross]] (breast imaging); navigators [[NAME:Maya]] and [[NAME:Sunny]]; genetic counselor [[NAME:Ilse Baumann]]

1. [[NAME:Maria das Graças Pinto]]  MRN [[MRN:71-220-9341]]  {{age:46}} F, premenopausal
L breast 1.9 cm IDC, grade 2, ER 95% / PR 80% / HER2 1+, {{lab:Ki-67 18%}}. Lumpectomy + SLNB 0/3 on [[DATE:11/26]]. Margins neg. {{score:Oncotype RS 14}}.
[[NAME:Petrova]]: in women < 50 with RS 11-25 there is a small chemo benefit that is likely from ovarian suppression; favors OFS + AI over chemo. [[NAME:Lévesque]]: whole-breast RT, hypofractionated 40 Gy/15 fx. [[NAME:Baumann]]: BRCA2 VUS on panel - not actionable, will re-contact if reclassified.
Rec: OFS + {{drug:exemestane}}, RT after; sees Dr. [[NAME:Petrova]] [[DATE:12/18]].

2. [[NAME:PRICE, GWENDOLYN R]]  MRN [[MRN:71-234-5506]]  {{age:72}} F
R breast 3.2 cm mass, cross-sectional CT neg for mets. Core bx per [[NAME:Bishop]]: triple-negative, grade 3, {{lab:Ki-67 70%}}. cT2N0. {{lab:Cr 0.8}}; mild neuropathy from diabetes.
Rec: neoadjuvant {{drug:pembrolizumab}} + carboplatin/paclitaxel then AC, surgery after; echo before AC. [[NAME:Gwendolyn]] asked to get treatment closer to home in [[ADDRESS:Waukesha]] - [[NAME:Sunny]] will coordinate with the satellite infusion center.
Recorded by [[NAME:Maya Goldberg-Ames]], RN, OCN
""", summary="""
The breast tumor board advised ovarian suppression with {{drug:exemestane}} and radiation rather than chemotherapy for [[NAME:Maria das Graças Pinto]] ({{score:Oncotype RS 14}}). For [[NAME:Gwendolyn Price]]'s triple-negative cancer it advised neoadjuvant {{drug:pembrolizumab}} and chemotherapy near [[ADDRESS:Waukesha]].
"""),

    dict(style="oncology_portal_message", note="""
Patient portal message -> Oncology triage RN
From: [[NAME:Giovanna Ruggiero]]   MRN [[MRN:2280-4471]]   Rec'd [[DATE:6/9/2025]] 07:52

"good morning nurse [[NAME:tess]], its [[NAME:giovanna]] ([[NAME:gio]]). since the last treatment on [[DATE:thursday the 5th]] my fingers and toes are numb all the time not just with cold stuff. i dropped my coffee cup twice and i cant do the buttons on my blouse. my husband [[NAME:sal]] says i have to tell dr [[NAME:marchetti]]. do i still come [[DATE:thursday 6/12]]? thank you, [[NAME:gio]]"

Triage assessment: C5 {{drug:FOLFOX}} on [[DATE:6/5]]. Persistent sensory neuropathy limiting instrumental ADLs = grade 2 (CTCAE). No weakness, no falls, no constipation/urinary retention.
Called pt at [[PHONE:(631) 880-4127]] at 0915, spoke with [[NAME:Gio]] and [[NAME:Sal]] on speaker; confirms above.
Routed to Dr. [[NAME:Marchetti]]: per Dr. [[NAME:Marchetti]], HOLD {{drug:oxaliplatin}} with C6, give {{drug:5-FU}}/{{drug:leucovorin}} only, keep [[DATE:6/12]] appt. Start {{drug:duloxetine}} {{dose:30 mg}} daily x1 wk then {{dose:60 mg}}. OT referral for fine motor/adaptive equipment.
[[NAME:Gio]] verbalized understanding; will avoid cold and use gloves.
[[NAME:Tess Underwood]], RN, BSN - Oncology Triage
""", summary="""
[[NAME:Giovanna Ruggiero]] wrote in with grade 2 neuropathy after FOLFOX. Dr. [[NAME:Marchetti]] held {{drug:oxaliplatin}} for cycle 6, started {{drug:duloxetine}} and placed an OT referral, and her [[DATE:6/12]] visit stands.
"""),

    dict(style="wound_care", note="""
NPWT Dressing Change - Wound Care Team
[[NAME:Aguilar-Montes, Joaquín]] | MRN [[MRN:11093384]] | [[DATE:Sun 9/8]] | POD 9 s/p serial I&D R thigh necrotizing soft tissue infection
Wound: 14.0 x 6.2 x 3.5 cm, 100% granulation, no slough. Tunneling at 12 o'clock (2 cm last change) now closed. Periwound intact, no erythema.
Initial OR cultures: Group A Strep + {{eponym:Serratia}}; on {{drug:cefepime}} per ID.
Premedicated {{drug:hydromorphone}} {{dose:0.5 mg}} IV 20 min prior.
NPWT: black foam x2 pieces (count 2 removed / 2 placed, documented on wound flowsheet), 125 mmHg continuous. Seal first attempt, no leaks.
Assisted by [[NAME:Bo]] (nursing student) and [[NAME:Maarten]] (PCA).
[[NAME:Joaquín]] asked for his phone to video call his wife [[NAME:Pilar]] during the change - helped with anxiety.
Plan: NPWT changes M/W/F; plastics (Dr. [[NAME:D'Amico]]) to eval for STSG next week; RD following, {{lab:prealbumin 9}}.
[[NAME:Kendra Lockett]], RN, CWS
""", summary="""
[[NAME:Joaquín Aguilar-Montes]]'s thigh wound after necrotizing infection is fully granulated, and the negative-pressure dressing was changed without problems. Plastics (Dr. [[NAME:D'Amico]]) will evaluate him for a skin graft.
"""),

    dict(style="ot_cognitive_eval", note="""
OCCUPATIONAL THERAPY COGNITIVE EVALUATION - Neuro ICU stepdown
Reason: s/p aneurysmal SAH ({{score:Hunt-Hess 2}}, {{score:Fisher grade 3}}), endovascular coiling ACOM, day 11; assess for safe d/c and level of care.
Prior level: independent, working full-time as an accountant, drives, manages own meds.
Screen: {{score:MoCA 19}}/30 (-4 delayed recall, -2 trails/cube, -2 serial 7s, -2 fluency, -1 abstraction). Oriented x4.
Performance-based: EFPT medication management subtask - required 6 verbal cues and 1 physical assist to set up a pill box from 4 bottles; omitted the {{drug:nimodipine}} entirely. Simple meal prep (Kettle Test) - 3 errors, scalded hand nearly, needed cue to turn off the burner.
Trails B 212 s. Digit span forward 6, backward 3.
Vision: mild L inattention on cancellation task; no field cut on confrontation.
Mood: flat, tearful about work; RN informed, SW aware.
Assessment: moderate executive dysfunction and memory deficits interfering with IADLs; unsafe to be alone or manage meds currently.
Recs: acute inpatient rehab; 24-h supervision if going home; no driving; neuropsych testing at 3 mo.
""", summary="""
Eleven days after an aneurysmal SAH ({{score:Hunt-Hess 2}}), the patient has moderate executive and memory deficits ({{score:MoCA 19}}) and made unsafe errors in medication and meal tasks. OT recommends acute inpatient rehab.
"""),

    dict(style="dialysis_unit_note", note="""
Dialysis Charge RN Note - access problem   [[DATE:12/3/24]]   1st shift
Pt [[NAME:Ta'Niyah Greenwood]]   ID [[MRN:HD-009126]]   L upper arm AVG (placed 2022)
Unable to cannulate after 2 attempts by [[NAME:Bas]] (tech) and 1 by writer; infiltration at arterial site, ice applied. Last 3 runs: high venous pressures (VP 260-290 at Qb 350) and prolonged bleeding post-tx x2. Thrill weak, pulsatile.
Pre {{vital:BP 154/88}}, {{vital:wt 67.4 kg}} (EDW 64.0). No SOB, O2 sat {{vital:SpO2 98%}}. iSTAT {{lab:K 5.4}}.
Called vascular access coordinator [[NAME:Jordan Meyers]] x[[PHONE:6620]] - arranged fistulogram/angioplasty in IR tomorrow [[DATE:12/4]] 0800; paged IR fellow Dr. [[NAME:Pinheiro]] (pager [[PHONE:7183]]) who agreed K is safe to wait; dialyze after IR same day.
Pt instructed: low-K diet tonight, limit fluids, no arm BP/draws L. Kayexalate not needed per Dr. [[NAME:Young]] (on call for unit).
[[NAME:Ta'Niyah]]'s mother [[NAME:Earnestine]] drove her today and will bring her at 0700; transport cancelled. Mom's cell [[PHONE:(804) 271-0955]].
[[NAME:Lorraine Dupree]], RN, CNN
""", summary="""
Staff could not cannulate [[NAME:Ta'Niyah Greenwood]]'s AV graft, which has signs of stenosis, so dialysis was held with an acceptable {{lab:K 5.4}}. A fistulogram is set for [[DATE:12/4]], with dialysis afterward the same day.
"""),

    dict(style="icu_early_mobility", note="""
PT/OT CO-TREAT - MICU EARLY MOBILITY
[[DATE:01/29/2025]] 1015-1100
PT: [[NAME:SCHNEIDER, KLAUS-PETER]]   MRN [[MRN:41880273]]   ICU DAY 16, ARDS 2/2 INFLUENZA A
TRACH, PSV 10/5, FIO2 40%. {{score:RASS 0}}, CAM-ICU NEG. {{drug:NOREPINEPHRINE}} OFF X48H.
CLEARED BY RN [[NAME:AL]] ([[NAME:ALBERTO RUIZ]]) AND RT [[NAME:DE LA FUENTE]] PRIOR TO SESSION.
SUPINE > EOB: MAX A X2. SAT EOB 12 MIN, MOD A FOR TRUNK, WORKED ON HEAD CONTROL AND REACHING.
SIT > STAND W/ SARA STEDY X2, MOD A X2, STOOD 40 S, 25 S.
VITALS: {{vital:HR 98}} -> {{vital:HR 121}}, {{vital:SPO2 94%}} -> {{vital:SPO2 89%}} (RECOVERED IN 90 S W/ REST), {{vital:BP 112/64}}. NO MAJOR EVENTS, LINES INTACT.
OT: ORAL CARE W/ HAND-OVER-HAND, MOUTHED "DANKE." WRITING BOARD TRIAL - SCRIBBLED NAME OF WIFE [[NAME:GUDRUN]], LEGIBLE.
[[NAME:GUDRUN]] PRESENT, EDUCATED ON ROM EXERCISES; SHE WILL DO THEM WITH HIM EACH EVENING.
PLAN: DAILY CO-TREAT, PROGRESS TO STANDING MARCH, CHAIR POSITION X2/DAY. {{score:ICU MOBILITY SCALE 3}}.
[[NAME:E. STEIN]], PT, DPT / [[NAME:W. MAJOR]], OTR/L
""", summary="""
[[NAME:Klaus-Peter Schneider]], trached on day 16 of ARDS, sat at the edge of the bed and stood twice in a Sara Stedy with brief desaturation. His wife [[NAME:Gudrun]] was taught range-of-motion exercises.
"""),

    dict(style="oncology_infusion", note="""
Infusion Suite - Supportive Care / Transfusion Visit   [[DATE:8/14/2025]]
Pt: [[NAME:Esperanza Villalobos]]   MRN [[MRN:3310-7728]]   AML, C3 {{drug:azacitidine}} + {{drug:venetoclax}}
CBC this AM: {{lab:Hgb 6.9}}, {{lab:Plt 8}}, {{lab:ANC 0.3}}, {{lab:WBC 0.6}}.
Consent on file (annual). 2-person bedside check with [[NAME:Summer Rhodes]], RN.
1 unit irradiated leukoreduced PRBC 0950-1140: pre {{vital:T 98.6}}, 15-min {{vital:T 98.8}}, post {{vital:T 99.1}}. No reaction.
1 unit apheresis platelets 1150-1225. Post-count per blood bank ([[NAME:Dorothea Krause]]): {{lab:Plt 31}}.
Pharmacist ([[NAME:Baker]]) verified {{drug:posaconazole}} and {{drug:acyclovir}} prophylaxis; venetoclax dosing reduced with posaconazole per protocol.
Pt reports gum bleeding after brushing x2 days, petechiae bilateral shins. No fever, no melena. Soft toothbrush given.
Her son [[NAME:Rubén]], a baker, brought pan dulce for the staff and is her ride; reviewed neutropenic precautions with him.
Next transfusion check [[DATE:Mon 8/18]]; fever 100.4 -> call [[PHONE:(713) 563-9010]] / go to ED.
[[NAME:Summer Rhodes]], RN / [[NAME:Dolores Franco-Nuñez]], APRN (saw pt)
""", summary="""
[[NAME:Esperanza Villalobos]], who has AML, received a unit of red cells and a unit of platelets for {{lab:Hgb 6.9}} and {{lab:Plt 8}} without reaction. Her son [[NAME:Rubén]] went over neutropenic precautions, and her next count check is [[DATE:8/18]].
"""),

    dict(style="dietitian_consult", note="""
Oncology Nutrition - Enteral Feeding Plan   [[DATE:5/20/2025]]
Patient: [[NAME:Raymond]] "[[NAME:Ray]]" [[NAME:Tillman]]   MRN [[MRN:90044118]]
Dx: p16+ oropharyngeal SCC, week 5 of 7 concurrent {{drug:cisplatin}}/RT. Grade 3 mucositis, odynophagia 8/10 on {{drug:Magic Mouthwash}} + {{drug:oxycodone}} liquid.
PEG placed [[DATE:5/2]] at Mercy Hospital (prophylactic).
Wt {{vital:wt 82.0 kg}} today vs {{vital:wt 89.5 kg}} at RT start = 8.4% loss in 5 wk -> moderate-severe malnutrition.
Oral intake now < 300 kcal/day (sips of milk, broth).
Plan:
- Jevity 1.5: 6 cartons/day bolus (1.5 cartons QID) = 2130 kcal, 91 g protein, 1080 mL free water in formula
- Free water flushes 240 mL QID + 30 mL before/after meds
- Keep swallowing sips daily per SLP ([[NAME:Mercy]]) to avoid disuse
- Wt 2x/wk at RT check
[[NAME:Ray]]'s wife [[NAME:Charlene]] did return demo of bolus feeding - good. Apria contact for formula delivery: [[PHONE:1-800-472-3318]] ext 4 (order ref [[MRN:APR-0091552]]).
[[NAME:Gretchen Vogel]], MS, RD, CSO
""", summary="""
[[NAME:Ray Tillman]] has lost 8.4% of his weight during chemoradiation for oropharyngeal cancer and is moving to full PEG bolus feeds of about 2130 kcal a day. His wife [[NAME:Charlene]] showed she can do the feeds.
"""),

    dict(style="ostomy_teaching", note="""
WOC Nursing - Ostomy Teaching Session #2
New end ileostomy RLQ, POD 5 s/p total proctocolectomy for ulcerative colitis (failed {{drug:infliximab}} and {{drug:vedolizumab}}).
Stoma: 32 mm round, budded 2 cm, red, moist; mucocutaneous junction intact. Peristomal skin intact.
Output: 1.2 L/24h, liquid-thick. Started {{drug:loperamide}} {{dose:2 mg}} QID before meals and HS per surgery; psyllium BID.
Pouching: two-piece flat flange, cut-to-fit 35 mm, stoma paste ring, belt offered. Wear time goal 3-4 days.
Teaching: pt emptied pouch independently when 1/3 full; performed full change with verbal cues only (measuring, cutting, warming flange, 60 s hand pressure). Discussed hydration (oral rehydration solution 1 L/day), signs of dehydration, food blockage (high-fiber foods to chew well: popcorn, nuts, corn, celery).
Pt asked about return to gym and swimming - ok after surgeon clearance, hernia belt recommended for lifting.
Supplies ordered through home ostomy supplier; WOC outpatient clinic in 2 wk.
Readiness: good - able to self-manage by d/c.
""", summary="""
Five days after a new ileostomy for ulcerative colitis, the patient can empty and change the pouch with only verbal cues. High output is being treated with {{drug:loperamide}}, and WOC clinic follow-up is set for 2 weeks.
"""),

    dict(style="slp_cognitive_eval", note="""
Speech-Language Pathology - Cognitive-Communication Evaluation (inpatient rehab)
[[NAME:Savannah Prescott]]   DOB [[DATE:04/02/2003]]   MRN [[MRN:7004419]]   Eval date [[DATE:Tue 7/1/2025]]
Hx: moderate TBI after MVC [[DATE:6/14]], R frontal contusion + SDH, no surgery. Lives with mother in [[ADDRESS:Florence]], AL; nursing student.
Orientation: {{score:GOAT 78}} (out of PTA as of [[DATE:6/29]]). {{score:Rancho VII}} - automatic-appropriate.
Attention: sustains 10 min on table task, distracted by hallway noise.
Memory: recalled 2/5 words at 10 min; used calendar with 1 cue.
Executive: {{score:CLQT composite 2.9}} (mild-moderate). Difficulty planning a 3-step errand; impulsive responses.
Pragmatics: tangential with topic maintenance problems; laughs inappropriately at times. Mother ([[NAME:Georgia]]) says "[[NAME:Savannah]] was always the quiet one."
Swallow screen passed; regular diet, thin liquids.
Recs: SLP 5x/wk x 2 wk - memory notebook, error awareness training, attention process training. Family training with [[NAME:Georgia]] Fri.
[[NAME:Léa Fontaine]], MS, CF-SLP
Cosigned: [[NAME:Jessamyn Carlisle]], MS, CCC-SLP
""", summary="""
[[NAME:Savannah Prescott]] has mild-to-moderate cognitive-communication deficits after a moderate TBI ({{score:Rancho VII}}, {{score:GOAT 78}}). She starts daily SLP for memory, attention and error awareness, with family training for her mother [[NAME:Georgia]].
"""),
]
