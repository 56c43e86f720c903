"""Hand-written training notes, part q: dental, ophthalmology, ENT, audiology, podiatry and allergy clinic notes."""

NOTES = [
    dict(style="dental_periodic_exam", note="""
PT: [[NAME:GARCÍA MÁRQUEZ, LUISA F]]     DOB [[DATE:04/17/1986]]     Chart # [[MRN:D-0048213]]
Visit [[DATE:Tue 2/11/2025]] -- periodic exam + adult prophy, Op 3
Med hx reviewed, no changes; on {{drug:levothyroxine}} {{dose:75 mcg}}. {{vital:BP 118/76}}, {{vital:P 72}}.
4BWX taken. Radiographic caries #14 MO and #19 DO. Gen 2-3 mm probing, localized 5 mm #31 DL with BOP.
Light-mod calculus lower anteriors. Hygiene: [[NAME:Yesenia Colón]], RDH. Exam: Dr. [[NAME:Abad]].
[[NAME:Luisa]] c/o cold sensitivity UL x 2 wks, has been using Sensodyne with some relief.
OHI: Waterpik, interproximal brushes. Rx {{drug:PreviDent 5000 Plus}} hs.
Tx plan: #14 MO and #19 DO composites, one visit per pt request.
Pre-d sent to Delta Dental, subscriber ID [[MRN:DD611409277]], pre-d ref [[MRN:PD-7732910]].
NV [[DATE:3/4]] 8:00 with [[NAME:Abad]], 90 min.
[[NAME:ycolon]] / [[NAME:R. Abad]] DDS
""", summary="""
[[NAME:Luisa García Márquez]] had a periodic exam on [[DATE:2/11/2025]] showing caries on #14 and #19 and a localized 5 mm pocket at #31. Composites are planned for [[DATE:3/4]] with Dr. [[NAME:Abad]].
"""),

    dict(style="dental_emergency_lowercase", note="""
walk-in emerg [[DATE:sat 11/16]]
pt [[NAME:maricel dela cruz-bautista]], {{age:34}} f, works nights at the call center - [[NAME:jun-jun reyes]] let her leave early for this
cc: "tooth in the back right is throbbing since wednesday, cant sleep"
hx: {{drug:ibuprofen}} {{dose:800 mg}} q8 + {{drug:tylenol}}, minimal relief. no fever, {{vital:t 98.9}}. nkda
exam: deep distal caries #30, percussion ++, cold lingering >30 s, buccal vestibule swelling soft, not fluctuant
pa: periapical radiolucency #30 mesial root
dx: symptomatic irreversible pulpitis w/ symptomatic apical periodontitis #30
tx: {{dose:1 carp 4% articaine 1:100k epi}} ianb + buccal infiltration. pulpectomy, {{drug:calcium hydroxide}}, cavit
rx {{drug:amoxicillin}} {{dose:500 mg}} tid x 7d d/t swelling. cont nsaid, alternate w/ apap
she will call back mon to sched rct completion w/ dr. [[NAME:teves]]. cell [[PHONE:939-412-8806]]
-[[NAME:kp]] / [[NAME:teves]]
""", summary="""
[[NAME:Maricel Dela Cruz-Bautista]] was seen as a walk-in on [[DATE:11/16]] with irreversible pulpitis and apical periodontitis of #30 and had an emergency pulpectomy. She will schedule root canal completion with Dr. [[NAME:Teves]].
"""),

    dict(style="oral_surgery_consult", note="""
ORAL & MAXILLOFACIAL SURGERY CONSULT          [[DATE:5 May 2025]]
Pt: [[NAME:Hunter Baker]]    DOB [[DATE:2008-01-22]]    Acct [[MRN:40087714]]
Referred by Dr. [[NAME:Ng]] (general dentist) for third molar evaluation.
Accompanied by mother, [[NAME:June]], who signs consent (pt is {{age:17}}).
Panorex: #1 and #16 erupted; #17 mesioangular, #32 horizontal impaction, roots approximating the IAN canal on #32.
CBCT recommended for #32. [[NAME:June]] asked about the price; [[NAME:Marisol]] at the front desk gave an estimate,
pre-auth pending with the plan under policy [[MRN:MHP-2231-09877]].
ASA I. NKDA. Plays catcher on the varsity team; [[NAME:Dwayne Pettaway]] already knows he will miss two weeks of practice.
Plan: extraction x4 under IV sedation ({{drug:midazolam}} / {{drug:fentanyl}} / {{drug:propofol}}) in June after school ends. NPO 8 h.
Post-op {{drug:ibuprofen}} {{dose:600 mg}} alternating with {{drug:acetaminophen}} {{dose:500 mg}}; {{drug:chlorhexidine}} rinse.
Risks incl paresthesia of lip/tongue, dry socket, infection discussed with [[NAME:Hunter]] and mom; questions answered.
-- [[NAME:S. Okonkwo-Reyes]], DMD, MD
""", summary="""
[[NAME:Hunter Baker]], {{age:17}}, was evaluated on [[DATE:5 May 2025]] for impacted third molars, with #32 close to the IAN canal. Extraction of all four under IV sedation is planned in June after a CBCT.
"""),

    dict(style="endodontic_procedure", note="""
ENDODONTIC PROCEDURE NOTE
Tooth #3. Dx: previously initiated therapy, symptomatic apical periodontitis.
Anesthesia: {{dose:2 carpules 2% lidocaine 1:100,000 epi}} PSA + palatal infiltration.
Rubber dam isolation. Access revised; MB2 located under the DOM. Canals: MB1, MB2, DB, P.
WL via Root ZX apex locator, confirmed on PA: MB1 20.5, MB2 20.0, DB 19.5, P 22.0 mm.
Instrumented ProTaper Gold to F2 (MB, DB) and F3 (P). Irrigation {{dose:5.25% NaOCl}}, final rinse {{dose:17% EDTA}} with EndoActivator.
Obturation: warm vertical (System B), AH Plus sealer. Core buildup with Fuji IX.
Post-op PA: adequate fill, no sealer extrusion. Tolerated well.
Recommend full-coverage crown within 30 days. {{drug:Ibuprofen}} {{dose:600 mg}} q6h prn.
""", summary="""
Root canal therapy on #3 was completed with four canals located, including MB2, and obturated by warm vertical technique. A crown is recommended within 30 days.
"""),

    dict(style="retina_injection", note="""
RETINA CLINIC -- Intravitreal Injection
[[NAME:Rigoberto Pérez Cárdenas]]     MRN [[MRN:00712-44890]]     DOS [[DATE:01/08/2025]]
HPI: {{age:63}} M, DM2 ({{lab:A1c 8.9}}), PDR OU s/p PRP OS, center-involving DME OD. Daughter [[NAME:Yanelis]] drove him up from [[ADDRESS:Hialeah]].
VA sc: OD 20/80, OS 20/40. IOP (Tono-Pen) OD 16, OS 15.
OCT OD: CST 412 um (455 on [[DATE:12/4/24]]), persistent IRF, no SRF.
Procedure: {{drug:Eylea}} {{dose:2 mg/0.05 mL}} OD. {{drug:Povidone-iodine}} 5%, lid speculum, inferotemporal, 3.5 mm post to limbus.
Post-inj: CF vision, IOP 22 at 5 min. No complications.
Tech [[NAME:Anaïs]] / Dr. [[NAME:Villaseñor]]
RTC 4 wks OCT + possible inj OD. [[NAME:Rigo]] knows to call [[PHONE:305-884-2170]] for pain, redness, or decreasing vision.
""", summary="""
[[NAME:Rigoberto Pérez Cárdenas]] received an {{drug:Eylea}} injection in the right eye on [[DATE:01/08/2025]] for diabetic macular edema, with CST improving to 412 um. He returns in 4 weeks.
"""),

    dict(style="cataract_preop", note="""
CATARACT SURGERY PRE-OP / BIOMETRY
[[NAME:ESPINOSA DE LOS MONTEROS, CARMEN R]]          MRN [[MRN:5510238]]
DOB [[DATE:09/30/1933]]   ([[AGE:91]] y.o.)
Visually significant NS 3+ / cortical cataract OD; BCVA 20/200 OD, 20/50 OS. Glare testing OD 20/400.
Lives with son [[NAME:Tomás]] in [[ADDRESS:Coral Gables]]; he manages her drops.
IOLMaster 700: AL 23.41 mm, K1 43.25, K2 44.00, ACD 2.91.
{{eponym:Barrett}} Universal II: Alcon SN60WF +21.0 D, target -0.25.
On {{drug:tamsulosin}} ({{drug:Flomax}}) - IFIS risk, {{eponym:Malyugin}} ring available. {{drug:Eliquis}} continue per cardiology.
Mild {{eponym:Fuchs}} guttae, pachy 571 um - counseled re: possible prolonged corneal edema.
Surgery OD [[DATE:March 12th]], second eye TBD.
Consent signed by pt in Spanish; witness [[NAME:Kathy Mae Brown]], COT.
""", summary="""
[[NAME:Carmen Espinosa de los Monteros]], [[AGE:91]], is scheduled for right cataract surgery on [[DATE:March 12th]] with a +21.0 D SN60WF lens. {{drug:Tamsulosin}} use and mild {{eponym:Fuchs}} guttae were noted as risks.
"""),

    dict(style="peds_ophtho_followup", note="""
Peds Ophthalmology f/u
[[NAME:Jayden Ortiz Santana]], {{age:6}}, here with grandmother Doña [[NAME:Milagros]].
[[NAME:Kelsey Price]] sent a note home from school that he closes one eye outdoors at recess and squints at the board.
Cover test: intermittent XT 20 PD distance, 10 PD near; good control at near, fair at distance. No vertical.
Cyclo refraction ({{drug:cyclopentolate}} 1%): OD +1.25, OS +1.00 -0.50 x 180. VA 20/25 OU.
Stereo: Titmus fly +, 200 arc sec.
Fundus WNL OU.
[[NAME:Will]] (9 yo, brother) also screened in clinic today - passed.
A/P: intermittent exotropia, no amblyopia. Observe; glasses not needed. We will repeat sensorimotor exam in 4 mo.
[[NAME:Milagros]] asked whether he can play soccer - yes. Spanish, no interpreter needed (Dr. [[NAME:Quiñones]] bilingual).
""", summary="""
[[NAME:Jayden Ortiz Santana]], {{age:6}}, has intermittent exotropia without amblyopia and will be observed, with a repeat exam in 4 months. His teacher [[NAME:Kelsey Price]] had noticed squinting.
"""),

    dict(style="glaucoma_followup", note="""
GLAUCOMA F/U
POAG OU, moderate stage. Current: {{drug:latanoprost}} 0.005% qhs OU, {{drug:Cosopt}} bid OU.
IOP {{eponym:Goldmann}}: OD 19, OS 21 (target < 16). CCT 532 / 528.
Gonio: open to CBB 360 OU, {{score:Shaffer grade 4}}, no PAS.
HVF 24-2 SITA Fast: OD MD -6.21 dB, superior arcuate; OS MD -8.94 dB, GPA "possible progression".
OCT RNFL: inferior thinning OS, avg 68 um.
C/D 0.75 OD, 0.8 OS with IT notch OS; no {{eponym:Drance}} heme.
A/P: Not at target OS. Discussed adding {{drug:Rhopressa}} vs SLT; patient prefers laser.
Schedule 360-degree SLT OS. Continue current drops. HVF + OCT in 4 mo.
""", summary="""
Moderate primary open-angle glaucoma is above target pressure in the left eye with possible field progression. Selective laser trabeculoplasty of the left eye is planned and drops are continued.
"""),

    dict(style="ophtho_portal_message", note="""
MyChart message rec'd [[DATE:Sun 04/06/2025]] 9:14 PM
From: [[NAME:cristina maria da costa]]
"hi dr [[NAME:bishop]], its [[NAME:cristina]] from the cornea clinic, you did my prk on [[DATE:april 2nd]]. my right eye is still
very blurry and the bandage contact feels like its coming out. my husband [[NAME:Tiago]] says just wait till the visit
on thursday but i dont know. also the pharmacy in [[ADDRESS:Framingham]] said the {{drug:Durezol}} is not covered,
can i use something else?? obrigada, [[NAME:cris]]"
Reply ([[NAME:M. Bishop]], MD, [[DATE:4/7]]): Blurry vision on day 5 after PRK is expected while the epithelium heals.
If the bandage lens falls out, do not reinsert it - call [[PHONE:508-626-3391]] and we will see you same day.
Changed to {{drug:prednisolone acetate}} 1% qid, sent to the CVS on file. Keep Thursday appt.
""", summary="""
[[NAME:Cristina da Costa]] messaged on [[DATE:04/06/2025]] about blurry vision and a loose bandage lens after PRK on [[DATE:april 2nd]]. Dr. [[NAME:Bishop]] reassured her and switched the uncovered {{drug:Durezol}} to {{drug:prednisolone acetate}}.
"""),

    dict(style="ent_clinic_note", note="""
OTOLARYNGOLOGY CLINIC NOTE
Name: [[NAME:Franklyn Almonte Rosario]]     MRN [[MRN:A0093317]]     Date: [[DATE:17-Feb-2025]]
Referring: [[NAME:Keisha Bright]], NP
CC: nasal obstruction, facial pressure, hyposmia > 12 wks despite {{drug:Flonase}} and 2 courses of {{drug:Augmentin}}.
Nasal endoscopy: bilateral grade 2 polyps, purulence L middle meatus (cultured).
CT sinus [[DATE:2/3/25]]: {{score:Lund-Mackay 16}}. {{score:SNOT-22 58}}.
Asthma since teens; wheezing after {{drug:aspirin}} -> suspect AERD ({{eponym:Samter}} triad). {{lab:AEC 740}}.
Plan: {{drug:prednisone}} burst, {{drug:budesonide}} saline rinses; discuss FESS vs {{drug:Dupixent}} at f/u.
[[NAME:Franklin]] works at the bodega with his uncle [[NAME:Fello]] and asked for a work note - given.
Spanish interpreter [[NAME:Rosa Iris Peña]] (ID [[MRN:INT-2046]]).
[[NAME:D. Cooper]], MD
""", summary="""
[[NAME:Franklyn Almonte Rosario]] has chronic rhinosinusitis with nasal polyps, {{score:Lund-Mackay 16}}, and suspected aspirin-exacerbated respiratory disease. A steroid burst and budesonide rinses were started, with surgery or {{drug:Dupixent}} to be discussed.
"""),

    dict(style="ent_postop_phone", note="""
tele note -- POD 5 T&A
called mom [[NAME:Faith Whitehorse]] at [[PHONE:(605) 341-7720]] re: [[NAME:Grace]], {{age:5}}, s/p T&A [[DATE:10/21]] w/ Dr. [[NAME:Lindqvist]]
[[NAME:Faith]] says [[NAME:Grace]] is drinking ~24 oz/day, popsicles, applesauce. Tmax {{vital:100.8}} last night. c/o ear pain (referred).
no bleeding, no vomiting. voiding 4x/day.
using {{drug:ibuprofen}} {{dose:10 mg/kg}} alternating {{drug:acetaminophen}} {{dose:15 mg/kg}}.
dad [[NAME:Kyle]] is working in [[ADDRESS:Rapid City]] this week, mom alone w/ 3 kids - offered to call again fri.
reviewed: eschar sloughs ~ day 7-10, highest bleed risk then. any bright red blood -> ED.
we hope pain eases by the weekend; push fluids.
[[NAME:tmh]] RN
""", summary="""
On post-op day 5 after tonsillectomy and adenoidectomy on [[DATE:10/21]], [[NAME:Grace]], {{age:5}}, is drinking adequately with low-grade fever and referred ear pain and no bleeding. Her mother [[NAME:Faith Whitehorse]] was given bleeding precautions.
"""),

    dict(style="voice_clinic_stroboscopy", note="""
Voice Clinic -- Videostroboscopy
[[NAME:Mercedes Ocasio-Vélez]] | [[DATE:2025/03/19]] | CSN [[MRN:881204476]]
{{age:44}} yo music teacher, sings Sundays at Grace Baptist; hoarseness and vocal fatigue x 4 mo, worse Fridays.
{{score:VHI-10 24}}, {{score:RSI 15}}. Non-smoker. Drinks 4 coffees/day.
Findings: bilateral midmembranous vocal fold nodules, hourglass closure, mucosal wave mildly reduced bilaterally, no major asymmetry.
No leukoplakia. Mild posterior commissure edema.
Plan: voice therapy with [[NAME:Lacey Kingfisher]], SLP, x6 sessions; {{drug:omeprazole}} {{dose:20 mg}} daily x 8 wk; hydration, reduce caffeine.
Work letter requested for [[NAME:Donnell Major]] - amplification in classroom, 2 wk reduced choir rehearsals.
Recheck strobe in 3 mo.
-- [[NAME:A. Sørensen]], MD / [[NAME:mov]]
""", summary="""
[[NAME:Mercedes Ocasio-Vélez]] has bilateral vocal fold nodules on stroboscopy of [[DATE:2025/03/19]]. Voice therapy, reflux treatment and classroom amplification were arranged.
"""),

    dict(style="vestibular_eval", note="""
VESTIBULAR EVAL
CC: brief spinning with rolling over in bed and looking up, x 10 days. No hearing change, no tinnitus, no headache.
{{eponym:Dix-Hallpike}}: R positive -- upbeating torsional nystagmus, latency 3 s, duration 20 s, fatigable. L negative.
Supine roll test negative bilaterally. Neuro: CN II-XII intact, no skew, gait normal, {{eponym:Romberg}} negative.
Dx: R posterior canal BPPV.
Tx: {{eponym:Epley}} maneuver x2 in clinic; repeat {{eponym:Dix-Hallpike}} negative.
Avoid {{drug:meclizine}} beyond 48 h. {{eponym:Brandt-Daroff}} exercises at home if recurs.
Return if persistent or new symptoms; consider VNG.
""", summary="""
Right posterior canal BPPV was diagnosed by a positive {{eponym:Dix-Hallpike}} test and treated with two {{eponym:Epley}} maneuvers with resolution. Home exercises and return precautions were given.
"""),

    dict(style="ent_operative_report", note="""
OPERATIVE REPORT
PATIENT: [[NAME:KING, TYRELL A]]     MRN: [[MRN:3390-182-55]]     DATE OF SURGERY: [[DATE:06/09/2025]]
SURGEON: [[NAME:Paulo Henrique Tavares]], MD
ASSISTANT: [[NAME:Bo Lindgren]], MD (PGY-3)
ANESTHESIA: General ETT -- [[NAME:Alcántara]], CRNA
PREOP DX: Deviated nasal septum; bilateral inferior turbinate hypertrophy
PROCEDURE: Septoplasty; bilateral inferior turbinate submucous reduction (microdebrider)
FINDINGS: Caudal and posterior deviation to L with a bony spur abutting the L inferior turbinate.
{{drug:Afrin}} pledgets; {{drug:lidocaine}} {{dose:1% with 1:100,000 epi}}, {{dose:8 mL}} infiltrated. EBL {{dose:25 mL}}.
{{eponym:Doyle}} splints placed bilaterally, secured with 3-0 Prolene.
Counts correct x2 per [[NAME:Ed]] and [[NAME:Li]] (circulator, scrub).
Dispo: PACU, stable. Splints out POD 7 in clinic.
Dictated by [[NAME:PHT]]; tx [[NAME:jmq]] [[DATE:06/09/2025]] 16:42
""", summary="""
[[NAME:Tyrell King]] underwent septoplasty and bilateral inferior turbinate reduction on [[DATE:06/09/2025]] by Dr. [[NAME:Tavares]] without complication. {{eponym:Doyle}} splints come out on post-op day 7.
"""),

    dict(style="audiology_ha_fitting", note="""
AUDIOLOGY -- HEARING AID FITTING                              [[DATE:Jan 14, 2025]]
[[NAME:Sebastião Ferreira dos Santos]], {{age:78}}   MBI [[MRN:4TR7-KD2-MN61]]
Portuguese interpreter: [[NAME:Luciana Amaral]] (in person). Wife Dona [[NAME:Conceição]] present.
Hx: mod-severe sloping SNHL bilat (audiogram [[DATE:12/10/2024]]), retired bricklayer, 40 yrs noise.
Devices: Phonak Audéo Lumity L70 RIC bilat, M receivers, closed domes.
Verification: REM w/ Verifit, NAL-NL2 targets met within 5 dB 250-4000 Hz. MPO below UCLs.
Programs: auto, speech in noise, TV connector paired.
Orientation: insertion/removal, charging, cleaning. [[NAME:Sebastião]] able to insert L independently, R w/ assist.
[[NAME:Conceição]] will help w/ charging. Goals (COSI): church, grandkids on phone, TV.
F/u [[DATE:2/4]] for fine-tuning; call [[PHONE:617-555-0198]] sooner prn.
[[NAME:Ruthanne Cooper]], AuD
""", summary="""
[[NAME:Sebastião Ferreira dos Santos]] was fit with bilateral Phonak RIC hearing aids on [[DATE:Jan 14, 2025]] with verified targets. Follow-up for fine-tuning is on [[DATE:2/4]].
"""),

    dict(style="newborn_hearing_rescreen", note="""
NEWBORN HEARING RESCREEN
Baby Boy [[NAME:Rivera Colón]]   (mother: [[NAME:Nayeli Rivera Colón]])   DOB [[DATE:9/02/2025]]
MRN [[MRN:77120045]]   State EHDI ID [[MRN:PR-25-118304]]   Rescreen [[DATE:Sept 16, 2025]]
Birth screen (AABR, [[DATE:9/3]]): pass R, refer L.
Today: DPOAE pass R, refer L. AABR refer L at 35 dB nHL.
Risk factors: NICU x3 days for TTN, no ototoxic meds. FHx: maternal uncle [[NAME:Papo]] has worn hearing aids since childhood.
Tymps (1000 Hz probe): normal R, flat L -- possible middle ear fluid.
Plan: diagnostic ABR under natural sleep [[DATE:10/14/2025]] with Dra. [[NAME:Ivelisse Matos]], AuD.
Mom aware; best number [[PHONE:787-316-2245]]. Results faxed to pediatrician [[NAME:Ruiz]].
""", summary="""
Baby Boy [[NAME:Rivera Colón]] again referred on the left on newborn hearing rescreen on [[DATE:Sept 16, 2025]], with a flat left tympanogram. A diagnostic ABR is scheduled for [[DATE:10/14/2025]].
"""),

    dict(style="tinnitus_eval_lowercase", note="""
tinnitus eval [[DATE:3/27/25]]
[[NAME:will carter]], {{age:52}}, high school shop teacher + weekend drummer
c/o bilat high pitched ringing x 6 mo, worse at night, l>r. no vertigo, no aural fullness. sleeps with a fan.
{{score:thi 46}} (moderate handicap). tfi also completed.
audio: mild sloping to mod snhl 3-8k bilat, notch at 4k l. wrs 96% r / 92% l. tymps type a bilat, reflexes present.
pitch match ~6 khz l, loudness match 8 db sl. mml 14 db.
asymmetry < 15 db, so no mri needed per dr. [[NAME:ahn]]
counseled: sound enrichment, sleep hygiene, hearing protection at gigs. will try custom musician plugs (er-15).
quote for custom plugs given, price ~ $240 pair.
f/u 6 wk. [[NAME:carter]] asked that summaries also go to his wife [[NAME:april]] - ok'd by pt, [[EMAIL:aprilcarter.mx@outlook.com]]
they are traveling in april so f/u may slide.
-[[NAME:jjb]] aud
""", summary="""
[[NAME:Will Carter]], {{age:52}}, was evaluated on [[DATE:3/27/25]] for bilateral tinnitus with noise-notched high-frequency hearing loss and {{score:THI 46}}. Sound enrichment, hearing protection and custom musician plugs were recommended.
"""),

    dict(style="cochlear_implant_mapping", note="""
CI PROGRAMMING -- activation + 3 mo
Pt: [[NAME:Nizhoni Begay-Tsosie]]     DOB [[DATE:11 Aug 1969]]     Chart [[MRN:IHS-0472281]]
Device: Cochlear Nucleus 8 processor, CI632 electrode L (implanted [[DATE:07/01/2024]]).
Impedances normal all 22 electrodes. C and T levels adjusted, +3 CL basal electrodes.
Aided soundfield 20-25 dB HL 250-6000 Hz.
AzBio quiet 54% (pre-op 8%), CNC words 40%.
Wears processor ~13 h/day per datalogging. Uses the Nucleus Smart App.
Brother-in-law [[NAME:Darrell Yazzie]] drove her 4 hrs from [[ADDRESS:Chinle]]; asked about telehealth programming - will check.
Q re: MRI with magnet in place - card and 1.5T conditions reviewed.
Next mapping [[DATE:Feb 20]].
[[NAME:Shandiin Nez]], AuD, CCC-A
""", summary="""
[[NAME:Nizhoni Begay-Tsosie]] had 3-month cochlear implant mapping with improved speech scores (AzBio 54% from 8%). Next mapping is [[DATE:Feb 20]].
"""),

    dict(style="audiologic_evaluation", note="""
AUDIOLOGIC EVALUATION
Otoscopy: clear canals, TMs visualized bilaterally.
Tympanometry: Type As R (0.2 mL), Type A L.
Acoustic reflexes: R ipsi and contra absent; L contra absent (probe R).
Pure tones: R mild-moderate low-frequency conductive HL, air-bone gap 25-30 dB 250-1000 Hz, {{eponym:Carhart}} notch at 2 kHz. L WNL.
Tuning forks: {{eponym:Weber}} lateralizes R; {{eponym:Rinne}} negative R, positive L.
SRT 35 dB R / 10 dB L. WRS 100% bilaterally at MCL.
Impression: findings consistent with otosclerosis R.
Recommend ENT consult for stapedotomy discussion; hearing aid trial as alternative.
""", summary="""
Audiologic testing showed a right conductive hearing loss with a {{eponym:Carhart}} notch and absent reflexes, consistent with otosclerosis. ENT referral and a hearing aid alternative were recommended.
"""),

    dict(style="podiatry_diabetic_foot", note="""
PODIATRY -- DIABETIC FOOT EXAM                     [[DATE:08/22/2024]]
[[NAME:Young, Harold W]]     MRN [[MRN:600412938]]     PCP: [[NAME:Priya Raman]], MD
{{age:71}} M, DM2 x 20 yr, {{lab:A1c 7.4}}, CKD 3a. {{drug:Metformin}} {{dose:500 mg}} bid, {{drug:Jardiance}} {{dose:10 mg}}.
Neuro: {{eponym:Semmes-Weinstein}} 5.07 monofilament absent 6/10 sites bilat; vibration diminished at hallux.
Vasc: DP 1+ bilat, PT nonpalpable L. {{vital:ABI 0.82}} L, {{vital:ABI 1.04}} R.
Derm: hyperkeratotic lesion sub 1st MPJ L with subkeratotic hemorrhage -- no open wound after debridement.
Onychomycosis x8, debrided without incident.
Ortho: hammertoes 2-5 bilat, mild HAV. No {{eponym:Charcot}} changes.
IWGDF risk category 2.
Plan: extra-depth shoes w/ custom inserts (cert of need faxed to [[NAME:Raman]]), arterial duplex LLE, RTC 9 wks.
[[NAME:Harold]] says young volunteers from his church trim his nails -- advised against; we will do it here.
""", summary="""
[[NAME:Harold Young]], {{age:71}}, has diabetic neuropathy, a reduced left ABI of 0.82 and a pre-ulcerative lesion under the left first MPJ, IWGDF risk 2. Therapeutic shoes and an arterial duplex were ordered.
"""),

    dict(style="podiatry_procedure_lowercase", note="""
[[DATE:10/3]] pod proc note
pt [[NAME:jericho manalo]], {{age:15}}, w/ dad [[NAME:rommel]]
ingrown l hallux medial border x 3 wk, stage 2 w/ paronychia, granulation tissue. failed soaks + {{drug:mupirocin}}
consent signed by dad. digital block {{dose:3 mL 1% lidocaine plain}} + {{dose:3 mL 0.5% bupivacaine}}
partial nail avulsion medial border + {{drug:phenol}} matrixectomy 89%, 3 x 30 s, flushed w/ alcohol
{{drug:bacitracin}}, dry sterile dressing. ebl min. tolerated well
no pe or basketball x 1 wk - wrote a note so [[NAME:dimaculangan]] lets him sit out practice
epsom soaks bid starting tmrw, expect drainage 2-3 wk
rtc 2 wk, sooner if redness spreading / fever
[[NAME:rb]] dpm
""", summary="""
[[NAME:Jericho Manalo]], {{age:15}}, had a partial nail avulsion with phenol matrixectomy of the left hallux medial border on [[DATE:10/3]]. He is off basketball for a week and returns in 2 weeks.
"""),

    dict(style="wound_clinic_podiatry", note="""
Wound Clinic / Podiatry                    Visit: [[DATE:Thursday, July 10, 2025]]
Patient: [[NAME:Ángel Luis Figueroa Negrón]]     Acct [[MRN:HAR-20931177]]
Address: [[ADDRESS:88 Tremont St, Apt 2, Hartford, CT 06105]]
Caregiver: daughter [[NAME:Wanda]], cell [[PHONE:860-294-5518]]
VNA nurse [[NAME:Cheryl Mason]] reports wound bigger since last week despite dressing changes MWF.
Ulcer L plantar 1st met head: 2.1 x 1.4 x 0.5 cm, granular base, macerated periwound. {{score:Wagner grade 2}}. Probe-to-bone negative.
X-ray L foot: no erosion or periosteal reaction. {{lab:ESR 22}}, {{lab:CRP 0.9}}.
{{lab:A1c 9.6}} -- endo f/u w/ [[NAME:Okafor]] next month.
Sharp excisional debridement to subcutaneous tissue, {{dose:1.2 sq cm}}. Total contact cast applied L.
[[NAME:Wanda]] will bring him back in 1 week for cast change. [[NAME:Cheryl]] to hold home dressing changes while in TCC.
[[NAME:Lorenzo Batista]], DPM
""", summary="""
[[NAME:Ángel Luis Figueroa Negrón]] has an enlarging {{score:Wagner grade 2}} plantar ulcer of the left first metatarsal head without osteomyelitis; it was debrided and a total contact cast applied on [[DATE:July 10, 2025]]. His daughter [[NAME:Wanda]] will bring him back in a week.
"""),

    dict(style="sports_podiatry", note="""
Sports Podiatry
[[NAME:Camila Sepúlveda Ruiz]]   {{age:19}} F   DOB [[DATE:3/8/2006]]   Student ID [[MRN:U90033812]]
D1 cross country. R heel pain x 5 wk, worst first steps in AM and after long runs. Mileage up to 60/wk in August.
[[NAME:Hollis Greer]] wants her back for the conference meet on [[DATE:Oct 25]]; [[NAME:Deshawn]] (ATC) has her on ice and calf stretches.
Exam: TTP medial calcaneal tubercle R, windlass test positive, no pain w/ calcaneal squeeze. Navicular drop 11 mm R.
Pes planus, flexible. Ankle DF limited to 5 deg w/ knee extended.
XR R: no calcaneal stress fx. US: plantar fascia 5.8 mm R (3.1 L).
Dx: R plantar fasciitis.
Plan: night splint, eccentric calf loading, OTC orthotic w/ medial post, cut mileage 40%.
No steroid injection in a competitive runner (rupture risk). Consider ESWT if not improved in 4 wks.
""", summary="""
[[NAME:Camila Sepúlveda Ruiz]], a {{age:19}}-year-old cross-country runner, has right plantar fasciitis confirmed by ultrasound. Conservative care with reduced mileage was started, aiming toward the [[DATE:Oct 25]] meet.
"""),

    dict(style="allergy_skin_testing", note="""
ALLERGY / IMMUNOLOGY -- SKIN PRICK TESTING
[[NAME:Alejandro]] "[[NAME:Alejo]]" [[NAME:Valdés Hernández]]     DOB [[DATE:02/29/2016]]     MRN [[MRN:ZX-40021873]]
Here w/ mom [[NAME:Dayami]]. Hives + lip swelling after a bite of a granola bar at a birthday party [[DATE:8/30]].
{{drug:Cetirizine}} held x 7 days. Histamine 6 mm, saline 0 mm.
Results (wheal): peanut 12, cashew 9, pistachio 8, almond 0, hazelnut 2, egg 3, milk 0, shrimp 0, D. pteronyssinus 7, cat 5.
Component: {{lab:Ara h 2 14.2 kUA/L}}.
Impression: peanut and cashew/pistachio allergy, dust mite sensitization.
Rx {{drug:Auvi-Q}} {{dose:0.15 mg}} x2 (wt 23 kg). Anaphylaxis action plan completed.
Forms faxed to [[NAME:Yudelkis Arencibia]] at the school, fax [[PHONE:305-227-6410]].
Discussed OIT for peanut -- family interested; [[NAME:Dayami]] will talk with dad [[NAME:Orestes]].
[[NAME:V. Santamaría]], MD
""", summary="""
[[NAME:Alejandro Valdés Hernández]] has peanut and cashew/pistachio allergy on skin testing with a high {{lab:Ara h 2 14.2 kUA/L}}. An {{drug:Auvi-Q}} and action plan were provided and school forms faxed.
"""),

    dict(style="venom_immunotherapy_log", note="""
SCIT -- VENOM MAINTENANCE
[[NAME:Carter, Beau]]     DOB [[DATE:1979-06-03]]     MRN [[MRN:H48810273]]
Roofer; anaphylaxis to yellow jacket on a job site in August 2023. His foreman [[NAME:Arturo]] now keeps an epinephrine kit on the truck.
Vials: mixed vespid {{dose:300 mcg}} + honeybee {{dose:100 mcg}}, maintenance q4 wk.
Pre-injection: no fever, no asthma sx, no beta-blocker. {{vital:BP 128/80}}, {{vital:HR 70}}, {{vital:PEF 480}}.
Given {{dose:1.0 mL}} mixed vespid L arm, {{dose:1.0 mL}} honeybee R arm, SQ.
30 min observation: local wheal 2 cm L, none R. No systemic sx.
Carries {{drug:EpiPen}} {{dose:0.3 mg}} -- confirmed in truck today, exp 11/2025.
Next due [[DATE:12/9]]. [[NAME:Beau]] asked to move to q6 wk in year 4 -- discuss w/ Dr. [[NAME:Ty Whitfield]]
[[NAME:KV]], LPN
""", summary="""
[[NAME:Beau Carter]] received his venom immunotherapy maintenance doses with only a small local reaction. His next dose is due [[DATE:12/9]].
"""),

    dict(style="penicillin_allergy_eval", note="""
PENICILLIN ALLERGY EVALUATION
Reported hx: childhood rash with {{drug:amoxicillin}}, details unknown. No hx of {{eponym:Stevens-Johnson}} syndrome / TEN, DRESS, serum sickness, or organ involvement.
{{score:PEN-FAST 0}} -- very low risk.
Direct oral challenge: {{drug:amoxicillin}} {{dose:500 mg}} PO, observed 60 min.
Baseline {{vital:BP 122/78}}, {{vital:HR 76}}, {{vital:SpO2 99%}}. At 60 min {{vital:BP 120/76}}, {{vital:HR 74}}.
No urticaria, angioedema, wheeze, or GI sx.
Outcome: tolerated. Penicillin allergy label removed from the EHR; wallet card given.
May receive penicillins and cephalosporins (incl {{drug:Keflex}}) in the future. Updated Surescripts allergy list.
""", summary="""
A low-risk reported penicillin allergy ({{score:PEN-FAST 0}}) was disproved by a direct oral amoxicillin challenge, and the allergy label was removed.
"""),

    dict(style="allergy_portal_message", note="""
Patient message -- [[DATE:6/18/2025]] 07:52
"hi po, this is [[NAME:tess]]. my {{drug:xolair}} shipment from Accredo didnt come and my shot is friday [[DATE:june 20]].
i already called and talked to [[NAME:kristine]] but no callback yet. my hives are back, took 4 {{drug:allegra}} yesterday.
can i still come friday? my supervisor mr. [[NAME:hwang]] needs to know by today if i am leaving early. salamat
- [[NAME:tess v]]"
---
RN reply [[DATE:6/18]]: Called Accredo, shipment ref [[MRN:AC-55120983]] delayed by carrier, now arriving [[DATE:Thurs 6/19]].
Keep appt [[DATE:6/20]] 3:30 PM. OK to continue {{drug:fexofenadine}} {{dose:180 mg}} up to 2 tabs bid until then.
Pt: [[NAME:VILLANUEVA-AQUINO, MARIA TERESA]]   MRN [[MRN:1002238741]]
[[NAME:June Obispo]], RN
""", summary="""
[[NAME:Maria Teresa Villanueva-Aquino]] reported a delayed {{drug:Xolair}} shipment and recurrent hives on [[DATE:6/18/2025]]. The nurse confirmed delivery for [[DATE:6/19]] and kept her [[DATE:6/20]] appointment.
"""),

    dict(style="ent_referral_letter", note="""
Buena Vista Family Practice
[[ADDRESS:2250 W Vine St, Suite 110, Kissimmee, FL 34741]]
Tel [[PHONE:(407) 846-2290]]   Fax [[PHONE:(407) 846-2291]]

[[DATE:November 4, 2024]]

Dear Dr. [[NAME:Iturralde]],

Re: [[NAME:Wilfredo Cintrón Acevedo]]   DOB [[DATE:7/15/1958]]   Medicaid ID [[MRN:8823410975]]

I am referring [[NAME:Wilfredo]] for evaluation of a firm, non-tender L neck mass present for 6 weeks, with new hoarseness
and otalgia. He smoked 40 pack-years and still uses about half a pack daily. CT neck with contrast at Osceola Imaging
([[DATE:10/30/24]]) showed a 2.8 cm necrotic level IIA node; no primary identified. Fine-needle aspiration not yet done.
He has COPD on {{drug:Trelegy}} and HTN on {{drug:amlodipine}} {{dose:10 mg}}. {{lab:Cr 1.1}}.
His daughter-in-law [[NAME:Keila]] coordinates his appointments: [[PHONE:321-557-0843]]. He prefers Spanish.
I hope you can see him soon given the concern for malignancy.

Sincerely,
[[NAME:Hope Marrero-Lind]], MD
""", summary="""
Dr. [[NAME:Marrero-Lind]] referred [[NAME:Wilfredo Cintrón Acevedo]] on [[DATE:November 4, 2024]] for a 6-week left neck mass with a necrotic level IIA node on CT, concerning for malignancy in a heavy smoker.
"""),
]
