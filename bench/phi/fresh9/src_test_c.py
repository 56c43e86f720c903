"""Hand-written held-out notes, part c: speech-language pathology and audiology, podiatry and diabetic foot
clinic, pain management clinic, research study visits and informed-consent notes."""

NOTES = [
    dict(style="audiology", note="""
AUDIOLOGY - COMPREHENSIVE AUDIOLOGIC EVALUATION
Patient: [[NAME:TZOC CUX, MARÍA ISABEL]]     MRN: [[MRN:40-118-2273]]     DOB: [[DATE:07/22/1953]]
Date of service: [[DATE:02/11/2025]]
Referred by: [[NAME:Reto Aebischer]], MD (Otolaryngology)
Interpreter: [[NAME:Ixchel Batz]] (K'iche'/Spanish), in person

History: Pt reports gradual decline in hearing both ears x ~5 yrs, L worse than R. Intermittent tinnitus AS "like crickets at night." Denies otalgia, otorrhea, vertigo. Worked 20+ yrs in a textile plant in [[ADDRESS:Totonicapán]] without hearing protection. Daughter [[NAME:Rosa]] states pt keeps the TV very loud and misses what the grandchildren say to her.

Otoscopy: clear canals, TMs intact AU.
Tympanometry: Type A AU.
Pure tones: mild sloping to moderately-severe SNHL AU; AS 10-15 dB poorer at 2, 3 and 4 kHz.
SRT: 30 dB HL AD / 40 dB HL AS (Spanish bisyllables)
WRS @ 75 dB HL: {{score:84%}} AD, {{score:68%}} AS
Tuning fork: {{eponym:Weber}} lateralizes R; {{eponym:Rinne}} positive AU.

Impression: asymmetric bilateral sensorineural hearing loss, consistent with noise exposure plus presbycusis. Asymmetry meets our criteria for retrocochlear workup.
Plan: recommend MRI IAC w/ contrast per ENT; hearing aid evaluation (pt eligible through the clinic assistance program); return [[DATE:03/04/2025]] for HAE. Report faxed to Dr. [[NAME:Aebischer]] at [[PHONE:(612) 555-0187]].

[[NAME:Kathrin Huber]], AuD, CCC-A
""", summary="""
[[NAME:María Isabel Tzoc Cux]] has asymmetric bilateral sensorineural hearing loss on testing [[DATE:02/11/2025]], worse on the left. An MRI of the internal auditory canals and a hearing aid evaluation on [[DATE:03/04/2025]] are recommended.
"""),

    dict(style="speech_language_pathology", note="""
SPEECH PATHOLOGY - MODIFIED BARIUM SWALLOW STUDY
Pt: [[NAME:Leonard Two Bulls]]    FIN [[MRN:7730019452]]    {{age:78}} y/o M
Attending: Dr. [[NAME:Annika Gruber]] (hospitalist)    Radiology: Dr. [[NAME:Moskowitz]]
Dx: L MCA CVA on [[DATE:1/28]] with R hemiparesis, dysphagia. NPO since admit, tube feeds via NGT.

Pt seated upright in the fluoro chair, lateral view. Trials: thin (tsp, cup, straw), mildly thick, puree, soft solid.
- Thin by cup: delayed initiation (bolus at pyriforms), penetration to level of the cords, not cleared. {{score:PAS 5}}
- Thin by straw: silent aspiration, no cough response. {{score:PAS 8}}
- Mildly thick (IDDSI 2) by cup: transient high penetration, cleared spontaneously. {{score:PAS 2}}
- Puree: mild vallecular residue, cleared with cued 2nd swallow.
- Soft solid: prolonged oral prep, R buccal pocketing; needed verbal cue to clear.
Chin tuck attempted with thin: still aspirated.

Recs:
1. {{score:IDDSI level 6}} soft & bite-sized, {{score:IDDSI level 2}} mildly thick liquids, cup only, NO STRAWS
2. Meds whole in puree one at a time
3. Full supervision at meals, HOB at least 45 degrees x 30 min after
4. SLP tx 5x/wk for swallow strengthening; repeat study in 1-2 weeks

Discussed with pt, wife [[NAME:Bernadette]] and nephew [[NAME:Curtis Yellow Horse]] at bedside; wife asked about fry bread - told yes if soft, cut small, and he is sitting all the way up.
[[NAME:Wanbli Iron Shell]], MS, CCC-SLP    pgr [[PHONE:3371]]
""", summary="""
On modified barium swallow, [[NAME:Leonard Two Bulls]] silently aspirated thin liquid by straw ({{score:PAS 8}}) after his left MCA stroke. He was cleared for a soft and bite-sized diet with mildly thick liquids by cup only, under full supervision.
"""),

    dict(style="speech_language_pathology", note="""
outpatient speech therapy daily note. this is [[NAME:montse puigvert]] dictating for patient [[NAME:jordi vilaró i roig]], date of birth [[DATE:august ninth nineteen fifty]], seen today [[DATE:april fourteenth]] for session eight of twelve. [[NAME:jordi]] is {{age:74}}, left hemisphere stroke in november with nonfluent aphasia, {{eponym:Broca}} type, and moderate apraxia of speech. wife [[NAME:núria]] attended and took notes as usual.

today we continued melodic intonation therapy, he was able to produce two to three syllable phrases with hand tapping in 14 of 20 trials, up from 9 of 20 last week. confrontation naming 22 of 40 on the boston naming short list with phonemic cues. automatic speech, counting and days of the week, intact. he sang the first verse of a catalan folk song with his wife with good articulation, then could not say bon dia without a model, which frustrated him. script practice for ordering at the bakery, "una barra, si us plau," 4 of 5 independent.

{{score:WAB-R AQ 52.4}} at re-eval on [[DATE:march 17]], up from {{score:AQ 38.0}} at baseline.

plan, continue twice weekly, home program of scripts recorded on his wife's phone, add the aphasia group on thursdays. next visit [[DATE:the twenty first]].
end of dictation.
[[NAME:MP]] / transcribed [[NAME:dlw]]
""", summary="""
[[NAME:Jordi Vilaró i Roig]], {{age:74}}, with nonfluent {{eponym:Broca}} aphasia after a left hemisphere stroke, is improving with melodic intonation therapy ({{score:WAB-R AQ 52.4}} on [[DATE:march 17]]). Twice-weekly therapy continues, with the next session [[DATE:april twenty first]].
"""),

    dict(style="speech_language_pathology", note="""
PEDIATRIC SPEECH-LANGUAGE EVALUATION
Name: [[NAME:Ailton Semedo Tavares]]        DOB: [[DATE:2020-06-03]]        Acct#: [[MRN:A00938217]]
Eval date: [[DATE:2025-01-27]]
Parent: [[NAME:Nilsa Tavares]] (mother)    Home: [[ADDRESS:48 Nilsson St, Brockton, MA 02301]]    Cell [[PHONE:508-555-0143]]
Languages: Cape Verdean Kriolu at home (mother, grandmother Nha [[NAME:Fina]]), English at Head Start since Sept.

Concern: preschool teacher Ms. [[NAME:Brooks]] reports he is hard to understand and "gets stuck" on the first word. Mom notices the stuck words more in Kriolu when excited, started around age 3.

Results:
- {{score:GFTA-3 standard score 74}} (interpret with caution, English-normed). Errors: fronting k/g -> t/d, stopping of fricatives, final consonant deletion. Cluster reduction and final-s omission also occur in Kriolu-influenced English and were NOT counted as errors.
- Kriolu probe (with interpreter): same velar fronting and stopping -> cross-linguistic, supports true speech sound disorder.
- Fluency: 6% stuttered syllables, part-word repetitions and blocks with eye blinking; {{score:SSI-4 total 19}} (mild).
- Receptive/expressive language: within normal limits for a bilingual child per dynamic assessment.
- Oral mech: adequate. Hearing screen passed [[DATE:1/9/25]] at pediatrician.

Impression: speech sound disorder (phonological), moderate; mild developmental stuttering.
Plan: therapy 2x/week, 30 min, cycles approach + Lidcombe-style parent-delivered fluency work; home program sent in English and Kriolu. Reassess in 6 months.

[[NAME:Graça Lopes-Andrade]], M.S., CCC-SLP (bilingual Kriolu/Portuguese)
""", summary="""
[[NAME:Ailton Semedo Tavares]], a bilingual Kriolu/English preschooler evaluated [[DATE:2025-01-27]], has a moderate phonological speech sound disorder and mild stuttering ({{score:SSI-4 total 19}}). Twice-weekly therapy with a parent-delivered fluency program is planned.
"""),

    dict(style="audiology", note="""
COCHLEAR IMPLANT PROGRAMMING - FOLLOW-UP
Device: Nucleus CI632, R ear, activated 6 months ago. Processor: Kanso 2.
Subjective: reports speech "sounds less robotic," still struggles in restaurants and in the car. Uses ForwardFocus in noise. Wearing 12-14 hrs/day per datalogging.
Impedances: all electrodes within normal limits; no open or short circuits.
Map changes: T-levels raised 5 CL across E1-E10; C-levels adjusted with live-speech balancing. New program P3 "Noise" with ForwardFocus on.
Aided soundfield thresholds: 20-25 dB HL, 250-6000 Hz.
{{score:AzBio quiet 64%}} (was 41% at 3 mo). {{score:CNC words 52%}}.
Contralateral ear: no usable residual hearing; hearing aid discontinued.
Plan: continue auditory training (Angel Sound app, 20 min daily), telecoil use at church, return in 3 months for AzBio at +10 SNR.
""", summary="""
Six-month cochlear implant follow-up with normal impedances, raised T-levels and a new noise program. Sentence recognition improved to {{score:AzBio quiet 64%}}.
"""),

    dict(style="audiology", note="""
VESTIBULAR CLINIC
[[NAME:Hürlimann-Brunner, Ursula]]  ·  MRN [[MRN:88214570]]  ·  DOS [[DATE:Tues 4/8/25]]
{{age:69}} yo F, retired schoolteacher originally from [[ADDRESS:Winterthur]], now lives in [[ADDRESS:New Glarus]]. 3 wk of brief spinning vertigo rolling to R in bed and looking up to hang laundry, <1 min each. No hearing change, no aural fullness - not suggestive of {{eponym:Meniere}} disease.
{{eponym:Dix-Hallpike}} R: upbeating torsional nystagmus, latency 3 s, duration ~20 s, fatigable. L: neg.
Supine roll test: neg.
VNG oculomotor: normal saccades, smooth pursuit, OKN. Calorics deferred.
vHIT: normal VOR gain bilat (0.94 R / 0.97 L).
A: R posterior canal BPPV.
P: {{eponym:Epley}} maneuver x2 in clinic; repeat {{eponym:Hallpike}} afterwards neg. Post-maneuver instructions given. No {{drug:meclizine}} needed. Husband [[NAME:Beat]] drove her. Return PRN or [[DATE:4/22]] if persistent.
-- [[NAME:A. Gerber]], AuD
""", summary="""
[[NAME:Ursula Hürlimann-Brunner]] has right posterior canal BPPV confirmed on {{eponym:Dix-Hallpike}} testing [[DATE:4/8/25]] and was treated with two {{eponym:Epley}} maneuvers. She will return [[DATE:4/22]] if symptoms persist.
"""),

    dict(style="diabetic_foot_clinic", note="""
MULTIDISCIPLINARY DIABETIC FOOT CLINIC - PROGRESS NOTE
Patient: [[NAME:Reinaldo Maradiaga Funes]]    MRN: [[MRN:6620-4418]]    Visit: [[DATE:09/16/2024]]
PCP: Dr. [[NAME:Sarah Whitcomb]]    Endo: [[NAME:J. Bonilla]], NP

S: {{age:58}} yo M, T2DM x 15 yr, here for wk 4 of R plantar 1st MPJ ulcer. Works as a roofer in [[ADDRESS:Tegucigalpa]] until 2019, now roofing here; admits he takes the boot off at work "because of the ladders." Wife [[NAME:Lourdes]] came today and will help with dressings.
O: {{vital:BP 152/90}}, {{vital:HR 84}}, afebrile. {{lab:HbA1c 10.2%}} ([[DATE:9/3]]).
Ulcer R sub-1st MPJ: 1.8 x 1.4 x 0.5 cm (prev 2.2 x 1.6 x 0.6), {{score:Wagner grade 2}}, granular base, hyperkeratotic rim, probe-to-bone negative, no cellulitis.
{{eponym:Semmes-Weinstein}} 5.07 monofilament: 0/10 sites bilat. DP/PT palpable 1+. {{lab:ABI 0.88}} R, {{lab:ABI 0.92}} L.
Procedure: excisional debridement to subcutaneous tissue, 2.5 sq cm, with #15 blade and curette; minimal bleeding, hemostasis with pressure.
A/P:
1. Neuropathic ulcer improving slowly -> total contact cast applied today, change weekly.
2. Foot XR today to r/o osteomyelitis; ESR/CRP.
3. Glycemic control: on {{drug:Januvia}} {{dose:100 mg}} daily, glargine {{dose:32 units}} qhs; message to endo re: uptitration.
4. Work note: no ladders/roofs while in cast.
RTC 1 wk.
[[NAME:T. McAllister]], DPM
""", summary="""
[[NAME:Reinaldo Maradiaga Funes]] has a slowly healing {{score:Wagner grade 2}} neuropathic ulcer under the right first metatarsal head, with {{lab:HbA1c 10.2%}}. It was debrided and a total contact cast applied on [[DATE:09/16/2024]], with X-ray to rule out osteomyelitis.
"""),

    dict(style="podiatry", note="""
PODIATRY - LTC ROUTINE FOOT CARE
Resident: [[NAME:PICHLER, GERTRUDE A]]    DOB [[DATE:10-02-1931]]    MBI [[MRN:4TN8-KQ2-WR61]]
Facility: Lindenhof Care Center, Rm 118    DOS [[DATE:11-19-2024]]
[[AGE:93]] yo F, DM2 (diet controlled), PAD, on {{drug:Eliquis}} {{dose:2.5 mg}} BID.
Class findings: absent DP and PT pulses bilat (Class B), thin shiny skin, absent hair growth.
Nails: thick, dystrophic, yellow, subungual debris 1-5 bilat. Debrided x10 with nippers + burr, no bleeding.
Skin: hyperkeratosis sub 5th met L, pared; no open lesions, no maceration interdigitally. Mild heel dryness -> urea 20% cream daily.
Protective sensation absent.
Pt pleasant, asked about her late husband's shoes, redirected.
Told charge nurse [[NAME:Carol]], LPN: heel lotion, heel boots in bed, check feet with AM care.
RTC 61 days.
[[NAME:Dominik Moser]], DPM
""", summary="""
[[NAME:Gertrude Pichler]], [[AGE:93]], with PAD and on {{drug:Eliquis}}, had routine debridement of ten mycotic nails and a callus at her care center on [[DATE:11-19-2024]]; no open lesions were found.
"""),

    dict(style="podiatry", note="""
TELEPHONE ENCOUNTER
Caller: [[NAME:Tanisha Brooks]] (wife of pt [[NAME:Marcus Brooks]])    cb [[PHONE:313-555-0162]]
Re: total contact cast L leg
Msg taken by [[NAME:jhernandez2]] 10:42

Wife says the cast got wet last night in the shower despite the bag, now smells "sour" and the top edge is rubbing behind his knee. No fever she knows of; sugars running 240s. He is at work until 1.

RN call back 11:05: spoke with wife, then with pt on 3-way. Confirmed name/DOB [[DATE:5/30/66]]. Advised cast needs to come off today - wet cast + odor = risk of skin breakdown/infection under it. Dr. [[NAME:O'Hare]] has a 2:15 opening, pt accepted. Told to keep leg elevated, do not try to cut it himself. If fever or red streaks before then, go to ED.
[[NAME:Lena Ortiz]], RN
""", summary="""
[[NAME:Marcus Brooks]]'s total contact cast got wet and began to smell, and it is rubbing behind his knee. He was booked the same day with Dr. [[NAME:O'Hare]] for cast removal, with ED precautions.
"""),

    dict(style="podiatry", note="""
[[DATE:March 3, 2025]]

Dr. [[NAME:Howard Feldstein]]
Lakeside Internal Medicine

RE: [[NAME:Miriam Birnbaum-Katz]]    DOB [[DATE:12/01/1962]]

Dear Dr. [[NAME:Feldstein]],

Thank you for referring Mrs. [[NAME:Birnbaum-Katz]], a {{age:62}}-year-old woman with 8 months of burning pain in the left forefoot radiating to the 3rd and 4th toes, worse in dress shoes and on her long walks. On exam there is point tenderness in the L 3rd intermetatarsal space with a positive {{eponym:Mulder}} click, and reproduction of her numbness with lateral compression. She also has a moderate bunion; radiographs show a hallux valgus angle of 32 degrees and an intermetatarsal angle of 14 degrees, without arthritis at the 1st MTPJ.

My impression is a L 3rd interspace {{eponym:Morton}} neuroma with symptomatic hallux valgus. Today I gave a diagnostic/therapeutic injection of {{drug:Kenalog}} {{dose:10 mg}} with {{dose:1 mL}} 1% lidocaine plain, with 80% relief at 10 minutes, and dispensed a metatarsal pad. If symptoms recur we can repeat once, then discuss neurectomy, which could be combined with bunion correction. She would prefer no surgery before her son's wedding on [[DATE:June 8]].

I will see her back in six weeks.

Sincerely,
[[NAME:Aitor Zubiri]], DPM, FACFAS

cc: [[NAME:Miriam Birnbaum-Katz]]; [[NAME:Rachel Stern]], PT
""", summary="""
[[NAME:Miriam Birnbaum-Katz]] has a left third interspace {{eponym:Morton}} neuroma with symptomatic hallux valgus and received a {{drug:Kenalog}} injection. Surgery is deferred until after [[DATE:June 8]].
"""),

    dict(style="diabetic_foot_clinic", note="""
WOUND CARE NURSE NOTE - DIABETIC FOOT
L plantar heel ulcer, {{score:Wagner 1}}. Measurements today 2.1 x 1.9 x 0.2 cm (prev 2.6 x 2.2 x 0.3). Wound bed 90% granulation, 10% yellow slough; scant serous drainage, no odor. Periwound callus pared by MD.
Cleansed with NS, Aquacel Ag applied, covered with Allevyn foam and Kerlix. Offloading: DH Offloading Walker; pt states wearing it "most of the time" - reinforced 100% wear including nighttime trips to the bathroom.
Pedal pulses: DP 1+, PT dopplerable. Cap refill 3 sec.
{{lab:Glucose 186}} per pt meter this AM.
Education: daily foot inspection with a mirror, no barefoot walking, {{eponym:Charcot}} warning signs (warm, red, swollen foot) - call clinic same day.
Next: dressing change 3x/wk by home health; clinic visit 1 wk.
""", summary="""
A {{score:Wagner 1}} left heel diabetic ulcer is shrinking with silver alginate dressings and an offloading walker. Foot care and {{eponym:Charcot}} warning signs were reviewed.
"""),

    dict(style="diabetic_foot_clinic", note="""
Foot Care Clinic - Consult
Pt: [[NAME:Sakiasi Qaunnaq]] (goes by "[[NAME:Saki]]")    HCN [[MRN:1-0094-7732]] (Nunavut)
DOB: [[DATE:14/05/1961]]    Seen: [[DATE:23/10/2024]]
Escort: [[NAME:Leetia Kilabuk]] (daughter). Inuktitut interpretation by [[NAME:Elisapee Anaviapik]], patient navigator.
From [[ADDRESS:Pangnirtung]] via [[ADDRESS:Iqaluit]]; staying at the medical boarding home on [[ADDRESS:Montreal Rd]] while in town.

{{age:63}} M, T2DM on {{drug:metformin}} {{dose:1000 mg}} BID + {{drug:Ozempic}} {{dose:0.5 mg}} weekly. 6 wk of L midfoot swelling after stepping off the ATV onto ice. No wound. [[NAME:Saki]] thought it was a sprain and kept going out on the land.
Exam: L midfoot warm, erythema resolves with elevation, temp difference 4.2 C vs R. Pulses 2+. Monofilament absent to the ankle.
XR: Lisfranc joint subluxation with fragmentation at the 2nd TMT - {{eponym:Lisfranc}} pattern {{eponym:Charcot}} neuroarthropathy, {{eponym:Eichenholtz}} stage 1.
A: Acute {{eponym:Charcot}} foot, L.
P: Total contact cast today. Casting can't continue at home (no cast tech in community), so will transition to CROW once made - approx 3 wk here. Discussed with home community health nurse [[NAME:Mary Pitseolak]] at [[PHONE:867-555-0144]]. Telehealth follow-up [[DATE:20 Nov]].
Dr. [[NAME:Jonah Steiner]]
""", summary="""
[[NAME:Sakiasi Qaunnaq]] has acute left {{eponym:Charcot}} neuroarthropathy ({{eponym:Eichenholtz}} stage 1) and was placed in a total contact cast on [[DATE:23/10/2024]]. He will move to a CROW walker before returning to [[ADDRESS:Pangnirtung]], with telehealth follow-up [[DATE:20 Nov]].
"""),

    dict(style="pain_clinic", note="""
PAIN MEDICINE NEW PATIENT CONSULTATION
Name: [[NAME:Iñaki Etxeberria]]            MRN: [[MRN:00731552]]
DOB: [[DATE:02-17-1969]]                   Date: [[DATE:01-08-2025]]
Referring: [[NAME:Patrick Donnelly]], PA-C

CC: low back pain radiating to L buttock x 3 years.
HPI: {{age:55}} yo M, grew up herding sheep with his father, now owns a small construction company in [[ADDRESS:Mountain Home]]. Pain 6/10 average, 9/10 worst, worse with standing and twisting, better sitting. No bowel/bladder change, no leg weakness. Tried PT x 12 visits, {{drug:meloxicam}} {{dose:15 mg}} (GI upset), {{drug:gabapentin}} {{dose:300 mg}} TID (drowsy, stopped), chiropractic.
{{score:PEG 7.3}}. {{score:PHQ-9 8}}. {{score:ORT 1}} (low risk). PDMP reviewed: no controlled Rx last 12 mo.
Exam: {{vital:BP 138/84}}, {{vital:HR 72}}, BMI 31. Lumbar flexion full; extension with rotation reproduces pain L>R. SLR neg bilat. {{eponym:Patrick}} (FABER) neg R, positive L for low back pain, not groin. {{eponym:Gaenslen}} positive L. Strength 5/5 LE, reflexes 2+ symmetric, no {{eponym:Babinski}}.
MRI L-spine: L4-5 and L5-S1 facet arthropathy with small effusions, mild disc bulge, no significant stenosis.
A/P: Chronic axial LBP, likely facet-mediated +/- L SI joint.
1. L L4-5, L5-S1 medial branch blocks x2 (diagnostic) -> RFA if 80% or better relief.
2. Start {{drug:duloxetine}} {{dose:30 mg}} daily x 1 wk then {{dose:60 mg}}.
3. Restart PT with core/hip program.
4. Opioids not recommended; pt agrees.
Wife [[NAME:Maite]] present for visit.
[[NAME:Garazi Olabarria]], MD
""", summary="""
[[NAME:Iñaki Etxeberria]] has chronic axial low back pain that appears facet-mediated, possibly with left SI joint involvement. Diagnostic medial branch blocks, {{drug:duloxetine}} and restarted physical therapy are planned, without opioids.
"""),

    dict(style="pain_clinic", note="""
Pain clinic f/u - controlled substance monitoring
[[NAME:RUNS AGAINST, DARLENE J]]    MRN [[MRN:55190037]]    [[DATE:6/12/2024]]

{{age:61}} F, failed back surgery syndrome after L4-S1 fusion (MVC 2018), chronic R L5 radiculopathy. On {{drug:oxycodone}} {{dose:10 mg}} q8h prn, ~2.5 tabs/day (MME 38), plus {{drug:pregabalin}} {{dose:75 mg}} BID.
Last UDS [[DATE:5/14]]: oxycodone + oxymorphone (expected), otherwise neg. Today POC UDS: oxycodone pos, all else neg. Pill count: 28 tabs, matches.
PDMP: single prescriber, single pharmacy (the Walgreens on [[ADDRESS:Mt Rushmore Rd]]).
{{score:PEG 6}} (was 8). Walking to the mailbox and back now, doing beadwork again most evenings.
Narcan at home: yes, granddaughter [[NAME:Dakota]] knows how to use it.
Opioid agreement renewed and signed today.
Lives in [[ADDRESS:Pine Ridge]], 2 hr drive each way -> ok to alternate visits by telehealth; UDS at IHS lab on telehealth months.
Plan: continue same. RTC [[DATE:7/10]] (video).
[[NAME:RS]] / [[NAME:Regula Schläpfer]], NP
""", summary="""
[[NAME:Darlene Runs Against]] is stable on {{drug:oxycodone}} for failed back surgery syndrome, with an expected urine drug screen, a correct pill count and better function. Her opioid agreement was renewed on [[DATE:6/12/2024]] and telehealth visits will alternate, next on [[DATE:7/10]].
"""),

    dict(style="pain_clinic", note="""
PROCEDURE NOTE: RADIOFREQUENCY ABLATION, R L3, L4 MEDIAL BRANCHES AND L5 DORSAL RAMUS
Patient: [[NAME:Florian Steinbauer]]    HAR [[MRN:300518842]]    Date: [[DATE:05 Feb 2025]]
Physician: Dr. [[NAME:Leopold Wimmer]]    Assist: [[NAME:M. Zürcher]], RN

Indication: R facet-mediated LBP; >80% relief x2 with diagnostic MBB on [[DATE:12/3/24]] and [[DATE:12/19/24]].
Pre-procedure: pain 7/10. {{vital:BP 146/88}}, {{vital:HR 66}}, {{vital:SpO2 98%}} RA. Consent signed; time-out performed. Not on anticoagulants.
Sedation: {{drug:midazolam}} {{dose:1 mg}} IV.
Technique: prone, fluoro-guided. Skin/tissue anesthetized with 1% lidocaine {{dose:2 mL}} per level. 18G 10 cm RF cannulae with 10 mm active tip placed parallel to the nerve at each target.
Sensory stim 50 Hz: concordant at <0.5 V. Motor stim 2 Hz at 2 V: multifidus only, no radicular.
Each level: {{dose:1 mL}} 2% lidocaine, then lesion 80 C x 90 s, rotated and repeated x1.
Post: {{drug:Depo-Medrol}} {{dose:20 mg}} divided across levels for neuritis prophylaxis.
Complications: none. Pain 2/10 at discharge. Ambulated independently; left with his wife.
F/u 6 wk.
""", summary="""
[[NAME:Florian Steinbauer]] underwent right lumbar radiofrequency ablation on [[DATE:05 Feb 2025]] after two positive medial branch blocks, without complications. His pain fell from 7/10 to 2/10.
"""),

    dict(style="pain_clinic", note="""
pain rn phone note [[DATE:3/21]] 1515
pt [[NAME:wesley young]] called asking for early refill of {{drug:percocet}} {{dose:5/325}}, says bottle "fell in the sink" at his daughter's place in [[ADDRESS:faribault]]. last fill [[DATE:3/7]] #60, not due until [[DATE:4/6]]. per agreement no early refills. spoke w/ wife [[NAME:hope]] on speaker, she confirms the story. reviewed w/ dr [[NAME:lindqvist]] - no early fill; ok to use {{drug:tylenol}} {{dose:1 g}} tid + ice/heat, keep appt [[DATE:3/28]]. pt upset but understands. told him we hope he feels better and to call if pain uncontrolled, new numbness or weakness.
naloxone at home? yes
-[[NAME:kmb]]
""", summary="""
[[NAME:Wesley Young]] asked on [[DATE:3/21]] for an early {{drug:Percocet}} refill after losing his pills. Per his agreement it was declined, and he was told to use {{drug:Tylenol}} and keep his [[DATE:3/28]] appointment.
"""),

    dict(style="pain_clinic", note="""
KETAMINE INFUSION - CRPS TYPE 1, R UPPER EXTREMITY
[[NAME:Xiomara Alvarenga Chicas]] | MRN [[MRN:3300-871-4]] | infusion 3 of 5 | [[DATE:Thu 10/17/2024]]

Dx meets {{eponym:Budapest}} criteria (R wrist fx 2023 -> allodynia, edema, color/temp asymmetry, dystonic posturing).
Pre: pain 8/10, R hand cool, mottled. {{vital:BP 124/78}} {{vital:HR 80}} {{vital:SpO2 99%}}.
Meds: {{drug:ketamine}} {{dose:0.5 mg/kg/h}} x 4 h; {{drug:midazolam}} {{dose:2 mg}} IV at start; {{drug:ondansetron}} {{dose:4 mg}} IV.

Time  | BP      | HR | SpO2 | RASS | Comment
1000  | 124/78  | 80 | 99%  | 0    | start
1100  | 138/84  | 88 | 98%  | -1   | "floating," no distress
1200  | 132/80  | 84 | 98%  | -1   | mild nystagmus
1400  | 120/76  | 76 | 99%  | 0    | off, alert

Post: pain 5/10; light touch over dorsum now tolerated. No hallucinations, no emesis. Discharged with sister [[NAME:Ximena]] driving.
Sister requested a letter for pt's employer; send to [[EMAIL:ximena.alvarenga83@gmail.com]] per pt's verbal OK.
Next infusion [[DATE:10/21]].
[[NAME:D. Hernández]], RN / Dr. [[NAME:Olabarria]]
""", summary="""
[[NAME:Xiomara Alvarenga Chicas]] tolerated her third ketamine infusion for right-arm CRPS on [[DATE:10/17/2024]]. Her pain dropped from 8/10 to 5/10 with less allodynia, and the next infusion is [[DATE:10/21]].
"""),


    dict(style="pain_clinic", note="""
SCS TRIAL - DAY 5 CHECK / LEAD PULL
Pt [[NAME:Mireia Roig-Castells]], {{age:47}}F, CRPS L foot + lumbar radiculopathy. Trial leads placed [[DATE:2024-11-18]] (T8-T10, percutaneous x2). Abbott rep [[NAME:Kyle]] present for interrogation.

Diary summary:
 - Baseline avg pain 7/10 -> trial avg 2-3/10 (about 65% reduction)
 - Walked 1.2 miles Sat with her dog (baseline: end of the driveway)
 - Slept 6 h most nights (baseline 3)
 - Stopped {{drug:tramadol}} {{dose:50 mg}} on day 2; still on {{drug:Cymbalta}} {{dose:60 mg}}
Preferred program: burst DR, 3 of 4 days.
Sites clean, no drainage; leads pulled intact, tips confirmed.
Pt & husband [[NAME:Oriol]] want to proceed with the permanent implant. Psych clearance done (Dr. [[NAME:Abramowitz]], [[DATE:10/30]]).
Plan: submit prior auth for permanent SCS; surgical consult with Dr. [[NAME:Pujadas]] (neurosurgery). No antibiotics - no signs of infection.
Trial = SUCCESSFUL.
""", summary="""
[[NAME:Mireia Roig-Castells]] had a successful spinal cord stimulator trial, with about 65% pain reduction and better walking and sleep. The leads were pulled and a permanent implant with Dr. [[NAME:Pujadas]] will be pursued.
"""),

    dict(style="informed_consent", note="""
RESEARCH - INFORMED CONSENT DOCUMENTATION
Study: hearing loss and cognitive screening in older Maya adults (observational, minimal risk)
Consent form: K'iche' short form + English summary, version dated [[DATE:2024-09-30]]
Participant: [[NAME:Tomasa Xicará Sicajau]]    Subject ID [[MRN:MH-0147]]    MRN [[MRN:2093317]]

Consent obtained on [[DATE:10/15/2024]] at 14:05 by [[NAME:Oriol Ferrer]], study coordinator, in K'iche' through certified interpreter [[NAME:Juan Cux]]. Participant has no formal schooling and limited Spanish literacy, so the short-form process was used with an impartial witness, [[NAME:Sandra McKay]] (not study staff).
Purpose, procedures (hearing test, 20-min memory questions, optional saliva sample), risks, voluntariness and the right to stop were reviewed. Teach-back: participant said in her own words that "they test my ears and ask me questions, and if I get tired I can go home, and the clinic will still see me."
Questions asked: whether her son [[NAME:Eduardo]] could be told the results - yes, she wants results called to him at [[PHONE:(323) 555-0191]].
Optional saliva banking: DECLINED.
Participant marked the form with her thumbprint; witness and interpreter signed. Copy of both forms given. Stipend ($40 gift card) explained. No study procedures performed before consent.
[[NAME:O. Ferrer]], CRC
""", summary="""
[[NAME:Tomasa Xicará Sicajau]] gave informed consent on [[DATE:10/15/2024]] in K'iche' through an interpreter, using a short-form process with a witness. She declined optional saliva banking and asked that results go to her son [[NAME:Eduardo]].
"""),

    dict(style="research_visit", note="""
Study visit - Week 12 (Visit 5)
Participant: [[NAME:Rhonda Napaltjarri Martin]]    PID [[MRN:ASP-03-0218]]    Medicare [[MRN:2958 61047 3]]
Visit date: [[DATE:12.03.2025]]
Travelled in from [[ADDRESS:Yuendumu]] on the study bus with her daughter [[NAME:Kayla]]. Aboriginal Health Practitioner [[NAME:Gary Jupurrurla Walker]] present; explanations in Warlpiri as needed.

Vitals: {{vital:BP 134/82}} (repeat {{vital:BP 130/80}}), {{vital:HR 76}}, wt 81.4 kg.
Con-meds: no changes. Still on {{drug:perindopril}} {{dose:10 mg}}, {{drug:metformin}} {{dose:1 g}} BD.
AE review: one episode of thrush (treated at community clinic with {{drug:clotrimazole}}), mild, possibly related to IP. No SAEs.
IP compliance by tablet count: 94%.
Labs drawn: {{lab:eGFR 48}}, {{lab:UACR 62 mg/mmol}}, {{lab:K 4.9}} - reviewed with PI, no action.
[[NAME:Rhonda]] says the tablets are "easy" but the bus days are long; asked if the week 24 visit can be done at the clinic out bush - PI to check with sponsor.
Next visit week 24: [[DATE:4 June 2025]]. Reminder SMS set up; study phone [[PHONE:+61 8 8951 4417]].
[[NAME:JN]] (research nurse)
""", summary="""
[[NAME:Rhonda Napaltjarri Martin]] completed her week 12 study visit on [[DATE:12.03.2025]] with 94% compliance and one mild thrush episode, and no serious adverse events. Her next visit is [[DATE:4 June 2025]].
"""),

    dict(style="research_visit", note="""
Research Screening Visit - SCREEN FAIL
[[NAME:Solomon]] "[[NAME:Sol]]" [[NAME:Horowitz]]    Screening # [[MRN:S-112-0093]]    MRN [[MRN:84410275]]
Screened [[DATE:11/4/24]] for the probiotic trial in early {{eponym:Parkinson}} disease. ICF signed same day before procedures, v2.0.

{{age:71}} M, PD dx 2022, {{score:Hoehn and Yahr stage 2}}. On {{drug:Sinemet}} {{dose:25/100}} TID. {{score:MoCA 25/30}}. {{score:MDS-UPDRS III 24}}.
Inclusion: met (age, H&Y, stable dose x 8 wk).
Exclusion #7: eGFR < 45 -> screening {{lab:eGFR 41}}, {{lab:creatinine 1.62}} (repeat same result on [[DATE:11/8]]).
=> SCREEN FAILURE. Not eligible for rescreen per protocol.
[[NAME:Sol]] was told by phone [[DATE:11/11]]; wife [[NAME:Roz]] on the line. He was disappointed, asked about other studies -> gave the registry info. Advised to follow up the kidney result with PCP Dr. [[NAME:Feinstein]]; copy of labs mailed to [[ADDRESS:27 Walnut Hill Rd, Newton, MA 02461]].
Screening stipend processed; SSN last 4 [[SSN:0923]] on ClinCard form.
PI: [[NAME:Leah Greenbaum]], MD    Coordinator: [[NAME:Mikel Arana]] [[EMAIL:marana@bostonmovementlab.org]]
""", summary="""
[[NAME:Sol Horowitz]] failed screening for an early {{eponym:Parkinson}} disease trial because of reduced kidney function ({{lab:eGFR 41}}). He was told on [[DATE:11/11]] and referred back to his primary care physician.
"""),

    dict(style="informed_consent", note="""
Re-consent - phone contact (protocol amendment 3)
Coordinator: [[NAME:Ainhoa Zubizarreta]]    [[EMAIL:ainhoa.zubizarreta@umn-footstudy.org]]    [[PHONE:612-555-0108]]
Participant: [[NAME:Migizi Jourdain]]    Study ID [[MRN:DFU-0561]]    Date: [[DATE:02/03/2025]]

Called participant to review Amendment 3 (adds optional wound photos with a smartphone app between visits, and a 12-month phone follow-up). Used the phone script approved for remote re-consent. Participant at home in [[ADDRESS:Redby]], with his wife [[NAME:Bonnie]] listening.
Reviewed: what is new, that photos are stored without his name, that he can skip the photos and stay in the study.
He asked whether the photos could be seen by "the tribe or the IHS"; told no, only study staff and his podiatrist. He agreed to the photos and to the 12-month call.
Revised ICF v4.0 mailed for signature with a stamped return envelope to [[ADDRESS:PO Box 117, Redby, MN 56670]]. Photos will not start until the signed form is received.
Study staff initials: [[NAME:AZ]]
""", summary="""
[[NAME:Migizi Jourdain]] was re-consented by phone on [[DATE:02/03/2025]] for a protocol amendment adding optional wound photos and a 12-month call. The revised consent form was mailed for his signature.
"""),

    dict(style="research_visit", note="""
VISIT 4 (DAY 28 +/- 3) - PROCEDURE CHECKLIST
[x] Vital signs (seated BP x2, HR, temp, wt): {{vital:BP 128/76}}, {{vital:BP 126/74}}, {{vital:HR 68}}
[x] Con-med review
[x] AE/SAE review
[x] 12-lead ECG: {{lab:QTcF 428 ms}}, NSR
[x] Labs: CBC, CMP, HbA1c, lipid panel; urine pregnancy N/A (postmenopausal)
[x] C-SSRS since last visit: no ideation or behavior
[x] {{score:MoCA 26/30}}
[x] IP dispensed: 1 bottle (35 caps); returned bottle 3 caps remaining -> 97% compliance
[ ] PK sample: not required this visit
Notes: participant reported mild headache days 20-22, resolved with {{drug:acetaminophen}} {{dose:500 mg}}; {{score:CTCAE grade 1}}, not related per PI. No changes to {{drug:Lipitor}} or {{drug:lisinopril}}. Next visit Day 56 window opens in 25 days.
""", summary="""
The Day 28 study visit was completed with normal vitals and ECG, {{score:MoCA 26/30}} and 97% compliance. A mild headache ({{score:CTCAE grade 1}}) was judged unrelated.
"""),

    dict(style="research_visit", note="""
SERIOUS ADVERSE EVENT - INITIAL REPORT (24-hour)
Study: hearing intervention and cognitive decline in older adults
Subject: [[MRN:014-0032]]    Initials: [[NAME:E.L.T.]]    [[AGE:91]]-year-old female
Event: fall at home with L femoral neck fracture
Onset: [[DATE:06JAN2025]]    Hospitalized: [[DATE:07JAN2025]]    Site aware: [[DATE:08JAN2025]]
Seriousness: hospitalization; surgery (L hemiarthroplasty [[DATE:08JAN2025]]).
Narrative: Participant tripped over a rug on her way to the bathroom at night, was found by her neighbor the next morning and taken to hospital by ambulance. She had been wearing her study hearing aids during the day but not at night. No syncope, no head strike per ED notes. Post-op course complicated by delirium, now resolving.
Relationship to study device (hearing aids): unlikely related. Expected: no.
Action: study device continued when discharged to rehab.
Reported by: [[NAME:Hannah Birnbaum]], CRC    [[PHONE:617-555-0129 ext 231]]
PI sign-off: [[NAME:Josep Bofill]], MD, PhD    [[DATE:01/09/2025]]
""", summary="""
Study subject [[MRN:014-0032]], a [[AGE:91]]-year-old woman, fell at home on [[DATE:06JAN2025]] and fractured her left hip, requiring hemiarthroplasty. The event was reported as a serious adverse event unlikely related to the study hearing aids.
"""),

    dict(style="informed_consent", note="""
Parental permission / child assent note
Study: school-age stuttering treatment trial (randomized, parent-delivered vs clinician-delivered)
Child: [[NAME:Kevin Josué Zelaya Bonilla]], {{age:8}} yo    DOB [[DATE:Sep 2, 2016]]    Study # [[MRN:STT-2-044]]
Date: [[DATE:4/29/2025]]

Permission obtained from mother [[NAME:Wendy Bonilla]] in Spanish by bilingual coordinator [[NAME:Alba de la Cruz]]. Father lives in [[ADDRESS:San Pedro Sula]] and is not reachable; protocol requires one parent only (minimal risk).
Mother read the Spanish form herself and asked about video recording -> recordings kept on locked server, deleted 5 yrs after study ends; she agreed.
Assent: explained to [[NAME:Kevin]] with the picture sheet ("we will play talking games and your mom will practice with you at home"). He asked if he would miss recess - no, sessions after school. He said "sí, ok" and drew a smiley face on the assent line.
Randomization to follow at baseline visit [[DATE:5/6]].
Copies given. Mom's cell [[PHONE:(832) 555-0114]] (WhatsApp preferred).
[[NAME:A. de la Cruz]], research coordinator
""", summary="""
[[NAME:Wendy Bonilla]] gave permission in Spanish on [[DATE:4/29/2025]] and her son [[NAME:Kevin]] gave assent to join a stuttering treatment trial. The baseline visit and randomization are on [[DATE:5/6]].
"""),
]
