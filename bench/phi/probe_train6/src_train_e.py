NOTES = [
    dict(style="peds_well_child", note="""
WELL CHILD CHECK - 12 MONTH
[[NAME:TUILAGI, GRACE L]]    DOB [[DATE:04/02/2024]]    MRN [[MRN:4471902]]    Visit [[DATE:04/07/2025]]
Here with mom [[NAME:Losa]] and grandmother; [[NAME:Sione Tuilagi]] (dad) joined by speakerphone from work, [[PHONE:808-555-0193]].
Interval: 2 AOM since 9 mo, both treated w/ {{drug:amoxicillin}} {{dose:90 mg/kg/day}}. Whole milk ~20 oz/day, still 1 night bottle.
Growth: wt 9.6 kg (48%)  length 75.5 cm (61%)  HC 45.8 cm (52%)   {{vital:T 36.9}}  {{vital:HR 122}}
Dev: ASQ-3 passed all domains. Cruises, 3 words, waves bye-bye, pincer grasp.
Exam: TMs pearly, no effusion. RRR, no murmur. {{eponym:Ortolani}}/{{eponym:Barlow}} neg. 4 incisors. Mongolian spots sacrum (documented at birth).
Labs: {{lab:Hgb 11.2}} (POC)   lead sent [[DATE:4/7]]

  VACCINE     DOSE#  SITE      LOT      EXP       GIVEN BY
  MMR         1      L thigh   X3K88    11/2026   [[NAME:KF]]
  Varicella   1      R thigh   Y0412    08/2026   [[NAME:KF]]
  Hep A       1      L thigh   HA2290   02/2027   [[NAME:KF]]
  PCV20       4      R thigh   P7731    05/2026   [[NAME:KF]]

VIS reviewed in Samoan via interpreter [[NAME:Faleolo]] (badge [[MRN:4410]]). Observed 15 min in lobby, no rxn.
Fluoride varnish applied. Dental home: referred to Keiki Smiles; we will recheck bottle weaning at 15 mo ([[DATE:7/7]]).
[[NAME:Tavita Aumua]], MD
""", summary="""
[[NAME:Grace Tuilagi]], a healthy 12-month-old, received MMR, varicella, Hep A and PCV20 on [[DATE:04/07/2025]] with normal growth and development. Lead is pending and follow-up is planned at 15 months on [[DATE:7/7]].
"""),

    dict(style="immunization_record", note="""
STATE IMMUNIZATION INFORMATION SYSTEM - OFFICIAL RECORD        Printed [[DATE:2025-08-11]] 14:02
Name: [[NAME:LEE, SEO-YUN]]        DOB: [[DATE:2019-09-17]]      Sex: F      Registry ID: [[MRN:880213457]]
Parent/Guardian: [[NAME:LEE, JI-HOON]] / [[NAME:OH, MIN-JI]]
Address: [[ADDRESS:1180 Anderson Ave Apt 3B]], [[ADDRESS:Fort Lee]], NJ [[ADDRESS:07024]]    Phone: [[PHONE:(201) 555-0157]]

VACCINE         DOSE 1        DOSE 2        DOSE 3        DOSE 4        DOSE 5
DTaP            [[DATE:11/19/2019]]    [[DATE:01/21/2020]]    [[DATE:03/24/2020]]    [[DATE:12/22/2020]]    [[DATE:10/02/2023]]
IPV             [[DATE:11/19/2019]]    [[DATE:01/21/2020]]    [[DATE:09/29/2020]]    [[DATE:10/02/2023]]
Hib (PRP-T)     [[DATE:11/19/2019]]    [[DATE:01/21/2020]]    [[DATE:03/24/2020]]    [[DATE:12/22/2020]]
Hep B           [[DATE:09/18/2019]]    [[DATE:11/19/2019]]    [[DATE:03/24/2020]]
PCV13           [[DATE:11/19/2019]]    [[DATE:01/21/2020]]    [[DATE:03/24/2020]]    [[DATE:12/22/2020]]
MMR             [[DATE:09/21/2020]]    [[DATE:10/02/2023]]
Varicella       [[DATE:09/21/2020]]    [[DATE:10/02/2023]]
Hep A           [[DATE:09/21/2020]]    [[DATE:03/30/2021]]
Influenza       [[DATE:10/14/2024]] (most recent of 5)
Rotavirus       [[DATE:11/19/2019]]    [[DATE:01/21/2020]]    (RV1, series complete)

Status: UP TO DATE for Kindergarten / Grade 1 (N.J.A.C. 8:57-4).
Validated by: [[NAME:yjkang]] ([[NAME:KANG, YOUNG-JA]] RN, Bergen Family Health)
""", summary="""
Registry immunization record for [[NAME:Seo-yun Lee]] (DOB [[DATE:2019-09-17]]) showing complete primary and booster series through [[DATE:10/02/2023]]. She is up to date for school entry.
"""),

    dict(style="ob_prenatal_flowsheet", note="""
PRENATAL FLOWSHEET    [[NAME:DOS SANTOS, MARIA CONCEIÇÃO]]    G3P1011    EDD [[DATE:03/02/2026]] (8w US)
Prefers Portuguese; husband [[NAME:Thiago]] interprets at pt request (declined staff interpreter, documented).
O NEG, antibody screen neg [[DATE:8/4]]. Rubella immune. HIV/RPR/HBsAg neg. NIPT low risk, female.

Date      GA      Wt(kg)  BP                 Urine P/G   FH(cm)  FHR   Initials
[[DATE:8/04]]      10w0d   71.2    {{vital:112/68}}    neg/neg     -       168   [[NAME:APR]]
[[DATE:9/02]]      14w1d   72.0    {{vital:108/66}}    neg/neg     -       152   [[NAME:APR]]
[[DATE:9/30]]      18w1d   73.4    {{vital:110/70}}    neg/neg     18      148   [[NAME:LMT]]
[[DATE:10/28]]     22w1d   75.1    {{vital:114/72}}    neg/tr      22      144   [[NAME:APR]]
[[DATE:11/25]]     26w1d   77.0    {{vital:118/74}}    neg/neg     26      140   [[NAME:APR]]
[[DATE:12/16]]     29w1d   78.3    {{vital:124/78}}    tr/neg      29      138   [[NAME:Ribeiro]]

Anatomy US [[DATE:10/14]]: normal, posterior placenta. 1h GTT [[DATE:11/25]] {{lab:148}} -> 3h GTT [[DATE:12/2]]: 88/182/160/121 (1 abnl value, not GDM).
{{drug:RhoGAM}} {{dose:300 mcg}} IM given [[DATE:12/16]] (LMT). Tdap given same day.
Meds: PNV daily, {{drug:Unisom}} {{dose:1/2 tab}} + B6 {{dose:25 mg}} qhs PRN nausea (rarely now).
Next: 32w [[DATE:1/6]], GBS at 36w. Pt hopes to deliver at the Birth Center - tour booked.
[[NAME:Ribeiro, Ana Paula]], CNM
""", summary="""
Prenatal flowsheet for [[NAME:Maria Conceição dos Santos]] through 29 weeks shows normal blood pressures and growth, one abnormal 3-hour GTT value without GDM, and RhoGAM on [[DATE:12/16]]. Next visit is [[DATE:1/6]].
"""),

    dict(style="peds_dental", note="""
PEDIATRIC DENTISTRY - COMPREHENSIVE EXAM / RECALL
Patient: [[NAME:BAUTISTA, RAMON JR.]] "[[NAME:Jun-Jun]]"    {{age:6}} yo M    Chart [[MRN:D-20931]]    [[DATE:Thurs 10/16/2025]]
Accompanied by lola ([[NAME:Corazon Bautista]]) - mom [[NAME:Jennilyn]] at work, consent by phone [[PHONE:(650) 555-0119]], witnessed [[NAME:MV]].
Hx: juice in sippy cup at bedtime "to help him sleep" per lola. Brushes once/day, no floss. Tap water: bottled only.
Behavior: {{score:Frankl 3}} (positive w/ reluctance). Tell-show-do.
Exam: primary dentition + #3, #14, #19, #30 erupting. Plaque index high.
  Caries: #K occlusal, #L MO, #S DO, #T occlusal (cavitated)
  Radiographs: 2 BWX - interproximal lesions L and S into dentin, no furcation.
Tx today: prophy, {{drug:Vanish}} 5% NaF varnish, {{drug:silver diamine fluoride}} 38% to #K and #T (staining discussed, lola ok).
Plan: SSC #L and #S under {{dose:30% N2O}} - scheduled [[DATE:Tues 11/4]] 0830 w/ Dr. [[NAME:Dimaculangan]]; sealants #3 #14 #19 #30 at next recall.
Counseled: no juice at bedtime, 2x/day brushing w/ pea-size fluoride paste; lola may bring him in June for sealants if mom cannot.
Hygiene: [[NAME:Mercy Villanueva]], RDH     Provider: [[NAME:P. Dimaculangan]], DDS
""", summary="""
[[NAME:Ramon Bautista Jr.]] had four carious primary teeth treated with SDF and varnish on [[DATE:10/16/2025]]. Stainless steel crowns on #L and #S are scheduled [[DATE:11/4]] with nitrous.
"""),

    dict(style="peds_ophthalmology", note="""
PEDIATRIC OPHTHALMOLOGY - NEW PT
[[NAME:FIFITA, TEVITA 'INOKE]]    DOB [[DATE:01/30/2020]]    Acct [[MRN:77-3109284]]
Referred by school vision screen ([[DATE:9/18]], failed OS) and PCP [[NAME:Halaholo]]. Mom [[NAME:Mele]] reports he "tilts head" watching TV; no trauma, no FHx strabismus except uncle [[NAME:Viliami]] (wore patch as child).
VA sc (HOTV, single optotype crowded):  OD 20/25   OS 20/80
Cyclo (1% {{drug:cyclopentolate}} x2):  OD +1.25 sph    OS +4.50 +0.75 x 090
Motility full. Cover: small E(T) at near only, ortho distance. {{eponym:Worth}} 4-dot: fusion near. Stereo: Randot 200 arcsec.
{{eponym:Bruckner}}: asymmetric reflex OS. SLE/DFE nl OU, C/D 0.2 OU.
A: 1. Anisometropic amblyopia OS  2. Hyperopia OU
P: Full cyclo Rx, wear all waking hours x 8 wk. If OS not 20/40 or better -> patching 2 h/day. Optical shop: Kalihi Vision.
RTC [[DATE:11/20]] (8 wk). Spoke w [[NAME:mele]] about compliance; she will tell teacher ms. [[NAME:king]] to remind him.
[[NAME:J. Tonga]], OD, FAAO (dictated, reviewed)
""", summary="""
[[NAME:Tevita Fifita]], referred after a failed school screen on [[DATE:9/18]], has anisometropic amblyopia of the left eye (20/80) with hyperopia. Full-time glasses were prescribed with recheck on [[DATE:11/20]].
"""),

    dict(style="school_health_form", note="""
CERTIFICATE OF CHILD HEALTH EXAMINATION - KINDERGARTEN ENTRY
Student Name (Last, First, Middle): [[NAME:RIVERA COLÓN, Yadiel Andrés]]
Birth Date: [[DATE:06/11/2020]]       Sex: M       School: Lakeview Elementary       Grade: K
Parent/Guardian: [[NAME:Marisol Colón Ortiz]]       Phone: [[PHONE:(407) 555-0146]] / abuela [[PHONE:787-555-0172]]
Address: [[ADDRESS:4410 Bluebird Ct]], [[ADDRESS:Kissimmee]], FL [[ADDRESS:34746]]
HEALTH HISTORY
  Asthma: YES - mild intermittent. {{drug:ProAir}} HFA 2 puffs w/ spacer q4h PRN. Last ED visit: none.
  Allergies: PEANUT (anaphylaxis, 2023). {{drug:EpiPen Jr}} {{dose:0.15 mg}} - school supply: YES
  Seizures: No   Diabetes: No   Heart: No
SCREENINGS
  Vision (Snellen/HOTV): R 20/25  L 20/25     Hearing: Pass/Pass
  Lead: 2 mcg/dL (03/2024)     TB risk questionnaire: low     {{vital:BP 96/58}}   BMI 16.1 (62%ile)
  Dental exam: YES, [[DATE:02/14/2025]], Dr. [[NAME:Irizarry]]
IMMUNIZATIONS: see attached DH 680 (complete).
Physical exam normal. May participate in all activities incl. PE without restriction.
Health care provider: [[NAME:Héctor L. Quiñones]], MD   Lic [[MRN:ME-118203]]   Sunshine Pediatrics   [[PHONE:407-555-0110]]
Signature: /s/ [[NAME:HLQ]]                  Date: [[DATE:7/22/25]]
""", summary="""
Kindergarten health certificate for [[NAME:Yadiel Rivera Colón]] signed [[DATE:7/22/25]] documents mild intermittent asthma and peanut anaphylaxis with an EpiPen at school. He is cleared for all activities.
"""),

    dict(style="daycare_med_form", note="""
LITTLE SPROUTS CHILD CARE CENTER - MEDICATION AUTHORIZATION
Child: [[NAME:Wu Yichen]] ([[NAME:吴一辰]]), goes by "[[NAME:Chenchen]]"     DOB: [[DATE:2022/03/08]]     Room: Toddler B (Ms. [[NAME:Bo]] / Ms. [[NAME:Summer]])
Medication: {{drug:amoxicillin}} {{dose:400 mg/5 mL}} suspension    Dose: {{dose:5 mL}} by mouth    Times: 12:00 (home doses 7am / 7pm)
Reason: ear infection (L)    Start [[DATE:1/13]]   Stop [[DATE:1/22]]   Refrigerate: YES
Prescriber: Dr. [[NAME:Li]], Chinatown Family Pediatrics, [[PHONE:(415) 555-0135]]     Rx# [[MRN:6620418]]  (Walgreens, Stockton St)
Known allergies: none.  First dose was given at home (center will not give a first dose).
Parent: [[NAME:Zhang Lihua]] (mother)    cell [[PHONE:415-555-0181]]    signed [[DATE:1/12/2026]]
Alt contact: [[NAME:Wu Jian]] (father) [[PHONE:415-555-0140]]

ADMINISTRATION LOG
Date     Time    Dose     Given by   Witness   Notes
[[DATE:1/13]]     12:05   5 mL     [[NAME:SB]]        [[NAME:AY]]        spit ~1/4, not redosed, mom told at pickup
[[DATE:1/14]]     12:10   5 mL     [[NAME:SB]]        [[NAME:AY]]
[[DATE:1/15]]     11:58   5 mL     [[NAME:summer]]    [[NAME:SB]]
[[DATE:1/16]]     --      --       --        --        absent
[[DATE:1/19]]     12:02   5 mL     [[NAME:AY]]        [[NAME:SB]]        in summer-weight pj's, T 37.4 axillary - no fever
Director review: [[NAME:Andrea Young]] [[DATE:1/20]]
""", summary="""
Daycare medication authorization for [[NAME:Wu Yichen]] to receive amoxicillin at noon from [[DATE:1/13]] to [[DATE:1/22]], with a log of doses given by staff. One dose was partly spit out on [[DATE:1/13]] and not repeated.
"""),

    dict(style="ob_delivery_note", note="""
VAGINAL DELIVERY NOTE   [[DATE:19/10/2025]]   L&D Rm 6
[[NAME:Valentina Ospina Restrepo]], {{age:27}} yo G2P1 -> G2P2 at 39w4d, spontaneous labor, epidural.
Delivered viable female; 2nd degree laceration, midline, repaired w/ 3-0 chromic under epidural.
Time of birth 04:52. ROA, nuchal cord x1 reduced. Delayed cord clamping 60 s; FOB [[NAME:Andrés]] cut cord.
{{score:Apgar 8/9}}. Wt 3340 g. Placenta delivered spont, 3-vessel cord, intact. Cord gases not sent.
{{drug:Pitocin}} {{dose:30 units/500 mL}} started after placenta. QBL 350 mL. Fundus firm.
Peds: [[NAME:Hope Castañeda]], NNP, at bedside - infant to skin-to-skin.
Mom hopes to exclusively breastfeed; lactation consult placed (pager [[PHONE:4471]]).
Blood type A POS, GBS neg, rubella immune. Tdap [[DATE:8/26]] at 31w.
Baby: "[[NAME:Isabella]]" - name per parents, BG [[NAME:OSPINA]] MRN [[MRN:30118447]].
Present: [[NAME:Cárdenas J]], MD (attending); [[NAME:Henao]], CNM; RN [[NAME:Dallas Mosquera]].
""", summary="""
[[NAME:Valentina Ospina Restrepo]] had a spontaneous vaginal delivery of a healthy girl on [[DATE:19/10/2025]] with Apgars 8 and 9 and a repaired second-degree laceration. Blood loss was 350 mL and she plans to breastfeed.
"""),

    dict(style="newborn_nursery", note="""
NEWBORN - POSTNATAL WARD ROUND, DAY 2          [[DATE:27/04/2025]]
BB [[NAME:NGATA]]  (Baby Boy [[NAME:Ngata]])   NHI [[MRN:ZKM4821]]   Born [[DATE:26/04/25]] 0317, 39+2, SVD
Mother: [[NAME:NGATA, AROHA T]] (NHI [[MRN:PTR7710]])   Father: [[NAME:Wiremu Tāne Parata]]   LMC: [[NAME:Kahu Te Whata]], RM
Wt 3510 g -> 3320 g (-5.4%). Breastfeeding 8-10x/24h, LATCH 8. Voids x4, stools x3 (transitional).
Jaundice onset ~30 h.
             [[DATE:26/04]] 2200   [[DATE:27/04]] 0600   [[DATE:27/04]] 1400
TcB (µmol/L)     98             172             214
SBR (µmol/L)     -              -               {{lab:SBR 226}}
Below phototherapy line (NICE, 39 wk). Mum O POS, baby A POS, DAT neg.
Screens: newborn metabolic (Guthrie card) sent [[DATE:28/04]]; hearing (aABR) pass bilat [[DATE:27/04]]; CCHD sats 98/97 pass.
{{drug:Vitamin K}} {{dose:1 mg}} IM given. Hep B vaccine: whānau deferred to 6 wk schedule.
Kuia [[NAME:Mere]] asked about whenua - returned in container as requested.
Plan: repeat SBR [[DATE:28/04]] 0600; d/c home to [[ADDRESS:14 Rata Street]], [[ADDRESS:Ōtāhuhu]], [[ADDRESS:Auckland 1062]] if stable. Plunket referral made.
[[NAME:S. Tuhiwai]] (Paediatric Registrar) / discussed w Dr [[NAME:Pōtae]]
""", summary="""
Baby boy [[NAME:Ngata]], born [[DATE:26/04/25]], is feeding well with 5.4% weight loss and rising but sub-threshold jaundice (SBR 226) on day 2. A repeat SBR is planned [[DATE:28/04]] before discharge home to [[ADDRESS:Ōtāhuhu]].
"""),

    dict(style="peds_asthma_action_plan", note="""
PEDIATRIC ASTHMA ACTION PLAN (Patient Education - General)

GREEN ZONE - Doing well: no cough, wheeze, or chest tightness; can play and sleep.
  Controller: {{drug:Flovent HFA}} {{dose:44 mcg}} 2 puffs twice daily with Spacer (AeroChamber), rinse mouth after.
  Before exercise: {{drug:albuterol}} (ProAir / Ventolin) 2 puffs 15 min before PE.
YELLOW ZONE - Getting worse: cough, wheeze, waking at night, peak flow 50-80% of best.
  Add {{drug:albuterol}} 4 puffs every 4 hours x 24-48 h. Call the Clinic if not better in 24 h.
  If using Yellow Zone more than 2 days per week, asthma is NOT controlled - schedule a visit.
RED ZONE - Medical Alert: very short of breath, lips blue, retractions, albuterol not helping, peak flow <50%.
  Give {{drug:albuterol}} 6 puffs now; call 911 or go to the Emergency Department.
Triggers: smoke, Dust mites, cockroach, Pets, cold air, viral illness (URI).
Flu shot every fall. Step-down review every 3 months per NAEPP / GINA.
Reviewed with caregiver using Teach-Back. Peak flow personal best: ___ L/min.
""", summary="""
Generic pediatric asthma action plan describing green, yellow and red zone steps with Flovent and albuterol, triggers and when to seek care.
"""),

    dict(style="ophthalmology_clinic", note="""
OPHTHALMOLOGY CLINIC NOTE                 [[DATE:Oct 23, 2025]]
Pt: [[NAME:PARK SOON-JA]] ([[NAME:박순자]])    Age: [[AGE:92]]    MRN: [[MRN:E00731842]]
CC: "blurry both eyes, worse in left" - hx obtained via daughter [[NAME:Hye-jin Oh]] (interprets, pt prefers Korean; declined phone interpreter).
PMH: DM2 (A1c 7.4 [[DATE:9/2]]), HTN, POAG OU.  Meds: {{drug:latanoprost}} 0.005% qhs OU, {{drug:metformin}} {{dose:500 mg}} BID, {{drug:amlodipine}} {{dose:5 mg}}.
VA cc:   OD 20/70  PH 20/50      OS CF 3 ft  PH NI
IOP ({{eponym:Goldmann}}):  OD 16   OS 18  @ 10:40
SLE: 3+ NS, 2+ cortical cataract OU, OS > OD. AC deep & quiet.
DFE: OD mild NPDR, no CSME, C/D 0.6. OS poor view; B-scan: retina attached, no mass.
A/P:
1. Visually significant cataract OS - discussed CE/PCIOL OS. Risks incl. {{eponym:Descemet}} fold/CME, RD, PCO. Pt and daughter wish to proceed.
   Tentative surgery [[DATE:11/20]] w/ Dr. [[NAME:Yu]]; pre-op H&P w/ PCP Dr. [[NAME:Kwon]] by [[DATE:11/6]]. Biometry (IOLMaster) today.
2. NPDR OD - mild, annual DFE. 3. POAG - stable, cont latanoprost.
Grandson [[NAME:Min-jun]] will drive; call him at [[PHONE:213-555-0168]] for scheduling.
[[NAME:Grace Lim]], MD / scribe: [[NAME:jpaek]]
""", summary="""
[[NAME:Park Soon-ja]], age [[AGE:92]], has a visually significant left cataract (count fingers vision) plus mild NPDR and stable glaucoma. Cataract surgery with Dr. [[NAME:Yu]] is tentatively set for [[DATE:11/20]] after pre-op clearance by [[DATE:11/6]].
"""),

    dict(style="immunization_csv", note="""
Immunization export (adolescent catch-up) - Bayview Teen Clinic - run [[DATE:08/05/2025]] by [[NAME:rdelrosario]]
patient_id,last,first,mi,dob,vaccine,cvx,dose,date_admin,lot,site,admin_by
[[MRN:TC4418092]],[[NAME:DELA CRUZ]],[[NAME:Mark Anthony]],[[NAME:R]],[[DATE:2011-02-19]],Tdap,115,1,[[DATE:2025-08-02]],AC52B119,L deltoid,[[NAME:MAGBANUA R]]
[[MRN:TC4418092]],[[NAME:DELA CRUZ]],[[NAME:Mark Anthony]],[[NAME:R]],[[DATE:2011-02-19]],MenACWY,203,1,[[DATE:2025-08-02]],MQ8810,R deltoid,[[NAME:MAGBANUA R]]
[[MRN:TC4418092]],[[NAME:DELA CRUZ]],[[NAME:Mark Anthony]],[[NAME:R]],[[DATE:2011-02-19]],HPV9,165,1,[[DATE:2025-08-02]],Y017735,R deltoid,[[NAME:MAGBANUA R]]
[[MRN:TC4418093]],[[NAME:DELA CRUZ]],[[NAME:Princess Joy]],[[NAME:A]],[[DATE:2013-06-30]],HPV9,165,1,[[DATE:2025-08-02]],Y017735,L deltoid,[[NAME:SALONGA J]]
[[MRN:TC4418093]],[[NAME:DELA CRUZ]],[[NAME:Princess Joy]],[[NAME:A]],[[DATE:2013-06-30]],Influenza,150,1,[[DATE:2024-10-11]],FL2240,L deltoid,[[NAME:SALONGA J]]
# comment [[NAME:MAGBANUA R]]: siblings, mom [[NAME:Divina]] present, consent on file. HPV dose 2 due [[DATE:2026-02-02]] (6-12 mo). Varicella hx disease, no vaccine needed.
# sports PPE done same day: {{vital:BP 114/70}}, {{vital:HR 68}}, murmur none, {{eponym:Marfan}} screen neg.
""", summary="""
CSV immunization export for siblings [[NAME:Mark Anthony Dela Cruz]] and [[NAME:Princess Joy Dela Cruz]] showing Tdap, MenACWY and HPV given [[DATE:2025-08-02]]. The second HPV dose is due [[DATE:2026-02-02]].
"""),

    dict(style="school_nurse_log", note="""
HEALTH OFFICE DAILY LOG - Kealoha Intermediate            [[DATE:Tue 10/14]]        RN: [[NAME:L. Fa'asavalu]]
Time  Student (Last, First)       Gr  Complaint               Action                                   Disp
0805  [[NAME:TAUFA, Siosaia]]             7   HA, no breakfast         crackers + water, rest 15 min           class
0840  [[NAME:KIM, Jae-won]]               8   wheeze after PE          {{drug:albuterol}} 2 puffs (own inhaler), PF 310->360   class
0915  [[NAME:FALEAFA, Hope]]              6   fell on stairs, L wrist  ice, splint; pain {{score:6/10}}, snuffbox tender   home w/ mom 0950
1010  [[NAME:SILVA, Pedro H]]             8   T 38.4, sore throat      called dad [[PHONE:808-555-0127]] no answer, LVM; 2nd call ok   home w/ Mr. [[NAME:Silva]] 1040
1115  [[NAME:LI, Xinyi]]                  7   T1DM check               BG 62 -> 15 g juice -> BG 104, lunch   class
1300  [[NAME:TAUFA, Sioasia]]             7   HA again                 mom ([[NAME:Luseane]]) says glasses broken since [[DATE:10/3]]; vision referral form sent   class
1345  [[NAME:NGATA-SMITH, Ruby]]          6   lice check (class)       negative                               class
Notes: [[NAME:Hope]]'s mom asked for xray referral - advised urgent care (Straub). Will f/u [[NAME:Xinyi]] CGM alarms with diabetes team (Dr. [[NAME:Wong]]) per 504 plan. Hope to have flu clinic forms back by Fri.
""", summary="""
School health office log for [[DATE:Tue 10/14]] recording seven student visits including an asthma episode for [[NAME:Jae-won Kim]], a wrist injury sent home for [[NAME:Hope Faleafa]], a febrile sore throat for [[NAME:Pedro Silva]], and treated low glucose for [[NAME:Xinyi Li]].
"""),

    dict(style="ob_clinic_schedule", note="""
OB/GYN CLINIC SCHEDULE - Dr. [[NAME:Mendoza]] / [[NAME:Tuazon]], CNM         [[DATE:Thurs 2/19]]
Time   Patient                              GA      Visit        Notes
0800   [[NAME:REYES, Maricel D]]                   28w1d   ROB + GTT    1h GTT today, Tdap; A POS (no RhoGAM)
0820   [[NAME:LOPES, Fernanda]]                    36w0d   ROB          GBS swab, breech on last US -> ECV talk
0840   [[NAME:GUTIÉRREZ DE LA HOZ, Camila]]        8w3d    New OB       Spanish interp (ext [[PHONE:2214]]); hx LEEP
0900   [[NAME:MAGSINO, April Rose]]                PP 6wk  Postpartum   EPDS; wants {{drug:Nexplanon}}; baby [[NAME:Savannah]] in NICU until [[DATE:1/30]]
0920   -- BLOCKED (US machine) --
0940   [[NAME:CASTRO, Juliana M]]                  20w2d   Anatomy f/u  EIF on anatomy US [[DATE:2/5]], NIPT low risk
1000   [[NAME:DE OLIVEIRA, Letícia]]               33w5d   ROB          {{vital:BP 142/91}} at home x2 -> PIH labs, NST
1020   [[NAME:PANGILINAN, Joy]]                    --      GYN          IUD check; ok to double-book w/ [[NAME:April]] per [[NAME:RM]]
Add-ons: [[NAME:Reyes]] may need 3h GTT [[DATE:2/26]] if 1h >= 140. [[NAME:de Oliveira]] - if PIH labs abnl, send to L&D triage (call [[NAME:Jordan]] at x[[PHONE:4830]]).
""", summary="""
OB clinic schedule for [[DATE:Thurs 2/19]] listing routine prenatal, new OB, postpartum and GYN visits. [[NAME:Letícia de Oliveira]] has elevated home blood pressures needing PIH labs and an NST.
"""),

    dict(style="immunization_fhir", note="""
{"resourceType": "Immunization", "id": "imm-88213", "status": "completed",
 "patient": {"reference": "Patient/[[MRN:7731045]]", "display": "[[NAME:Havili, Salote Lose]]"},
 "vaccineCode": {"text": "nirsevimab-alip ({{drug:Beyfortus}}) {{dose:50 mg}}/0.5 mL"},
 "occurrenceDateTime": "[[DATE:2025-10-28]]T10:14:00-07:00",
 "primarySource": true,
 "performer": [{"actor": {"display": "[[NAME:Lupe Moala]], LPN"} }],
 "lotNumber": "NV2231", "site": {"text": "L vastus lateralis"}, "doseQuantity": {"value": 0.5, "unit": "mL"},
 "note": [{"text": "wt 4.1 kg (<5 kg dose). mom [[NAME:Kalolaine]] consented; infant '[[NAME:Lose]]' tolerated well. Hep B #2 due [[DATE:11/25]]."} ]}

AUDIT
[[DATE:2025-10-28]] 10:16:02   [[NAME:lmoala]]     CREATE   Immunization/imm-88213
[[DATE:2025-10-28]] 10:31:44   [[NAME:tkaufusi]]   READ     Immunization/imm-88213   (PCP, [[NAME:Kaufusi, Tēvita]] MD)
[[DATE:2025-10-29]] 08:02:10   IIS-SYNC    SUBMIT   VXU accepted, registry id [[MRN:WA-55120397]]
""", summary="""
FHIR immunization record showing [[NAME:Salote Havili]] received nirsevimab (Beyfortus) on [[DATE:2025-10-28]], given by [[NAME:Lupe Moala]] and submitted to the state registry the next day.
"""),

    dict(style="peds_rop_exam", note="""
OPHTHALMOLOGY CONSULT - ROP SCREENING EXAM (NICU)
GA at birth 27+4, BW 940 g; now PMA 33+1. Dilated with {{drug:Cyclomydril}} x2, {{drug:proparacaine}}, lid speculum, scleral depression. Sucrose given per NICU protocol.
Indirect ophthalmoscopy (28D lens):
  OD: Zone II posterior, Stage 1, no Plus disease, no pre-plus.
  OS: Zone II posterior, Stage 1, no Plus.
  Anterior segment: clear media, no tunica vasculosa lentis.
Impression: ROP Stage 1, Zone II OU, no Plus (ICROP3). Does not meet Type 1 (ETROP) treatment criteria.
Plan: Repeat exam in 1 week. If progression to Type 1, discuss laser vs {{drug:bevacizumab}} ({{drug:Avastin}}) / {{drug:ranibizumab}} with Neonatology.
Tolerated exam; brief bradycardia to {{vital:HR 88}}, self-resolved; {{vital:SpO2 92%}} after. Nursing at bedside.
""", summary="""
NICU ROP screening exam of a 27-week preterm infant shows Stage 1, Zone II ROP without Plus disease in both eyes, below treatment criteria, with repeat exam in one week.
"""),
]
