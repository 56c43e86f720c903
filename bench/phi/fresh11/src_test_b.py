NOTES = [
    dict(style="diabetes_pump_start", note="""
DIABETES EDUCATION - INSULIN PUMP START
Patient: [[NAME:Nika Potočnik]]     DOB [[DATE:04/17/2001]]     MRN [[MRN:80264419]]
Date: [[DATE:11/10/2025]]     Educator: [[NAME:Mercy Lyimo]], RN, CDCES
Endocrinologist: Dr. [[NAME:Urška Golob]]

{{age:24}} y/o F with T1D since age {{age:11}}, previously MDI: {{drug:Tresiba}} {{dose:18 units}} qHS, {{drug:Humalog}} 1u/10g carbs + correction. {{lab:A1c 7.8%}} on [[DATE:10/2]]. Dexcom G7 user x2 yrs. Grad student, runs 3x/wk. Last hypo needing help: none in past yr.
Last {{drug:Tresiba}} dose [[DATE:11/8]] 2100 (per protocol, 40+ h before start).

Pump: Tandem t:slim X2 w/ Control-IQ+, paired to G7. Site: abdomen L, 6 mm 90-degree set. Inserted by pt w/ supervision.
Initial settings (per Dr. [[NAME:Golob]]):
  Basal  0000  0.65 u/h
         0400  0.80 u/h
         1000  0.70 u/h     (TDD basal ~17 u)
  ICR    1:9 breakfast, 1:12 lunch/dinner
  ISF    1:45
  Target 110 mg/dL; active insulin time 5 h (fixed in Control-IQ)
Taught: bolusing, site/cartridge change, exercise activity mode, sleep mode, what to do on pump failure (back-up pens + long-acting rx on file), ketone checks if BG > 250 x2 or unexplained.
Pt demonstrated cartridge fill and bolus correctly. BG at end of visit {{lab:BG 142}}.
Plan: upload to portal in 1 wk, phone f/u [[DATE:Mon 11/17]]. Pt cell [[PHONE:734-555-0191]].
""", summary="""
[[NAME:Nika Potočnik]], {{age:24}}, with type 1 diabetes switched from injections to a Tandem pump with Control-IQ+ and her Dexcom G7 on [[DATE:11/10/2025]]. Educator [[NAME:Mercy Lyimo]] taught pump use and backup plans, with a phone follow-up on [[DATE:Mon 11/17]].
"""),

    dict(style="pump_download_review", note="""
Pump/CGM download review - asynchronous, [[DATE:2025/11/21]]
Pt: [[NAME:Begović, Emir]]   {{age:31}}M   T1D   Omnipod 5 + Dexcom G6
Cloud account: [[NAME:ebegovic31]]

14-day summary:
  Time in range 70-180    62%   (goal > 70%)
  Time above 180          28%
  Time above 250           8%
  Time below 70            2%
  Time below 54           <1%
  {{lab:GMI 7.4%}}   CV 38%   Sensor wear 94%
  Automated mode 81% (dropped to limited mode x3, all after sensor signal loss)
  TDD avg 46 u (basal 44% / bolus 56%)

Patterns:
- Post-breakfast spikes to 240-280 most days; boluses given 10-25 min AFTER eating.
- Overnight flat and in range.
- 2 lows ~1500 on Sat/Sun - hiking days, no activity feature used.
Recs sent to Dr. [[NAME:Hamza Yakubu]] for approval:
1. Breakfast ICR 1:8 -> 1:7.
2. Pre-bolus 15 min before breakfast.
3. Use activity feature 1-2 h before hikes.
4. Keep phone within range of pod to avoid signal loss.
Message sent to pt via portal. -- [[NAME:mlyimo]]
""", summary="""
A 14-day download for [[NAME:Emir Begović]] showed 62% time in range with late-bolused breakfast spikes and weekend exercise lows. A stronger breakfast ratio, pre-bolusing and the activity feature were recommended to Dr. [[NAME:Hamza Yakubu]].
"""),

    dict(style="diabetes_phone_triage", note="""
After-hours call - Peds Endocrine on call
[[DATE:Sat 11/22/25]] 23:10
Caller: mother, [[NAME:Upendo Massawe]], cb [[PHONE:614-555-0127]]
Pt: [[NAME:Baraka Massawe]], {{age:16}} y/o M, T1D dx age {{age:9}}, Omnipod 5.

Mom reports BG 300s since ~1800, correction boluses via pod not working, now {{lab:BG 382}}. Pod placed on back of arm this am, site looks "a little bloody under the window". Blood ketones {{lab:ketones 1.8}} on home meter. [[NAME:Baraka]] nauseated, no vomiting, drinking water, no abd pain, breathing normal. Mentating fine, talking in background.
Assessment: probable site/cannula failure with early ketosis; no signs of DKA currently.
Advised:
- Remove pod now. Give correction by PEN ({{drug:Humalog}} {{dose:6 units}} = usual correction + 10% for ketones per sick day sheet).
- Place new pod on different site (abdomen), new insulin vial.
- Push sugar-free fluids 8 oz/h.
- Recheck BG and ketones in 2 h. Call back if ketones > 3.0, vomiting, or BG not coming down.
- Go to ED (Children's) for vomiting, belly pain, fast/deep breathing, confusion.
Mom repeated plan back. Will call at 0115 with numbers.
01:20 - Mom called: {{lab:BG 241}}, {{lab:ketones 0.6}}. [[NAME:Baraka]] feels better. Continue hourly fluids, recheck at 0400 then resume normal.
[[NAME:Kevin O'Donnell]], MD (fellow)
""", summary="""
[[NAME:Upendo Massawe]] called overnight because her son [[NAME:Baraka Massawe]], {{age:16}}, had high sugars and {{lab:ketones 1.8}} from a failed Omnipod site. After a pen correction and a new pod, his glucose and ketones improved on recheck with no need for ED.
"""),

    dict(style="diabetes_group_class", note="""
Diabetes Self-Management Education - Group Class 2 of 4: Carbohydrate Counting
Attendance: 8 participants (6 T2DM, 1 T1D, 1 prediabetes), 2 family members.
Content covered:
- Carbohydrate sources; reading Nutrition Facts labels (serving size, total carbohydrate, fiber).
- Plate Method: 1/2 non-starchy vegetables, 1/4 lean protein, 1/4 carbohydrate.
- Carb choices: 1 choice = 15 g. Practice with food models and restaurant menus.
- Insulin-to-carb ratio concept for those on mealtime insulin (e.g., 1:10 ratio, 60 g meal = 6 units).
- Hypoglycemia review: Rule of 15 (15 g fast carbs, recheck in 15 min); glucagon options ({{drug:Baqsimi}} nasal, {{drug:Gvoke}} pen) for family.
- Effects of {{drug:Jardiance}} and {{drug:Ozempic}} on appetite and hydration; sick day rules, when to hold SGLT2 inhibitors.
- Continuous glucose monitoring: FreeStyle Libre 3 and Dexcom demo sensors passed around.
Method: lecture, demonstration, teach-back, small-group practice.
Outcome: 7/8 correctly counted carbs in a sample dinner within 10 g; 1 participant needs 1:1 follow-up (limited literacy, referred to RD).
Next class: Physical Activity and Foot Care.
""", summary="""
Group diabetes class on carbohydrate counting, the Plate Method and hypoglycemia treatment, attended by eight participants. Most counted carbs accurately and one was referred for individual dietitian follow-up.
"""),

    dict(style="gestational_diabetes_education", note="""
GDM Education + Insulin Start
[[DATE:14.11.2025]]   [[NAME:Fatoumata Bah]]   {{age:29}} y/o G2P1 at 30w2d   EDD [[DATE:1/20/26]]   MRN [[MRN:71045526]]
Pulaar phone interpreter #[[MRN:88231]]; husband [[NAME:Alpha Oumar Bah]] present, reads English.

Dx GDM at 26 wks: 1-h GCT 168; 3-h GTT fasting 99, 1h 192, 2h 170, 3h 128 (2 abnormal, {{eponym:Carpenter-Coustan}}). Diet-controlled x4 wks.
Log review (2 wks): fasting 96-108 on 11 of 14 days; 1-h post-prandials mostly 118-138, 2 readings 150s after rice dinner.
Taught: meter technique (pt had been testing after washing hands - good), carb distribution (3 meals + 3 snacks, bedtime snack w/ protein), walking 10-15 min after meals.
Insulin: start {{drug:NPH}} ({{drug:Humulin N}}) {{dose:8 units}} at bedtime. Taught pen use, priming 2 units, injection in thigh/abdomen, rotation, storage. Pt gave first dose in clinic w/ saline practice pen, then real pen. Hypoglycemia s/s and treatment reviewed (4 oz juice), though low risk on NPH.
Titrate: increase 2 units every 3 days if fasting > 95 (call first).
Fetal: NST/BPP per MFM plan twice weekly from 32 wks; growth US at 32 wks.
Mother's mother has T2DM in Guinea; counseled on 75 g OGTT 4-12 wks postpartum and lifetime risk.
Next: phone log review [[DATE:11/21]]; RD [[NAME:Jolene Parker]] [[DATE:11/25]].
[[NAME:S. Nakato]], RN CDCES
""", summary="""
[[NAME:Fatoumata Bah]], {{age:29}} and 30 weeks pregnant, has gestational diabetes with persistently high fasting glucose on diet alone. She was started on bedtime {{drug:NPH}} {{dose:8 units}} with titration rules and taught pen use through an interpreter.
"""),

    dict(style="portal_message_prior_auth", note="""
From: [[NAME:Dimitar Petrov]]
Sent: [[DATE:Wednesday, November 5, 2025]] 9:12 AM
To: Endocrinology Clinic
Subject: sensors denied AGAIN

Dear Doctor, the pharmacy tells me my Dexcom sensors are not covered, "prior authorization required". I have only 1 sensor left which ends on Saturday. My plan is the Medicare Advantage one from my old union. Member ID [[MRN:WXK884105623]]. I am on insulin 4 times per day since 2019 so I dont understand why. Please help. You can email me at [[EMAIL:dpetrov.sofia52@yahoo.com]] or call my daughter [[NAME:Radostina]] [[PHONE:847-555-0112]], she speaks better English.
[[NAME:Dimitar]]

---
Staff note [[DATE:11/5/25]] 11:40 - [[NAME:Tanya McKinnon]], MA
Called plan, verified pt w/ DOB [[DATE:08/22/1957]] and SSN last 4 [[SSN:6182]]. PA expired [[DATE:10/31/25]]; renewal needs: dx E10.65, insulin regimen, last visit note within 6 mo. Submitted via portal, ref# [[MRN:PA-2025-1105-77431]]. Faxed visit note from [[DATE:9/18]] to plan at [[PHONE:1-800-555-0166]].
Sample G7 sensor x1 left at front desk for pickup. Left msg w/ daughter [[NAME:Radostina Petrova]].

Addendum [[DATE:11/7]] 14:05 [[NAME:TMcK]]: PA approved through [[DATE:11/06/2026]]. Pharmacy (Walgreens on [[ADDRESS:Dempster St]]) notified, pt picking up today.
""", summary="""
[[NAME:Dimitar Petrov]] wrote that his Dexcom sensors were denied for lack of prior authorization. Staff member [[NAME:Tanya McKinnon]] submitted a renewal, left a sample sensor, and the authorization was approved on [[DATE:11/7]].
"""),

    dict(style="diabetes_clinic_t2", note="""
Endocrine / Diabetes Clinic - f/u
[[NAME:LAWAL, GARBA]]  {{age:67}}M  MRN [[MRN:43917720]]  seen [[DATE:Oct 29, 2025]]
Daughter [[NAME:Zainab Lawal]] interprets (Hausa) at pt's request; declined professional interpreter.

T2DM x15 yrs, on {{drug:metformin}} {{dose:1000 mg}} BID + {{drug:glipizide}} {{dose:10 mg}} BID. {{lab:A1c 9.2%}} (was 8.6% in June). Checks sugar "when I remember", fasting 170-210. Eats 2 large meals, lots of tuwo and rice, sweet tea. Walks to mosque daily.
Also HTN, CKD 3a ({{lab:eGFR 58}}, {{lab:UACR 210}}), no known CAD. 
Feet: numbness both soles x1 yr, no ulcers, no warmth or swelling.
Exam: {{vital:BP 148/86}}, {{vital:wt 96 kg}}, {{vital:BMI 32.1}}.
  Foot: {{eponym:Semmes-Weinstein}} monofilament 10 g - absent 4/10 sites bilaterally. Vibration reduced at great toes. DP/PT 2+. No deformity, no {{eponym:Charcot}} changes. Callus R 1st MTH. Nails thick.
Plan:
1. Start {{drug:Mounjaro}} {{dose:2.5 mg}} SQ weekly x4 wks then {{dose:5 mg}}; pen teaching done w/ daughter. Decrease glipizide to {{dose:5 mg}} BID to avoid lows.
2. Add {{drug:Jardiance}} {{dose:10 mg}} daily for CKD/cardio-renal benefit once {{drug:Mounjaro}} tolerated; sick day rules reviewed.
3. {{drug:Losartan}} uptitration - message to PCP Dr. [[NAME:Patrick Kelly]].
4. Podiatry referral (high-risk foot), diabetic shoes.
5. Dietitian - culturally tailored plan; daughter to attend.
RTC 3 mo w/ A1c, BMP, UACR.
[[NAME:Hamza Yakubu]], MD
""", summary="""
[[NAME:Garba Lawal]], {{age:67}}, has poorly controlled type 2 diabetes ({{lab:A1c 9.2%}}) with CKD 3a and loss of protective foot sensation. {{drug:Mounjaro}} was started with a glipizide reduction, {{drug:Jardiance}} planned, and podiatry and dietitian referrals made with his daughter [[NAME:Zainab]] interpreting.
"""),
    dict(style="hiv_new_patient_intake", note="""
INFECTIOUS DISEASES / HIV CLINIC - NEW PATIENT (transfer of care)
Name: [[NAME:Jean Habimana]]        DOB: [[DATE:1987-02-03]]        MRN: [[MRN:62208817]]
SSN: XXX-XX-[[SSN:4417]]   Insurance: MaineCare ID [[MRN:M55203981]]
Date: [[DATE:10/16/2025]]   Provider: [[NAME:Ines Mihalič]], MD
Case manager: [[NAME:Claudine Uwimana]], BSW  x[[PHONE:3318]]

HPI: {{age:38}} y/o M dx HIV in 2014 in [[ADDRESS:Kigali]] during antenatal testing of his wife. Started TDF/3TC/EFV, switched in 2019 to TLD (tenofovir/lamivudine/dolutegravir) per national program. Arrived in [[ADDRESS:Portland]] in August with wife [[NAME:Esperance]] (also living with HIV, seen by Dr. [[NAME:Mihalič]] today too) and 2 children (both HIV neg). Brought 3 months of TLD and clinic card; last VL at home "undetectable" (2024, no copy). Reports no missed doses. No OIs ever. No hx TB; had IPT 2015.
Meds: TLD 1 tab daily.
Allergies: NKDA.
Social: worked as accountant, currently at a warehouse; French/Kinyarwanda/English. No tobacco, rare EtOH. Monogamous with wife.
ROS neg. Exam: {{vital:BP 122/76}}, {{vital:BMI 24.6}}; no thrush, no LAD, skin clear. Unremarkable.
Labs today: HIV-1 VL, CD4, genotype archive if VL > 200, CMP, CBC, lipids, A1c, HBV sAg/sAb/cAb, HCV Ab, RPR, GC/CT NAAT, QuantiFERON, Toxo IgG, UA.
Plan:
- Continue dolutegravir-based ART; will switch to {{drug:Biktarvy}} or {{drug:Dovato}} based on HBV serologies (HBV status unknown - needs TDF/TAF if sAg+).
- ADAP eligibility paperwork with [[NAME:Claudine]] today.
- Vaccines: influenza, COVID, PCV20 today; HBV series if non-immune; MenACWY.
- RTC 4 wks.
""", summary="""
[[NAME:Jean Habimana]], {{age:38}}, transferred HIV care after moving from Rwanda and is on dolutegravir-based therapy with no reported missed doses. Baseline labs including hepatitis B serologies will guide a switch to {{drug:Biktarvy}} or {{drug:Dovato}}, and case manager [[NAME:Claudine Uwimana]] is helping with drug assistance enrollment.
"""),

    dict(style="prep_followup", note="""
PrEP f/u (3-mo)   [[DATE:11.12.25]]
[[NAME:Matej Zorko]], {{age:29}}M (he/him), MRN [[MRN:29451067]]
On {{drug:Descovy}} {{dose:200/25 mg}} daily since [[DATE:May 2]]. Missed ~2 doses/mo, uses phone alarm. No side effects.
Sex hx last 3 mo: cis male partners x4, anal receptive + insertive, condoms "sometimes". Main partner [[NAME:Alex Brennan]] is HIV+ undetectable on ART (U=U discussed). 1 episode chlamydia (rectal) [[DATE:Aug 14]], treated w/ doxy.
Sx: none. No fever/rash/sore throat.
Labs today:
  HIV Ag/Ab 4th gen - neg (resulted before rx sent)
  {{lab:Cr 0.94}}, {{lab:eGFR >90}}
  RPR - nonreactive
  GC/CT NAAT pharynx, rectum, urine - pending
  HCV Ab - annual, neg
Plan:
- Refill {{drug:Descovy}} x90 days.
- Start doxy-PEP: {{drug:doxycycline}} {{dose:200 mg}} within 72 h after condomless sex, max once per 24 h. Counseled on photosensitivity, take with water/upright.
- Discussed {{drug:Apretude}} q2mo injections - interested, will check coverage.
- Mpox vaccine: series completed 2023. HPV: completed.
RTC 3 mo. Pt prefers text to [[PHONE:(312) 555-0140]].
[[NAME:JO]] - [[NAME:Jamie Ong]], PA-C
""", summary="""
At his three-month PrEP visit, [[NAME:Matej Zorko]], {{age:29}}, tested HIV-negative with normal kidney function and had {{drug:Descovy}} refilled. Doxy-PEP was started and he is interested in switching to injectable {{drug:Apretude}}.
"""),

    dict(style="sexual_health_clinic", note="""
SEXUAL HEALTH CLINIC  -  walk-in     [[DATE:03NOV2025]]
Pt: [[NAME:Shevchuk, Taras]]   DOB [[DATE:06/11/1992]]   clinic # [[MRN:SHC-044172]]
CC: rash on hands/feet x 1 wk, not itchy. Had painless sore on penis ~6 wks ago, healed by itself.
Partners: 3 in past 3 mo (2 F, 1 M), 1 anonymous via app. Condoms inconsistent. No PrEP. Last HIV test 2023 neg.
PE: copper-colored macules palms/soles, diffuse maculopapular rash trunk. No mucous patches. Shotty inguinal LAD. No genital lesion now. Neuro/eye sx: denies vision changes, HA, hearing loss.
Rapid: HIV neg (OraQuick). Lab: RPR, TPPA, HIV Ag/Ab, GC/CT x3 sites sent.
Dx: presumptive secondary syphilis.
Tx: {{drug:Bicillin L-A}} {{dose:2.4 million units}} IM x1 (1.2 MU each glute), observed 30 min. 
Counsel: {{eponym:Jarisch-Herxheimer}} rxn (fever, chills, worse rash in first 24 h) - expected, {{drug:tylenol}} ok. Abstain x7 days after tx & until partners treated. PrEP info given, pt interested.
Partner services: referred to DIS ([[NAME:B. Hassan]]); pt will notify 2 named partners, anon partner via app's notification.
F/u: RPR 6 & 12 mo. Call w/ results. cb [[PHONE:+1 773 555 0183]] - ok to leave msg, say "clinic".
--[[NAME:O.K.]] / [[NAME:Oksana Kravets]], NP
RPR result [[DATE:11/4]]: reactive, {{lab:RPR 1:64}}, TPPA reactive. Pt notified [[DATE:11/4]] 1610.
""", summary="""
[[NAME:Taras Shevchuk]] presented with a palm and sole rash after a healed genital sore and was treated for secondary syphilis with {{drug:Bicillin L-A}}, confirmed the next day by a reactive {{lab:RPR 1:64}}. He was referred for partner services and is interested in PrEP.
"""),

    dict(style="hiv_la_injection_nursing", note="""
RN note - LA ART injection visit
[[NAME:Huang Kuan-ting]] ("[[NAME:KT]]") | [[DATE:2025-11-19]] | MRN [[MRN:11840362]]
Regimen: {{drug:Cabenuva}} ({{drug:cabotegravir}} {{dose:600 mg}} / {{drug:rilpivirine}} {{dose:900 mg}}) q2 months, injection #5. Target date [[DATE:11/20]], window +/- 7 days - on time.
Last VL [[DATE:9/22]] <20 copies. Today VL drawn per q-visit protocol.
Pt reports soreness from last injection x3 days, resolved, no nodules. No missed visits. New med? none. No PPIs/antacid issues (n/a for IM).
Injections: pt prone, R ventrogluteal - cabotegravir 3 mL; L ventrogluteal - rilpivirine 3 mL. Both meds at room temp x15 min first. Z-track, slow push. Post-injection observation 10 min for rilpivirine post-injection rxn (sweating, abd cramps) - none.
{{score:Pain 2/10}}. Warm compress at home prn.
Next injection [[DATE:1/20/2026]] (window [[DATE:1/13]]-[[DATE:1/27]]). Reminder via text.
[[NAME:Tsvetelina Dimitrova]], RN
""", summary="""
[[NAME:Huang Kuan-ting]] received his fifth on-time {{drug:Cabenuva}} injection with no reaction and a prior viral load below 20 copies. His next injection is due [[DATE:1/20/2026]].
"""),

    dict(style="pep_visit_dictation", note="""
urgent care addendum dictated by [[NAME:nicole brandt]] physician assistant. patient is [[NAME:oumarou jallow]] {{age:twenty six}} year old male seen today [[DATE:november seventh]] for post exposure prophylaxis. he reports condomless receptive anal intercourse with a new male partner of unknown HIV status on [[DATE:the fifth]] around eleven pm, so approximately thirty three hours ago, within the seventy two hour window. condom broke. no other exposures. not on prep. no symptoms. rapid HIV antibody negative here. baseline labs drawn comma HIV antigen antibody, BMP, hepatitis B panel, hepatitis C, RPR, gonorrhea and chlamydia three sites. started {{drug:biktarvy}} one tablet daily for twenty eight days, first dose given in clinic, prescription sent to the pharmacy on [[ADDRESS:Halsted]]. counseled to take at the same time daily and to avoid antacids within two hours. follow up HIV test at four to six weeks and twelve weeks. we discussed transitioning to prep directly after completing pep and he would like that, referral to the prep navigator [[NAME:deshawn price]]. his phone number is [[PHONE:872 555 0106]]. end of addendum.
""", summary="""
[[NAME:Oumarou Jallow]], {{age:26}}, started a 28-day course of {{drug:Biktarvy}} for HIV post-exposure prophylaxis about 33 hours after a condom break with a partner of unknown status. Baseline labs were drawn and he was referred to PrEP navigator [[NAME:DeShawn Price]].
"""),

    dict(style="hiv_social_work_adherence", note="""
SOCIAL WORK / ADHERENCE COUNSELING - HIV Clinic
Client: [[NAME:Grace Nansubuga]]   {{age:45}} F   MRN [[MRN:58302214]]   [[DATE:Tues 10/28]]
Referred by Dr. [[NAME:Mihalič]] after VL rebound: {{lab:VL 18,400}} ([[DATE:10/14]]) from <20 in April. CD4 388.

Ms. [[NAME:Nansubuga]] shared that she lost her apartment in August after her roommate moved out and rent doubled. Stayed with a cousin in [[ADDRESS:Worcester]] and then at the family shelter; her {{drug:Biktarvy}} bottle was in a bag that was stolen in September and she went "maybe 3 weeks" without it. Pharmacy would not refill early; she did not know to call us. She was embarrassed to tell anyone. Her son [[NAME:Ivan]] (17) knows her status, her cousin does not.
Strengths: motivated, long history of suppression, good relationship w/ clinic, works part-time as home health aide.
Barriers: unstable housing, stigma, transportation.
Plan:
- Emergency refill: pharmacy agreed to a one-time lost-medication override (plan has no grace period for early fills otherwise); also gave 7-day clinic supply today.
- Housing: HOPWA application started; submitted letter of need. New address as of [[DATE:11/1]]: [[ADDRESS:38 Piedmont St, Unit 2, Worcester, MA 01610]].
- Pill box + daily alarm set on her phone; weekly check-in call by peer navigator [[NAME:Kizza]] on Mondays.
- Repeat VL 4 wks; resistance genotype sent per Dr. [[NAME:Mihalič]].
- Bus pass x1 month.
Client agreed to plan, said "I have hope again." Cell: [[PHONE:508-555-0179]] (new number).
[[NAME:Sarah bin Yusuf]], LICSW
""", summary="""
[[NAME:Grace Nansubuga]]'s HIV viral load rebounded to 18,400 after she lost her housing and had her medication stolen. Social worker [[NAME:Sarah bin Yusuf]] arranged an emergency refill, a housing application and peer check-ins, with a repeat viral load in four weeks.
"""),

    dict(style="prep_injection_nursing", note="""
Nursing Note - Injectable PrEP
Pt here for {{drug:Apretude}} ({{drug:cabotegravir}} ER) {{dose:600 mg}}/3 mL injection, maintenance dose (q2 months), on schedule.
Pre-injection: HIV-1 RNA drawn today per protocol (last RNA not detected). Pt denies fever, rash, sore throat, swollen glands or other symptoms of acute HIV in past 2 weeks. No new meds (no rifampin, no carbamazepine).
Last injection site L gluteal - mild tenderness x4 days, no nodule now.
Today: R ventrogluteal, 1.5 inch 23 g needle, Z-track, slow push over ~1 min. Bandage applied. Tolerated well.
{{score:Pain 3/10}} during injection, resolved within minutes.
Education: ice pack or warm compress, OTC ibuprofen prn, report any lump that grows, redness, or fever. Reviewed the long "tail" period if PrEP is stopped and need to start oral PrEP to cover it.
STI screening done today: urine + rectal + pharyngeal NAAT, RPR.
Next injection due in 2 months; appointment scheduled at checkout.
""", summary="""
A patient received a scheduled maintenance {{drug:Apretude}} injection for HIV PrEP after a negative symptom screen and HIV RNA draw. STI screening was done and the next injection was scheduled.
"""),

    dict(style="inpatient_lactation_consult", note="""
LACTATION CONSULT (IBCLC) - Mother-Baby Unit
Mother: [[NAME:Mukamana, Esperance]]   MRN [[MRN:91102345]]   Rm 412
Infant: Baby Boy [[NAME:Mukamana]]   MRN [[MRN:91102351]]   DOB [[DATE:11/14/2025]] @ 0322
Consult date/time: [[DATE:11/15/25]] 1500 (~36 h of life)

Hx: {{age:34}} y/o G3P3, SVD at 39w1d, {{score:Apgars 8/9}}. BW 3410 g; today 3145 g = 7.8% loss. Breastfed 2 prior children 18 mo each "with no problem". Speaks Kinyarwanda and French; prefers French, interpreter via iPad ([[NAME:Didier]] #[[MRN:22716]]).
Feeding: 8 feeds/24h, 10-25 min. Voids x3, stools x3 (transitional). Bili (TcB) 9.1 at 30 h, low-intermediate risk.
Mother: L nipple cracked at base, {{score:pain 6/10}} at latch. R intact. Breasts soft, colostrum expressible bilat.
Observed feed L side: shallow latch, infant chin tucked, lips flanged in. Corrected - cross-cradle, nose-to-nipple, wait for wide gape. Post-correction {{score:pain 2/10}}, audible swallows. {{score:LATCH 7}} -> {{score:LATCH 9}}.
Plan:
- Feed on cue 8-12x/day, start on R side while L heals.
- Expressed colostrum + lanolin to L nipple after feeds.
- Hand expression taught; spoon-feed expressed colostrum after feeds x24 h.
- Reweigh in am; if > 10% loss, pump + supplement per protocol, call peds (Dr. [[NAME:Azzopardi]]).
- Outpatient lactation f/u 2-3 d after d/c.
[[NAME:Bronagh Kelly]], RN IBCLC
""", summary="""
Lactation was consulted for [[NAME:Esperance Mukamana]]'s 36-hour-old son with 7.8% weight loss and a cracked left nipple from a shallow latch. The latch was corrected with less pain and audible swallowing, and a feeding and reweigh plan was set with pediatrician Dr. [[NAME:Azzopardi]] to be called if loss exceeds 10%.
"""),

    dict(style="postpartum_home_visit", note="""
Postpartum Home Visit - Nurse Home Visiting Program
Client: [[NAME:Priya Seetaram]]      DOB [[DATE:7/19/1994]]
Address: [[ADDRESS:271 Van Wagenen Ave, Apt 3R, Jersey City, NJ 07306]]
Visit: [[DATE:Friday, November 21, 2025]], 10:00-11:25
Infant: [[NAME:Anaya]], F, DOB [[DATE:11/15/2025]], 6 days

Mom: day 6 after repeat C-section ([[NAME:Vikash]], partner, home on paternity leave). Reports headache since last night, "like a band", {{drug:Tylenol}} helped a little. No visual changes, no RUQ pain, mild ankle swelling.
{{vital:BP 152/98}}, repeat 15 min {{vital:BP 156/100}}. {{vital:HR 88}}. {{vital:T 36.9}}. Incision: clean, dry, steri-strips intact. Fundus firm below umbilicus. Lochia rubra, moderate.
BP in hospital max 138/88 per d/c summary, no meds.
-> Called L&D triage / OB on call (Dr. [[NAME:Grace Ssemwogerere]]) at 10:35: advised go to L&D now for pre-eclampsia eval. Partner driving, baby going with mom (breastfeeding). Called ahead.
Infant: wt 3.02 kg (BW 3.18 kg, -5%), breastfeeding q2-3h, 6+ wet diapers, yellow stools. Jaundice to chest only. Cord drying. Safe sleep: bassinet, on back - good.
{{score:EPDS 11}} - mom tearful, "overwhelmed", no SI/thoughts of harm (Q10 = 0). Plan to repeat at next visit, resources given (PSI warmline).
Follow-up: phone tomorrow to check L&D outcome; next home visit [[DATE:11/28]].
[[NAME:Marta Koval]], BSN RN, nurse home visitor   cell [[PHONE:201-555-0155]]
""", summary="""
At a postpartum home visit, [[NAME:Priya Seetaram]] was six days after a cesarean with headache and a {{vital:BP 156/100}}, so she was sent to labor and delivery for preeclampsia evaluation. Her baby [[NAME:Anaya]] is feeding well, and an {{score:EPDS 11}} will be rechecked.
"""),

    dict(style="outpatient_lactation_visit", note="""
Outpatient Lactation Visit
[[DATE:December 1, 2025]]
Dyad: [[NAME:Tjaša Kranjc]] (mother, {{age:31}}) / [[NAME:Luka Kranjc]] (infant, 3 wk 2 d, DOB [[DATE:11/8/25]])
Ref: Dr. [[NAME:Micallef]], peds - slow weight gain, painful feeds.

Concern: Nipple pain {{score:7/10}} every feed, creased/lipstick-shaped nipples after feeds, clicking, feeds last 45-60 min, baby fussy at breast. Blanching and throbbing after feeds, worse outside in cold ({{eponym:Raynaud}} phenomenon of nipple?).
Infant: wt today 3.61 kg (BW 3.40 kg; expected ~3.9). Oral exam: anterior tongue-tie, frenulum to tongue tip, heart-shaped tongue on extension, limited lift, poor cupping. {{eponym:Hazelbaker}} (ATLFF) appearance 4, function 7 - suggests significant restriction.
Pre/post weighted feed: L 22 mL + R 20 mL = 42 mL in 35 min.
Mom: pumped after with hospital-grade pump, 30 mL more obtained.
Plan:
1. Referral to peds ENT, Dr. [[NAME:Niamh O'Shea]], for frenotomy evaluation - family wants it done.
2. Supplement 30 mL EBM after 4-5 feeds/day via paced bottle; pump after those feeds.
3. Nipple vasospasm: keep warm, dry heat after feeds; if persists, discuss {{drug:nifedipine}} ER {{dose:30 mg}} with OB.
4. Weight check [[DATE:Dec 5]].
Partner [[NAME:Jure]] attended, will do bottle feeds at night.
[[NAME:Holly Farrugia]], IBCLC
""", summary="""
[[NAME:Tjaša Kranjc]]'s three-week-old son [[NAME:Luka]] has slow weight gain and a significant anterior tongue-tie, and she has painful feeds with nipple vasospasm. He was referred for frenotomy, a supplementation and pumping plan was made, and a weight check is set for [[DATE:Dec 5]].
"""),

    dict(style="lactation_warmline_text_log", note="""
Lactation warmline - text thread log
Client: [[NAME:Hope Farrugia]]  (cb [[PHONE:856-555-0133]])   IBCLC on line: [[NAME:Nakato Ssekandi]]

[[DATE:11/24]] 06:48  [[NAME:Hope]]: hi sorry so early. R side rock hard since last night, red patch near armpit, hurts. baby is 9 days. no fever i think. 37.6 on the thermometer
[[DATE:11/24]] 06:55  [[NAME:NS]]: Hi [[NAME:Hope]], not early at all. Sounds like engorgement w/ possible inflammation. Keep feeding/pumping as usual, don't pump extra to "empty". Ice 10-20 min after feeds, gentle lymphatic massage toward armpit (not deep), supportive bra. {{drug:Ibuprofen}} {{dose:600 mg}} q6h ok w/ breastfeeding.
[[DATE:11/24]] 07:02  [[NAME:Hope]]: ok. i was doing hot shower + deep massage 😬
[[DATE:11/24]] 07:04  [[NAME:NS]]: Totally common advice but it can make swelling worse. Call OB if temp 38.3+ / 101, chills, flu-like, or red area spreading.
[[DATE:11/24]] 15:30  [[NAME:NS]]: checking in - how is it?
[[DATE:11/24]] 16:12  [[NAME:Hope]]: much better!! red spot smaller, no fever. my mom [[NAME:Doris]] says thanks too lol
[[DATE:11/25]] 09:00  [[NAME:NS]]: Glad to hear. Closing thread, text anytime. Hoping you both have a good week.
""", summary="""
[[NAME:Hope Farrugia]], nine days postpartum, texted the lactation warmline about a hard, red right breast with low-grade temperature. IBCLC [[NAME:Nakato Ssekandi]] advised ice, gentle lymphatic massage and {{drug:ibuprofen}} instead of heat and deep massage, and symptoms improved the same day.
"""),

    dict(style="postpartum_home_visit_mastitis", note="""
HOME VISIT - postpartum/lactation, wk 5
[[DATE:11/3/2025]]   [[NAME:HENG, BOPHA]]   DOB [[DATE:2/9/97]]   home: [[ADDRESS:55 Shirley Ave, Revere]]
Khmer interpreter by phone, [[NAME:Chanthou]] ID [[MRN:7724]]. Husband [[NAME:Vuthy Heng]] home.

S: L breast pain x2 days, fever 38.9 last night, chills, body aches. Feeding baby ([[NAME:Sophea]], 5 wk) on both sides but L "hurts too much" so fewer feeds on L. Taking {{drug:Tylenol}}.
O: {{vital:T 38.4}} oral, {{vital:HR 104}}, {{vital:BP 112/70}}. L breast upper outer quadrant: wedge-shaped erythema ~6 x 5 cm, warm, firm, tender; no fluctuance, no nipple discharge. Nipple small fissure at 3 o'clock. R breast normal.
Infant: wt 4.6 kg, gaining well.
A: L lactational mastitis. No signs of abscess.
P: 
- Telephone consult w/ midwife [[NAME:Lucy Rakotondrabe]], CNM -> Rx {{drug:dicloxacillin}} {{dose:500 mg}} PO QID x10 days sent to CVS (pt allergic? no, NKDA). {{drug:Ibuprofen}} {{dose:600 mg}} q6h.
- Keep breastfeeding incl L side, start feeds on L, don't overfeed/overpump.
- Cold packs, rest, fluids. Husband will bring baby to mom for feeds so she can rest.
- Return precautions: fever > 48 h on abx, lump that doesn't go away, red streaks, feeling very sick -> ED.
- Follow-up phone [[DATE:11/5]], visit [[DATE:11/10]] to check for abscess.
[[NAME:Sreypov Chhim]], RN IBCLC
""", summary="""
At a home visit, [[NAME:Bopha Heng]], five weeks postpartum, had fever and a tender red wedge in the left breast consistent with lactational mastitis without abscess. {{drug:Dicloxacillin}} and {{drug:ibuprofen}} were started via the midwife and she was told to keep breastfeeding, with follow-up on [[DATE:11/5]] and [[DATE:11/10]].
"""),

    dict(style="nicu_pumping_plan", note="""
Lactation - Pumping Plan for NICU Parent
Infant 31+4 wks GA, on CPAP, NPO advancing to trophic feeds of donor milk; parent plans to provide own milk.
Pump: hospital-grade double electric, initiation setting for first 3-5 days or until 20 mL per session, then maintenance setting. Flange fit checked: 24 mm correct.
Schedule: 8-10 sessions per 24 h, no longer than 5 h at night, 15 min each. Hand expression for 2-3 min after pumping (hands-on pumping).
Skin-to-skin (kangaroo care) daily once cleared by NICU team, pump at bedside after.
Colostrum to be given as oral immune therapy 0.2 mL q3h per unit protocol.
Goal volumes: 500 mL/day by day 10-14, 750-800 mL/day by day 14.
Log: pumping app shown; bring log to each lactation visit.
Storage: label with infant label, date/time; fresh milk to NICU within 4 h or refrigerate; freezer for surplus.
Meds: {{drug:Reglan}} not recommended first line; will reassess on day 10 if supply low. Continue prenatal vitamin.
Discussed emotions and fatigue; social work contact given.
""", summary="""
A NICU parent of a 31-week infant was given a hospital-grade pumping schedule with hand expression, skin-to-skin and oral colostrum plans. Volume goals, milk storage and logging were reviewed, with supply to be reassessed by day 10.
"""),

    dict(style="post_icu_clinic_initial", note="""
POST-ICU RECOVERY CLINIC - Initial Visit
Patient: [[NAME:IVANOV, STOYAN P]]    DOB: [[DATE:2/27/1971]]    MRN: [[MRN:30775918]]    CSN: [[MRN:1024488103]]
Date: [[DATE:October 9, 2025]]      Team: [[NAME:Victoria Azzopardi]], MD (pulm/CC); [[NAME:Kenta Higa]], PT; [[NAME:Aliya Mammadova]], PhD (psychology); [[NAME:Ruth Okwir]], PharmD

ICU course: admitted [[DATE:6/30/25]] with influenza A + MRSA pneumonia -> severe ARDS, VV-ECMO day 3-14, trach day 12, decannulated before discharge. ICU LOS 24 d; hospital 38 d; then inpatient rehab 2 wks.
Now 8 wks home. Wife [[NAME:Radka]] present, fills out caregiver questionnaires.
Symptoms: exertional dyspnea, climbs 1 flight with rests; weakness legs; numb feet; poor sleep; nightmares of being "tied down"; forgets appointments.
Screens:
  {{score:MoCA 23/30}} (-3 delayed recall, -2 attention, -1 fluency; 12+ yrs education)
  {{score:PHQ-9 12}}   {{score:GAD-7 9}}   {{score:PCL-5 38}} (probable PTSD)
  6MWT: 310 m (52% predicted), {{vital:SpO2 97%}} -> {{vital:SpO2 91%}}, {{score:Borg dyspnea 5}}
  MRC sum score 50/60; grip strength R 26 kg / L 24 kg
  PFTs: FVC 68%, DLCO 55%
Meds reconciled by PharmD: stopped {{drug:quetiapine}} (started in ICU for delirium, never discontinued); stopped {{drug:pantoprazole}} (no indication). Continue {{drug:apixaban}} to complete 3 mo for ECMO-cannula DVT (through [[DATE:10/31]]).
Plan:
1. Pulmonary rehab referral.
2. Trauma-focused therapy (CPT) - Dr. [[NAME:Mammadova]] to see q1wk.
3. Neurocognitive testing in 3 mo; memory aids, shared calendar with [[NAME:Radka]].
4. EMG/NCS for suspected critical illness polyneuropathy.
5. Return to work (long-haul driver) - not yet; CDL medical clearance later.
6. ICU diary from nursing given to family - they'd like to read together with psych.
F/u 6 wks.
""", summary="""
[[NAME:Stoyan Ivanov]] was seen in post-ICU clinic after an ECMO-supported ARDS admission and has reduced exercise tolerance, mild cognitive deficits ({{score:MoCA 23/30}}) and probable PTSD. An ICU-started {{drug:quetiapine}} was stopped, and pulmonary rehab, trauma-focused therapy and nerve testing were arranged with his wife [[NAME:Radka]] involved.
"""),

    dict(style="long_covid_clinic", note="""
Long COVID Clinic - Follow-up
[[NAME:Ayaka Miyagi]], {{age:34}}F, ICU RN (on leave) | MRN [[MRN:44028719]] | [[DATE:11/13/2025]]
Index infection Jan 2024 (mild, home). Since then: fatigue, post-exertional malaise (PEM) 24-48 h after exertion, palpitations/lightheadedness standing, brain fog, insomnia.
Interval: Using pacing + heart rate cap (HR < 115), fewer crashes (2 in past month vs weekly). Salt 6 g + fluids 3 L/day helping. Compression garments - tolerating abdominal binder only.
NASA lean test today:
  supine 10 min  {{vital:HR 68}}  {{vital:BP 108/70}}
  stand 2 min    {{vital:HR 102}} {{vital:BP 110/76}}
  stand 10 min   {{vital:HR 118}} {{vital:BP 104/78}}   acrocyanosis of legs
  -> HR rise 50 bpm, no OH = consistent with POTS.
{{score:Beighton 5/9}} - hypermobility noted previously; genetics referral pending.
DSQ-PEM positive. {{score:FSS 52}}.
Plan:
1. Start {{drug:ivabradine}} {{dose:2.5 mg}} BID (has IUD; counseled to avoid pregnancy while on it).
2. Continue pacing; no graded exercise therapy. Recumbent exercise only within HR cap.
3. Work: letter for accommodation (remote/non-clinical role, 20 h/wk) - faxed to employee health, attn [[NAME:Janelle Brooks]], fax [[PHONE:(503) 555-0161]].
4. Sleep: CBT-I referral.
5. RTC 8 wks.
[[NAME:Dominik Vávra]], MD - Physical Medicine & Rehabilitation
""", summary="""
[[NAME:Ayaka Miyagi]], {{age:34}}, has long COVID with post-exertional malaise and a lean test consistent with POTS, improving somewhat with pacing, salt and fluids. {{drug:Ivabradine}} was started and a work accommodation letter was faxed to her employer.
"""),

    dict(style="long_covid_mdt_list", note="""
LONG COVID / POST-ICU MDT HUDDLE   [[DATE:Wed 12/3/2025]] 07:30
Present: [[NAME:DV]], [[NAME:VA]], [[NAME:K. Higa]] PT, [[NAME:A. Mammadova]] psych, [[NAME:R. Okwir]] PharmD, [[NAME:Lorna Debattista]] SW

Pt                           MRN         Age   Issue                                         Action / owner
[[NAME:Edilov, Movsar]]              [[MRN:51839027]]    {{age:49}}    post-ICU, trach stoma healed, hoarse          ENT scope - [[NAME:VA]]
[[NAME:Svobodová, Petra]]            [[MRN:60013385]]    {{age:42}}    LC: dysautonomia, fell x2 at home            home safety eval - PT
[[NAME:Lin Mei-ling]]                [[MRN:20479916]]    {{age:57}}    LC: anosmia/parosmia 18 mo                   smell training, ENT - [[NAME:DV]]
[[NAME:O'Leary, Agnes]]              [[MRN:00342117]]    [[AGE:90]]    post-ICU, delirium resolved, deconditioned   SNF vs home PT; family mtg - SW
[[NAME:Rakotondrabe, Fanja]]         [[MRN:73390412]]    {{age:38}}    LC: PEM, lost job                            disability paperwork - SW
[[NAME:Kelly, Brianna]]              [[MRN:48855610]]    {{age:27}}    LC: chest pain, nl echo/MRI                  pacing education - PT

Notes: [[NAME:Movsar]]'s brother called again re: FMLA forms - [[NAME:Lorna]] to return call at [[PHONE:206-555-0197]]. [[NAME:Agnes]] (turns [[AGE:ninety-one]] next week per daughter) - goals-of-care conversation before SNF decision.
""", summary="""
The long COVID and post-ICU team reviewed six patients on [[DATE:12/3/2025]], including [[NAME:Agnes O'Leary]], [[AGE:90]], who needs a goals-of-care meeting before a rehab decision. Social worker [[NAME:Lorna Debattista]] will return [[NAME:Movsar Edilov]]'s brother's call about FMLA forms.
"""),

    dict(style="post_icu_dictation", note="""
post icu clinic note, dictated. patient [[NAME:vella, censu]], that's [[NAME:c e n s u]], date of birth [[DATE:march fourth nineteen thirty two]], so he is [[AGE:ninety three]]. seen today [[DATE:december first]] with his daughter [[NAME:rita vella]] who is his health care proxy. he was in the medical icu for six days in october with urosepsis and septic shock, was on levophed for about forty eight hours, not intubated, had delirium. he went to a rehab in [[ADDRESS:daly city]] for two weeks and has been home since [[DATE:november tenth]]. daughter says he is sleeping more than before, eating about half of meals, walks with a walker in the house but has not gone outside. no falls. he says he feels "tired but ok" and he wants to go back to playing cards with his friends at the maltese club. exam blood pressure {{vital:110 over 62}}, heart rate {{vital:76}}, weight down three kilos since september. he is alert, oriented to person and place, not date. {{score:mini cog 3}} out of 5. timed up and go {{score:21 seconds}}. plan, physical therapy at home twice a week, nutrition supplements twice daily, recheck cbc and bmp, stop the {{drug:tamsulosin}} started in hospital since the {{eponym:foley}} is out and he is voiding fine, continue {{drug:finasteride}}. the {{eponym:foley}} was removed on [[DATE:the twelfth]] of november. daughter's number is [[PHONE:six five zero five five five zero one two eight]]. follow up in six weeks. end of note. [[NAME:v azzopardi]].
""", summary="""
[[NAME:Ċensu Vella]], [[AGE:93]], was seen with his daughter [[NAME:Rita Vella]] after an ICU stay for urosepsis and shows fatigue, weight loss and slow mobility. Home PT and nutrition supplements were ordered and {{drug:tamsulosin}} was stopped.
"""),

    dict(style="long_covid_letter_pcp", note="""
[[DATE:12 November 2025]]

[[NAME:Kristina Borg]], MD
Eastside Family Medicine

Re: [[NAME:Hamidou Sow]], DOB [[DATE:01/08/1978]]

Dear Dr. [[NAME:Borg]],

Thank you for referring Mr. [[NAME:Sow]] to the Long COVID clinic. He is a {{age:47}}-year-old bus mechanic with persistent exertional dyspnea and "brain fog" since COVID-19 in March 2024, which required a 3-day admission on low-flow oxygen.

Testing here: chest CT with minimal residual ground-glass; PFTs normal except mildly reduced DLCO (76%). Echo normal. Cardiopulmonary exercise test on [[DATE:10/30]]: peak VO2 74% predicted, reached anaerobic threshold early, breathing reserve preserved, dysfunctional breathing pattern with erratic tidal volumes; he rated dyspnea {{score:Borg 7/10}} at peak. No desaturation. This points toward deconditioning and breathing pattern disorder rather than ongoing lung disease.

Cognitive screen: {{score:MoCA 26/30}}. He describes word-finding trouble and losing track of tasks at work, worse after poor sleep. STOP-BANG 5 - sleep study ordered.

Plan:
1. Breathing pattern retraining with respiratory physiotherapy (6 sessions).
2. Graded return to activity guided by symptoms - no PEM reported, so a gradual aerobic program is reasonable.
3. Polysomnography.
4. Cognitive rehab with speech-language pathology if symptoms persist after sleep is addressed.
5. Follow-up here in 3 months.

Please contact me at [[PHONE:651-555-0124]] with any questions.

Sincerely,
[[NAME:Aleksander Horvat]], MD
Long COVID Clinic
cc: [[NAME:Sow, Hamidou]]; [[NAME:Ferda Guliyev]], RRT
""", summary="""
Dr. [[NAME:Aleksander Horvat]] told Dr. [[NAME:Kristina Borg]] that [[NAME:Hamidou Sow]]'s ongoing breathlessness after COVID-19 looks like deconditioning and a breathing pattern disorder, not ongoing lung disease. Breathing retraining, graded activity and a sleep study were arranged.
"""),
]
