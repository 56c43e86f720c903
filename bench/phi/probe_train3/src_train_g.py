NOTES = [
    dict(style="pharmacy_intervention", note="""
PHARMACY INTERVENTION LOG -- 6 West Med/Surg
Pt: [[NAME:VANG, NOU CHER]]   MRN [[MRN:00418826]]   Adm [[DATE:03/02/2025]]   Attending: [[NAME:Hsieh]]
Wt 52 kg, {{lab:SCr 1.9}} (baseline 1.1) -> {{lab:CrCl ~22 mL/min}} by {{eponym:Cockcroft-Gault}}

[[DATE:03/03]] 0815  entered by [[NAME:kxiong]]
  {{drug:Keflex}} {{dose:500 mg}} PO q6h ordered for cellulitis -> rec {{dose:500 mg}} q12h for renal fxn.
  Paged Dr. [[NAME:Hsieh]] x[[PHONE:4471]]; [[NAME:Hsieh]] agrees, order modified.  cosigned [[NAME:WL]]
[[DATE:03/03]] 1340  entered by [[NAME:pchaiyaporn]]
  {{drug:famotidine}} {{dose:20 mg}} BID -> daily for CrCl <50. RN [[NAME:mai]] notified, accepted.
[[DATE:03/04]] 0905  entered by [[NAME:kxiong]]
  {{lab:vanc trough 24.1}} drawn before 4th dose (goal 10-15 per old protocol; AUC est 720).
  Held {{dose:1250 mg}} dose. d/w [[NAME:JR]] (charge RN) -- [[NAME:JR]] says pt also got IV contrast [[DATE:3/2]].
  Plan: random level at 1800, redose when <15. Handed off to [[NAME:AS]] for evening.  ~[[NAME:kx]]
[[DATE:03/04]] 1815  entered by [[NAME:achow]]
  Random level {{lab:16.8}}. Will recheck 0600, no dose tonight. Nephrology (Dr. [[NAME:Lo]]) aware.
""", summary="""
Pharmacists renally adjusted Keflex and famotidine for [[NAME:Nou Cher Vang]] (CrCl about 22) and held vancomycin for a trough of {{lab:24.1}} after talking with [[NAME:JR]]; Dr. [[NAME:Hsieh]] and Dr. [[NAME:Lo]] were aware.
"""),

    dict(style="med_rec", note="""
ADMISSION MEDICATION RECONCILIATION (pharmacy)
Patient: [[NAME:HER, CHONG TOU]]   DOB [[DATE:07/15/1948]] ({{age:76}} y)   MRN [[MRN:7730142]]
Sources: pt, son [[NAME:Kou]] at bedside, pill bottles, Surescripts fill hx, Walgreens on [[ADDRESS:Rice St]] in [[ADDRESS:St. Paul]] ([[PHONE:651-488-2093]])
Interpreter: [[NAME:Mai Yer Lor]] (Hmong, in person, badge [[MRN:HMG-2219]])

1. {{drug:metformin}} {{dose:1000 mg}} BID -- pt takes once daily only ("makes stomach bad")
2. {{drug:lisinopril}} {{dose:20 mg}} daily -- taking
3. {{drug:atorvastatin}} {{dose:40 mg}} qhs -- not filled since November; pt thought it was "for pain"
4. {{drug:Eliquis}} {{dose:5 mg}} BID -- last dose [[DATE:3/9]] AM per son. Mr. [[NAME:Her]] says he "sometimes forgets" the night pill.
5. Herbal tea (tshuaj ntsuab) from a cousin in [[ADDRESS:maplewood]] -- contents unknown, [[NAME:Kou]] will bring a sample
6. {{drug:Tylenol}} {{dose:500 mg}} PRN, about 2/day

Daughter-in-law [[NAME:Paj]] fills the weekly pill box on Sundays; her cell [[PHONE:(651) 307-5512]]. She was not reachable today, left VM.
Discrepancies (#1, #3, #4) sent to Dr. [[NAME:Yang]] via secure chat. [[NAME:Yang]] to address Eliquis adherence before d/c; consider blister packs.
Reconciled by [[NAME:Sunny Moua]], PharmD  [[DATE:03/10/2025]] 1420
""", summary="""
Admission med rec for [[NAME:Chong Tou Her]], done with Hmong interpreter [[NAME:Mai Yer Lor]], found once-daily metformin, a lapsed statin, an unknown herbal tea and missed evening Eliquis doses. Dr. [[NAME:Yang]] will address adherence before discharge.
"""),

    dict(style="inr_log", note="""
ANTICOAGULATION CLINIC -- INR FLOWSHEET
[[NAME:CHAN, SIU MING]]   MRN [[MRN:2290417]]   Indication: AF, {{score:CHA2DS2-VASc 5}}, {{score:HAS-BLED 2}}   Goal INR 2-3
{{drug:Warfarin}} 5 mg tabs (peach)

Date/time              | INR | Wkly dose        | Change                     | Next           | By
[[DATE:01/06/25]] 0910      | {{lab:2.4}} | {{dose:32.5 mg}}  | none                       | [[DATE:01/27]]  | [[NAME:tb]]
[[DATE:01/27/25]]0845       | {{lab:3.6}} | {{dose:32.5 mg}}  | hold x1, then {{dose:30 mg}}/wk    | [[DATE:02/03]]  | [[NAME:kd]]
[[DATE:02/03/25]]@1015      | {{lab:1.7}} | {{dose:30 mg}}    | extra {{dose:2.5 mg}} x1         | [[DATE:02/10]]  | [[NAME:tb]]
[[DATE:02/10/25]] 0930      | {{lab:2.2}} | {{dose:30 mg}}    | none                       | [[DATE:03/10]]  | [[NAME:SL]]

Comments
[[DATE:1/27]]: took {{drug:Tylenol}} ~{{dose:3 g}}/day x5d for tooth pain. No bleeding. ~[[NAME:kd]]
[[DATE:2/3]]: Chinese New Year -- lots of gai lan and choy sum. Spoke w [[NAME:ka wai]] (son) who cooks for him; keep greens steady rather than avoid. Wife [[NAME:Lai Fong]] says no missed doses. ~[[NAME:tb]]
[[DATE:2/10]]: asks about switching to {{drug:Xarelto}} (friend in [[ADDRESS:Monterey Park]] on it). Will check formulary and copay. d/w [[NAME:Cheung]]; [[NAME:Cheung]] ok either way, pt to decide at next visit. -[[NAME:SL]]
""", summary="""
[[NAME:Siu Ming Chan]]'s INR ranged from {{lab:1.7}} to {{lab:3.6}} in January and February on warfarin for AF. The weekly dose was cut to {{dose:30 mg}} after a high value, his son [[NAME:ka wai]] got diet advice, and a switch to Xarelto will be discussed on [[DATE:03/10]].
"""),

    dict(style="pharmacist_call", note="""
PHARMACIST TELEPHONE ENCOUNTER
[[DATE:Thu 6/12/2025]] 15:42  outgoing to [[PHONE:415-882-6130]] (home)
Re: [[NAME:LEUNG, WING YEE]]  {{age:81}} F  DOB [[DATE:1943-11-02]]
Spoke w [[NAME:june]] (daughter, on HIPAA release) -- pt speaks Cantonese only, [[NAME:june]] interpreted; declined phone interpreter.

Reason: new {{drug:Xarelto}} {{dose:15 mg}} daily from Dr. [[NAME:Wong]] (cardiology) after d/c on [[DATE:6/9]]; pt still has {{drug:Plavix}} at home.
- Confirmed Plavix stopped per d/c summary. [[NAME:june]] will take the bottle to the Walgreens kiosk for disposal.
- {{lab:CrCl ~41}} ({{lab:SCr 1.2}}, wt 49 kg) -- 15 mg is right for AF at this CrCl.
- Take w evening meal. Bleeding s/sx reviewed. No {{drug:Advil}}/{{drug:Aleve}}; {{drug:Tylenol}} ok up to {{dose:2 g}}/day.
- Pt asked (via [[NAME:june]]) about yunnan baiyao powder a friend in [[ADDRESS:daly city]] gave her -- advised to avoid for now, will ask Dr. [[NAME:Wong]].
- Last seen by anticoag clinic in June 2024 (warfarin then, stopped after GI bleed).
F/u call 1 wk. -[[NAME:hl]]
""", summary="""
A pharmacist called [[NAME:Wing Yee Leung]]'s daughter [[NAME:june]] about new Xarelto {{dose:15 mg}} daily, confirmed Plavix was stopped and advised against yunnan baiyao. A follow-up call is planned in one week.
"""),

    dict(style="pharmacy_intervention", note="""
PHARMACY IV-TO-PO CONVERSION REVIEW
Criteria met: afebrile >24 h (Tmax {{vital:T 37.4}}), {{lab:WBC 9.8}} (from 14.2), tolerating regular diet, functioning GI tract, no NPO orders.
Current: {{drug:levofloxacin}} {{dose:750 mg}} IV q48h (renally adjusted)
Recommend: levofloxacin {{dose:750 mg}} PO q48h -- oral bioavailability ~99%.
Interactions: separate from {{drug:Tums}}, {{drug:Renvela}} and the multivitamin with zinc by 2 h before / 6 h after.
{{lab:QTc 458}} ms on AM ECG; also on {{drug:Zofran}} PRN -- recommend switching antiemetic to {{drug:Reglan}} low dose or limiting Zofran, repeat ECG in 48 h.
MRSA nares PCR negative -> recommend d/c {{drug:Vancomycin}}.
{{eponym:Beers}} Criteria: {{drug:Benadryl}} {{dose:25 mg}} PRN sleep on MAR -> recommend {{drug:melatonin}} {{dose:3 mg}} instead.
Pneumococcal vaccine: Prevnar 20 not documented -- offer before discharge.
Recommendations sent to the primary team by secure chat; accepted except the Zofran change (team will monitor with Telemetry).
""", summary="""
Pharmacy recommended switching IV levofloxacin to oral, stopping vancomycin after a negative MRSA swab, replacing Benadryl with melatonin under the {{eponym:Beers}} Criteria, and watching the QTc of {{lab:458}} ms.
"""),

    dict(style="inr_log", note="""
ANTICOAG CLINIC NOTE -- return from travel
[[NAME:Lin Hsin-Yi]] ("[[NAME:Cindy]]"), {{age:57}} F, MRN [[MRN:88-301-442]]. On-X mechanical mitral valve, goal INR 2.5-3.5.
Traveled to [[ADDRESS:Tainan]] and [[ADDRESS:Hsinchu]] [[DATE:1/20]] - [[DATE:2/24]]. INRs drawn at a clinic in Tainan; she brought the printed report (ROC calendar):
   [[DATE:114/01/28]]   INR {{lab:2.1}}
   [[DATE:114/02/07]]   INR {{lab:4.4}}   told to skip one dose by Dr. [[NAME:Kuo Chia-Hao]]
   [[DATE:114/02/18]]   INR {{lab:2.9}}
Her own dose diary (in Chinese) says "[[DATE:2月7日]] 停一次" = held one dose that night, matches.
Ate a lot of sweet potato leaves (地瓜葉) at her mother's house -- likely why INR drifted down before the trip home.
Today POC INR {{lab:2.6}}. No bleeding, no TIA sx. Mitral click audible per pt's own report, no new SOB.
Current: {{drug:warfarin}} {{dose:5 mg}} daily except {{dose:7.5 mg}} Mon/Fri = {{dose:40 mg}}/wk.
Overseas contact: brother [[NAME:Lin Po-Han]], [[PHONE:+886 912 604 338]].
Plan: continue 40 mg/wk, recheck [[DATE:3/17]]. Reviewed with [[NAME:K. Lau]], PharmD.
-- [[NAME:Grace Tsai]], PharmD, CACP
""", summary="""
[[NAME:Hsin-Yi Lin]] returned from Taiwan with outside INRs from {{lab:2.1}} to {{lab:4.4}} (one dose held on [[DATE:114/02/07]]); today's INR is {{lab:2.6}} on {{dose:40 mg}} a week, with a recheck on [[DATE:3/17]].
"""),

    dict(style="med_rec", note="""
MEDICATION RECONCILIATION -- PRE-OP CLINIC (pharmacist)
[[NAME:Nattapong Srisuk]] "[[NAME:Golf]]", {{age:44}} M, MRN [[MRN:5510329]]. Lap chole scheduled [[DATE:3/28/2025]], surgeon Dr. [[NAME:Wongsawat]].
Pt brought meds bought at a pharmacy in [[ADDRESS:Chiang Mai]] in March; labels in Thai. His typed list, as written:
   "{{drug:Amlodipine}} 5 mg morning -- buy [[DATE:12 มี.ค. 2568]]"
   "{{drug:Glucophage}} 500 two time"
   "{{drug:Ponstan}} 500 when back pain"  (mefenamic acid)
   "ยาหอม herb for dizzy"
(purchase date is on the Thai Buddhist calendar)
Reviewed w pt and wife [[NAME:Siriporn]] (goes by "[[NAME:Ploy]]"), who manages his pills.
Recs: continue amlodipine incl. morning of surgery; hold Glucophage the morning of surgery; STOP Ponstan 7 days before (NSAID, bleeding); stop the herbal -- unknown contents.
[[NAME:Golf]] asks if he can play golf again 2 wk after surgery -- deferred to surgeon. [[NAME:Wongsawat]] aware of NSAID use, ok w plan.
{{vital:BP 138/86}}, {{lab:A1c 7.1%}}.
Signed [[NAME:Kanokwan Rattanakorn]], PharmD
""", summary="""
Pre-op med rec for [[NAME:Nattapong Srisuk]] ("[[NAME:Golf]]") before a lap chole on [[DATE:3/28/2025]]: keep amlodipine, hold Glucophage that morning, and stop Ponstan and a Thai herbal a week ahead; Dr. [[NAME:Wongsawat]] agreed.
"""),

    dict(style="pharmacist_call", note="""
[dictated telephone encounter, transcribed]
this is [[NAME:pa houa xiong]] clinical pharmacist dictating a telephone encounter for patient [[NAME:Yang]] spelled [[NAME:Y A N G]] first name [[NAME:Xee]] [[NAME:X-E-E]] medical record number [[MRN:M as in Mary four four zero one nine two]] date of service [[DATE:march third twenty twenty five]]. i called the patient at home at [[PHONE:seven one five three five nine two two eight four]] in [[ADDRESS:wausau]] regarding her {{drug:lovenox}} bridge. she is on {{drug:warfarin}} for a mechanical aortic valve and her INR on friday was {{lab:one point eight}}. weight {{vital:sixty one kilograms}} so the dose is {{dose:sixty milligrams}} subcutaneous every twelve hours. her husband [[NAME:Tou]] gives the shots and demonstrated good technique at the last visit. i discussed the dose with doctor [[NAME:Tsai]] of cardiology and the plan per doctor [[NAME:sigh]] is to continue lovenox until the INR is above {{lab:two point five}} times two. she will go to the lab at Aspirus on wednesday. new paragraph. she asked about taking {{drug:ibuprofen}} for a headache, i advised {{drug:tylenol}} {{dose:five hundred milligrams}} instead. end of dictation.
[[NAME:PX]]/[[NAME:dk]]   D: [[DATE:03/03/2025]] 16:10   T: [[DATE:03/04/2025]] 07:52
""", summary="""
Pharmacist [[NAME:pa houa xiong]] called [[NAME:Xee Yang]] about her Lovenox bridge ({{dose:sixty milligrams}} every 12 hours) while her INR is {{lab:one point eight}}; Dr. [[NAME:Tsai]] wants it continued until two INRs are above 2.5.
"""),

    dict(style="pharmacy_intervention", note="""
HEPARIN INFUSION -- PHARMACY DOSING NOTE, CCU
Daw [[NAME:Khin Myint Aye]], {{age:68}} F, NSTEMI, s/p cath [[DATE:11/13]] (R radial, no stent). Dosing wt 47 kg.
{{drug:Heparin}} per ACS nomogram, no bolus. Anti-Xa goal 0.3-0.7.

[[DATE:11/14]] 0600  {{lab:anti-Xa 0.21}} -> rate up to {{dose:14 units/kg/h}} (6.6 mL/h). Per [[NAME:RW]] no bolus given radial site.
          d/w [[NAME:JR]] (CCU RN); [[NAME:JR]] says site soft, no hematoma.
[[DATE:11/14]] 1200  {{lab:anti-Xa 0.48}} -- no change. Vitals by [[NAME:LM]]: {{vital:BP 104/62}}, {{vital:HR 71}}.
[[DATE:11/14]] 1800  {{lab:anti-Xa 0.82}} -> hold 1 h, then down {{dose:2 units/kg/h}}. [[NAME:JR]] says no oozing.
Plt {{lab:Plt 212}} -> {{lab:198}}, {{score:4T score 1}}, no HIT concern.
Son [[NAME:Zaw Min Htet]] asked if his mother can keep taking her thanaka-root tea; no interaction expected, ok.
Handed off to [[NAME:AS]] for nights. Next anti-Xa 0000.
Cosigned [[NAME:TKW]]
""", summary="""
Heparin for Daw [[NAME:Khin Myint Aye]]'s NSTEMI was titrated by anti-Xa ({{lab:0.21}} to {{lab:0.82}}), with input from [[NAME:RW]] and [[NAME:JR]], and handed to [[NAME:AS]] overnight.
"""),

    dict(style="pharmacist_call", note="""
PHONE LOG -- Ambulatory Pharmacy, Prior Authorization
Pt: [[NAME:PHOMMACHANH, BOUNMY]]   DOB [[DATE:04-09-1961]]   Medica member ID [[MRN:XJK884102317]]
Rx: {{drug:Eliquis}} {{dose:5 mg}} BID (new AF, {{score:CHA2DS2-VASc 3}})

[[DATE:9/22]] 10:05  called Medica PA line [[PHONE:1-800-642-7719]], ref # [[MRN:PA-2509-33871]]. Requires step therapy w warfarin unless contraindicated. Fax clinicals to [[PHONE:952-992-3140]].  -[[NAME:sv]]
[[DATE:9/22]] 14:30  faxed notes + ECG + med list (pt had labile INRs on warfarin 2019).  -[[NAME:sv]]
[[DATE:9/24]] 09:12  LVM for pt at [[PHONE:763-218-0457]] re delay; gave 3-day emergency supply via Dr. [[NAME:Inthavong]].  -[[NAME:ck]]
[[DATE:9/25]] 16:48  [[NAME:Phommachanh]] called back, wife [[NAME:Vilayvanh]] on the line (speaks for him, Lao). Has 2 tabs left.
[[DATE:9/26]] 11:20  APPROVED thru [[DATE:9/26/2026]]. Notified CVS in [[ADDRESS:Brooklyn Park]]; [[NAME:Keomany]] at the counter says ready by 4 pm. Copay card applied, $10/mo.  -[[NAME:sv]]
""", summary="""
Prior authorization for [[NAME:Bounmy Phommachanh]]'s Eliquis was submitted on [[DATE:9/22]] and approved on [[DATE:9/26]] through [[DATE:9/26/2026]] after a short emergency supply; his wife [[NAME:Vilayvanh]] was updated.
"""),

    dict(style="med_rec", note="""
MED REC -- NEW PATIENT, GERIATRICS CLINIC (pharmacist)
[[NAME:Inthavong, Khamphone]], [[AGE:91]] y/o M, arrived from [[ADDRESS:Vientiane]] in January to live with son [[NAME:Souksavanh]] in [[ADDRESS:elk grove]]. Son's cell [[PHONE:916-705-3381]].
Brought a French prescription (ordonnance) from Dr. [[NAME:Sengdara Keovongsa]], [[ADDRESS:Vientiane]], dated le [[DATE:4 avril 2025]]:
   - {{drug:Amlor}} {{dose:5 mg}} 1 cp le matin            -> {{drug:amlodipine}}, continue
   - {{drug:Glucophage}} {{dose:850 mg}} 1 cp matin et soir -> continue; {{lab:eGFR 48}} ok
   - {{drug:Kardégic}} {{dose:75 mg}} 1 sachet              -> aspirin 81 mg -- STOP (on anticoag below)
   - {{drug:Previscan}} {{dose:20 mg}} 3/4 cp le soir       -> fluindione, not available in US
Last INR on the sheet: "{{lab:INR 2,8}} le [[DATE:28/03/2025]]".
Plan: convert to {{drug:warfarin}} {{dose:2.5 mg}} daily, INR in 5 days (fluindione half-life ~30 h); enrolled in anticoag clinic.
Son asked if father can still drink the "ya mak khaen" herbal tea from home -- brought the bag; ingredients unclear, advised to hold.
Lives w son, daughter-in-law [[NAME:Phonsavanh]] and three grandkids; son sets up a Medisafe box. {{score:MoCA 19/30}} at intake -- son will manage meds.
[[NAME:Dao Vongsa]], PharmD -- cc Dr. [[NAME:Sisavath]]
""", summary="""
[[NAME:Khamphone Inthavong]], [[AGE:91]], brought a French prescription from Laos dated [[DATE:4 avril 2025]]; Previscan was changed to warfarin {{dose:2.5 mg}} daily, Kardégic was stopped and his son [[NAME:Souksavanh]] will manage the pill box.
"""),

    dict(style="inr_log", note="""
ANTICOAGULATION CLINIC -- NEW START EDUCATION CHECKLIST
Drug: {{drug:Warfarin}} (Coumadin / Jantoven). Indication: provoked DVT, planned 3 months. Goal INR 2.0-3.0.
[x] Tablet colors reviewed: {{dose:1 mg}} pink, {{dose:2.5 mg}} green, {{dose:5 mg}} peach
[x] Same time each evening; missed dose -> take same day only, never double
[x] Vitamin K: keep leafy greens steady; green tea and natto discussed
[x] Interactions: {{drug:Bactrim}}, {{drug:fluconazole}}, {{drug:amiodarone}}, {{drug:Flagyl}} raise INR; {{drug:rifampin}} and St. John's wort lower it
[x] OTC: avoid {{drug:Advil}}, {{drug:Motrin}}, {{drug:Aleve}}, Excedrin; {{drug:Tylenol}} ok up to {{dose:2 g}}/day
[x] Bleeding: black stools, pink urine, bleeding gums, bad headache -> call clinic or ED
[x] Falls: Morse Fall Scale {{score:Morse 25}}, low risk
[x] Alcohol: no more than 1 drink/day
[x] Dental and procedures: tell dentist; bridging handled by clinic
[x] INR Self-Testing: not eligible yet (needs 3 months of stable INR)
Start {{dose:5 mg}} daily x3 days, INR on day 4. Written Hmong and English handouts given. Teach-back done.
""", summary="""
Warfarin new-start education checklist for a provoked DVT: tablet colors, diet, interactions, bleeding signs and fall risk reviewed, starting at {{dose:5 mg}} daily with an INR on day 4.
"""),

    dict(style="pharmacist_call", note="""
ANTICOAG PHARMACIST -- PHONE NOTE
[[DATE:10/15/2024]] 11:30. Called U [[NAME:Aung Kyaw Moe]] ({{age:72}} M, MRN [[MRN:3318402]]) w Burmese phone interpreter [[NAME:Nyein Chan]] (ID [[MRN:26614]]).
Daughter Ma [[NAME:Thandar Win]] also on the call (3-way, [[PHONE:(317) 604-2298]]).
INR {{lab:4.9}} yesterday at Eskenazi lab, up from {{lab:2.7}} on [[DATE:10/1]].
Cause: {{drug:amiodarone}} {{dose:200 mg}} daily started [[DATE:10/3]] by Dr. [[NAME:Chiang]] (EP) -- not routed to us.
No bleeding; bruise on L shin from a fall at the temple ([[ADDRESS:Southport]]) last Sunday, no head strike.
Plan: hold tonight + tomorrow, then reduce weekly dose 30% (from {{dose:35 mg}} to {{dose:25 mg}}/wk = 2.5 mg daily, 5 mg Sun). INR Fri [[DATE:10/18]].
[[NAME:Thandar Win]] repeated plan back correctly. Sent message to [[NAME:Chiang]]: please route amio starts to anticoag pool. [[NAME:jack]] (our tech) will mail a new dose calendar.
[[NAME:jack]] to confirm address on file.  -[[NAME:mw]]
""", summary="""
U [[NAME:Aung Kyaw Moe]]'s INR rose to {{lab:4.9}} after Dr. [[NAME:Chiang]] started amiodarone; two doses are held and the weekly warfarin dose is cut to {{dose:25 mg}}, with an INR on [[DATE:10/18]].
"""),

    dict(style="pharmacy_intervention", note="""
MICU PHARMACY ROUNDS -- [[DATE:Tue 8/19]]     pharm: [[NAME:Lau]] / APPE student [[NAME:Chanthou Prak]]
Bed | Pt                  | Issue                                   | Rec                                 | Status
3   | [[NAME:Wong]]                | vanc AUC 640                            | {{dose:1 g}} q12 -> {{dose:750 mg}} q12          | accepted, d/w [[NAME:Tsang]]
5   | [[NAME:Sok]]                 | {{drug:propofol}} day 4, {{lab:TG 512}}              | change to {{drug:Precedex}}                 | pending [[NAME:Kwok]]
7   | [[NAME:YIP, KWOK KEUNG]]     | {{drug:pip-tazo}} intermittent            | extended infusion over 4 h          | done
8   | [[NAME:Thao]]                | SUP, extubated, eating                  | stop {{drug:pantoprazole}}                | accepted
11  | [[NAME:Ng]]                  | {{drug:insulin}} gtt, {{lab:BG 142-168}}             | transition to {{drug:glargine}} {{dose:18 units}}    | accepted
12  | [[NAME:Touch]]               | {{drug:enoxaparin}} ppx, {{lab:CrCl 24}}             | {{dose:30 mg}} daily                        | accepted
14  | [[NAME:Huang]]               | {{drug:Keppra}} {{dose:1500 mg}} BID on CRRT             | keep, level not needed              | n/a

[[NAME:Kwok]] to see bed 5 re sedation after lunch. [[NAME:Tsang]] aware of bed 3 AUC.
[[NAME:Touch]] family (wife [[NAME:Bopha]], son [[NAME:Vuthy]]) asking about home meds -- [[NAME:Prak]] to do med rec w Khmer interpreter.
Bed 12: new R hand weakness and decreased light touch noted on rounds -- told RN [[NAME:ivy]], team paged.
""", summary="""
MICU pharmacy rounds on [[DATE:Tue 8/19]] by [[NAME:Lau]] and student [[NAME:Chanthou Prak]] changed doses for [[NAME:Wong]], [[NAME:Ng]] and [[NAME:Touch]], with a sedation change for [[NAME:Sok]] pending Dr. [[NAME:Kwok]].
"""),

    dict(style="inr_log", note="""
INR VISIT (POC) -- Anticoagulation Clinic
[[NAME:Chhim, Sokha]]  {{age:73}} F  MRN [[MRN:6620918]]   Dx: L femoral DVT [[DATE:Jan 14]], warfarin x 6 mo
With daughter [[NAME:Sreymom]] and granddaughter [[NAME:Rose]]. Khmer phone interpreter [[NAME:Rithy]] (ID [[MRN:77120]]).
INR today {{lab:3.8}} -- rose from {{lab:2.6}} on [[DATE:4/28]].
Why: {{drug:Bactrim DS}} BID x7d for UTI from an urgent care in [[ADDRESS:dracut]], started [[DATE:5/1]]; ends [[DATE:5/7]].
No bleeding. Some small bruises on back -- [[NAME:Sreymom]] says she did kos khyol (coining) for a cold. Explained bruising risk on warfarin; family will avoid for now.
Weekly dose {{dose:27.5 mg}} -> hold tonight, then {{dose:2.5 mg}} daily until Bactrim done, resume usual [[DATE:5/8]].
Recheck [[DATE:Fri 5/9]]. Granddaughter [[NAME:Rose]] put reminder in her phone.
RN: [[NAME:sue]]   PharmD: [[NAME:Bopha Heng]]
""", summary="""
[[NAME:Sokha Chhim]]'s INR rose to {{lab:3.8}} on Bactrim from an urgent care; one dose is held and warfarin lowered until the antibiotic ends, with a recheck on [[DATE:Fri 5/9]].
"""),

    dict(style="med_rec", note="""
DISCHARGE MED REC -- pharmacist
[[NAME:Moua]], {{age:74}}, HFrEF exacerbation ({{lab:EF 25%}}), d/c home today w daughter [[NAME:hope]].
NEW      {{drug:Entresto}} {{dose:24/26 mg}} BID -- last {{drug:lisinopril}} [[DATE:10/6]] 0800, so first dose no sooner than 2000 [[DATE:10/7]] (36 h washout)
NEW      {{drug:Jardiance}} {{dose:10 mg}} daily
CHANGED  {{drug:furosemide}} {{dose:40 mg}} daily -> {{dose:40 mg}} BID
CHANGED  {{drug:metoprolol}} tartrate -> {{drug:metoprolol succinate}} {{dose:50 mg}} daily
STOPPED  {{drug:ibuprofen}}, {{drug:lisinopril}}
d/w [[NAME:Lin]]; [[NAME:Lin]] wants BMP in 1 wk ({{lab:K 4.9}} today). [[NAME:Kwok]] to see in HF clinic [[DATE:10/15]]. [[NAME:Thao]] aware re copay -- Entresto $47/mo w Part D after copay card.
Taught pt and [[NAME:hope]] with teach-back (Hmong, interpreter [[NAME:Youa]]); daily weights, call if up 3 lb in a day. We hope to keep him out of the hospital this winter.
Meds-to-beds bag delivered to room by [[NAME:ivy]] (outpt pharmacy tech) at 1315.
[[NAME:Chia Lee]], PharmD
""", summary="""
At discharge [[NAME:Moua]] started Entresto after a 36-hour lisinopril washout plus Jardiance, with furosemide increased; his daughter [[NAME:hope]] was taught, and HF clinic follow-up is on [[DATE:10/15]].
"""),

    dict(style="pharmacist_call", note="""
MyChart message -> Anticoag Pharmacist pool       received [[DATE:07/18/2025]] 06:58
From: [[NAME:Wichai Chaiyaporn]]
"hi khun [[NAME:pim]] its [[NAME:wichai]]. my INR home machine say {{lab:1.6}} this morning [[DATE:18/7]]. i forgot the pill 2 day when go to [[ADDRESS:fresno]] for my nephew wedding. my wife [[NAME:Noi]] say take double?? pls call me [[PHONE:559 284 0713]] or email [[EMAIL:wichai.chai57@yahoo.com]]. thank you
-- [[NAME:wichai]]"

Reply [[DATE:07/18/2025]] 08:41 from [[NAME:Pimchanok Wongsawat]], PharmD:
"Khun [[NAME:Wichai]], please do NOT take a double dose. Take your usual {{dose:5 mg}} tonight and tomorrow, then test again on Monday [[DATE:7/21]] and send me the number. Call 911 for chest pain, weakness, or trouble speaking. -- [[NAME:Pim]]"
Phone f/u [[DATE:7/18]] 09:10: pt confirmed plan. [[NAME:Noi]] on speaker. No sx.
Note: pt spells my name "pimchanock" in his address book -- message was routed by [[NAME:pimchanock]] lookup, fine.
""", summary="""
[[NAME:Wichai Chaiyaporn]] reported a home INR of {{lab:1.6}} on [[DATE:18/7]] after missed doses; pharmacist [[NAME:Pimchanok Wongsawat]] told him not to double up and to retest on [[DATE:7/21]].
"""),

    dict(style="pharmacy_intervention", note="""
PHARMACY INTERVENTION -- DOAC DOSE CHECK (automated flag)
Drug: {{drug:apixaban}} (Eliquis) {{dose:5 mg}} BID, indication nonvalvular AF.
Dose-reduction criteria (need 2 of 3): age >= 80 -- no ({{age:78}}); weight <= 60 kg -- yes (58 kg); {{lab:SCr 1.6}} >= 1.5 -- yes.
-> 2 of 3 met: recommend {{dose:2.5 mg}} BID.
Also flagged: {{drug:diltiazem}} CD {{dose:240 mg}} (moderate CYP3A4 inhibitor) -- no further change needed.
{{drug:Aspirin}} {{dose:81 mg}} on home list without CAD/stent history -- recommend stopping (bleeding, {{score:HAS-BLED 3}}).
{{lab:Hgb 10.9}}, {{lab:Plt 188}}. No Heparin or Lovenox overlap on MAR.
Recommendation accepted by the hospitalist; order changed in CPOE. Intervention type: dose adjustment + deprescribing. Time: 10 min.
""", summary="""
An automated DOAC check found apixaban {{dose:5 mg}} twice daily too high for weight and creatinine; the dose was lowered to {{dose:2.5 mg}} twice daily and aspirin was recommended for stopping.
"""),

    dict(style="inr_log", note="""
HOME INR SELF-TESTING LOG -- pharmacist review
Pt: [[NAME:Huang Shu-Fen]] (goes by [[NAME:Sophie]]), [[AGE:93]] F, AF + prior stroke. CoaguChek XS meter, Acelis reporting.
Results phoned in by great-granddaughter [[NAME:Summer]] (lives with pt in [[ADDRESS:San Gabriel]], cell [[PHONE:626-391-0874]]):
   [[DATE:7/1]]   {{lab:2.3}}
   [[DATE:7/8]]   {{lab:2.0}}
   [[DATE:7/15]]  {{lab:1.8}}   <- ate bitter melon soup all week per [[NAME:Summer]]
   [[DATE:7/22]]  {{lab:2.7}}
Dose unchanged {{dose:2 mg}} daily. [[NAME:Summer]] is home for the summer only; from September son [[NAME:Chiang Wei-Lun]] ([[PHONE:626-391-0812]]) will call results in.
Reminded: test same weekday, fingerstick not from a cold hand, report anything over {{lab:4.0}} the same day.
{{vital:BP 132/70}} per home cuff. No falls since the {{score:TUG 16 s}} test in PT. Next review [[DATE:8/26]].
-- [[NAME:Yu]], PharmD (anticoag)  -[[NAME:yy]]
""", summary="""
Home INRs for [[NAME:Shu-Fen Huang]], [[AGE:93]], reported by [[NAME:Summer]] ranged from {{lab:1.8}} to {{lab:2.7}} in July on {{dose:2 mg}} daily; her son [[NAME:Chiang Wei-Lun]] will take over reporting in September.
"""),

    dict(style="pharmacy_intervention", note="""
CONTROLLED SUBSTANCE DISCREPANCY REVIEW -- 5 North Pyxis MedStation, pocket D4
Item: {{drug:HYDROmorphone}} {{dose:1 mg}}/mL carpuject. Expected count 12, found 11 at 0600 count (before dawn, night-to-day).
Audit trail:
[[DATE:12/02/2024]] 19:02  REMOVE  qty 1  pt [[NAME:KEO, DAWN]]   user [[NAME:rn_slee]]
[[DATE:12/02/2024]] 19:40  WASTE   {{dose:0.5 mg}}   witness [[NAME:dkeovongsa]]
[[DATE:12/03/2024]] 01:15  REMOVE  qty 1  pt [[NAME:KEO, DAWN]]   user [[NAME:mthao]]   (no MAR admin documented)
[[DATE:12/03/2024]] 01:17  CANCEL  by [[NAME:mthao]] -- drawer opened, item not taken per user
[[DATE:12/03/2024]] 06:02  COUNT   11  by [[NAME:rn_pvue]], witness [[NAME:kchang]]
Interview: [[NAME:mthao]] says she returned the carpuject to the return bin, not the pocket. Return bin checked by [[NAME:Ka Yi Siu]] (pharmacy) at 0715 -- 1 intact carpuject found, lot matches.
Resolved, no loss. [[NAME:Dawn]] received both documented doses for pain {{score:8/10}} -> {{score:4/10}}. Reeducation re return-bin workflow. Edited by [[NAME:ksiu]] [[DATE:12/03/2024]] 08:20.
""", summary="""
A hydromorphone count short by one on 5 North was traced to a carpuject that [[NAME:mthao]] put in the return bin; [[NAME:Ka Yi Siu]] found it intact, and patient [[NAME:Dawn Keo]] received only her documented doses.
"""),
]
