NOTES = [
    dict(style="care_coordination_email", note="""
From: [[NAME:Amber Tsosie]] <[[EMAIL:amber.tsosie@chinlecare.example.org]]>
To: [[NAME:Ruby Yellowhair]]; [[NAME:Wade Benally]]
Cc: [[NAME:kbegay2]]
Sent: [[DATE:Tue 3/4/2025]] 7:52 AM
Subject: RE: [[NAME:Herbert Manygoats]] - home Thursday?

[[NAME:Ruby]], [[NAME:Wade]] -
[[NAME:Loretta]] called me last night. She can take [[NAME:Herbert]] home to [[ADDRESS:Many Farms]] Thursday if we can solve the oxygen. Their place has no power line, so a concentrator is out; he will need tanks, and the nearest refill is in [[ADDRESS:Chinle]]. [[NAME:Wade]], can you ask Apria whether they deliver E-cylinders that far? [[NAME:Loretta]] hauls water on Saturdays and can pick up tanks then.
He is on {{dose:2 L}} at rest, {{vital:SpO2 91%}}, walked 60 ft with PT yesterday. {{drug:Eliquis}} {{dose:5 mg}} BID started for the new afib. [[NAME:Ruby]], please make sure [[NAME:Loretta]] gets the Navajo teaching sheet, and that [[NAME:Kee]] at the CHR office knows to check on him Monday.
[[NAME:Kee]] - cc'd you so you have the dates. His CHR visit line is [[PHONE:928-555-0167]].
Thanks,
[[NAME:Amber]]
[[NAME:Amber Tsosie]], RN | Care Coordination | x[[PHONE:4126]]

> On [[DATE:Mon, Mar 3]], [[NAME:Ruby Yellowhair]] wrote:
> [[NAME:Herbert]] asked me again today when he's going home. He misses his sheep.
""", summary="""
[[NAME:Amber Tsosie]] asked [[NAME:Wade Benally]] to arrange oxygen tanks so [[NAME:Herbert Manygoats]] can go home to [[ADDRESS:Many Farms]], where there is no power for a concentrator. [[NAME:Ruby Yellowhair]] will teach daughter [[NAME:Loretta]] about the new {{drug:Eliquis}}, and [[NAME:Kee Begay]] of the CHR program will check on him.
"""),

    dict(style="discharge_planning", note="""
DC PLANNING - 7 North Ortho
[[NAME:Kia Moua]] ({{age:81}}) came in [[DATE:Sept 2]] after a fall at home with a R femoral neck fracture, now POD 4 s/p hemiarthroplasty. She walks 20 ft with a walker and a lot of encouragement; PT recommends SNF. [[NAME:Kia]] says no. Her grandson [[NAME:Chase]], who lives with her in [[ADDRESS:Fresno]] and translates for her, says the family has talked and she will go home.
Met [[NAME:Chase]] and his mother [[NAME:Nou Her]] at 1300. [[NAME:Nou Her]] works at a packing house and is home evenings; [[NAME:Chase]] takes classes online and is home days. They asked for a hospital bed, a bedside commode and home PT. [[NAME:Kia]] also wants a txiv neeb to do a hu plig at home to call her soul back after the fall, and the family asked if it can happen before PT starts. Told them yes, that is their call.
Med rec with [[NAME:Li Yu]]: {{drug:enoxaparin}} {{dose:40 mg}} daily x 28 days ([[NAME:Chase]] will inject; taught by [[NAME:Joy]] x2, return demo correct), {{drug:Tylenol}} {{dose:1 g}} q8h, {{drug:oxycodone}} {{dose:2.5 mg}} q6h prn. {{lab:Hgb 8.9}}, stable.
Arranged: HH PT/RN through Valley Home Care, start within 48 h; DME faxed. Ortho f/u with Dr. [[NAME:Austin]] in 2 wks for staples.
[[NAME:Kia]] and [[NAME:Chase]] signed the IMM. [[NAME:Nou Her]]'s cell for the chart: [[PHONE:559-555-0124]].
-- [[NAME:D. Le]], RN CM
""", summary="""
[[NAME:Kia Moua]] declined SNF after hip hemiarthroplasty and will go home to [[ADDRESS:Fresno]] with grandson [[NAME:Chase]] and [[NAME:Nou Her]] providing care, plus home PT and a family healing ceremony. [[NAME:Chase]] was taught {{drug:enoxaparin}} injections by [[NAME:Joy]], and ortho follow-up is with Dr. [[NAME:Austin]].
"""),

    dict(style="community_clinic", note="""
Walk-in visit, Tuesday clinic
[[NAME:Pema Wangmo]], {{age:39}}, came in with her husband [[NAME:Karma Tashi]] and their son [[NAME:Jigme]], 6. She works as a nanny in [[ADDRESS:Jackson Heights]] and came today because [[NAME:Karma]]'s cousin [[NAME:Dolkar]] was just diagnosed with liver cancer at {{age:44}} and told the whole family to get checked. [[NAME:Pema]] tested HBsAg positive at our clinic in 2019 and never came back.
Today {{vital:BP 148/94}}, {{vital:HR 78}}, BMI 27, no jaundice, no stigmata of cirrhosis. Ordered {{lab:HBV DNA}}, LFTs, AFP and a liver US. For [[NAME:Karma]] and [[NAME:Jigme]]: HBsAg, anti-HBs, anti-HBc today; [[NAME:Jigme]]'s card from [[ADDRESS:Dharamsala]] shows only 2 doses of HepB, so dose 3 given.
[[NAME:Pema]] asked that results come by phone, not mail, because the building mailbox is shared: [[PHONE:718-555-0179]]. She prefers Tibetan but was comfortable in English with [[NAME:Tsering]] helping.
Discussed {{drug:tenofovir}} if she meets criteria; she worries about cost, so I referred her to [[NAME:Lily Oh]] at Hep B Free NYC, who will call her this week.
She will come back in 2 weeks; recheck BP then, and we will talk about {{drug:amlodipine}} {{dose:5 mg}} if still high.
Seen by [[NAME:Will Ferrante]], NP; precepted with Dr. [[NAME:Namgyal]].
""", summary="""
[[NAME:Pema Wangmo]], HBsAg positive since 2019 without follow-up, returned after [[NAME:Karma]]'s cousin [[NAME:Dolkar]] was diagnosed with liver cancer; HBV workup was ordered and [[NAME:Karma]] and [[NAME:Jigme]] were screened. [[NAME:Will Ferrante]] referred her to [[NAME:Lily Oh]] for treatment-cost navigation.
"""),

    dict(style="care_coordination_email", note="""
From: [[NAME:Heather Keo]] <[[EMAIL:hkeo@omahachc.example.org]]>
To: CC-Team-South
Sent: [[DATE:Wed, Oct 16, 2024]] 9:14 AM
Subject: [[NAME:Paw Htoo Say]] - missed endo x2, insulin

Team - [[NAME:Paw Htoo]] missed endocrine again yesterday. Her husband [[NAME:Saw Eh Doh]] called and said they had no ride; [[NAME:Mu Lah]] usually drives them but started nights at the plant. {{lab:A1c 11.4}} in August, on {{drug:Lantus}} {{dose:28 units}} qhs and {{drug:metformin}} {{dose:1000 mg}} BID (she takes only the morning pill). Per [[NAME:Mu Lah]] she had a low of {{lab:glucose 52}} Sunday after skipping supper.
Can someone set up Medicaid transport? Member ID [[MRN:NE0093128847]], home [[ADDRESS:4417 S 24th St, Omaha, NE 68107]].
[[NAME:Heather]]
-----
[[NAME:Heather]] - I'll do the transport. [[NAME:Ku Ku]] is free Fri am to interpret in Karen, so I'll line up both for the rescheduled endo visit [[DATE:10/18]] 9:30. -- [[NAME:Gene]]
-----
[[NAME:Gene]], thanks. Re sugars: drop the {{drug:Lantus}} to 24 tonight and have [[NAME:Mu Lah]] text a photo of the log Fri. [[NAME:Paw Htoo]] can keep the {{drug:metformin}} as is. -- [[NAME:A. Pill]], MD
-----
[[NAME:AP]] - will do. Called [[NAME:Saw Eh Doh]] back at 11:05 ([[PHONE:402-555-0158]]); he understood with [[NAME:Ku Ku]] on the line. -- [[NAME:HK]]
""", summary="""
[[NAME:Heather Keo]] flagged that [[NAME:Paw Htoo Say]] missed endocrine twice for lack of a ride and had a hypoglycemic episode. [[NAME:Gene]] arranged transport and interpreter [[NAME:Ku Ku]] for [[DATE:10/18]], and Dr. [[NAME:Pill]] lowered her {{drug:Lantus}}.
"""),

    dict(style="discharge_planning", note="""
DISCHARGE PLANNING - Medical Travel (Kivalliq)
[[NAME:IPEELEE, TIKAANI J]]   HC# [[MRN:220913457]]
[[NAME:Tikaani]] is a {{age:61}} yo man from [[ADDRESS:Rankin Inlet]] sent south for workup of a RUL lung mass; EBUS with nodal biopsy done yesterday, path pending, PET booked as an outpatient. Medically ready for discharge to the boarding home today. His escort is his wife [[NAME:Mialia]], who speaks Inuktitut and some English; [[NAME:Dawn Kakiniit]] interpreted for teaching this morning.
The medical travel clerk ([[NAME:Sandra
Kablutsiak]]) confirmed the boarding home bed and the return flight for [[DATE:Fri the 14th]] unless the PET moves. [[NAME:Tikaani]] wants to go home between the PET and the oncology visit; [[NAME:Sandra]] says that needs a new travel authorization from the health centre in [[ADDRESS:Rankin]].
Meds: {{drug:acetaminophen}} {{dose:650 mg}} q6h prn for chest soreness after EBUS, {{drug:Spiriva}} continued, {{drug:Ventolin}} prn.
[[NAME:Mialia]] asked about country food at the boarding home: frozen char sent from home is allowed. Their son [[NAME:Nanouk]] calls every night ([[PHONE:867-555-0148]]). [[NAME:Tikaani]] asked that the biopsy results be given in person, with [[NAME:Mialia]] and an interpreter present, not by phone.
F/u: thoracic oncology with Dr. [[NAME:Lung]] next week; PET day 3 after discharge.
""", summary="""
[[NAME:Tikaani Ipeelee]] from [[ADDRESS:Rankin Inlet]] is discharged to the boarding home with his wife [[NAME:Mialia]] while lung biopsy results are pending; [[NAME:Sandra Kablutsiak]] confirmed his flight for [[DATE:Fri the 14th]]. He wants results in person with an interpreter at his visit with Dr. [[NAME:Lung]].
"""),

    dict(style="community_clinic", note="""
Postpartum visit, 6 weeks
[[NAME:Aruzhan Bekova]], {{age:33}}, came in with baby [[NAME:Alikhan]] and her mother-in-law [[NAME:Gülmira]]. [[NAME:Aruzhan]] is tired but sleeping in 4-hour stretches since [[NAME:Gülmira]] took over the night bottle. Breastfeeding by day, one formula feed at night. {{score:EPDS 5}}. Lochia done. {{vital:BP 124/80}}, {{vital:HR 72}}, perineum healed.
Her husband [[NAME:Yerzhan]] joined on speaker from work in [[ADDRESS:Brooklyn]] to ask about contraception; [[NAME:Aruzhan]] wants an IUD and chose {{drug:Mirena}}, to be placed next week. Insurance: in a 60-day grace period after [[NAME:Yerzhan]]'s job change, so we scheduled within that window.
[[NAME:Grace]] weighed [[NAME:Alikhan]] at 4.9 kg (birth 3.4 kg), good gain. [[NAME:Gülmira]] asked whether the baby can have a little kumis for colic; advised no fermented milk or honey before a year, offered simethicone and reassurance.
[[NAME:Aruzhan]] is a nurse in [[ADDRESS:Almaty]] and asked about getting licensed here; gave her the CGFNS info.
Plan: IUD insertion next week, continue {{drug:prenatal vitamin}} while breastfeeding, {{drug:ferrous sulfate}} {{dose:325 mg}} every other day ({{lab:Hgb 10.6}}).
[[NAME:Mark Okonkwo]], FNP
""", summary="""
[[NAME:Aruzhan Bekova]] is recovering well six weeks postpartum with help from [[NAME:Gülmira]], and chose a {{drug:Mirena}} IUD after discussion with [[NAME:Yerzhan]]. Baby [[NAME:Alikhan]] is gaining well, and kumis for colic was discouraged.
"""),

    dict(style="discharge_planning", note="""
Discharge Planning Note - Ortho/Trauma
{{age:84}} yo admitted after a ground-level fall with L periprosthetic femur fracture, POD 3 s/p ORIF. TTWB LLE. {{score:AM-PAC 12}}; PT and OT both recommend SNF. Medicare Part A; qualifying 3-midnight inpatient stay met.
Son (HCPOA) agrees with SNF by phone; patient prefers a facility close to home and will discharge once a bed is confirmed. Three referrals sent via the Allscripts portal; two offers pending review.
Barriers: {{eponym:Hoyer}} lift needed for night transfers; stage 2 sacral pressure injury ({{score:Braden 14}}); new {{drug:Eliquis}} {{dose:2.5 mg}} BID x 35 days for VTE prophylaxis, covered under Part D.
{{eponym:Foley}} removed this morning; voiding trial passed ({{lab:PVR 90 mL}}). {{lab:Hgb 9.1}}, stable. {{score:CAM-ICU negative}}.
Will need Wound Care follow-up and Ortho Trauma clinic in 2 weeks with X-rays. Transport: BLS stretcher.
IMM second copy to be given on the day of discharge.
""", summary="""
An {{age:84}}-year-old after periprosthetic femur fracture fixation is ready for SNF, with the son as HCPOA agreeing; referrals are out and two offers are pending. Follow-up with Wound Care and Ortho Trauma in 2 weeks.
"""),

    dict(style="care_coordination_email", note="""
From: [[NAME:Iris Ha]] <[[EMAIL:iha@westsidepeds.example.org]]>
To: [[NAME:Sterling Stone]]
Cc: [[NAME:Rafique Alam]]
Date: [[DATE:Mon 9/9/2024]] 16:40
Subject: [[NAME:Yasmin]] - Bicillin q28d, missed dose

[[NAME:Sterling]],
[[NAME:Yasmin Ara]] ({{age:11}}, RHD with moderate MR) is now 9 days late for her {{drug:Bicillin L-A}} {{dose:1.2 million units}} IM. Her dad [[NAME:Sayed]] told [[NAME:Rafique]] on the phone that she cried so hard last time that he couldn't bring her back. They live off [[ADDRESS:Grant St]] and walk to us, so distance isn't the problem; fear is.
I'd rather not lose her to follow-up. Her last echo with Dr. [[NAME:Nasrin D'Souza]] showed no progression, which is exactly what monthly prophylaxis is buying her.
Thanks, [[NAME:Iris]]
------
[[NAME:Iris]] - agree. I can give it Thursday at the community clinic with {{drug:lidocaine}}-diluted {{drug:Bicillin}}, the Buzzy and numbing cream 60 min before. [[NAME:Rafique]], can you let [[NAME:Sayed]] know it should hurt less, and that [[NAME:Yasmin]] can bring her sister [[NAME:Rokeya]] to hold her hand? - [[NAME:Sterling]]
------
Called [[NAME:Sayed]] 17:20 at [[PHONE:716-555-0102]]. He agreed to Thursday 4 pm. He asked if [[NAME:Yasmin]] can get a sticker "like last year when [[NAME:Iris]] gave it." - [[NAME:R. Alam]], Rohingya interpreter
""", summary="""
[[NAME:Iris Ha]] flagged that [[NAME:Yasmin Ara]], who has rheumatic heart disease, missed her monthly {{drug:Bicillin}} because of needle fear. [[NAME:Sterling Stone]] will give it Thursday with {{drug:lidocaine}} and numbing cream, and [[NAME:Rafique Alam]] confirmed with her father [[NAME:Sayed]].
"""),

    dict(style="community_clinic", note="""
Sports physical + asthma f/u - [[ADDRESS:Kyle]] clinic
[[NAME:Colt Two Crow]], {{age:17}}, came in with his grandma [[NAME:Florence Yellow Hawk]] for a basketball physical and an inhaler refill. He was kicked by a colt at his uncle's place last week; bruise on L lateral thigh, full ROM, no bony tenderness, no imaging needed.
[[NAME:Florence]] says [[NAME:Colt]] has been using his {{drug:albuterol}} most nights since the wildfire smoke in August. {{score:ACT 16}}. Lungs with scattered end-expiratory wheeze, {{vital:SpO2 97%}}, {{vital:BP 118/72}}, {{vital:HR 64}}. Started {{drug:Symbicort}} {{dose:80/4.5 mcg}} 2 puffs BID, rinse after; spacer given.
His uncle [[NAME:Hunter Standing Bear]] coaches the team, and [[NAME:Florence]] asked me to sign the form so [[NAME:Hunter]] can keep a spare inhaler in the gym bag. Signed; cleared for full participation.
Registration had her as [[NAME:YELLOWHAWK, FLORENCE]]; corrected to two words at her request.
[[NAME:Florence]] also asked about her own sugars; booked her with [[NAME:Rain]] for diabetes education Friday.
Vitals entered by [[NAME:jblood]] 10:02. Seen by [[NAME:Marisol de la Peña]], PA-C.
""", summary="""
[[NAME:Colt Two Crow]] was cleared for basketball, and [[NAME:Marisol de la Peña]] started {{drug:Symbicort}} for poorly controlled asthma after wildfire smoke. [[NAME:Florence Yellow Hawk]] arranged a spare inhaler with coach [[NAME:Hunter Standing Bear]] and will see [[NAME:Rain]] about her own diabetes.
"""),

    dict(style="discharge_planning", note="""
DISCHARGE PLANNING NOTE - 8 NORTH TELE
[[NAME:ABLIMIT, RAHILE]]   MRN [[MRN:60194382]]   ADM [[DATE:12/02/24]]   EDD [[DATE:12/06/24]]
PT IS A {{age:69}} YO F W NEW AFIB W RVR, CONVERTED ON {{drug:DILTIAZEM}} GTT, NOW {{drug:METOPROLOL}} {{dose:25 MG}} BID + {{drug:APIXABAN}} {{dose:5 MG}} BID. {{score:CHA2DS2-VASC 4}}. TSH NL.
SPOKE W DAUGHTER [[NAME:MIHRIGUL DAWUT]] AND SON-IN-LAW [[NAME:ILHAM]] AT BEDSIDE. [[NAME:RAHILE]] SPEAKS UYGHUR ONLY; [[NAME:MIHRIGUL]] INTERPRETS FOR SMALL THINGS BUT ASKED THAT WE USE THE PHONE LINE FOR MED TEACHING (DONE, INTERP #[[MRN:220417]]). PT LIVES W [[NAME:MIHRIGUL]] AND [[NAME:ILHAM]] IN [[ADDRESS:FAIRFAX]], 2ND FLOOR, NO ELEVATOR; WALKED 1 FLIGHT W PT, {{vital:HR 104}} AFTER, NO SX.
[[NAME:ILHAM]] WORRIED ABOUT COST OF {{drug:APIXABAN}} -> ELIGIBLE FOR FREE 30-DAY CARD; [[NAME:HOLLY DE LA CRUZ]] (PHARM) BRINGING IT TODAY.
[[NAME:RAHILE]] ASKED FOR HALAL TRAYS; DIET ORDER UPDATED.
HANDOFF [[NAME:RS]] -> [[NAME:MW]] FOR WEEKEND. [[NAME:MW]] TO CONFIRM CARDIOLOGY F/U W DR [[NAME:YU]] IN 1-2 WKS AND CALL [[NAME:MIHRIGUL]] ([[PHONE:571-555-0161]]) W TIME.
NO HH NEEDS. DC HOME W FAMILY WHEN HR CONTROLLED.
""", summary="""
[[NAME:Rahile Ablimit]], with new atrial fibrillation, will go home to [[ADDRESS:Fairfax]] with [[NAME:Mihrigul Dawut]] and [[NAME:Ilham]] on {{drug:metoprolol}} and {{drug:apixaban}}, with a free-trial card from [[NAME:Holly de la Cruz]]. [[NAME:MW]] will confirm cardiology follow-up with Dr. [[NAME:Yu]].
"""),

    dict(style="care_coordination_email", note="""
From: [[NAME:Rich Chea]] <[[EMAIL:rchea@valleyhospice.example.com]]>
To: [[NAME:Lily Sok]]; Intake
Date: [[DATE:Thu, 6 Feb 2025]] 11:02
Subject: new referral - [[NAME:Prak]], home tomorrow

[[NAME:Lily]],
Got the referral for [[NAME:Chantha Prak]] ([[AGE:93]]), end-stage HFrEF with CKD 5, {{lab:EF 15%}}, {{lab:Cr 4.1}}, declined dialysis. The family wants her home in [[ADDRESS:Stockton]] tomorrow. [[NAME:Sreymom]] (daughter) is the contact, [[PHONE:209-555-0136]]; [[NAME:Vannak]] lives with them but works days at the port.
[[NAME:Gay Thornton]] at the hospital says DME is ordered (bed, commode, O2 {{dose:2 L}}). Meds: {{drug:torsemide}} {{dose:40 mg}} daily, {{drug:morphine}} {{dose:5 mg}} SL q2h prn dyspnea, {{drug:lorazepam}} {{dose:0.5 mg}} prn. [[NAME:Chantha]] is Buddhist; [[NAME:Sreymom]] wants monks to come chant at home and asked that nobody move her for two hours after she dies. I said we would honor that.
Can you do the admission visit Saturday?
[[NAME:Rich]]

> [[NAME:Rich]] - yes, Sat 10 am. I'll bring [[NAME:Sokha]] to interpret in Khmer. Medicare # on the referral is [[MRN:7XK4-PW2-MN18]]; will verify eligibility before I go. - [[NAME:L. Sok]], RN
""", summary="""
[[NAME:Rich Chea]] asked [[NAME:Lily Sok]] to admit [[NAME:Chantha Prak]] to home hospice in [[ADDRESS:Stockton]] for end-stage heart failure, with daughter [[NAME:Sreymom]] as the contact and the family's Buddhist wishes noted. [[NAME:Lily Sok]] will visit Saturday with [[NAME:Sokha]] interpreting.
"""),

    dict(style="community_clinic", note="""
OB visit, 28+3 wks
[[NAME:Sengdao Inthavong]], {{age:29}}, G2P1, came for her GTT results with [[NAME:Bounthavy]] and her cousin [[NAME:Om]], who interpreted in Lao because [[NAME:Sengdao]] did not want the phone line. 3-hr GTT abnormal ({{lab:fasting 101}}, {{lab:1 h 198}}, {{lab:2 h 176}}, {{lab:3 h 150}}) -> GDM. [[NAME:Sengdao]] cried; [[NAME:Om]] said [[NAME:Sengdao]]'s mother had "sugar" and lost a foot.
Went over food with [[NAME:Jade]]; sticky rice is the hardest part, and they agreed on a fist-sized portion with more greens and fish. Meter teaching done; she checked her own {{lab:FSBG 112}}.
US last week, read by Dr. [[NAME:Cyst]]: EFW 48th %ile, AFI normal, incidental 2.1 cm simple L ovarian cyst, no follow-up needed.
{{vital:BP 112/68}}, {{vital:FHR 144}}, fundal height 28. Tdap given today.
[[NAME:Bounthavy]] asked if the baby will be "too big"; explained why we check sugars and growth.
Plan: fingersticks QID, back in 1 wk with [[NAME:Jade]]; if fastings stay >95, start {{drug:metformin}} or {{drug:NPH insulin}}. WIC letter given. She lives with her in-laws in [[ADDRESS:Smyrna]] and will bring the log on paper.
[[NAME:Ruby Do]], CNM
""", summary="""
[[NAME:Sengdao Inthavong]] was diagnosed with gestational diabetes at 28 weeks, with cousin [[NAME:Om]] interpreting and [[NAME:Bounthavy]] present. [[NAME:Ruby Do]] and [[NAME:Jade]] started glucose monitoring and diet changes, with a recheck in one week.
"""),

    dict(style="community_clinic", note="""
Diabetes / foot follow-up - Community Health Center
{{age:71}} yo M with T2DM x 20 yrs, CKD 3a, PAD, here for 3-month f/u. {{lab:A1c 9.2}} (was {{lab:A1c 8.4}}), {{lab:eGFR 52}}, {{lab:UACR 180}}. {{vital:BP 146/84}}, {{vital:BMI 31}}.
He is a deer hunter and wants to keep walking the ridge this fall; says his diet is rich in venison and fry bread "and not much else." Takes {{drug:metformin}} {{dose:1000 mg}} BID and {{drug:glipizide}} {{dose:10 mg}} daily; stopped {{drug:Ozempic}} in the summer because of nausea and cost.
Foot exam: {{eponym:Semmes-Weinstein}} monofilament absent at 4/10 sites bilaterally, no ulcer, early {{eponym:Charcot}} changes R midfoot on last X-ray, DP pulses faint. Referred to Podiatry for custom shoes.
{{score:PHQ-9 12}}: says there is little joy since his wife moved to Memory Care; accepted Behavioral Health referral.
Plan: switch to {{drug:Jardiance}} {{dose:10 mg}} (renal + CV benefit), patient assistance application started; stop {{drug:glipizide}} if lows; Retinal Camera today; return 3 months.
""", summary="""
A {{age:71}}-year-old man with worsening type 2 diabetes, neuropathy and early {{eponym:Charcot}} changes was switched to {{drug:Jardiance}} and referred to Podiatry. A PHQ-9 of 12 led to a Behavioral Health referral.
"""),

    dict(style="discharge_planning", note="""
7N DC PLANNING / SIGN-OUT  [[DATE:11-Dec]]   [[NAME:sh]] -> [[NAME:fm]]
bed 12 [[NAME:Batsukh S]] {{age:57}}F, HBV cirrhosis + new 3.4 cm HCC, s/p para 5 L, {{lab:Na 128}}, {{lab:INR 1.6}}, {{score:MELD-Na 22}}, bone scan neg. DC today if she walks the hall and stays clear ({{drug:lactulose}} {{dose:20 g}} TID, goal 2-3 BM, + {{drug:rifaximin}} {{dose:550 mg}} BID).
- husband [[NAME:Munkhbat]] picking up 1500, speaks Mongolian + Russian. daughter [[NAME:Altaa]] ([[NAME:Altantsetseg]]) interprets by phone [[PHONE:646-555-0177]] and is the one to call, not pt.
- [[NAME:Sarangerel]] wants to fly to [[ADDRESS:Ulaanbaatar]] for Tsagaan Sar in Feb; hepatology says not until TACE is done and they see the post-TACE labs.
- TACE: IR ([[NAME:Bone]]) ok as outpt, see chat:
  [09:12] [[NAME:eve.sterling]]: ok for outpt TACE wk of [[DATE:1/6]], we'll call
  [09:14] [[NAME:shussain]]: thx - call dtr [[NAME:Altaa]] not pt
  [09:15] [[NAME:eve.sterling]]: got it, noted in IR scheduling
- needs {{drug:entecavir}} {{dose:0.5 mg}} filled before leaving (meds-to-beds, [[NAME:Wu]] aware).
if not out by 1700: [[NAME:fm]] pls re-check Na and page [[NAME:Eve]] only if TACE date changes.
""", summary="""
[[NAME:Sarangerel Batsukh]], with HBV cirrhosis and new HCC, is to be discharged today to husband [[NAME:Munkhbat]], with outpatient TACE planned for the week of [[DATE:1/6]] per [[NAME:Eve Sterling]]. Daughter [[NAME:Altaa]] is the contact, and travel to [[ADDRESS:Ulaanbaatar]] was advised against until after TACE.
"""),

    dict(style="care_coordination_email", note="""
From: [[NAME:Storm Beaulieu]] <[[EMAIL:storm.beaulieu@nthssa.example.ca]]>
To: [[NAME:Mark Kitchen]]; [[NAME:Grace Drygeese]]
Date: [[DATE:Friday, January 10, 2025]] 4:47 PM
Subject: [[NAME:Alphonse]] home to [[ADDRESS:Behchoko]] Mon - dialysis + elders' van

Hi [[NAME:Mark]] and [[NAME:Grace]],
[[NAME:Alphonse Zoe]] is being discharged from Stanton Territorial on Monday and wants to go home to [[ADDRESS:Behchokǫ̀]] rather than stay in [[ADDRESS:Yellowknife]]. He needs HD MWF here ({{lab:K 5.6}} on Wednesday, {{lab:Hgb 94}}), so the plan only works if he can ride the elders' van at 0600. [[NAME:Iris Sangris]] in the dialysis unit will hold the 0800 chair for him.
[[NAME:Therese]] is worried about the winter road: if there's a storm and the highway closes, he misses a run. [[NAME:Iris]] says he can come in on a Tuesday instead if that happens, but he has to call.
Meds are in blister packs from the hospital pharmacy: {{drug:sevelamer}} {{dose:800 mg}} TID with meals, {{drug:calcitriol}} {{dose:0.25 mcg}} daily, {{drug:Eprex}} given at HD.
[[NAME:Storm]]

> [[NAME:Storm]] - van has room MWF. I'll tell [[NAME:Therese]] and drop a weather phone list at the house. - [[NAME:Mark]]

> [[NAME:Storm]], I can see [[NAME:Alphonse]] Tuesday for a home visit with a Tłı̨chǫ interpreter and check his fluid and BP. - [[NAME:Grace D.]], CHN
""", summary="""
[[NAME:Storm Beaulieu]] arranged for [[NAME:Alphonse Zoe]] to return to [[ADDRESS:Behchokǫ̀]] and ride the elders' van to dialysis in [[ADDRESS:Yellowknife]], with [[NAME:Iris Sangris]] holding his chair. [[NAME:Mark Kitchen]] confirmed the van and [[NAME:Grace Drygeese]] will do a home visit Tuesday.
"""),
]
