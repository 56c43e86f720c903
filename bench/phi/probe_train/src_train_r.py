"""Hand-written training notes, part r: occupational health and workers' compensation, sports medicine, travel
clinic, student health, pre-employment and DOT physical notes."""

NOTES = [
    dict(style="workers_comp_initial", note="""
WORKERS' COMPENSATION -- INITIAL VISIT
Employee: [[NAME:Yordan Céspedes Lima]]     EE ID [[MRN:E-204417]]     DOB [[DATE:12/02/1990]]
Employer: Gulfline Distribution (warehouse, [[ADDRESS:Doral]])     Claim # [[MRN:WC-25-0381774]]
DOI [[DATE:03/03/2025]] approx 14:20. Lifting 60-lb cases off a pallet, twisted and felt a pull in the low back.
Reported to [[NAME:Nestor Alfonso]] the same shift; incident report filed. [[NAME:Yordan]] prefers Spanish - visit done in Spanish.
No radiation, no numbness/weakness, no bowel or bladder change. No prior back claims.
Exam: paraspinal spasm L4-S1 bilat, flexion 40 deg, SLR neg bilat, strength 5/5, DTRs 2+ symmetric. {{eponym:Waddell}} signs 0/5.
Dx: lumbar strain, work-related.
Plan: {{drug:naproxen}} {{dose:500 mg}} bid with food, {{drug:cyclobenzaprine}} {{dose:5 mg}} qhs, PT 2x/wk x 3 wk.
Work status: modified duty -- no lifting > 15 lb, no repetitive bending, sit/stand as needed, through [[DATE:3/17/25]].
Adjuster [[NAME:Kimberly Sowell]], [[PHONE:855-210-4471 x3308]]. Recheck 1 wk.
""", summary="""
[[NAME:Yordan Céspedes Lima]] sustained a work-related lumbar strain lifting cases on [[DATE:03/03/2025]] (claim [[MRN:WC-25-0381774]]). He was placed on modified duty with NSAIDs, a muscle relaxant and physical therapy.
"""),

    dict(style="workers_comp_followup_lowercase", note="""
wc f/u [[DATE:4.22.25]]
[[NAME:josé]] "[[NAME:pepe]]" [[NAME:ramírez tejeda]], claim [[MRN:2025-WC-0092213]], emp id [[MRN:TCP-88107]]
[[NAME:mike price]] called this am asking if he can go back on the deboning line
lac l index finger (knife) on [[DATE:4/8]], 2.5 cm volar, repaired w/ 5-0 nylon x 6 in ed
today: sutures removed, healed, no erythema. fdp/fds intact, sensation intact, 2pd 5 mm. grip 38 kg l vs 44 r
pain 1/10, off {{drug:ibuprofen}}
rtw full duty [[DATE:4/23]] w/ cut-resistant glove, employer says no issue w/ the price of the gloves
case mgr [[NAME:lupe]] at [[PHONE:479-633-1280]] updated, ok to close case if no issues at 2 wk
[[NAME:pepe]] is happy, wants the overtime back
-[[NAME:dlh]] pa-c
""", summary="""
[[NAME:José Ramírez Tejeda]] had sutures removed from a healed work-related left index finger laceration on [[DATE:4.22.25]]. He returns to full duty on [[DATE:4/23]] with a cut-resistant glove.
"""),

    dict(style="work_status_report_form", note="""
DWC FORM-073  WORK STATUS REPORT
Injured employee: [[NAME:MORALES, GUADALUPE]]     SSN (last 4): [[SSN:6620]]     DOB [[DATE:1975-10-09]]
Employer: Bexar Tile & Stone     Carrier: Texas Mutual     Claim # [[MRN:99420183-TM]]     Policy # [[MRN:TSF-0001188204]]
Date of injury: [[DATE:Jan. 6, 2025]]     Date of this visit: [[DATE:Feb. 3, 2025]]
Dx: R shoulder rotator cuff strain (S46.011A)
[X] Employee will be able to return to work with restrictions from [[DATE:2/3/2025]] through [[DATE:3/3/2025]]:
    - no overhead reaching R arm; no lifting > 10 lb R; no ladders
[ ] Allowed to return to work without restrictions
Next visit: [[DATE:2/24/2025]] 9:40 AM
Doctor: [[NAME:Bernardo Quintanilla]], MD     TX lic [[MRN:R4417]]
Copies: [[NAME:Guadalupe]]; [[NAME:Tammy Hunter]] (HR); [[NAME:R. Lozano]], fax [[PHONE:512-404-7716]]
""", summary="""
[[NAME:Guadalupe Morales]] has a right rotator cuff strain from [[DATE:Jan. 6, 2025]] and is restricted from overhead reaching and lifting over 10 lb through [[DATE:3/3/2025]].
"""),

    dict(style="employee_health_bbf_exposure", note="""
EMPLOYEE HEALTH -- BLOOD/BODY FLUID EXPOSURE
Employee: [[NAME:Marites Gatchalian]], RN, 5 West     Badge [[MRN:301558]]     ext [[PHONE:4-7721]]
Exposure [[DATE:Fri 09/12/2025]] ~02:15: hollow-bore needlestick L thumb while disposing of a {{drug:heparin}} SQ syringe; gloves on.
Washed with soap and water immediately. Reported to [[NAME:Darnell]] (charge), who obtained source consent.
Source pt MRN [[MRN:8127745]]: rapid HIV Ag/Ab neg, HCV Ab neg, HBsAg neg.
Employee: anti-HBs {{lab:142 mIU/mL}} (immune). Baseline HIV/HCV drawn.
PEP not indicated. Safety event #SE-2025-3317 entered.
F/u HCV Ab/RNA at 6 wk and 6 mo per protocol. [[NAME:Marites]] declined EAP referral; ok to finish shift.
[[NAME:Lin Yu]], NP -- Employee Health
""", summary="""
[[NAME:Marites Gatchalian]], RN, had a needlestick on [[DATE:09/12/2025]] from a source who tested negative for HIV, HCV and HBV. She is hepatitis B immune, PEP was not needed, and HCV follow-up testing was scheduled.
"""),

    dict(style="respirator_clearance", note="""
OSHA RESPIRATOR MEDICAL EVALUATION
Appendix C questionnaire reviewed. No hx of seizures, claustrophobia, angina, arrhythmia, or asthma. Non-smoker.
Current meds: none.
Spirometry: {{lab:FEV1 3.62 L}} (98% pred), {{lab:FVC 4.41 L}}, {{lab:FEV1/FVC 0.82}}.
{{vital:BP 124/78}}, {{vital:HR 66}}, {{vital:SpO2 98%}}.
Cleared for N95 filtering facepiece and half-face elastomeric (P100) respirators, no restrictions. Not evaluated for SCBA.
Qualitative fit test: 3M 1870+ standard, Bitrex -- PASS all exercises.
Re-evaluate annually or with any change in health status.
""", summary="""
Respirator medical evaluation with normal spirometry cleared the employee for N95 and half-face P100 respirators, and the qualitative fit test was passed.
"""),

    dict(style="hearing_conservation_sts", note="""
HEARING CONSERVATION -- ANNUAL AUDIOGRAM REVIEW
[[NAME:Rex Two Bulls]]     Emp # [[MRN:0048812]]     Dept: stamping, Line 3     Test date [[DATE:2025-05-14]]
TWA 91 dBA per IH survey. Foam plugs "most of the time". [[NAME:Two Bulls]] says the earmuffs [[NAME:Gene Cordero]] ordered don't seal over his safety glasses.
Baseline ([[DATE:2019-06-03]]) vs today: L avg shift at 2k/3k/4k = 12 dB, age-corrected 10.3 dB -> standard threshold shift L. R: no STS.
Retest [[DATE:6/11/25]] confirmed persistent STS L.
OSHA 300 recordable: yes (L ear total hearing level >= 25 dB).
Written notice to employee within 21 days. Refit with Howard Leight Max plugs + training; otoscopy clear, no cerumen.
Annual retest; ENT referral if further shift.
Reviewed by [[NAME:S. Oyelaran]], MD; audiometric tech [[NAME:Bianca Rocha]], CAOHC
""", summary="""
[[NAME:Rex Two Bulls]] has a confirmed OSHA standard threshold shift in the left ear on audiometry of [[DATE:2025-05-14]], recordable on the OSHA 300 log. He was refit with hearing protection and retrained.
"""),

    dict(style="dot_physical", note="""
DOT MEDICAL EXAMINATION (MCSA-5875) -- examiner summary
Driver: [[NAME:Lozada Figueroa, Edwin J]]     DOB [[DATE:08/19/1968]]     CDL [[MRN:L231-558-68-299-0]] (FL)
Exam date [[DATE:10/07/2024]]. Flatbed, 22 yrs. [[NAME:Rhonda]] in dispatch is waiting on the card.
Hx: HTN on {{drug:lisinopril}} {{dose:20 mg}}; DM2 on {{drug:metformin}}, no insulin. Denies daytime sleepiness. {{score:STOP-BANG 4}}.
{{vital:BP 148/92}} -> recheck {{vital:BP 138/86}}. {{vital:Pulse 78}}. Ht 5 ft 9 in, Wt 244 lb, BMI 36. Neck 18 in.
Vision: 20/25 OD, 20/20 OS with glasses; horizontal fields 85 deg each eye; recognizes red, green, amber.
Hearing: forced whisper >= 5 ft each ear.
UA: SG 1.020, protein neg, glucose 1+, blood neg.
Determination: meets standards in 49 CFR 391.41 -- 1-year certificate (HTN), corrective lenses required.
Advised sleep study given BMI and neck size; [[NAME:Edwin]] will schedule with his PCP.
ME: [[NAME:Agnes Kowalczyk]], DO     NRCME [[MRN:3847291056]]
""", summary="""
[[NAME:Edwin Lozada Figueroa]] was certified on [[DATE:10/07/2024]] for one year under DOT standards because of treated hypertension, with corrective lenses required. A sleep study was advised for possible sleep apnea.
"""),

    dict(style="dot_recert_lowercase", note="""
dot recert - [[DATE:jan 9 2025]]
[[NAME:bobby ray hollins]], {{age:58}}, otr reefer driver out of [[ADDRESS:joplin]]
[[NAME:dale cooper]] called ahead asking if [[NAME:bobby]] can run loads this week -- told him we will know after exam
osa dx on psg [[DATE:12/5/24]], {{score:ahi 34}}. cpap started [[DATE:12/20]]. resmed airsense download: 22/30 nights >= 4 h (73%), avg 5.4 h, residual ahi 2.1
meets fmcsa compliance threshold (>= 70% of nights >= 4 h).
{{vital:bp 132/84}}, {{vital:hr 72}}, bmi 38. vision 20/20 ou uncorrected. whisper ok.
no insulin, no seizures, no narcotics.
cert issued x 1 yr (osa treated, compliance documented) -- must bring download to next exam
[[NAME:bobby]] states he uses it in the sleeper berth w/ inverter. will send copy of card to [[NAME:cooper]] per pt request
-[[NAME:a kowalczyk]] do
""", summary="""
[[NAME:Bobby Ray Hollins]], {{age:58}}, a long-haul driver with obstructive sleep apnea ({{score:AHI 34}}) and documented CPAP compliance, was recertified on [[DATE:jan 9 2025]] for one year.
"""),

    dict(style="preplacement_health_assessment", note="""
PRE-PLACEMENT HEALTH ASSESSMENT
New hire: [[NAME:Jhoanna Mae Pangilinan]]     Employee ID [[MRN:1120457]]     Position: RN, NICU     Start [[DATE:8/11/2025]]
Immunizations: MMR x2 documented; varicella IgG positive; Tdap 03/2021.
Hep B: 3-dose series as student, anti-HBs {{lab:8 mIU/mL}} (non-immune) -> booster given today, recheck titer in 1-2 mo.
TB: {{lab:QuantiFERON-TB Gold Plus negative}} ([[DATE:7/28/25]]). BCG as infant in [[ADDRESS:Pampanga]]; no symptoms.
Influenza: will receive with fall campaign.
Physical abilities: lift 50 lb floor to waist -- passed. {{eponym:Ishihara}} plates 14/14.
Latex: no allergy. 10-panel urine drug screen negative (MRO verified).
Cleared for duty, no restrictions. [[NAME:Corazon]] "[[NAME:Cora]]" [[NAME:Lim]] (nurse manager) notified through HR.
Reviewed by [[NAME:T. Halvorsen]], RN, COHN
""", summary="""
[[NAME:Jhoanna Mae Pangilinan]] was cleared for her NICU nursing position starting [[DATE:8/11/2025]] with a negative QuantiFERON. She received a hepatitis B booster for a non-immune titer.
"""),

    dict(style="preemployment_police_candidate", note="""
PRE-EMPLOYMENT MEDICAL EVALUATION -- POLICE OFFICER CANDIDATE
Candidate: [[NAME:Tatiana Ferreira-Lopes]]     Applicant # [[MRN:PD-APP-25-0417]]     DOB [[DATE:3 June 1997]]
Home: [[ADDRESS:1710 Martin Luther King Jr Blvd, Apt 4C, Newark, NJ 07102]]     Cell [[PHONE:973-381-0526]]
Hx: ACL reconstruction L 2016 (college volleyball), full return. Asthma as child, no inhaler > 10 yrs.
Spirometry normal, {{lab:FEV1 102%}} pred. Methacholine not indicated.
{{vital:BP 112/70}}, {{vital:HR 58}}. Vision 20/15 OU uncorrected, color normal. Audiogram WNL 500-6000 Hz.
Knee: stable {{eponym:Lachman}}, full ROM, single-leg hop symmetric.
Physical agility per Cooper Institute standards: passed (1.5 mi run 12:41, push-ups 31).
Psych eval done separately by department contractor.
Medically qualified, no restrictions. Results sent to Sgt. [[NAME:Luis Carrasquillo]], background investigations.
""", summary="""
[[NAME:Tatiana Ferreira-Lopes]] was found medically qualified without restrictions for police officer employment, including a stable reconstructed left knee and normal spirometry.
"""),

    dict(style="mro_verification", note="""
MRO VERIFICATION -- DOT/non-DOT: non-DOT (company policy)
Donor: [[NAME:Dariel Montes de Oca]]     CCF # [[MRN:1203448731]]     Specimen ID [[MRN:A7719034]]     Collected [[DATE:11-18-2024]]
Lab: amphetamine positive, d-amphetamine 1,480 ng/mL (cutoff 500 confirm).
Donor interview by phone [[DATE:11/20/2024]] 10:05; identity verified by DOB and SSN last 4 [[SSN:4102]].
Donor reports {{drug:Adderall XR}} {{dose:20 mg}} daily prescribed by [[NAME:Whitney Sloane]], PA.
Verified with Walgreens #04417 -- [[NAME:Imani]] (pharmacist) confirmed fill [[DATE:11/2]] for a 30-day supply.
Verified result: NEGATIVE (legitimate medical explanation). No safety concern reported.
Result reported to DER [[NAME:Colleen Baker]], [[PHONE:(216) 470-3382]], [[DATE:11/20/2024]] 10:40.
[[NAME:Harold Ng]], MD, MRO
""", summary="""
A positive amphetamine screen for [[NAME:Dariel Montes de Oca]] collected [[DATE:11-18-2024]] was verified as negative after a valid {{drug:Adderall XR}} prescription was confirmed, and reported to [[NAME:Colleen Baker]].
"""),

    dict(style="sports_med_acl", note="""
SPORTS MEDICINE CLINIC
[[NAME:Isabela Moura Carvalho]], {{age:20}}, women's soccer, defender. Student-athlete ID [[MRN:SA-24-1187]].
Injury [[DATE:Sat Sept 6]] in conference match: planted L foot to cut, felt a pop, immediate swelling, unable to continue.
Exam: 2+ effusion, {{eponym:Lachman}} 2B soft endpoint, pivot shift +, anterior drawer +, {{eponym:McMurray}} equivocal lateral. MCL/LCL stable.
MRI [[DATE:9/9]]: complete ACL tear; bone bruises LFC and posterolateral tibial plateau; lateral meniscus posterior horn tear.
Plan: prehab 2-3 wk (quad activation, full extension), then ACL reconstruction -- BTB vs quad tendon autograft with Dr. [[NAME:Amaral]].
[[NAME:Brooke Winters]] and [[NAME:Luis]] (AT) updated with her permission: out for the season.
Parents live in [[ADDRESS:Belo Horizonte]]; video call with dad [[NAME:Marcelo]] in Portuguese, [[NAME:Isa]] translating.
Crutches, hinged brace locked in extension for ambulation, {{drug:naproxen}} {{dose:500 mg}} bid prn.
""", summary="""
[[NAME:Isabela Moura Carvalho]], a {{age:20}}-year-old soccer player, tore her left ACL and lateral meniscus on [[DATE:Sept 6]]. She will do prehab and then ACL reconstruction and is out for the season.
"""),

    dict(style="concussion_clinic", note="""
Concussion clinic f/u     [[DATE:Mon 10/13]]
[[NAME:Mateo Irizarry]], {{age:16}}, WR, helmet-to-helmet hit [[DATE:Fri 10/10]], brief confusion, no LOC. Mom [[NAME:Damaris]] here.
Sx: headache, light sensitivity, trouble focusing in class. {{score:SCAT5 symptom severity 22}} (day 1: 41).
VOMS: provokes headache w/ convergence and VOR. BESS 14 errors. Neuro exam nonfocal.
ImPACT: verbal memory 71 (baseline 88), reaction time 0.71 (baseline 0.58).
Plan: relative rest 24-48 h then light walking; screen time limited; no driving yet.
Return to learn: half days x 1 wk, no tests, extra time, notes provided. Letters emailed to [[NAME:Carla Bishop]] and [[NAME:Terrence King]].
Return to play only after symptom-free and back to full school load; then 5-step graduated protocol with [[NAME:Sunny Oh]], ATC.
Coach [[NAME:Ybarra]] informed no practice, including film sessions in the dark room, until cleared.
RTC 1 wk. [[NAME:Mateo]] and [[NAME:Damaris]] verbalized understanding.
""", summary="""
[[NAME:Mateo Irizarry]], {{age:16}}, has a sports-related concussion from [[DATE:10/10]] with ongoing symptoms and reduced ImPACT scores. School accommodations were provided and he is held from play until symptom-free.
"""),

    dict(style="preparticipation_physical", note="""
PREPARTICIPATION PHYSICAL EVALUATION (PPE, 5th ed.)
Sport: wrestling. History form reviewed with parent: no exertional syncope or chest pain, no FHx of sudden death < 50, no {{eponym:Marfan}} features.
{{vital:BP 116/70}}, {{vital:HR 62}}. Ht 170 cm, Wt 68.2 kg. Skinfold body fat 9.8%; minimum weight per NFHS calculator submitted.
Cardiac: no murmur supine, standing, or with {{eponym:Valsalva}}.
Skin: no tinea corporis, herpes gladiatorum, or impetigo.
Vision 20/20 OU. MSK screen normal; no inguinal hernia. Single testicle: no.
Cleared for all sports without restriction.
""", summary="""
A preparticipation physical for wrestling was normal, including a cardiac exam without murmur and a clear skin check. The athlete was cleared without restriction.
"""),

    dict(style="sports_med_shoulder", note="""
Sports Med -- shoulder
[[NAME:Mason Brennan-Hayes]]  {{age:19}}  M  club rugby  DOB [[DATE:04.11.2006]]  MRN [[MRN:00-581-2274]]
R anterior shoulder dislocation [[DATE:Sunday 3/16]] in a tackle, reduced on the sideline by [[NAME:Sunny Oh]], ATC; it was sunny and the pitch dry per pt.
2nd lifetime dislocation (first at 17, skiing).
Exam: apprehension +, relocation +, sulcus neg. Axillary n. sensation intact, deltoid 5/5.
XR: {{eponym:Hill-Sachs}} lesion, no fracture. MR arthrogram: anterior labral tear ({{eponym:Bankart}}), glenoid bone loss est 12%.
Plan: sling 1 wk for comfort, PT; given recurrence and age, surgical stabilization discussed with [[NAME:Fatima Okoro-Silva]], MD.
He works summers as a stone mason's laborer -- no heavy overhead lifting until cleared.
[[NAME:Mason]] will decide after his dad [[NAME:Rick]] joins the next visit.
""", summary="""
[[NAME:Mason Brennan-Hayes]], {{age:19}}, had a second right anterior shoulder dislocation on [[DATE:3/16]] with {{eponym:Hill-Sachs}} and {{eponym:Bankart}} lesions. Surgical stabilization was discussed.
"""),

    dict(style="sports_med_stress_fracture", note="""
SPORTS MEDICINE NOTE
Distance runner, 6 wk progressive anterior shin pain L, now with walking; focal tenderness mid-anterior tibia; hop test positive.
MRI: grade 4 stress fracture mid-anterior tibial cortex ("dreaded black line" on XR).
High-risk site. RED-S screen: amenorrhea x 5 mo, {{lab:ferritin 11}}, {{lab:vitamin D 18}}, low energy availability on food log.
DEXA: lumbar Z-score -1.6.
Plan: non-weight-bearing in CAM boot x 4-6 wk, {{drug:ergocalciferol}} {{dose:50,000 IU}} weekly, {{drug:ferrous sulfate}} {{dose:325 mg}} qod.
Dietitian and sport psychology referral; gradual return-to-run only after pain-free hopping and imaging healing.
Ortho consult for possible intramedullary nailing if not healing by 3 mo.
""", summary="""
A distance runner has a high-risk anterior tibial stress fracture with features of relative energy deficiency in sport. She was placed non-weight-bearing with nutrition, vitamin D and iron treatment.
"""),

    dict(style="travel_consult_vfr", note="""
TRAVEL MEDICINE CONSULT                                       [[DATE:02-Apr-2025]]
Traveler: [[NAME:Rodel Sarmiento Magbanua]]     DOB [[DATE:1982/07/30]]     MRN [[MRN:7719004213]]
Itinerary: [[ADDRESS:Manila]] -> [[ADDRESS:Iloilo]] -> rural [[ADDRESS:Sibalom, Antique]], departs [[DATE:April 26]], back [[DATE:May 24]]. VFR, staying with his mother on a rice farm.
Travelling with wife [[NAME:Angelica]] and kids [[NAME:Jun]] ({{age:9}}) and [[NAME:Ysabel]] ({{age:6}}) -- kids seen by their pediatrician.
Hx: well; {{drug:lisinopril}} {{dose:10 mg}}. Prior vaccines: hep B series, Tdap 2022.
Given today: hep A #1, typhoid Vi IM. JE ({{drug:Ixiaro}}) #1 today, #2 [[DATE:4/9]] -- rural rice-growing area, > 1 month.
Rabies PrEP discussed: dogs on the farm; he may defer. Malaria: no chemoprophylaxis (itinerary outside Palawan).
Dengue and mosquito precautions (DEET/picaridin). TD self-treatment: {{drug:azithromycin}} {{dose:1 g}} x1.
Questions: [[NAME:Rodel]] asked if Lola [[NAME:Pacita]] can get her flu shot here while visiting -- not our patient, advised local RHU.
[[NAME:Grace Abenojar]], PharmD, travel clinic
""", summary="""
[[NAME:Rodel Sarmiento Magbanua]] received hepatitis A, typhoid and Japanese encephalitis vaccines on [[DATE:02-Apr-2025]] before a family visit to the rural Philippines. No malaria prophylaxis was needed.
"""),

    dict(style="travel_consult_student_group", note="""
travel clinic -- student group trip
[[NAME:Kaya Redhorse]], {{age:20}}, sophomore, biology field course: [[ADDRESS:Manaus]] (Amazon lodge) then [[ADDRESS:Cusco]] / Machu Picchu, [[DATE:May 18]] to [[DATE:June 8]].
trip leader [[NAME:Hank Pruitt]] emailed the itinerary from [[EMAIL:hpruitt@bio.lakeshore.edu]]
no allergies. {{drug:sertraline}} {{dose:50 mg}}. no prior yellow fever vaccine.
given: yellow fever ({{drug:Stamaril}}) -- ICVP completed and signed. typhoid oral ({{drug:Vivotif}}) dispensed, finish 1 wk before travel.
malaria: {{drug:Malarone}} 1 tab daily, start 2 d before Amazon, 7 d after.
altitude: {{drug:acetazolamide}} {{dose:125 mg}} bid starting day before [[ADDRESS:Cusco]]; no sulfa allergy.
rabies, leishmaniasis, and water precautions reviewed. insurance with medevac recommended.
[[NAME:kaya]] will get her hep a #2 at student health.
-- [[NAME:mfn]] RN / [[NAME:Fitzgerald]] MD
""", summary="""
[[NAME:Kaya Redhorse]] was prepared for a Brazil and Peru field course from [[DATE:May 18]] with yellow fever and typhoid vaccines, {{drug:Malarone}} for the Amazon, and {{drug:acetazolamide}} for altitude.
"""),

    dict(style="post_travel_fever", note="""
TRAVEL / ID CLINIC -- POST-TRAVEL FEVER
[[NAME:Altagracia Mejía Polanco]], {{age:47}}, back from [[ADDRESS:Santiago de los Caballeros]] on [[DATE:the 22nd]] after 3 wk visiting family.
Fever to {{vital:39.4 C}} since [[DATE:7/25]], retro-orbital headache, myalgias, fine rash on trunk today.
{{vital:BP 108/70}}, {{vital:HR 96}}. No bleeding, no abdominal pain, no vomiting.
Labs: {{lab:WBC 2.9}}, {{lab:Plt 88}}, {{lab:Hct 41}}, {{lab:AST 112}}, {{lab:ALT 96}}. Tourniquet test positive.
Dengue NS1 positive. Malaria smear neg x1 (low risk, but Dominican Republic has some transmission) -- repeat x2.
Dx: dengue without warning signs.
Plan: outpatient, oral fluids, {{drug:acetaminophen}} only (no NSAIDs), daily CBC x 3 days.
Sister [[NAME:Xiomara]] is staying with her in [[ADDRESS:Washington Heights]]; phone [[PHONE:646-528-0371]].
Works as a home health aide -- note given; reported to DOHMH.
[[NAME:Ignacio Bermúdez]], MD
""", summary="""
[[NAME:Altagracia Mejía Polanco]] has NS1-positive dengue without warning signs after returning from the Dominican Republic, with leukopenia and thrombocytopenia. She is managed as an outpatient with daily blood counts.
"""),

    dict(style="travel_consult_safari", note="""
TRAVEL CONSULT -- East Africa safari (Kenya, Tanzania), 14 days, luxury lodges + 2 nights Zanzibar.
Hx: HTN on {{drug:amlodipine}} {{dose:5 mg}}; no splenectomy, not pregnant.
Yellow fever: not required for entry from the US; low risk itinerary -- not given.
Vaccines given: hep A, typhoid Vi. Polio booster (IPV) given. Routine up to date.
Malaria: {{drug:atovaquone-proguanil}} {{dose:250/100 mg}} daily, 1-2 d before, during, 7 d after.
Insect precautions: permethrin-treated clothing, DEET 30%, tsetse avoid dark blue clothing.
TD: {{drug:azithromycin}} {{dose:1000 mg}} x1 prn. Altitude not applicable (no Kilimanjaro).
Schistosomiasis: no freshwater swimming in lakes.
""", summary="""
A pre-travel consult for an East Africa safari provided hepatitis A, typhoid and polio vaccines, atovaquone-proguanil malaria prophylaxis and insect and water precautions.
"""),

    dict(style="student_health_portal", note="""
secure msg [[DATE:10/2/24]] 23:48   from: [[NAME:kmcdonough3]]
"hi i think i have a uti again, burning + going every 20 min since this afternoon, no fever. i have the orgo midterm at 8am
and [[NAME:hensley]] doesnt do makeups. can someone just send antibiotics?? last time it was {{drug:macrobid}}. thank u
- [[NAME:kayleigh]]"
---
RN triage [[DATE:10/3]] 07:05 ([[NAME:B. Mercado]], RN): called student at [[PHONE:(802) 316-4420]], no fever, no flank pain or vaginal sx; not pregnant.
2nd UTI in 6 mo. Per standing order: {{drug:nitrofurantoin}} {{dose:100 mg}} bid x 5 d sent to campus pharmacy.
Asked to drop off UA/culture today after exam. If recurs again, visit w/ Dr. [[NAME:Santos]] for workup.
Pt: [[NAME:McDONOUGH, KAYLEIGH R]]   Student ID [[MRN:900512784]]
""", summary="""
[[NAME:Kayleigh McDonough]] messaged on [[DATE:10/2/24]] with symptoms of a recurrent uncomplicated UTI; after phone triage she was prescribed {{drug:nitrofurantoin}} and asked to give a urine culture.
"""),

    dict(style="student_health_mono", note="""
STUDENT HEALTH CENTER     [[DATE:Wednesday, February 19, 2025]]
[[NAME:Colton Price]]     Student ID [[MRN:900441275]]     {{age:19}} M, men's lacrosse (midfield)
Sore throat, fatigue x 9 days, fevers, posterior cervical LAD. Tonsillar exudate. LUQ fullness.
Monospot positive. {{lab:WBC 11.2}} with 18% atypical lymphs, {{lab:ALT 88}}, {{lab:AST 71}}.
US: spleen 14.1 cm.
Dx: infectious mononucleosis (EBV) with splenomegaly.
Plan: supportive care, {{drug:acetaminophen}}; avoid alcohol while LFTs elevated. No contact sport or heavy lifting x >= 4 wk from onset; repeat US before clearance.
Letter for [[NAME:Josh Kettering]] (he'll miss the first 3 games) and for the dean of students for class absences.
[[NAME:Colton]] asked what the price of sitting out would be for his scholarship -- referred to athletic compliance.
[[NAME:Noemí Pacheco]], NP
""", summary="""
[[NAME:Colton Price]], a {{age:19}}-year-old lacrosse player, has mononucleosis with a 14.1 cm spleen on [[DATE:February 19, 2025]]. He is out of contact sport for at least four weeks pending repeat ultrasound.
"""),

    dict(style="student_health_behavioral_triage", note="""
Student Health -- Behavioral Health Triage
[[NAME:Paloma Echevarría Soto]]   {{age:18}}   first-year   DOB [[DATE:11/23/2006]]
Walked over by [[NAME:Devin]], her RA, after roommate [[NAME:Mia]] found her crying in the stairwell.
{{score:PHQ-9 17}}, {{score:GAD-7 14}}. C-SSRS screen: passive wish to be asleep, no intent, no plan, no prior attempts.
Sleep 4 h/night, skipping meals, failing Chem 101. Homesick; family in [[ADDRESS:Ponce]], calls mom [[NAME:Iris]] daily.
Safety plan completed; 988 and campus line reviewed. Agreed to come back tomorrow.
Intake with Dr. [[NAME:Ruth Young]] scheduled [[DATE:11/6]] 2 PM; psychiatry NP eval for medication.
Academic: wants to withdraw from chem before [[DATE:Nov 8]] -- connected with [[NAME:Oliver Stroud]] in the dean's office.
[[NAME:Paloma]] agreed that [[NAME:Devin]] can check in tonight.
[[NAME:A. Whitecloud]], LCSW
""", summary="""
[[NAME:Paloma Echevarría Soto]], {{age:18}}, presented with moderately severe depression ({{score:PHQ-9 17}}) and passive death wish without intent. A safety plan was made and counseling intake set for [[DATE:11/6]].
"""),

    dict(style="immunization_compliance_hold", note="""
IMMUNIZATION COMPLIANCE -- REGISTRATION HOLD NOTICE
Student: [[NAME:Nakai Yellowhorse]]     Student ID [[MRN:A00387712]]     Housing: Brandt Hall 312
Requirement not met: MenACWY dose on or after 16th birthday (only dose on file [[DATE:09/14/2017]], age 11).
Also missing: second MMR date (record from [[ADDRESS:Shiprock]] IHS clinic shows dose 1 only).
Hold placed [[DATE:8/15/2025]]; will lift when documentation or vaccine received.
Options: MenACWY ({{drug:MenQuadfi}}) and MMR #2 at our walk-in clinic, or upload records to the portal.
Contacted by email [[EMAIL:nyellowhorse@students.lakeshore.edu]] and voicemail [[PHONE:505-368-2231]].
-- [[NAME:Fern Castillo]], immunization coordinator
""", summary="""
[[NAME:Nakai Yellowhorse]] has a registration hold placed [[DATE:8/15/2025]] for a missing MenACWY booster and a second MMR dose.
"""),

    dict(style="occ_heat_illness", note="""
OCC HEALTH / URGENT CARE -- heat illness
[[NAME:Eulogio Ventura Cruz]], {{age:39}}, strawberry harvest crew. [[NAME:Chuy Arellano]] brought him in at 14:10 on [[DATE:14 Aug]].
Cramps, headache, vomited x2 in the field; no confusion. Worked since 05:30, 3rd week of heat advisory. Drank ~2 L water only.
Interpreter (Mixteco) by phone, ID [[MRN:55102]].
{{vital:T 38.9 C}}, {{vital:HR 118}}, {{vital:BP 102/64}}, {{vital:RR 20}}. Alert and oriented, sweating.
Labs: {{lab:Na 132}}, {{lab:Cr 1.6}}, {{lab:CK 2,400}}. UA dark, SG 1.030, blood 2+ (no RBCs).
Dx: heat exhaustion with early rhabdomyolysis, AKI.
Tx: cooling, {{dose:NS 2 L IV}}, {{drug:ondansetron}} {{dose:4 mg}} ODT. Transfer to ED for CK trend and fluids.
Employer: off work until re-eval; Cal/OSHA heat illness report to Ms. [[NAME:Ortega]] (safety).
Wife [[NAME:Rufina]] notified at [[PHONE:831-720-4489]].
""", summary="""
[[NAME:Eulogio Ventura Cruz]] developed heat exhaustion with early rhabdomyolysis and acute kidney injury while harvesting on [[DATE:14 Aug]]. He was cooled, given IV fluids and transferred to the ED.
"""),

    dict(style="workers_comp_ime", note="""
INDEPENDENT MEDICAL EXAMINATION
Claimant: [[NAME:Dolores Santiago Burgos]]     DOB [[DATE:May 30, 1969]]     Claim [[MRN:LM-348-771902]]
Requested by [[NAME:Mark Bishop]], Esq., for the carrier. Exam [[DATE:April 10, 2025]]. Records reviewed: 212 pages.
DOI [[DATE:May 2, 2023]]: repetitive scanning at a distribution center -> R carpal tunnel syndrome.
EMG [[DATE:9/14/23]]: moderate R median neuropathy at wrist. R CTR by Dr. [[NAME:Hwang]] [[DATE:1/8/24]].
Current: residual numbness thumb/index, pillar pain. {{eponym:Tinel}} and {{eponym:Phalen}} negative. 2PD 6 mm. Grip 18 kg R / 26 kg L.
{{score:QuickDASH 31.8}}.
Opinion: MMI as of [[DATE:04/10/2025]]. Impairment per AMA Guides 6th ed.: 5% UE = 3% WPI.
Permanent restrictions: no forceful repetitive gripping > 4 h/shift R. Further surgery not recommended.
[[NAME:Dolores]] was cooperative; effort consistent.
[[NAME:Theodore J. Wexler]], MD, FAAOS
""", summary="""
[[NAME:Dolores Santiago Burgos]] reached maximum medical improvement on [[DATE:04/10/2025]] for right carpal tunnel syndrome after release, with a 3% whole person impairment and a permanent gripping restriction.
"""),

    dict(style="lead_surveillance", note="""
MEDICAL SURVEILLANCE -- INORGANIC LEAD (29 CFR 1910.1025)
[[NAME:ACEVEDO, MANUEL]] "[[NAME:MANNY]]"     Emp ID [[MRN:BR-07731]]     Battery recycling, smelter floor
BLL trend: {{lab:48 ug/dL}} ([[DATE:2/6/25]]), {{lab:55 ug/dL}} ([[DATE:4/3/25]]), {{lab:52 ug/dL}} (today, [[DATE:6/5/25]]). Avg of last 3 >= 50.
{{lab:ZPP 160}}, {{lab:Hgb 13.1}}, {{lab:Cr 1.0}}. {{vital:BP 138/88}}.
Sx: fatigue, constipation, irritability per wife. No wrist drop, gum line normal.
Determination: medical removal protection -- remove from lead exposure, MRP benefits apply. Return when two consecutive BLL < 40.
Employee eats lunch on the floor and smokes in the yard without washing up -- hygiene counseling given in Spanish.
Notified plant EHS [[NAME:Hector Young]] and [[NAME:Jo Ann Pike]] (HR) in writing; young kids at home -> advised BLL testing through their pediatrician.
Repeat BLL monthly. [[NAME:Manny]] understands; asked if he keeps his pay -- yes under MRP.
[[NAME:R. Salgado]], MD, MPH
""", summary="""
[[NAME:Manuel Acevedo]] had blood lead levels averaging at least 50 ug/dL through [[DATE:6/5/25]] and was placed on medical removal protection. Hygiene counseling and testing of his children were advised.
"""),

    dict(style="occ_med_fax_cover", note="""
FAX -- CONFIDENTIAL HEALTH INFORMATION
To: [[NAME:Summer Caldwell]], Gallagher Bassett          Fax [[PHONE:(866) 212-0045]]
From: Occupational Medicine, Riverbend Clinic           Ph [[PHONE:(716) 855-2301]]
Date: [[DATE:01/14/25]]          Pages (incl. cover): 5
Re: [[NAME:Faustino Rojas Batista]]     Claim [[MRN:GB-004417765]]     DOI [[DATE:12/30/24]]     Employer: Niagara Cold Storage
Enclosed: progress note [[DATE:1/13/25]]; DWC work status (modified duty); PT referral for L ankle sprain; request for authorization of MRI.
Please call [[NAME:May]] at x[[PHONE:2214]] with the authorization number; we may not schedule the MRI without it.
Note: winter hours through March -- clinic closes at 4 PM Fridays (summer hours resume in June).
If you received this in error, notify the sender and destroy all copies.
""", summary="""
A fax to adjuster [[NAME:Summer Caldwell]] on [[DATE:01/14/25]] sent records for [[NAME:Faustino Rojas Batista]]'s ankle sprain claim and requested MRI authorization.
"""),
]
