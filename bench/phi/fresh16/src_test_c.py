NOTES = [
    dict(style="correctional_health", note="""
RECEIVING SCREENING - MEDICAL                      County Detention Center, Main Intake
Name: [[NAME:VASKÓ, LAJOS T]]          Booking #: [[MRN:25-118307]]
DOB: [[DATE:11/02/1979]]               Arrived: [[DATE:06/14/2025]] 0215, brought in by patrol
Screener: [[NAME:Hunter Lane]], LPN

Arrested after drifting across the center lane; officer reports strong odor of ETOH. Pt reports daily drinking "a fifth plus" for 10+ yrs, last drink ~2100 last night. Hx withdrawal seizures x2, most recent 2022. Rx {{drug:Keppra}} {{dose:500 mg}} BID, none in 4 days. Also {{drug:lisinopril}} {{dose:20 mg}} daily. Denies opioids, denies IVDU. Denies SI/HI, no prior attempts.
Works as a hunting guide ("deer hunter, mostly"), was in the woods two days ago - skin check, no ticks found.
VS: {{vital:BP 164/98}}  {{vital:HR 112}}  {{vital:RR 18}}  {{vital:T 98.9}}  {{vital:SpO2 97%}} RA
Coarse tremor both hands, diaphoretic, A&Ox4. {{score:CIWA-Ar 16}}. No tongue laceration.

PLAN
- Medical observation cell, lower bunk / lower tier, seizure precautions
- Withdrawal protocol per standing order: {{drug:chlordiazepoxide}} {{dose:50 mg}} PO q6h x4, thiamine {{dose:100 mg}} IM then PO daily, folic acid {{dose:1 mg}}, MVI
- Resume {{drug:Keppra}}; verify fill history with Rite Aid on file
- CIWA q4h, notify provider if >20 or any seizure activity
On-call Dr. [[NAME:Popescu]] notified 0250, verbal orders received and read back.
""", summary="""
[[NAME:Lajos Vaskó]], booked [[DATE:06/14/2025]], arrived in alcohol withdrawal ({{score:CIWA-Ar 16}}) with a seizure history; he was started on the withdrawal protocol and {{drug:Keppra}} was resumed on Dr. [[NAME:Popescu]]'s orders.
"""),

    dict(style="correctional_health", note="""
INFIRMARY PROGRESS NOTE - Health Services Unit
Pt: [[NAME:Tamati Ngata]]     DOC# [[MRN:A774213]]     Housing: Infirmary bed 6
Date of service: [[DATE:Tues 7/8]]

S: {{age:52}} y/o M with T2DM, PAD, R plantar ulcer, day 12 of infirmary stay. States foot "feels better, less throbbing." Eating 75% of trays. Asking to go back to his unit so he doesn't lose his kitchen job.
O: {{vital:T 99.1}}  {{vital:BP 138/84}}  {{vital:HR 88}}. FSBG this AM {{lab:BG 214}}, last PM {{lab:BG 187}}.
Ulcer 1.8 x 1.2 cm (was 2.4 x 1.5), granulating base, scant brown drainage on dressing, no odor, no tracking. Monofilament absent at 4/10 sites R foot. DP faint by doppler.
Labs [[DATE:7/3]]: {{lab:A1c 9.6%}}, {{lab:WBC 8.1}}, {{lab:ESR 38}}.
A/P:
1. Diabetic foot ulcer, improving - cont wet-to-dry BID, offloading boot; finish {{drug:Keflex}} {{dose:500 mg}} QID (day 10/14).
2. DM, poorly controlled - increase {{drug:Lantus}} to {{dose:28 units}} qHS; sliding scale unchanged.
3. PAD - vascular referral submitted; outside transport to be scheduled by custody, appt date not disclosed to pt per security policy.
Escort for wound photos: Ofc. [[NAME:Brown]], badge [[MRN:4471]].

[[NAME:Nguyễn Thị Hoa]], MD
""", summary="""
[[NAME:Tamati Ngata]]'s diabetic foot ulcer is shrinking on day 12 in the infirmary; Dr. [[NAME:Nguyễn]] raised his {{drug:Lantus}} to {{dose:28 units}} and sent a vascular referral.
"""),

    dict(style="correctional_health", note="""
CONSTANT OBSERVATION LOG - MENTAL HEALTH WATCH
Inmate: [[NAME:ADEYEMI-ROSS, FAITH O]]     Jail ID [[MRN:J0098812]]     Cell MH-2
Level: 1:1 constant. Placed [[DATE:2025-03-09]] 2240 by QMHP [[NAME:Aissatou Bah]] after pt told booking officer she "won't make it to court."

Time | Observed behavior                            | Init
0000 | lying on bunk, awake, tearful                | [[NAME:KM]]
0015 | same; refused water                          | [[NAME:KM]]
0030 | pacing, talking to self                      | [[NAME:KM]]
0045 | sitting on floor, picking at smock seam      | [[NAME:KM]] - smock checked, intact
0100 | asleep on bunk, resp even                    | [[NAME:JTR]]
0200 | asleep                                       | [[NAME:JTR]]
0300 | awake, asked for tissue, given               | [[NAME:JTR]]
0400 | asleep                                       | [[NAME:JTR]]

0630 RN note: Pt calmer, ate half of breakfast tray. States she has "lost all faith in my lawyer" and is scared of losing custody of her son. Denies current plan, but cannot contract for safety. {{vital:BP 122/76}} {{vital:HR 90}}. No self-harm marks noted.
Reassessed [[DATE:3/10]] 0900 by Dr. [[NAME:Tanaka]] (psychiatry): remains on 1:1, start {{drug:sertraline}} {{dose:50 mg}} daily, {{drug:hydroxyzine}} {{dose:25 mg}} PRN anxiety. Re-eval in 24 h.
[[NAME:R. Okoro-Lind]], RN
""", summary="""
[[NAME:Faith Adeyemi-Ross]] was placed on 1:1 suicide watch [[DATE:2025-03-09]] and remained on it after reassessment by Dr. [[NAME:Tanaka]] on [[DATE:3/10]], who started {{drug:sertraline}}.
"""),

    dict(style="correctional_health", note="""
Health Services - Hunger Strike Monitoring, Day 6
Patient: [[NAME:Ibrahim Warsame]]     ID [[MRN:B-3392-17]]     DOB [[DATE:9 Feb 1990]]
Interpreter: Somali via phone line, interpreter [[NAME:Hodan]] #[[MRN:20871]]

Pt continues to refuse all food since breakfast on day 1; accepting water and sugarless tea. States protest is about loss of visitation, not medical. Understands risks as explained through interpreter; has decision-making capacity per psych eval yesterday.
Wt {{vital:61.2 kg}} (baseline {{vital:67.0 kg}}, -8.7%).  {{vital:BP 104/66}} sitting, {{vital:BP 92/60}} standing, {{vital:HR 98}} standing. Dizzy on standing.
Labs drawn with consent: {{lab:Na 139}}, {{lab:K 3.2}}, {{lab:Glu 64}}, urine ketones 3+. Declined CBC.
Plan:
- Daily weights, orthostatics BID; offered {{drug:potassium chloride}} {{dose:20 mEq}} PO - accepted
- Thiamine {{dose:100 mg}} daily offered - accepted
- If refeeding starts, slow protocol; phosphorus/Mg checks, watch for Wernicke ({{eponym:Wernicke}} encephalopathy risk discussed)
- No force-feeding; ethics consult requested
cc: Warden [[NAME:T. McAllister]]; HSA [[NAME:Eeva Mäkinen]], RN; Dr. [[NAME:Kristjan Tamm]]
""", summary="""
On day 6 of a hunger strike, [[NAME:Ibrahim Warsame]] has lost 8.7% of body weight with orthostasis and {{lab:K 3.2}}; he accepted potassium and thiamine, and an ethics consult was requested.
"""),

    dict(style="correctional_health", note="""
MEDICAL TRANSFER SUMMARY
From: Northridge Correctional Facility, Health Services     To: Eastern State Hospital, Forensic Unit
Patient: [[NAME:ȘTEFĂNESCU, Mihai-Andrei]]     DOC # [[MRN:889201]]     DOB [[DATE:1988-12-30]]
Transfer date: [[DATE:23 May 2025]]

Reason: court-ordered competency restoration; worsening psychosis despite meds.
Diagnoses: schizophrenia; latent TB, treated; HCV Ab+, RNA neg.
Current meds:
  {{drug:haloperidol decanoate}} {{dose:150 mg}} IM q4wk - last given [[DATE:05/02/2025]], L deltoid
  {{drug:benztropine}} {{dose:1 mg}} PO BID
  {{drug:Colace}} {{dose:100 mg}} BID
Allergies: {{drug:penicillin}} (hives)
Recent: mild cogwheeling R arm, no dystonia, {{score:AIMS 2}}. TST/QFT: QFT neg [[DATE:Jan 14 2025]]. Last vitals {{vital:BP 118/72}} {{vital:HR 76}} {{vital:T 97.8}}.
Behavior: responding to internal stimuli, no assaults this month, required 2 PRN {{drug:olanzapine}} doses last week.
Emergency contact: sister [[NAME:Ioana Ștefănescu]], [[PHONE:(503) 555-0148]]
Prepared by: [[NAME:Urška Kovačič]], RN       Reviewed: [[NAME:M. Zupan]], MD
Nurse-to-nurse report called to [[NAME:Dale]] at x[[PHONE:2217]], 1410.
""", summary="""
[[NAME:Mihai-Andrei Ștefănescu]] was transferred [[DATE:23 May 2025]] for competency restoration with worsening psychosis on {{drug:haloperidol decanoate}}; report was given by [[NAME:Urška Kovačič]], RN.
"""),

    dict(style="street_medicine", note="""
STREET MEDICINE ENCOUNTER
Location: camp under the overpass, [[ADDRESS:Jackson St]] & [[ADDRESS:5th Ave S]]
Team: [[NAME:Rose Bishop]], NP; [[NAME:Chase Whitford]] (peer outreach); [[NAME:Lokelani]] (MSW intern)
Pt: [[NAME:Kalani Kahananui]], goes by "[[NAME:Rooster]]", {{age:47}} y/o, known to team since spring

Flagged us down re: L forearm abscess x3 days. Uses fentanyl, "mostly smoking now, still shoot sometimes." 5 x 4 cm fluctuant area, erythema that rose past the antecubital fossa since yesterday per pt. No streaking. {{vital:HR 96}}, {{vital:SpO2 98%}} on portable ox, {{vital:T 99.4}} temporal.
I&D on site after lidocaine 1% {{dose:4 mL}}, ~6 mL purulent drainage, packed with iodoform, dressed.
Rx: {{drug:Bactrim DS}} {{dose:1 tab}} BID x7d, dispensed from van stock. Given {{drug:Narcan}} {{dose:4 mg}} nasal x2, fentanyl test strips, sharps container.
Offered {{drug:buprenorphine}} start - "not today, maybe next week."
Return: we come back to this camp Thursday; will remove packing then. If fever or red line up arm, go to ED, [[NAME:Chase]] gave him bus tokens.
""", summary="""
Street team saw [[NAME:Kalani Kahananui]] ("[[NAME:Rooster]]") under the overpass and drained a forearm abscess, starting {{drug:Bactrim DS}} and giving {{drug:Narcan}}; he declined buprenorphine for now.
"""),

    dict(style="street_medicine", note="""
okay this is [[NAME:jon rasmussen]] physician assistant with the outreach van dictating on [[NAME:dawit tesfaye]] that's [[NAME:t-e-s-f-a-y-e]] seen [[DATE:october twenty second]] at the encampment along the river off [[ADDRESS:mill road]] in [[ADDRESS:springfield]] his friend [[NAME:abebe]] helped interpret amharic. patient is a {{age:58}} year old man with type two diabetes who ran out of {{drug:metformin}} about a month ago when his backpack was stolen he also lost his glucometer. fingerstick today {{lab:glucose 388}} no ketone strips on the van. he reports thirst, going to the bathroom a lot, and a cough for about three weeks, some night sweats, maybe lost weight, pants are loose. no hemoptysis. vitals {{vital:BP 150/92}} heart rate {{vital:104}} {{vital:temp 100.2}} {{vital:sat 95 percent}} on room air. lungs with crackles right upper field. feet dry cracked heels no ulcers, monofilament decreased both feet. plan restart {{drug:metformin}} {{dose:500 milligrams}} twice a day gave thirty day supply and a new meter from donated stock. given the cough and sweats we gave him a surgical mask and i called the county TB clinic to get him in for a chest x ray and sputum tomorrow, [[NAME:abebe]] will walk him over. case manager will work on replacing his ID. end of dictation.
""", summary="""
[[NAME:Dawit Tesfaye]], seen at a river encampment in [[ADDRESS:Springfield]] on [[DATE:October 22]], had uncontrolled diabetes ({{lab:glucose 388}}) and a three-week cough with night sweats; {{drug:metformin}} was restarted and he was referred to the TB clinic.
"""),

    dict(style="street_medicine", note="""
MOBILE OUTREACH VAN - DAILY ENCOUNTER LOG
Site: [[ADDRESS:Lakeshore Blvd]] lot behind the public library     Date: [[DATE:Sat 09/06/25]]
Staff: [[NAME:P. Ochoa]] RN, [[NAME:D. Sato]] MA, Dr. [[NAME:Flanagan]]

#  | Name                     | DOB                  | Reason                         | Disposition
1  | [[NAME:CHEA, SOPHEAP]]   | [[DATE:04/17/1969]]  | BP check, out of amlodipine    | {{vital:BP 178/102}}; {{drug:amlodipine}} {{dose:10 mg}} x30 given
2  | [[NAME:TLAPALE, CITLALI]]| [[DATE:11/30/1996]]  | preg test, +                   | referred to prenatal clinic, prenatal vits given
3  | "[[NAME:Tiny]]" (no last name given) | ~50s | R ankle swelling               | {{eponym:Ottawa}} neg, ACE wrap, ibuprofen
4  | [[NAME:PECH, ISMAEL]]    | [[DATE:02/02/1983]]  | scabies                        | {{drug:permethrin}} 5% cream, laundry voucher
5  | [[NAME:RAMKISSOON, DEVON]]| [[DATE:07/22/1975]] | cough, COVID swab              | neg; supportive care
6  | declined name            | -                    | wants Narcan                   | {{drug:Narcan}} x2 kits
7  | [[NAME:SOEKHOE, IRMA]]   | [[DATE:12/05/1961]]  | R great toe wound, DM          | debrided, {{lab:FSBG 266}}; f/u Tues
Supplies low: wound packing, size L gloves. Van battery light on again - [[NAME:Sato]] to tell fleet.
""", summary="""
The outreach van at [[ADDRESS:Lakeshore Blvd]] on [[DATE:09/06/25]] saw seven people, including [[NAME:Sopheap Chea]] for uncontrolled BP and [[NAME:Irma Soekhoe]] for a diabetic toe wound.
"""),

    dict(style="street_medicine", note="""
OUTREACH ENCOUNTER - Cold Weather Response
Pt declined to give name or DOB; consented to exam. Adult male, appears 40s, sleeping in doorway near bus depot. Temp outside 14 F at time of contact, 0240.

Found by Outreach team, arousable to voice, shivering, soaked jeans. Says he drank "a couple tall cans," denies other substances. {{vital:T 95.1}} tympanic, {{vital:HR 58}}, {{vital:RR 14}}, {{vital:SpO2 93%}}, {{vital:BP 108/70}}. {{score:GCS 15}}.
Hands: fingertips blanched, numb, cap refill 4 s, no blisters. Hx of {{eponym:Raynaud}} per pt. Feet: wet socks, toes cool, sensation intact.
Assessment: mild hypothermia, frostnip fingers vs early frostbite.
Interventions: wet clothing removed in the van, dry socks/hat/gloves and thermal blanket, warm sweet drink once shivering and swallowing ok. Rewarming hands in warm water (not hot). Pain during rewarming 6/10.
Offered transport to ED - declined. Offered Code Blue shelter bed - accepted after 20 min.
Gave {{drug:Narcan}} kit and Medicaid application info. Left referral with shelter night staff for AM recheck of fingers.
""", summary="""
An unnamed man found in a doorway at {{vital:T 95.1}} with early frostbite of the fingers was rewarmed in the outreach van, declined the ED, and accepted a Code Blue shelter bed.
"""),

    dict(style="street_medicine", note="""
Shelter Clinic - Follow-up Visit
Pt: [[NAME:Ji-hoon Park]] (prefers "[[NAME:James]]")     DOB [[DATE:1971/08/04]]     Clinic # [[MRN:SC-20419]]
Residence: Harbor Men's Shelter, [[ADDRESS:418 Pell Street]], [[ADDRESS:Portland]]; bed held through end of month

BP recheck after starting meds 2 wk ago. Taking {{drug:losartan}} {{dose:50 mg}} most days, "forgot on weekends." Walks miles a day collecting cans, no chest pain, no SOB, mild ankle swelling by evening.
Today {{vital:BP 148/90}} (prior {{vital:BP 172/104}}), {{vital:HR 72}}. Trace bilat ankle edema. {{lab:Cr 0.9}}, {{lab:K 4.4}} last wk.
Plan: increase {{drug:losartan}} to {{dose:100 mg}}; pill box given, shelter staff will keep it at front desk with his ok. Recheck BMP in 1 week.
Case manager [[NAME:Miles Storm]] working on housing voucher and ID replacement - reach at [[PHONE:971-555-0126]] or [[EMAIL:mstorm@harborhousingpdx.org]].
[[NAME:E. Haugen]], FNP
""", summary="""
[[NAME:James Park]]'s BP improved to {{vital:BP 148/90}} on {{drug:losartan}}, which was increased to {{dose:100 mg}}; case manager [[NAME:Miles Storm]] is arranging housing and ID.
"""),

    dict(style="urgent_care", note="""
URGENT CARE VISIT NOTE
Patient: [[NAME:Jónsdóttir, Guðrún]]     DOB: [[DATE:02.08.1991]]     Visit #: [[MRN:UC4471908]]
Arrival 18:42, walk-in.       CC: laceration L palm

HPI: {{age:33}}F cut L palm on a broken wine glass while washing dishes ~1 hr PTA. Bleeding controlled with towel. R-hand dominant. No numbness. Last Tdap 2016.
Exam: 3.2 cm linear lac across L thenar eminence, clean edges, no frank tendon exposure, no glass visualized. FDS/FDP intact each digit, strength 5/5 grip. 2-pt discrimination <6 mm all fingertips. {{eponym:Allen}} test normal. Cap refill <2 s.
XR L hand: no radiopaque FB.
Procedure: irrigated 250 mL NS, lidocaine 1% {{dose:3 mL}} local, 5 simple interrupted 4-0 nylon. Tolerated well.
Tdap given today (>5 yrs, dirty-ish wound).
D/C: keep dry 24 h, then gentle washing. Sutures will come out in 10-12 days at PCP or here. Return for redness, fever, numbness, pus.
{{vital:BP 126/80}} {{vital:HR 84}} {{vital:T 98.2}}    Pain 4/10 at d/c.
[[NAME:Will Frank]], PA-C
""", summary="""
[[NAME:Guðrún Jónsdóttir]] had a 3.2 cm left palm laceration repaired with five sutures and received Tdap; tendons and sensation were intact.
"""),

    dict(style="urgent_care", note="""
URGENT CARE - ANKLE INJURY
{{age:24}}-year-old male, rolled R ankle stepping off a curb playing pickup basketball about 3 h ago. Able to take 4 steps in clinic with limp. No prior injury. No meds. NKDA.
Exam: swelling and ecchymosis over ATFL region, tender anterior to lateral malleolus. No tenderness at posterior edge or tip of lateral or medial malleolus. No navicular or base-of-5th-MT tenderness. {{eponym:Thompson}} test negative. Anterior drawer mildly lax vs L. NV intact distally, DP 2+.
{{eponym:Ottawa}} ankle and foot rules negative - no imaging.
Dx: R ankle sprain, grade I-II, lateral.
Plan: RICE, ACE wrap, air-stirrup brace, crutches PRN WBAT. {{drug:Motrin}} {{dose:600 mg}} q6-8h with food x5 days, {{drug:Tylenol}} {{dose:1000 mg}} q8h PRN. Home ROM exercises handout. Return if unable to bear weight after 5-7 days or numbness. Sports Medicine referral if not improving in 2 weeks.
Vitals: {{vital:BP 128/74}}, {{vital:HR 70}}, pain 5/10.
""", summary="""
A {{age:24}}-year-old with a lateral ankle sprain met the {{eponym:Ottawa}} rules for no imaging and was sent home with a brace, RICE and {{drug:Motrin}}.
"""),

    dict(style="urgent_care", note="""
Peds walk-in
Pt: [[NAME:Keoni Akana]], {{age:4}} yo M, here with mom [[NAME:Summer Akana]]
Visit [[MRN:00738215]]

Mom reports 2 days of L ear pain, tugging at ear, fever to 102.6 at home last night, less eating. Hx recurrent AOM, PE tubes placed last summer - mom thinks L tube "fell out" a few months ago. Last {{drug:Tylenol}} 0600. No rash, no vomiting. UTD on vaccines.
{{vital:T 101.4}}  {{vital:HR 128}}  {{vital:RR 24}}  {{vital:SpO2 99%}}  wt {{vital:16.8 kg}}
R TM: tube in place, patent, no otorrhea. L TM: no tube visible, bulging, erythematous, opaque. OP clear. Neck supple.
A: L AOM.
P: {{drug:amoxicillin}} {{dose:90 mg/kg/day}} div BID x10 d ({{dose:750 mg}} BID). {{drug:ibuprofen}} {{dose:160 mg}} q6h PRN. ENT f/u for tube check. Copy to PCP Dr. [[NAME:Malia Kealoha]], fax [[PHONE:808-555-0193]].
""", summary="""
[[NAME:Keoni Akana]], {{age:4}}, has left acute otitis media with an extruded tube and was started on high-dose {{drug:amoxicillin}}; a copy went to Dr. [[NAME:Kealoha]].
"""),

    dict(style="urgent_care", note="""
URGENT CARE -> ED TRANSFER NOTE
Name: [[NAME:Dariush Karimi]]     Age: {{age:58}}     Visit [[MRN:UC-0093321]]     [[DATE:2025-04-11]]

Walked in 1105 c/o substernal pressure since ~0930 while carrying boxes, radiates to L jaw, 6/10, + diaphoresis. Hx HTN, HLD, smoker 1 ppd. Father MI at {{age:60}}.
{{vital:BP 158/94}} {{vital:HR 92}} {{vital:RR 20}} {{vital:SpO2 96%}}
ECG 1112: NSR, 1 mm ST depression V4-V6, no STE. No prior for comparison. POC troponin not available here.
{{score:HEART score 6}} (history 2, ECG 1, age 1, risk 2, trop not done).
Gave {{drug:aspirin}} {{dose:324 mg}} chewed 1115, {{drug:nitroglycerin}} {{dose:0.4 mg}} SL x1 -> pain 3/10.
EMS called 1116, arrived 1131. Report called to Dr. [[NAME:Shira Ben-David]], ED attending, at 1128; ECG faxed to [[PHONE:(216) 555-0182]].
Wife [[NAME:Shirin]] notified by pt, will meet him there, her cell [[PHONE:216-555-0164]].
[[NAME:Tomás Agirre]], MD
""", summary="""
[[NAME:Dariush Karimi]], {{age:58}}, walked in with exertional chest pressure and lateral ST depression ({{score:HEART score 6}}); after {{drug:aspirin}} and nitroglycerin he went by EMS to the ED with report to Dr. [[NAME:Ben-David]].
"""),

    dict(style="urgent_care", note="""
UC Note - [[DATE:Mon 8/18/2025]]
[[NAME:Leilani Kamaka'ala]], [[AGE:94]] yo F, brought in by daughter [[NAME:Pua Kamaka'ala-Ruiz]]

Daughter says mom has been "off" since [[DATE:Sunday the 17th]] - more confused, up all night, new incontinence, burning with urination per pt. Lives with daughter, normally oriented, walks with cane, does her own crossword. No fall, no cough. Hx HTN, CKD3, hypothyroid. Meds {{drug:amlodipine}} {{dose:5 mg}}, {{drug:levothyroxine}} {{dose:50 mcg}}.
{{vital:T 100.1}} {{vital:BP 142/70}} {{vital:HR 96}} {{vital:SpO2 95%}}. Oriented to self and daughter only. Mild suprapubic TTP, no CVA tenderness. No focal neuro deficit.
UA: LE 3+, nitrite +, WBC >50, bacteria many. POC glucose {{lab:glucose 132}}.
A: acute cystitis with delirium in a [[AGE:94]]-year-old.
P: {{drug:cephalexin}} {{dose:500 mg}} BID x7d (renally dosed; avoid {{drug:Macrobid}} given CrCl). Urine cx sent. Push fluids. Delirium precautions reviewed with daughter. Go to ED if worse confusion, unable to drink, or fever >101. Call back with cx in 48 h - daughter's cell [[PHONE:808-555-0131]].
""", summary="""
[[NAME:Leilani Kamaka'ala]], [[AGE:ninety-four]], came in with her daughter for new confusion since [[DATE:Sunday the 17th]] and was treated for cystitis with {{drug:cephalexin}}, with ED precautions given.
"""),

    dict(style="poison_control", note="""
POISON CENTER CASE RECORD                 Case #: [[MRN:25-048812]]
Call: [[DATE:01/27/2025]] 21:14           SPI: [[NAME:G. Mercer]], PharmD
Caller: mother, [[NAME:Aino Virtanen]]    Callback: [[PHONE:612-555-0177]]
Patient: [[NAME:Sanni Virtanen]], {{age:16}} y F, ~{{vital:55 kg}}
Substance: acetaminophen ER ({{drug:Tylenol}} 8 HR Arthritis), {{dose:650 mg}} tabs, "about 20" missing from bottle
Time of ingestion: ~19:30. Intentional - daughter texted a friend.

21:14 Pt vomited once, c/o nausea, alert. Est dose ~{{dose:13 g}} = ~236 mg/kg. Advised 911 / nearest ED now; mother driving to Regions ED, ETA 10 min. Call to ED charge RN 21:22 with rec.
Rec: APAP level and LFTs at 4 h and repeat at 8 h (ER product); start NAC if any level above treatment line on {{eponym:Rumack-Matthew}} nomogram or if unknown time. Psych eval when medically cleared.
23:55 f/u ED: 4-h {{lab:APAP 212 mcg/mL}}, {{lab:AST 28}}, {{lab:ALT 22}}. Above line. NAC 21-h IV started 23:40.
[[DATE:1/28]] 08:10 f/u: 8-h {{lab:APAP 96}}, LFTs nl. Toxicologist Dr. [[NAME:Arjun Nair]] consulted - continue NAC, repeat APAP/AST at end of bag 3.
[[DATE:1/29]] 06:30: {{lab:APAP <10}}, {{lab:AST 34}}. NAC stopped. Medically cleared to psych. Case closed - [[NAME:GM]]
""", summary="""
[[NAME:Sanni Virtanen]], {{age:16}}, intentionally took about {{dose:13 g}} of extended-release acetaminophen on [[DATE:01/27/2025]]; her 4-hour level was above the {{eponym:Rumack-Matthew}} line, NAC was given with toxicology input, and she was cleared to psychiatry on [[DATE:1/29]].
"""),

    dict(style="poison_control", note="""
Poison Center - Therapeutic Error
Case [[MRN:PCC-77140]]   [[DATE:Thu 3 Apr 2025]] 09:02   SPI [[NAME:Sigrid Lund]], RN
Caller = patient, [[NAME:Zoltán Kiss]], [[AGE:91]] y/o M, calling from home in [[ADDRESS:Fairlawn]]; cb [[PHONE:330-555-0119]]

Took his morning {{drug:Lanoxin}} ({{drug:digoxin}} {{dose:0.125 mg}}) twice - weekly pill box mix-up, second dose ~08:30. Also takes {{drug:furosemide}} {{dose:20 mg}}, {{drug:metoprolol}} {{dose:25 mg}} BID, {{drug:Eliquis}}. Hx AF, CHF. States he is "[[AGE:ninety-one]] and sharp as a tack," living alone; son [[NAME:Gábor]] nearby.
Currently no nausea, no vision changes, no palpitations. Pulse counted with me: 64, irregular.
Assessment: single extra {{dose:0.125 mg}} dose in elderly pt, low toxicity risk, but renal fx/K unknown.
Rec: hold tomorrow's dose only after discussing with PCP; call PCP today for possible level/BMP; no ED needed if asymptomatic. Go to ED/call 911 for vomiting, confusion, yellow vision, fainting, HR <50. Son to stay with him today.
12:15 f/u call: pt well, son [[NAME:Gábor Kiss]] present, PCP office drawing dig level + BMP this afternoon.
16:40 f/u: {{lab:digoxin 1.4}}, {{lab:K 4.1}}, {{lab:Cr 1.2}} per son. Asymptomatic. Closed, no effect.
""", summary="""
[[NAME:Zoltán Kiss]], [[AGE:91]], took a double dose of {{drug:Lanoxin}} on [[DATE:3 Apr 2025]]; he stayed asymptomatic at home with his son, and the {{lab:digoxin 1.4}} level and potassium were acceptable.
"""),

    dict(style="poison_control", note="""
POISON CENTER - HCP CONSULT (no caller PHI collected)
Caller: ED physician, community hospital ED.
Pt: {{age:2}} y/o, ~{{vital:12 kg}}. Suspected button battery ingestion, unwitnessed, found with open remote ~2 h ago. Drooling, refusing fluids, one episode of emesis without blood.
XR (per caller): round radiopaque FB at level of thoracic inlet with double-ring / halo sign on AP, consistent with 20 mm lithium coin cell.
Recommendations given:
- This is an emergency - urgent endoscopic removal, ideally within 2 h; transfer to facility with peds GI/ENT immediately if not available on site.
- While awaiting removal, if ingestion <12 h and child can swallow: honey {{dose:10 mL}} PO q10min up to 6 doses (child >1 y). Can also give {{drug:sucralfate}} {{dose:1 g}} in the hospital. Do not delay transport for these.
- NPO otherwise. After removal, assess for esophageal injury; if injury present, watch for delayed perforation, TE fistula, aortoenteric fistula - may need CT/MRI and admission.
- Check contralateral side of the remote / other batteries.
Caller will transfer to Children's; recommended call back with endoscopy findings.
f/u: removed at 4.5 h, moderate mucosal burn, admitted NPO. Closed.
""", summary="""
An ED physician called about a {{age:2}}-year-old with a 20 mm lithium button battery in the esophagus; the center advised honey and {{drug:sucralfate}} while arranging urgent endoscopic removal, which showed a moderate burn.
"""),

    dict(style="poison_control", note="""
CO EXPOSURE - multiple pts, Case [[MRN:25-066013]] (+ linked cases [[MRN:25-066014]], [[MRN:25-066015]])
[[DATE:12/19/24]] 06:48. Caller Fire Capt. [[NAME:Ray Kowalczyk]], on scene at [[ADDRESS:2290 Wren Hollow Rd, Apt 3]], [[ADDRESS:Dayton, OH 45406]]. Ambient CO 210 ppm in apartment per FD meter. Gas furnace, cracked flue.
Family of four, all with headache and nausea on waking:
 - [[NAME:Hery Rakotomalala]], {{age:41}} M - HA, vomited x2, {{lab:SpCO 22%}} on FD monitor
 - [[NAME:Voahangy Rakotomalala]], {{age:38}} F - HA, dizziness; 24 wks pregnant; {{lab:SpCO 18%}}
 - [[NAME:Fitiavana]], {{age:9}} F - HA; {{lab:SpCO 14%}}
 - [[NAME:Tojo]], {{age:5}} M - sleepy but arousable; {{lab:SpCO 16%}}
Rec: all transported on 100% NRB to Miami Valley ED; get venous COHb, ECG, troponin in adults, fetal monitoring for mother. Pregnancy + symptoms -> consult for hyperbaric O2 regardless of level; child with altered mental status also candidate. Gave hyperbaric on-call #.
08:30 f/u: mother {{lab:COHb 19.4%}}, referred for HBO. Father {{lab:COHb 20.1%}}, trop nl, 100% O2 only. Children 11-13%, improving on O2.
""", summary="""
Four members of the [[NAME:Rakotomalala]] family were poisoned by carbon monoxide from a cracked furnace flue at their [[ADDRESS:Wren Hollow Rd]] apartment on [[DATE:12/19/24]]; the pregnant mother was referred for hyperbaric oxygen.
"""),

    dict(style="poison_control", note="""
Envenomation - Case [[MRN:25-031907]]
[[DATE:June 29, 2025]] 17:20. Caller: wife [[NAME:Tamsin Nancarrow]], [[PHONE:(540) 555-0103]]. Pt [[NAME:Wade Nancarrow]], {{age:63}} M, ~{{vital:90 kg}}.
Bitten R lower leg by copperhead (pt killed it, photo texted to us - confirmed Agkistrodon) ~16:50 while wading the creek behind their house to clear brush. Pain 8/10, swelling to mid-calf, 2 fang marks, oozing. No lip tingling, no SOB. On {{drug:clopidogrel}}.
Rec: to ED now (not driving himself), remove ring/shoes, keep limb at heart level, NO tourniquet, ice, cutting or suction. Mark edge of swelling q15-30 min. Labs: CBC w/ plt, PT/INR, fibrinogen, CK.
18:35 ED (Carilion) MD called: swelling past knee, {{lab:plt 98}}, {{lab:fibrinogen 140}}. Rec {{drug:CroFab}} {{dose:6 vials}} IV; repeat 6 vials if progression after 1 h.
20:10 swelling stabilized after 2nd dose, pain 4/10. Maintenance per protocol. Admit.
Follow-up day 5: outpatient labs stable, no recurrence. Closed - [[NAME:T. Ó Briain]]
""", summary="""
[[NAME:Wade Nancarrow]], {{age:63}}, was bitten by a copperhead on [[DATE:June 29, 2025]] and needed two doses of {{drug:CroFab}} for progressive swelling and low fibrinogen before stabilizing.
"""),

    dict(style="nurse_advice_line", note="""
NURSE ADVICE LINE - CALL TRANSCRIPT (auto-transcribed, RN reviewed)
Call ID [[MRN:NAL-3300492]]     Protocol: Fever, Age 3 months or younger ({{eponym:Schmitt-Thompson}})

RN: Nurse line, this is [[NAME:Hope]], can I get your name and the baby's name and birthday?
Caller: [[NAME:Grace Tolosa]], [[NAME:T-O-L-O-S-A]]. Baby is [[NAME:Lelise]], she was born [[DATE:January 2nd]].
RN: Thanks, [[NAME:Grace]]. So she's about nine weeks. What's going on?
Caller: She felt hot, I took it in her bottom, it says 100.8. She's eating less, more sleepy.
RN: Any trouble breathing, color change, fewer wet diapers?
Caller: Maybe one less diaper. Breathing is okay. I hope it's nothing, my mom says just give her a bath.
RN: I understand. For babies under 3 months, any rectal temp of 100.4 or higher needs to be seen in an emergency department now, even if she looks okay. Please don't give {{drug:Tylenol}} before she's seen.
Caller: Okay. My husband [[NAME:Gemechu]] has the car, he's coming.
RN: Go to Children's ED. If she gets hard to wake, or turns blue or pale, call 911.
Disposition: ED now. Caller agrees. Callback number verified [[PHONE:651-555-0158]].
[[NAME:Hope Carrington]], RN
""", summary="""
[[NAME:Grace Tolosa]] called about her nine-week-old [[NAME:Lelise]] with a rectal temperature of 100.8; the nurse advised going to the ED now and not giving {{drug:Tylenol}} first.
"""),

    dict(style="nurse_advice_line", note="""
Advice line call, [[DATE:3/3/25]] 19:12 - RN [[NAME:Yuki Mori]]
Caller/pt: [[NAME:Mark Doyle]], spells "[[NAME:D-O-Y-L-E]]." Verified DOB - pt states "[[DATE:june ninth nineteen fifty two]]."
Pt states L calf has been swollen and sore since flying back from [[ADDRESS:Dublin]] Saturday (8 h flight). Noticed a red mark on the back of the calf last night, warm to touch. No chest pain, no SOB, no coughing blood. Hx prostate ca, finished radiation last year. Not on blood thinners. Takes {{drug:Flomax}}.
RN asked pt to measure: L calf about 2 in bigger than R. Pain w/ walking 5/10, and pain in calf when he flexes foot up (pt-performed, {{eponym:Homan}} sign not reliable, documented as reported).
Per protocol: unilateral leg swelling + recent long flight + cancer hx -> see today.
Disposition: ED within 4 h for duplex US / eval for DVT. Pt will have wife drive him. Advised call 911 for chest pain, SOB, fainting.
Care advice given, pt verbalized understanding. Note routed to PCP Dr. [[NAME:Ahmadzai]].
""", summary="""
[[NAME:Mark Doyle]] called on [[DATE:3/3/25]] with a swollen, painful left calf after a long flight and a cancer history, and was sent to the ED within four hours to rule out DVT.
"""),

    dict(style="nurse_advice_line", note="""
NURSE TRIAGE CALL - MEDICATION QUESTION
Caller: [[NAME:Maricel Dizon]] (daughter)    Pt: [[NAME:DIZON, LOURDES C]], {{age:78}}    MRN [[MRN:6612083]]
Call back [[PHONE:(808) 555-0172]]

Q: Mom forgot her {{drug:Xarelto}} {{dose:20 mg}} with dinner last night, realized it this morning ~0800. Should she take 2 today?
Hx: AF, on {{drug:Xarelto}} since Feb 2023. No bleeding, no falls, no black stools. Also on {{drug:diltiazem}}.
Advice per anticoag protocol: for once-daily rivaroxaban, if missed, take as soon as remembered on the same day; do NOT double up the next day. Since it's next day, skip the missed dose, take tonight's dose with dinner as usual. Do not take 2 at once.
Reviewed bleeding precautions and stroke warning signs (BE FAST). Suggested an alarm on phone and weekly pill box; daughter will pick one up at Longs on [[ADDRESS:Kalihi St]].
Pt's cardiologist Dr. [[NAME:Bautista]] - FYI routed.
Daughter verbalized understanding, repeated instructions back.
[[NAME:Joy Villanueva]], RN
""", summary="""
[[NAME:Maricel Dizon]] called because her mother [[NAME:Lourdes Dizon]] missed a dose of {{drug:Xarelto}}; she was told to skip it and resume the usual evening dose without doubling.
"""),

    dict(style="nurse_advice_line", note="""
After-hours RN triage - Urology
Pt: [[NAME:Karthikeyan Subramaniam]] ("[[NAME:Karthik]]"), {{age:66}}, POD 4 s/p robotic prostatectomy [[DATE:5/2]] with Dr. [[NAME:Van den Broeck]]. Call from pt's wife [[NAME:Meenakshi]] at 22:40, [[PHONE:+1 919 555 0147]].
Concern: urine leaking around the {{eponym:Foley}} catheter, cramping in lower belly on and off x 2 h, bag has some pink urine, no clots. No fever ({{vital:T 99.0}} oral). Drinking well. Last BM today.
Checked: tubing not kinked, bag below bladder, leg strap on. Catheter not pulled. Output "about 200 in the last couple hours."
Assessment: likely bladder spasms with bypass leakage; catheter draining.
Advice: do NOT remove or push catheter. May use {{drug:oxybutynin}} ({{drug:Ditropan}}) {{dose:5 mg}} as prescribed at discharge - he hasn't started it. Stay hydrated. Call back/ED if no urine in bag for 1 h, heavy bleeding or clots, fever >101, or severe pain.
Message sent to on-call resident Dr. [[NAME:Ishikawa]] - agrees. Catheter removal appt [[DATE:Friday 5/9]] stays as scheduled.
[[NAME:L. Schmit]], RN
""", summary="""
[[NAME:Karthik Subramaniam]]'s wife called on POD 4 about leakage around his {{eponym:Foley}} with cramping; it was judged to be bladder spasms and he was told to start his prescribed {{drug:Ditropan}}.
"""),

    dict(style="nurse_advice_line", note="""
PATIENT PORTAL MESSAGE - triage
From: [[NAME:Annemarie du Plessis]] <[[EMAIL:amduplessis77@outlook.com]]>     Received [[DATE:2025-10-05]] 06:14
"Good morning, I woke up at dawn with the worst headache of my life, it came on all at once like being hit with a bat. I threw up twice. My neck is stiff and light hurts my eyes. I took 2 {{drug:Advil}}, nothing. Should I come in today or wait for my appointment on [[DATE:the 14th]]? - [[NAME:Annemarie]]"

RN action 06:21: Called pt at [[PHONE:(919) 555-0184]], husband [[NAME:Pieter]] answered; pt on the line. Sudden severe "thunderclap" headache, vomiting, neck stiffness - instructed to call 911 / go to ED now, not to drive. Husband calling 911 while on phone with me. Advised no more {{drug:Advil}}.
06:35 confirmed EMS arrived.
Routed to PCP, appointment of [[DATE:the 14th]] left in place pending ED course.
[[NAME:Dawn Rivers]], RN
""", summary="""
[[NAME:Annemarie du Plessis]] messaged on [[DATE:2025-10-05]] about a sudden worst-ever headache with vomiting and neck stiffness; the nurse called and had her husband [[NAME:Pieter]] call 911.
"""),
]
