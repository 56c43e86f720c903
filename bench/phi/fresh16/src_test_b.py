NOTES = [
    dict(style="pain_management_clinic", note="""
PAIN MANAGEMENT - FOLLOW UP
Name: [[NAME:Dawn Kealoha]]          DOB: [[DATE:05/23/1971]]         MRN: [[MRN:31077842]]
Date of service: [[DATE:02/11/2025]]    Provider: [[NAME:Grant Whitley]], DO

S: [[NAME:Dawn]] returns for chronic axial low back pain (L4-S1 facet arthropathy, prior L5-S1 laminectomy 2016). Pain today {{score:pain 6/10}},
worst at dawn and after sitting >30 min; average {{score:pain 5/10}} over the week. Walks her dog 20 min most days.
Current regimen: {{drug:oxycodone}} {{dose:5 mg}} q8h PRN (max 3/day), {{drug:duloxetine}} {{dose:60 mg}} daily, {{drug:meloxicam}} {{dose:15 mg}} daily.
MME {{dose:22.5 MME}}/day. Sleep improved on duloxetine. No sedation, constipation managed with {{drug:senna}}.

Compliance: PDMP reviewed today - single prescriber, single pharmacy. UDS [[DATE:1/14]] appropriate (oxycodone/oxymorphone +, all else neg).
Opioid agreement signed [[DATE:3/2/2024]], renewal due.
{{score:PEG 5}}. PHQ-9 {{score:PHQ-9 6}}.

O: {{vital:BP 136/84}}  {{vital:HR 78}}  {{vital:BMI 33.1}}. Paraspinal tenderness L4-S1 bilat. Pain w/ extension-rotation bilat.
SLR neg bilat. {{eponym:Patrick}} (FABER) neg. {{eponym:Waddell}} signs 0/5. Strength 5/5 LE. DTRs 2+ symmetric.

A/P: Lumbar facet-mediated pain, stable on low-dose opioid.
- Schedule bilat L4-5, L5-S1 medial branch blocks (diagnostic #1) -> RFA if >80% relief x2.
- Continue current meds; will not escalate opioid. {{drug:Narcan}} Rx renewed ({{drug:naloxone}} {{dose:4 mg}} nasal).
- Renew agreement next visit. PT referral for core stabilization.
We will grant a 30-day supply today.

[[NAME:G. Whitley]], DO
""", summary="""
[[NAME:Dawn Kealoha]] has stable facet-mediated low back pain on low-dose {{drug:oxycodone}} and {{drug:duloxetine}} with a consistent PDMP and urine screen. Medial branch blocks were scheduled with a view to radiofrequency ablation, without opioid escalation.
"""),
    dict(style="pain_management_clinic", note="""
PROCEDURE NOTE: Right L4-L5 and L5-S1 transforaminal epidural steroid injection under fluoroscopy

Patient: [[NAME:KRAJČOVIČ, ĽUBOMÍR]]   MRN [[MRN:664-01-2287]]   Date [[DATE:2025-03-19]]
Physician: [[NAME:Srinivas Reddy Kondapalli]], MD      Assist: [[NAME:Penny Ashworth]], RT(R)
Indication: R L5 radiculopathy, MRI [[DATE:02/27/25]] with R paracentral L4-5 disc protrusion contacting traversing L5 root. Failed PT x 8 wk, {{drug:gabapentin}}.
Pre-procedure pain {{score:pain 8/10}}. Anticoagulants: none. Allergies: iodinated contrast (hives) -> premedicated with {{drug:prednisone}} {{dose:50 mg}} x3 and {{drug:diphenhydramine}} {{dose:50 mg}}; used {{drug:gadolinium}}-based contrast.

Procedure: Time-out performed. Prone. Prepped with {{drug:ChloraPrep}}. Skin wheal {{drug:lidocaine}} 1% {{dose:2 mL}} each level.
22G 3.5" Quincke needle advanced to the R L4-5 and L5-S1 foramina (subpedicular approach) under AP/oblique/lateral fluoro.
Contrast showed epidural spread along the L5 and S1 nerve roots without vascular uptake (live fluoro, DSA not available).
Injected at each level: {{drug:dexamethasone}} {{dose:5 mg}} (non-particulate) in {{drug:lidocaine}} 1% {{dose:1 mL}}.
Fluoro time 41 s. EBL nil. No complications.

Post: {{vital:BP 142/86}}, {{score:pain 3/10}} at 20 min. Strength unchanged. Discharged with driver (wife [[NAME:Zuzana]]).
F/u 3 weeks for response. Pt call line [[PHONE:(724) 555-0309]].
""", summary="""
[[NAME:Ľubomír Krajčovič]] underwent an uncomplicated right L4-5 and L5-S1 transforaminal epidural {{drug:dexamethasone}} injection for L5 radiculopathy, using gadolinium contrast because of an iodinated contrast allergy. Pain fell from {{score:pain 8/10}} to {{score:pain 3/10}}.
"""),
    dict(style="pain_management_clinic", note="""
Telephone encounter - refill request
[[DATE:Fri 8/8/25]] 11:52  taken by [[NAME:tbrightwater2]] (MA)
Pt [[NAME:Hope Olawale]] (DOB [[DATE:10/02/1988]]) called requesting early refill of {{drug:tramadol}} {{dose:50 mg}}. States bottle was in her bag when it was stolen on the bus Wed. Filed police report #[[MRN:25-048812]].
Last fill [[DATE:7/28]] #90 (30 day). Next fill due [[DATE:8/27]].
Callback [[PHONE:267-555-0851]].
Routed to Dr [[NAME:Kovačič]].

[[DATE:8/8/25]] 14:30  Dr [[NAME:Matej Kovačič]]: Reviewed. Per agreement (signed [[DATE:11/4/24]]) lost/stolen meds are not replaced; this is the 2nd report this year
([[DATE:April 2]]). Will not refill early. Pt may use {{drug:acetaminophen}} {{dose:1 g}} TID and {{drug:ibuprofen}} {{dose:600 mg}} TID w/ food. Offer appt next week to
talk about options - I have hope we can taper her off tramadol with the SNRI. UDS at that visit. Call pt.

[[DATE:8/8/25]] 15:05  LM on VM at number above, asked to call back. [[NAME:TB]]
[[DATE:8/8/25]] 16:20  Pt returned call, informed. Upset but accepted appt [[DATE:Thu 8/14]] 9:40. [[NAME:TB]]
""", summary="""
[[NAME:Hope Olawale]] requested an early {{drug:tramadol}} refill after reporting stolen medication for the second time this year; Dr. [[NAME:Matej Kovačič]] declined per the opioid agreement and offered non-opioid analgesics and a visit on [[DATE:8/14]] to discuss tapering.
"""),
    dict(style="pain_management_clinic", note="""
SPINAL CORD STIMULATOR TRIAL - DAY 7 REVIEW

Device: Boston Scientific WaveWriter Alpha, 2 x 16-contact percutaneous leads, tips at T8 (top of T8 and mid-T9).
Indication: persistent spinal pain syndrome type 2 after L4-S1 fusion; bilateral leg > back pain.

Baseline: {{score:pain 8/10}} avg, {{score:ODI 52%}}, walking tolerance 10 min, {{drug:hydrocodone}}/APAP {{dose:10/325 mg}} 4/day.
Trial week: {{score:pain 3/10}} avg (62% reduction), walking 35 min, used 1 tab/day on 3 of 7 days.
Paresthesia-free program (FAST) preferred over tonic; sleeping through the night for the first time in 2 yr.
Functional goals met: yard work 30 min, grocery shopping without cart-leaning.

Leads pulled intact in clinic, sites clean, no drainage. No fever.
Psych clearance completed pre-trial (Pain Psychology), MMPI without red flags.

Plan: proceed to permanent implant - IPG right buttock/flank. Hold {{drug:aspirin}} 7 days pre-op. MRI-conditional device;
obtain any planned MRI before implant. Reduce {{drug:hydrocodone}} to {{dose:5/325 mg}} PRN now.
""", summary="""
A 7-day spinal cord stimulator trial for persistent post-fusion pain gave about 62% pain reduction, better walking tolerance and less {{drug:hydrocodone}} use. The patient will proceed to permanent implant.
"""),
    dict(style="podiatry", note="""
PODIATRY - DIABETIC FOOT CLINIC
[[NAME:Lelise Gemechu]]  {{age:62}} M   MRN [[MRN:7042286]]   [[DATE:Dec 4, 2024]]
PCP: Dr. [[NAME:Tigist Alemu]]

T2DM x 15 yr, {{lab:A1c 9.1}} ([[DATE:11/20]]), neuropathy. Here for plantar R 1st MTP ulcer noticed by his wife [[NAME:Chaltu]] 3 wk ago, painless.
Wears sandals at home, work boots at the warehouse.

Exam:
- Vasc: DP 2/4 bilat, PT 1/4 bilat, CFT <3 s. ABI R {{lab:ABI 1.05}}, L {{lab:ABI 1.10}}. TBI R 0.71.
- Neuro: 10-g monofilament 2/10 sites R, 3/10 L. Vibration absent to ankle.
- Derm: R plantar 1st MTPJ ulcer 1.4 x 1.1 x 0.3 cm, granular base, hyperkeratotic rim, no probe to bone, no purulence, no cellulitis.
  {{score:Wagner grade 1}} / UT 1A. Mild hallux limitus.
- MSK: no {{eponym:Charcot}} changes (midfoot warm? no; temp diff <2 C).

Procedure: sharp excisional debridement of ulcer to subcutaneous tissue, 1.6 cm2; hemostasis with pressure.
X-ray R foot: no osteomyelitis, no gas.

Plan: offload in TCC vs removable walker - pt can't miss work, chose removable CAM boot ("instant TCC" with cohesive wrap).
Dressing: {{drug:Medihoney}} + foam, change q2d. Weekly debridement.
Diabetes: message to PCP re: A1c; pt agrees to see CDE. F/u [[DATE:12/11]].
[[NAME:Gwenaëlle Le Bihan]], DPM
""", summary="""
[[NAME:Lelise Gemechu]], {{age:62}}, with poorly controlled diabetes ({{lab:A1c 9.1}}) and neuropathy, has a {{score:Wagner grade 1}} plantar first MTP ulcer without osteomyelitis. It was debrided and offloaded in a wrapped CAM boot with weekly follow-up.
"""),
    dict(style="podiatry", note="""
Podiatry - routine foot care, Meadowbrook Manor (SNF), Rm 214B
[[DATE:10/17/2024]]
Pt: [[NAME:Ealish Kinvig]], [[AGE:96]] y/o F. Per nursing staff she is "the one who sings."
Hx: PVD, afib on {{drug:Eliquis}}, dementia. Nonambulatory, wheelchair.
Nails 1-5 bilat thickened, yellow, dystrophic, subungual debris, 4-6 mm thick - onychomycosis, painful w/ shoe pressure.
Callus sub 5th met L.
DP/PT nonpalpable bilat, CFT 4 s, cool to touch. No open areas. Heels intact - offloading boots in place.
Procedure: debridement of nails x10 (mechanical, electric burr), paring of 1 hyperkeratotic lesion L. No bleeding. Tol well.
Class findings: Class B (absent DP and PT), qualifies for routine care.
Return 61 days. Informed charge nurse [[NAME:Robin]].
[[NAME:C. Tregenza]], DPM
""", summary="""
[[NAME:Ealish Kinvig]], [[AGE:96]], a nursing home resident with peripheral vascular disease, had debridement of ten mycotic nails and one callus without complications. Return in 61 days.
"""),
    dict(style="podiatry", note="""
POST-OP VISIT #2 - R {{eponym:Austin}} bunionectomy with {{eponym:Akin}} osteotomy
Patient: [[NAME:Austin Pryce]]   DOS [[DATE:9/3/2025]]   POD 14   MRN [[MRN:5590173]]
Surgeon: [[NAME:Jago Trevithick]], DPM

Subjective: [[NAME:Austin]] reports pain 2/10, off {{drug:Norco}} since POD 5, using {{drug:ibuprofen}}. Compliant with surgical shoe and heel weight-bearing.
Mother [[NAME:Brooke]] drove him (he's {{age:19}}, college freshman, home for the visit).

Objective: incision well coapted, sutures intact, no erythema/drainage, mild edema. Hallux rectus.
Sensation intact. Capillary refill brisk. No calf tenderness, {{eponym:Homan}} sign negative.
X-ray R foot 3 views: chevron osteotomy stable, 2 screws intact, IMA 8 deg (pre-op 15), HAA 10 deg (pre-op 32), Akin fixation intact with staple.

Procedure: sutures removed, steri-strips applied.
Plan: transition to sneaker at 4 wk, ROM exercises 1st MTPJ, PT referral. May return to campus in [[ADDRESS:Ithaca]] with campus health f/u.
Next visit POD 42 ([[DATE:Oct 15]]), repeat x-rays.
""", summary="""
[[NAME:Austin Pryce]], {{age:19}}, is doing well two weeks after a right {{eponym:Austin}} bunionectomy with {{eponym:Akin}} osteotomy, with stable fixation and improved angles on x-ray. Sutures were removed and he will move to a sneaker at 4 weeks.
"""),
    dict(style="podiatry", note="""
Podiatry new pt - heel pain
[[DATE:24/01/2025]]
[[NAME:Áilu Valkeapää]], {{age:35}}, M. Reindeer herder family; currently living in [[ADDRESS:Duluth]] for work as a trail crew lead. Referred by Dr. [[NAME:Kadri Saar]].
L plantar heel pain 4 mo, first-step pain in the morning, better after walking a few min, worse end of shift. Pain {{score:pain 7/10}} AM.
No trauma, no numbness. Runs 15 mi/wk. Wears old trail runners.
Exam: TTP plantar medial calcaneal tubercle L. Tight gastroc ({{eponym:Silfverskiöld}} test positive - ankle DF 0 deg knee ext, 15 deg knee flex).
{{eponym:Achilles}} tendon nontender, no nodules. Tinel at tarsal tunnel neg. Pes planus flexible.
XR: small plantar calcaneal spur, no stress fx.
Dx: plantar fasciitis L, equinus.
Plan: stretching program (gastroc/soleus, plantar fascia), night splint, OTC arch supports, new shoes, ice. {{drug:naproxen}} {{dose:500 mg}} BID x 2 wk.
If no better 6-8 wk -> {{drug:Kenalog}} injection vs ESWT. Cut running mileage by half.
[[NAME:Arami Benítez]], DPM  ([[EMAIL:abenitez@northshorepodiatry.com]])
""", summary="""
[[NAME:Áilu Valkeapää]], {{age:35}}, has left plantar fasciitis with gastrocnemius equinus and was started on stretching, a night splint, arch supports and a short {{drug:naproxen}} course, with injection or ESWT if not improved.
"""),
    dict(style="podiatry", note="""
WOUND CARE / PODIATRY PROGRESS NOTE
Patient Name: [[NAME:Wagner, Marc J]]          Acct: [[MRN:A00917734]]
Visit: [[DATE:Thursday, June 12, 2025]]        Clinician: [[NAME:Hauwa Bello]], DPM

Mr. [[NAME:Wagner]] ({{age:77}}) is seen for his L hallux ulcer, week 6. He moved here from [[ADDRESS:Esch-sur-Alzette]] to be near his daughter [[NAME:Anouk]].
Ulcer classification: {{score:Wagner grade 1}} (was {{score:Wagner grade 2}} at presentation with exposed tendon, now covered).
Size: 0.6 x 0.5 x 0.1 cm (prev 0.9 x 0.8 x 0.2). 100% granulation. Periwound macerated slightly.
No signs of infection. {{lab:ESR 22}}, {{lab:CRP 0.4}}.
Vascular: s/p L SFA angioplasty [[DATE:04/28/2025]] (Dr. [[NAME:Ayanda Mqhayi]]); DP now palpable.
Sharp debridement of slough and callus rim. Applied collagen + silver alginate, foam, offloading shoe.
Glucose log reviewed: fasting 110-140.
Plan: continue weekly; expect closure in 2-3 wk. Daughter to call [[PHONE:+1 (952) 555-0427]] if any redness.
""", summary="""
[[NAME:Marc Wagner]], {{age:77}}, has a healing left hallux ulcer, now {{score:Wagner grade 1}} and shrinking after angioplasty; it was debrided and dressed, with closure expected in 2-3 weeks.
"""),
    dict(style="audiology", note="""
AUDIOLOGIC EVALUATION
Patient: [[NAME:Rógvi Joensen]]     DOB: [[DATE:1957-02-14]]     MRN: [[MRN:228891]]     Date: [[DATE:2024-11-20]]
Referred by: [[NAME:Lukas Wouters]], MD (ENT)
Audiologist: [[NAME:Bjarki Þórsson]], Au.D., CCC-A

History: Gradual bilateral hearing loss, L worse than R, x 5 yrs. Decades on fishing trawlers out of [[ADDRESS:Klaksvík]] and later [[ADDRESS:Gloucester]], MA, without hearing protection.
Intermittent bilateral tinnitus, high-pitched. No vertigo, no otalgia, no drainage. Wife [[NAME:Marjun]] reports TV very loud.

Otoscopy: clear canals, intact TMs bilat.
Tympanometry: Type A bilat. Acoustic reflexes present at elevated levels.

Pure tone thresholds (dB HL):
Freq (Hz)   250  500  1k   2k   3k   4k   6k   8k
Right        15   20  25   45   60   65   60   55
Left         20   25  35   55   70   75   70   65

SRT: R 25 dB, L 35 dB.  WRS (NU-6, 50 words): R 88% @ 65 dB, L 76% @ 75 dB.
Interpretation: bilateral sloping mild to moderately-severe SNHL, asymmetric by >15 dB at 2 frequencies (L).
Recommendations: MRI IAC to r/o retrocochlear pathology given asymmetry (to ENT). Hearing aid evaluation - pt interested, prefers rechargeable RIC.
Counseled on noise protection.
""", summary="""
[[NAME:Rógvi Joensen]], a former trawler fisherman, has asymmetric bilateral sensorineural hearing loss, worse on the left, with reduced word recognition. MRI of the internal auditory canals and a hearing aid evaluation were recommended.
"""),
    dict(style="audiology", note="""
PEDIATRIC AUDIOLOGY - Diagnostic ABR (natural sleep)
Patient: [[NAME:Dela Cruz, Baby Boy]]  (now named [[NAME:Gabriel Miguel]])     DOB [[DATE:05/02/2025]]
Mother: [[NAME:Maricel Dela Cruz]]   Father: [[NAME:Jonel Dela Cruz]]   Test date [[DATE:06/13/2025]]   Age 6 wk
Hosp #: [[MRN:NB-0533871]]

Newborn hearing screen: AABR refer R, pass L (x2, [[DATE:5/3]] and [[DATE:5/4]]). NICU stay 6 d for TTN, no ototoxic meds, no hyperbilirubinemia requiring exchange.
Family hx: paternal uncle with hearing aids from childhood. CMV saliva PCR at birth negative.

Results:
 Click ABR: R wave V present to 40 dBnHL; L present to 20 dBnHL.
 Tone-burst ABR: R 500 Hz 40, 2000 Hz 45, 4000 Hz 50 dBeHL; L 500 Hz 20, 2000 Hz 20, 4000 Hz 25.
 Bone conduction 2k: R 40 dBnHL -> no air-bone gap.
 DPOAEs: absent R, present L.
 Tympanometry (1000 Hz probe): normal bilat.

Impression: mild-to-moderate sensorineural hearing loss, right ear; normal hearing left ear.
Plan: Early Intervention referral sent ([[DATE:6/13]]); ENT and genetics referral; ophthalmology exam. Discuss amplification at 3 mo.
Results reviewed with parents using Tagalog interpreter [[NAME:Rosario Bautista]]. Parents' phone [[PHONE:(702) 555-0186]].
[[NAME:Kim Seo-yeon]], Au.D.
""", summary="""
[[NAME:Gabriel Miguel Dela Cruz]], 6 weeks old, was found on diagnostic ABR to have mild-to-moderate sensorineural hearing loss in the right ear with normal left hearing. Early Intervention, ENT, genetics and ophthalmology referrals were made.
"""),
    dict(style="audiology", note="""
TINNITUS / HEARING CONSULT - Audiology

CC: constant R-sided ringing x 3 months, "like a kettle," worse at night.
THI (Tinnitus Handicap Inventory) {{score:THI 46}} - moderate handicap.
Noise: Army artillery service 20 yr ago; now uses leaf blower without protection.
No vertigo, no aural fullness, no otalgia. No recent {{drug:aspirin}} or loop diuretic use. Takes {{drug:sertraline}}.

Tuning fork (512 Hz): {{eponym:Weber}} midline. {{eponym:Rinne}} positive (AC>BC) bilat.
Otoscopy: cerumen R partially occluding, removed with curette; TMs normal.
Tympanometry: Type A bilat.
Audiogram: 4 kHz notch bilat (R 45 dB, L 35 dB), otherwise normal through 2k. WRS 96% R, 100% L.
Tinnitus pitch match ~4 kHz, loudness match 8 dB SL R.
Minimum masking level 12 dB.

Impression: noise-induced high-frequency hearing loss with associated tinnitus; symmetric enough that retrocochlear workup not indicated.
Plan:
- Sound therapy: bedside sound generator/app, avoid silence.
- CBT-based tinnitus program (Tinnitus Retraining Therapy group, 6 sessions).
- Custom musician's earplugs (ER-15) and foam plugs for yard work.
- Trial of combination hearing aid with tinnitus generator if THI not improved at 3 mo.
""", summary="""
Noise-induced high-frequency hearing loss with bothersome right tinnitus ({{score:THI 46}}) was diagnosed; {{eponym:Weber}} and {{eponym:Rinne}} tests were normal. Sound therapy, a CBT program and hearing protection were started.
"""),
    dict(style="audiology", note="""
Cochlear Implant - Activation + 1 week mapping
[[NAME:Wickramasinghe, Dilani]]  |  DOB [[DATE:19-Apr-1964]]  |  MRN [[MRN:00-6619-204]]  |  [[DATE:Tues 07-Jan-2025]]
Device: Cochlear Nucleus CI622 R, implanted [[DATE:12/10/2024]] by Dr. [[NAME:Naoki Fujisawa]]. Processor Kanso 2.
Post-lingual progressive SNHL since her 30s; L ear continues with hearing aid (bimodal).

Impedances: all 22 electrodes within normal limits; no open/short circuits.
NRT (AutoNRT): thresholds obtained on 18/22 electrodes.
Map 1: ACE, 900 pps, 8 maxima. C levels set with loudness scaling, balanced. Progressive maps P1-P4 loaded.
Pt's first response: "everyone sounds like cartoon chipmunks" - expected.
Ling 6 sounds detected at 1 m: /m/, /u/, /a/, /i/, /sh/ yes; /s/ inconsistent.

Granddaughter [[NAME:Nethmi]] present, helped set up Nucleus Smart app on pt's phone; aural rehab homework (audiobooks with text).
Next: 1-mo mapping [[DATE:Feb 4]]. Clinic phone [[PHONE:215-555-7712]], option 3.
[[NAME:Priya Venkatesan]], Au.D., CCC-A
""", summary="""
[[NAME:Dilani Wickramasinghe]]'s right cochlear implant was activated with normal impedances and progressive maps loaded; her granddaughter [[NAME:Nethmi]] helped with app setup and she returns [[DATE:Feb 4]] for mapping.
"""),
    dict(style="speech_language_pathology", note="""
MODIFIED BARIUM SWALLOW STUDY (MBSS) REPORT
Patient: [[NAME:Feliciana Chan Pech]]    MRN [[MRN:1180442]]    Date [[DATE:11/25/2024]]
Referring: Dr. [[NAME:Citlali Tecuatl]]
SLP: [[NAME:Maite Arregi]], M.S., CCC-SLP   Radiology: [[NAME:Rafael Uc]], RT

Hx: {{age:81}} y/o Spanish/Maya-speaking woman, L MCA stroke 3 wk ago, now at inpatient rehab. Currently on IDDSI level 5 / mildly thick liquids.
Daughter [[NAME:Candelaria]] at bedside to interpret and encourage.

Findings (lateral view, MBSImP protocol):
- Thin liquid (tsp): delayed swallow initiation to pyriform sinuses; penetration to cords, not ejected -> {{score:PAS 5}}.
- Thin liquid (cup): silent aspiration during swallow -> {{score:PAS 8}}. Chin tuck reduced but did not eliminate -> {{score:PAS 7}}.
- Mildly thick (IDDSI 2) by cup: transient penetration, cleared -> {{score:PAS 2}}.
- Puree: mild vallecular residue, cleared with 2nd swallow. {{score:PAS 1}}.
- Soft & bite-sized (IDDSI 6): prolonged mastication, oral residue L buccal cavity.

Impression: moderate oropharyngeal dysphagia.
Recs: IDDSI 5 minced & moist; IDDSI 2 mildly thick liquids by cup; meds crushed in puree; upright 90 deg; small sips; check L cheek.
Oral care TID. Repeat MBSS in 2-3 wk. Continue therapy 5x/wk (effortful swallow, {{eponym:Shaker}} exercise).
""", summary="""
On MBSS, [[NAME:Feliciana Chan Pech]], {{age:81}}, recovering from a left MCA stroke, silently aspirated thin liquids ({{score:PAS 8}}) but safely managed mildly thick liquids. Minced and moist solids with mildly thick liquids were recommended, with repeat study in 2-3 weeks.
"""),
    dict(style="speech_language_pathology", note="""
SLP Outpatient - Aphasia Tx Session 9/16
[[DATE:2/6/25]]
Pt: [[NAME:Yehuda Ben-Ami]]  |  {{age:67}}  |  L MCA CVA [[DATE:10/29/24]], nonfluent aphasia + AOS
Wife [[NAME:Orly]] observed.

Goals/Data:
1. Naming (semantic feature analysis): 14/20 target nouns independently (prev 9/20), 18/20 w/ phonemic cue.
2. Script training (ordering coffee, calling son [[NAME:Avi]]): 4/5 script lines intelligible, mild groping on multisyllabic words.
3. Auditory comprehension, 2-step commands: 90% acc.
4. Writing name and address: wrote "[[NAME:Yehuda]]" correctly, street number and "[[ADDRESS:Maple Ave]]" w/ 1 error (letter transposition); ZIP [[ADDRESS:11559]] correct.
Standardized (re-test): {{score:WAB-R AQ 58.4}} (baseline 41.2). {{score:Boston Naming Test 22/60}} (was 11/60).

Pt motivated - practicing w/ Tactus app 30 min/day; wife practicing Hebrew naming with him at home as well (bilingual).
Mood: some frustration, wife reports tearful episodes; mentioned to neuro team.
Plan: continue 2x/wk x 8 more wk; add constraint-induced aphasia therapy block.
[[NAME:Joy Castellano]], MA, CCC-SLP
""", summary="""
[[NAME:Yehuda Ben-Ami]], {{age:67}}, with nonfluent aphasia and apraxia of speech after a stroke on [[DATE:10/29/24]], is improving ({{score:WAB-R AQ 58.4}} from 41.2) with naming and script training. Therapy continues twice weekly with a constraint-induced block added.
"""),
    dict(style="speech_language_pathology", note="""
PEDIATRIC SPEECH-LANGUAGE EVALUATION
Child: [[NAME:João Pedro Carvalho]] ("[[NAME:JP]]")     DOB: [[DATE:08/14/2020]]     CA: 4;6
Eval date: [[DATE:02/20/2025]]      Parent: [[NAME:Fernanda Carvalho]] (mother)
Home languages: Brazilian Portuguese and English.
Referral: preschool teacher Ms. [[NAME:Bree]] noted "hard to understand" and repeating first sounds.

Background: full-term, healthy, passed hearing screen, ear tubes at 2;3. First words 13 mo (Portuguese).

Articulation/Phonology: GFTA-3 Sounds-in-Words SS {{score:GFTA-3 74}} (<4th %ile). Processes: fronting (k->t, g->d), stopping of /s, f/,
cluster reduction. Same processes present in Portuguese per mom and informal probe.
Intelligibility: ~60% to unfamiliar listener in conversation.
Fluency: 4% SLD, 3% stuttering-like (part-word reps "b-b-ball", one 2 s block). Physical concomitants: eye blink. Onset ~6 mo ago. Mom not worried; dad stutters.
Language: CELF Preschool-3 CLS 96 - WNL.

Dx: phonological disorder; early childhood stuttering (monitor vs treat given family hx).
Plan: speech tx 2x/wk, cycles approach targeting velars & /s/ clusters; Lidcombe Program parent training for stuttering.
Family email [[EMAIL:fer.carvalho.jp@gmail.com]].
[[NAME:Thiago Oliveira]], MS, CCC-SLP (bilingual)
""", summary="""
[[NAME:João Pedro Carvalho]], age 4;6, has a phonological disorder ({{score:GFTA-3 74}}) in both of his languages plus early stuttering with a family history, and normal language. He will get twice-weekly cycles therapy and Lidcombe parent training.
"""),
    dict(style="speech_language_pathology", note="""
Voice clinic - SLP f/u (session 4)
[[DATE:Mar. 27, 2025]]   [[NAME:Shanice Campbell-Wright]], {{age:34}}, 3rd-grade teacher
Dx (laryngology, Dr. [[NAME:Winston Thorpe]], [[DATE:2/28/25]]): bilateral mid-membranous vocal fold nodules, soft.
Pt reports hoarseness better in the mornings now, still "gone" by Friday afternoon. Uses amplifier (ChatterVox) in class since [[DATE:3/10]].
Water 2 L/day. Stopped whispering. Reflux sx none. Coaches netball Saturdays - still shouting there.
Acoustic: CPPS 4.9 dB (was 3.8), MPT 14 s (was 9), s/z 1.1.
{{score:VHI-10 18}} (was 27).
Perceptual: {{score:GRBAS G1R1B1A0S0}}.
Tx today: resonant voice (hums -> "mmm-hmm" -> phrases), semi-occluded vocal tract straw phonation, carryover to classroom phrases ("Eyes on me!").
HEP: straw phonation 5 min x 3/day; resonant voice hierarchy; voice rest 10 min after each class block.
Plan: 2 more sessions then re-scope with Dr. [[NAME:Thorpe]] in late April -- pt will call to book.
[[NAME:Devika Ramesh]], CCC-SLP
""", summary="""
[[NAME:Shanice Campbell-Wright]], a teacher with vocal fold nodules, is improving on voice therapy ({{score:VHI-10 18}} from 27). Two more sessions are planned before repeat laryngoscopy with Dr. [[NAME:Winston Thorpe]].
"""),
    dict(style="vascular_surgery_followup", note="""
VASCULAR SURGERY CLINIC - EVAR SURVEILLANCE
Patient: [[NAME:Georges Haddad]]      DOB [[DATE:1949/07/03]]      MRN [[MRN:20384417]]
Date: [[DATE:January 28, 2025]]       Surgeon: [[NAME:Elie Khoury]], MD

{{age:75}} M, s/p EVAR ([[DATE:7/15/2024]]) for 5.8 cm infrarenal AAA, Gore Excluder. Here for 6-month surveillance.
Also HTN, CAD s/p PCI, former smoker (quit 2010), CKD 3a ({{lab:Cr 1.4}}).
No abdominal or back pain. Walks 2 mi/day. Wife [[NAME:Nadia]] and son [[NAME:Karim]] present.

Imaging: duplex ultrasound (CTA avoided - kidneys) - sac diameter 5.4 cm (was 5.8), no type I/III endoleak seen,
small type II endoleak from IMA, unchanged from 1-mo study. Limbs patent, no kinking.
{{lab:ABI 0.98}} R, {{lab:ABI 0.95}} L.
Vitals: {{vital:BP 138/80}}, {{vital:HR 62}}.

Plan:
- Sac shrinking with stable type II endoleak -> observe. Repeat duplex in 6 mo, then annual.
- Continue {{drug:aspirin}} {{dose:81 mg}}, {{drug:atorvastatin}} {{dose:80 mg}}, {{drug:metoprolol}}.
- Return precautions reviewed.
Son's cell [[PHONE:(313) 555-2044]]. Family lives in [[ADDRESS:Dearborn]].
""", summary="""
[[NAME:Georges Haddad]], {{age:75}}, six months after EVAR, has a shrinking aneurysm sac with a stable small type II endoleak on duplex; observation continues with repeat duplex in 6 months.
"""),
    dict(style="vascular_surgery_followup", note="""
Vascular postop clinic
[[NAME:Gul Rahman Zadran]] / {{age:70}} M / MRN [[MRN:8817046]]
s/p L carotid endarterectomy w/ patch angioplasty [[DATE:13/02/2025]] (Dr [[NAME:Nasrin Karimi]]) for symptomatic 80% L ICA stenosis (L amaurosis fugax x2).
Visit [[DATE:27/02/2025]], POD 14. Nephew [[NAME:Wahidullah]] interpreting (Pashto) by request.

Neuro: no new TIA/amaurosis. {{score:NIHSS 0}}. Tongue midline, no hoarseness, smile symmetric (no marginal mandibular nerve injury).
Incision healed, no hematoma, no swelling. Mild numbness along incision - expected, explained.
{{vital:BP 132/78}} (home readings 120s-140s).
Meds: {{drug:aspirin}} {{dose:81 mg}}, {{drug:clopidogrel}} {{dose:75 mg}} (stop after 30 d per surgeon), {{drug:atorvastatin}} {{dose:80 mg}}, {{drug:amlodipine}} {{dose:10 mg}}.
{{lab:LDL 64}}.

Plan: carotid duplex at 6 wk (baseline), then 6 mo, then yearly. Stop {{drug:Plavix}} [[DATE:3/15]]. No driving restriction now.
Call [[PHONE:773.555.0912]] (nephew) to confirm appt.
NP [[NAME:Amadou Diallo]]
""", summary="""
[[NAME:Gul Rahman Zadran]], {{age:70}}, is recovering well two weeks after left carotid endarterectomy with no neurologic deficits or cranial nerve injury. {{drug:Clopidogrel}} stops on [[DATE:3/15]] and duplex surveillance begins at 6 weeks.
"""),
    dict(style="vascular_surgery_followup", note="""
VEIN CLINIC - POST-ABLATION FOLLOW-UP

Procedure: R GSV radiofrequency ablation (ClosureFast), 2 weeks ago, for symptomatic reflux (CEAP C3, VCSS 7).
Adjuncts: none; stab phlebectomy of R thigh tributaries deferred.

Symptoms: aching and heaviness much improved. Mild bruising/tightness medial thigh resolving. Wearing 20-30 mmHg stockings daily.
No calf pain or swelling.

Duplex (post-procedure):
- R GSV occluded from 2.5 cm below SFJ to mid-calf. No EHIT (no thrombus extension into CFV).
- R CFV, FV, popliteal vein: compressible, patent. No DVT.
- SSV competent.

Exam: mild induration along treated segment, no erythema. Edema trace R ankle (prev 1+). {{eponym:Homan}} sign not tested (unreliable). Pedal pulses 2+.

Impression: successful R GSV ablation without EHIT/DVT.
Plan:
- Continue compression 2 more weeks, then as needed.
- {{drug:ibuprofen}} {{dose:400 mg}} PRN for phlebitis-type soreness.
- Re-evaluate residual varicosities in 3 months; sclerotherapy ({{drug:Asclera}}) or phlebectomy if bothersome.
- Walk daily.
""", summary="""
Two weeks after right great saphenous vein radiofrequency ablation, symptoms are much improved and duplex confirms occlusion without EHIT or DVT. Compression continues and residual varicosities will be reassessed in 3 months.
"""),
    dict(style="vascular_surgery_followup", note="""
vasc surg wound check - nurse visit
[[DATE:08.07.2025]] 1330
pt [[NAME:Sokha Chhim]], {{age:64}}F, POD 12 s/p R fem-AK pop bypass (PTFE) for rest pain, dr [[NAME:lindgren]]
groin incision: healed, staples out today (18), steri strips
AK incision: 1 cm dehiscence distal end w/ serous drainage, no pus, no erythema. wound base pink. probed 0.5 cm, no tunneling
pulses: R DP dopplerable biphasic, PT doppler monophasic. foot warm, cap refill 3 s. rest pain gone
{{vital:T 36.9}} {{vital:BP 124/70}} {{vital:HR 84}}
glucose this am 162 per pt log
{{drug:Plavix}} {{dose:75 mg}} + {{drug:ASA}} {{dose:81 mg}} taking. {{drug:Keflex}} not needed per dr [[NAME:lindgren]] (no infection)
dressing: NS clean, {{drug:Aquacel Ag}}, dry gauze, change q3d by home health (Bayada)
daughter [[NAME:Sophea]] taught dressing change, return demo ok
f/u w/ surgeon 1 wk ([[DATE:8/14]]). call if redness, fever, foot cold/pale - [[PHONE:651-555-0374]] (vasc nurse line)
-- [[NAME:rk]] RN
""", summary="""
[[NAME:Sokha Chhim]], {{age:64}}, 12 days after right femoral to above-knee popliteal bypass, had staples removed and a small clean distal incision dehiscence dressed; the graft is working and rest pain has resolved. Surgeon follow-up on [[DATE:8/14]].
"""),
    dict(style="bariatric_surgery_followup", note="""
BARIATRIC SURGERY - 3-MONTH POST-OP VISIT
Patient: [[NAME:Sri Wahyuningsih]]     MRN: [[MRN:40-221-9876]]     Date: [[DATE:05/05/2025]]
Procedure: Laparoscopic sleeve gastrectomy [[DATE:02/04/2025]], Dr. [[NAME:Hendrik Claes]]
Seen with: [[NAME:Lane Prescott]], RD

Weights: pre-op 118.4 kg ({{vital:BMI 46.2}}) -> today 97.1 kg ({{vital:BMI 37.9}}). TWL 18%. EWL 37%.
Tolerating soft/regular diet; protein 70-80 g/day with shakes. Fluids 1.5 L. Occasional reflux at night.
Stopped {{drug:metformin}} at 6 wk per PCP - {{lab:A1c 6.1}} (was 7.9). BP meds reduced: {{drug:lisinopril}} {{dose:10 mg}} (was 40).
{{vital:BP 122/76}}.
Labs: {{lab:B12 410}}, {{lab:ferritin 58}}, {{lab:vitamin D 28}}, {{lab:Hgb 12.6}}.
Exercise: walking 30 min 5x/wk; dietitian recommends resistance bands 2x/wk.

Plan:
- {{drug:omeprazole}} {{dose:20 mg}} daily x 3 mo; if reflux persists, EGD.
- Increase {{drug:vitamin D3}} to {{dose:3000 IU}} daily. Continue bariatric MVI, calcium citrate {{dose:1500 mg}}/day in divided doses.
- Support group (2nd Tues). Stay in your lane with portions - 1/2 cup protein first.
Next visit 6 mo post-op.
""", summary="""
[[NAME:Sri Wahyuningsih]] has lost 18% of total body weight three months after sleeve gastrectomy, with diabetes off {{drug:metformin}} ({{lab:A1c 6.1}}) and reduced BP medication. {{drug:Omeprazole}} was started for nocturnal reflux and vitamin D was increased.
"""),
    dict(style="bariatric_surgery_followup", note="""
Bariatric Clinic - 1 yr s/p {{eponym:Roux-en-Y}} gastric bypass
Pt: [[NAME:MOHAMMED, KAREEM A]]   DOB [[DATE:12-09-1980]]   Acct [[MRN:88120554]]   Seen [[DATE:Apr 30 2025]]
Wife [[NAME:Candice]] present.

Wt: 164 kg -> 112 kg (TWL 32%). {{vital:BMI 35.4}}. OSA: CPAP stopped after repeat sleep study (AHI 6). Off {{drug:insulin}}; {{lab:A1c 5.6}}.
Issues:
1. Fatigue x 2 mo. {{lab:Hgb 10.8}}, MCV 76, {{lab:ferritin 9}}, TSAT 7% -> iron deficiency. Not taking iron regularly ("makes me sick").
   -> IV iron: {{drug:Injectafer}} {{dose:750 mg}} x2 one week apart, infusion center.
2. {{lab:B12 260}} (low-normal) -> switch to {{drug:cyanocobalamin}} {{dose:1000 mcg}} IM monthly.
3. Occasional RUQ discomfort after fatty meals; US gallbladder: sludge, no stones. Was on {{drug:ursodiol}} first 6 mo. Monitor.
4. No marginal ulcer sx; no NSAIDs - reminded (he had a bottle of {{drug:Advil}} in his truck).
5. Alcohol: rare - counseled re: faster absorption after RYGB.
[[NAME:Candice]] asked about the Carnival trip home to [[ADDRESS:San Fernando]] in Feb - ok, pack protein bars, avoid sugary drinks (dumping).
Next: 18-mo visit with labs. [[NAME:H. Claes]], MD
""", summary="""
[[NAME:Kareem Mohammed]] has lost 32% of body weight one year after {{eponym:Roux-en-Y}} gastric bypass with resolved diabetes and sleep apnea, but has iron deficiency anemia treated with IV {{drug:Injectafer}} and low-normal B12 switched to monthly injections.
"""),
    dict(style="bariatric_surgery_followup", note="""
Phone call - Bariatric RN line
[[DATE:10/02/2025]] 09:10
Caller: [[NAME:Marieke van Rensburg]] (pt), DOB [[DATE:3 Jan 1986]], s/p RYGB [[DATE:16 June 2025]] (Dr [[NAME:Wade Fortier]])
Cell [[PHONE:+27 82 555 0193]] (still using SA number) / alt [[PHONE:(480) 555-0261]]

Reason: "shaky, sweaty, heart racing" 15-20 min after eating, then tired and crampy with loose stools. 3-4 times/wk x 2 wks.
Eats: fruit yogurt, rusks with tea (sugar), juice at breakfast.
Also 1-2 episodes of shakiness ~2 h after meals - checked glucose once with husband's meter: 58.
No vomiting, no abd pain, no blood in stool. Fluids ok.

Assessment: sx consistent w/ early dumping; late episodes concerning for post-bariatric hypoglycemia.
Advice: stop juice and added sugar; protein + fiber at each meal; separate liquids from solids by 30 min; small meals 5-6x/day; lie down 15 min after eating if sx.
If glucose <70: 15 g fast carb (glucose tabs) then protein snack. Husband [[NAME:Pieter]] to buy glucometer - Rx sent.
Appt with dietitian [[NAME:Joy Madsen]] [[DATE:Mon 10/6]] + surgeon visit. Log meals/sx/glucose until then.
-- [[NAME:Hannah Ruud]], RN, CBN
""", summary="""
[[NAME:Marieke van Rensburg]], about 3.5 months after gastric bypass, reported early dumping symptoms and possible late post-bariatric hypoglycemia (glucose 58). She was given dietary advice and a glucometer and will see a dietitian on [[DATE:10/6]].
"""),
    dict(style="pain_management_clinic", note="""
pain clinic dictation. this is doctor [[NAME:ngozi eze]] dictating on [[NAME:wilfredo quispe mamani]], m r n [[MRN:7 3 0 5 5 1 8]], seen on [[DATE:the eighteenth of november]]. mr. [[NAME:quispe]] is a {{age:48}} year old construction worker with complex regional pain syndrome of the right hand after a distal radius fracture last winter. he describes burning pain {{score:pain 9/10}}, allodynia to the sleeve of his shirt, the hand is swollen, shiny and cooler than the left, with nail changes. {{eponym:budapest}} criteria met. he tried {{drug:gabapentin}} up to {{dose:2400 mg}} a day with no benefit and sedation, {{drug:prednisone}} burst in the spring without much change, and two stellate ganglion blocks with two days of relief each. his wife [[NAME:rosa]] says he is not sleeping and is withdrawn. his cousin [[NAME:hunter]] drives him, he lives in [[ADDRESS:paterson]]. plan, start {{drug:nortriptyline}} {{dose:10 mg}} at night, titrate to {{dose:25 mg}}, begin graded motor imagery and mirror therapy with hand therapy, refer to pain psychology, and schedule outpatient {{drug:ketamine}} infusion series after cardiology clearance. we will consider a dorsal root ganglion stimulator trial if no improvement. dr. [[NAME:eze]]. end.
""", summary="""
[[NAME:Wilfredo Quispe Mamani]], {{age:48}}, has refractory right-hand CRPS after a wrist fracture despite {{drug:gabapentin}}, steroids and stellate ganglion blocks. {{drug:Nortriptyline}}, graded motor imagery, pain psychology and a {{drug:ketamine}} infusion series are planned.
"""),
    dict(style="speech_language_pathology", note="""
SPEECH THERAPY - LSVT LOUD, session 12 of 16
Client: [[NAME:Lakshmi Nair]]     Age: [[AGE:91]]     Dx: {{eponym:Parkinson}} disease ({{score:H&Y 3}}), hypokinetic dysarthria
Date: [[DATE:Wednesday 9 July 2025]]   Home visit - [[ADDRESS:3318 Cedar Hollow Rd]], [[ADDRESS:Edison]], NJ
Clinician: [[NAME:Anoop Thomas]], MS, CCC-SLP

Meds: {{drug:carbidopa-levodopa}} {{dose:25/100 mg}} 1.5 tab TID - session timed 1 h after AM dose ("on").
Daily tasks:
  Max sustained "ah": 14, 15, 16 s at 88-90 dB SPL @ 30 cm (baseline 72 dB)
  High/low pitch glides: 15 reps each
  Functional phrases (10): 84 dB avg ("Good morning, [[NAME:Mohan]]" - for her son; "Please pass the rice")
Hierarchy: paragraph reading 80 dB; conversation 76-78 dB (baseline conversation 64 dB).
Intelligibility in conversation improved, per son and caregiver [[NAME:Bindu]].
Fatigue noted last 10 min; rest break given. Voice quality: mild roughness, no strain.
Homework: daily exercises with LSVT companion app; carryover - loud voice for phone calls with granddaughter in [[ADDRESS:Kochi]].
Plan: complete 4 sessions, then re-eval and home maintenance program.
""", summary="""
[[NAME:Lakshmi Nair]], [[AGE:91]], with {{eponym:Parkinson}} disease and hypokinetic dysarthria, has raised conversational loudness from 64 to 76-78 dB by session 12 of LSVT LOUD, with better intelligibility reported by her family.
"""),
]
