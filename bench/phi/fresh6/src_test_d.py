"""Hand-written held-out notes, part D: paediatrics with parents and siblings, geriatrics and memory clinic with very old
patients, obstetrics. Every person, number, date, phone, e-mail and street is invented."""

NOTES = [
    dict(style="paeds_ed_assessment", note="""
KIDZ FIRST ED - Paediatric Assessment                          [[DATE:14/06/2025]] 21:35
Child: [[NAME:Malia FONOTI]]   NHI [[MRN:AKW5529]]   DOB [[DATE:02/01/2025]]   Age {{age:5}} months   Wt 6.9 kg
Brought in by mum [[NAME:Saneta Fonoti]] and nana [[NAME:Fa'amoana]]. Dad ([[NAME:Iosefa]]) on night shift; 4 older siblings at home
with aunty. Family speak Samoan at home, mum happy in English.
HPC: 3 days runny nose + cough, today working hard to breathe and feeding about half usual (breastfed + formula top-ups).
Wet nappies 3 today (usually 6-7). No fever, no vomiting. Brothers [[NAME:Sione]] ({{age:3}}) and [[NAME:Tavita]] ({{age:6}}) had colds last week.
Born term, no NICU. Immunisations up to date (5 month ones due next week).
O/E: {{vital:RR 62}}, {{vital:HR 168}}, {{vital:SpO2 89%}} in air -> {{vital:SpO2 95%}} on 1 L NP, {{vital:T 37.6}}, {{vital:CRT 2 s}}.
Subcostal + intercostal recession, tracheal tug, head bobbing at times. Fine crackles and wheeze throughout. Fontanelle soft.
Impression: bronchiolitis, moderate-severe (day 3, likely to peak day 4-5).
Plan:
 - admit Ward 26B, nHF {{dose:2 L/kg/min}}, target SpO2 >=92%
 - NG feeds 2/3 maintenance; NBM if worsens
 - no salbutamol / steroids / antibiotics
 - RSV PCR sent
 - discussed smoke-free home - nana smokes outside, advised
Mum's mobile [[PHONE:021 555 0841]].
Dr [[NAME:Ailsa Drummond]], Paediatric Registrar
""", summary="""
[[NAME:Malia Fonoti]], {{age:5}} months, has moderate to severe bronchiolitis with low oxygen saturations and poor feeding, and was admitted
on [[DATE:14/06/2025]] for nasal high flow and NG feeds. Her mum [[NAME:Saneta]] and nana [[NAME:Fa'amoana]] brought her in.
"""),

    dict(style="paeds_clinic_letter", note="""
Paediatric Neurology Clinic - Bradford Royal Infirmary
Clinic date: [[DATE:19th February 2025]]         Dictated: [[DATE:20.02.25]]   Typed: [[DATE:24.02.25]] ([[NAME:sb]])

Re: [[NAME:Zainab HUSSAIN]]   DOB: [[DATE:11/07/2016]]   NHS: [[MRN:721 048 3396]]
    [[ADDRESS:41 Rosebay Grove, Bradford BD8 9QT]]

Dear Dr [[NAME:Iqbal]],
I reviewed [[NAME:Zainab]] ({{age:8}}) today with her mum, Mrs [[NAME:Nadia Hussain]], and her little brother [[NAME:Hamza]]; dad,
Mr [[NAME:Tariq Hussain]], joined by phone from work.
Diagnosis: childhood absence epilepsy.
Since starting {{drug:ethosuximide}} (now {{dose:250 mg}} BD, ~{{dose:20 mg/kg/day}}) the absences have dropped from 30-40 a day to
perhaps one or two a week. Her teacher Miss [[NAME:Hope]] has stopped noticing "daydreams" in class, and her reading has come on.
Mild stomach ache in the first fortnight, now gone. Sleep good.
Her EEG on [[DATE:03/01/2025]] still showed a brief run of 3 Hz spike-wave on hyperventilation, so I have increased
{{drug:ethosuximide}} to {{dose:250 mg}} in the morning and {{dose:375 mg}} at night. {{lab:FBC normal}}; {{lab:ALT 18}}.
We talked about swimming (supervised, 1:1 in the water) and that {{drug:sodium valproate}} would not be our next choice for a girl;
if needed we would add {{drug:lamotrigine}}.
Review 4 months, with repeat EEG. Mum has our epilepsy nurse line [[PHONE:01274 364 219]] and email [[EMAIL:bri.paedsepilepsy@bthft.nhs.uk]].

Yours sincerely,
Dr [[NAME:Rhodri Evans]]
Consultant Paediatric Neurologist
cc: Mr and Mrs [[NAME:Hussain]]; school nurse, Westbourne Primary
""", summary="""
Dr [[NAME:Evans]] reviewed [[NAME:Zainab Hussain]], {{age:8}}, whose childhood absence epilepsy is much improved on {{drug:ethosuximide}},
and increased the evening dose because the EEG of [[DATE:03/01/2025]] still showed spike-wave. Review is in 4 months with a repeat EEG.
"""),

    dict(style="memory_clinic_letter", note="""
Older People's Mental Health - Memory Assessment Service, Royal Edinburgh Hospital
[[DATE:17 June 2025]]

Dr [[NAME:Neil Sinclair]]
Leith Links Medical Practice

Dear Dr [[NAME:Sinclair]],
Re: Mrs [[NAME:Agnes Elizabeth McIntyre]]   DOB [[DATE:08/09/1932]]   CHI [[MRN:0809325518]]
    [[ADDRESS:Flat 2, 9 Thistlebank Terrace, Edinburgh EH6 4PJ]]

I saw this [[AGE:92]]-year-old retired primary teacher today, accompanied by her daughter Mrs [[NAME:Morag Fleming]] and grandson
[[NAME:Callum]]. [[NAME:Morag]] describes two years of gradually worsening short-term memory: repeating questions, missed
pension collection, and in March she was found by a neighbour walking on [[ADDRESS:Cairnbank Road]] at 6am looking for the school.
She still manages her own personal care and makes tea and toast; meals-on-wheels since April.
Cognitive testing: {{score:ACE-III 61/100}} (attention 14, memory 9, fluency 5, language 21, visuospatial 12); {{score:MoCA 15/30}}.
CT head: generalised atrophy, moderate small vessel disease, no mass.
Diagnosis: mixed {{eponym:Alzheimer}}'s disease and vascular dementia, moderate.
Plan: trial of {{drug:donepezil}} {{dose:5 mg}} at night, increase to {{dose:10 mg}} after 4 weeks if tolerated (ECG today: SR
{{vital:HR 68}}, normal PR). Please continue her {{drug:amlodipine}} and {{drug:Adcal-D3}}.
Welfare and continuing POA are already registered (attorney: [[NAME:Morag]]).
Social work referral for increased care at home; carer support for [[NAME:Morag]] via VOCAL.
Review by our nurse [[NAME:Jenny Ross]] in 8 weeks.

Yours sincerely,
Dr [[NAME:Fiona Urquhart]], Consultant in Old Age Psychiatry
cc: Mrs [[NAME:M. Fleming]] ([[EMAIL:morag.fleming58@btinternet.com]])
""", summary="""
Dr [[NAME:Urquhart]] diagnosed moderate mixed {{eponym:Alzheimer}}'s and vascular dementia in [[NAME:Agnes McIntyre]], [[AGE:92]], and started
{{drug:donepezil}}. Her daughter [[NAME:Morag Fleming]] holds power of attorney, and a social work referral was made for more care at home.
"""),

    dict(style="antenatal_booking", note="""
ANTENATAL BOOKING - Community Midwifery
Name: [[NAME:Agnieszka WÓJCIK]]      DOB: [[DATE:1993-05-21]]      Hosp No: [[MRN:S4412087]]
Address: [[ADDRESS:7 Marlowe Court, Slough SL1 3HW]]     Mobile: [[PHONE:+48 601 555 218]] (still Polish SIM) / [[PHONE:07452 118 930]]
Booking date: [[DATE:29/07/2025]]   Gestation by dates 8+1
LMP [[DATE:02/06/2025]] (certain, regular 28/7) -> EDD by {{eponym:Naegele}} [[DATE:09/03/2026]]; dating scan booked.
G2 P1: SVD 2021 in [[ADDRESS:Kraków]], 40+3, girl ([[NAME:Zuzanna]] - "[[NAME:Zuzia]]"), 3.4 kg, 2nd degree tear, no PPH.
Partner: [[NAME:Łukasz Wójcik]] (works nights, present today). No interpreter needed - declined.
PMH: nil. Meds: {{drug:folic acid}} {{dose:400 mcg}} OD since [[DATE:May 20th]]. Allergy: {{drug:penicillin}} (rash).
Obs: {{vital:BP 112/68}}, BMI 27.3, urine NAD. CO reading 1 ppm (non-smoker).
Bloods taken: FBC, group & antibodies, HIV/syph/HepB, haemoglobinopathy (FOQ low-risk). Known blood group O Rh neg ->
anti-D pathway explained, {{drug:anti-D}} {{dose:1500 IU}} at 28 weeks.
Mental health: {{score:PHQ-2 0}}. Felt low for a few weeks after [[NAME:Zuzia]] - no treatment. Domestic abuse: asked alone - no.
Risk: low -> midwife-led care; aspirin not indicated.
Next: dating scan, 16/40 with community midwife.
[[NAME:Holly Marsh]] RM   (Team Birch, triage [[PHONE:01753 634 702]])
""", summary="""
[[NAME:Agnieszka Wójcik]] booked at 8 weeks on [[DATE:29/07/2025]] in her second pregnancy with an EDD of [[DATE:09/03/2026]]. She is low risk
for midwife-led care, is rhesus negative so will have {{drug:anti-D}} at 28 weeks, and her partner [[NAME:Łukasz]] attended.
"""),

    dict(style="newborn_check", note="""
NEWBORN & INFANT PHYSICAL EXAMINATION (NIPE)
Baby boy of [[NAME:Inês CONCEIÇÃO-FERREIRA]]   Baby NHS no [[MRN:409 221 6683]]   Mother's hosp no [[MRN:X2018845]]
Born [[DATE:22/07/2025]] 03:14, SVD, 39+4, BW 3.620 kg, {{score:Apgars 9 and 10}}. No resus. Mother GBS negative, ROM 6 h.
Parents plan to call him [[NAME:Tomás]]. Dad [[NAME:Rui Ferreira]] present; big sister [[NAME:Beatriz]] ({{age:4}}) visiting.
Exam at 20 h of age:
 - Eyes: red reflex present bilaterally
 - Heart: HS I + II, soft {{score:1/6}} systolic murmur LSE; femorals palpable; pre-ductal {{vital:SpO2 99%}}, post-ductal {{vital:SpO2 98%}}
 - Hips: {{eponym:Barlow}} and {{eponym:Ortolani}} negative; no risk factors (not breech; no FHx)
 - Testes: both descended
 - Spine: small sacral dimple, base seen, within 2.5 cm of anus - no imaging needed
 - Palate intact (seen and felt); tone good; {{eponym:Moro}} symmetrical
{{drug:vitamin K}} {{dose:1 mg}} IM given at birth (consent).
Feeding: breast, good latch per midwife, 3 wet nappies + meconium.
Plan: murmur likely transitional - re-listen before discharge; if persists, echo/ paediatric review. Hearing screen done - clear response both ears.
Blood spot day 5 by community midwife.
Examined by [[NAME:Sarah Wood]], NIPE midwife; murmur discussed with Dr [[NAME:J. Sapolu]] (paeds SHO).
""", summary="""
[[NAME:Inês Conceição-Ferreira]]'s baby boy, born on [[DATE:22/07/2025]], had a normal newborn check apart from a soft {{score:1/6}} murmur
that is probably transitional and will be re-checked before discharge. Hips, eyes and saturation screening were normal.
"""),

    dict(style="geriatrics_ward_round", note="""
COTE ward round - Ward Dewi Sant                                Wed [[DATE:5.11.25]]
Consultant: Dr [[NAME:Bethan Rowlands]]   Reg: Dr [[NAME:Aled Pryce]]   FY2: Dr [[NAME:Tom Morgan]]
Mrs [[NAME:Gwenllian IFANS]], [[AGE:ninety-six]]-year-old lady, day 2. Found on kitchen floor by morning carer, long lie ~10 h.
Lives alone in [[ADDRESS:Llanidloes]], carers QDS, walks with frame indoors. Son [[NAME:Gethin]] in [[ADDRESS:Cardiff]];
granddaughter [[NAME:Lowri]] visits most days. Speaks Welsh first - HCA [[NAME:Mair]] translating today.
{{score:Clinical Frailty Scale 7}}. No fracture on imaging.
Issues:
 1. Rhabdo + AKI: {{lab:CK 4200}} (from 9800), {{lab:creat 168}} (baseline 90). IV fluids 1.5 L/24h, careful - has AS.
 2. Pressure area: category 2 L hip. TVN referral.
 3. Meds: hold {{drug:ramipril}} and {{drug:furosemide}}. Continue {{drug:Sinemet}} {{dose:62.5}} TDS (on time - {{eponym:Parkinson}}'s).
 4. Ceiling of care: spoke with her and [[NAME:Gethin]] by phone - she does not want CPR ("I've had [[AGE:ninety-six]] good years"),
    DNACPR completed, ward-based care, not for HDU.
 5. Discharge: PT/OT; likely needs 24h care - she is adamant about going home. Social worker to meet [[NAME:Gethin]] [[DATE:Friday 7th]].
Signed: [[NAME:T. Morgan]] FY2 for Dr [[NAME:B. Rowlands]]
""", summary="""
Mrs [[NAME:Gwenllian Ifans]], [[AGE:96]], is recovering from rhabdomyolysis and kidney injury after a long lie, on careful fluids with
{{drug:ramipril}} and {{drug:furosemide}} held. A DNACPR was agreed with her and her son [[NAME:Gethin]], and discharge planning will
address her wish to go home.
"""),

    dict(style="paeds_safeguarding_note", note="""
PAEDIATRIC LIAISON / SAFEGUARDING NOTE             [[DATE:Tuesday 8 April 2025]]
Child: [[NAME:Parwana SULTANI]]   {{age:2}}y 4m   Hosp no [[MRN:HU7724913]]
Address: [[ADDRESS:Flat 11, Larkspur House, Hull HU6 9BX]]
Presented ED [[DATE:7/4]] 18:20 with scald to R forearm + hand (~3% TBSA, superficial partial thickness), burns unit advice sought.
Mother [[NAME:Nazifa Sultani]] (Dari only) via interpreter Mr [[NAME:Jawad Rahimi]], ID [[MRN:44812]]: child pulled the cord of a kettle
on the worktop while mum was bathing the baby. Father [[NAME:Ahmad Shah Sultani]] arrived 19:00, account consistent.
Siblings: [[NAME:Mursal]] ({{age:7}}), [[NAME:Omid]] ({{age:5}}), baby [[NAME:Sahar]] ({{age:4}} months).
Pattern: splash/spill distribution, irregular margins, no glove/stocking or immersion lines. No other injuries on full skin check.
Development appropriate, interacting well with parents.
CP-IS: no plan. Not known to children's social care. Health visitor [[NAME:Kerry Hill]] ([[PHONE:01482 615 320]]): family arrived in
UK 2023, engaged well, no concerns; struggling in a 2-bed flat.
Outcome (discussed with named nurse [[NAME:Lindsey Bell]]): no safeguarding concerns, accidental injury consistent with history.
Burns follow-up via dressings clinic. HV to visit re home safety (kettle guard, cord tidies) and housing support letter.
[[NAME:Chelsea Marsh]], Paediatric Liaison Nurse   [[EMAIL:chelsea.marsh@nhs.net]]
""", summary="""
[[NAME:Parwana Sultani]], {{age:2}}, presented on [[DATE:7/4]] with a small superficial scald from a pulled kettle, and the account given
through a Dari interpreter was consistent. No safeguarding concerns were found and the health visitor will follow up on home safety and housing.
"""),

    dict(style="intrapartum_notes", note="""
BIRTHING SUITE - Intrapartum record (continuation)        Woman: [[NAME:Kiri POUTAMA]]   NHI [[MRN:MBD3107]]
LMC: [[NAME:Tania Rāwiri]] RM    Core midwife: [[NAME:Jess Hunter]]    Support: partner [[NAME:Rangi]], mum [[NAME:Huia]]
G1 P0, 40+6, spontaneous labour. GBS neg.
[[DATE:23/09]]
04:00  SROM at home, clear liquor. Contractions 3:10.
06:30  VE 4 cm, fully effaced, vertex -1, OA. FHR 135 reactive. {{vital:BP 118/74}}, {{vital:T 36.8}}.
08:15  {{drug:Entonox}} commenced, coping well with karakia + waiata from whānau in room.
10:10  VE 5 cm - slow progress (1 cm / 3.5 h). Discussed with Dr [[NAME:Peni Aumua]] (O&G reg): ARM n/a, for {{drug:Syntocinon}}
       augmentation per protocol, start {{dose:2 mU/min}}. CTG continuous - normal.
11:00  Epidural requested, sited 11:40 by Dr [[NAME:O'Connor]]. {{vital:BP 102/60}} post-bolus, fluids given.
13:05  VE fully dilated, vertex +1. Passive second stage 1 h.
14:10  Active pushing. FHR early decels, recovering.
14:52  SVD of live girl, {{score:Apgar 8}} at 1 min, {{score:Apgar 9}} at 5. 3.28 kg. Skin-to-skin. Named [[NAME:Hinemoa]].
15:05  Physiological third stage declined - {{drug:oxytocin}} {{dose:10 IU}} IM, placenta complete 15:12.
       Whenua kept for whānau in ipu (bag + cooler provided, documented).
       EBL 450 ml. 2nd degree tear sutured by [[NAME:TR]].
Observations post birth stable. First breastfeed 15:40.
[[NAME:J. Hunter]] RM
""", summary="""
[[NAME:Kiri Poutama]] had a spontaneous vaginal birth of a girl, [[NAME:Hinemoa]], on [[DATE:23/09]] after {{drug:Syntocinon}} augmentation and an
epidural, with good {{eponym:Apgar}} scores and a 450 ml blood loss. The whenua was kept for the whānau as requested.
"""),

    dict(style="paeds_discharge_plan", note="""
PAEDIATRIC ASTHMA DISCHARGE PLAN
Diagnosis: acute asthma, moderate. Admitted overnight. Peak flow on discharge {{lab:PEF 240 L/min}} (85% predicted).
Treatment given: {{drug:salbutamol}} {{dose:10 puffs}} via spacer x3 in ED, then weaned to 4-hourly; {{drug:prednisolone}} {{dose:30 mg}} OD.
{{drug:ipratropium}} x1. No IV therapy. {{vital:SpO2 96%}} in air since 02:00.
Discharge medications:
 - {{drug:prednisolone}} {{dose:30 mg}} once daily for 2 more days (3 days total)
 - {{drug:salbutamol}} {{dose:100 mcg}} pMDI via spacer: 6 puffs 4-hourly today, then weaning over 48 h, then as needed
 - NEW preventer: {{drug:Clenil Modulite}} {{dose:100 mcg}} 2 puffs twice daily - every day even when well
Inhaler technique checked with spacer + mask removed (now old enough for mouthpiece). Written asthma action plan given.
Triggers discussed: viral colds, cat at grandparents', cigarette smoke.
Follow-up: GP/practice nurse asthma review within 2 working days; paediatric asthma nurse clinic 4-6 weeks.
Return advice: if needing {{drug:salbutamol}} more often than every 4 hours, struggling to talk, blue lips - call 999.
School to be given a copy of the plan and a spare inhaler.
""", summary="""
A child admitted overnight with moderate acute asthma is going home on 3 days of {{drug:prednisolone}}, weaning {{drug:salbutamol}} and a new
{{drug:Clenil Modulite}} preventer, with an asthma plan and GP review within 2 working days.
"""),

    dict(style="memory_clinic_followup", note="""
Memory Assessment Service - follow-up (home visit)
Patient: Pan [[NAME:Stanisław KOWALCZYK]], {{age:89}}          MRN [[MRN:NW10294817]]        Seen: [[DATE:Thurs 09/10/2025]]
Present: wife Pani [[NAME:Halina Kowalczyk]] ([[AGE:91]]), neighbour Mrs [[NAME:Deborah King]]. Polish interpreter by phone ([[NAME:Marta]]).
Diagnosis: dementia with {{eponym:Lewy}} bodies (DLB), diagnosed [[DATE:14/03/2024]].
Since last review: visual hallucinations of "children in the garden" most evenings, not distressing to him - he waves at them.
Two falls in August, no injury. Fluctuating - some days reads newspaper, other days very sleepy. REM sleep behaviour: kicks in sleep.
[[NAME:Halina]], herself [[AGE:91]] and with macular degeneration, is tired; they have no children in the UK - son [[NAME:Piotr]] lives in [[ADDRESS:Gdańsk]].
Exam: mild rigidity bilateral, bradykinesia, shuffling gait. {{vital:BP 128/70}} lying, {{vital:BP 102/64}} standing (dizzy).
{{score:MMSE 19/30}} (was {{score:22/30}}).
Meds: {{drug:rivastigmine}} patch {{dose:9.5 mg/24h}} - tolerating; {{drug:Madopar}} not started (risk of worsening hallucinations).
Plan:
 - AVOID {{drug:haloperidol}} and typical antipsychotics (alert added to record + GP)
 - consider {{drug:Madopar}} {{dose:62.5 mg}} TDS only if mobility worsens
 - stop {{drug:tamsulosin}} (postural drop) - GP to review urinary sx
 - carer's assessment for [[NAME:Halina]]; Polish-speaking day centre in [[ADDRESS:Ealing]] suggested
 - next review 3 months - [[DATE:14/01/2026]]
Dr [[NAME:Katarzyna Lis]], Specialty Doctor, Old Age Psychiatry / [[NAME:kl4]]
""", summary="""
Pan [[NAME:Stanisław Kowalczyk]], {{age:89}}, with dementia with {{eponym:Lewy}} bodies has more hallucinations, falls and a postural BP drop,
so {{drug:tamsulosin}} is being stopped and antipsychotics avoided. His wife [[NAME:Halina]], [[AGE:91]], is to have a carer's assessment.
"""),

    dict(style="postnatal_discharge", note="""
POSTNATAL DISCHARGE SUMMARY - Maternity, Luton & Dunstable
Mother: [[NAME:Hina RASHID]]     DOB [[DATE:04/04/1996]]     Hosp no [[MRN:L0193385]]
Address: [[ADDRESS:62 Beechwood Drive, Luton LU4 8RS]]     Tel [[PHONE:07731 902 664]]
Delivery: [[DATE:Sun 12 Oct 2025]] 22:47, category 2 EMCS for failure to progress at 7 cm, 41+1 after IOL.
Baby: boy, 3.94 kg, {{score:Apgar 9}} and {{score:Apgar 10}}; name [[NAME:Ibrahim]]. Breastfeeding with formula top-ups.
Postnatal course: EBL 800 ml; {{lab:Hb 94}} day 1 -> oral iron. Catheter out 12 h, voiding normally. Wound clean, dissolvable suture.
Meds on discharge:
 - {{drug:enoxaparin}} {{dose:40 mg}} SC OD for 10 days (BMI 34 + CS) - [[NAME:Hina]] and husband [[NAME:Adeel]] both shown how
 - {{drug:ferrous fumarate}} {{dose:210 mg}} BD
 - {{drug:paracetamol}} + {{drug:ibuprofen}} regular 5 days; {{drug:dihydrocodeine}} {{dose:30 mg}} PRN (not with breastfeeding if baby drowsy)
Contraception: discussed, would like the POP - supplied {{drug:desogestrel}} {{dose:75 mcg}}.
Baby: NIPE normal, hearing screen pass. Blood spot day 5 by community MW.
Home: lives with husband, mother-in-law and two sisters-in-law - good support; [[NAME:Hina]] says she feels "tired but happy".
{{score:EPDS 6}}. Debrief about the CS offered - would like one at 6 weeks.
Community midwife team: Team Hawthorn, [[PHONE:01582 718 244]]. Health visitor notified.
Discharged by: [[NAME:Naila Anwar]], RM / [[NAME:nanwar]]
""", summary="""
[[NAME:Hina Rashid]] is going home after an emergency caesarean on [[DATE:12 Oct 2025]] for failure to progress, with her son [[NAME:Ibrahim]]
feeding well. She goes home on 10 days of {{drug:enoxaparin}}, oral iron and {{drug:desogestrel}}, with community midwife follow-up.
"""),

    dict(style="paeds_discharge_letter", note="""
Children's Ward discharge letter - {{eponym:Kawasaki}} disease
Child: [[NAME:Osian LLEWELYN-JONES]]   DOB [[DATE:30.01.2022]]   Hosp no [[MRN:C557201]]
Admitted [[DATE:02/05/25]] - discharged [[DATE:08/05/25]]
Parents: [[NAME:Ffion]] (mum) and [[NAME:Huw]] (dad). Big sister [[NAME:Mali]] ({{age:7}}) had chickenpox in March.
Dear Dr [[NAME:Pritchard]],
[[NAME:Osian]] ({{age:3}}) was admitted with 6 days of fever, bilateral non-purulent conjunctivitis, strawberry tongue, cracked
red lips, polymorphous rash and swollen hands - complete {{eponym:Kawasaki}} disease. {{lab:CRP 146}}, {{lab:ALT 62}},
{{lab:albumin 28}}, {{lab:plt 512}} by day 9.
He received {{drug:IVIG}} {{dose:2 g/kg}} on [[DATE:3rd May]] with high-dose {{drug:aspirin}}; fever settled within 24 hours.
Echo [[DATE:4/5/2025]] (Dr [[NAME:Gwyneth Powell]], paediatric cardiology): coronary arteries normal, Z scores < 2.
Discharge medication: {{drug:aspirin}} {{dose:5 mg/kg}} once daily = {{dose:75 mg}} OD until 6-week echo.
Please note:
 - avoid {{drug:ibuprofen}} while on aspirin
 - live vaccines (MMR booster) to be delayed 11 months after IVIG
 - if exposed to chickenpox or flu while on aspirin, please contact us - family have our open access number [[PHONE:029 2074 3318]]
Follow-up: echo + cardiology clinic at 6 weeks ([[DATE:Tues 17 June]]).
Peeling of fingers expected over next 2 weeks - explained to [[NAME:Ffion]].
Dr [[NAME:Dafydd Prosser]], Paediatric ST6, on behalf of Dr [[NAME:Cerys Bevan]]
cc: parents, health visitor
""", summary="""
[[NAME:Osian Llewelyn-Jones]], {{age:3}}, was treated for complete {{eponym:Kawasaki}} disease with {{drug:IVIG}} and {{drug:aspirin}}, and his
echo on [[DATE:4/5/2025]] showed normal coronaries. He continues low-dose {{drug:aspirin}} until a 6-week echo and must avoid {{drug:ibuprofen}}.
"""),

    dict(style="geriatrics_falls_assessment", note="""
FALLS CLINIC - Multifactorial Assessment
Referral: 3 falls in 6 months, one with head injury (ED attendance). Lives alone, uses stick outdoors.
History: trips indoors at night going to the toilet; one episode of feeling "woozy" on standing before falling.
Nocturia x3. No LOC, no palpitations, no tongue biting.
Meds (9): {{drug:amlodipine}} {{dose:10 mg}}, {{drug:doxazosin}} {{dose:4 mg}}, {{drug:bendroflumethiazide}} {{dose:2.5 mg}},
{{drug:zopiclone}} {{dose:7.5 mg}} nocte, {{drug:amitriptyline}} {{dose:25 mg}} nocte, {{drug:omeprazole}}, {{drug:atorvastatin}},
{{drug:Adcal-D3}}, {{drug:alendronic acid}}.
Exam: {{vital:BP 146/80}} lying -> {{vital:BP 118/70}} at 3 min standing (symptomatic). {{vital:HR 72}} regular.
Timed Up and Go 19 s. {{score:Tinetti 17/28}}. {{score:MoCA 25/30}}. Vision: {{score:6/12}} both eyes - cataracts.
{{eponym:Romberg}} positive. Reduced vibration sense to ankles. Power {{score:5/5}} throughout. No parkinsonism.
Feet: thick nails, ill-fitting slippers.
Bloods: {{lab:Na 131}}, {{lab:B12 180}}, {{lab:vit D 22}}.
Plan:
 1. stop {{drug:doxazosin}} and {{drug:bendroflumethiazide}}; recheck Na 2/52
 2. taper {{drug:zopiclone}}; stop {{drug:amitriptyline}}
 3. B12 replacement - {{drug:hydroxocobalamin}} {{dose:1 mg}} IM loading
 4. strength & balance programme (FaME) 12 weeks; OT home hazard assessment; night light + commode
 5. ophthalmology referral for cataracts; podiatry
 6. pendant alarm offered - accepted
""", summary="""
A falls clinic assessment found symptomatic orthostatic hypotension, hyponatraemia, B12 deficiency, cataracts and several sedating drugs.
{{drug:Doxazosin}}, {{drug:bendroflumethiazide}} and {{drug:amitriptyline}} are being stopped, {{drug:zopiclone}} tapered, and balance training arranged.
"""),

    dict(style="obstetric_emergency_proforma", note="""
SHOULDER DYSTOCIA PROFORMA - Labour Ward, Princess Royal Maternity
Mother: [[NAME:ROSS, Isla J]]     CHI [[MRN:1703938841]]     Date: [[DATE:03.08.2025]]
Call for help: 02:47    Head delivered: 02:46    Body delivered: 02:49    Head-to-body interval: 3 min
Staff present: [[NAME:Kirsty Hunter]] (midwife, first on scene); [[NAME:Morven Baird]] (coordinator, arrived 02:47);
Dr [[NAME:Euan Fraser]] (ST5 O&G, 02:48); Dr [[NAME:Mhairi Dunbar]] (neonatal reg, 02:48).
Manoeuvres (in order):
 1. {{eponym:McRoberts}} - 02:47 ([[NAME:KH]], [[NAME:MB]])
 2. suprapubic pressure, continuous then rocking - 02:47 ([[NAME:MB]]) - not successful
 3. delivery of posterior arm - 02:49 (Dr [[NAME:Fraser]]) - successful
 No episiotomy; no fundal pressure.
Anterior shoulder at time of dystocia: LEFT.
Baby: boy, 4.41 kg. {{score:Apgar 5}} at 1 min, {{score:Apgar 9}} at 5 min. Cord {{lab:arterial pH 7.19}}, {{lab:BE -8.1}}; {{lab:venous pH 7.27}}.
Neonatal exam: reduced movement R arm, ? {{eponym:Erb}}'s palsy; clavicles intact on palpation. Humerus XR - no fracture.
Physio referral made. Mother: 3a tear, repaired in theatre; EBL 1100 ml -> {{drug:carboprost}} {{dose:250 mcg}} IM x1.
Debrief given to [[NAME:Isla]] and husband [[NAME:Gregor]] by Dr [[NAME:Fraser]] at 09:30; Datix [[MRN:MAT-25-07761]].
Completed by: [[NAME:K. Hunter]] RM
""", summary="""
[[NAME:Isla Ross]] had a shoulder dystocia on [[DATE:03.08.2025]] with a 3-minute head-to-body interval, resolved by delivery of the posterior arm
after {{eponym:McRoberts}} and suprapubic pressure. The baby has a possible right {{eponym:Erb}}'s palsy and she had a 3a tear and 1100 ml PPH.
"""),

    dict(style="paeds_telephone_encounter", note="""
TELEPHONE ENCOUNTER - Newborn Nursery / Peds Clinic
Date: [[DATE:11/18/2025]] 16:20      Call from: mother, [[NAME:Alofa Leota]]      Callback [[PHONE:(310) 555-0128]]
Infant: [[NAME:Isaia LEOTA]]   DOB [[DATE:11/14/2025]]   MRN [[MRN:7720034516]]   Age {{age:4}} days
Reason: "he looks more yellow today." Term 39+0, BW 3.51 kg, breastfeeding q2-3h, 6 wet + 4 yellow stools today.
Sleepy but wakes to feed. No fever.
Today's TcB at clinic 12:00 was 13.8; serum bili drawn 13:15 -> {{lab:TSB 16.2}} mg/dL at 84 h, {{lab:direct 0.4}}.
Per {{eponym:Bhutani}} nomogram / AAP 2022 thresholds (no neurotoxicity risk factors, mom A+ baby A+, DAT neg):
below phototherapy threshold (~{{lab:19.9}} at 84 h) - OK to stay home.
Advice: continue feeding at least 8-12x/day, no water or sugar water (grandma [[NAME:Mele]] had suggested it - mom asked),
repeat TSB tomorrow [[DATE:11/19]] at 11:00 at the outpatient lab; call or come in for poor feeding, fewer than 6 wet diapers, very sleepy,
pale stools or dark urine.
Dr. [[NAME:Faleolo]] (peds attending) aware and agrees.
Documented by: [[NAME:kbrooks]] (RN triage)
""", summary="""
[[NAME:Alofa Leota]] called on [[DATE:11/18/2025]] because her 4-day-old son [[NAME:Isaia]] looked more yellow; his {{lab:TSB 16.2}} was below the
phototherapy threshold. She was advised to keep feeding often, avoid water, and repeat the bilirubin on [[DATE:11/19]].
"""),

    dict(style="geriatrics_care_home_review", note="""
CARE HOME WARD ROUND - Larchfield House (nursing)             GP: Dr [[NAME:S. Church]]
Resident: Mrs [[NAME:Edith HOPE]]   aged [[AGE:101]]   DOB [[DATE:16 May 1924]]   NHS [[MRN:450 118 2273]]   Room 4
Turned [[AGE:101]] last month - card from the King on the mantelpiece, she showed me twice.
Reason for review: staff concerned re bruising + weight loss.
Weight 44.1 kg (47.8 kg in January). Eating half portions, likes puddings. {{score:MUST 2}}.
Bruises on both forearms - consistent with care staff description of handling + {{drug:Eliquis}}.
AF, rate controlled, {{vital:HR 76}}. {{vital:BP 124/66}}. Chest clear. Skin: heels intact, sacrum blanching.
Bloods last week: {{lab:Hb 112}}, {{lab:Cr 121}} ({{lab:CrCl 21 ml/min}}), {{lab:albumin 31}}.
Meds reviewed:
 - {{drug:Eliquis}} {{dose:5 mg}} BD -> reduce to {{dose:2.5 mg}} BD (CrCl 15-29, and weight well under 60 kg)
 - stop {{drug:simvastatin}} - no benefit at this stage, she agrees ("I've no intention of living forever, doctor")
 - continue {{drug:bisoprolol}} {{dose:2.5 mg}}, {{drug:Laxido}} 1 sachet OD
 - {{drug:Fortisip}} BD, food chart 2 weeks
Discussed with daughter Mrs [[NAME:Christine Allen]] ({{age:76}}) by phone ([[PHONE:01603 478 221]]) - she is relieved about the statin.
Carer [[NAME:Precious]] reports Mrs [[NAME:Hope]] still enjoys the Tuesday singing group.
ReSPECT form reviewed - unchanged (not for CPR, not for hospital transfer unless for comfort).
Next review 4 weeks. [[NAME:SC]]
""", summary="""
Mrs [[NAME:Edith Hope]], [[AGE:101]], was reviewed in her care home for bruising and weight loss; her {{drug:Eliquis}} was reduced to {{dose:2.5 mg}}
twice daily for kidney function, {{drug:simvastatin}} stopped and supplements started. Her daughter [[NAME:Christine Allen]] agreed.
"""),

    dict(style="antenatal_gdm_clinic", note="""
Joint Antenatal Diabetes Clinic - review
Gestational diabetes diagnosed at 26 weeks (OGTT {{lab:fasting 5.8}}, {{lab:2-h 8.9}}). Now 32+2.
CBG diary (2 weeks): fasting 5.1-5.9 (target <5.3 - 9 of 14 above); 1-h post-breakfast 7.2-8.6; post-lunch and post-dinner mostly <7.8.
On {{drug:metformin}} {{dose:1 g}} BD since 28 weeks - GI upset settled.
Diet: dietitian reviewed; late-evening snack changed to protein.
Growth scan today: EFW 2.24 kg (82nd centile), AC 91st centile, liquor AFI 21 cm (upper normal). Umbilical artery {{eponym:Doppler}} normal.
{{vital:BP 124/78}}, urine protein negative.
Plan:
 - add {{drug:Insulatard}} {{dose:6 units}} at 22:00, titrate by 2 units every 3 days to fasting <5.3
 - hypo education given, {{drug:GlucoGel}} supplied
 - repeat growth scan 36 weeks
 - timing of birth: offer IOL at 38+0 to 40+6 depending on control and growth
 - postnatal: stop metformin + insulin after delivery, HbA1c at 13 weeks, annual thereafter
 - neonatal team aware: baby CBGs after birth, feed within 1 hour
""", summary="""
A woman at 32 weeks with gestational diabetes has raised fasting glucose on {{drug:metformin}} and an accelerating abdominal circumference,
so bedtime {{drug:Insulatard}} is being added with a repeat growth scan at 36 weeks and induction offered from 38 weeks.
"""),

    dict(style="adolescent_clinic_note", note="""
Young People's Clinic - confidential consultation                    [[DATE:Sat 15/03/25]]
[[NAME:Skye ROBERTSON]], {{age:15}}, attended alone. DOB [[DATE:21/06/2009]]. CHI [[MRN:2106098823]].
Lives with mum and stepdad in [[ADDRESS:Paisley]]; two younger half-brothers. S4 at school, wants to do nursing.
Requesting contraception. In a relationship with [[NAME:Kai]] ({{age:16}}, same school) for 5 months, sexually active, condoms "most of the time".
Competence: understands the advice, risks, alternatives - {{eponym:Gillick}} competent. {{eponym:Fraser}} guidelines met:
 - understands advice; cannot be persuaded to tell mum at present (encouraged; she might tell her aunt [[NAME:Leanne]])
 - likely to continue having sex; physical/mental health likely to suffer without; in her best interests
CSE / safeguarding screen: partner same age, no coercion, no gifts/alcohol, no older contacts online. No concerns.
Options discussed: implant, POP, COC, Depo. Chose {{drug:Nexplanon}} - fitted L arm today under {{drug:lidocaine}} {{dose:1%}} 2 ml.
UPT negative. Chlamydia/gonorrhoea NAAT - self-taken swab. Offered condoms (C-card).
{{vital:BP 108/66}}, BMI 21.
Follow-up by text to mobile [[PHONE:07944 310 582]] (consented; results only as "clinic OK / please call").
[[NAME:Fiona Drummond]], Nurse Practitioner, Sandyford / [[NAME:fdrum01]]
""", summary="""
[[NAME:Skye Robertson]], {{age:15}}, attended alone on [[DATE:15/03/25]] asking for contraception; she was {{eponym:Gillick}} competent, met the
{{eponym:Fraser}} guidelines and had no safeguarding concerns, and a {{drug:Nexplanon}} implant was fitted. STI results will be sent by text.
"""),

    dict(style="geriatrics_delirium_review", note="""
COTE - Delirium review (inpatient referral from Urology)
Haji [[NAME:Sher Mohammad SAFI]]      Hosp no [[MRN:B6618823]]     Age: [[AGE:94]] (passport DOB [[DATE:01/01/1931]] - son says the
real birth date is unknown, "he is at least [[AGE:ninety]]")
Day 3 of admission with urinary retention (900 ml on bladder scan), catheterised, UTI.
Collateral from son Mr [[NAME:Ahmad Zia Safi]] (by phone, [[PHONE:0121 496 0733]]): normally walks to the mosque with a stick, prays
five times a day, recognises all 14 grandchildren, speaks Pashto and Dari. Since Sunday muddled, shouting at night, not eating.
Seen with Dari interpreter (Language Line, ID [[MRN:233917]]).
{{score:4AT 8}} - attention impaired (months backwards not possible - used days of week in Dari), disorientated to place and year.
Hypoactive by day, hyperactive at night.
Contributors: UTI, retention, constipation (no BO 6 days), pain, {{drug:oxybutynin}} (anticholinergic - stopped), poor hearing
(no hearing aid), unfamiliar environment, dehydration ({{lab:urea 14.2}}, {{lab:Na 147}}).
Plan:
 - {{drug:Movicol}} 2 sachets BD; PR exam if no result 48 h
 - {{drug:tamsulosin}} {{dose:400 mcg}} OD; TWOC in 10 days
 - stop {{drug:nitrofurantoin}} ({{lab:eGFR 38}}) -> {{drug:cefalexin}} {{dose:500 mg}} BD to complete 7 days
 - family to visit in shifts, bring his prayer beads, topi and radio; halal diet ordered; daughter-in-law [[NAME:Shkula]] to help at meals
 - avoid {{drug:haloperidol}}; if distress dangerous, {{drug:lorazepam}} {{dose:0.5 mg}} PO only after senior review
 - capacity re discharge to be reassessed once delirium improves
Dr [[NAME:Amira Qureshi]], Geriatrics ST5, bleep [[PHONE:5582]]
""", summary="""
Haji [[NAME:Sher Mohammad Safi]], [[AGE:94]], has mixed delirium from infection, urinary retention, constipation, dehydration and an anticholinergic.
Dr [[NAME:Qureshi]] stopped {{drug:oxybutynin}}, changed his antibiotic to {{drug:cefalexin}} and set up family visits with his son [[NAME:Ahmad Zia Safi]].
"""),

    dict(style="prenatal_visit", note="""
OB PRENATAL VISIT - 28 wk
Patient: [[NAME:Sousa, Maria de Fátima]]    DOB [[DATE:03/17/1990]]    MRN [[MRN:6620184]]
Insurance: MassHealth ID [[MRN:100382947561]]    SSN xxx-xx-[[SSN:6612]]
Address: [[ADDRESS:233 Madeira Ave, Fall River, MA 02723]]    Home [[PHONE:508-555-0139]]
Visit [[DATE:07/29/2025]]. G3P2002, IUP at 28w1d by 8-wk US. EDD [[DATE:10/20/2025]].
Interpreter: in-person Portuguese ([[NAME:Fernanda Rocha]], #[[MRN:P-2207]]). Husband [[NAME:Paulo]] present with their 2 boys.
S: +FM, no LOF/VB/ctx. Mild heartburn. No HA/visual sx.
O: {{vital:BP 118/72}}, wt 168 lb (+19 total), FH 28 cm, {{vital:FHR 142}}. Urine neg/neg.
Labs today: {{lab:1-hr GCT 128}} (pass), {{lab:Hgb 10.4}}, {{lab:plt 231}}. Blood type B neg, antibody screen neg.
A/P:
 1. {{drug:RhoGAM}} {{dose:300 mcg}} IM given today, card given
 2. {{drug:Tdap}} given L deltoid
 3. mild anemia -> {{drug:ferrous sulfate}} {{dose:325 mg}} every other day
 4. kick counts reviewed; preterm labor precautions
 5. heartburn - {{drug:Tums}} PRN, small meals
 6. desires BTL after delivery - Medicaid sterilization consent signed today ([[DATE:7/29/25]]), valid after 30 days
RTC 2 wks ([[DATE:Tues 8/12]]) with Dr. [[NAME:Medeiros]].
[[NAME:Jennifer Costa]], CNM
""", summary="""
[[NAME:Maria de Fátima Sousa]] was seen at 28 weeks on [[DATE:07/29/2025]] and had a normal glucose screen; she received {{drug:RhoGAM}} and {{drug:Tdap}}
and started iron for mild anaemia. She signed sterilisation consent for tubal ligation and returns on [[DATE:8/12]].
"""),

    dict(style="child_development_review", note="""
Child Development Service - Multidisciplinary review          [[DATE:4 August 2025]]
Tamaiti: [[NAME:Mikaere TĀWHAI]]     NHI [[MRN:HNZ4471]]     DOB [[DATE:19.05.2021]]     {{age:4}} yrs
Whānau present: mum [[NAME:Anahera]], dad [[NAME:Nikora]], and Nan ("[[NAME:Kui]]" - [[NAME:Huia Tāwhai]]), who minds him three days a week.
Background: {{eponym:Down}} syndrome (trisomy 21); complete AVSD repaired at 5 months (Starship); OSA - adenotonsillectomy 2024.
Attends kōhanga reo 3 days; te reo Māori main language at home with Nan, English with parents.
Progress:
 - Gross motor: walking well, running, climbs stairs with rail
 - Speech: ~60 words (te reo + English) + signs; combining 2 words. SLT [[NAME:Hannah Drew]] 1:1 fortnightly.
 - Feeding: chewing better; still prefers soft food
 - Toileting: not yet
Health surveillance: {{lab:TSH 3.1}}, {{lab:fT4 14}} (normal, last [[DATE:12/02/25]]). Hearing - mild conductive loss R, grommets discussed.
Eyes - glasses for hypermetropia, wears them at kōhanga. Echo (cardiology [[DATE:Feb 3]]) - mild residual left AV valve regurg.
Growth on {{eponym:Down}} syndrome chart: weight 50th, height 25th.
Plan: ENT referral for grommets; continue SLT + kōhanga support; school transition planning for next year with Ministry of
Education (learning support coordinator [[NAME:Rāwiri Kereama]]); next CDS review 6 months.
[[NAME:Drew]] to send Nan a copy of the Makaton sign sheet. Kaitiaki contact: [[PHONE:07 838 2140]] ext [[PHONE:22410]].
Dr [[NAME:Leilani Fonoti]], Developmental Paediatrician
""", summary="""
[[NAME:Mikaere Tāwhai]], {{age:4}}, with {{eponym:Down}} syndrome is progressing in motor skills and bilingual speech, with normal thyroid tests
and a mild right conductive hearing loss needing ENT referral. His whānau, including his Nan [[NAME:Huia]], attended the review.
"""),

    dict(style="advance_care_planning", note="""
ADVANCE CARE PLANNING - GP / community frailty team home visit
Mr [[NAME:Iorwerth]] "[[NAME:Iori]]" [[NAME:PROSSER]], [[AGE:90]], retired sheep farmer. [[ADDRESS:Pen-y-Graig Farm, Tregaron SY25 6LR]].
Present: [[NAME:Iori]]; daughters [[NAME:Meinir Davies]] and [[NAME:Sioned Prosser]] (both LPA health & welfare + property & finance,
registered OPG ref [[MRN:7000-4419-8826]]). Conversation in Welsh and English.
Health: heart failure (EF 30%), CKD 4, two admissions since the spring. Breathless walking to the yard; can no longer
carry wood in for the stove. {{score:NYHA III}}.
{{score:CFS 6}}.
What matters to [[NAME:Iori]]: staying on the farm, seeing the dogs, chapel on Sundays, "not being a nuisance".
Wishes:
 - would not want CPR - DNACPR completed (all-Wales form), copy on fridge
 - would go to hospital for something fixable (e.g. a fracture) but not for intensive care or dialysis
 - preferred place of death: home; second choice Tregaron Community Hospital
 - happy for district nurses to hold just-in-case meds ({{drug:morphine}}, {{drug:midazolam}}, {{drug:hyoscine butylbromide}},
   {{drug:levomepromazine}})
Medication: {{drug:furosemide}} {{dose:80 mg}} mane, {{drug:bisoprolol}} {{dose:5 mg}}, {{drug:Entresto}} stopped ([[DATE:10/10/25]]) for
hypotension {{vital:BP 92/54}}.
Shared with OOH, WAST and the heart failure nurse [[NAME:Nerys Williams]] (mob [[PHONE:07866 402 117]]).
Review: after next admission or within 3 months.
Dr [[NAME:Gruffydd Rees]], GP, Canolfan Iechyd Tregaron
""", summary="""
Mr [[NAME:Iorwerth Prosser]], [[AGE:90]], with advanced heart failure and CKD, made an advance care plan with his daughters [[NAME:Meinir]] and
[[NAME:Sioned]], declining CPR, intensive care and dialysis and preferring to die at home. Just-in-case medicines will be held by district nurses.
"""),

    dict(style="early_pregnancy_unit", note="""
EARLY PREGNANCY UNIT - Consultation            Date: [[DATE:2025-09-16]]
Name: [[NAME:Maryam AMIRI]]     DOB: [[DATE:12-Jul-1994]]     Hosp no: [[MRN:MR00451872]]
Interpreter: Ms [[NAME:Zahra Karimi]] (Dari, face to face). Husband [[NAME:Farid Amiri]] present at Mrs [[NAME:Amiri]]'s request.
G3 P2 (SVD x2, children [[NAME:Yusuf]] {{age:6}} and [[NAME:Roya]] {{age:3}}). LMP [[DATE:18/07/25]] -> 8+4 by dates.
Brown spotting 5 days, no pain. {{vital:BP 116/70}}, {{vital:HR 74}}.
TVUS: intrauterine gestational sac MSD 24 mm, fetal pole CRL 9.1 mm, no fetal heart activity seen. Adnexa normal.
Second opinion scan by [[NAME:Jane Field]] (sonographer) - agrees. Diagnosis: missed miscarriage.
Explained sensitively with interpreter; [[NAME:Maryam]] tearful, asked if it was because she carried shopping - reassured no.
Options: expectant, medical, surgical (MVA under LA or under GA). After time alone with [[NAME:Farid]], chose medical management at home.
 - {{drug:mifepristone}} {{dose:200 mg}} PO taken in unit 11:40
 - {{drug:misoprostol}} {{dose:800 mcg}} PV/buccal to take at home in 48 h ([[DATE:Thurs 18th]] am) + {{drug:codeine}}/{{drug:paracetamol}},
   {{drug:cyclizine}} supplied
 - blood group A pos - no {{drug:anti-D}} needed
 - urine pregnancy test 3 weeks after ([[DATE:07/10/2025]])
Safety-net: soaking 2 pads/hr for 2 h, fever, severe pain -> EPU [[PHONE:0161 276 4480]] or A&E out of hours.
Leaflet in Dari given. Offered follow-up with bereavement midwife [[NAME:Grace]] - they would like a call next week.
[[NAME:J. Field]] / Dr [[NAME:Shabana Mir]] (O&G ST3)
""", summary="""
[[NAME:Maryam Amiri]] was diagnosed with a missed miscarriage at about 8 weeks on [[DATE:2025-09-16]], explained through a Dari interpreter with her
husband [[NAME:Farid]] present. She chose medical management with {{drug:mifepristone}} in the unit and {{drug:misoprostol}} at home.
"""),

    dict(style="immunisation_catch_up", note="""
PRACTICE NURSE - Immunisation catch-up (arrived from abroad)
Twins: [[NAME:Antoni DĄBROWSKI]] and [[NAME:Hanna DĄBROWSKA]]     DOB [[DATE:30.09.2023]]     Age {{age:2}}
NHS nos [[MRN:918 442 0761]] / [[MRN:918 442 0788]]
Moved from [[ADDRESS:Poznań]] in May; registered here [[DATE:11 Nov 2025]]. Mum [[NAME:Magdalena]] brought the Polish health book
(książeczka zdrowia) - translated with her help. Big brother [[NAME:Filip]] ({{age:6}}) - separate appointment for his pre-school booster.
Record (both twins, same dates):
  BCG                        [[DATE:02.10.2023]]
  Hep B                      [[DATE:01.10.2023]], [[DATE:04.12.2023]], [[DATE:10.04.2024]]
  DTaP-IPV-Hib (6-in-1 equiv) [[DATE:04.12.2023]], [[DATE:05.02.2024]], [[DATE:10.04.2024]], booster [[DATE:15.01.2025]]
  PCV13                      [[DATE:04.12.2023]], [[DATE:05.02.2024]], booster [[DATE:17.10.2024]]
  Rotavirus                  x2 (completed)
  MMR #1                     [[DATE:17.10.2024]]
  MenB / MenC                not given (not routine in Poland)
Given today (both): MenB ({{drug:Bexsero}}) + {{drug:paracetamol}} {{dose:120 mg/5 ml}} advice - {{dose:5 ml}} at time of vaccine then 2 doses
4-6 hrly; Hib/MenC booster; nasal flu.
Plan: 2nd MenB in 8 weeks; MMR #2 at 3y4m with pre-school booster (UK schedule). Next appt [[DATE:13/01/2026]].
Both twins well, no fever. Observed 15 min. Mum's mobile [[PHONE:07395 662 014]]; prefers Polish leaflets.
[[NAME:Emma Church]], Practice Nurse  ([[NAME:EC]])
""", summary="""
The twins [[NAME:Antoni Dąbrowski]] and [[NAME:Hanna Dąbrowska]], {{age:2}}, recently moved from [[ADDRESS:Poznań]], had their Polish vaccination records
transcribed and were given MenB, Hib/MenC and nasal flu on [[DATE:11 Nov 2025]] with {{drug:paracetamol}} advice. The next appointment is [[DATE:13/01/2026]].
"""),

    dict(style="gp_home_visit", note="""
hv - mrs [[NAME:margaret]] "[[NAME:peggy]]" [[NAME:hill]], [[AGE:98]]yo, [[ADDRESS:3 chapel row, holt]]
requested by great-granddaughter [[NAME:daisy]] (lives next door) - "chesty and off her food" 3 days
lives alone, carers bd, sharp as a tack usually. walks to the gate and back - gave up the hill to church last winter. today a bit slower but knew me, knew date - [[DATE:the 23rd]]
o/e {{vital:t 37.9}} {{vital:hr 96}} irreg {{vital:rr 22}} {{vital:sats 93%}} ra {{vital:bp 134/72}}
coarse creps r base, no wheeze. calves soft. mmm dry.
{{score:crb-65 1}} (age only - not confused, rr <30, bp ok)
imp: lrti / ?early cap
she does not want hospital, says "i've seen enough of the n&n for one lifetime" - capacity for this decision, clear and consistent
plan:
- {{drug:doxycycline}} {{dose:200 mg}} stat then {{dose:100 mg}} od x4 days (pen allergic)
- fluids, encourage - [[NAME:daisy]] will pop round 3x/day, carers to chart
- respect form already on fridge (not for cpr)
- safety net given to [[NAME:daisy]] ([[PHONE:07817 220 945]]) - ring if more breathless or confused; will phone her thurs
- dn to check in tomorrow
dr [[NAME:m. wood]]
""", summary="""
Mrs [[NAME:Margaret Hill]], [[AGE:98]], seen at home with a chest infection, chose to stay at home and was started on {{drug:doxycycline}}.
Her great-granddaughter [[NAME:Daisy]] will help with fluids and call if she worsens, and the district nurse will visit tomorrow.
"""),
]
