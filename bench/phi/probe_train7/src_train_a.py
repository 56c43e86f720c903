"""Hand-written training notes, part a: phone-call logs, patient-portal messages from patients and relatives,
home-health and hospice visit notes. Name pools: Tiv, Igbo, Ewe, Fula, Amazigh, Somali, Oromo, Malagasy, Zulu,
Xhosa, plus names that are English words and surnames that look like clinical words."""

NOTES = [
    dict(style="phone_call_log", note="""
TELEPHONE ENCOUNTER - Heart Failure Clinic
[[DATE:Tue 3/11/2025]] 10:42

Returned call to [[NAME:Ngozi]] at [[PHONE:(614) 555-0187]]; she had left a VM on the nurse line at 08:15.
Calling about [[NAME:Chukwuemeka]], who is up 4 lb since Sunday on the home scale (182 -> 186). Ankles "puffy
like bread dough," no orthopnea, same 2 pillows, no chest pain. Home cuff this AM {{vital:BP 138/84}}, {{vital:HR 88}}.
Taking {{drug:Entresto}} {{dose:49/51 mg}} BID and {{drug:furosemide}} {{dose:40 mg}} daily, but the {{drug:Jardiance}} ran
out last week because the plan wants a prior auth.
Reviewed with [[NAME:Ikenna Obi]], NP -> furosemide {{dose:40 mg}} BID x3 days, then back to daily; BMP Friday at the
Westgate lab. [[NAME:Ngozi]] read the plan back correctly and will keep a written weight log.
PA re-sent; [[NAME:Terver Akaa]] in the PA office says allow 48 h. Member ID [[MRN:ZXQ448120937]].
She asked whether [[NAME:Emeka]] can still fly to [[ADDRESS:Enugu]] in June for his grandson's naming ceremony.
Told her we will revisit at his visit [[DATE:4/2]] with [[NAME:Obi]]; a long flight is not off the table if weight is
back to baseline. Red flags (SOB at rest, weight up 2 lb overnight, fainting) reviewed - call 911 for those.
[[NAME:Sue Hart]], RN, CHFN
"""  , summary="""
[[NAME:Ngozi]] called about [[NAME:Chukwuemeka]]'s 4 lb weight gain and ankle swelling; furosemide was raised to {{dose:40 mg}}
BID for 3 days per [[NAME:Ikenna Obi]], NP. The Jardiance prior auth was re-sent and follow-up is [[DATE:4/2]].
"""),

    dict(style="portal_message", note="""
MyChart Message
From: [[NAME:Hodan Warsame]] (proxy)
To: Valley View Family Medicine - Clinical Pool
Sent: [[DATE:11/18/2024]] 9:57 PM
Subject: moms refills + question

hi this is [[NAME:hodan]] again. mom ran out of her {{drug:metformin}} and the {{drug:lisinopril}} on saturday and the
pharmacy on [[ADDRESS:Cedar Ave]] said they need a new script from dr [[NAME:kpodo]]. can u send it to the Walgreens on
[[ADDRESS:Lake St]] instead, the bill was less there. also she is dizzy when she stands up in the morning, she almost
fell in the bathroom and [[NAME:abdi]] had to catch her. her sugar was {{lab:61}} this morning before breakfast is that
bad?? she still takes the {{drug:glipizide}} {{dose:10}} twice a day. her DOB is [[DATE:2/2/1941]] if u need it.
call me at [[PHONE:612-555-0143]] after 5, i work at the airport. thank you
[[NAME:Hodan]]

---- Reply [[DATE:11/19/2024]] 8:12 AM ----
Hi [[NAME:Hodan]], thank you for writing. A sugar of {{lab:61}} is low, and with the dizziness we want [[NAME:Faadumo]] to
hold the {{drug:glipizide}} until she is seen. Dr. [[NAME:Kpodo]] sent the metformin and lisinopril to the Walgreens on
[[ADDRESS:Lake St]]. We have her on the schedule with [[NAME:Delali]] tomorrow, [[DATE:11/20]] at 10:40. Please bring all
of her bottles. If she faints, has chest pain, or cannot be woken up, call 911. [[NAME:Abdi]] did the right thing.
[[NAME:Bill Payne]], RN
"""  , summary="""
[[NAME:Hodan Warsame]] wrote that [[NAME:Faadumo]] ({{age:83}}) ran out of metformin and lisinopril and had a sugar of {{lab:61}}
with orthostatic dizziness. [[NAME:Bill Payne]], RN advised holding glipizide and booked a visit [[DATE:11/20]].
"""),

    dict(style="home_health_visit", note="""
HOME HEALTH - SKILLED NURSING VISIT
[[NAME:DIALLO, MAMADOU S]]      MRN [[MRN:H0092271]]      Visit [[DATE:02/06/2025]]   Time in 0910 / out 1005

Pt up in recliner on arrival. [[NAME:Kadiatou]] had already removed the old dressing and saved it in a bag as taught.
[[NAME:Mamadou]] rates pain 2/10, worse when turned. {{vital:BP 118/70}} {{vital:HR 76}} {{vital:T 98.1}} {{vital:SpO2 96%}} RA.
WOUND: sacral stage 3 pressure injury 3.2 x 2.1 x 0.4 cm (was 3.6 x 2.4 x 0.5), 20% slough, mod serosanguinous
drainage, no odor, periwound intact. Cleansed w NS, pat dry, {{drug:Santyl}} to base, Mepilex Border Sacrum applied.
{{score:Braden 13}}. Turning q2h per [[NAME:Kadiatou]] and [[NAME:Boubacar]] (they take nights in turns).
L heel soft; thick callus at ball of L foot, no open area.
{{eponym:Foley}} 16 Fr draining clear yellow urine, last changed [[DATE:1/28]].
[[NAME:Boubacar]] called during visit re: {{eponym:Hoyer}} lift - Apria confirmed delivery Monday.
Coordinated w [[NAME:Wade Ball]], PT: he will bring a ROHO cushion Thursday and review offloading in the chair.
Meds reconciled, {{drug:Eliquis}} {{dose:2.5 mg}} BID and {{drug:tamsulosin}} {{dose:0.4 mg}} unchanged.
Next SN visit [[DATE:Mon 2/10]].
[[NAME:Aissatou Barry]], RN
"""  , summary="""
Skilled nursing visit for [[NAME:Mamadou Diallo]]: sacral stage 3 pressure injury is smaller, dressed with Santyl; {{score:Braden 13}}.
[[NAME:Wade Ball]], PT will bring a cushion and the next visit is [[DATE:Mon 2/10]].
"""),

    dict(style="hospice_visit", note="""
HOSPICE RN VISIT - routine, home
[[DATE:14 Jan 2025]]
[[NAME:Nomvula Mkhize]], [[AGE:93]] y/o, end-stage {{eponym:Alzheimer}} dementia ({{score:FAST 7c}}), {{score:PPS 20%}}.

[[NAME:Zanele]], [[NAME:Lwazi]] and [[NAME:Hope Stone]] (aide) in the room. [[NAME:Zanele]] reports gogo has taken only sips of
rooibos for 3 days and has not opened her eyes since yesterday. Mottling bilateral knees and feet,
{{eponym:Cheyne-Stokes}} pattern with 15-20 sec apneas, {{vital:RR 6-24}}, {{vital:HR 118}} thready, skin cool.
No grimace or moaning with repositioning. {{drug:morphine}} concentrate {{dose:5 mg}} SL used x2 in 24 h for air hunger, good
effect; {{drug:glycopyrrolate}} started for secretions. Comfort kit intact, {{drug:haloperidol}} not used.
[[NAME:Hope]] did mouth care and showed [[NAME:Lwazi]] how to swab with the sponge; family hope to keep her at home
to the end and are at peace with that. [[NAME:Lwazi]] asked what dying will look like - reviewed signs, gave the
"Gone From My Sight" booklet. [[NAME:Sibusiso]] flies in from [[ADDRESS:Durban]] on [[DATE:the 17th]]; [[NAME:Zanele]] asked if gogo will
"wait for him" - explored gently.
Chaplain [[NAME:Dawn Le]] to visit tomorrow AM. On-call # reviewed: [[PHONE:1-800-555-0134]].
[[NAME:Pearl Ng]], RN, CHPN
"""  , summary="""
[[NAME:Nomvula Mkhize]] ([[AGE:93]]) is actively dying at home with mottling and {{eponym:Cheyne-Stokes}} breathing, comfortable on
SL morphine. [[NAME:Zanele]] and [[NAME:Lwazi]] were taught mouth care and what to expect; the chaplain visits tomorrow.
"""),

    dict(style="phone_call_log", note="""
NURSE TRIAGE CALL - Pediatrics After Hours
Protocol: Fever - Pediatric ({{eponym:Schmitt-Thompson}})

Caller is parent. Child is {{age:3}} yo, fever to 103.1 F since yesterday afternoon, rectal. Last {{drug:Tylenol}}
{{dose:160 mg}}/5 mL, {{dose:7.5 mL}} at 20:30; fever came down to 100.4 within the hour. Drinking Pedialyte and
popsicles, 3 wet diapers today. Cough, runny nose. No rash, no stiff neck, no trouble breathing, no retractions,
lips pink. Not lethargic - "watching Bluey and arguing about bedtime."
Screened for {{eponym:Kawasaki}} features (red eyes, cracked lips, swollen hands): none. No sick contacts known
except daycare. Up to date on vaccines including MMR and {{drug:Prevnar}}.
Disposition: Home care. May alternate with {{drug:Motrin}} {{dose:100 mg}}/5 mL, {{dose:7.5 mL}} q6h with food.
Call back or go to the ED for: fever > 5 days, fever over 105, labored breathing, no wet diaper in 8 h,
purple spots, or if the child cannot be woken. Office visit tomorrow if fever persists.
Caller verbalized understanding and repeated the dosing.
"""  , summary="""
After-hours triage call for a {{age:3}}-year-old with fever to 103.1 and URI symptoms but good intake and no red flags;
home care advised with Tylenol/Motrin dosing and ED precautions.
"""),

    dict(style="portal_message", note="""
Patient Portal - Message to Gastroenterology
From: [[NAME:Tahina Rakotomalala]] (proxy access)
Regarding: [[NAME:RAKOTOMALALA, HERY]]   chart # [[MRN:40021877]]
Received: [[DATE:March 12, 2025]]

Good morning. My father had his colonoscopy with Dr. [[NAME:Rasoanaivo]] on [[DATE:March 3rd]] and we still have not heard
about the biopsies. He does not sleep well since then. [[NAME:Voahangy]] had colon cancer at 52 so please understand why we
ask. He also wants to know if he needs another chest x-ray before the hernia repair with Dr. [[NAME:Randria]].
Second thing, a bill from the anesthesia group went to his old apartment on [[ADDRESS:Parkwood Dr]], he lives with us
now at [[ADDRESS:318 Fenwick Court, Westerville, OH 43081]]. Everyone calls him "[[NAME:Ry]]" and he prefers that.
Thank you, [[NAME:Tahina]]

Reply - [[DATE:3/13/2025]]
Hello [[NAME:Tahina]], I am sorry for the wait. Pathology from [[DATE:3/3]] shows two small tubular adenomas, no cancer.
Dr. [[NAME:Rasoanaivo]] recommends a repeat colonoscopy in 3 years because of [[NAME:Voahangy]]'s history. No new chest x-ray
is needed; the one from December is fine for surgery. For the bill, Patient Financial Services is [[PHONE:800-555-0199]]
(option 4) and they can update the address. Please tell [[NAME:Ry]] the news is good.
[[NAME:Ray Moss]], PA-C
"""  , summary="""
[[NAME:Tahina Rakotomalala]] asked about [[NAME:Hery Rakotomalala]]'s colon biopsies from [[DATE:3/3]]; [[NAME:Ray Moss]], PA-C replied
that they were benign adenomas with repeat colonoscopy in 3 years, and gave the billing number [[PHONE:800-555-0199]].
"""),

    dict(style="hospice_visit", note="""
HOSPICE SOCIAL WORK VISIT
[[DATE:Friday, 21 February 2025]]

Visit at the family home in [[ADDRESS:Hilliard]] with [[NAME:Gemechu Tolessa]], [[NAME:Chaltu]], [[NAME:Lalisa]] and [[NAME:Will]], who is
married to [[NAME:Ayantu]]. [[NAME:Gemechu]] awake in hospital bed, oriented, {{score:PPS 40%}}, and asked that everyone speak English so
[[NAME:Will]] could follow. Focus was advance care planning. [[NAME:Gemechu]] has a will from 2019 but no health care POA. He chose
[[NAME:Lalisa]] as agent and [[NAME:Chaltu]] as alternate; forms signed, witnessed by this writer and [[NAME:River Payne]] (chaplain).
He describes the pain "in my back like a stone" - RN aware, {{drug:OxyContin}} {{dose:20 mg}} q12h, {{drug:oxycodone}} {{dose:5 mg}} prn.
[[NAME:Chaltu]] spoke about her faith and asked for prayer in Afaan Oromo; [[NAME:River]] will reach out to the Oromo
Evangelical church on [[ADDRESS:Morse Rd]] for a pastor. Family wishes burial in [[ADDRESS:Nekemte]]; repatriation costs
discussed, [[NAME:Lalisa]] to call the consulate. Medicaid application pending, # [[MRN:MCD-2025-0048813]].
Note: the POA scanned to the chart under [[NAME:TOLESA, GEMECHU]] - HIM notified, correct spelling is [[NAME:Tolessa]].
Plan: SW f/u 1 wk, sooner if caregiver strain rises ([[NAME:Chaltu]] sleeping 4 h/night).
[[NAME:Obsa Megersa]], LMSW
"""  , summary="""
Social work helped [[NAME:Gemechu Tolessa]] name [[NAME:Lalisa]] as health care POA with [[NAME:Chaltu]] as alternate, witnessed with
chaplain [[NAME:River Payne]]. Burial in [[ADDRESS:Nekemte]], Medicaid and caregiver strain were discussed.
"""),

    dict(style="phone_call_log", note="""
Anticoagulation Clinic - Phone Note                                [[DATE:04/14/2025]]
[[NAME:Elikem Agbeko]]   DOB [[DATE:09/30/1948]]   ({{age:76}})   AF, goal INR 2.0-3.0

{{lab:INR 3.8}} today (POC at Brookside lab, 0830). Called [[PHONE:614-555-0122]] at 10:05, no answer, left message.
11:10 callback from [[NAME:Dzifa]], who fills his pillbox on Sundays. She says [[NAME:Elikem]] started {{drug:Bactrim DS}} on
[[DATE:4/10]] for a UTI from the urgent care on [[ADDRESS:Sawmill Rd]]; nobody told us. No bleeding, no black stools, no
nosebleeds, gums fine. Diet unchanged, no alcohol.
Discussed interaction with [[NAME:PN]]. Plan: HOLD {{drug:warfarin}} tonight, then {{dose:2.5 mg}} daily x2, then resume usual
{{dose:5 mg}} M/W/F and {{dose:2.5 mg}} other days. Bactrim ends Thursday. Recheck INR [[DATE:Thursday 4/17]].
[[NAME:Dzifa]] repeated plan back. Also reminded her the clinic moved to Suite 210; our direct line is [[PHONE:614-555-0160]].
Bleeding precautions reviewed; ED for head injury or large bleed.
[[NAME:Sena Tsikata]], PharmD, CACP
"""  , summary="""
[[NAME:Elikem Agbeko]]'s {{lab:INR 3.8}} was explained by new Bactrim; [[NAME:Dzifa]] was told to hold warfarin tonight and take
{{dose:2.5 mg}} for two days. INR recheck is [[DATE:Thursday 4/17]].
"""),

    dict(style="home_health_visit", note="""
OCCUPATIONAL THERAPY - HOME VISIT
[[NAME:AIT OUALI, IDIR]]    SOC [[DATE:2025-01-06]]    Visit 4 of 8    Dx: {{eponym:Parkinson}} disease, fall w L wrist fx

[[NAME:Idir]] met me at the door with his Rollator; [[NAME:Tiziri]] and [[NAME:Massinissa]] home. On/off pattern: took
{{drug:Sinemet}} {{dose:25/100}} at 0800, visit at 0930, good "on" period, mild dyskinesia R hand.
Tub transfer w tub bench and grab bar: min A x1, cues for sequencing. Toilet transfer mod I with raised seat.
{{score:Berg 41/56}}, TUG 16 sec with walker. L wrist out of cast, edema 1+, grip 8 kg L vs 22 kg R.
[[NAME:Idir]] wants to get back to wood carving - his art is all over the house - so we trialed built-up foam grips on
his knife and chisel; good control seated at the table. [[NAME:Tiziri]] will order a weighted cuff.
Home safety: throw rugs removed since last visit, night lights in hall. Stairs to basement still a risk - [[NAME:Massinissa]]
put a gate up. Since [[NAME:Tafsut]] passed last spring he has been cooking alone; reviewed one-handed kitchen tasks.
Shower chair: [[NAME:Art Le]] (PT) will bring one Tuesday. Family asked to keep visits after 9 so meds have kicked in.
[[NAME:Idir Aït Ouali]] agrees with plan. - [[NAME:Yuba Amellal]], OTR/L
"""  , summary="""
OT visit for [[NAME:Idir Aït Ouali]] with {{eponym:Parkinson}} disease and a healing wrist fracture: {{score:Berg 41/56}}, min assist tub
transfers, adaptive grips trialed for carving. [[NAME:Art Le]] will bring a shower chair.
"""),

    dict(style="portal_message", note="""
From: [[NAME:Siyabonga Mqhayi]]
Subject: appt on the 12th
Sent [[DATE:Mar 6, 2025]] 6:48 AM

Dear Dr [[NAME:Do]],
I will not make it on [[DATE:the 12th]] because [[NAME:Nomsa]] has chemo that day at the Zangmeister center and I am the
driver. Can I do [[DATE:the 19th]] instead, any time after 1? The wart on my right foot is back, the same one you froze
in December, and it hurts when I walk to the bus. Also [[NAME:Faith]] from Anthem (my case manager) says I need a new
referral for podiatry, her number is [[PHONE:(877) 555-0121]] ext [[PHONE:3306]]. I do have faith you can sort it out.
If you cannot reach me next week I am with my brother [[NAME:Luvuyo]] in [[ADDRESS:East London]], his phone
is [[PHONE:+27 43 555 0192]]. You can also email me at [[EMAIL:siya.mqhayi77@gmail.com]].
Thank you
[[NAME:Siya]]

Reply [[DATE:3/6/2025]] 11:30 AM
Mr. [[NAME:Mqhayi]], we moved you to [[DATE:Wed 3/19]] at 2:20 with Dr. [[NAME:Do]]. The podiatry referral was sent and
[[NAME:Faith]] was faxed a copy. Until then you can use salicylic acid 40% pads on the wart; do not cut it. We hope
[[NAME:Nomsa]]'s treatment goes well.
[[NAME:Joy Wart]], MA
"""  , summary="""
[[NAME:Siyabonga Mqhayi]] asked to move his visit from [[DATE:the 12th]] to [[DATE:the 19th]] for a recurrent plantar wart and
needed a podiatry referral for his case manager [[NAME:Faith]]. [[NAME:Joy Wart]], MA rebooked him for [[DATE:3/19]].
"""),

    dict(style="phone_call_log", note="""
AFTER-HOURS ANSWERING SERVICE LOG - Internal Medicine
Night of [[DATE:5/9/2025]] into [[DATE:5/10]]     On call: [[NAME:DMS]]

19:14  [[NAME:Iveren Akaa]], cb [[PHONE:614-555-0166]] - ran out of {{drug:Eliquis}}, her pharmacy closed at 6.
       [[NAME:DMS]] sent 3-day supply to the 24 h CVS on [[ADDRESS:Broad St]]. Pt aware.
21:02  [[NAME:Dawn Payne]] calling for [[NAME:Frank Hart]], [[AGE:96]], chest "tightness" since dinner, {{vital:BP 164/92}} on her
       cuff. Advised 911; he refused at first. [[NAME:DMS]] spoke to [[NAME:Frank]] directly, he agreed to go by squad
       to Mount Carmel East.
23:40  [[NAME:Abdirahman Farah]], cb [[PHONE:(614) 555-0108]] - [[NAME:Ubah]] vomiting x4 since starting {{drug:Ozempic}}
       {{dose:0.5 mg}} this week, keeping fluids down. {{drug:Zofran}} not on file; [[NAME:DMS]] sent {{drug:ondansetron}} {{dose:4 mg}} ODT,
       hold next Ozempic dose, msg to PCP.
02:15  Call from [[NAME:Chase]] at Riverside lab, x[[PHONE:7781]]: critical {{lab:K 6.4}} on [[NAME:Don Ball]], MRN [[MRN:7733019]],
       sample hemolyzed per [[NAME:Chase]]. [[NAME:DMS]] ordered redraw at 0600; no need to chase it overnight, pt on no K
       supplements, asymptomatic per earlier call.
05:48  [[NAME:Dawn]] called back: [[NAME:Frank]] being admitted to obs, first troponin negative.
"""  , summary="""
Overnight calls handled by [[NAME:DMS]]: an Eliquis bridge for [[NAME:Iveren Akaa]], chest tightness in [[NAME:Frank Hart]] ([[AGE:96]])
who went in by squad, Ozempic nausea for [[NAME:Ubah]], and a hemolyzed {{lab:K 6.4}} on [[NAME:Don Ball]] sent for redraw.
"""),

    dict(style="home_health_visit", note="""
HOME HEALTH - LPN VISIT / AIDE SUPERVISORY
Medicare Part A episode, recert due next week. OASIS follow-up completed.

Pt seen in home, caregiver present and engaged. Alert, oriented x3, pleasant.
Vitals: {{vital:BP 132/78}}, {{vital:HR 70}} irregular, {{vital:RR 18}}, {{vital:T 97.8}}, {{vital:SpO2 93%}} on 2 L NC via concentrator.
Weight 171.2 lb (down 1.4 lb). Lungs diminished bases, no crackles. 1+ pedal edema, unchanged.
{{drug:Lasix}} {{dose:40 mg}} daily and {{drug:Coreg}} {{dose:6.25 mg}} BID taken per pillbox. Accu-Chek fasting {{lab:BG 128}}.
{{eponym:Foley}} 14 Fr intact, urine amber, no sediment; catheter bag below bladder, tubing free of kinks.
Skin: coccyx blanchable redness, barrier cream applied. {{score:Braden 16}}. {{score:Morse Fall Scale 55}} - high risk;
bed alarm and bedside commode in place, {{eponym:Hoyer}} lift not needed at this time.
Aide supervisory: aide arrived on time, performed bath and linen change per care plan, used gait belt correctly.
Caregiver instructed on O2 safety (no candles, no smoking), signs of UTI and when to call the agency.
Plan: continue SN 1w4, aide 2w4. PT re-eval for Rollator. Notify MD of weight gain > 3 lb in 2 days.
"""  , summary="""
LPN home visit for a stable heart failure patient on home oxygen with an indwelling {{eponym:Foley}}; weight down, high fall risk
({{score:Morse Fall Scale 55}}), and aide supervision was satisfactory.
"""),

    dict(style="hospice_visit", note="""
HOSPICE - DEATH VISIT / PRONOUNCEMENT
[[NAME:ZUNGU, THEMBA J]]    [[AGE:90]] M    Hospice ID [[MRN:HSP-118204]]

Called 03:20 by [[NAME:Buhle]]: [[NAME:Themba]] stopped breathing about 03:05. Arrived 04:05, the sky still dark, lamps on
in every room. No respirations, no apical pulse for one full minute, no response to sternal rub, pupils fixed.
Time of death 04:11 on [[DATE:March 2, 2025]].
Present: [[NAME:Buhle]], [[NAME:Sibusiso]], [[NAME:Sky]], and [[NAME:Mthunzi Dlamini]] from next door. [[NAME:Buhle]] asked that the
window stay open for a while as is their custom; honored.
{{eponym:Foley}} removed, body bathed with [[NAME:Sky]] and [[NAME:Buhle]] helping; [[NAME:Themba]]'s dentures placed and his church
blazer put on per family wish.
Controlled meds destroyed with [[NAME:Sibusiso Zungu]] as witness: {{drug:morphine}} {{dose:20 mg/mL}} approx 12 mL, {{drug:lorazepam}}
{{dose:0.5 mg}} x 9 tabs - mixed with coffee grounds in sealed bag.
Dr. [[NAME:Ndlovu]] (hospice MD) notified 04:30; ME not required, expected death. Emmanuel Funeral Services called 04:40,
arrived 05:55. Bereavement referral to [[NAME:Dean Ma]]; [[NAME:Sibusiso]] prefers calls on [[PHONE:216-555-0119]].
[[NAME:Rain Hart]], RN
"""  , summary="""
[[NAME:Themba Zungu]] ([[AGE:90]]) was pronounced dead at home at 04:11 on [[DATE:March 2, 2025]] with [[NAME:Buhle]], [[NAME:Sibusiso]] and
[[NAME:Sky]] present. Medications were destroyed with a witness and bereavement was referred to [[NAME:Dean Ma]].
"""),

    dict(style="portal_message", note="""
MESSAGE THREAD - Urology, Eastside
[[DATE:06/03/2025]] 7:02 AM  [[NAME:Oumou Bâ]] -> Urology Clinical Staff
Good morning. My husband has frank blood in his urine since last night, like red juice, and some small clots.
[[NAME:Sulayman]] is on {{drug:Eliquis}} {{dose:5 mg}} for his heart and the {{drug:Flomax}} Dr. [[NAME:Stone]] gave him. Should he stop
the Eliquis? He has no fever. [[NAME:Frank]] from next door can drive us today if you can see him. -[[NAME:Oumou]]

[[DATE:06/03/2025]] 8:15 AM  [[NAME:Amayas Meziane]], RN -> [[NAME:Oumou Bâ]]
Good morning [[NAME:Oumou]]. Please do not stop the Eliquis without talking to his heart doctor. Dr. [[NAME:Stone]] can see
[[NAME:Sulayman]] today at 1:30. Bring the CT disc from Mount Carmel that showed the stone. If he cannot pass urine, passes
large clots, or feels faint, go to the ED.

[[DATE:06/03/2025]] 8:31 AM  [[NAME:Oumou Bâ]]
ok thank u we will come. [[NAME:frank]] will drive. [[NAME:Sulayman]] says thank you

[[DATE:06/03/2025]] 3:05 PM  Dr. [[NAME:Stone]] (addendum)
Seen. Gross hematuria most likely from passing 6 mm L UVJ stone on anticoagulation. {{lab:Hgb 13.1}}, {{lab:Cr 1.0}}, UA
>50 RBC, no nitrite. Eliquis continued. {{drug:tamsulosin}} {{dose:0.4 mg}} continued, strain urine, {{drug:Toradol}} avoided.
"""  , summary="""
[[NAME:Oumou Bâ]] reported frank hematuria in [[NAME:Sulayman]], who is on Eliquis; the nurse advised not stopping it and
Dr. [[NAME:Stone]] saw him the same day, attributing the bleeding to a passing 6 mm ureteral stone.
"""),

    dict(style="home_health_visit", note="""
SN VISIT - diabetes teaching                                   [[DATE:Aug 22]]
[[NAME:Msuega Iorliam]]   MRN [[MRN:0557-3318]]

[[NAME:Msuega]] and [[NAME:Mnena]] at the kitchen table with the glucometer and log ready. Fasting readings 180s-240s this
week, bedtime 250-300. {{lab:A1c 9.4%}} on [[DATE:7/30]]. {{drug:Lantus}} {{dose:22 units}} qHS, {{drug:Humalog}} per sliding scale.
[[NAME:Mnena]] has been drawing up the insulin because his retinopathy makes the syringe lines hard to read; demo'd the
Lantus SoloStar pen with the dial that clicks - [[NAME:Msuega]] set {{dose:24 units}} correctly by sound x3.
Per orders, titrate Lantus +2 units q3 days to fasting < 140.
Feet: thick plantar callus, no ulcer, monofilament felt 6/10 sites. Pulses faint DP bilat.
Rash on both forearms, linear vesicles - he was clearing poison ivy behind the shed Sunday. Hydrocortisone 1% OTC.
Diet: pounded yam most nights; [[NAME:Iorfa]] from the Tiv association brings meals Fridays, talked about portion size.
[[NAME:Doose]] ({{age:14}}) helps with the log on his phone.
Next visit [[DATE:8/26]]. Call the agency at [[PHONE:937-555-0172]] for BG < 70 or > 400.
[[NAME:Ivy Moss]], RN
"""  , summary="""
Diabetes teaching for [[NAME:Msuega Iorliam]] ({{lab:A1c 9.4%}}): switched to the Lantus pen, which he can dial by sound, with
titration to fasting < 140. Poison ivy rash treated with hydrocortisone; next visit [[DATE:8/26]].
"""),
]
