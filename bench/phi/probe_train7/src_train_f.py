# Hand-written synthetic notes, style set (f): rural and remote clinic notes, outreach and street-medicine notes,
# maternity and well-child visits, with spoken dates and ages above 89. Every person, number, date and street is
# invented (towns are real).
NOTES = [
    dict(style="rural_mobile_clinic", note="""
MOBILE CLINIC - altiplano outreach, [[ADDRESS:Acora]] district ([[ADDRESS:Puno]])
Patient: [[NAME:APAZA CHOQUE, Wara]]   Age [[AGE:91]] (from baptism record; no birth date on DNI)   Ficha [[MRN:AC-0772]]
Walked 40 min with [[NAME:Willka Ticona]], who interpreted from Aymara. Cough and fever since the fiesta on the
[[DATE:second of february]], worse the last three nights, sleeps sitting up. Doña [[NAME:Wara]] still herds the sheep.
{{vital:T 38.4}}, {{vital:RR 28}}, {{vital:HR 104}}, {{vital:SpO2 82%}} RA at 3,850 m (elders here usually 86-88).
Crackles and bronchial breathing R base. No edema. {{score:CRB-65 2}} (age, RR).
Offered transfer to Hospital Regional Manuel Núñez Butrón; she and [[NAME:Willka]] declined - no one to stay with the
animals. Agreed to treat here:
- {{drug:amoxicillin}} {{dose:1 g}} TID x7 d, first dose given; {{drug:paracetamol}} {{dose:500 mg}} q6h prn
- fluids, sleep propped, keep the stove lit
Don [[NAME:Mallku Quispe]] (health promoter) will check on her daily and call if she is more breathless or confused:
[[PHONE:951 402 877]]. We return to the community on the [[DATE:ninth]].
Dr [[NAME:Amaru Huanca]] / Lic. [[NAME:Phaxsi Limachi]] (enf.) - [[NAME:AH]]/[[NAME:PL]]
""", summary="""
Mobile-clinic note on [[NAME:Wara Apaza Choque]], aged [[AGE:91]], with right basal pneumonia at altitude
({{vital:SpO2 82%}}): transfer was declined, so oral {{drug:amoxicillin}} was started. [[NAME:Mallku Quispe]] will check daily
until the team returns on the [[DATE:ninth]].
"""),

    dict(style="street_medicine_outreach", note="""
STREET MEDICINE - Tuesday night van run, [[ADDRESS:Portland]]
Encounter [[MRN:SM-25-0318]]   Camp under the overpass at [[ADDRESS:Wexford Ave]] & [[ADDRESS:SE 3rd]]
[[NAME:Dean]] ("[[NAME:Deano]]") at his usual spot, sitting up, chatty. R foot pain x1 wk since his boots got soaked.
Chart match: [[NAME:Dean R. Payne]], DOB [[DATE:5/2/1968]]. [[NAME:Payne]]'s pain 7/10 walking, 3/10 resting.
Foot: 4 x 3 cm erythema dorsum R foot, warm, no fluctuance, macerated toe webs, DP pulse 2+. Border marked w pen.
{{vital:T 37.9}}, {{vital:HR 102}}, {{lab:POC glucose 212}}.
Gave {{drug:cephalexin}} {{dose:500 mg}} QID x7 d (first dose witnessed), dry socks x4, foot powder, {{drug:Tdap}}.
[[NAME:Art Moss]] in the next tent says [[NAME:Dean]] has been drinking less since he got out of county on the [[DATE:twelfth]].
[[NAME:Art]] asked for naloxone - 2 kits {{drug:Narcan}} {{dose:4 mg}}, OD teaching with both. Moss and black mold on the
tent walls; new tarps offered, [[NAME:Art]] took one.
Plan: recheck Thursday at same spot; if redness past the pen line, [[NAME:Guto]] will walk him to the ED.
Team: [[NAME:Guto]] (RN), [[NAME:Ane]], [[NAME:Bo]] (peer).  -- [[NAME:Joy Azzopardi]], FNP
""", summary="""
Street-medicine visit with [[NAME:Dean Payne]], who has right foot cellulitis: {{drug:cephalexin}} was started, {{drug:Tdap}}
given and the border marked. [[NAME:Art Moss]] received naloxone kits, and a recheck is planned Thursday.
"""),

    dict(style="prenatal_visit", note="""
PRENATAL VISIT - community clinic, [[ADDRESS:Springdale AR]]
[[NAME:LANKI, JITIAM K]]   DOB [[DATE:07/22/1999]] ({{age:25}})   Medicaid ID [[MRN:2217734590]]
G3P2002 at 28w3d by 9-wk US, EDD [[DATE:06/06/2025]]. Interpreter in person: [[NAME:Hilda deBrum]].
[[NAME:Jitiam]] came with [[NAME:Kora]] and both little ones, [[NAME:Georgia]] and [[NAME:Lincoln]]; [[NAME:Lijon]] is on nights at the
poultry plant. Feels well, good FM, ankles puffy by evening. No HA, no visual change, no RUQ pain.
{{vital:BP 118/72}}, total gain 7.2 kg, FH 29 cm, FHR 144 by {{eponym:Doppler}}. Trace edema.
{{lab:1-h GCT 152 mg/dL}} - GDM last pregnancy, diet only. {{lab:Hgb 9.8}}, {{lab:ferritin 8}}. O pos, antibody neg.
Plan: 3-h GTT on the [[DATE:eleventh]], fasting from midnight ([[NAME:Hilda]] went through the Marshallese handout with her).
{{drug:Tdap}} today. {{drug:Ferrous sulfate}} {{dose:325 mg}} every other day with juice. No {{drug:RhoGAM}} needed.
She asked if this one will come early like [[NAME:Lincoln]], born on the [[DATE:fourth of July]] at 35 weeks.
Return 2 wks. Cell [[PHONE:479-301-6627]] (text OK, [[NAME:Kora]]'s phone if no answer: [[PHONE:479-301-2290]]).
Fetal heart tones reassuring.  -- [[NAME:Sue Hart]], CNM
""", summary="""
28-week prenatal visit for [[NAME:Jitiam Lanki]] with a raised glucose challenge ({{lab:1-h GCT 152 mg/dL}}) and iron
deficiency: 3-hour GTT on the [[DATE:eleventh]], {{drug:ferrous sulfate}} started and {{drug:Tdap}} given, with [[NAME:Hilda deBrum]]
interpreting.
"""),

    dict(style="well_child_visit", note="""
WELL CHILD - 12 MONTHS
[[NAME:Tåsi Quitugua Camacho]]   DOB [[DATE:03/03/2024]]   MRN [[MRN:G-200418]]
Here with [[NAME:Ha'ani]] and Tan [[NAME:Rita]]; family in [[ADDRESS:Dededo]]. [[NAME:Jun]] is deployed, joined by video for the
last part. Seen in April for L AOM, resolved with {{drug:amoxicillin}}.
Growth: wt 9.6 kg (45th %ile), length 75 cm (50th), HC 46 cm (55th).
Dev: cruising, pincer grasp, waves bye, 3 words ("mama", "nåna", "ba"). Points to ask. No concerns from [[NAME:Ha'ani]].
Diet: whole milk 20 oz/day - advised cap at 16-24 oz; eats rice, fish, chicken kelaguen without the hot pepper. 6 teeth.
Labs: {{lab:Hgb 11.2}}, {{lab:lead <3.3 mcg/dL}}.
Vaccines: {{drug:M-M-R II}}, {{drug:Varivax}}, {{drug:Havrix}}, {{drug:Prevnar 20}} #4. Fluoride varnish applied.
Guidance: rear-facing car seat, water safety at the beach, typhoon kit with formula/water stored.
Tan [[NAME:Rita]] asked about [[NAME:Tåsi]]'s bowed legs - normal physiologic at this age, will recheck.
Next visit 15 months, around the [[DATE:third of June]].  -- [[NAME:April Borja]], FNP
""", summary="""
Twelve-month well-child visit for [[NAME:Tåsi Quitugua Camacho]]: normal growth and development, normal {{lab:Hgb 11.2}} and
lead, and {{drug:M-M-R II}}, {{drug:Varivax}}, {{drug:Havrix}} and {{drug:Prevnar 20}} given. Next visit around the [[DATE:third of June]].
"""),

    dict(style="remote_health_centre", note="""
HEALTH CENTRE OPD BOOK
Name: [[NAME:Kila Wari]]   M   approx {{age:45}}   From: above [[ADDRESS:Kerowagi]]
Carried in on a stretcher by [[NAME:Kaupa]] and [[NAME:Nime]], 3 hours walk. Says "skin i hat tumas na het i pen" since
[[DATE:Sunday the ninth]]; vomiting x2 today, not eating.
{{vital:T 39.6}}, {{vital:HR 118}}, {{vital:BP 96/60}}. Prostrate - cannot sit unsupported. Pale, no jaundice, neck soft.
RDT Pf positive. {{lab:Hb 7.4 g/dL}} (HemoCue). {{lab:BSL 5.1}}.
Severe malaria (prostration). {{drug:Artesunate}} {{dose:2.4 mg/kg}} IM = {{dose:144 mg}} at 1350, {{drug:paracetamol}} {{dose:1 g}}.
1420 radio call to Dr [[NAME:Gima]] at Kundiawa General: [[NAME:Gima]] says repeat artesunate at 12 h and 24 h, send down
by PMV at first light if not sitting up or Hb below 6. Road open per [[NAME:Wapi]].
[[NAME:Agnes Tongap]] staying with him overnight; no phone, messages via [[NAME:Wapi]] (VHW) [[PHONE:7124 3380]].
Sr [[NAME:Lucy Kaupa]]  ([[NAME:LK]])
""", summary="""
Health-centre entry for [[NAME:Kila Wari]] with severe falciparum malaria and {{lab:Hb 7.4 g/dL}}: IM {{drug:artesunate}} was
given and Dr [[NAME:Gima]] advised transfer by PMV if he is not improving by morning.
"""),

    dict(style="rural_birth_record", note="""
NURSING STATION - birth record / postnatal note, [[ADDRESS:Nabouwalu]], [[ADDRESS:Bua]]
[[NAME:Mere Vakaloloma]], G1P0 -> P1, 39+2 wk
Arrived 0145 by fibreglass boat from [[ADDRESS:Kia]] with [[NAME:Jone]] and Bu [[NAME:Salote]]. Contracting 3 in 10, cx 6 cm,
membranes intact, FHR 140s.
Baby girl born on the [[DATE:third]] at 0512, SVD, {{score:Apgar 8}} at 1 min and {{score:Apgar 9}} at 5, wt 3,180 g.
Active 3rd stage: {{drug:oxytocin}} {{dose:10 IU}} IM, placenta complete 0520, EBL 350 mL. 2nd-degree tear sutured by
Adi [[NAME:Litia Ratu]], midwife.
Mother: {{vital:BP 124/78}}, fundus firm, breastfed within the first hour. Baby: {{drug:vitamin K}} {{dose:1 mg}} IM,
{{drug:BCG}}, hep B birth dose.
They have named her [[NAME:Hope]]. [[NAME:Jone]] says they hope to take her to [[ADDRESS:Labasa]] for the 6-week clinic.
Plan: home day 2 if well; postnatal check by the nurse at [[ADDRESS:Kia]]. [[NAME:Jone]] on Vodafone [[PHONE:927 4410]].
S/N [[NAME:Losana Koroi]]. (Card misspelled "[[NAME:Vakalolma]]" - corrected.)
""", summary="""
Birth record for [[NAME:Mere Vakaloloma]], who delivered a girl, [[NAME:Hope]], on the [[DATE:third]] with {{score:Apgar 8}} and
{{score:Apgar 9}} after arriving by boat in labour. Third stage and tear repair were uncomplicated and a postnatal check is planned.
"""),

    dict(style="well_child_visit", note="""
WELL CHILD 4 YEARS - Rural Health Clinic
Here with mother and grandfather. Healthy since last visit, one URI over the winter.
Growth: wt 16.8 kg (55th %ile), ht 103 cm (50th), BMI 15.8. {{vital:BP 96/58}}.
Vision: LEA Symbols 20/32 OU ({{eponym:Snellen}} equivalent). Hearing: OAE pass bilaterally.
Dev: ASQ-3 above cutoff in all domains; hops on one foot, draws a cross, tells a story. Starts Pre-K in the fall.
Dental: 2 caries upper molars - referred to the Dental Van. Fluoride varnish applied.
Vaccines: {{drug:Kinrix}} (DTaP-IPV) and {{drug:ProQuad}} (MMRV) given; {{drug:FluMist}} declined.
Concern: snores most nights, tonsils 3+, no witnessed apnea, no daytime sleepiness. Hope to avoid a sleep study
(nearest lab 3 hrs away); ENT referral if persists at 3 months.
Screen time ~3 h/day, discussed. Forward-facing car seat with harness. Lives near the river - life jacket reviewed.
Return at 5 years. Will call family with ENT contact details.
""", summary="""
Four-year well-child visit at a rural clinic: normal growth and development, two dental caries referred, and {{drug:Kinrix}}
and {{drug:ProQuad}} given. Snoring with large tonsils will be watched with possible ENT referral.
"""),

    dict(style="remote_home_visit", note="""
HOME VISIT - district physician, [[ADDRESS:Kautokeino]]
[[NAME:Niillas Gaup]] ("[[NAME:Nils]]" in the national register), [[AGE:94]]
Drove 70 km to the winter house at [[ADDRESS:Máze]]. [[NAME:Niillas]] still feeds the dogs himself and was out in the snow
when we arrived. [[NAME:Risten]] was there; [[NAME:Jovnna]] interpreted North Sámi by phone from [[ADDRESS:Tromsø]].
Two falls since the [[DATE:twentieth]], both getting up at night; no head strike, no LOC. Dizzy on standing.
{{vital:BP 142/78}} lying, {{vital:BP 110/64}} standing 1 min, {{vital:HR 46}} regular. Portable ECG: sinus brady, 1st-degree
AV block, PR 240 ms.
Meds: {{drug:metoprolol}} {{dose:50 mg}} BID (started in [[ADDRESS:Hammerfest]] last autumn), {{drug:amlodipine}} {{dose:5 mg}},
{{drug:Paracet}} prn.
{{score:Clinical Frailty Scale 6}}, {{score:MMSE 27/30}}. Lungs clear, no edema.
Plan: stop {{drug:metoprolol}}, {{drug:amlodipine}} down to {{dose:2.5 mg}}. Night light and commode by the bed. Safety alarm
ordered, though mobile coverage in the valley is poor. Home nursing ([[NAME:Elle-Máret]]) weekly.
[[NAME:Risten]] will phone on the [[DATE:twenty-fifth]] with home BP readings: [[PHONE:+47 917 22 348]].
-- [[NAME:Biret Utsi]], kommunelege
""", summary="""
Remote home visit to [[NAME:Niillas Gaup]], aged [[AGE:94]], after two night-time falls with orthostatic hypotension and
bradycardia ({{vital:HR 46}}): {{drug:metoprolol}} was stopped and {{drug:amlodipine}} reduced. [[NAME:Risten]] will report BP
readings on the [[DATE:twenty-fifth]].
"""),

    dict(style="district_nursing_visit", note="""
DISTRICT NURSING - home visit
[[NAME:PUGH, Bleddyn]]   [[AGE:92]]   NHS [[MRN:624 118 3057]]
[[ADDRESS:Pen-y-Graig Uchaf, Llanbrynmair, SY19 7DW]]
Lane under water after the rain; [[NAME:Ieuan]] brought me up from the road on the quad.
[[NAME:Bleddyn]] in his chair by the Rayburn, dog at his feet. Low since [[NAME:Eirlys]]'s funeral on the [[DATE:sixteenth]] - sleeping
badly, eating "when I remember". {{score:GDS 9/15}}. Denies thoughts of self-harm.
R gaiter ulcer 4.1 x 3.0 cm (4.8 x 3.5 on the [[DATE:2nd]]), 20% slough, moderate exudate, no cellulitis.
{{eponym:Doppler}} {{lab:ABPI 0.92}} R / {{lab:ABPI 0.95}} L, done with [[NAME:Holly]] (HCA).
Cleansed, {{drug:Inadine}}, K-Two compression reapplied. Callus over ball of R foot pared.
Rang Dr [[NAME:Ball]] at the surgery re mood and sleep: start {{drug:mirtazapine}} {{dose:7.5 mg}} nocte.
[[NAME:Ieuan]] to collect it from the chemist in [[ADDRESS:Machynlleth]] on Friday.
Next visit [[DATE:Thurs the 27th]], sooner if the lane floods again.
[[NAME:Llinos Prys-Jones]], DN   [[PHONE:07700 913 442]]
""", summary="""
District nurse visit to [[NAME:Bleddyn Pugh]], aged [[AGE:92]], whose leg ulcer is shrinking under compression
({{lab:ABPI 0.92}}); he is low after a bereavement and Dr [[NAME:Ball]] started {{drug:mirtazapine}}. Next visit the [[DATE:27th]].
"""),

    dict(style="street_medicine_chat", note="""
outreach team chat - river path / library run
18:02 [[NAME:aitor]]: at the river path by the footbridge. [[NAME:pearl]] here, says sugars "low all week", {{lab:poc 58}}
18:03 [[NAME:aitor]]: gave glucose gel + juice, recheck in 15
18:05 [[NAME:grace.s]]: is she still on the {{drug:lantus}}? she told me {{dose:20 units}} last month
18:06 [[NAME:aitor]]: says her pen got stolen on the [[DATE:6th]], no insulin since
18:07 [[NAME:grace.s]]: then why low... is she eating at all
18:09 [[NAME:aitor]]: {{lab:poc 104}} now. will bring her a new pen tmrw if [[NAME:mark]] can get the rx
18:11 [[NAME:mark]]: can do. [[NAME:pearl]]'s dob [[DATE:9/14/71]]?
18:12 [[NAME:aitor]]: yes. also [[NAME:rich]] at the library steps w chest pain since noon
18:13 [[NAME:grace.s]]: [[NAME:rich]] has a stent. call 911 dont wait
18:13 [[NAME:mark]]: agree, calling
18:25 [[NAME:aitor]]: ems here. {{vital:hr 112}} {{vital:bp 168/94}}, he took his own {{drug:nitro}} x1. going to st vincent's
18:40 [[NAME:aitor]] -> [[NAME:grace]]: handing off [[NAME:pearl]], she's at the warming center on [[ADDRESS:Tillamere St]] tonight
18:41 [[NAME:grace.s]]: got it. [[NAME:kim do]] and i will do the am glucose check
18:42 [[NAME:aitor]]: [[NAME:grace]] - thx. rich cake in her bag btw, might explain nothing lol
""", summary="""
Outreach chat: [[NAME:Pearl]] was hypoglycemic ({{lab:poc 58}}) after her {{drug:lantus}} pen was stolen and was treated, and
EMS took [[NAME:Rich]] to hospital with chest pain. [[NAME:Aitor]] handed [[NAME:Pearl]]'s follow-up to [[NAME:Grace]].
"""),

    dict(style="postpartum_home_visit", note="""
LJÓSMÓÐIR HEIMAÞJÓNUSTA - postpartum home visit, day 4
[[NAME:Ragnheiður Ásgeirsdóttir]], {{age:31}}, P2, and baby boy (not named yet - christening in summer)
Farm outside [[ADDRESS:Höfn]], 40 min from the health centre.
Born on the [[DATE:fourth]] at 0310 in [[ADDRESS:Neskaupstaður]], SVD, 1st-degree tear. Home since the [[DATE:sixth]].
[[NAME:Sigurjón]] is home on parental leave with [[NAME:Embla]] ({{age:3}}), who is curious and a little jealous.
Mother: {{vital:BP 122/76}}, {{vital:T 36.8}}, fundus 2 fb below umbilicus, lochia rubra moderate, perineum healing.
Breasts full, L nipple cracked - latch corrected, laid-back position shown. Feeds at dawn are the hardest, she says.
{{score:EPDS 7}}.
Baby: wt 3,410 g (birth 3,620 g, -5.8%). Jaundiced to chest, {{lab:TcB 198 µmol/L}}, below treatment line for age.
9-10 feeds/24 h, 6 wet nappies, stools yellow. Heel prick done on the [[DATE:sixth]] in hospital.
{{drug:Lanolin}} for nipples; {{drug:ibuprofen}} {{dose:400 mg}} prn.
Next visit the [[DATE:tenth]]; weigh again.  [[NAME:Halldóra Eyþórsdóttir]], ljósmóðir  [[PHONE:+354 862 4417]]
""", summary="""
Day-4 postpartum home visit for [[NAME:Ragnheiður Ásgeirsdóttir]] and her son: 5.8% weight loss and mild jaundice
({{lab:TcB 198 µmol/L}}) below treatment level, latch corrected and {{score:EPDS 7}}. Review on the [[DATE:tenth]].
"""),

    dict(style="well_child_visit", note="""
CRED CONTROL 18 MONTHS - Puesto de Salud, [[ADDRESS:Ocongate]]
[[NAME:HUAMÁN CCORI, Sumaq]]   HC [[MRN:2024-00318]]   {{age:18 months}}
[[NAME:Sumaq]] came on [[NAME:Ch'aska]]'s back, 2 hours down from the community above [[ADDRESS:Tinki]]; [[NAME:Amaru]] is up with
the alpacas until the fiesta. Quechua only; [[NAME:Yupanqui]] (técnico) translated.
Wt 9.4 kg (W/A z -1.6), length 75.1 cm (L/A z -2.3 - stunting), active, alert.
{{lab:Hb 10.9 g/dL}} measured at 3,900 m; altitude-adjusted {{lab:Hb 8.9}} - moderate anemia.
[[NAME:Ch'aska]] says the chispitas made him vomit, so she stopped. Changed to {{drug:ferrous sulfate}} drops
{{dose:3 mg/kg/day}}, with the first dose given here. {{drug:Albendazole}} {{dose:400 mg}} single dose.
Vaccines: {{drug:SPR}} 2nd dose, {{drug:DPT}} 1st booster.
Dev: walks alone, 5 words in Quechua, stacks 3 cubes.
Counselled on sangrecita and liver twice a week; showed the growth curve to [[NAME:Ch'aska]].
Next control the [[DATE:fifteenth]] with Hb recheck in 1 month; [[NAME:Yupanqui]] will visit the house before then.
Lic. [[NAME:Nina Quispe Tupa]], enfermera
""", summary="""
Eighteen-month well-child check at a highland health post: [[NAME:Sumaq Huamán Ccori]] is stunted with moderate anemia
({{lab:Hb 8.9}} altitude-adjusted), so {{drug:ferrous sulfate}} drops replaced micronutrient powder. Next control on the [[DATE:fifteenth]].
"""),

    dict(style="rural_dictation_transcript", note="""
rural clinic dictation - transcript unedited
this is doctor [[NAME:iñaki arregi]] dictating on [[DATE:march third twenty twenty five]] at the clinic in [[ADDRESS:san pedro]] patient is
[[NAME:jasy benítez]] no birth date she says she is [[AGE:ninety]] her cédula says [[AGE:ninety one]] so [[AGE:ninety one]]
brought in on the back of a pickup by [[NAME:ñandu]] and [[NAME:porã]] from the colonia about two hours out she fell on the
[[DATE:twenty eighth]] getting water and has not walked since
left leg short and externally rotated pain with any movement of the hip distal pulses and sensation fine skin intact no
head strike per [[NAME:ñandu]]
{{vital:bp one fifty over ninety}} {{vital:heart rate ninety eight}} {{vital:sats ninety four percent}}
she has been taking a yuyo tea for the pain and also {{drug:diclofenac}} [[NAME:ñandu]] bought in town
impression left hip fracture most likely neck of femur
plan {{drug:morphine}} {{dose:two point five milligrams}} iv given {{drug:paracetamol}} {{dose:one gram}} iv leg supported with
pillows called the regional hospital in [[ADDRESS:santaní]] spoke with doctor [[NAME:tupã ortiz]] who accepts her ambulance
tomorrow morning callback for [[NAME:ñandu]] is [[PHONE:zero nine eight one four four two seven one nine]] end of dictation
""", summary="""
Dictated rural clinic note: [[NAME:Jasy Benítez]], aged [[AGE:91]], has a probable left hip fracture after a fall on the
[[DATE:twenty eighth]]. She was given {{drug:morphine}} and {{drug:paracetamol}} and accepted by Dr [[NAME:Tupã Ortiz]] in
[[ADDRESS:Santaní]].
"""),

    dict(style="rural_emergency_note", note="""
RURAL EMERGENCY CLINIC NOTE - Critical Access
Adult male, bitten L hand by a rattlesnake moving hay bales ~1 h PTA. Coworker applied a tourniquet, removed on arrival.
{{vital:BP 104/62}}, {{vital:HR 112}}, {{vital:RR 20}}, {{vital:SpO2 97%}}, {{score:GCS 15}}.
Two fang marks base of L index finger, swelling to mid-forearm, ecchymosis; leading edge marked and timed q30 min.
Labs (i-STAT + send-out): {{lab:plt 96}}, {{lab:INR 1.6}}, {{lab:fibrinogen 110}}, {{lab:CK 640}}. {{score:Snakebite Severity Score 6}}.
{{drug:CroFab}} {{dose:6 vials}} over 1 h, then 2nd dose of {{dose:6 vials}} for progression; {{eponym:Ringer}}'s lactate 1 L;
{{drug:fentanyl}} {{dose:50 mcg}} IV x2; {{drug:Tdap}}.
Poison Control consulted: repeat labs 1 h after antivenom, no prophylactic antibiotics, no fasciotomy unless
compartment pressure confirmed. Swelling stopped at the elbow after the 2nd dose. No {{eponym:Volkmann}} signs, passive
stretch painless.
Transferred by fixed-wing to the regional trauma center for maintenance dosing. Family will drive; hope to have him back
for follow-up labs here. Will call receiving team with repeat INR.
""", summary="""
Rural emergency note for a rattlesnake bite to the left hand with coagulopathy ({{lab:INR 1.6}}, {{lab:plt 96}}): two doses of
{{drug:CroFab}} halted progression and he was flown to a regional trauma center.
"""),

    dict(style="rural_home_visit", note="""
HOME VISIT - Gozo community GP service
[[NAME:MIFSUD, Ċensu]]   [[AGE:97]]   ID card [[MRN:18423G]]
[[ADDRESS:12, Triq il-Ħarruba, Xagħra]]
[[NAME:Frank Mifsud]] rang on the [[DATE:twelfth]]: [[NAME:Ċensu]] off his food since the weekend and sleepier.
Found in bed, [[NAME:Marija]] ([[AGE:93]]) beside him saying the rosary. [[NAME:Censu]] rousable, knows [[NAME:Marija]] and me,
not the day. {{vital:T 38.1}}, {{vital:HR 96}}, {{vital:BP 108/60}}, {{vital:SpO2 91%}} RA, RR 24. Crackles L base, dry mucosa.
Urine dip leuc ++, nitrite neg. {{score:CRB-65 2}}.
It was a frank conversation. [[NAME:Ċensu]] has always said he wants to die at home, not at Gozo General, and [[NAME:Frank]] and
[[NAME:Marija]] agree. Plan: {{drug:co-amoxiclav}} {{dose:625 mg}} TDS, sips and ice, no admission; DNACPR signed and left on
the fridge. [[NAME:Rita Grech]] (palliative nurse) will come tomorrow; {{drug:midazolam}} and {{drug:morphine}} just-in-case
meds prescribed.
[[NAME:Marija]]: {{vital:BP 168/90}} on {{drug:amlodipine}} - to review her next week.
[[NAME:Frank]] mobile [[PHONE:+356 7942 1186]].   Dr [[NAME:Ġorġ Xuereb]]
""", summary="""
GP home visit to [[NAME:Ċensu Mifsud]], aged [[AGE:97]], with probable pneumonia: treated at home with
{{drug:co-amoxiclav}} in line with his wish to die at home, with DNACPR and palliative follow-up by [[NAME:Rita Grech]].
"""),
]
