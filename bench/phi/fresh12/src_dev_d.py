NOTES = [
    dict(style="newborn_hp", note="""
NEWBORN NURSERY ADMISSION H&P
Infant: Boy [[NAME:Owusu]]    MRN [[MRN:7712-0094]]    DOB [[DATE:01/28/2025]] @ 03:14    Bed N-6
Mother: [[NAME:Akosua Owusu]], {{age:31}} y/o G2P2, MRN [[MRN:2238815]]. Father: [[NAME:Kofi Asante]], involved, at bedside.
Prenatal: O+, antibody screen neg. GBS positive - {{drug:PCN G}} x3 doses, first > 4 h before delivery. HIV/HBsAg/RPR neg,
rubella immune.
Delivery: SVD at 39w2d, ROM 6 h, clear fluid. {{score:Apgar 8 and 9}}. BW 3390 g (52%ile), L 51 cm, HC 34.5 cm.
Exam: pink, vigorous, AFOF. Red reflex present OU. Palate intact. Lungs clear. No murmur. Femoral pulses 2+.
Hips: {{eponym:Ortolani}} and {{eponym:Barlow}} negative. {{eponym:Moro}} symmetric. Normal male genitalia, testes descended bilaterally.
Skin: slate-gray macules over the sacrum (congenital dermal melanocytosis) - documented and explained to parents.
Plan: routine care; breastfeeding (mom nursed big sister [[NAME:Ama]] for 12 months). {{drug:Vitamin K}} and {{drug:erythromycin}}
ointment given. Hep B vaccine after consent. TcB at 24 h, CCHD and hearing screens. Parents request circumcision -
Dr. [[NAME:Tsosie]] (OB) to do before discharge.
Peds: [[NAME:Shauna McBride]], MD, pager [[PHONE:6120]]
""", summary="""
Baby boy [[NAME:Owusu]], born [[DATE:01/28/2025]] at term by SVD with {{score:Apgar 8 and 9}}, had a normal newborn exam
apart from sacral dermal melanocytosis. Routine care, breastfeeding and circumcision are planned.
"""),

    dict(style="well_child", note="""
WCC 4 yr - [[NAME:Yanelis Peña Rosario]]
DOB [[DATE:5/9/2020]]. Here with mom ([[NAME:Yokasta Rosario]]) and {{age:7}}-yo brother "[[NAME:Junior]]" ([[NAME:Rafael Jr.]]),
who is also getting his flu shot today. Mom prefers English; grandma, who watches the kids, speaks Spanish only.
Dev: hops on one foot, draws a person with 3 parts, tells stories, knows 4 colors. Pre-K 5 days/wk, doing well.
Growth: Wt 16.8 kg (55th %ile), Ht 103 cm (50th), BMI 15.8 (50th). {{vital:BP 94/58}}.
Vision {{score:20/32}} OU (passes for age). Hearing pass.
Exam normal except {{score:2/6}} vibratory murmur LLSB, louder supine - classic {{eponym:Still}} murmur. Mom reassured; still
to return if fainting or chest pain with play.
Labs: {{lab:lead 1.8}}, {{lab:Hgb 12.1}}.
Vaccines: DTaP #5, IPV #4, MMRV #2, influenza. VIS given.
Guidance: booster seat, dental visit (last one over a year ago), screen time, swim lessons, water safety.
Mom asks for WIC form - completed. Next WCC at 5 y.
[[NAME:Kimberly Tran]], MD
""", summary="""
[[NAME:Yanelis Peña Rosario]] had a normal 4-year well visit with an innocent {{eponym:Still}} murmur and received her
kindergarten vaccines. Her brother got a flu shot at the same visit.
"""),

    dict(style="ob_prenatal", note="""
OB Return Visit - 28w1d
[[NAME:Nusrat Jahan Chowdhury]]   {{age:29}} y/o G3P1011   EDD [[DATE:04/02/2025]] (by 8 wk US)   MRN [[MRN:60-44-1892]]
Visit [[DATE:1/9/2025]]. Husband [[NAME:Tanvir]] with her; mother-in-law joined on WhatsApp video from [[ADDRESS:Sylhet]]
([[PHONE:+880 1711-482930]]).
S: +FM. No LOF / VB / ctx. Mild heartburn. Asking about fasting in Ramadan (March) - counseled.
O: {{vital:BP 112/70}}, Wt 68.4 kg (+7.2 kg). FHT 146 by {{eponym:Doppler}}. FH 28 cm. Urine neg prot / glu. Trace edema.
Labs: 1-hr GCT {{lab:152}} (elevated) -> 3-hr GTT ordered. {{lab:Hgb 10.4}}, {{lab:ferritin 11}} -> {{drug:ferrous sulfate}} {{dose:325 mg}}
every other day.
A negative, antibody screen neg -> {{drug:RhoGAM}} {{dose:300 mcg}} IM today.
Tdap given. Kick counts and preterm labor precautions reviewed in Bangla via video interpreter (ID [[MRN:118842]]).
A/P: IUP 28w1d; abnormal GCT; iron deficiency anemia; Rh negative, prophylaxis given.
RTC 2 wks.
[[NAME:Erin Kowalczyk]], CNM
""", summary="""
[[NAME:Nusrat Chowdhury]], {{age:29}}, at 28 weeks on [[DATE:1/9/2025]] had an elevated glucose challenge and iron
deficiency, and received {{drug:RhoGAM}} for Rh-negative status. A 3-hour GTT and iron were ordered.
"""),

    dict(style="gyn_visit", note="""
GYN PROCEDURE / VISIT NOTE
Pt: [[NAME:Sanne de Vries]], {{age:34}}, G0.   Date: [[DATE:06-05-2024]]
Reason: wants LNG-IUD ({{drug:Mirena}}) for contraception and heavy menses. Previously on combined OCPs, stopped because of
migraine with aura.
UPT neg today. Last {{eponym:Pap}} 2022 NILM, HPV neg - next cotest 2027.
Consent signed. Speculum placed, cervix cleansed with {{drug:povidone-iodine}}. Tenaculum at 12 o'clock. Uterus sounded to
7.5 cm, anteverted. {{drug:Mirena}} placed without difficulty, strings trimmed to 3 cm.
{{score:Pain 6/10}} during, {{score:2/10}} after. {{drug:Ibuprofen}} {{dose:600 mg}} pre-procedure; paracervical block declined.
Brief vasovagal episode, resolved supine: {{vital:BP 102/64}} {{vital:HR 58}} -> {{vital:BP 110/70}} {{vital:HR 72}}.
Counseling: irregular spotting common for 3-6 months; string check in 4-6 wks; backup contraception x 7 days.
Partner ([[NAME:Lotte Brouwer]]) drove her home. Pt asks to be contacted through the portal only, not by phone.
[[NAME:Joanna Fitzgerald]], MD
""", summary="""
[[NAME:Sanne de Vries]], {{age:34}}, had an uncomplicated {{drug:Mirena}} IUD insertion on [[DATE:06-05-2024]] with a
brief vasovagal episode. A string check is due in 4-6 weeks.
"""),

    dict(style="geriatric_clinic", note="""
GERIATRICS NEW PATIENT - Comprehensive Geriatric Assessment
Patient: [[NAME:Dorothy Mae Price]]    DOB: [[DATE:2/27/1932]] (age [[AGE:92]])    MRN [[MRN:104-66-829]]
Referred by Dr. [[NAME:Samuel Achterberg]] for memory decline and falls. Came with daughter [[NAME:Georgia Price-Whitlock]],
who lives with her in [[ADDRESS:Decatur]]; a son in [[ADDRESS:Savannah]] calls daily.
History per daughter: ~2 years of worsening short-term memory, repeats questions, missed bills twice. Two falls in the
last 3 months, no injury. Sleeps in her recliner.
Function: ADLs {{score:4/6}} (needs help bathing, dressing). Daughter manages meds and finances.
Meds (11), incl. {{drug:donepezil}} {{dose:5 mg}}, {{drug:amlodipine}} {{dose:10 mg}}, {{drug:HCTZ}} {{dose:25 mg}}, {{drug:oxybutynin}} {{dose:5 mg}},
OTC {{drug:diphenhydramine}} {{dose:25 mg}} qhs, {{drug:meloxicam}} {{dose:15 mg}}.
Exam: {{vital:BP 142/76}} sitting, {{vital:118/64}} standing with dizziness. Wide-based slow gait, TUG 19 s. {{score:MoCA 17/30}}.
{{score:GDS 3/15}}.
Assessment: major neurocognitive disorder, probable {{eponym:Alzheimer}} type, mild-moderate; orthostatic hypotension;
anticholinergic burden; recurrent falls.
Plan: stop diphenhydramine, oxybutynin and HCTZ; stop meloxicam; continue donepezil; PT for gait and balance; home
safety evaluation. [[NAME:Georgia]] is HCPOA - advance directive discussion started. Return 6 wks.
[[NAME:Abdirahman Jama]], MD, Geriatric Medicine
cc: [[NAME:Samuel Achterberg]], MD
""", summary="""
[[NAME:Dorothy Price]], [[AGE:92]], was assessed for memory loss and falls and found to have probable {{eponym:Alzheimer}}
dementia, orthostatic hypotension and anticholinergic burden. Four medications were stopped and PT ordered.
"""),

    dict(style="nursing_home", note="""
Desert View Care Center - Physician Progress Note
Resident: [[NAME:BEGAYE, HARRISON T.]]    Rm 21B    AHCCCS ID [[MRN:A48817302]]
Age [[AGE:90]]. Long-term resident since 2021; originally from [[ADDRESS:Kayenta]]. Grandchildren visit most weekends.
Reason: monthly review + nursing concern re: decreased intake.
Hx: {{eponym:Parkinson}} disease ({{score:Hoehn and Yahr 4}}), vascular dementia, BPH with chronic {{eponym:Foley}}, CKD 3b.
Staff report ~40% of meals x 1 wk, coughing with thin liquids. Wt 58.1 kg (down 2.3 kg in 30 days).
VS: {{vital:T 36.7}}, {{vital:BP 104/62}}, {{vital:HR 70}}, {{vital:RR 18}}, {{vital:SpO2 95%}} RA.
Exam: masked facies, resting tremor R>L, cogwheel rigidity. Scattered rhonchi R base. Sacrum stage 2 PI 1.5 x 1 cm.
{{score:Braden 12}}. {{score:Morse 55}}.
Labs [[DATE:4/10]]: {{lab:Na 147}}, {{lab:BUN 38}}, {{lab:Cr 1.9}} (baseline 1.6), {{lab:Alb 2.9}}.
Plan: SLP swallow eval, nectar-thick trial; move {{drug:carbidopa-levodopa}} 30 min before meals; hypodermoclysis NS 1 L
overnight x2; CXR; weekly weights.
Spoke with granddaughter [[NAME:Shandiin Tsosie]] (POA), [[PHONE:928-555-0139]]: wants him kept comfortable, no hospital
transfer except for comfort. POLST updated to selective treatment. Family asked for a traditional healer visit this
weekend - welcomed, staff informed.
[[NAME:Marcus Delgado]], DO
""", summary="""
[[NAME:Harrison Begaye]], [[AGE:90]], a nursing home resident with advanced {{eponym:Parkinson}} disease, has poor intake,
dysphagia, weight loss and a rising creatinine. His granddaughter chose comfort-focused care without hospital transfer.
"""),

    dict(style="social_work", note="""
SOCIAL WORK ASSESSMENT - Pediatrics
Patient: [[NAME:Abdullahi Hassan Farah]], age {{age:6}}, admitted with DKA, new-onset T1DM.
Met with parents [[NAME:Hassan Farah]] and [[NAME:Sahra Mohamud Ali]] in rm 514 with Somali interpreter Mr. [[NAME:Bashir Osman]]
(ID [[MRN:22471]]).
Family resettled in the US as refugees in 2019. Address: [[ADDRESS:1420 Cedar Ave S, Apt 310, Minneapolis, MN 55454]]; 5 children
ages 2-14. Father drives rideshare; mother at home. Medical Assistance ID [[MRN:00298341]].
Concerns: cost of supplies, literacy (mother reads Somali, not English; father reads English), glucose checks at school,
fasting during Ramadan (discussed with diabetes team). Fridge works.
School: 1st grade; school nurse Ms. [[NAME:Laura Kittredge]] will need the diabetes care plan.
Strengths: close extended family; uncle [[NAME:Abdirizak]] lives two blocks away and drives.
Plan:
- Coverage for CGM and pump supplies confirmed; PA submitted by endocrine.
- Referral to Somali-speaking CHW [[NAME:Hibo Warsame]], [[PHONE:612-555-0148]].
- School care plan to be faxed to [[PHONE:612-555-0299]] after parent consent.
- Will follow before discharge.
[[NAME:Ruth Lindahl]], LICSW   x[[PHONE:7725]]
""", summary="""
Social work met the parents of [[NAME:Abdullahi Farah]], {{age:6}}, newly diagnosed with type 1 diabetes, with an
interpreter. Supplies coverage, a Somali-speaking community health worker and a school care plan were arranged.
"""),

    dict(style="case_management", note="""
CASE MANAGEMENT - Discharge Planning Note
Pt: [[NAME:Demir, Ayşe Nur]]  [[AGE:91]]F   Acct [[MRN:500918836]]   Admit [[DATE:9/14/24]], CHF exacerbation
Payer: Medicare A/B, MBI [[MRN:1EG4-TE5-MK72]]; SSN last 4 [[SSN:6203]] verified with son.
Lives with son [[NAME:Mehmet]] and daughter-in-law [[NAME:Elif]], 2nd-floor walk-up in [[ADDRESS:Paterson]], 14 steps, no elevator.
PT recommends SAR. Pt declines SNF ("I will not go to a home"); son supports home with services.
Plan:
  - Home health: RN for CHF teaching/daily weights, PT, OT, aide 3x/wk - accepted; intake contact [[NAME:Janet]]
    [[PHONE:973-555-0121]], fax [[PHONE:973-555-0122]].
  - DME: rolling walker, shower chair ordered.
  - Scale at home - son will buy.
  - PCP f/u within 7 days: Dr. [[NAME:Kemal Aydın]], [[DATE:9/24]] at 10:40.
  - Cardiology, Dr. [[NAME:Rachel Stein]], [[DATE:10/1]].
  - Turkish-language heart failure booklet given.
Anticipated DC [[DATE:Fri 9/20]]. IM notice given [[DATE:9/18]], signed by son as representative.
[[NAME:Tamara Jenkins]], RN, CM   ext [[PHONE:4-5561]]
""", summary="""
[[NAME:Ayşe Demir]], [[AGE:91]], admitted for heart failure, declined rehab placement and will go home with her son and
home health services around [[DATE:9/20]]. PCP and cardiology follow-up are booked.
"""),

    dict(style="discharge_planning_email", note="""
From: [[NAME:Lisa Nakamura]] <[[EMAIL:lnakamura@stvincentmed.org]]>
To: 6 North Case Management
Sent: [[DATE:Wednesday, February 12, 2025]] 8:47 AM
Subject: RE: dc barriers - bed 6N-18 ([[NAME:Wongsawat]])

Team - quick update on Mr. [[NAME:Wongsawat]] ([[NAME:Somchai]]), MRN [[MRN:3381720]]:
- Accepted at Maple Grove Rehab, bed available [[DATE:Friday 2/14]].
- Insurance auth still pending, ref # [[MRN:HUM-77120934]]. Called twice; resubmitting clinicals today.
- Daughter [[NAME:Kanya]] wants to tour first. She's at [[PHONE:425-555-0176]], works nights, best after 2 pm.
- He'll need a Thai interpreter for the SNF admission consent.
Will update by noon.
[[NAME:Lisa]]

> On [[DATE:Tue, Feb 11, 2025]] at 4:15 PM, [[NAME:Mark Hollis]], MD wrote:
> Medically ready today. OK to go once auth is back - let me know if anything else is holding things up.
""", summary="""
Case manager [[NAME:Lisa Nakamura]] reported that [[NAME:Somchai Wongsawat]] has a rehab bed for [[DATE:2/14]] but
insurance authorization is pending. His daughter wants to tour the facility first.
"""),

    dict(style="peds_sick_visit", note="""
Peds Sick Visit
Name: [[NAME:Lagi Tuiasosopo]]    Age: {{age:7 mo}}    DOB [[DATE:08/21/2024]]    Visit [[DATE:03/20/2025]]
CC: cough and runny nose x 4 days, breathing fast since last night.
Hx per mom ([[NAME:Faith Tuiasosopo]]) and grandma: siblings [[NAME:Savannah]] ({{age:5}}) and [[NAME:Tui]] ({{age:3}}) both have colds;
[[NAME:Savannah]] was seen at urgent care Monday. Feeding ~60% of usual, 4 wet diapers / 24 h. No fever over 38.
Exam: {{vital:T 37.9}}, {{vital:HR 152}}, {{vital:RR 56}}, {{vital:SpO2 93%}} RA -> {{vital:95%}} after suction. Subcostal retractions,
diffuse wheeze and fine crackles, no grunting. Cap refill 2 s. AFOF.
RSV swab positive.
A/P: bronchiolitis, mild-moderate. Nasal suction, small frequent feeds. No {{drug:albuterol}} or steroids per guideline.
Red flags reviewed (pauses in breathing, worse retractions, < 3 wet diapers). Mom has no car today - taxi voucher given.
Recheck in clinic tomorrow AM; low threshold to admit. Mom's cell [[PHONE:(808) 555-0191]].
[[NAME:Ana Leiataua]], MD
""", summary="""
[[NAME:Lagi Tuiasosopo]], {{age:7 mo}}, has RSV bronchiolitis with mild hypoxia that improved with suctioning on
[[DATE:03/20/2025]]. Supportive care was advised with a recheck the next morning.
"""),

    dict(style="nicu_progress", note="""
NICU Progress Note   DOL 9 | GA 32 0/7 at birth, CGA 33 2/7 | BW 1610 g -> 1655 g today
[[NAME:Zawadi Ochieng]] (Twin B)   MRN [[MRN:9930172]]   Attending: Dr. [[NAME:Ingrid Nyström]]
Resp: weaned to RA yesterday, no A/B/D events in 24 h. {{drug:Caffeine citrate}} {{dose:5 mg/kg}} daily.
FEN: 150 mL/kg/d EBM + fortifier to 24 kcal; PO 30% with cue-based feeding, rest NG. Glucoses stable.
Bili: phototherapy off [[DATE:2/20]], rebound {{lab:bili 8.4}} today, below threshold.
ID: birth blood cx neg, antibiotics stopped at 48 h.
Neuro: HUS on DOL 7 normal, no IVH.
Social: mother [[NAME:Wambui Njoroge]] pumping ~500 mL/day, here daily with father [[NAME:Otieno Ochieng]]. Twin A ([[NAME:Amani]])
moved to step-down on [[DATE:the 21st]]. Big brother [[NAME:Kip]], age {{age:4}}, may visit Saturday under sibling policy
(immunizations checked).
Plan: continue feeds, advance PO as tolerated. ROP exam at 4 wks of life. Hearing screen and car seat test before DC.
[[NAME:Sam Whitaker]], NNP
""", summary="""
Preterm twin B [[NAME:Zawadi Ochieng]] is on room air at day 9, tolerating fortified breast-milk feeds with a sub-threshold
bilirubin rebound. Her parents visit daily and her twin has moved to step-down.
"""),

    dict(style="ob_triage", note="""
L&D Triage / Admission Note    [[DATE:05/31/2025]] 21:40
Pt: [[NAME:Valentina Cardona Arango]], {{age:26}} y/o G1P0 at 40w5d by LMP c/w 9 wk US, EDD [[DATE:5/27/25]].
CC: ctx q5 min since 3 pm, + bloody show, no LOF. + FM.
VS: {{vital:BP 124/78}}, {{vital:HR 88}}, {{vital:T 37.0}}. Toco ctx q3-4 min. FHT baseline 135, moderate variability, + accels,
no decels - {{score:Category I}}.
SVE (Dr. [[NAME:Bishop]]): {{score:4/80/-1}}, soft, mid. {{score:Bishop score 9}}. {{eponym:Leopold}} maneuvers: vertex, EFW 3500 g.
GBS neg. Rh pos. {{lab:Hgb 11.6}}, {{lab:Plt 210}}.
A/P: active labor, admit to L&D. Epidural on request - anesthesia (Dr. [[NAME:Kaya]]) aware. {{drug:Pitocin}} augmentation if
no change in 2-4 h. Partner [[NAME:Andrés]] and her mother [[NAME:Luz Dary]] at bedside; mother needs a Spanish interpreter.
[[NAME:Amanda Bishop]], MD (OB/GYN)
""", summary="""
[[NAME:Valentina Cardona Arango]], {{age:26}}, G1 at 40w5d, was admitted in active labor on [[DATE:05/31/2025]] with a
{{score:Bishop score 9}} and a reassuring tracing. An epidural is available on request.
"""),

    dict(style="postpartum_visit", note="""
Postpartum Visit - 6 weeks
Patient: [[NAME:Rattana Chaiyasit]] (goes by "[[NAME:Fon]]"), {{age:33}}, G2P2, s/p primary LTCS [[DATE:10/17/24]] for arrest of dilation.
Baby [[NAME:Noah]] doing well, followed by Dr. [[NAME:Amy Liu]]. Breastfeeding plus one formula bottle at night.
{{score:EPDS 12}} today (item 10 = 0). Tearful, not sleeping even when the baby sleeps, feels she is "not a good mother."
Husband [[NAME:Daniel]] works two jobs; her mother flew home to [[ADDRESS:Chiang Mai]] last week.
Exam: {{vital:BP 118/74}}. Incision well healed. Fundus non-palpable.
Contraception: wants {{drug:Nexplanon}} - placed today, L arm, lot in chart.
A/P: postpartum depression, moderate. {{drug:Sertraline}} {{dose:25 mg}} x 1 wk then {{dose:50 mg}}, compatible with breastfeeding.
Perinatal mental health referral - [[NAME:Kelsey Grant]], LCSW, [[DATE:Tuesday 12/3]]. Warmline number given. Safety plan
reviewed; no SI. Phone check in 2 wks.
[[NAME:Karin Ekström]], MD
""", summary="""
At her 6-week postpartum visit [[NAME:Rattana Chaiyasit]] screened positive ({{score:EPDS 12}}) for postpartum depression
without suicidal ideation. {{drug:Sertraline}} was started, {{drug:Nexplanon}} placed and a therapy referral made.
"""),

    dict(style="gyn_visit", note="""
GYN ANNUAL / MENOPAUSE CONSULT
[[NAME:Eleni Georgiou-Markou]], {{age:54}}, G3P3. LMP ~14 months ago.    Date: [[DATE:07 Nov 2024]]
Hot flashes 8-10/day, night sweats, poor sleep; vaginal dryness with dyspareunia. Mood OK.
Hx: no VTE. Mother had breast cancer at {{age:71}} (BRCA status unknown). Sister in [[ADDRESS:Thessaloniki]] has osteoporosis.
Ex-smoker, quit 2015.
Exam: BMI 27. Breast exam normal. Pelvic: atrophic changes, no lesions. {{eponym:Pap}}/HPV cotest collected (last 2019).
Mammogram 9/2024 {{score:BI-RADS 1}}. DEXA lowest T-score {{score:-1.8}} L femoral neck; {{score:FRAX}} 10-yr MOF 9%.
Discussed hormone therapy risks and benefits, timing from menopause.
Plan: {{drug:estradiol}} {{dose:0.05 mg/day}} patch + {{drug:micronized progesterone}} {{dose:100 mg}} qhs; vaginal estradiol cream 2x/wk.
Calcium, vitamin D, weight-bearing exercise. Recheck 3 months.
Results by email per pt: [[EMAIL:eleni.gmarkou@gmail.com]]
[[NAME:Lauren Matthews]], MD
""", summary="""
[[NAME:Eleni Georgiou-Markou]], {{age:54}}, with bothersome vasomotor and genitourinary menopause symptoms started
transdermal {{drug:estradiol}} with progesterone on [[DATE:07 Nov 2024]]. She has osteopenia and will recheck in 3 months.
"""),

    dict(style="nursing_home_incident", note="""
INCIDENT / FALL REPORT - Maplewood Gardens Nursing & Rehab, 2 East
Resident: [[NAME:Gerrit Jan Visser]]    Age: [[AGE:96]]    Room 214-A    Resident #: [[MRN:20731]]
Date/time: [[DATE:03/08/25]] approx 0520. Found by CNA [[NAME:Destiny Harper]] on floor beside bed, sitting on buttocks,
bed alarm sounding.
Resident states "I was going to the bathroom, I forgot the walker."
Assessment (LPN [[NAME:M. Oyelaran]]): alert, oriented to self and place (baseline). Denies hitting head; no LOC.
ROM all extremities at baseline, no leg shortening or rotation. 2 cm skin tear R forearm, closure strips applied.
VS: {{vital:BP 148/82}}, {{vital:HR 78}}, {{vital:RR 18}}, {{vital:T 36.4}}, {{vital:SpO2 95%}} RA, FSBG {{lab:132}}. Neuro checks q15 min x 1 h then per
protocol - all WNL.
On {{drug:apixaban}} {{dose:2.5 mg}} BID; NP [[NAME:Karen Dwyer]] assessed at 0700 - resident declines transfer, no imaging now,
monitor closely.
{{score:Morse Fall Scale 75}} (high risk). Last fall [[DATE:2/2]].
Interventions: low bed, floor mats, toileting q2h overnight, walker at bedside, night light.
Son [[NAME:Pieter Visser]] notified 0715 ([[PHONE:616-555-0154]]), verbalized understanding.
Reported by: [[NAME:Ebony Washington]], RN, charge nurse
""", summary="""
[[NAME:Gerrit Visser]], [[AGE:96]], on {{drug:apixaban}}, had an unwitnessed fall on [[DATE:03/08/25]] with only a forearm
skin tear and normal neuro checks. He declined transfer and fall precautions were increased.
"""),

    dict(style="geriatric_home_visit", note="""
HOUSE CALLS - Follow-up Home Visit
[[NAME:Angus Ross MacKenzie]], {{age:89}} y/o M. Home: [[ADDRESS:37 Birchwood Ln, Lowell, MA]].
Present: pt, niece [[NAME:Catriona Douglas]] (visits 3x/wk), home health aide [[NAME:Bernadette]].
HFrEF (EF 35%), COPD on 2 L home O2, CKD 3a, macular degeneration. Widowed - wife [[NAME:Moira]] died in 2023.
Since last visit: one ED visit for COPD exacerbation, {{drug:prednisone}} burst; feels back to baseline. Still has "a wee
dram" of whisky nightly.
Exam: {{vital:BP 122/68}}, {{vital:HR 88}} irregularly irregular, {{vital:SpO2 91%}} on 2 L, wt 71.2 kg (up 1.4 kg from last week).
1+ pedal edema, bibasilar crackles.
Meds from pill organizer: {{drug:furosemide}} {{dose:40 mg}} daily -> {{dose:40 mg}} BID x 3 d then back; {{drug:metoprolol succinate}} {{dose:50 mg}};
{{drug:tiotropium}}; {{drug:apixaban}} {{dose:5 mg}} BID.
Home: grab bars in, throw rugs gone, smoke detector tested; uses microwave only now.
ACP: MOLST on fridge, DNR/DNI, wants to stay home; would go to hospital for "fixable" problems.
BMP drawn. Will call niece with results, [[PHONE:978-555-0133]].
RN [[NAME:Colleen Byrne]] to check weights Mon/Thu. Next visit 2 wk.
-- Dr. [[NAME:Rhiannon Bowen]], Home-Based Primary Care
""", summary="""
[[NAME:Angus MacKenzie]], {{age:89}}, seen at home, has mild heart failure fluid gain after a recent COPD exacerbation, so
his {{drug:furosemide}} was doubled for three days. He remains DNR/DNI and wants to stay at home.
"""),

    dict(style="social_work", note="""
SOCIAL WORK NOTE - Peds ED
Re: [[NAME:Kayden Morris]], {{age:2}} y/o M, DOB [[DATE:10/14/2022]], MRN [[MRN:55102883]]
Consulted for spiral fracture of R tibia with an inconsistent history; skeletal survey ordered by Dr. [[NAME:Ramírez]].
Present: mother [[NAME:Brittany Morris]] ({{age:22}}); mother's boyfriend [[NAME:Tyler]] "[[NAME:TJ]]" [[NAME:Hagen]] (not bio father);
maternal grandmother [[NAME:Debbie Lowe]]. Bio father, [[NAME:Cody Simmons]], not involved per mother.
Mother says [[NAME:Kayden]] "fell off the couch" Sunday night while the boyfriend was watching him; boyfriend says he "got his
leg stuck in the crib." Swelling noticed Monday; brought in today.
Mother tearful and cooperative; boyfriend left the ED before the interview was finished.
Report made to CPS intake [[DATE:11/03/2024]] at 1605, intake # [[MRN:2024-118-43307]]; investigator Ms. [[NAME:Gwen Tollefson]],
[[PHONE:218-555-0106]].
Safety plan: patient remains inpatient pending survey; visitors limited to mother and MGM per CPS.
Sibling: half-sister [[NAME:Aaliyah Morris]], {{age:5}}, staying at MGM's home, [[ADDRESS:902 W 4th St, Duluth]].
Will continue to follow.
[[NAME:Danielle Kerr]], MSW, LICSW | pager [[PHONE:3012]]
""", summary="""
Social work filed a CPS report on [[DATE:11/03/2024]] for [[NAME:Kayden Morris]], {{age:2}}, whose tibial spiral fracture
had conflicting explanations. He stays admitted with visits limited to his mother and grandmother.
"""),

    dict(style="adolescent_visit", note="""
Adolescent Well Visit - {{age:15}} y/o
[[NAME:Gabriel Henrique Souza dos Santos]] ("[[NAME:Biel]]"), DOB [[DATE:01/03/2010]], MRN [[MRN:400-22-7158]], seen [[DATE:2/6/2025]] with
father [[NAME:Marcos]].
Confidential portion (father out of room), HEADSS:
  Home - dad, stepmom, 2 half-brothers; mom in [[ADDRESS:Belo Horizonte]], talks weekly.
  Education - 10th grade, B/C. Activities - club soccer 5 d/wk.
  Drugs - tried vaping at a party, not regular; no alcohol.
  Sexuality - attracted to girls, not sexually active.
  Suicide / mood - {{score:PHQ-A 4}}, no SI.  Safety - seatbelt, no guns at home.
Exam: Ht 172 cm, Wt 61 kg, BMI 20.6, {{vital:BP 116/70}}. {{score:Tanner 4}}. {{eponym:Adams}} forward bend negative.
Tender R tibial tubercle - {{eponym:Osgood-Schlatter}}.
Vaccines: HPV #2, influenza.
Sports pre-participation form completed, cleared.
Plan: ice and quad stretching for {{eponym:Osgood-Schlatter}}; vaping cessation counseling; RTC 1 yr.
Forms to father by email: [[EMAIL:marcos.santos.br@hotmail.com]]
[[NAME:Kevin Kowalski]], MD
""", summary="""
[[NAME:Gabriel Souza dos Santos]], {{age:15}}, had a healthy adolescent visit on [[DATE:2/6/2025]], was cleared for
soccer with {{eponym:Osgood-Schlatter}} disease, and was counseled about vaping.
"""),

    dict(style="newborn_discharge", note="""
NEWBORN DISCHARGE SUMMARY - Well Baby Nursery
Term female, SVD, {{score:Apgars 8/9}}. BW 3120 g; DC wt 2930 g (-6.1%).
Feeding: exclusive breastfeeding, good latch per IBCLC, 8-10 feeds/24 h, 5 wet / 3 transitional stools.
Bilirubin: TcB {{lab:9.8}} at 40 h, low-intermediate risk, 5.1 below phototherapy threshold (AAP 2022).
Screens: NBS collected at 26 h. Hearing: pass bilateral (ABR). CCHD: pass (98% RUE / 97% foot).
Hep B vaccine given. {{drug:Vitamin K}} and {{drug:erythromycin}} ointment at birth.
DC exam: well-appearing, mild facial jaundice, no murmur, red reflex present bilaterally, hips stable
({{eponym:Barlow}}/{{eponym:Ortolani}} neg), cord drying, {{eponym:Moro}} intact.
Maternal: GBS neg, Rh pos, rubella immune, HBsAg neg.
Follow-up: PCP in 48 h for weight and bilirubin. Car seat checked. Safe sleep reviewed.
Return for fever >= 38.0, poor feeding, jaundice below the chest, fewer than 4 wet diapers a day.
""", summary="""
A healthy term breastfed girl was discharged with 6.1% weight loss and a low-risk bilirubin after passing all newborn
screens. PCP follow-up is due in 48 hours.
"""),

    dict(style="case_management", note="""
CASE MANAGEMENT PROGRESS NOTE - 5 West
[[NAME:Reinaldo Betancourt Rivero]]  |  {{age:67}} M  |  HAR [[MRN:8801275543]]  |  LOS 12
Medically ready since [[DATE:4/29]]. Barriers:
 1) Insurance - Medicaid application # [[MRN:1163098227]] submitted [[DATE:4/22]], pending. DCF caseworker [[NAME:Yusleidy Pérez]],
    [[PHONE:305-555-0117 x223]]. SSN on application confirmed with pt ([[SSN:591-44-0827]]).
 2) Placement - needs SNF for IV {{drug:daptomycin}} x 6 wk (vertebral osteomyelitis); PICC placed [[DATE:4/27]].
 3) Support - lives alone in [[ADDRESS:Hialeah]]; nephew [[NAME:Yunior]] ("[[NAME:Juni]]") checks on him; wife deceased.
Met with pt in Spanish (bilingual CM). He agrees to SNF.
Referrals sent to 4 SNFs; Palm Shores Rehab accepted pending payer.
OPAT pharmacist [[NAME:Colin Fairbanks]], PharmD, confirms weekly CK and CBC.
Next: call DCF again Monday; escalate to director if no eligibility by [[DATE:Wed 5/7]].
[[NAME:Marisol Cabrera]], RN, BSN, Case Manager    pager [[PHONE:7719]]
""", summary="""
[[NAME:Reinaldo Betancourt Rivero]], {{age:67}}, needs a SNF for six weeks of IV {{drug:daptomycin}} and has an accepting
facility, but his Medicaid is pending. Case management will escalate if there is no decision by [[DATE:5/7]].
"""),

    dict(style="ob_prenatal", note="""
Prenatal Visit - 36 weeks
G2P1001 at 36w0d, uncomplicated pregnancy, prior SVD.
S: good FM. Occasional {{eponym:Braxton Hicks}} contractions, irregular, painless. No LOF or VB. Mild low back pain.
O: {{vital:BP 118/76}}, total gain 11.4 kg. FHT 140s by {{eponym:Doppler}}. FH 35 cm. {{eponym:Leopold}} maneuvers cephalic, confirmed on
bedside US. Trace edema, DTRs 2+, no clonus.
Labs: GBS swab collected today. {{lab:Hgb 11.2}}.
A/P: IUP at 36 wk, doing well.
 - GBS pending; if positive, {{drug:penicillin G}} in labor.
 - Labor precautions and kick counts reviewed.
 - Birth plan: unmedicated, intermittent auscultation if low risk, delayed cord clamping, partner to cut the cord.
 - Tdap given at 28 wk; flu vaccine this season.
 - Pediatrician chosen, car seat installed.
RTC 1 wk.
""", summary="""
At 36 weeks an uncomplicated pregnancy is progressing normally with a cephalic fetus, and the GBS swab was collected.
Labor precautions and the birth plan were reviewed.
"""),

    dict(style="palliative_family_meeting", note="""
PALLIATIVE CARE - Family Meeting Note
Pt: Ibu [[NAME:Hartini Wibowo]], {{age:84}}F, metastatic pancreatic cancer, admitted [[DATE:2/2]] with cholangitis, now stented.
Present: son [[NAME:Rizky bin Hartono]] (HCPOA, flew in from [[ADDRESS:Surabaya]], WhatsApp [[PHONE:+62 812-3390-4417]]), daughter
[[NAME:Dewi Kusumawati]], granddaughter [[NAME:Putri]] (interpreting at family request after a professional interpreter
was offered), Dr. [[NAME:Femke Jansen]] (GI), Chaplain [[NAME:Yusuf Abdullah]], RN [[NAME:Heather Collins]], this writer.
Pt's own wishes, elicited earlier with an interpreter: to go home, to pray, "not to be a burden." {{score:PPS 40%}}, {{score:ECOG 3}}.
Oncology does not recommend further chemotherapy; Dr. [[NAME:Jansen]] agreed. Family first asked for "everything," then
agreed to a comfort focus after hearing she sleeps most of the day and has lost 9 kg.
Decisions: DNR/DNI, MOLST completed. Home hospice referral; hospital bed and O2 concentrator.
{{drug:Morphine}} oral solution {{dose:5 mg}} SL q2h PRN dyspnea/pain; {{drug:lorazepam}} {{dose:0.5 mg}} q6h PRN.
Religious: family wants an imam visit and for her to face the qibla at the end of life - chaplain arranging.
Time 75 min, > 50% counseling.
[[NAME:Jasmine Reed]], MD, Palliative Medicine
""", summary="""
At a family meeting for [[NAME:Hartini Wibowo]], {{age:84}}, with metastatic pancreatic cancer, her son and family agreed
to DNR/DNI and home hospice in line with her wishes. Comfort medications and religious support were arranged.
"""),

    dict(style="peds_phone_note", note="""
phone note
mom ([[NAME:anja zimmermann]]) called re: [[NAME:lukas]], {{age:3}}yo, fever {{vital:39.4}} since last night, {{drug:tylenol}} at 6am. no rash, drinking ok,
peeing ok, pulling at L ear. older sister [[NAME:mia]] had strep last wk. no trouble breathing.
advised {{drug:motrin}} {{dose:7.5 mL}} ({{dose:150 mg}}) q6-8h, may alternate w/ {{drug:tylenol}} {{dose:7.5 mL}} q4-6h prn, push fluids.
appt today 3:40 w/ dr. [[NAME:weiss]]. if lethargic / stiff neck / not peeing -> ED.
mom's cell [[PHONE:414 555 0163]], prefers text. dad ([[NAME:felix]]) can bring him if she's stuck at work.
-- [[NAME:jn]] ([[NAME:jenna novak]], RN triage) [[DATE:8/12]] 09:05
""", summary="""
Triage nurse [[NAME:Jenna Novak]] advised the mother of [[NAME:Lukas Zimmermann]], {{age:3}}, with fever and ear pulling,
on antipyretic dosing and booked a same-day visit on [[DATE:8/12]].
"""),

    dict(style="discharge_planning", note="""
DISCHARGE PLANNING CONFERENCE - Acute Rehab Unit
Patient: [[NAME:PERERA, CHAMINDA S.]]   Age {{age:72}}   MRN [[MRN:2250416]]   Dx: R MCA ischemic stroke, L hemiparesis
Meeting date: [[DATE:3 March 2025]]     Target DC: [[DATE:03/10/25]]
Function: {{score:FIM 58}} on admit -> {{score:82}} now. Ambulates 150 ft with hemi-walker, min A. Transfers CGA.
Mod I upper-body ADLs, min A lower-body dressing. Regular diet, thin liquids. Mild L neglect, improving.
Home: 2-story house in [[ADDRESS:Edison]], bedroom upstairs, 12 steps with R rail. Wife works mornings; son lives nearby and can
cover afternoons.
Needs: hemi-walker, tub transfer bench, 3-in-1 commode; first-floor setup for now; outpatient PT/OT/SLP 3x/wk.
Contacts:
  Role          Name                          Phone
  Wife (HCP)    [[NAME:Dilrukshi Perera]]              [[PHONE:732-555-0145]]
  Son           [[NAME:Tharindu Perera]]               [[PHONE:732-555-0168]]
  PCP           Dr. [[NAME:Ranjan Wijesinghe]]         [[PHONE:732-555-0102]] (fax [[PHONE:732-555-0103]])
  Neurology     Dr. [[NAME:Kathleen Moss]]             f/u [[DATE:4/7]]
Volunteers from the family's Buddhist temple will bring meals weekly.
Prepared by [[NAME:Omar Haddad]], MSW
""", summary="""
[[NAME:Chaminda Perera]], {{age:72}}, recovering from a right MCA stroke, is planned for discharge home on
[[DATE:03/10/25]] with first-floor setup, equipment and outpatient therapy. His wife and son will share his care.
"""),

    dict(style="nursing_home_quarterly", note="""
Quarterly Nursing Summary - Long-Term Care
Cognition: {{score:BIMS 9/15}} (moderately impaired), stable from last quarter. Late-onset {{eponym:Alzheimer}} dementia.
Mood: {{score:PHQ-9 5}} (staff-assessed). Attends music and chair exercise groups 3x/wk.
ADLs: extensive assist x1 for bathing and dressing, supervision for eating; two-person transfers with {{eponym:Hoyer}} lift
since hip fracture.
Continence: incontinent of bladder, continent of bowel on toileting schedule. No {{eponym:Foley}}.
Skin: {{score:Braden 15}}, no pressure injuries this quarter, heels floated.
Falls: none this quarter. {{score:Morse 45}}. Low bed, floor mats.
Nutrition: wt 52.4 kg (stable within 1 kg), {{lab:albumin 3.4}}, mechanical soft, thin liquids, {{drug:Ensure}} BID.
Pain: {{score:PAINAD 0-2}}, {{drug:acetaminophen}} {{dose:650 mg}} scheduled BID.
Meds: {{drug:donepezil}} {{dose:10 mg}}, {{drug:memantine}} {{dose:10 mg}} BID, {{drug:sertraline}} {{dose:50 mg}}, {{drug:vitamin D3}} {{dose:1000 IU}}.
Behaviors: sundowning 2-3 evenings/wk, redirectable; no antipsychotics.
Care plan reviewed by IDT. Goals: maintain function, comfort, social engagement. DNR, POLST on file.
""", summary="""
A long-term care resident with {{eponym:Alzheimer}} dementia had a stable quarter with no falls, no pressure injuries and
stable weight. Mild sundowning is managed without antipsychotics.
"""),
]
