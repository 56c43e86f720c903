NOTES = [
    dict(style="geriatrics_clinic", note="""
GERIATRICS CONSULT - Memory and Falls
[[NAME:STATHOPOULOU, KYRIAKI]]   [[AGE:92]] yo F   MRN [[MRN:00-6628-190]]   Visit [[DATE:03/11/2025]]
Referred by Dr. [[NAME:Evangelidis]] for 2 falls since Christmas and "getting mixed up" per [[NAME:Panagiota]].

[[NAME:Kyriaki]] lives alone in a 2nd-floor walkup on [[ADDRESS:Hoyt Ave]]; [[NAME:Panagiota]] and [[NAME:Stelios]] visit daily,
[[NAME:Eleni]] does groceries Sundays. Speaks Greek and English; [[NAME:Panagiota]] interpreted at her request.
Falls: both at night going to the bathroom, no LOC. Takes {{drug:diphenhydramine}} {{dose:25 mg}} qhs for sleep x years.
Cognition: {{score:MoCA 19/30}} (education 6 yrs), lost points on delayed recall and clock. {{score:GDS-15 4}}.
Function: independent ADLs, needs help with meds and finances. TUG 18 s with cane.
Exam: {{vital:BP 148/72}} sitting, {{vital:BP 122/64}} standing at 3 min - orthostatic. No rigidity or tremor.
Labs: {{lab:B12 212}}, {{lab:TSH 2.1}}, {{lab:Na 133}}.
A/P: mild neurocognitive disorder, likely Alzheimer type ({{eponym:Alzheimer}}) vs mixed; orthostasis; anticholinergic burden.
- Stop {{drug:diphenhydramine}} (Beers list, {{eponym:Beers}}); sleep hygiene; {{drug:melatonin}} {{dose:3 mg}} if needed.
- Reduce {{drug:HCTZ}} {{dose:25 mg}} to {{dose:12.5 mg}}.
- B12 1000 mcg daily. Home safety PT eval. Pill organizer filled weekly by [[NAME:Stelios]].
- Discussed driving - she stopped in 2019.  F/u 8 weeks.   [[NAME:Arax Nalbandian]], MD, Geriatrics
""", summary="""
[[AGE:92]]-year-old [[NAME:Kyriaki Stathopoulou]] with falls, orthostasis and mild cognitive impairment ({{score:MoCA 19/30}});
{{drug:diphenhydramine}} stopped, {{drug:HCTZ}} reduced, and home PT ordered by Dr. [[NAME:Arax Nalbandian]].
"""),
    dict(style="snf_admission", note="""
SKILLED NURSING FACILITY ADMISSION - Physician H&P
Resident: [[NAME:MACARAEG, TEODORO B]]   Rm 214-A   Admit [[DATE:02/27/2025]]   Medicare MBI [[MRN:1EG4-TE5-MK73]]
From: St. Luke's hospital after L hip hemiarthroplasty ([[DATE:2/21]]) for femoral neck fx.

HPI: {{age:84}} yo man tripped over a rug at home. Hospital course c/b post-op delirium (resolved) and {{lab:Hgb 7.9}}, 1 u PRBC.
PMH: HTN, T2DM, CKD 3a, BPH, mild dementia.
Meds: {{drug:Eliquis}} {{dose:2.5 mg}} BID x 30 d (DVT ppx), {{drug:metformin}} {{dose:500 mg}} BID, {{drug:amlodipine}} {{dose:5 mg}},
{{drug:finasteride}} {{dose:5 mg}}, {{drug:oxycodone}} {{dose:2.5 mg}} q6h PRN.
Exam: {{vital:BP 132/70}}, {{vital:HR 76}}. Incision C/D/I, staples in. Posterior hip precautions. {{score:BIMS 11}}.
{{score:Braden 15}} - at risk; heels offloaded.
Goals: PT/OT 5x/wk, WBAT, return home with [[NAME:Perla]] and [[NAME:Bayani]]; [[NAME:Lourdes Macaraeg-Villanueva]] is HCPOA.
Code status: Full code, confirmed with [[NAME:Teodoro]] and [[NAME:Lourdes]] by phone [[PHONE:(702) 418-5530]].
Staples out [[DATE:3/7]] (POD 14). Ortho f/u with Dr. [[NAME:Paraskevopoulos]].
[[NAME:R. Ambrose]], DO - attending, Desert Palms Post-Acute
""", summary="""
SNF admission of [[NAME:Teodoro Macaraeg]], {{age:84}}, after hip hemiarthroplasty for rehab with PT/OT, DVT prophylaxis with
{{drug:Eliquis}}, and plans to return home; [[NAME:Lourdes Macaraeg-Villanueva]] is HCPOA.
"""),
    dict(style="home_health_sn_visit", note="""
HOME HEALTH - SKILLED NURSING VISIT    Visit date [[DATE:Mar-3]]    Time in 1010 / out 1105
Pt: [[NAME:Trần Văn Lộc]]    Agency MR# [[MRN:HH-0044172]]    Episode [[DATE:02/18/2025]]-[[DATE:04/18/2025]]
Address: [[ADDRESS:8812 Bolsa Ave]], Apt 6, [[ADDRESS:Westminster]]

Present: [[NAME:Lộc]], [[NAME:Mai]], and [[NAME:Kevin]] (who translated). Bà [[NAME:Hạnh]] asleep in next room.
V/S: {{vital:BP 158/84}}, {{vital:HR 68}}, {{vital:SpO2 95%}} RA, {{vital:wt 58.4 kg}} (+1.6 kg since [[DATE:2/27]]).
CHF: 1+ pitting edema to mid-shin, crackles at bases, no orthopnea per pt, sleeps in recliner (!).
Meds: found 2 bottles of {{drug:furosemide}} - one {{dose:20 mg}}, one {{dose:40 mg}} - [[NAME:Mai]] had been giving both.
Called Dr. [[NAME:Lê]]'s office [[PHONE:714-893-0217]], spoke w [[NAME:Tina]] RN: hold extra, take {{dose:40 mg}} daily only,
add {{dose:20 mg}} x 2 days. BMP ordered.
Teaching: daily weights, 2 g sodium - pho broth and fish sauce discussed with [[NAME:Mai]] who cooks.
Next SN visit [[DATE:Thurs 3/6]]. Supervisor [[NAME:Ng]] notified of med discrepancy.
[[NAME:Jocelyn Bautista]], RN   ([[NAME:jbautista2]])
""", summary="""
Home health nurse found [[NAME:Trần Văn Lộc]] volume overloaded after duplicate {{drug:furosemide}} bottles were both given;
dose clarified with Dr. [[NAME:Lê]]'s office, BMP ordered, and next visit [[DATE:3/6]].
"""),
    dict(style="hospice_admission", note="""
HOSPICE ADMISSION / INITIAL ASSESSMENT - RN Case Manager
Patient: [[NAME:Wanbli Two Bulls]]   {{age:78}} yo M   Admit [[DATE:3rd of March 2025]]   Hospice ID [[MRN:HSP25-0311]]
Medicare MBI [[MRN:7QA2-WN8-RT51]]   IHS # [[MRN:PR-004417]]
Terminal dx: metastatic NSCLC to bone and liver. {{score:PPS 40%}}. Declined further chemo.
Home: [[ADDRESS:Kyle]], SD ([[ADDRESS:Pine Ridge]]) - rural, 40 min from agency. Well water, wood stove. Phone [[PHONE:605-455-2271]].
Lives with [[NAME:Winona]]; [[NAME:Lakota]] and [[NAME:Dakota Two Bulls]] nearby; [[NAME:Georgia Red Cloud]] helps on weekends.
Wishes: to die at home; traditional ceremony - spiritual care from [[NAME:Richard Iron Shell]] welcome at any time; sage smudging ok
with O2 turned off.
Symptoms: bone pain 7/10 R hip, dyspnea on exertion, anorexia.
Plan: {{drug:morphine}} ER {{dose:15 mg}} q12h, {{drug:morphine}} IR {{dose:5-10 mg}} q2h PRN, {{drug:senna}} {{dose:2 tabs}} qhs,
{{drug:dexamethasone}} {{dose:4 mg}} daily for appetite/pain. Comfort kit delivered. O2 2L prn, concentrator from Apria.
Hospital bed to be delivered [[DATE:March 4]]. DNR/POLST signed.
RN visits 2x/wk, SW, chaplain, HHA 3x/wk.
[[NAME:Lena Yellow Horse]], RN CM
""", summary="""
[[NAME:Wanbli Two Bulls]], with metastatic lung cancer ({{score:PPS 40%}}), was admitted to home hospice in [[ADDRESS:Kyle]]
with {{drug:morphine}} for bone pain, DNR status, and traditional spiritual care welcomed.
"""),
    dict(style="social_work_psychosocial", note="""
SOCIAL WORK PSYCHOSOCIAL ASSESSMENT
Pt [[NAME:Vartan Baghdasaryan]], {{age:81}}, admitted for CVA with R hemiparesis, expressive aphasia. FIN [[MRN:8801934427]]

Met w/ [[NAME:Hasmik]] at bedside and [[NAME:Ani]] and [[NAME:Raffi]] by speakerphone ([[NAME:Raffi]] lives in [[ADDRESS:Yerevan]],
[[PHONE:+374 91 448 203]]). [[NAME:Hasmik]] is {{age:79}}, herself has COPD on home O2, states "I cannot lift him."
Home: single-story house in [[ADDRESS:Glendale]], 3 steps at entry, walk-in shower.
Supports: [[NAME:Ani]] works full-time in [[ADDRESS:Burbank]]; church (St. Gregory) offers meals. Neighbor [[NAME:Madison]] checks in.
Finances: Medicare A/B + Medi-Cal (QMB). No LTC insurance. Owns home.
Caregiver strain high; [[NAME:Hasmik]] tearful. Zarit burden interview deferred.
Advance directive: none. [[NAME:Vartan]] nods yes/no reliably; identified [[NAME:Ani]] as decision maker - will complete AHCD
with chaplain as witness.
Plan: recommend acute rehab (IRF) - referrals to 2 facilities; alt SNF. Will provide Armenian-language caregiver resources and
IHSS info. F/u tomorrow. [[NAME:Siran Kazarian]], MSW, ext [[PHONE:5-4127]]
""", summary="""
Social work assessment for stroke patient [[NAME:Vartan Baghdasaryan]] found high caregiver strain for [[NAME:Hasmik]];
acute rehab referrals were sent and [[NAME:Ani]] will be named on an advance directive.
"""),
    dict(style="prior_auth_letter", note="""
LETTER OF MEDICAL NECESSITY / PRIOR AUTHORIZATION REQUEST
To: Pharmacy Prior Authorization Dept., Aetna Medicare      Fax [[PHONE:1-866-411-0908]]
Date: [[DATE:03MAR2025]]
RE: [[NAME:Kealoha, Leimomi P.]]   DOB [[DATE:05/09/1941]]   Member ID [[MRN:W284419073]]   Group 7710
Drug requested: {{drug:Prolia}} ({{drug:denosumab}}) {{dose:60 mg}} SC every 6 months   Prior PA ref [[MRN:PA-24-9981733]]

Mrs. [[NAME:Kealoha]] is an {{age:83}}-year-old woman with severe osteoporosis (DXA [[DATE:1/14/2025]]: L-spine {{lab:T-score -3.4}},
femoral neck {{lab:T-score -2.9}}) and a vertebral compression fracture at L1 in 2023. She failed {{drug:alendronate}}
{{dose:70 mg}} weekly (esophagitis on EGD) and cannot sit upright 30 minutes due to kyphosis. {{lab:eGFR 28}} excludes
{{drug:zoledronic acid}}. {{lab:Ca 9.4}}, {{lab:25-OH vit D 38}}. FRAX 10-yr hip risk 7.8%.
Denial of continued therapy risks rebound vertebral fractures. Please approve for 12 months.
Sincerely, [[NAME:Laila Kahale]], MD   Geriatrics   Phone [[PHONE:(808) 547-2290]]
""", summary="""
Prior authorization letter from Dr. [[NAME:Laila Kahale]] asks to continue {{drug:Prolia}} for [[NAME:Leimomi Kealoha]]'s
severe osteoporosis after {{drug:alendronate}} failure, with CKD excluding {{drug:zoledronic acid}}.
"""),
    dict(style="geriatric_falls_protocol", note="""
POST-FALL HUDDLE - Geriatric Unit (no injury)

Fall occurred on Night Shift, unwitnessed, Resident found seated on floor beside bed, Call Light not in reach.
Immediate assessment: no head strike reported, no pain with ROM of hips, {{vital:BP 136/78}}, {{vital:HR 82}},
{{vital:SpO2 96%}}, {{lab:POC glucose 104}}. Neuro checks q15 min x 1 h then q1h x 4 - all WNL, {{score:GCS 15}}.
Risk factors reviewed: {{score:Morse Fall Scale 65}} (high), nocturia, {{drug:Lasix}} given at 1800, {{drug:trazodone}} {{dose:50 mg}} HS,
Timed Up and Go 21 s, urgency incontinence.
Root cause: toileting need + bed alarm was off after linen change.
Interventions: Lasix moved to 0800 and 1400 (per Prescriber), scheduled toileting q2h overnight, bed in low position,
floor mats, nonskid socks, night light, Bed Alarm checklist added to linen-change workflow, PT consult.
Family notified by Charge Nurse. Incident report filed per Policy.
""", summary="""
Post-fall huddle for an uninjured resident with a high {{score:Morse Fall Scale 65}}; the fall was linked to nocturia and a
disabled bed alarm, and diuretic timing, toileting and alarm checks were changed.
"""),
    dict(style="hospice_rn_visit", note="""
HOSPICE RN ROUTINE VISIT  [[DATE:04/02/25]]
pt [[NAME:Boonmee Saetang]]  Rm 8 @ Magnolia Gardens ALF   PPS 30%  FAST 7c
S: per [[NAME:Pranee]] (at bedside since 0700) pt more sleepy, taking sips only, grimaces w turning. [[NAME:somchai]] flying in
from [[ADDRESS:Chiang Mai]] [[DATE:Sat 4/5]].
O: {{vital:BP 92/54}}, {{vital:HR 104}}, {{vital:RR 24}} w periods of apnea 10-15 s, {{vital:T 37.9}} axillary. Mottling to knees.
Sacral stage 2 intact dressing. Oral mucosa dry. Small amt dark urine in brief.
A: transitioning, likely days.
P: {{drug:morphine}} 20 mg/mL {{dose:5 mg}} SL q1h PRN (was q2h) - order from Dr. [[NAME:Kittikhun]] via phone. {{drug:atropine}} 1% {{dose:2 gtts}}
SL q4h PRN secretions. {{drug:lorazepam}} {{dose:0.5 mg}} SL q4h PRN restlessness. Reposition q2-3h w/ [[NAME:Pranee]] and ALF aide [[NAME:Grace]].
Mouth care taught. Monk from the wat (Phra [[NAME:Anan]]) visiting tonight per family request.
Continuous care not indicated at this time. On-call # [[PHONE:(916) 550-3128]] given again.
[[NAME:M. Price]], RN  /  copied to IDT, SW [[NAME:Jodie]]
""", summary="""
Hospice nurse found [[NAME:Boonmee Saetang]] actively transitioning; {{drug:morphine}} PRN frequency increased, {{drug:atropine}} and
{{drug:lorazepam}} PRNs added, and [[NAME:Pranee]] taught mouth care while [[NAME:Somchai]] travels from [[ADDRESS:Chiang Mai]].
"""),
    dict(style="case_management_dc_planning", note="""
CASE MANAGEMENT - DISCHARGE PLANNING NOTE    [[DATE:Wed 2/12/2025]]  1420
Pt: [[NAME:Malaeta Fuimaono]]   {{age:76}} yo F   HAR [[MRN:H0092288145]]   Payer: Humana Gold Plus HMO, ID [[MRN:H41877609-01]]
Dx: sepsis from UTI, deconditioning. PT rec SNF (gait 40 ft with RW, mod A transfers).

Spoke with [[NAME:Tasi]] and [[NAME:Savali]] (pt's HCPOA = [[NAME:Tasi Fuimaono]]) in room. Family prefers facility close to
[[ADDRESS:Carson]] so [[NAME:Ioane]] and [[NAME:Fetu]] can visit after work.
Referrals sent via CarePort 1100: Harbor Lights Rehab (accepted, bed [[DATE:2/13]]), Seaside Care Center (pending),
Bayview Post-Acute (declined - no bed).
Humana auth for SNF submitted 1215, ref [[MRN:A7712094Z]], naviHealth reviewer [[NAME:Dallas]] called back 1405 - approved 7 days,
next review [[DATE:Feb 20]].
Transport: wheelchair van via ModivCare, trip # [[MRN:TR-550912]], pickup [[DATE:2/13]] 1300, [[PHONE:877-318-2201]].
[[NAME:Malaeta]] agreeable; says she will go "as long as [[NAME:Tasi]] brings my pillow." IM letter given and signed.
[[NAME:Austin King]], RN CM  x[[PHONE:6612]]
""", summary="""
Case manager arranged SNF discharge for [[NAME:Malaeta Fuimaono]] to Harbor Lights Rehab on [[DATE:2/13]] after Humana approved 7
days; [[NAME:Tasi Fuimaono]], the HCPOA, agreed with the plan.
"""),
    dict(style="insurance_appeal", note="""
RE: Level 1 Appeal - Denial of Inpatient Admission
Patient: [[NAME:YELLOWHAIR, MARY ANN]]   DOB [[DATE:11/30/1945]]   Claim # [[MRN:2025031188204]]   FIN [[MRN:F93310728]]
Dates of service: [[DATE:01/16/2025]] - [[DATE:01/19/2025]]   Member ID [[MRN:BCN004417726]]

Blue Cross denied the inpatient stay as "could have been observation." We disagree.
Ms. [[NAME:Yellowhair]], age {{age:79}}, presented with acute decompensated HFrEF (EF 25%), {{lab:BNP 3240}}, {{vital:SpO2 86%}} RA,
{{lab:Cr 2.1}} (baseline 1.3) and {{lab:K 5.9}}. She required IV {{drug:furosemide}} {{dose:80 mg}} BID, BiPAP x 10 h the first night,
and telemetry for NSVT. The attending (Dr. [[NAME:Halvorsen]]) documented an expectation of a 2-midnight stay at admission,
meeting the CMS Two-Midnight Rule and InterQual acute criteria.
Peer-to-peer was held [[DATE:Feb 3]] with Dr. [[NAME:Weiss]] (plan medical director); denial upheld without rationale.
We request reversal and payment at the inpatient DRG 291.
[[NAME:Sunny Kapoor-Hale]], RN, Utilization Review  |  [[NAME:E. Halvorsen]], MD  |  fax [[PHONE:(406) 238-7710]]
""", summary="""
Level 1 appeal of Blue Cross's denial of [[NAME:Mary Ann Yellowhair]]'s inpatient stay for decompensated heart failure,
arguing BiPAP, IV diuresis and the two-midnight expectation justified admission.
"""),
    dict(style="snf_nursing", note="""
snf nsg note 3-11 shift  [[DATE:3/3/25]]
res [[NAME:teodora alcantara]] rm 118B. alert, oriented x2 (baseline). c/o R knee pain 5/10, {{drug:tylenol}} {{dose:650 mg}} given 1700 w relief.
ate 75% dinner, fluids encouraged 480 mL this shift. voided x3, cont.
skin: L heel DTI unchanged, heel boots on, turned q2h. {{score:braden 14}}.
1930 [[NAME:teodora]] asking for [[NAME:rosario]] ("where is my sister") - redirected, looked at photos w/ her, calm.
2010 [[NAME:rosario]] called, spoke w res 10 min. [[NAME:Jun-Jun]] will visit sat.
2100 bs {{lab:fsbs 188}}, {{drug:lispro}} {{dose:2 units}} per ss.
no falls, bed low, call light in reach.
- [[NAME:mv]] LPN ([[NAME:Mylene Villareal]])
""", summary="""
Evening SNF note for [[NAME:Teodora Alcantara]]: knee pain eased with {{drug:Tylenol}}, stable heel DTI, calmed after
asking for [[NAME:Rosario]], and sliding-scale {{drug:lispro}} given.
"""),
    dict(style="geriatric_psych_behavior", note="""
GERIATRIC PSYCHIATRY FOLLOW-UP - Behavioral and Psychological Symptoms of Dementia
[[NAME:KAHANANUI-AKAU, KAPUAʻALA]] "[[NAME:Pua]]"   {{age:87}} F   Ohana Pacific Memory Care, Rm 22   Seen [[DATE:Mar 3, 2025]]

Per staff ([[NAME:Leilani]] CNA, [[NAME:Keahi]] LPN) [[NAME:Pua]] has been exit-seeking at 1600-1800 daily ("I have to pick up
[[NAME:Kainoa]] from school"), struck a caregiver x1 on [[DATE:2/26]] during shower. Sleeping 5 h/night. No fever, UA neg,
BM regular. Pain: {{score:PAINAD 3}} during transfers - R shoulder OA.
Meds: {{drug:donepezil}} {{dose:10 mg}}, {{drug:quetiapine}} {{dose:25 mg}} HS (started by hospitalist in January), {{drug:sertraline}} {{dose:50 mg}}.
MSE: pleasant, oriented to self, sings along in Hawaiian with [[NAME:Sunny]] (activities aide). {{score:SLUMS 8}}.
Assessment: Alzheimer disease ({{eponym:Alzheimer}}), late stage, with sundowning; untreated pain likely contributes.
Plan:
- Scheduled {{drug:acetaminophen}} {{dose:650 mg}} TID; reassess PAINAD in 1 wk.
- Taper {{drug:quetiapine}} {{dose:12.5 mg}} x 2 wk then stop (GDR), monitor.
- Shower moved to morning with [[NAME:Leilani]], whom she trusts; ukulele music at 1530.
- [[NAME:Kamaka Akau]] (POA) agreed by phone [[PHONE:808-239-6614]]; he will bring old family photos.
[[NAME:Ed Oh]], MD, Geriatric Psychiatry
""", summary="""
[[NAME:Kapuaʻala]] "[[NAME:Pua]]" [[NAME:Kahananui-Akau]] has sundowning and one aggressive episode; Dr. [[NAME:Ed Oh]] started
scheduled {{drug:acetaminophen}} for shoulder pain, began tapering {{drug:quetiapine}}, and adjusted her routine.
"""),
    dict(style="home_health_pt", note="""
HOME HEALTH PHYSICAL THERAPY - EVALUATION
Pt: [[NAME:Nhia Vang]]   {{age:73}} M   SOC [[DATE:2025-03-04]]   Agency MR [[MRN:0099182]]   Payer: UCare Medicare, ID [[MRN:UC7718820413]]
Home: [[ADDRESS:1127 Case Ave E]], [[ADDRESS:St Paul]], MN [[ADDRESS:55106]]. Split-level, 7 steps, one rail (R ascending).
Present: [[NAME:Nhia]], [[NAME:Ka]], [[NAME:Chao]] (who interpreted; pt declined phone interpreter). [[NAME:Paj Her]] arrived at end.

Dx: L TKA [[DATE:2/25]]. PMH DM2, HTN, gout.
Pain 6/10 L knee with activity; takes {{drug:oxycodone}} {{dose:5 mg}} ~2x/day.
ROM L knee 8-78 deg (ext lag). Quad 3-/5. Edema +2 around knee.
Transfers sit-stand CGA from low sofa; gait 60 ft with FWW, step-to. {{score:Tinetti 15/28}} (high fall risk). {{score:TUG 26 s}}.
Stairs: 7 steps with rail + CGA of [[NAME:Chao]], step-to.
Safety: throw rugs removed in hall with [[NAME:Ka]]'s permission, shower chair recommended.
Plan: PT 3w2, 2w2. HEP: quad sets, heel slides, SAQ, ankle pumps - pictures given; [[NAME:Chao]] will help with the heel slides.
Ortho f/u [[DATE:3/11]] with [[NAME:Green]] PA-C. [[NAME:Will Baker]], PT, DPT
""", summary="""
Home PT evaluation after left knee replacement for [[NAME:Nhia Vang]] showed limited range of motion and high fall risk
({{score:Tinetti 15/28}}); a home exercise program was set with help from [[NAME:Chao]], by [[NAME:Will Baker]], PT.
"""),
    dict(style="hospice_death_note", note="""
HOSPICE - DEATH VISIT / PRONOUNCEMENT
Patient: [[NAME:Evangelos Chrysanthou]]   Hospice ID [[MRN:HSP-24-1187]]   DOD [[DATE:Sunday, March 9, 2025]]
Called by [[NAME:Despina]] at 0514 reporting no breathing. Arrived at home on [[ADDRESS:Kerasounta Ln]], [[ADDRESS:Tarpon Springs]], 0602.

No respirations, no apical pulse x 1 full minute, pupils fixed and dilated, no response to stimuli.
Time of death per RN pronouncement: 0605 (state allows RN pronouncement for expected hospice deaths).
Present: [[NAME:Despina]], [[NAME:Nikos]], [[NAME:Kalliope]]. Fr. [[NAME:Dimitri]] of St. Nicholas already came at 0400 for prayers.
Attending Dr. [[NAME:Sarafoglou]] notified 0615 - will sign death certificate. Medical Examiner not required (expected death).
Controlled substances destroyed with [[NAME:Nikos]] as witness: {{drug:morphine}} 20 mg/mL 12 mL, {{drug:lorazepam}} {{dose:0.5 mg}} x 9 tabs,
into drug deactivation pouch.
Body washed and dressed by family per Greek Orthodox custom. Funeral home (Vasilaros Funeral Home) arrived 0815.
Bereavement risk: moderate - [[NAME:Despina]] married 61 years, lives alone now. SW [[NAME:Page Whitlock]] to call [[DATE:3/10]].
[[NAME:Mercy Alvarado]], RN
""", summary="""
Hospice nurse [[NAME:Mercy Alvarado]] pronounced [[NAME:Evangelos Chrysanthou]] at home on [[DATE:March 9, 2025]], destroyed
controlled medications with [[NAME:Nikos]] as witness, and set bereavement follow-up for [[NAME:Despina]].
"""),
    dict(style="aps_referral", note="""
SOCIAL WORK NOTE - ADULT PROTECTIVE SERVICES REFERRAL
Pt [[NAME:Sutrisno Hadiwijaya]] ({{age:85}}) seen in ED [[DATE:the 3rd]] for weakness; admitted. CSN [[MRN:7200418862]]

Concerns raised by [[NAME:Wayan]] (RN) during admission: pt thin, soiled clothes, {{lab:albumin 2.6}}, unpaid bills in wallet.
Pt reports [[NAME:Rizky]], who moved in last summer, "handles the money" and has his debit card and phone. Pt states he
has not been to the bank since October; SSA benefit deposited monthly. Pt unsure of balance, tearful, asked "don't tell him."
[[NAME:Rizky]] called unit x4 today asking when pt will sign "the house papers"; declined to come in.
[[NAME:Hartati]] (lives in [[ADDRESS:Jakarta]], [[PHONE:+62 21 7390 4418]]) reached by phone w/ Indonesian interpreter ID [[MRN:ID-2207]]:
says pt owns the house on [[ADDRESS:Lemon Grove Ave]] outright, worried [[NAME:Rizky]] is selling it.
Capacity: pt able to state choices; formal capacity eval requested from psychiatry (Dr. [[NAME:Li]] will see tomorrow).
APS report filed by phone [[DATE:03/03/2025]] 1530, intake worker [[NAME:Jordan Keyes]], report # [[MRN:APS-25-004771]].
Visitor restriction for [[NAME:Rizky]] placed per pt request; security aware.
[[NAME:Taylor Nakamura-Bell]], LCSW
""", summary="""
Social worker [[NAME:Taylor Nakamura-Bell]] filed an APS report for suspected financial exploitation of [[NAME:Sutrisno Hadiwijaya]]
by [[NAME:Rizky]], requested a capacity evaluation, and restricted [[NAME:Rizky]]'s visits at the patient's request.
"""),
    dict(style="hospice_comfort_kit", note="""
HOSPICE COMFORT KIT - INSTRUCTIONS FOR CAREGIVERS (keep in Refrigerator door)

Call or page the Hospice Nurse BEFORE using any medicine in this kit for the first time. Nurse available 24/7.
1. {{drug:Morphine}} Oral Solution 20 mg/mL - for Pain or Shortness of Breath: {{dose:0.25 mL}} ({{dose:5 mg}}) under the tongue
   every 1 hour as needed.
2. {{drug:Lorazepam}} {{dose:0.5 mg}} tablets - for Anxiety or Restlessness: 1 tablet under the tongue every 4 hours as needed.
3. {{drug:Haloperidol}} 2 mg/mL - for Nausea or Agitation / Confusion: {{dose:0.5 mg}} under the tongue every 6 hours as needed.
4. {{drug:Atropine}} 1% eye drops - for Noisy, Wet Breathing: {{dose:2 drops}} under the tongue every 4 hours as needed.
5. {{drug:Bisacodyl}} {{dose:10 mg}} suppository - Constipation, no bowel movement in 3 days.
6. {{drug:Acetaminophen}} {{dose:650 mg}} suppository - Fever or mild pain.
Record each dose on the Medication Log sheet (time, dose, reason, who gave it).
Never share these medicines. Destroy with the Hospice Nurse after the Patient's death.
""", summary="""
Caregiver instructions for a hospice comfort kit with {{drug:morphine}}, {{drug:lorazepam}}, {{drug:haloperidol}},
{{drug:atropine}} drops, {{drug:bisacodyl}} and {{drug:acetaminophen}}, with dosing and logging rules.
"""),
    dict(style="prior_auth_call_log", note="""
PA CALL LOG - {{drug:Jardiance}} {{dose:10 mg}}   pt [[NAME:HAVILI, VILIAMI]]   DOB [[DATE:8-Jul-1951]]   Member ID [[MRN:XQH418802273]]
[[DATE:03/03]] 0915 called UnitedHealthcare Optum Rx [[PHONE:1-800-711-4555]], IVR 4x. Spoke w/ [[NAME:Kristy]] (rep ID [[MRN:K44102]]).
  Needs step therapy: {{drug:metformin}} trial + documentation of ASCVD or CKD. Case # [[MRN:PA-3309-2718-A]] opened.
[[DATE:03/03]] 1140 faxed chart notes ({{lab:A1c 8.6}}, {{lab:eGFR 44}}, {{lab:UACR 210}}) to [[PHONE:1-844-403-1028]] - 9 pages, confirmation ok.
[[DATE:Mar-5]] 1600 status: pending clinical review.
[[DATE:Mar-6]] 1010 DENIED - "no metformin trial on file." Pt took {{drug:metformin}} 2019-2021 at prior clinic, stopped for GI
  intolerance per pt. Requested records from Kaimuki clinic, fax [[PHONE:808-735-9012]].
[[DATE:Mar-7]] 0830 records rcvd. Appeal/redetermination submitted w/ letter by Dr. [[NAME:Havili-Moala]] (no relation to pt).
[[DATE:3/10]] APPROVED thru [[DATE:3/9/2026]], auth # [[MRN:OPT25AX771023]]. Called pt at [[PHONE:808-291-4477]] - spoke w [[NAME:Sela]];
  told [[NAME:Viliami]] can pick up at Longs #7720 today, copay $47.
-- [[NAME:may]] (PA coordinator) / [[NAME:mvelasco]]
""", summary="""
Prior authorization for {{drug:Jardiance}} for [[NAME:Viliami Havili]] was first denied for lack of a {{drug:metformin}} trial,
then approved on appeal on [[DATE:3/10]] through [[DATE:3/9/2026]] once old records were faxed.
"""),
    dict(style="pharmacist_deprescribing", note="""
CLINICAL PHARMACIST - COMPREHENSIVE MEDICATION REVIEW (SNF)
Resident: [[NAME:Somsak Chaiyaporn]]   Age [[AGE:90]]   Rm 305   Reviewed [[DATE:2025-03-12]]   Prescriber: Dr. [[NAME:Wongsuwan]]
12 scheduled meds, 4 PRN. {{lab:CrCl 28}} (wt 51 kg). Recent fall [[DATE:3/2]].

Recommendations:
1. {{drug:Glipizide}} {{dose:5 mg}} BID - {{lab:A1c 6.1}}, 2 lows ({{lab:BG 58}}, {{lab:BG 63}}) this month. Beers: avoid sulfonylureas
   ({{eponym:Beers}}). STOP; relax A1c goal to < 8.
2. {{drug:Oxybutynin}} {{dose:5 mg}} BID - strongly anticholinergic, confusion. Change to {{drug:mirabegron}} {{dose:25 mg}} or stop trial.
3. {{drug:Omeprazole}} {{dose:40 mg}} since 2019, no GI indication - taper to {{dose:20 mg}} x 2 wk then off.
4. {{drug:Gabapentin}} {{dose:300 mg}} TID - renally dose to {{dose:100 mg}} TID given CrCl.
5. {{drug:Aspirin}} {{dose:81 mg}} - primary prevention only at age 90 - discuss stopping.
6. Keep {{drug:donepezil}}, {{drug:amlodipine}}, {{drug:vitamin D3}}.
Discussed with [[NAME:Somsak]] (able to weigh in on #5, wants to stop) and [[NAME:Malee]] by phone.
[[NAME:June Pak]], PharmD, BCGP   [[NAME:jpak]]
""", summary="""
Pharmacist [[NAME:June Pak]] recommended stopping {{drug:glipizide}} and {{drug:aspirin}}, replacing {{drug:oxybutynin}}, tapering
{{drug:omeprazole}} and renally dosing {{drug:gabapentin}} for [[AGE:90]]-year-old [[NAME:Somsak Chaiyaporn]].
"""),
    dict(style="snf_transfer_sbar", note="""
SNF TO HOSPITAL TRANSFER - SBAR (INTERACT)   [[DATE:03/17/2025]] 0240
S: [[NAME:Tupou, Losaline]], {{age:88}} F, rm 210B, acute SOB and new O2 need. {{vital:SpO2 84%}} RA -> 93% on 4L NC.
B: Admitted here [[DATE:3/1]] after CHF exacerbation. DNR/DNI but wants hospital transfer (POLST Section B: selective treatment).
   Allergies: {{drug:PCN}} (hives). MBI [[MRN:4HX7-VC3-TK28]].
A: {{vital:T 38.4}}, {{vital:HR 118}} irreg, {{vital:BP 102/60}}, {{vital:RR 30}}. Crackles R base, productive cough, new confusion.
   {{lab:POC glucose 212}}. Concern for pneumonia vs CHF.
R: Transfer to ED by ALS. On-call Dr. [[NAME:Fakatava]] notified 0225 - agrees.
   [[NAME:Siosaia]] (HCPOA) called [[PHONE:(801) 972-4418]] - no answer, VM; [[NAME:Mele Tupou-Kata]] reached at 0235, will meet
   at ED. Report called to ED charge [[NAME:Maka]] 0250.
Sent with: face sheet, POLST, MAR, this SBAR.  [[NAME:Havili V]], RN supervisor
""", summary="""
SBAR transfer of [[NAME:Losaline Tupou]], {{age:88}}, from the SNF to the ED for hypoxemia and fever concerning for
pneumonia versus heart failure, consistent with her POLST; [[NAME:Mele Tupou-Kata]] will meet her there.
"""),
    dict(style="sw_advance_directive", note="""
SOCIAL WORK - ADVANCE CARE PLANNING / POLST
Met with [[NAME:Harold Whitfield]] ({{age:86}}), [[NAME:Will]], and [[NAME:Hope Whitfield-Carr]] in clinic room 4, 45 min.
[[NAME:Harold]] has moderate COPD and early CHF; he reviewed his values: "I want to be home with Biscuit (dog) and my
garden. I don't want a breathing machine again." He was intubated in 2021 and "never got my strength back."
[[NAME:Will]] initially wanted "everything done"; [[NAME:Harold]] asked him to respect his choice and [[NAME:Will]] agreed.
POLST completed: DNR; selective treatment (hospital OK, no intubation, BiPAP trial ok); artificial nutrition: no.
Health care agent: [[NAME:Hope]]; alternate [[NAME:Will]]. AHCD signed and notarized by [[NAME:Denise Cross]] (notary) today.
We will scan copies to the chart and [[NAME:Hope]] will keep the pink POLST on the fridge.
Referred to palliative care clinic; Dr. [[NAME:Mkrtchyan]] will follow. Bereavement and caregiver support info given.
[[NAME:Florence Delacroix]], LCSW   ext [[PHONE:3318]]
""", summary="""
Advance care planning with [[NAME:Harold Whitfield]] produced a POLST with DNR and no intubation, naming [[NAME:Hope]] as
agent and [[NAME:Will]] as alternate after a family discussion; referred to palliative care.
"""),
    dict(style="home_health_aide_supervision", note="""
HHA SUPERVISORY VISIT (on-site, aide present)   [[DATE:14 Mar 2025]]
Client: [[NAME:Rogelio Panganiban]]   Agency ID [[MRN:CL-33018]]   HHA: [[NAME:Marites Soriano]], CNA (badge [[MRN:4471]])
Care plan: bathing (shower chair), dressing, skin check, ROM, light meal prep, 3x/wk M/W/F 0900-1100.

Observed [[NAME:Marites]] assist [[NAME:Rogelio]] with shower: gait belt used, water temp checked, privacy maintained, skin
inspected and reported a reddened area L coccyx (blanchable). Communicated in Tagalog and English.
Client and [[NAME:Lorna]] satisfied: "[[NAME:Tess]] is like family." ([[NAME:Tess]] = [[NAME:Marites]]'s nickname.)
Competencies verified: hand hygiene, transfers, documentation. Updated care plan: barrier cream to coccyx, turn
reminders; notify RN for any open area.
Next supervisory visit due in 14 days per state rule. No concerns reported by [[NAME:Dong]] (weekend aide).
[[NAME:Bishop]], RN clinical supervisor ([[NAME:A. Bishop]])
""", summary="""
Supervisory visit confirmed aide [[NAME:Marites Soriano]] provides safe, respectful care to [[NAME:Rogelio Panganiban]];
a blanchable coccyx redness led to barrier cream and turning reminders in the care plan.
"""),
    dict(style="utilization_review", note="""
UTILIZATION REVIEW - CONTINUED STAY (Day 6)

Criteria set: InterQual Acute Adult, Subset Pneumonia. Status: Inpatient.
Clinical: remains on {{drug:cefepime}} {{dose:2 g}} IV q8h for Pseudomonas in sputum culture; {{vital:SpO2 91%}} on 3L NC, not at
baseline (home RA). {{lab:WBC 13.2}} (from 18.4). {{vital:T 37.9}} max last 24 h. Ambulating 50 ft with PT, Min Assist.
Day 6 criteria: met (IV antibiotics, O2 requirement above baseline).
Barriers to discharge: O2 qualification walk pending; SNF vs Home Health decision; family meeting tomorrow.
Expected discharge: 48-72 hours; may slip if O2 walk not done today. Avoidable day: none.
Secondary review not required. Physician Advisor not contacted.
Next review in 24 hours.
""", summary="""
Continued-stay review for a pneumonia inpatient on day 6 met InterQual criteria because of IV {{drug:cefepime}} and oxygen
above baseline, with discharge expected in 48-72 hours.
"""),
    dict(style="hospice_recert_f2f", note="""
HOSPICE FACE-TO-FACE ENCOUNTER / RECERTIFICATION - Benefit Period 3
Patient: [[NAME:ZAKARIAN, HRIPSIME]]   Age [[AGE:96]]   Hospice ID [[MRN:HSP-23-0877]]   Medicare MBI [[MRN:2TR9-PD6-WX40]]
BP3 [[DATE:03/28/2025]] - [[DATE:05/26/2025]]   F2F done [[DATE:March 21, 2025]] at home by [[NAME:Oksana Melikyan]], NP

Terminal dx: Alzheimer dementia ({{eponym:Alzheimer}}), FAST 7d.
Since last cert: wt 41.2 -> 38.9 kg (-5.6% in 60 d), MAC 19 -> 17.5 cm. Now bedbound, no meaningful words, holds
[[NAME:Nvart]]'s hand. Eats 25% of pureed meals with 1:1 assist, coughs with thin liquids. 2 UTIs, 1 aspiration pneumonia
treated at home in February. New stage 2 sacral pressure injury.
{{score:PPS 30%}}. {{score:FAST 7d}}.
I attest that I had a face-to-face encounter with [[NAME:Hripsime]] and the clinical findings were provided to the
certifying physician. Prognosis 6 months or less if disease runs its normal course.
Certifying physician: [[NAME:Aram Boyajian]], MD  - recertified [[DATE:3/24]].
[[NAME:Nvart]] and [[NAME:Levon]] informed; they decline hospitalization.
""", summary="""
Face-to-face recertification for [[AGE:96]]-year-old [[NAME:Hripsime Zakarian]] with end-stage Alzheimer dementia documents
weight loss, aspiration and a new pressure injury, supporting continued hospice through [[DATE:05/26/2025]].
"""),
    dict(style="sw_medicaid_ltc", note="""
SW NOTE - Medicaid Long-Term Care application
Res: [[NAME:Ketut Wiryawan]]  (goes by "[[NAME:Tut]]")   Medicare MBI [[MRN:6WB1-KX2-NH93]]   Medicaid ID (pending, old #) [[MRN:90441882C]]
SSN last 4 [[SSN:7731]]   Prior address [[ADDRESS:4410 Savannah Rd]], [[ADDRESS:Tacoma]], WA [[ADDRESS:98409]]

Met with [[NAME:Made]] and [[NAME:Nyoman Putra]] to complete the Apple Health LTC application. Private pay ends when savings
fall below $2,000, projected mid-April. Medicare SNF days exhausted on [[DATE:2/28]].
Documents collected: 5 yrs bank statements (BECU acct ending [[MRN:0913]]), SSA award letter, pension stub, burial contract.
Flag: $18,500 transferred to [[NAME:Nyoman]] in June 2023 - within look-back; [[NAME:Nyoman]] states it was repayment of a loan,
will bring the promissory note. Explained possible penalty period.
Application submitted online [[DATE:Tues 3/18]], confirmation # [[MRN:LTC-2025-0318-5529]]. HCS caseworker [[NAME:Madison Ortiz]]
[[PHONE:253-476-7200]]. Interview set [[DATE:April 2nd]].
[[NAME:Tut]] agreed with plan (through [[NAME:Made]]).  -- [[NAME:Pang Yang]], MSW
""", summary="""
Social worker [[NAME:Pang Yang]] helped [[NAME:Made]] and [[NAME:Nyoman Putra]] submit a Medicaid long-term care application
for [[NAME:Ketut Wiryawan]] on [[DATE:3/18]], flagging a 2023 transfer within the look-back period.
"""),
    dict(style="geriatrics_telehealth", note="""
PATIENT PORTAL MESSAGE  (sent by proxy [[NAME:lethithu.nguyen]])   [[DATE:Mar 3]] 11:02 PM
Bác sĩ [[NAME:Đỗ]] oi, this is [[NAME:Thu]]. ba confused again since yesterday, calling me by [[NAME:Hương]]'s name,
not sleeping, peeing a lot, smells strong. no fever i think (37.6). he still eating a little. do we need ER?
he hate the hospital. [[NAME:Minh]] can drive him tomorrow morning.

VIDEO VISIT  [[DATE:03/04/2025]] 0900   Pt: [[NAME:Lê Văn Phúc]], {{age:89}}   MRN [[MRN:2218-03377]]
[[NAME:Thu]] and [[NAME:Minh]] on video with [[NAME:Phúc]]. Vietnamese interpreter [[NAME:Quynh]] (ID [[MRN:V-1187]]).
Pt oriented to person only (baseline: person, place). Dry mucosa on camera. {{vital:T 37.8}} by home thermometer, {{vital:BP 104/62}} home cuff.
Likely delirium from UTI; dehydration. Home vs ED discussed - family prefers outpatient if safe.
Plan: UA/UCx and BMP at lab today 10 AM ([[NAME:Minh]] driving), {{drug:cephalexin}} {{dose:500 mg}} BID x 7 d after urine collected (CrCl ok),
fluids 1.5 L/day, hold {{drug:HCTZ}} x 3 days. Call back by 5 PM; ED if worse confusion, fall, or unable to drink.
[[NAME:Thanh Đỗ]], MD
""", summary="""
[[NAME:Thu]] reported new confusion in [[NAME:Lê Văn Phúc]], {{age:89}}; a video visit found probable UTI-related delirium and
Dr. [[NAME:Thanh Đỗ]] arranged urine tests, {{drug:cephalexin}}, fluids and held {{drug:HCTZ}}.
"""),
    dict(style="dme_prior_auth", note="""
DME ORDER / PRIOR AUTHORIZATION - HOME OXYGEN (E1390 concentrator, E0431 portable)
Beneficiary: [[NAME:Chue Lor Thao]]   DOB [[DATE:1948-10-02]]   Medicare MBI [[MRN:3KM6-RA4-FQ17]]   Supplier: Lincare, [[ADDRESS:Fresno]] branch
Qualifying test: [[DATE:02/27/2025]] at rest on RA {{vital:SpO2 87%}}, ABG {{lab:PaO2 54}}; on 2 L NC {{vital:SpO2 93%}}.
Dx: COPD J44.1, chronic hypoxemic respiratory failure J96.11.
Order: O2 2 L/min continuous via NC, rest/exertion/sleep. Length of need: 99 months (lifetime).
Face-to-face visit: [[DATE:02/27/2025]], Dr. [[NAME:Arevalo]].
Prior authorization not required for E1390 under Medicare FFS; Blue Shield secondary - ref [[MRN:BSC-DME-8810442]].
Home safety: no smoking in home - confirmed with [[NAME:Chue]] and [[NAME:Yeng]]. Clan leader [[NAME:Xay Thao]] visits with candles for
ceremonies - advised O2 off and tubing out of room during ceremonies.
Delivery confirmed [[DATE:Feb 28]] by Lincare driver ([[NAME:Matt]]), [[PHONE:559-255-0144]].
Ordering provider: [[NAME:Gus Arevalo]], MD     Signed [[DATE:2/27/25]]
""", summary="""
Home oxygen order for [[NAME:Chue Lor Thao]] with COPD and qualifying resting {{vital:SpO2 87%}}, including fire safety
counseling for ceremonies, signed by Dr. [[NAME:Gus Arevalo]] on [[DATE:2/27/25]].
"""),
    dict(style="snf_wound_care", note="""
WOUND CARE NURSE NOTE - Weekly Measurement

Location: Sacrum. Etiology: Pressure Injury, Stage 3 (unchanged from admission).
Size: 3.8 x 2.6 x 0.7 cm (last week 4.2 x 2.9 x 0.9 cm) - improving. Undermining 0.5 cm at 12 o'clock.
Wound bed: 80% red granulation, 20% yellow slough. Moderate serosanguineous drainage, no odor. Periwound macerated at edges.
{{score:Braden 13}}. {{score:PUSH 11}} (from 13). No signs of infection, {{vital:T 36.8}}.
Treatment: cleanse with Vashe, {{drug:Santyl}} nickel-thick to slough, calcium alginate, bordered foam, change daily and PRN.
Skin prep to periwound. Low air loss mattress in place, turning q2h, heels floated with Prevalon boots.
Nutrition: {{lab:albumin 2.9}}, {{lab:prealbumin 14}}; on {{drug:Juven}} BID and protein supplement; RD following.
Plan: continue; re-measure in 7 days; Wound MD round next week.
""", summary="""
Weekly wound note for a stage 3 sacral pressure injury that is shrinking ({{score:PUSH 11}} from 13), continuing
{{drug:Santyl}} debridement, offloading and nutritional support.
"""),
    dict(style="bereavement_followup", note="""
this is [[NAME:page whitlock]] hospice social worker dictating a bereavement contact note for the family of [[NAME:evangelos
chrysanthou]], date of death [[DATE:march ninth twenty twenty five]]. call placed [[DATE:april third twenty twenty five]] to
[[NAME:despina]] at [[PHONE:7 2 7 9 3 7 0 4 1 8]]. she answered on the second ring, voice steady. she said the forty day
memorial at the church is set for [[DATE:the eighteenth of april]] and [[NAME:kalliope]] is staying with her until then.
sleeping four to five hours, eating once a day, "the house is too quiet." no thoughts of self harm, she said god will decide
when. she is going to the widows group that [[NAME:maria theodorakis]] runs on thursdays. she asked that the hospice send
a card to [[NAME:nikos]] who "keeps it inside." risk level remains moderate. plan, next call at three months, mailing grief
packet in greek, offered the grief support line and the phq two screen next call. [[NAME:despina]] thanked
[[NAME:mercy]] and [[NAME:jodie]] by name. end of note.
ts/[[NAME:KLM]]
""", summary="""
Bereavement call by [[NAME:Page Whitlock]] to [[NAME:Despina]] after [[NAME:Evangelos Chrysanthou]]'s death found moderate
grief without safety concerns; she attends a widows group and a 3-month follow-up call is planned.
"""),
]
