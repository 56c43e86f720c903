NOTES = [
    dict(style="incident_report_fall", note="""
INCIDENT REPORT (Datix)          Ref: [[MRN:W-INC-2025-04417]]
Incident date/time: [[DATE:15/02/2025]] 03:40        Reported: [[DATE:15/02/2025]] 07:15
Location: Ward 9 (Care of the Elderly), Bay C, bed 4
Reported by: [[NAME:Nkechi Ogunleye]], Staff Nurse, ext [[PHONE:5532]]
Patient: [[NAME:BISHOP, Reginald]]   MRN [[MRN:60418832]]   Age [[AGE:94]]
Category: Slip, trip, fall - patient     Harm: Low (pending CT)

Description:
Patient found on floor beside bed by HCA [[NAME:D. Mensah]] during 03:30 safety round. Call bell within reach but not used.
Bed at lowest height, falls sensor mat not in place (mat on charge at the nurses' station). Patient states he "needed the
toilet". Small laceration L eyebrow, no LOC reported. Known {{score:Morse Fall Scale 65}}; on {{drug:apixaban}} {{dose:2.5 mg}} BD.

Immediate action:
- Not moved until checked for injury - hoisted with flat lift
- Obs {{vital:BP 146/80}}, {{vital:HR 88}}, {{vital:SpO2 95%}}, {{score:GCS 15}}, {{score:NEWS2 2}}; neuro obs hourly commenced
- Reviewed by Dr [[NAME:Hamza Qureshi]] (F2) 04:05 - CT head requested per anticoagulation post-fall pathway
- Steri-strips to laceration

Family: son [[NAME:Gary Bishop]] informed by phone 07:30 on [[PHONE:07946 218 370]]; Duty of Candour conversation to follow.
Contributing factors: only 1 sensor mat for the bay of 6; two RNs on nights for 28 beds, one on break.
Handler: [[NAME:Lynne Chester]], Ward Manager
""", summary="""
Datix for an unwitnessed night fall on [[DATE:15/02/2025]] by [[AGE:94]]-year-old [[NAME:Reginald Bishop]], who is anticoagulated; low harm pending CT head, son [[NAME:Gary]]
informed, and a missing sensor mat and low staffing noted.
"""),

    dict(style="safeguarding_adult_referral", note="""
ADULT SAFEGUARDING CONCERN - Referral to Local Authority
Date: [[DATE:6 March 2025]]   LA ref (once allocated): [[MRN:ASC-25-118904]]
Referrer: [[NAME:Precious Mutasa]], District Nursing Team, Kingswood Health Centre, Tel [[PHONE:0117 496 3052]]
Adult at risk: Mrs [[NAME:Rose BAKER]]   DOB [[DATE:12/11/1936]]   NHS [[MRN:401 557 2869]]
Address: [[ADDRESS:48 Lodge Road, Kingswood, Bristol BS15 1LE]]
GP: Dr [[NAME:Imran Siddiqui]], Hanham Health

Nature of concern: Suspected financial abuse and neglect.
Mrs [[NAME:Baker]] is visited three times a week for leg ulcer care (left leg venous ulcer; also a known left {{eponym:Baker's}} cyst).
Over the last month she has repeatedly said she has "no money for the meter" and the house was cold on two visits
(thermostat off, 11 degrees). Her grandson [[NAME:Kyle]] has moved in and she says he "looks after the bank cards". Today
there was no food in the fridge apart from milk. She appeared frightened when he came home and asked me to stop talking.
She has capacity for this decision in my view and consented to referral but asked that [[NAME:Kyle]] not be told it came from
the nurses. {{score:MUST 2}}, weight down 3 kg in 6 weeks.

Immediate safety: not in immediate danger today. Food parcel arranged via the surgery social prescriber [[NAME:Hope Adebayo]].
Other agencies: none known. Police not contacted (adult did not wish).
Signed [[NAME:P. Mutasa]] RN, DN Caseload Holder
""", summary="""
District nurse [[NAME:Precious Mutasa]] raised a safeguarding concern on [[DATE:6 March 2025]] about suspected financial abuse and neglect of Mrs [[NAME:Rose Baker]] by
her grandson, with her consent; food support arranged and no immediate danger.
"""),

    dict(style="safeguarding_child_referral_midwife", note="""
MASH REFERRAL - Unborn Baby
Referrer: [[NAME:Aisha Rahman]], Community Midwife, Beeston Team    Mob [[PHONE:07700 934 125]]   Secure email [[EMAIL:aisha.rahman7@nhs.net]]
Date of referral: [[DATE:28.02.2025]]

Mother: [[NAME:Shannon HALL]]   DOB [[DATE:04/05/2004]]   NHS [[MRN:738 664 1025]]
Address: [[ADDRESS:Flat 3, 19 Tempest Road, Beeston, Leeds LS11 6RD]]
Unborn: EDD [[DATE:21/05/2025]], currently 28+3 weeks
Partner/father: [[NAME:Dean KELLY]], DOB [[DATE:16/09/1999]] (not the named father on the booking form - [[NAME:Shannon]] disclosed today)
Other children: none

Concerns:
1. Domestic abuse - [[NAME:Shannon]] disclosed today (seen alone) that [[NAME:Dean]] pushed her against a door last week and
   bruising was seen on her upper arm. {{score:DASH 14}} - high risk. Police have previously attended the address (she thinks in January).
2. [[NAME:Dean]] is reported to use cocaine at weekends. [[NAME:Shannon]] denies use; urine tox not done.
3. Missed 2 antenatal appointments; GTT not done.

Actions taken: MARAC referral submitted (IDVA [[NAME:Chloe Brooks]] informed). Safety plan discussed; she has the
National DA helpline number. Next visit Tues [[DATE:4/3]] at Beeston Hill clinic rather than at home.
Obstetric: {{vital:BP 118/72}}, SFH 28 cm, FH heard {{vital:FHR 140}}, movements felt.
""", summary="""
Midwife [[NAME:Aisha Rahman]] made an unborn-baby MASH referral on [[DATE:28.02.2025]] for [[NAME:Shannon Hall]] after disclosed domestic abuse by partner [[NAME:Dean Kelly]] ({{score:DASH 14}}),
with MARAC referral and the next visit moved to clinic.
"""),

    dict(style="pharmacy_interventions_log", note="""
PHARMACY INTERVENTIONS - Ward 14 Acute Medicine - [[DATE:Mon 10/03/2025]]
Pharmacist: [[NAME:Olamide Coker]] ([[NAME:OC]])   Tech: [[NAME:Rory Lane]] ([[NAME:RL]])

Bed | Patient (hosp no)                | Issue                                              | Action / outcome                          | By / accepted
----|----------------------------------|----------------------------------------------------|-------------------------------------------|------------------
2   | [[NAME:ASHBY, Lincoln]] ([[MRN:J552018]])      | {{drug:Gentamicin}} trough {{lab:gent 2.1}} (target <1)          | Dose held, level 24 h, d/w micro          | [[NAME:OC]] / Dr [[NAME:Patel]]
5   | [[NAME:GREENE, Maureen]] ([[MRN:J301744]])     | {{drug:Clarithromycin}} with {{drug:simvastatin}} {{dose:40 mg}}          | Statin held during course                 | [[NAME:OC]] / Dr [[NAME:Okafor]]
7   | [[NAME:LEWANDOWSKI, Piotr]] ([[MRN:J618802]])  | {{drug:Enoxaparin}} {{dose:40 mg}} OD, wt 132 kg                | Increased to {{dose:40 mg}} BD per obesity guide   | [[NAME:OC]] / Dr [[NAME:Okafor]]
9   | [[NAME:CARMICHAEL, Jean]] ([[MRN:J114396]])    | Own {{drug:Sinemet}} {{dose:12.5/50}} not on chart - missed 2 doses | Charted 06-10-14-18, time-critical alert  | [[NAME:RL]] / [[NAME:OC]] / Dr [[NAME:Patel]]
11  | [[NAME:MBEKI-WHITE, Samuel]] ([[MRN:J209175]]) | {{drug:Keppra}} {{dose:750 mg}} BD, {{lab:eGFR 24}}                    | Reduced to {{dose:500 mg}} BD                      | [[NAME:OC]] / Dr [[NAME:Fenwick]]
14  | [[NAME:ÖZTÜRK, Emine]] ([[MRN:J640098]])       | {{drug:Lyrica}} + {{drug:Oramorph}} + {{drug:zopiclone}}, drowsy, {{vital:RR 10}}     | {{drug:Zopiclone}} stopped, {{drug:Oramorph}} PRN only      | [[NAME:OC]] / Dr [[NAME:Fenwick]]
16  | [[NAME:PRICE, Ellis]] ([[MRN:J477321]])        | {{drug:Senna}} + {{drug:lactulose}}, 4 loose stools/day             | Both stopped, stool chart                 | [[NAME:RL]] / Nurse in charge

Notes: Price of {{drug:Keppra}} brand vs generic queried by ward manager - generic {{drug:levetiracetam}} supplied. Time-critical
{{eponym:Parkinson's}} meds audit flagged to ward manager [[NAME:S. Ward]].
""", summary="""
Ward 14 pharmacy log for [[DATE:10/03/2025]]: seven interventions by [[NAME:Olamide Coker]] including a high {{drug:gentamicin}} trough, missed {{drug:Sinemet}} doses for [[NAME:Jean Carmichael]],
renal dose reduction of {{drug:Keppra}} and stopping {{drug:zopiclone}} in a drowsy patient.
"""),

    dict(style="anticoagulation_clinic_log", note="""
ANTICOAGULATION CLINIC - WARFARIN RECORD
Patient: Mr [[NAME:Desmond BLACKWOOD]]   DOB [[DATE:25/06/1947]]   Hosp [[MRN:M0392214]]   Tel [[PHONE:0161 232 7719]]
Indication: Mechanical mitral valve (On-X, 2016)   Target {{lab:INR 3.0}} (range 2.5-3.5)   Tablets: {{dose:1 mg}} (brown), {{dose:3 mg}} (blue), {{dose:5 mg}} (pink)
Clinic: Moss Side Health Centre (POCT)

Date        INR   Dose (mg/day)            Next test   Comments                                       Init
[[DATE:06/01/25]]    {{lab:3.1}}   {{dose:7}}                        [[DATE:03/02]]       stable                                         [[NAME:JB]]
[[DATE:03/02/25]]    {{lab:4.6}}   {{dose:5}} x1 then {{dose:6}}              [[DATE:10/02]]       on {{drug:clarithromycin}} for chest, no bleeding  [[NAME:JB]]
[[DATE:10/02/25]]    {{lab:3.4}}   {{dose:6}}                        [[DATE:24/02]]       abx finished                                   [[NAME:AO]]
[[DATE:24/02/25]]    {{lab:2.2}}   {{dose:7}}                        [[DATE:10/03]]       missed 2 doses (grandson's wedding in [[ADDRESS:Kingston]])  [[NAME:JB]]
[[DATE:10/03/25]]    {{lab:2.9}}   {{dose:7}}                        [[DATE:07/04]]       TTR 68% last 6 months                          [[NAME:AO]]

Notes [[DATE:24/02/25]]: INR below range with mechanical MVR - discussed with haematology (Dr [[NAME:Fiona Marsh]]): no bridging
needed as only 2 missed doses and no AF; reinforced daily dosing with dosette and phone reminder. Wife [[NAME:Beverley]] helps.
Bleeding: none. New meds: none. Alcohol: 2-3 units Sat.
Anticoag nurses: [[NAME:Joanne Brennan]] ([[NAME:JB]]), [[NAME:Adaeze Okonjo]] ([[NAME:AO]])
""", summary="""
Warfarin log for Mr [[NAME:Desmond Blackwood]] (mechanical MVR, target INR 3.0): INR rose to {{lab:4.6}} on {{drug:clarithromycin}} in February then fell to {{lab:2.2}} after missed
doses, now {{lab:2.9}} on {{dose:7 mg}} daily.
"""),

    dict(style="dialysis_flowsheet", note="""
HAEMODIALYSIS SESSION RECORD - Satellite Unit, Chair 11 - Tue/Thu/Sat PM
Patient: [[NAME:FARAH, Hodan]]   Hosp no [[MRN:RN-203885]]   Date: [[DATE:Thu 13-Mar-2025]]
Access: L radiocephalic AVF, 2 x 15G, buttonhole      Dialyser FX80   Dialysate 2K / 1.25 Ca    Na 138
Heparin: {{drug:heparin}} {{dose:2000 units}} bolus + {{dose:500 units/h}}, stop 1 h before end
Dry weight 58.0 kg   Pre wt 61.2 kg   IDWG 3.2 kg   UF goal 3.0 L (max UF rate 13 ml/kg/h)
Interpreter: Somali, telephone, ID [[MRN:41187]] (for clinic review part of session)

Time   BP        HR   Qb    VP    AP     UF vol   Notes
13:05  {{vital:152/84}}    {{vital:78}}   250   130   -160   0        on, no issues cannulating, [[NAME:MP]]
13:35  {{vital:144/80}}    {{vital:80}}   320   150   -190   0.35
14:35  {{vital:128/74}}    {{vital:84}}   320   150   -190   1.05
15:35  {{vital:96/60}}     {{vital:98}}   300   140   -180   1.80     cramps ++, UF off 15 min, {{dose:100 ml}} saline, feet up
15:55  {{vital:118/70}}    {{vital:86}}   320   150   -190   1.85     UF restarted at reduced rate
17:05  {{vital:126/72}}    {{vital:80}}   --    --    --     2.60     off, needles out, haemostasis 8 min, [[NAME:TK]]

Post wt 58.6 kg (0.6 over dry wt). Pre-bloods (monthly): {{lab:K 5.8}}, {{lab:urea 24.1}}, {{lab:Hb 101}}, {{lab:phosphate 2.1}}. {{lab:URR 71%}}, {{lab:Kt/V 1.34}}.
{{drug:Aranesp}} {{dose:40 mcg}} IV given at end. Dietitian to review fluid and K (interpreter booked again for Sat).
Reviewed by Dr [[NAME:Ciara Doyle]]: consider dry weight +0.5 kg if cramping recurs.
Nurses: [[NAME:Maria Popa]] ([[NAME:MP]]), [[NAME:Taiwo Kolawole]] ([[NAME:TK]])
""", summary="""
Haemodialysis for [[NAME:Hodan Farah]] on [[DATE:13-Mar-2025]] with a mid-session hypotensive cramping episode ({{vital:BP 96/60}}) treated with saline; she finished 0.6 kg above
dry weight with {{lab:Kt/V 1.34}}, and Dr [[NAME:Doyle]] will consider raising dry weight.
"""),

    dict(style="infusion_chair_flowsheet", note="""
DAY INFUSION UNIT - Chair 6
[[NAME:NOWAK, Kamil]]   MRN [[MRN:0728841]]   DOB [[DATE:1991.07.30]]   Wt 79 kg   Allergies: NKDA
Date: [[DATE:18/02/2025]]   Consultant: Dr [[NAME:Emma Kinsella]] (Gastro)
Drug: {{drug:Infliximab}} ({{drug:Remsima}}) {{dose:5 mg/kg}} = {{dose:400 mg}} in 250 ml 0.9% NaCl - maintenance, 8-weekly, dose 6
Indication: Ileocolonic {{eponym:Crohn's}} disease
Pre-checks: no infection sx, no live vaccines, TB screen [[DATE:Oct 2023]] neg, {{lab:CRP 4}}, {{score:HBI 2}}
Premed: none (no previous reactions)

Time    Rate        BP        HR   Temp   SpO2   Comment
10:10   start 2h    {{vital:124/78}}    {{vital:72}}   {{vital:36.6}}   {{vital:99%}}    cannula 20G R forearm, [[NAME:AD]]
10:40   125 ml/h    {{vital:122/76}}    {{vital:70}}   {{vital:36.7}}   {{vital:99%}}
11:10   125 ml/h    {{vital:118/74}}    {{vital:74}}   {{vital:36.7}}   {{vital:98%}}
11:40   125 ml/h    {{vital:120/76}}    {{vital:70}}   {{vital:36.6}}   {{vital:99%}}    pt reports mild headache, {{drug:paracetamol}} {{dose:1 g}} PO
12:10   complete    {{vital:120/78}}    {{vital:68}}   {{vital:36.6}}   {{vital:99%}}    line flushed
12:40   obs stable - discharged (30 min post obs only after dose 4+)

Next infusion booked 8 weeks. Trough level + anti-drug antibodies taken pre-infusion (results to Dr [[NAME:Kinsella]]).
Pt asked about travel to Poland in April - no problem, next dose falls after his return.
RN [[NAME:Aisling Daly]] ([[NAME:AD]])
""", summary="""
Uneventful {{drug:infliximab}} {{dose:400 mg}} maintenance infusion for [[NAME:Kamil Nowak]]'s {{eponym:Crohn's}} disease on [[DATE:18/02/2025]], with only a mild headache treated with {{drug:paracetamol}};
trough level sent and next dose in 8 weeks.
"""),

    dict(style="secure_message_thread", note="""
Teams chat - "Ward 21 Med Reg <> FY1s"   [[DATE:Sun 9 Mar 2025]]

[07:42] [[NAME:Sarah Whitfield]] (Med Reg): Morning. Bed 12 Mr [[NAME:Lewandowski]] - K came back {{lab:6.4}} on the AM bloods. Has anyone seen him?
[07:44] [[NAME:Tom Baker]] (FY1): just looking now. ECG peaked T waves V2-V4, no broad QRS. He's on {{drug:ramipril}} and {{drug:spironolactone}}
[07:45] [[NAME:Sarah Whitfield]] (Med Reg): ok - {{drug:calcium gluconate}} {{dose:10% 30 ml}} over 10 min, {{drug:insulin}}-dextrose ({{dose:10 units}} {{drug:Actrapid}} in {{dose:25 g}} glucose), {{drug:salbutamol}} {{dose:10 mg}} neb. Hold both the ace-i and spiro
[07:46] [[NAME:Tom Baker]] (FY1): 👍 prescribing. creatinine rose from 140 to 290 too
[07:47] [[NAME:Sarah Whitfield]] (Med Reg): AKI 2 then. fluid balance chart, catheter if not passing, repeat K in 1h and hourly CBGs x6
[07:58] [[NAME:Grace Oduya]] (Nurse in charge): {{drug:Calcium}} and {{drug:Actrapid}} in. BM {{lab:7.8}} pre. Want him on a monitor?
[07:59] [[NAME:Sarah Whitfield]] (Med Reg): yes please [[NAME:Grace]], cardiac monitor in bay 3 if free
[09:06] [[NAME:Tom Baker]] (FY1): repeat {{lab:K 5.6}}, BM {{lab:5.2}}. ECG improved
[09:08] [[NAME:Sarah Whitfield]] (Med Reg): great. Start {{drug:Lokelma}} {{dose:10 g}} TDS. I'll see him on the ward round. Can you ring his daughter [[NAME:April]]? Number on front sheet
[09:20] [[NAME:Tom Baker]] (FY1): spoke to [[NAME:April]], she'll come in at lunch
""", summary="""
Secure-message thread on [[DATE:9 Mar 2025]] in which Dr [[NAME:Whitfield]] and Dr [[NAME:Baker]] treat Mr [[NAME:Lewandowski]]'s hyperkalaemia ({{lab:K 6.4}} with ECG changes and AKI) with
calcium, {{drug:insulin}}-dextrose and {{drug:salbutamol}}, bringing K to {{lab:5.6}}.
"""),

    dict(style="night_chat_thread_lowercase", note="""
siilo | "H@N Medicine" | [[DATE:14/03]]
23:12 [[NAME:mhussain]]: anyone free for a cannula bed 7 ward 4? pt needs iv abx at midnight, 2 failed already
23:15 [[NAME:jo.king]]: will come after my sick pt on ward 6 - 20 mins
23:16 [[NAME:mhussain]]: thank you [[NAME:jo]] 🙏
23:48 [[NAME:kofi.a]]: ward 5 bed 2 mr [[NAME:cook]] {{score:news 7}} - {{vital:rr 28}} {{vital:sats 88%}} on 2L, {{vital:hr 118}}, {{vital:bp 94/60}}, {{vital:temp 38.9}}. ?sepsis. can a reg review
23:49 [[NAME:a.brown_reg]]: on my way. start sepsis 6, gas, cultures, lactate. ab per trust guide ({{drug:tazocin}} {{dose:4.5 g}}) unless allergic
23:50 [[NAME:kofi.a]]: allergic to pen (anaphylaxis). he cant cook for himself, lives alone, from home today
23:51 [[NAME:a.brown_reg]]: then {{drug:meropenem}}? no - pen anaphylaxis -> {{drug:co-trimoxazole}} + {{drug:gentamicin}} per guide, micro if unsure
00:20 [[NAME:a.brown_reg]]: seen. {{lab:lactate 4.1}}, RLL consolidation on cxr. {{dose:500 ml}} bolus x2, abx in. outreach aware ([[NAME:bex]]). escalation: for full, ITU aware
00:21 [[NAME:jo.king]]: bed 7 ward 4 cannula done, 1st go 🎉
00:22 [[NAME:mhussain]]: legend. abx given 00:15
""", summary="""
Night secure-chat on [[DATE:14/03]]: a difficult cannula on ward 4 sited by [[NAME:jo.king]], and Mr [[NAME:Cook]] on ward 5 reviewed by the registrar for penicillin-allergic sepsis from
right lower lobe pneumonia ({{lab:lactate 4.1}}) with fluids and alternative antibiotics.
"""),

    dict(style="community_nurse_home_visit", note="""
DISTRICT NURSING - HOME VISIT
Pt: Mrs [[NAME:Dilys PRITCHARD]]   DOB [[DATE:03/10/1940]]   NHS [[MRN:655 012 9934]]
[[ADDRESS:14 Heol Hir, Llanishen, Cardiff CF14 5AB]]   Keysafe - code on EMIS alert   Tel [[PHONE:029 2075 1146]]
Visit [[DATE:20/2/25]] 10:40  -  [[NAME:Ffion Hughes]] RN, with student [[NAME:Kacper Zając]]

Reason: R gaiter venous leg ulcer, weekly measurement + 3x weekly dressing
Ulcer: 4.2 x 3.1 cm (last week 4.8 x 3.4), depth superficial. Bed 70% granulation, 30% yellow slough. Moderate exudate,
no odour. Edges flat, mild maceration. Surrounding skin dry, haemosiderin staining. No cellulitis.
Doppler {{lab:ABPI R 0.94}} / {{lab:L 1.02}} (repeat due April). Pain {{score:3/10}} with dressing change.

Care: Cleansed with tap water. Slough gently removed with debridement pad, no sharp debridement. {{drug:Cavilon}} to
edges. Silicone foam + 2-layer compression kit (40 mmHg) reapplied. Leg elevated.
Obs: {{vital:T 36.5}}. {{lab:BM 6.4}} (diet-controlled T2DM).
Husband [[NAME:Idris]] home; says she's been sitting in the chair all day - encouraged walking and feet up on the settee.
Plan: Continue 3x weekly (Mon/Wed/Fri). Next measurement [[DATE:27/2]]. Refer to leg club if healing stalls.
[[NAME:F. Hughes]] RN
""", summary="""
District nurse home visit for Mrs [[NAME:Dilys Pritchard]] on [[DATE:20/2/25]]: right venous leg ulcer shrinking (4.2 x 3.1 cm), {{lab:ABPI R 0.94}}, compression reapplied and mobility
encouraged.
"""),

    dict(style="midwife_postnatal_home_visit", note="""
POSTNATAL HOME VISIT - Day 5
Mother: [[NAME:Ionela POPESCU]]   DOB [[DATE:22.06.1996]]   Hosp [[MRN:LW7720054]]
Baby: [[NAME:Ana POPESCU]]   NHS [[MRN:931 447 2208]]   DOB [[DATE:08/03/2025]] 04:12   Birth wt 3.41 kg
[[ADDRESS:22a Woodhouse Lane, Leicester LE4 6JT]]   Mob [[PHONE:07512 889 063]]
Midwife: [[NAME:Kerry-Ann Campbell]] RM     Interpreter: Romanian via LanguageLine, ID [[MRN:288531]]

Mother: Well. SVD, 2nd degree tear. Lochia moderate, red, no clots. Perineum healing, sutures intact. Fundus 2 cm below
umbilicus, not tender. {{vital:BP 122/76}} {{vital:P 78}} {{vital:T 36.8}}. Calves soft, non-tender (no {{eponym:Homans}} sign). Mood good,
tearful day 3 ("baby blues"), discussed. Partner [[NAME:Mihai]] on paternity leave.
Feeding: Exclusive breastfeeding, 8-10 feeds/24 h, audible swallow, good latch observed. Nipples slightly sore - no damage.

Baby: Weight 3.20 kg (-6.2%). Mild jaundice to chest only, {{lab:TcB 182}} - below treatment line. Cord clean and drying.
Wet nappies 6, yellow stools. Alert, good tone.
Newborn blood spot ({{eponym:Guthrie}}) taken R heel - card posted. NIPE done in hospital - normal.

Plan: Weigh day 10. Advised on jaundice warning signs (pale stools, sleepy, not feeding). Safe sleep discussed.
Contraception: wants to discuss at 6/52 with GP. Next visit [[DATE:Thurs 18th]].
""", summary="""
Day-5 postnatal visit with a Romanian interpreter for [[NAME:Ionela Popescu]] and baby [[NAME:Ana]]: mother well, baby breastfeeding with 6.2% weight loss and mild jaundice
below treatment line ({{lab:TcB 182}}); blood spot taken.
"""),

    dict(style="pharmacy_intervention_no_phi", note="""
CLINICAL PHARMACY INTERVENTION - Antimicrobial

Drug: {{drug:Vancomycin}} IV (continuous infusion)
Indication: MRSA bacteraemia, line-related - line removed day 1
Current regimen: Loading {{dose:25 mg/kg}}, then {{dose:2 g}} over 24 h
Level day 3: {{lab:vancomycin 31 mg/L}} (target 20-25)
Renal: {{lab:creatinine 96}} -> {{lab:creatinine 134}} over 48 h, {{lab:eGFR 44}}. UO 0.4 ml/kg/h overnight.
Concomitant nephrotoxins: {{drug:gentamicin}} stat in ED (single dose), {{drug:furosemide}} {{dose:40 mg}} BD, {{drug:ramipril}} {{dose:10 mg}} OD.

Recommendation:
1. Stop infusion for 4 h, then restart at {{dose:1.5 g}}/24 h
2. Repeat level in 24 h and daily U&E
3. Suggest holding {{drug:ramipril}} and reviewing {{drug:furosemide}} while AKI stage 1
4. Echo already requested (TTE) - if negative, consider TOE per ID; minimum 14 days IV from first negative culture
5. Discussed with ID - happy with plan; consider switch to {{drug:daptomycin}} if creatinine continues to rise

Outcome: Accepted by medical team on ward round. Changes made on EPMA.
Category: Dose adjustment - renal / TDM. Potential harm prevented: moderate.
""", summary="""
Pharmacy advised pausing then reducing {{drug:vancomycin}} for a supratherapeutic level ({{lab:vancomycin 31 mg/L}}) and rising creatinine in MRSA bacteraemia, and holding {{drug:ramipril}};
accepted by the team.
"""),

    dict(style="anticoagulation_doac_review_ireland", note="""
Anticoagulation Clinic - DOAC Annual Review
South Tipperary General Hospital, [[ADDRESS:Clonmel]]    Clinic line [[PHONE:052 617 7000]] ext [[PHONE:7312]]
Name: [[NAME:BRENNAN, Mary Clare]]   MRN [[MRN:ST-411902]]   DOB [[DATE:8th Dec 1938]]   Seen [[DATE:11-Mar-2025]]
Indication: Non-valvular AF (dx 2019). {{score:CHA2DS2-VASc 5}}, {{score:HAS-BLED 2}}
Current: {{drug:Apixaban}} ({{drug:Eliquis}}) {{dose:5 mg}} BD

Wt today 57.8 kg (was 63 kg last year). {{lab:Creatinine 141}} µmol/L, {{lab:CrCl 27 ml/min}} ({{eponym:Cockcroft-Gault}}). {{lab:Hb 118}}, {{lab:Plt 236}}.
Age {{age:86}}. -> Meets 2 of 3 dose-reduction criteria (age >= 80, wt <= 60 kg, Cr >= 133).
Bleeding: occasional nosebleeds in the winter, none needing attention. No falls. No black stools.
Adherence: uses blister pack from pharmacy, daughter [[NAME:Carmel]] checks weekly.
Interacting meds: none new. Takes {{drug:Solpadeine}} occasionally - advised {{drug:paracetamol}} only, no NSAIDs.

Plan:
- Reduce {{drug:apixaban}} to {{dose:2.5 mg}} BD from tonight. Pharmacy ([[NAME:Gerard]], Clonmel Pharmacy) phoned to update blister pack.
- Letter to GP Dr [[NAME:Ciarán Fogarty]]
- U&E 3 months (renal decline), review 12 months
[[NAME:Niamh O'Rourke]], ANP Anticoagulation
""", summary="""
DOAC review for [[NAME:Mary Clare Brennan]] on [[DATE:11-Mar-2025]]: aged {{age:86}}, 57.8 kg and {{lab:creatinine 141}}, so {{drug:apixaban}} was reduced to {{dose:2.5 mg}} BD, with the pharmacy
and GP informed.
"""),

    dict(style="pd_exchange_log_nz", note="""
PERITONEAL DIALYSIS - TRAINING / EXCHANGE LOG  (Home Dialysis Unit, Counties Manukau)
Patient: [[NAME:Hemi WALKER]]   NHI [[MRN:LMN7734]]   DOB [[DATE:30/01/1972]]
Home: [[ADDRESS:5 Puriri Place, Pukekohe]]   Ph [[PHONE:09 238 4410]]   Whānau support: sister [[NAME:Hine]]
Regimen: CAPD 4 x 2 L/day    Training day 4 of 5    Trainer: [[NAME:Mereana Tipene]] RN

Exch  Time   Bag                  Fill   Drain   Dwell   Effluent  Done by          Notes
1     07:00  {{drug:Physioneal}} {{dose:1.36%}}    2.0 L  2.1 L   5 h     clear     [[NAME:H.W.]] supervised   good handwashing, forgot mask - prompted
2     12:00  {{drug:Physioneal}} {{dose:2.27%}}    2.0 L  2.3 L   5 h     clear     [[NAME:H.W.]] independent  
3     17:00  {{drug:Physioneal}} {{dose:1.36%}}    2.0 L  2.1 L   5 h     clear     [[NAME:H.W.]] independent  slow drain - constipated? 
4     22:00  {{drug:Extraneal}}                2.0 L  (am)    9 h     -         [[NAME:Hine]] w/ [[NAME:H.W.]]     sister trained on night bag

Net UF today approx 0.5 L. Wt 91.4 kg. {{vital:BP 138/86}}. Exit site clean, no crusting, {{drug:mupirocin}} daily.
Bowels: not opened 2 days -> {{drug:Laxsol}} 2 nocte; constipation discussed as cause of poor drainage.
Knows to ring unit 24/7 if cloudy bag, abdo pain or fever (peritonitis). Home delivery from Baxter arranged.
Plan: Sign off independent after tomorrow; home visit week 1 by [[NAME:M. Tipene]].
""", summary="""
CAPD training day 4 for [[NAME:Hemi Walker]]: exchanges now mostly independent, with slow drainage attributed to constipation; his sister [[NAME:Hine]] was trained on the
{{drug:Extraneal}} night bag and sign-off is planned for tomorrow.
"""),

    dict(style="pharmacist_doctor_chat_au", note="""
Secure Messaging (Medical Director) - ward 7 West, Royal Perth Hospital
[[DATE:19/02/2025]]

09:14  [[NAME:Priya Venkatesan]] (Pharmacist): Hi [[NAME:Lachlan]], re bed 23 [[NAME:Noeline Jackamarra]] UR [[MRN:A4410387]] - {{drug:vanc}} trough this morning {{lab:8.2}}. AUC est ~280, well under target (400-600). Cellulitis + osteo R foot?
09:20  [[NAME:Lachlan Reid]] (RMO): yes diabetic foot with osteo on MRI. what do you want to go to?
09:22  [[NAME:Priya Venkatesan]] (Pharmacist): suggest {{dose:1.5 g}} q12h (from {{dose:1 g}} q12h), level before 4th dose. Renal fn fine, {{lab:Cr 71}}
09:23  [[NAME:Lachlan Reid]] (RMO): done, charted. Also she's asking about going home to [[ADDRESS:Kalgoorlie]] for her grandson's funeral next week
09:31  [[NAME:Priya Venkatesan]] (Pharmacist): hmm - needs 6 weeks IV. could be OPAT via {{drug:teicoplanin}} if ID agree. Worth asking ID and the Aboriginal Liaison Officer ([[NAME:Trevor Bropho]]) today
09:33  [[NAME:Lachlan Reid]] (RMO): will page ID ([[PHONE:3319]]). thanks heaps
11:40  [[NAME:Lachlan Reid]] (RMO): ID happy for {{drug:teicoplanin}} 3x weekly via Kalgoorlie Health Campus OPAT after loading. PICC booked Fri
11:42  [[NAME:Priya Venkatesan]] (Pharmacist): great. I'll do the OPAT med list & loading doses ({{dose:12 mg/kg}} q12h x3)
""", summary="""
Pharmacist [[NAME:Priya Venkatesan]] and Dr [[NAME:Lachlan Reid]] increased {{drug:vancomycin}} for [[NAME:Noeline Jackamarra]]'s diabetic foot osteomyelitis on [[DATE:19/02/2025]] and, with ID and the Aboriginal
Liaison Officer, arranged {{drug:teicoplanin}} OPAT near home so she can attend a family funeral.
"""),

    dict(style="palliative_home_visit_au", note="""
COMMUNITY PALLIATIVE CARE - NURSE HOME VISIT
Client: [[NAME:Keith HARDY]]   DOB [[DATE:17/04/1944]]   URN [[MRN:BH00388172]]   Ph [[PHONE:(03) 5331 2740]]
Address: [[ADDRESS:112 Sturt Street West, Ballarat VIC 3350]]
Visit: [[DATE:Tuesday 25 February]], 14:00-15:10     Nurse: [[NAME:Bronwyn Gale]] RN
Dx: Metastatic prostate ca (bone, liver). {{score:AKPS 30}}, Phase: deteriorating

Wife [[NAME:Joy]] says he's "a hardy old bloke" but has been mostly in bed since Saturday, sleeping most of the day, eating
a few spoons of custard. Pain was breaking through overnight (3 PRN doses) - grimacing when turned.
NIKI T34 syringe driver running since yesterday via butterfly R abdomen - site clean, no redness.
  {{drug:Morphine}} {{dose:20 mg}} + {{drug:midazolam}} {{dose:5 mg}} over 24 h. Volume correct for time elapsed, battery 60%.
Discussed with palliative physician Dr [[NAME:Winston Ashby-Park]] by phone:
  -> increase {{drug:morphine}} to {{dose:30 mg}}/24 h, PRN {{drug:morphine}} {{dose:5 mg}} subcut 1-hrly, {{drug:glycopyrronium}} {{dose:0.2 mg}} PRN for secretions
New driver set up 14:45, checked with [[NAME:Joy]].
Mouth care shown to [[NAME:Joy]]; sponge sticks left. Pressure areas intact, air mattress working. Catheter (IDC) draining 300 ml.
[[NAME:Joy]] managing but tired; daughter [[NAME:Leanne]] arriving from [[ADDRESS:Geelong]] tomorrow. No joy with the after-hours GP line last night -
given our 24 h nurse line number again. Goals: home death is his wish, documented, ACD in the folder.
[[NAME:B. Gale]] RN
""", summary="""
Palliative nurse visit for [[NAME:Keith Hardy]] on [[DATE:25 February]]: deteriorating at home with breakthrough pain, syringe driver {{drug:morphine}} increased to {{dose:30 mg}}/24 h after
discussion with Dr [[NAME:Ashby-Park]], and wife [[NAME:Joy]] supported with mouth care and the 24 h line.
"""),

    dict(style="iron_infusion_flowsheet_no_phi", note="""
AMBULATORY CARE - IV IRON INFUSION RECORD (Chair 3)

Indication: Iron deficiency anaemia, intolerant of oral iron (GI upset with {{drug:ferrous sulfate}} and {{drug:ferrous fumarate}})
Bloods: {{lab:Hb 94}}, {{lab:MCV 71}}, {{lab:ferritin 6}}, {{lab:TSAT 5%}}. Weight 68 kg.
Product: {{drug:Ferinject}} ({{drug:ferric carboxymaltose}}) {{dose:1000 mg}} in 250 ml NaCl 0.9% over 15 min
Checks: Not pregnant (LMP within 2 weeks), no previous reaction to IV iron, no active infection. {{lab:Phosphate 1.02}} baseline.
Consent: verbal - risk of skin staining if extravasation, hypophosphataemia, hypersensitivity reaction explained.

Time    BP        HR   SpO2   Temp    Comment
Pre     {{vital:118/72}}    {{vital:76}}   {{vital:99%}}    {{vital:36.4}}    22G cannula L ACF, flush ok
+0      -         -    -      -       infusion started, observed continuously first 5 min
+15     {{vital:116/70}}    {{vital:78}}   {{vital:99%}}    -       complete, no reaction
+30     {{vital:120/74}}    {{vital:74}}   {{vital:99%}}    {{vital:36.5}}    cannula removed, site clean, no staining

Post-infusion advice: flu-like symptoms possible for 1-2 days; return or ring if rash, wheeze or swelling.
Repeat FBC, ferritin and phosphate in 6 weeks via GP. Discharged ambulant.
""", summary="""
Uneventful {{drug:Ferinject}} {{dose:1000 mg}} infusion for iron deficiency anaemia ({{lab:Hb 94}}, {{lab:ferritin 6}}) with stable observations and no reaction; bloods to be repeated
in six weeks.
"""),

    dict(style="safeguarding_elder_canada", note="""
REFERRAL - Adult Protection / Protection des adultes (Social Development NB)
Date: [[DATE:2025-02-11]]     File # (SD): [[MRN:APS-2025-00731]]
Referred by: [[NAME:Josée Cormier]], RN, Extra-Mural Program, [[ADDRESS:Moncton]]    Tel [[PHONE:506-856-2214]]

Client: Mme [[NAME:BOUDREAU, Thérèse]]   DOB [[DATE:1932-10-04]]   Age [[AGE:92]]   Medicare NB [[MRN:845 219 336]]
Address: [[ADDRESS:87 rue Saint-George, Moncton NB E1C 1V2]]   Language: French (Acadian), limited English
Lives with: son [[NAME:Réjean Boudreau]] ({{age:64}})

Concern: Neglect / self-neglect by caregiver. On visit today Mme [[NAME:Boudreau]] was in the same soiled clothing as on
[[DATE:Feb 4]], sacral pressure injury has progressed from stage 2 to stage 3 (4 x 3 cm). Medication blister packs for
[[DATE:Feb 5-10]] untouched including {{drug:furosemide}} {{dose:40 mg}} and {{drug:metoprolol}} {{dose:25 mg}}. Bilateral leg oedema 3+.
{{vital:BP 172/94}}. {{score:MMSE 19/30}} (done in French). Son states he "works nights and cannot do everything"; he appeared
exhausted and intoxicated at 11:00. No food prepared. Heat on.
She said "Je veux rester chez nous" - wishes to stay home.

Action: Family physician Dr [[NAME:Marc Thériault]] informed; requested urgent home-support hours assessment.
Pressure injury dressed, mattress overlay ordered. Next EMP visit in 48 h. Her daughter [[NAME:Lise Gallant]]
([[ADDRESS:Dieppe]], [[PHONE:506-389-7720]]) is willing to help and has been contacted with client's permission.
""", summary="""
Extra-Mural nurse [[NAME:Josée Cormier]] referred [[AGE:92]]-year-old Mme [[NAME:Thérèse Boudreau]] to Adult Protection on [[DATE:2025-02-11]] for caregiver neglect (missed medications,
stage 3 pressure injury, {{score:MMSE 19/30}}); GP and daughter involved and home support requested.
"""),

    dict(style="incident_report_medication", note="""
INCIDENT REPORT - Medication error                        Incident no. [[MRN:IR-88205]]
Date of incident: [[DATE:Friday 7th February 2025]], approx 17:30    Area: Ward 3 (Surgical)
Reporter: [[NAME:Gemma Frost]], Charge Nurse    Patient: [[NAME:Gurpreet SANDHU]], MRN [[MRN:H2210458]], {{age:68}} M

What happened:
Handwritten supplementary chart (EPMA downtime) read "{{drug:Novorapid}} 10U" with a U that was read as a zero. {{dose:100 units}} was
drawn up; the second checker ([[NAME:AW]], agency) questioned it but the first nurse had already given {{dose:40 units}} before stopping.
Patient on post-op day 2 after right hemicolectomy, eating small amounts.

Immediate action:
- Outreach and FY2 Dr [[NAME:Benjamin Tse]] informed 17:40. CBG hourly.
- 18:30 {{lab:CBG 2.1}}, sweaty, {{score:GCS 15}} -> {{drug:Glucogel}} x2 then {{drug:glucose 10%}} infusion at 100 ml/h
- 19:30 {{lab:CBG 6.8}}; infusion continued overnight, CBG 1-hourly, {{lab:K 3.6}} replaced
- Patient and wife [[NAME:Harjit]] told at 20:00 by Dr [[NAME:Tse]] and me; apology given (Duty of Candour)

Harm level: Moderate (additional treatment, no lasting harm expected).
Contributing factors: "U" abbreviation; downtime chart; two nurses both interrupted at drug round; insulin not
prescribed in "units" written out.
Learning: 'units' written in full; insulin must be drawn up with both checkers present. Shared at Safety Huddle.
""", summary="""
Medication incident on [[DATE:7th February 2025]]: [[NAME:Gurpreet Sandhu]] received {{dose:40 units}} of {{drug:Novorapid}} instead of 10 after a "U" was misread, causing hypoglycaemia
({{lab:CBG 2.1}}) treated with glucose; moderate harm, disclosed to patient and wife.
"""),

    dict(style="midwife_registrar_message_thread", note="""
NHSmail Teams - "Community Midwives Eastside <-> Labour Ward"

[[DATE:03/03/2025]] 14:02  [[NAME:Yasmin Abdullahi]] (Community MW): Hi, visiting Mrs [[NAME:Amina Hassan]] at home now, 36+2, G3P2. Reduced FMs since last night. Hosp no [[MRN:B7712504]]
[[DATE:03/03/2025]] 14:03  [[NAME:Yasmin Abdullahi]] (Community MW): {{vital:BP 148/96}} repeated {{vital:146/94}}, urine {{lab:protein ++}}. Mild headache. No visual disturbance
[[DATE:03/03/2025]] 14:05  Dr [[NAME:Ifeoma Eze]] (O&G Reg): Thanks [[NAME:Yasmin]]. Needs to come in - MAU for CTG and PET bloods. Can she get here in the next hour?
[[DATE:03/03/2025]] 14:07  [[NAME:Yasmin Abdullahi]] (Community MW): husband [[NAME:Mohamed]] at work in [[ADDRESS:Leicester]], she has the 2 kids. Sister coming to mind them. I'll drive her in
[[DATE:03/03/2025]] 14:08  Dr [[NAME:Ifeoma Eze]] (O&G Reg): perfect. Ring MAU on [[PHONE:0121 424 3911]] so they know. Give {{drug:labetalol}} here or wait?
[[DATE:03/03/2025]] 14:09  [[NAME:Yasmin Abdullahi]] (Community MW): nothing to give at home - she's not on anything
[[DATE:03/03/2025]] 14:10  Dr [[NAME:Ifeoma Eze]] (O&G Reg): fine, we'll start {{drug:labetalol}} {{dose:200 mg}} on arrival if still > 140/90
[[DATE:03/03/2025]] 15:02  [[NAME:Yasmin Abdullahi]] (Community MW): In MAU now, handed over to [[NAME:Precious]]. Interpreter not needed - good English
[[DATE:03/03/2025]] 17:40  Dr [[NAME:Ifeoma Eze]] (O&G Reg): CTG normal, {{lab:PCR 64}}, {{lab:plt 168}}, {{lab:ALT 22}}. Pre-eclampsia - admitted, plan IOL at 37/40. Thanks for bringing her
""", summary="""
Messages on [[DATE:03/03/2025]] between community midwife [[NAME:Yasmin Abdullahi]] and Dr [[NAME:Eze]] brought [[NAME:Amina Hassan]] (36+2 weeks, reduced movements, {{vital:BP 148/96}}, proteinuria) to MAU,
where pre-eclampsia was confirmed and induction planned at 37 weeks.
"""),

    dict(style="antenatal_booking_home_visit", note="""
ANTENATAL BOOKING - home visit ([[ADDRESS:Page Hall]])
Woman: [[NAME:Rojin AMEDI]]   DOB [[DATE:14/01/1999]]   NHS [[MRN:522 713 4480]]
[[ADDRESS:31 Popple Street, Sheffield S4 7DS]]   Tel [[PHONE:07384 550 216]]
LMP [[DATE:02/12/2024]]  EDD (dates) [[DATE:08/09/2025]]  Gestation 10+1
Interpreter: Kurmanji (Kurdish), telephone, [[NAME:Serwan]] ID [[MRN:90612]] - husband not used to interpret
Midwife: [[NAME:Heather Snow]] RM

Obstetric hx: G2P1 - SVD in Turkey 2021, boy, 3.2 kg, no complications.
Medical: nil. Previous anaemia in pregnancy. No allergies. No meds - started {{drug:folic acid}} {{dose:400 mcg}} today.
Social: arrived UK 2023, asylum accepted. Lives with husband [[NAME:Dilshad]] and son. Not working. No DA disclosed (asked alone,
via interpreter). Not registered with a dentist - given list.
Obs: {{vital:BP 108/66}}, BMI 23, urine NAD.
Risk: Low risk - midwife-led care. VTE score {{score:0}}. Aspirin not indicated.
Bloods taken: FBC, group & save, Hb electrophoresis (family origin questionnaire), HIV/hep B/syphilis, rubella not offered.
Booked: dating scan, Jessop Wing. Pt given pregnancy notes and Kurdish leaflets.
""", summary="""
Home booking visit with a Kurdish interpreter for [[NAME:Rojin Amedi]] at 10+1 weeks (EDD [[DATE:08/09/2025]]): low-risk second pregnancy, {{drug:folic acid}} started, bloods taken and
a dating scan booked.
"""),

    dict(style="incident_report_no_phi", note="""
INCIDENT REPORT - Near miss (no patient involved)

Category: Medicines - storage / cold chain
Location: Treatment room drug fridge, day surgery unit
Found at start of early shift: fridge display 13.8°C, max/min log showed max 14.1°C, min 3.2°C since last reset.
Fridge door found slightly ajar behind a trolley. Alarm not audible (battery flat).

Stock affected (quarantined, labelled "DO NOT USE", pharmacy informed):
- {{drug:Insulin aspart}} pens x 6, {{drug:insulin glargine}} pens x 4
- {{drug:Suxamethonium}} 100 mg/2 ml amps x 10
- {{drug:Rocuronium}} 50 mg/5 ml vials x 8
- {{drug:Oxytocin}} 10 units amps x 5
- {{drug:Hepatitis B vaccine}} x 3
- {{drug:Latanoprost}} eye drops x 2

Immediate action: Medicines information and manufacturer advice sought via pharmacy. {{drug:Rocuronium}} and {{drug:suxamethonium}}
replaced from theatre stock. {{drug:Insulin}} pens discarded. Vaccine manufacturer advises not to use - destroyed.
No doses given from affected stock (checked against EPMA administration since last in-range reading).

Contributing factors: trolley stored against fridge; daily temp check done but not reset; alarm battery not on checklist.
Actions: alarm battery added to weekly checklist; fridge relocated away from trolley bay; estates asked to fit
door-closer. Cost of wasted stock approx 420 GBP.
Harm: None (near miss).
""", summary="""
Near-miss incident: a day surgery drug fridge reached 14.1°C with the door ajar and alarm battery flat; insulin, neuromuscular blockers, {{drug:oxytocin}} and vaccine stock
were quarantined or replaced and no affected doses were given.
"""),

    dict(style="renal_secure_message_ireland", note="""
Hospify thread - Renal SpR / Dialysis Unit, Beaumont
[[DATE:Sat 22 Feb]]

08:10 [[NAME:niamh.carey_cnm2]]: Morning - [[NAME:Declan Storm]] ([[MRN:0665120]]) arrived for 8am slot, L brachiobasilic fistula has no thrill or bruit since last night. Arm not swollen.
08:12 [[NAME:dr.kowalski]]: grand, thanks. any hypotension after his last run?
08:13 [[NAME:niamh.carey_cnm2]]: BP dropped to {{vital:84/50}} end of Thurs session (UF 3.8 L). He felt "washed out" - went home with his wife [[NAME:Bernie]]
08:14 [[NAME:niamh.carey_cnm2]]: {{lab:K 5.9}} on the istat just now
08:16 [[NAME:dr.kowalski]]: ok. Needs a temp line for today then. I'll put in a R IJ vascath in the procedure room ~9. Can you let IR know he needs a fistulogram +/- thrombectomy, on-call is Dr [[NAME:Brendan Shiels]] bleep [[PHONE:812]]
08:17 [[NAME:niamh.carey_cnm2]]: on it. He's on {{drug:warfarin}} for AF, {{lab:INR 1.6}} this morning (sub-therapeutic - was held by GP for a dental extraction)
08:19 [[NAME:dr.kowalski]]: noted. Hold {{drug:heparin}} bolus today given IR. Document the UF/hypotension - we need to revisit his dry wt (currently 74.5)
09:52 [[NAME:dr.kowalski]]: line in, tip at cavoatrial junction on CXR. Good to dialyse. 2K bath
10:05 [[NAME:niamh.carey_cnm2]]: on at 10:02, Qb 300. IR will take him after dialysis ~14:00
""", summary="""
Secure thread on [[DATE:22 Feb]] about [[NAME:Declan Storm]]'s thrombosed left brachiobasilic fistula after intradialytic hypotension: a temporary right IJ line was placed for dialysis
({{lab:K 5.9}}) and IR fistulogram arranged.
"""),

    dict(style="home_care_visit_canada", note="""
HOME CARE NURSING VISIT - Vancouver Coastal Health, Richmond Community Health
Client: [[NAME:LEUNG, Wai-Keung]] (prefers "[[NAME:Kenneth]]")   PHN [[MRN:9087 412 655]]   DOB [[DATE:Aug 21 1948]]
[[ADDRESS:6120 No. 3 Road, Unit 804, Richmond BC V6Y 2B3]]   Home [[PHONE:604-273-8816]]   Daughter [[NAME:Cindy Leung]] cell [[PHONE:778-558-0192]]
Visit date: [[DATE:March 5, 2025]]   RN: [[NAME:Jaspreet Gill]]

Reason: New basal insulin - teaching visit 2 of 3. T2DM, {{lab:A1c 10.4%}} last month. Cantonese speaker; daughter present,
interpreting per client preference (professional interpreter offered and declined).
Insulin: {{drug:Basaglar}} ({{drug:insulin glargine}}) {{dose:14 units}} at bedtime, titrate by {{dose:2 units}} every 3 days until fasting 4-7.
Also: {{drug:metformin}} {{dose:1000 mg}} BID, {{drug:Jardiance}} {{dose:25 mg}} daily.

Today: Demonstrated pen prime (2 units), injection sites rotated abdomen. Client performed return demonstration correctly
x1 with prompting on the 10 second hold. Glucometer log reviewed - fasting 11.2, 10.6, 9.8 mmol/L. No hypos.
Hypo teaching: rule of 15, dextrose tabs in kitchen drawer. Daughter to check log by WeChat photo daily.
Feet: intact, monofilament 8/10 sites sensed bilaterally.
{{vital:BP 136/78}}, {{vital:HR 70}}. Weight 71 kg.
Plan: Increase to {{dose:16 units}} tonight per titration. Last teaching visit [[DATE:Mar 12]]. Report to Dr [[NAME:Hoang]] (GP) after visit 3.
[[NAME:J. Gill]], RN
""", summary="""
Second insulin teaching visit on [[DATE:March 5, 2025]] for [[NAME:Wai-Keung Leung]] with his daughter interpreting: pen technique correct, fasting glucose still high, and {{drug:Basaglar}}
titrated to {{dose:16 units}}.
"""),

    dict(style="pharmacy_med_rec_ireland", note="""
PHARMACY MEDICINES RECONCILIATION - Admission
Patient: [[NAME:KAZLAUSKIENĖ, Rūta]]   MRN [[MRN:0587203]]   DOB [[DATE:27/05/1961]]   Ward: St Brigid's
Admitted [[DATE:26/02/2025]] with COPD exacerbation. Pharmacist: [[NAME:Eoin Kenny]] MPSI    Reg [[MRN:PSI-8841]]
Sources: patient (fluent English), own medicines brought in by son [[NAME:Tomas]], GP list faxed from Dr [[NAME:Paula Lynch]] ([[PHONE:044 934 7710]]),
community pharmacy ([[ADDRESS:Mullingar]]) dispensing history.

Medicine (source)                           Pre-admission             Charted             Comment
{{drug:Spiolto Respimat}} (GP, pharmacy)             {{dose:2 puffs}} OD              {{dose:2 puffs}} OD          -
{{drug:Ventolin}} (patient)                         PRN                       PRN                 using 8-10x/day before adm
{{drug:Bisoprolol}} (GP)                            {{dose:2.5 mg}} OD               {{dose:2.5 mg}} OD           -
{{drug:Concor}} (bought in [[ADDRESS:Vilnius]], patient)        {{dose:5 mg}} OD                 not charted         = {{drug:bisoprolol}}! duplicate - was taking BOTH
{{drug:Atorvastatin}} (GP)                          {{dose:20 mg}} nocte             {{dose:20 mg}} nocte        -
{{drug:Mydocalm}} ({{drug:tolperisone}}, from Lithuania)    {{dose:150 mg}} BD               not charted         not available in IE - d/w team
{{drug:Omeprazole}} (GP)                            {{dose:20 mg}} OD                omitted             please chart - on {{drug:prednisolone}}

Issues: (1) Duplicate beta-blocker - {{vital:HR 52}} on admission; team advised to continue {{drug:bisoprolol}} {{dose:2.5 mg}} only and patient
counselled to stop {{drug:Concor}}. (2) {{drug:Omeprazole}} charted. (3) {{drug:Tolperisone}} - held, GP to review.
Accepted by Dr [[NAME:Grace Moloney]] (SHO). [[NAME:E. Kenny]] bleep [[PHONE:367]]
""", summary="""
Admission medicines reconciliation for [[NAME:Rūta Kazlauskienė]] found duplicate beta-blockade ({{drug:Concor}} bought in Lithuania plus GP {{drug:bisoprolol}}, {{vital:HR 52}}); pharmacist [[NAME:Eoin Kenny]] had the
duplicate stopped, {{drug:omeprazole}} charted and {{drug:tolperisone}} held.
"""),
]
