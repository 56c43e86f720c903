"""Hand-written held-out notes, part d: fertility and IVF clinic, adolescent medicine, travel and refugee health
clinic, geriatric psychiatry and long-term-care rounds."""

NOTES = [
    dict(style="fertility_ivf", note="""
REPRODUCTIVE ENDOCRINOLOGY & INFERTILITY - NEW COUPLE CONSULT
Patient: [[NAME:Núria Ferrer Puig]]     DOB [[DATE:04/30/1988]]     MRN [[MRN:9140022]]
Partner: [[NAME:Matthias Brunner]]      DOB [[DATE:09/12/1985]]     MRN [[MRN:9140023]]
Date: [[DATE:10/02/2024]]
Referred by Dr. [[NAME:Sofia Andrade]] (OB/GYN)

{{age:36}} G1P0010 (SAB at 8 wks in March 2023, no D&C). Trying since early 2023, cycles regular q28-30d, LH kits positive around CD14. No pelvic pain, no STI hx. She is from [[ADDRESS:Girona]], he from [[ADDRESS:Basel]]; both researchers, live in [[ADDRESS:Somerville]].
Her workup: {{lab:AMH 1.1}} ng/mL, AFC 9 today, CD3 {{lab:FSH 8.4}}, {{lab:E2 41}}, {{lab:TSH 1.9}}, prolactin nl. HSG [[DATE:9/20]]: bilateral spill, normal cavity.
His SA: vol 2.8 mL, {{lab:concentration 12 M/mL}}, {{lab:motility 31%}}, {{lab:morphology 3%}} ({{eponym:Kruger}} strict). Repeat SA pending. Partner reports daily cycling + hot yoga.
Expanded carrier screening: both negative except she carries a single CFTR variant; his CFTR panel negative.

Assessment: mild male factor + diminished ovarian reserve for age.
Plan discussed at length: 1-2 cycles {{drug:letrozole}} {{dose:5 mg}} + IUI reasonable, but couple prefers to proceed to IVF/ICSI given age and sperm parameters. Start OCP lead-in next cycle; antagonist protocol. Counseled re: PGT-A pros/cons. Financial counselor [[NAME:Gemma Soler]] to review coverage.
[[NAME:Elisabeth Kaufmann]], MD
""", summary="""
[[NAME:Núria Ferrer Puig]], {{age:36}}, and [[NAME:Matthias Brunner]] have mild male factor infertility and lowish ovarian reserve ({{lab:AMH 1.1}}). At their [[DATE:10/02/2024]] consult they chose to proceed directly to IVF with ICSI.
"""),

    dict(style="fertility_ivf", note="""
IVF STIM MONITORING - [[NAME:ARRIZABALAGA, ITZIAR]]    cycle # [[MRN:C24-0611]]
Protocol: antagonist. {{drug:Gonal-f}} {{dose:225 IU}} + {{drug:Menopur}} {{dose:75 IU}} qPM.

Date     | SD | E2   | LH  | Follicles (mm)                | EMT  | Plan
[[DATE:11/3]]     | 1  | 38   | 6.1 | AFC 14                        | 4.1  | start stims
[[DATE:11/7]]     | 5  | 412  | 3.8 | R 12,11,10 / L 12,11,10,9     | 7.2  | same doses
[[DATE:11/9]]     | 7  | 980  | 2.9 | R 15,14,13,12 / L 15,14,12    | 8.9  | add {{drug:Cetrotide}} {{dose:0.25 mg}}
[[DATE:11/11]]    | 9  | 1920 | 1.7 | R 18,17,16,15 / L 18,17,15    | 10.4 | {{drug:Gonal-f}} down to {{dose:150 IU}}
[[DATE:11/12]]    | 10 | 2540 | 1.2 | R 20,19,18,17 / L 20,18,17,16 | 10.8 | TRIGGER tonight

Trigger 2130: {{drug:Ovidrel}} {{dose:250 mcg}} + {{drug:leuprolide}} {{dose:1 mg}} (dual). Last {{drug:Cetrotide}} this AM.
Retrieval [[DATE:Thu 11/14]] 0730, arrive 0630, NPO after midnight, driver required.
Called pt [[PHONE:617-555-0104]] 1440, instructions read back correctly. Partner [[NAME:Unai]] will drive.
-[[NAME:MTG]] RN
""", summary="""
[[NAME:Itziar Arrizabalaga]] reached trigger on stim day 10 with about 15 mature-sized follicles and {{lab:E2 2540}}, and received a dual trigger on [[DATE:11/12]]. Egg retrieval is set for [[DATE:11/14]].
"""),

    dict(style="fertility_ivf", note="""
Oocyte retrieval - procedure note
Pt: [[NAME:Yael Mendelsohn]]    MRN [[MRN:7705138]]    DOS [[DATE:2025-01-16]]
Surgeon: [[NAME:Daniel Rosenthal]], MD    Anesthesia: [[NAME:K. Gahbow]], CRNA (MAC, {{drug:propofol}})
Embryologist: [[NAME:Unai Larrañaga]]

Trigger [[DATE:1/14]] at 2130 with {{drug:Ovidrel}} {{dose:250 mcg}}. Trigger-day {{lab:E2 4180}}.
Transvaginal US-guided aspiration with 17G single-lumen needle. R ovary 17 follicles, L 14 aspirated. 21 oocytes retrieved. Both ovaries enlarged, small amount free fluid. EBL minimal. No complications.
Partner [[NAME:Ari Mendelsohn]] provided fresh sample; ICSI per known male factor.
Post-op: {{vital:BP 112/68}}, {{vital:HR 74}}, pain 2/10. Tolerated PO. Discharged home with partner.
OHSS risk HIGH -> freeze-all, no fresh transfer. {{drug:cabergoline}} {{dose:0.5 mg}} daily x 7 d. Weigh daily, call for wt gain >2 lb/day, SOB or decreased urine.
Fertilization report call tomorrow AM.
""", summary="""
[[NAME:Yael Mendelsohn]] had 21 oocytes retrieved on [[DATE:2025-01-16]] without complications. Because of high OHSS risk all embryos will be frozen and she started {{drug:cabergoline}}.
"""),

    dict(style="fertility_ivf", note="""
FROZEN EMBRYO TRANSFER
Prep: programmed cycle, {{drug:Estrace}} {{dose:2 mg}} PO TID x 14 d; lining 9.1 mm trilaminar. PIO {{dose:50 mg}} IM daily, today P+6.
Embryo: single euploid blastocyst, day 5, grade 4AA (PGT-A 46,XX). Warmed 0815, 100% survival, fully re-expanded at 2 h.
Transfer: {{eponym:Wallace}} catheter, soft pass, no tenaculum needed, TAUS guidance, tip placed 1.5 cm from fundus. Catheter checked by embryologist - no retained embryo.
Tolerated well, mild cramping only.
Continue {{drug:Estrace}} and PIO until serum beta in 9 days. Normal activity; no hot tubs; {{drug:Tylenol}} ok for cramps, avoid NSAIDs.
""", summary="""
A single euploid day-5 blastocyst was transferred in a programmed frozen cycle without difficulty. Estrogen and progesterone continue until the pregnancy test in 9 days.
"""),

    dict(style="fertility_ivf", note="""
Beta hCG result call
[[DATE:02/27/25]] 11:20 - called pt [[NAME:Ivone Monteiro Lopes]] at [[PHONE:774-555-0138]] (cell on file, ok to leave msg). Verified name + DOB [[DATE:6/9/1990]].
{{lab:beta hCG 212}} mIU/mL (9dp5dt). Congratulated! Pt tearful/happy, husband [[NAME:Edson]] on speaker.
Plan: repeat beta [[DATE:Sat 3/1]] at the [[ADDRESS:New Bedford]] draw site, expect at least 60% rise. Continue {{drug:Prometrium}} {{dose:200 mg}} vaginally TID and {{drug:estradiol}} {{dose:2 mg}} PO BID until 10 wk.
Pt asks if ok to fly to [[ADDRESS:Praia]] in April for her grandmother's [[AGE:90th]] birthday -> advised to discuss at 6-wk US; reviewed that Zika/dengue precautions apply, will check current CDC notices.
[[NAME:Brenda Sousa]], RN
""", summary="""
[[NAME:Ivone Monteiro Lopes]] had a positive pregnancy test ({{lab:beta hCG 212}}) on [[DATE:02/27/25]] after embryo transfer. A repeat beta is due [[DATE:3/1]], and travel to [[ADDRESS:Praia]] will be discussed at the 6-week ultrasound.
"""),

    dict(style="fertility_ivf", note="""
ONCOFERTILITY CONSULT (urgent, same day)
Patient: [[NAME:Waabigwan Littlewolf]]    {{age:16}} yo F    MRN [[MRN:5520914]]    [[DATE:August 12, 2024]]
Referring: Dr. [[NAME:Eli Shapiro]], peds heme/onc
Newly diagnosed classic {{eponym:Hodgkin}} lymphoma stage IIB. Chemo planned to start [[DATE:8/20]] (gonadotoxicity moderate; higher if escalated therapy is needed).
Menarche age 12, regular cycles, {{score:Tanner 5}}. Never sexually active (confirmed privately).
Present: mom [[NAME:Charlene Littlewolf]], grandmother, and pt. Family drove down from [[ADDRESS:Cass Lake]] this morning.
Options reviewed:
 - Oocyte cryopreservation: needs ~2 wk of stimulation + transvaginal retrieval; would delay chemo ~1 wk, onc not in favor.
 - Ovarian tissue cryopreservation: laparoscopic, can be done with port placement [[DATE:8/16]]; no delay. Research-grade in some programs, now established.
 - GnRH agonist ({{drug:Lupron Depot}} {{dose:11.25 mg}}) during chemo: modest protection, also stops menses -> helpful for thrombocytopenia bleeding.
[[NAME:Waabigwan]] was quiet, then said she "wants to have kids someday, for sure." Grandmother asked that any removed tissue be handled respectfully; discussed labeling and disposition choices, including return.
Decision: ovarian tissue cryo at port placement + {{drug:Lupron}}. Medicaid ID [[MRN:03391847]] - prior auth submitted; foundation grant backup.
[[NAME:Elisabeth Kaufmann]], MD
""", summary="""
[[NAME:Waabigwan Littlewolf]], {{age:16}}, newly diagnosed with {{eponym:Hodgkin}} lymphoma, chose ovarian tissue cryopreservation at port placement on [[DATE:8/16]] plus {{drug:Lupron}} during chemotherapy. Oocyte freezing was declined because it would delay treatment.
"""),

    dict(style="adolescent_medicine", note="""
ADOLESCENT MEDICINE - WELL VISIT (CONFIDENTIAL SECTION, do not release to proxy portal)
[[NAME:Brayan Ajpop Sicajau]]    {{age:15}} yo M    DOB [[DATE:01/19/2010]]    MRN [[MRN:55-20781]]
Accompanied by uncle [[NAME:Felipe Ajpop]] (sponsor/guardian since arrival as unaccompanied minor). Uncle stepped out for HEADSS. Interview in Spanish; pt's first language is K'iche'.
H: lives with uncle, aunt and 3 cousins, 2BR apt in [[ADDRESS:Lake Worth]]. Mom and sisters in [[ADDRESS:Santa Cruz del Quiché]]; talks to mom on WhatsApp Sundays.
E: 9th grade, ESL classes. Likes math. Missing school Fridays.
A: works Fri-Sun with a landscaping crew (paid cash) to send money home; plays fútbol when he can.
D: denies alcohol, vapes "sometimes" with coworkers. {{score:CRAFFT 1}}.
S: not sexually active.
S: {{score:PHQ-A 11}}. Sleep poor, misses family, "too much thinking." Denies SI/HI. Past trauma on the journey north - did not want to talk details today.
Safety: no helmet/eye protection on the job, uses mowers and blowers.
Plan: discussed that he has a right to school; connect with school social worker Ms. [[NAME:Faith Okonkwo]]; referral to the bilingual trauma-informed therapist; labor rights info in Spanish; HPV #2, MenACWY given. F/u 4 wk for mood.
""", summary="""
At his well visit, [[NAME:Brayan Ajpop Sicajau]], {{age:15}}, screened with moderate depressive symptoms ({{score:PHQ-A 11}}) without suicidal ideation, and he works weekends in landscaping and misses school. He was referred to a school social worker and a trauma-informed therapist.
"""),

    dict(style="adolescent_medicine", note="""
Adol Med - eating disorder f/u    [[DATE:12/20/2024]]
[[NAME:Grace Winter]], {{age:16}}F, restrictive AN, wk 6 of FBT. Mom [[NAME:Laura]] present for first half, then seen alone.
Wt 44.2 kg (+0.6 from [[DATE:12/13]]), 86% mBMI.
Orthostatics: lying {{vital:HR 52}} {{vital:BP 94/58}} -> standing {{vital:HR 79}} {{vital:BP 90/60}}. Temp 35.9 oral.
Labs [[DATE:12/18]]: {{lab:K 3.6}}, {{lab:phos 3.1}}, {{lab:Mg 1.9}}, {{lab:glucose 71}}. ECG: sinus brady 50, {{lab:QTc 412}}.
Alone: says winter break "is going to be awful with all the food" - cousins visiting, holiday cookie baking is a family thing. Admits to walking laps in her room at night. No purging, no laxatives.
[[NAME:Grace]] asked if she can still go to the swim meet in January -> not until HR lying >50 consistently and weight up another 1 kg.
A/P: medically stable for outpatient, no admission criteria met today. Continue FBT with Dr. [[NAME:Sarah Levitt]]; RD [[NAME:Marisol Chicas]] to add 300 kcal/day snack. Recheck wt/vitals 1 wk. Reviewed admission criteria with mom.
""", summary="""
[[NAME:Grace Winter]], {{age:16}}, with restrictive anorexia nervosa, gained 0.6 kg and remains medically stable for outpatient family-based treatment on [[DATE:12/20/2024]]. Calories will increase and she is cleared for swimming only after further gains.
"""),

    dict(style="adolescent_medicine", note="""
PROCEDURE: {{drug:Nexplanon}} insertion, L arm
Pt: [[NAME:Dayana Zelaya Bonilla]]    DOB [[DATE:5-14-2008]]    Enc [[MRN:880213467]]
Date: [[DATE:9-30-2024]]
{{age:16}} yo G0 requesting LARC. Minor consenting for her own contraceptive care per state law; visit confidential.
Urine hCG neg. LMP [[DATE:9/22]] (day 9 of cycle).
Counseled: irregular bleeding most common side effect, effective 3 yrs (may use up to 5), removal any time, does not protect against STIs. Questions answered; consent signed.
Site: L inner upper arm, 8-10 cm proximal to medial epicondyle, over triceps. Cleansed with chlorhexidine. Lidocaine 1% {{dose:3 mL}} local. Implant inserted per manufacturer technique without difficulty. Palpated by provider and pt. Steri-strip + pressure dressing x 24 h.
Back-up method x 7 days. Condoms for STI prevention. GC/CT urine NAAT sent.
Preferred contact: her own cell [[PHONE:(954) 555-0127]], TEXT only - do NOT call home line.
[[NAME:J. Portillo]], NP
""", summary="""
[[NAME:Dayana Zelaya Bonilla]], {{age:16}}, had a {{drug:Nexplanon}} implant placed in the left arm on [[DATE:9-30-2024]] with confidential consent. She should use back-up contraception for 7 days, and STI testing was sent.
"""),

    dict(style="adolescent_medicine", note="""
ADOLESCENT / ENDOCRINE CONSULT
[[NAME:Hofbauer, Lukas]]    DOB [[DATE:3.11.2009]]    MRN [[MRN:70026651]]    seen [[DATE:14 Feb 2025]]
CC: "I'm the shortest in my grade." {{age:15}} yo M, otherwise healthy, plays hockey.
Ht 152.1 cm (3rd %ile), wt 40 kg. Growth velocity 4 cm/yr.
Exam: testes 4 mL bilat, {{score:Tanner 2}} genital / {{score:Tanner 2}} pubic hair. No gynecomastia. Smell intact to alcohol pad and coffee ({{eponym:Kallmann}} less likely). No midline defects.
FHx: father [[NAME:Stefan]] was a "late bloomer," grew 10 cm after he finished school in [[ADDRESS:Innsbruck]]. Mother [[NAME:Andrea Hofbauer-Pichler]] menarche at 14. MPH 178 cm.
Bone age ({{eponym:Greulich and Pyle}}): 13 yr. Labs: {{lab:LH 0.6}}, {{lab:FSH 2.1}}, {{lab:testosterone 38}} ng/dL, IGF-1 and TSH normal, celiac screen negative.
Impression: constitutional delay of growth and puberty, most likely.
Plan: options reviewed with [[NAME:Lukas]] and his mom - watchful waiting vs short course low-dose {{drug:testosterone cypionate}} {{dose:50 mg}} IM monthly x 3-6 mo. [[NAME:Lukas]] wants treatment before hockey season. Start after shared decision visit in 2 wk; repeat labs [[DATE:3/1]].
[[NAME:Heidi Gruber-Lang]], MD
""", summary="""
[[NAME:Lukas Hofbauer]], {{age:15}}, most likely has constitutional delay of growth and puberty ({{score:Tanner 2}}, bone age 13 years). A short course of low-dose testosterone is being considered, with repeat labs on [[DATE:3/1]].
"""),

    dict(style="adolescent_medicine", note="""
Patient portal message
From: [[NAME:Chelsea O'Connell]] (proxy, mother of [[NAME:Aiden O'Connell]])
To: Adolescent Medicine pool
Sent: [[DATE:Mon 4/14/2025]] 9:52 PM
Subject: school form + the acne med

Hi Dr. [[NAME:Kaplan]], [[NAME:Aiden]] needs the inhaler form filled out for his new school, we moved to [[ADDRESS:Chelsea]] last month. Also is he supposed to get blood drawn again before the next {{drug:Accutane}} pickup? The pharmacy said iPLEDGE was "locked". Can you email me the form at [[EMAIL:chelsea.oconnell77@yahoo.com]] so I can print it at work. Thanks, [[NAME:Chelsea]]

Reply [[DATE:4/15/2025]] 8:10 AM:
Hi Ms. [[NAME:O'Connell]], the asthma action plan/inhaler form is attached in the portal (we can't send it by regular email). [[NAME:Aiden]]'s monthly lab is due - order is in, any of our labs, no fasting needed. Once results post I'll confirm in iPLEDGE and the lock will clear; he also needs to answer his monthly iPLEDGE questions himself. - [[NAME:R. Kaplan]], MD
""", summary="""
[[NAME:Chelsea O'Connell]] asked on [[DATE:4/14/2025]] for a school inhaler form and about labs for [[NAME:Aiden O'Connell]]'s {{drug:Accutane}}. Dr. [[NAME:Kaplan]] posted the form in the portal and ordered the monthly lab to clear the iPLEDGE lock.
"""),

    dict(style="adolescent_medicine", note="""
Adol clinic - confidential visit
{{age:17}} yo F presents alone requesting EC and STI testing. Unprotected intercourse ~36 h ago (condom broke). LMP 2 wk ago, regular.
Given {{drug:levonorgestrel}} {{dose:1.5 mg}} PO, observed in clinic. Discussed {{drug:ella}} ({{drug:ulipristal}} {{dose:30 mg}}) as more effective at this point in the cycle; not in stock today, pt preferred not to wait for pharmacy.
NAAT GC/CT/trich (vaginal, self-swab), HIV 4th gen, RPR drawn. HPV #3 given today.
Screened: no coercion, partner same age, relationship "chill," feels safe at home. {{score:CRAFFT 0}}. {{score:PHQ-2 0}}.
Counseled on LARC and the pill; wants to think about it. Condoms given.
Billed under confidential Title X, no EOB to parent. Results by text to pt's own phone.
""", summary="""
A {{age:17}}-year-old seen confidentially received {{drug:levonorgestrel}} emergency contraception, STI testing and her third HPV dose. She will consider longer-term contraception.
"""),

    dict(style="refugee_health", note="""
REFUGEE/IMMIGRANT HEALTH - INITIAL DOMESTIC SCREENING
Name: [[NAME:CHUMIL TUYUC, ELENA]]    A# [[MRN:A219-447-806]]    MRN [[MRN:1188430]]
DOB: [[DATE:15-08-1979]] (per I-94; pt unsure of exact day, celebrates on [[DATE:Aug 15]])
US arrival: [[DATE:2024-12-02]]
Language: Kaqchikel (primary), limited Spanish. Interpreter [[NAME:Baltazar Saquic]] via phone, ID #[[MRN:40217]].
Household screened today: pt, husband [[NAME:Marcos Quiej]], children [[NAME:Ixmukane]] ({{age:12}}) and [[NAME:B'alam]] ({{age:9}}).
Staying with cousin at [[ADDRESS:2211 W Lincoln Ave Apt 3, Anaheim, CA 92801]].

Pt findings:
- Strongyloides IgG positive, {{lab:eosinophils 11%}} -> {{drug:ivermectin}} {{dose:200 mcg/kg}} daily x 2 d
- {{eponym:Chagas}} serology (T. cruzi IgG): pending
- QFT positive, CXR clear, no symptoms -> LTBI: {{drug:rifampin}} {{dose:600 mg}} daily x 4 mo, LFTs baseline nl
- HBsAg neg, anti-HBc neg, anti-HBs neg -> HepB series started
- {{lab:Hgb 10.9}}, MCV 72 -> iron studies, stool O&P x3
- {{vital:BP 142/90}}, repeat {{vital:BP 138/88}} -> recheck
- {{score:RHS-15 14}} (positive) -> behavioral health warm handoff, declined today, open to revisit
Kids: lead levels and full panel drawn, catch-up vaccines per CDC schedule.
Caseworker [[NAME:Rebecca Díaz]], resettlement agency [[PHONE:714-555-0176]].
""", summary="""
At domestic screening, [[NAME:Elena Chumil Tuyuc]] had positive Strongyloides serology treated with {{drug:ivermectin}} and latent TB started on {{drug:rifampin}}. {{eponym:Chagas}} serology is pending and she screened positive for distress ({{score:RHS-15 14}}).
"""),

    dict(style="travel_medicine", note="""
TRAVEL MEDICINE CONSULT
[[NAME:Arantxa Goikoetxea]], {{age:29}} F    DOB [[DATE:7 Jan 1996]]    MRN [[MRN:W0041882]]
Itinerary: [[DATE:June 2]] - [[DATE:June 30]]. [[ADDRESS:Nairobi]] -> Maasai Mara (lodges) -> 5 days volunteering at a rural clinic near [[ADDRESS:Kisumu]] -> beach week in [[ADDRESS:Zanzibar]]. Traveling with her mother [[NAME:Begoña]] for the safari portion.
PMH: healthy. Meds: {{drug:Sprintec}}. NKDA. Egg allergy: none.
Immunizations: routine UTD; Hep A x1 (2019); Tdap 2021.
Given today:
  - Yellow fever ({{drug:YF-Vax}}); ICVP signed and stamped
  - Typhoid ({{drug:Typhim Vi}})
  - Hep A #2
  - Rabies PrEP ({{drug:Imovax}}) dose 1; dose 2 on day 7 - clinic exposure, animals at the volunteer site
Malaria: {{drug:Malarone}} {{dose:250/100 mg}} daily, start 1-2 d before entering the risk area, continue 7 d after leaving.
TD: {{drug:azithromycin}} {{dose:1000 mg}} single dose if severe.
Counseled: DEET/picaridin, permethrin clothing, no freshwater swimming in Lake Victoria (schisto), food/water, road safety, needle-stick plan at the clinic (PEP starter pack discussed, declined).
F/u on day 7 for rabies #2.
[[NAME:Nicole Brandt]], NP
""", summary="""
[[NAME:Arantxa Goikoetxea]] received yellow fever, typhoid, hepatitis A and first-dose rabies vaccines before a [[DATE:June 2]] to [[DATE:June 30]] trip to Kenya and Tanzania. She was prescribed {{drug:Malarone}} prophylaxis and standby {{drug:azithromycin}}.
"""),

    dict(style="travel_medicine", note="""
Post-travel clinic - urgent visit, fever
Pt [[NAME:Djassi Barbosa Fortes]], {{age:34}}M, MRN [[MRN:30057718]], seen [[DATE:08/19/2024]]
Returned [[DATE:8/14]] from 3 wks visiting family in [[ADDRESS:Praia]] and [[ADDRESS:Assomada]]. No pre-travel visit, no prophylaxis.
Day 4 of fever to 39.5, severe headache, retro-orbital pain, myalgias "in the bones", rash since this AM. No bleeding. Mosquito bites++ at his aunt's house.
VS: {{vital:T 39.4}}, {{vital:BP 108/66}}, {{vital:HR 104}}, {{vital:RR 18}}, {{vital:SpO2 98%}}. Tourniquet test positive. Blanching macular rash trunk with islands of white. No hepatosplenomegaly.
Labs: {{lab:WBC 2.9}}, {{lab:plt 88}}, {{lab:Hct 44}}, {{lab:AST 112}}, {{lab:ALT 96}}. Dengue NS1 POSITIVE. Malaria smear/RDT negative.
A: dengue without warning signs.
P: outpatient, oral fluids 2.5-3 L/day, {{drug:Tylenol}} only (max {{dose:3 g/day}}), NO ibuprofen/aspirin. Daily CBC x 3 days. Reviewed warning signs (abd pain, vomiting, bleeding, lethargy) -> ED.
Reported to state DPH. Wife [[NAME:Ana Paula]] at home in [[ADDRESS:Pawtucket]]; mosquito avoidance at home while febrile.
[[NAME:Tomás Semedo]], MD
""", summary="""
[[NAME:Djassi Barbosa Fortes]] has NS1-positive dengue without warning signs after returning from Cape Verde on [[DATE:8/14]], with {{lab:plt 88}}. He is managed as an outpatient with fluids, {{drug:Tylenol}}, no NSAIDs and daily blood counts.
"""),

    dict(style="refugee_health", note="""
refugee clinic follow up, [[DATE:tuesday july ninth]]. seen with spanish interpreter [[NAME:julio]] in person.
mom [[NAME:kenia banegas mejía]] and son [[NAME:josué]], {{age:6}}. they are at the family shelter on [[ADDRESS:bissonnet street]] still, waiting on housing.
mom: month 3 of 4 of {{drug:rifampin}} for latent tb, pill count 27/28 good, no jaundice, knows her urine turns orange. {{score:PHQ-9 14}} today, cries at night, worried about the asylum hearing set for [[DATE:october 22]]. no SI. referred again to counseling with [[NAME:lourdes aguilar]], lcsw, she will go this time if the shelter watches [[NAME:josué]].
[[NAME:josué]]: wt 19 kg (25th %ile, up from 10th), {{lab:Hgb 10.8}} (was 9.9) on ferrous sulfate {{dose:3 mg/kg/day}}, continue 2 more months. several brown spots on molars - dental referral placed. school enrollment letter given.
mom asks for a letter for her lawyer documenting scars on her forearms. will do forensic exam with photos next visit, consent discussed.
next visit in 3 weeks.
""", summary="""
[[NAME:Kenia Banegas Mejía]] is adherent to latent TB treatment but has moderate depression ({{score:PHQ-9 14}}) ahead of her [[DATE:october 22]] asylum hearing and was re-referred for counseling. Her son [[NAME:Josué]]'s anemia and weight are improving.
"""),

    dict(style="travel_medicine", note="""
Pre-travel consult - high altitude
Pt: [[NAME:Arnaq Ipeelee]], {{age:27}} F, MSc student, home community [[ADDRESS:Iqaluit]], studying in [[ADDRESS:Montréal]]. DOB [[DATE:1997-10-21]]. Contact [[EMAIL:arnaq.ipeelee@mail.mcgill.ca]].
Trip: field course [[DATE:Sept 12]] - [[DATE:Sept 30]]: fly [[ADDRESS:Lima]] -> [[ADDRESS:Cusco]] (3400 m) same day, then 4-day trek to 4200 m.
Hx: healthy, no prior altitude travel. Sulfa allergy: none. Mom [[NAME:Oopik]] had a "bad reaction to the water" in Mexico years ago - pt worried about the same.
Counseling: rapid ascent to Cusco = high AMS risk. Suggested spending 2 nights in the Sacred Valley (2900 m) first.
Rx: {{drug:acetazolamide}} {{dose:125 mg}} PO BID starting the day before ascent, continue 2 days at max altitude. Tingling/altered taste of carbonated drinks explained.
Rx: {{drug:azithromycin}} {{dose:500 mg}} daily x up to 3 d for TD.
Vaccines: Hep A #1, typhoid oral ({{drug:Vivotif}}) - finish 1 wk before departure. Yellow fever not needed for this itinerary.
HACE/HAPE warning signs: descend.
""", summary="""
[[NAME:Arnaq Ipeelee]] was counseled on high-altitude illness for a [[DATE:Sept 12]] trip flying directly to [[ADDRESS:Cusco]]. She was prescribed {{drug:acetazolamide}} and standby {{drug:azithromycin}} and given hepatitis A and typhoid vaccines.
"""),

    dict(style="travel_medicine", note="""
Travel clinic RN - rabies PEP, day 7 dose
Pt returned from Southeast Asia 5 days ago after a macaque bite to the L hand at a temple (category III exposure). Received HRIG + first vaccine dose abroad on day 0 and dose 2 on day 3 at a private hospital; vaccination certificate reviewed (Verorab, lot noted), HRIG dose weight-appropriate.
Today: dose 3 {{drug:RabAvert}} {{dose:1 mL}} IM R deltoid, tolerated well.
Wound: healing puncture x2, no erythema, no drainage. Completed {{drug:Augmentin}} {{dose:875 mg}} BID x 5 d.
Tdap: within 5 yrs.
Remaining: dose 4 on day 14. Immunocompetent - no day 28 dose needed.
Pt reminded to complete series even though feeling well.
""", summary="""
A traveler bitten by a macaque abroad received the day-7 rabies vaccine dose with a healing wound. The final dose is due on day 14.
"""),

    dict(style="geriatric_psychiatry", note="""
GERIATRIC PSYCHIATRY CONSULTATION - LONG-TERM CARE
Resident: [[NAME:Ruth Feigenbaum]]    Age: [[AGE:94]]    DOB: [[DATE:02/08/1931]]    Rm 214B
Requested by: Dr. [[NAME:Thomas Keller]], attending; DON [[NAME:Patricia Moon]], RN
Reason: evening agitation, calling out for "Mama," resisting care, seeing children in her room.

Hx per chart, staff and daughter [[NAME:Debra Feigenbaum-Katz]] (by phone [[PHONE:216-555-0193]]): 2-3 yr of cognitive decline with marked day-to-day fluctuation, vivid visual hallucinations (usually not frightening), REM sleep behavior per late husband, shuffling gait, 2 falls this year. Recent hospital stay: received {{drug:Haldol}} {{dose:2 mg}} IM x1 -> severe rigidity, couldn't swallow for a day.
Exam: alert, oriented to self only, {{score:MMSE 14/30}}. Cogwheel rigidity R>L, masked facies, no tremor.
Impression: probable dementia with {{eponym:Lewy}} bodies with neuroleptic sensitivity; BPSD (sundowning, hallucinations).
Recs:
1. AVOID haloperidol and other typical antipsychotics - add to allergy list.
2. Start {{drug:rivastigmine}} patch {{dose:4.6 mg/24 h}}; if tolerated x 4 wk -> {{dose:9.5 mg/24 h}}.
3. Hallucinations not distressing -> no antipsychotic now; if needed later, {{drug:quetiapine}} {{dose:12.5 mg}} qhs.
4. Non-drug: consistent evening aide, light on until 2100, Yiddish songs - [[NAME:Debra]] will make a playlist.
5. Reassess 4 wk.
[[NAME:Mordechai Adler]], MD, Geriatric Psychiatry
""", summary="""
[[NAME:Ruth Feigenbaum]], [[AGE:94]], likely has dementia with {{eponym:Lewy}} bodies and had severe neuroleptic sensitivity to {{drug:Haldol}}. {{drug:Rivastigmine}} and non-drug measures were recommended, and typical antipsychotics are to be avoided.
"""),

    dict(style="ltc_rounds", note="""
LTC ROUNDS - 3 WEST - [[DATE:Wed 1/15/25]]    (Dr. [[NAME:Vilaró]] / [[NAME:T. Brooks]], NP / [[NAME:SG]] RN)

Rm   | Resident                      | Age | Issue                                   | Plan
301A | [[NAME:GRUBER, ALOIS]]                | [[AGE:96]]  | wt loss 3 kg/30 d, {{lab:alb 2.9}}               | SLP eval, {{drug:Remeron}} {{dose:7.5 mg}} qhs, weekly wt
302  | [[NAME:TAVARES, MARIA DO CÉU]]        | {{age:88}}  | new confusion ?UTI, UA neg              | no abx, fluids, delirium precautions
305B | [[NAME:YELLOW HORSE, EDNA]]           | [[AGE:91]]  | fall [[DATE:1/13]], no injury                | PT, low bed, hip protectors
307  | [[NAME:ZÜRCHER, HANS-PETER]]          | {{age:84}}  | {{eponym:Parkinson}} dz, new hallucinations   | ?reduce {{drug:Sinemet}}, d/w neuro Dr. [[NAME:Stein]]
310  | [[NAME:McKINNON, ROBERT]] "[[NAME:BOB]]"      | {{age:79}}  | CHF, +2 kg, crackles                    | {{drug:Lasix}} {{dose:40 mg}} x3 d, BMP Fri
312  | [[NAME:HOROWITZ, SYLVIA]]             | [[AGE:100]] | hospice, comfortable                    | continue; [[AGE:101st]] bday party [[DATE:1/20]]

Family calls: [[NAME:Edna Yellow Horse]]'s son re: fall (done, [[NAME:TB]]); [[NAME:Alois Gruber]]'s niece wants a care conference - SW to schedule.
""", summary="""
On [[DATE:1/15/25]] rounds, [[NAME:Alois Gruber]] ([[AGE:96]]) was started on {{drug:Remeron}} for weight loss and [[NAME:Robert McKinnon]] on {{drug:Lasix}} for CHF weight gain. [[NAME:Edna Yellow Horse]] ([[AGE:91]]) had a fall without injury, and hospice resident [[NAME:Sylvia Horowitz]] is comfortable.
"""),

    dict(style="geriatric_psychiatry", note="""
this is doctor [[NAME:maya rosenblatt]], geriatric psychiatry, dictating a follow up on [[NAME:leopold moser]], medical record number [[MRN:six six four two zero one nine]], date of service [[DATE:march third twenty twenty five]]. mr. [[NAME:moser]] is an {{age:86}} year old retired ski instructor from [[ADDRESS:kitzbühel]], living at the assisted living since his wife [[NAME:greta]] died last spring. here for late life depression.

he reports mood is "gray, not black anymore." sleeping six hours, appetite better, weight up one kilogram. still not going to meals in the dining room, says the food is fine but the people talk too much. daughter [[NAME:hanna]] visits sundays and says he laughed at the grandchildren for the first time. denies suicidal ideation, no plan, no firearms. {{score:GDS 9}} today, was {{score:GDS 12}}. {{score:MoCA 24/30}}, stable.

medications. {{drug:sertraline}} {{dose:100 milligrams}} daily, {{drug:mirtazapine}} {{dose:7.5 milligrams}} at bedtime added last visit. sodium last week {{lab:sodium 134}}, stable.

plan. continue both. ask activities staff about the german conversation group and the chair exercise class. if he plateaus we discussed ECT as an option, he is not interested now. follow up on [[DATE:the thirty first]]. end of dictation.
""", summary="""
[[NAME:Leopold Moser]], {{age:86}}, with late-life depression, is improving on {{drug:sertraline}} plus {{drug:mirtazapine}} ({{score:GDS 9}}, down from 12) and has no suicidal ideation. Treatment continues, with follow-up [[DATE:march 31]].
"""),

    dict(style="ltc_rounds", note="""
Nursing Progress Note    [[DATE:11/02/2024]] 2315
Res: [[NAME:Agnes Kingbird]]    Rm 14    Code status: DNR/DNI
2240 res found on floor beside bed, sitting, by CNA on rounds. Unwitnessed. States "I was going home." Unable to say if she hit her head. Small abrasion L elbow, no deformity, full ROM hips, no shortening/rotation.
VS: {{vital:BP 148/82}}, {{vital:HR 88}}, {{vital:RR 18}}, {{vital:SpO2 95%}} RA, {{vital:T 36.8}}. {{score:GCS 15}} (baseline confused). Pupils equal/reactive.
Res on {{drug:Eliquis}} {{dose:2.5 mg}} BID -> per facility protocol unwitnessed fall + anticoagulant = send for CT head.
Earlier this evening restless, trying to leave unit; {{drug:Ativan}} {{dose:0.5 mg}} PO given 2000 per PRN order with little effect. Speaks Ojibwemowin when upset - CNA [[NAME:Tara Jourdain]] sat with her and she calmed.
Notified on-call Dr. [[NAME:Hofer]] via pager [[PHONE:218-555-0199]] at 2250, order to transfer. Son [[NAME:Dale Kingbird]] called at [[PHONE:218-555-0150]], will meet her at the hospital in [[ADDRESS:Bemidji]].
Left via ambulance 2308 with face sheet, med list, MOLST.
[[NAME:L. Thunder]], LPN
""", summary="""
[[NAME:Agnes Kingbird]] had an unwitnessed fall on [[DATE:11/02/2024]] while on {{drug:Eliquis}} and was sent to the hospital in [[ADDRESS:Bemidji]] for a head CT. Her son [[NAME:Dale Kingbird]] was notified.
"""),

    dict(style="geriatric_psychiatry", note="""
DECISION-MAKING CAPACITY EVALUATION
Patient: Don [[NAME:Evaristo Portillo Hernández]]    MRN [[MRN:2207-6613]]    Eval dates: [[DATE:5/6/2025]] and [[DATE:5/9/2025]]
Requested by: facility SW [[NAME:Mirna Alvarado]], x[[PHONE:5520]], and Dr. [[NAME:Keller]]

Background: a [[AGE:ninety-two]]-year-old widower, born in [[ADDRESS:Chalatenango]], long-time resident of [[ADDRESS:Hyattsville]], in LTC since hip fracture. Son [[NAME:René Portillo]] has asked him to sign over the house and a plot of land back home; daughter [[NAME:Marta Alicia Portillo de Chicas]] objects and has filed for guardianship (hearing [[DATE:5/27/2025]]). Mr. [[NAME:Portillo]] also states he wants to go back to his own house.
Evaluation in Spanish, both sessions in the morning (better time per staff), hearing aids in. MoCA (Spanish) {{score:MoCA 17/30}}; GDS negative.
Using the {{eponym:Appelbaum}} criteria:
- Property transfer: could not explain what signing over the deed means for him ("it is just a paper for [[NAME:René]]"), unable to weigh consequences, inconsistent choice between visits. LACKS capacity for this decision.
- Residence: consistently wants to return home, understands he falls and needs help with bathing, can name the risks, says "I would rather fall in my house than live long here." Reasoning coherent and consistent with lifelong values. RETAINS capacity to express this preference; safety plan needed.
Recommendations shared with SW, ombudsman notified; APS report regarding possible financial exploitation made by SW.
[[NAME:Mordechai Adler]], MD
""", summary="""
[[NAME:Evaristo Portillo Hernández]], [[AGE:92]], was found to lack capacity to sign over his property but to retain capacity to state his wish to return home. APS was notified about possible financial exploitation ahead of the [[DATE:5/27/2025]] guardianship hearing.
"""),

    dict(style="ltc_rounds", note="""
GP / PSYCHOGERIATRIC REVIEW - RESIDENTIAL AGED CARE
Resident: [[NAME:Doris Wunungmurra]] (prefers "Aunty [[NAME:Doris]]")    Age [[AGE:90]]    Medicare [[MRN:4418 30951 2]]
Date: [[DATE:21/02/2025]]
Present: Aboriginal Health Practitioner [[NAME:Wayne Bropho]]; interpreter [[NAME:Joy Gurruwiwi]] (Aboriginal Interpreter Service, Yolŋu Matha); RN [[NAME:Kate Fitzgerald]]. Niece [[NAME:Shirleen]] on speaker, mobile [[PHONE:0412 555 873]].

Referred for "aggression and wandering." Staff report Aunty shouting at night, trying to leave through the garden gate, refusing showers. Locum started {{drug:risperidone}} {{dose:0.25 mg}} nocte 2 wks ago - more sleepy, one near-fall, no change in distress.
Through interpreter: she wants to go home to [[ADDRESS:Galiwin'ku]]; her younger brother passed away last month and she could not attend sorry business. She is grieving, not psychotic. Mild-moderate dementia, {{score:RUDAS 18/30}}.
Showers: dislikes male carers - female staff only where possible.
Plan:
1. CEASE risperidone.
2. Family and AHP to arrange a supported trip back to community for a week (escort, medications in blister pack).
3. Women's cultural support visits weekly; Yolŋu-language music and country photos in room.
4. Review in 4 weeks.
Dr. [[NAME:Claire Mundine]]
""", summary="""
Aunty [[NAME:Doris Wunungmurra]], [[AGE:90]], was found on [[DATE:21/02/2025]] to be grieving a brother's death and homesick for [[ADDRESS:Galiwin'ku]] rather than psychotic. {{drug:Risperidone}} was ceased and a supported trip home and cultural supports were planned.
"""),

    dict(style="geriatric_psychiatry", note="""
CONSULTANT PHARMACIST - PSYCHOTROPIC GRADUAL DOSE REDUCTION REVIEW, Q3
Prepared by: [[NAME:rkohn]] ([[NAME:Rivka Kohn]], PharmD, BCGP)    [[DATE:2024-09-05]]

Resident                     | Drug / dose                              | Indication   | Recommendation
[[NAME:Schmid, Erna]]                | {{drug:quetiapine}} {{dose:25 mg}} qhs                 | insomnia     | taper off: not indicated for sleep; sleep hygiene
[[NAME:Little Thunder, Calvin]]      | {{drug:citalopram}} {{dose:30 mg}} daily               | depression   | reduce to {{dose:20 mg}} (max for age >60; {{lab:QTc 468}})
[[NAME:Barbosa, Zulmira]]            | {{drug:lorazepam}} {{dose:0.5 mg}} BID                 | anxiety      | GDR to {{dose:0.5 mg}} qhs; consider {{drug:buspirone}}
[[NAME:Oberholzer, Walter]]          | {{drug:Depakote}} {{dose:250 mg}} BID                  | "behaviors"  | no seizure hx - need indication/VPA level ({{lab:VPA 31}})
[[NAME:Greenfield, Marion]]          | {{drug:donepezil}} {{dose:10 mg}} + {{drug:oxybutynin}} {{dose:5 mg}}  | AD / OAB     | anticholinergic conflict - switch to {{drug:mirabegron}}

Mr. [[NAME:Little Thunder]]'s daughter [[NAME:Renee]] asked at care conference about the citalopram change - supports it.
Prescriber response requested by [[DATE:9/30]]. Fax [[PHONE:605-555-0112]] or reply in the pharmacy portal.
""", summary="""
The quarterly pharmacist review on [[DATE:2024-09-05]] recommended tapering {{drug:quetiapine}} for [[NAME:Erna Schmid]] and reducing {{drug:citalopram}} for [[NAME:Calvin Little Thunder]] because of a prolonged QTc. It also flagged a {{drug:donepezil}}-{{drug:oxybutynin}} conflict for [[NAME:Marion Greenfield]].
"""),
]
