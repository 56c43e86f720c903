NOTES = [
    dict(style="hematology_clinic", note="""
HEMATOLOGY CLINIC - RETURN VISIT
Pt: [[NAME:HASHIMOTO, MARIKO K]]   MRN [[MRN:00481937]]   DOS [[DATE:Tue 02/11/2025]]
Referring: [[NAME:Ondřej Kučera]], MD (PCP)

[[NAME:Mariko]] is a {{age:58}} yo woman with {{eponym:Hashimoto}} thyroiditis on {{drug:levothyroxine}} {{dose:88 mcg}} daily, seen for macrocytic anemia. Fatigue, tingling in both feet since about Oct 2024. No melena, no hx tb, no ETOH.
Labs [[DATE:2/4]]: {{lab:Hgb 9.6}}, {{lab:MCV 112}}, {{lab:B12 118}}, {{lab:TSH 3.2}}. Intrinsic factor Ab positive, parietal cell Ab positive.
Exam: pale conjunctivae, {{vital:HR 92}}, {{vital:BP 118/76}}. Vibration sense reduced at toes, {{eponym:Romberg}} neg.
A/P: Pernicious anemia on a background of {{eponym:Hashimoto}}'s (autoimmune polyglandular picture).
- {{drug:cyanocobalamin}} {{dose:1000 mcg}} IM daily x7, then weekly x4, then monthly
- [[NAME:Mercy]] to teach self-injection next wk; pt would rather her daughter give it
- EGD for gastric surveillance, [[NAME:Kučera]] agrees; referral sent to GI via [[NAME:baker]]
- sister [[NAME:Keiko Hashimoto]] (not our pt) has vitiligo - suggested she ask her own doctor about screening
Daughter [[NAME:Yui]] present and helped with history; pt declined the phone interpreter.
RTC 6 wk w CBC, retic, LDH.
[[NAME:T. Bártová]], MD / Hematology
[[NAME:TB]]/[[NAME:kr]]
""", summary="""
[[NAME:Mariko Hashimoto]], {{age:58}}, with {{eponym:Hashimoto}} thyroiditis was found to have pernicious anemia ({{lab:B12 118}}, IF Ab positive) and started {{drug:cyanocobalamin}} injections. Dr. [[NAME:Kucera]] agrees with EGD surveillance, and [[NAME:Mercy]] will teach injections.
"""),
    dict(style="cardiology_clinic", note="""
CARDIOLOGY OUTPATIENT NOTE
[[DATE:03-Mar-2025]]   Acct [[MRN:CV-2207716]]
Patient: [[NAME:Łukasz Wróbel]] ([[NAME:Lukasz Wrobel]] on insurance card)   DOB [[DATE:17.08.1971]]
Referred by Dr. [[NAME:Hunter Graves]], endocrinology

HPI: {{age:53}} M, new {{eponym:Graves}} disease dx Jan 2025 ({{lab:TSH <0.01}}, {{lab:FT4 4.1}}, TRAb positive), presenting w palpitations. ECG in [[NAME:Graves]]' office showed AF w RVR, rate 138. Started on {{drug:methimazole}} {{dose:20 mg}} daily by [[NAME:Graves]] and {{drug:metoprolol tartrate}} {{dose:25 mg}} BID by urgent care. Now fewer spells, still some fluttering at night.
Vitals: {{vital:BP 132/70}}, {{vital:HR 88}} irregular, {{vital:SpO2 98%}}.
Exam: {{score:2/6}} systolic flow murmur LUSB, fine tremor, lid lag, warm moist skin.
TTE today: {{lab:LVEF 55%}}, mild LAE, no effusion.
{{score:CHA2DS2-VASc 0}}; {{score:HAS-BLED 0}}.
Plan:
1. AF, thyrotoxic - rate control, increase metoprolol to {{dose:50 mg}} BID. No anticoag at score 0; revisit if AF persists once euthyroid.
2. {{eponym:Graves}} - per [[NAME:Graves]], RAI vs surgery once stable. Avoid {{drug:amiodarone}}.
3. Wife [[NAME:Kasia]] asked about driving: ok if no presyncope.
[[NAME:Piotr]] (fellow) and I will see him back after TFTs normalize, ~8 wk. Questions: [[PHONE:(414) 555-0193]].
[[NAME:Ewa Nowicka]], MD FACC
cc: [[NAME:H. Graves]], MD
""", summary="""
[[NAME:Lukasz Wrobel]], {{age:53}}, has thyrotoxic AF from new {{eponym:Graves}} disease; metoprolol was increased and anticoagulation deferred at {{score:CHA2DS2-VASc 0}}. Dr. [[NAME:Graves]] is managing the thyroid.
"""),
    dict(style="ent_visit", note="""
OTOLARYNGOLOGY - NEW PATIENT
Name: [[NAME:Hope Meniere]]   DOB [[DATE:1966-04-22]]   MRN [[MRN:7730215]]
Seen [[DATE:April 9th]] with Dr. [[NAME:Sato]]

CC: "spinning spells and roaring in my left ear"
Episodes of rotary vertigo lasting 2-4 hrs, aural fullness and fluctuating low-frequency hearing loss AS x 6 mo, about 3 spells/month. [[NAME:Hope]] jokes that with her married name she "was bound to get it."
Audiogram: AS low-freq SNHL 45 dB at 250-500 Hz, {{lab:WRS 84%}}; AD normal. {{eponym:Weber}} lateralizes R. {{eponym:Dix-Hallpike}} neg bilat. Otoscopy nl.
Impression: definite {{eponym:Meniere}} disease, left (AAO-HNS criteria).
Plan:
- low-sodium diet (<2 g/day), {{drug:hydrochlorothiazide}} {{dose:25 mg}} daily
- {{drug:meclizine}} {{dose:12.5 mg}} po prn attacks; {{drug:betahistine}} discussed
- intratympanic {{drug:dexamethasone}} if no better; we hope to avoid {{drug:gentamicin}} ablation
- MRI IAC w contrast to exclude retrocochlear lesion
Husband [[NAME:Dallas]] drives her; advised no driving during attacks.
Audiology - [[NAME:jo]] to repeat audiogram in 3 mo.
[[NAME:Sato Haruki]], MD
[[NAME:hs]]/[[NAME:ym]]
""", summary="""
[[NAME:Hope Meniere]] has definite left {{eponym:Meniere}} disease with low-frequency SNHL; starting low-salt diet, {{drug:hydrochlorothiazide}}, and MRI IAC, with repeat audiogram by [[NAME:Jo]].
"""),
    dict(style="ophthalmology_visit", note="""
OPHTHALMOLOGY - OCULOPLASTICS
[[NAME:Þórunn Guðmundsdóttir]] (registered as [[NAME:THORUNN GUDMUNDSDOTTIR]])  |  MRN [[MRN:55-019-284]]  |  [[DATE:14 Jan 2025]]

{{age:47}} F w {{eponym:Graves}} orbitopathy, dx hyperthyroid 2023, now euthyroid on {{drug:methimazole}} {{dose:5 mg}}. Smoker 10 pk-yr. Endo: [[NAME:Kovács Zoltán]].
Sx: grittiness, retro-orbital ache, diplopia on upgaze x2 mo.
VA cc: OD {{vital:20/25}}, OS {{vital:20/40}}. IOP {{vital:19}} / {{vital:23}} (primary gaze).
{{eponym:Hertel}} {{vital:21/23}}, base 102. {{score:CAS 4/7}} (active). {{eponym:Ishihara}} {{score:10/10}} OU. No APD.
Motility: -2 elevation OS. Lid retraction 2 mm OU. SLE: inferior SPK OU.
Plan: active moderate-to-severe TED.
- {{drug:Tepezza}} (teprotumumab) x8 infusions - PA submitted by [[NAME:Page]] in infusion scheduling; (see page 2 for external photos)
- interim IV {{drug:methylprednisolone}} {{dose:500 mg}} weekly if PA delayed
- selenium {{dose:100 mcg}} BID, preservative-free tears, smoking cessation referral
[[NAME:Þórunn]] goes by "[[NAME:Tóta]]"; partner [[NAME:Siggi]] with her today. Baseline audiogram ordered before Tepezza.
[[NAME:R. Kowalski]], MD
""", summary="""
[[NAME:Thorunn Gudmundsdottir]] has active moderate-to-severe {{eponym:Graves}} orbitopathy ({{score:CAS 4/7}}, OS {{vital:20/40}}); {{drug:Tepezza}} authorization was submitted by [[NAME:Page]] with IV steroids as a bridge.
"""),
    dict(style="ent_visit", note="""
ENT urgent visit   [[DATE:Fri 5/16]]
[[NAME:BELL, FAITH A]]   MRN #[[MRN:2290418]]

{{age:34}}F woke Wed w R facial droop, can't close R eye, drooling. Mild R postauricular pain x2d before. No vesicles in canal, no hearing change, no limb sx.
[[NAME:Faith]] teaches 2nd grade; the kids noticed first. She has faith it will resolve but is worried about her wedding [[DATE:June 21]].
Exam: {{score:House-Brackmann IV/VI}} R, forehead involved. {{eponym:Bell}} phenomenon present R. Other CN intact. Otoscopy nl, no {{eponym:Ramsay Hunt}} vesicles.
Imp: {{eponym:Bell}} palsy, R, onset <72h.
Plan:
- {{drug:prednisone}} {{dose:60 mg}} po x5d then taper; {{drug:valacyclovir}} {{dose:1 g}} TID x7d
- eye: {{drug:Refresh}} tears q1h while awake, ointment + tape qhs; ophtho if pain/redness
- fiance [[NAME:Mason]] took notes; [[NAME:Mason]] will call if she cannot close eye at all or new weakness
Case d/w [[NAME:Oh]] (attending), who agrees. In this case no imaging needed unless no recovery by 3 mo.
[[NAME:Mária Horváth]], PA-C
[[NAME:MH]]/[[NAME:jb]]
""", summary="""
[[NAME:Faith Bell]], {{age:34}}, has right {{eponym:Bell}} palsy ({{score:House-Brackmann IV/VI}}) and started {{drug:prednisone}} and {{drug:valacyclovir}} with eye protection; plan reviewed with Dr. [[NAME:Oh]].
"""),
    dict(style="hematology_clinic", note="""
HEME CLINIC NOTE
Pt: [[NAME:Tomáš Dvořák]] ({{age:19}}M)   MRN: [[MRN:3318-4402]]   Date: [[DATE:8 April 2025]]
Sent by [[NAME:Jordan Wilson]] at student health for Coombs-negative hemolysis.

Labs: {{lab:Hgb 8.9}}, {{lab:retic 7.8%}}, {{lab:LDH 612}}, {{lab:haptoglobin <10}}, DAT neg, {{lab:ALT 144}}, {{lab:ALP 38}}, {{lab:Tbili 4.2}}. ALP:Tbili ratio <4.
Smear: no schistocytes, occasional spherocytes.
Slit lamp by ophtho [[DATE:4/7]]: {{eponym:Kayser-Fleischer}} rings present bilat. {{lab:ceruloplasmin 6}}; 24h urine copper pending.
Imp: Coombs-negative hemolysis as presenting sign of {{eponym:Wilson}} disease, concern for evolving acute liver failure ({{lab:INR 1.9}}, {{score:MELD 24}}).
Plan: d/w hepatology ([[NAME:Nagy]]) - direct admit to 7W today, transplant eval, start {{drug:trientine}} per hepatology. Hold all hemolysis-provoking meds.
Mom [[NAME:Jana Dvořáková]] ([[NAME:Jana Dvorakova]] on the consent) at bedside; dad [[NAME:Petr]] updated by phone [[PHONE:+420 602 118 347]].
[[NAME:Wilson]] made a great catch - called her to thank her.
[[NAME:Zdeněk Horák]], MD
[[NAME:zh]]
""", summary="""
[[NAME:Tomas Dvorak]], {{age:19}}, presented with Coombs-negative hemolysis and {{eponym:Kayser-Fleischer}} rings, consistent with {{eponym:Wilson}} disease; he is being admitted to hepatology under Dr. [[NAME:Nagy]]. Referral came from [[NAME:Jordan Wilson]].
"""),
    dict(style="cardiology_clinic", note="""
Cardiology Clinic     [[NAME:PAGET, DENNIS M]]     [[DATE:06/02/2025]]     FIN [[MRN:60028814]]

{{age:84}} y/o M w extensive polyostotic {{eponym:Paget}} disease of bone (skull, pelvis, L femur), {{lab:ALP 1,240}}, here for DOE, NYHA II-III. Last seen here in April.
Echo: {{lab:LVEF 65%}}, {{lab:CO 8.9 L/min}}, dilated LV, mild MR, {{lab:RVSP 42}}. C/w high-output state from {{eponym:Paget}}'s.
Exam: {{vital:BP 148/62}} wide pulse pressure, {{vital:HR 96}}, warm extremities, 1+ edema, skull enlarged, bowed L thigh.
[[NAME:Paget]] says his father had "bent legs" too - likely familial.
Plan:
- {{drug:zoledronic acid}} {{dose:5 mg}} IV per Dr. [[NAME:Hoshino]] (endo); she'll coordinate infusion
- {{drug:furosemide}} {{dose:20 mg}} daily, BMP 1 wk
- [[NAME:April]], his daughter, manages the pillbox; she will text weights
- Mrs. [[NAME:Paget]] and he declined cardiac rehab for now
RTC 3 mo with repeat echo.
[[NAME:Ayşe Kaya]], MD - e-signed [[DATE:06/02/2025]] 16:42
""", summary="""
[[NAME:Dennis Paget]], {{age:84}}, has high-output heart failure from polyostotic {{eponym:Paget}} disease; {{drug:zoledronic acid}} will be arranged by Dr. [[NAME:Hoshino]] and low-dose {{drug:furosemide}} started, with his daughter [[NAME:April]] tracking weights.
"""),
    dict(style="cardiology_clinic", note="""
VASCULAR MEDICINE / CARDIOLOGY
[[NAME:KISS RÉKA]] ([[NAME:Reka Kiss]])  -  {{age:29}} F  -  MRN [[MRN:0090-551-27]]  -  [[DATE:2025-01-27]]

Referred for color change in fingers. Outside records from [[ADDRESS:Debrecen]] dated [[DATE:2024. november 5.]] reviewed (translated by [[NAME:Bence Kiss]], brother).
Cold-triggered triphasic white-blue-red change, all fingers, thumbs spared, no ulcers. Works in a cold-storage warehouse. Pain {{score:3/10}} during attacks.
Nailfold capillaroscopy normal. {{lab:ANA neg}}, {{lab:ESR 8}}. No sclerodactyly, no GERD.
Digital PPG done by [[NAME:C. Raynaud]] in the vascular lab ("no relation," she said): normal waveforms at rest, damped after cold challenge, full recovery 12 min.
Imp: primary {{eponym:Raynaud}} phenomenon.
Plan: insulated gloves, hand warmers, avoid {{drug:Sudafed}} and nicotine; {{drug:nifedipine ER}} {{dose:30 mg}} daily in winter; {{vital:BP 104/68}} today - check for lightheadedness.
[[NAME:Réka]]'s boyfriend [[NAME:Bo]] asked about her job - letter for warehouse accommodation given.
[[NAME:Jakub Novotný]], MD   [[NAME:JN]]/[[NAME:sc]]
""", summary="""
[[NAME:Reka Kiss]], {{age:29}}, has primary {{eponym:Raynaud}} phenomenon with normal capillaroscopy; PPG by [[NAME:C. Raynaud]] showed cold-induced damping, and {{drug:nifedipine ER}} plus cold protection were advised.
"""),
    dict(style="cardiology_clinic", note="""
Cardiology - Syncope Clinic     [[DATE:Mon Feb 24 2025]]
[[NAME:GREEN, SAVANNAH J]]   MRN [[MRN:221-774-09]]

{{age:31}} F, moved from [[ADDRESS:Savannah]] last year, referred for presyncope and syncope x2.
Orthostatics: supine {{vital:BP 104/66}} {{vital:HR 78}} -> standing 3 min {{vital:BP 78/50}} {{vital:HR 118}}.
Salt craving, 6 kg wt loss, darkening of palmar creases and gums, nausea.
Labs: {{lab:Na 129}}, {{lab:K 5.6}}, AM {{lab:cortisol 2.1}}, {{lab:ACTH 680}}.
This is primary adrenal insufficiency ({{eponym:Addison}} disease), not POTS.
Twin sister [[NAME:Addison]] has T1DM and vitiligo; [[NAME:Addison]] will drive her to endo.
Plan:
- {{drug:hydrocortisone}} {{dose:15 mg}} AM / {{dose:5 mg}} 2 PM, {{drug:fludrocortisone}} {{dose:0.1 mg}} daily
- stress dosing + emergency {{drug:Solu-Cortef}} kit teaching, medical alert bracelet
- spoke w [[NAME:takahashi]] (endo) directly - sees her [[DATE:2/27]]
- green light to resume running once orthostatics normalize; no tilt table needed
[[NAME:Savannah]] and her sister both verbalized understanding.
[[NAME:Baran Aydın]], MD
""", summary="""
[[NAME:Savannah Green]], {{age:31}}, was found to have {{eponym:Addison}} disease ({{lab:cortisol 2.1}}, {{lab:ACTH 680}}) as the cause of orthostatic syncope; steroids were started and Dr. [[NAME:Takahashi]] will see her, with her sister [[NAME:Addison]] driving.
"""),
    dict(style="cardiology_clinic", note="""
ANTICOAGULATION CLINIC - WARFARIN DOSING (telephone protocol)
Indication: nonvalvular AF, {{score:CHA2DS2-VASc 4}}. Goal INR 2.0-3.0.
Today {{lab:INR 1.6}} (POC, home meter). Missed 2 doses over the weekend per pt. No bleeding, no new Rx or OTC meds. Diet: more spinach and kale than usual.
Current regimen: {{drug:warfarin}} {{dose:5 mg}} daily except {{dose:2.5 mg}} Mon/Fri (weekly {{dose:30 mg}}).
Plan: one-time {{dose:7.5 mg}} tonight, then resume usual dosing; recheck INR in 1 wk.
No bridging with {{drug:Lovenox}} needed per protocol (no mechanical valve, no stroke in last 3 mo).
Bleeding precautions reviewed: avoid {{drug:Advil}} and {{drug:Aleve}}; {{drug:Tylenol}} ok up to {{dose:2 g}}/day.
Interaction screen: {{drug:Bactrim}}, {{drug:Diflucan}}, {{drug:amiodarone}} flagged on old profile - none active.
{{score:HAS-BLED 2}}. Fall risk low.
Pt verbalized understanding; will call for dark stools, hematuria, head injury or falls.
Anticoagulation Pharmacy Service
""", summary="""
Subtherapeutic {{lab:INR 1.6}} after missed {{drug:warfarin}} doses; a one-time {{dose:7.5 mg}} boost was given with recheck in 1 week and no {{drug:Lovenox}} bridge.
"""),
    dict(style="hematology_clinic", note="""
HEMATOLOGY - TRANSFUSION CLINIC FLOWSHEET
Patient: [[NAME:ÖZTÜRK, ÇAĞLAR]] / [[NAME:OZTURK, CAGLAR]] (alias from old system)   MRN [[MRN:E4417702]]   DOB [[DATE:09/30/1994]]
Dx: beta-thalassemia major, transfusion-dependent; {{drug:Jadenu}} (deferasirox) {{dose:1,260 mg}} po daily.

| Date       | Pre Hgb          | Units | Ferritin         | RN  |
| [[DATE:01/06/25]] | {{lab:8.7}} | 2 | {{lab:2,140}} | [[NAME:mk]] |
| [[DATE:01/27/25]] | {{lab:8.9}} | 2 | -             | [[NAME:mk]] |
| [[DATE:02/17/25]] | {{lab:8.4}} | 3 | {{lab:2,390}} | [[NAME:AY]] |

Today [[DATE:03/10/25]]: pre {{lab:Hgb 8.6}}, {{vital:T 36.8}}, {{vital:BP 112/68}}. 2 u PRBC leukoreduced, phenotype-matched (C, E, K neg).
Premed {{drug:acetaminophen}} {{dose:650 mg}} po, {{drug:diphenhydramine}} {{dose:25 mg}} po. No rxn.
Cardiac T2* MRI due ({{lab:T2* 18 ms}} last yr) - ordered; [[NAME:Çağlar]] asked for an evening slot.
Brother [[NAME:Emre]] HLA-typed for BMT eval: not a match.
Spoke w/ [[NAME:aylin]] in specialty pharmacy re Jadenu PA renewal, ref # [[MRN:PA-88120457]].
Nurse: [[NAME:M. Kara]], RN     Attending: [[NAME:Deniz Şahin]], MD
""", summary="""
[[NAME:Caglar Ozturk]] with transfusion-dependent beta-thalassemia received 2 units PRBC at {{lab:Hgb 8.6}} without reaction; cardiac T2* MRI ordered and [[NAME:Aylin]] is renewing the {{drug:Jadenu}} authorization.
"""),
    dict(style="ophthalmology_visit", note="""
EYE CLINIC - RETINA
[[NAME:Szabó Erzsébet]] ([[NAME:Erzsebet Szabo]])   {{age:66}} F   [[DATE:Thursday, March 20, 2025]]   CSN [[MRN:1044729315]]

T2DM x20 yr ({{lab:A1c 8.4%}}), PDR OU s/p PRP OD 2022. F/u DME OS, {{drug:Eylea}} {{dose:2 mg}} injection #5 OS today.
VA sc: OD {{vital:20/50}}, OS {{vital:20/80}}, ph {{vital:20/60}}.
IOP {{eponym:Goldmann}} {{vital:16}} OD / {{vital:18}} OS.
OCT: CST OS 412 -> 338 um (improved), OD stable 290 um. No new NVE.
Procedure: {{drug:aflibercept}} OS after {{drug:proparacaine}}, betadine, lid speculum; post-inj CF vision, optic nerve perfused.
Plan: treat-and-extend to 6 wk; A1c to PCP; start lipid check.
Grandson [[NAME:Bence]] interprets (Hungarian); she goes by [[NAME:Erzsi]] and prefers him to the phone line.
[[NAME:Tóth]] to inject next visit if fellow unavailable.
Tech [[NAME:lm]]; scribe [[NAME:RW]]/[[NAME:ym]]
[[NAME:Gábor Tóth]], MD
""", summary="""
[[NAME:Erzsebet Szabo]], {{age:66}}, received her fifth {{drug:Eylea}} injection OS for diabetic macular edema with improving OCT; interval extended to 6 weeks and Dr. [[NAME:Toth]] may inject next time.
"""),
    dict(style="ent_visit", note="""
ENT on-call note 0220
[[NAME:BRENNAN, TYLER]] "[[NAME:Ty]]"   MRN [[MRN:9102233]]
{{age:7}}yo POD 8 s/p T&A, small-volume hematemesis at home x1, ~1 tbsp per mom. Arrived via ED.
report from [[NAME:gay]] to [[NAME:frank]] at shift change; charge RN [[NAME:dawn]] aware. spoke w/ [[NAME:rusty]] at the desk re OR availability.
Exam: clot L tonsillar fossa, no frank bleeding now, eschar intact R. {{vital:HR 112}} (crying), {{vital:BP 102/64}}, {{vital:SpO2 99%}} RA. {{lab:Hgb 11.9}} (pre-op {{lab:Hgb 12.8}}).
Plan: NPO, PIV, LR {{dose:20 mL/kg}} bolus, type & screen, nebulized {{drug:tranexamic acid}} {{dose:250 mg}}. Ice water gargle not feasible at age.
called anes [[NAME:mason]] - OR on standby. Attending [[NAME:Yamamoto]] updated by phone, will come in if rebleeds.
Mom [[NAME:Summer]] at bedside; he is due at summer camp next wk - advised no.
[[NAME:Frank]] aware of plan; reassess before dawn.
-- [[NAME:K. Nakamura]] (ENT PGY3), pager [[PHONE:4471]]
""", summary="""
[[NAME:Ty Brennan]], {{age:7}}, had a small post-tonsillectomy bleed on POD 8 with clot in the left fossa; kept NPO with {{drug:tranexamic acid}} and OR on standby per [[NAME:Mason]], with Dr. [[NAME:Yamamoto]] updated.
"""),
    dict(style="cardiology_clinic", note="""
DEVICE CLINIC - PPM INTERROGATION (in person)
Patient: [[NAME:YAMADA, HIROSHI T]]   FIN [[MRN:88310-4471-2]]   Visit [[DATE:2025/03/05]]
Device: Medtronic Azure XT DR MRI, implanted 2021 for CHB. Battery 8.5 yr.
Atrial lead: sensing 2.8 mV, imp 456 ohm, threshold 0.75 V @ 0.4 ms
RV lead: {{lab:R wave 11 mV}}, imp 608 ohm, threshold 1.0 V @ 0.4 ms
Pacing: A 32%, V 99%. AHRE 3 episodes, longest 4 min, {{lab:burden <0.1%}}. No VHR.
No programming changes.
Meds: {{drug:metoprolol succinate}} {{dose:25 mg}}, {{drug:atorvastatin}} {{dose:40 mg}}, {{drug:nitroglycerin}} {{dose:0.4 mg}} sl prn (not used).
Son [[NAME:Kenta]] (lives in [[ADDRESS:Torrance]]) asked about remote monitoring - CareLink re-paired today. MRI-conditional letter faxed to imaging at [[PHONE:310-555-0172]].
[[NAME:Yamada]]-san was accompanied by wife [[NAME:Michiko]]; no questions.
Next: remote q3mo, in person 1 yr.
Interrogated by [[NAME:Jun Takeda]], CCDS; ver by [[NAME:JT]]/[[NAME:sl]]
""", summary="""
Routine pacemaker check for [[NAME:Hiroshi Yamada]] showed normal lead function, 99% V pacing and minimal AHRE burden; no changes, and remote monitoring was re-paired with help from his son [[NAME:Kenta]].
"""),
    dict(style="ent_visit", note="""
AUDIOLOGY - COMPREHENSIVE EVALUATION
Otoscopy: clear canals, TMs intact bilat.
Tympanometry: Type A AD, Type As AS.
Pure tones: AD WNL 250-8000 Hz. AS mild to moderate sloping SNHL, worst at 4 kHz (50 dB HL).
SRT AD 10 dB, AS 35 dB; {{lab:WRS AD 100%}}, {{lab:WRS AS 76%}} at 75 dB HL.
Tuning fork: {{eponym:Weber}} lateralizes R; {{eponym:Rinne}} AC>BC bilat.
Acoustic reflexes absent AS ipsilateral. {{score:DHI 28}} (mild handicap).
Impression: asymmetric SNHL AS, r/o retrocochlear lesion (vestibular schwannoma). Recommend MRI IAC with gadolinium and ENT follow-up.
Hearing aid candidacy discussed; Phonak and Oticon trial devices demonstrated. Pt will decide after MRI.
Counseled on noise protection; tinnitus handout given.
Audiologist, Au.D., CCC-A
""", summary="""
Asymmetric left sensorineural hearing loss with poor word recognition ({{lab:WRS AS 76%}}) and absent reflexes; MRI IAC recommended to exclude vestibular schwannoma before hearing aid fitting.
"""),
    dict(style="hematology_clinic", note="""
INFUSION CTR RN NOTE   [[DATE:3/12/25]] 0915
pt arrived amb w daughter [[NAME:june]]. id x2 ([[NAME:KOWALCZYK, GRAŻYNA]] / DOB [[DATE:05/19/1948]]). pt prefers [[NAME:Grazyna]] w/o accent on forms.
dx: IDA, intolerant of po iron. last infusion series was in June 2024.
order: {{drug:Venofer}} {{dose:200 mg}} IV over 15 min, dose #3 of 5.
vs: {{vital:T 36.6}} {{vital:BP 128/74}} {{vital:P 70}} {{vital:RR 16}} {{vital:SpO2 97%}}
PIV 22g L FA x1 att by [[NAME:grace]], flushes w/o difficulty.
0935 infusion started. 0950 complete, no rxn, no major issues. obs 30 min per pt preference.
{{lab:Hgb 9.1}} on [[DATE:3/5]], {{lab:ferritin 9}} - dr [[NAME:pawlak]] aware of trend.
[[NAME:Will]] (son) to pick up at 1030. pt will return [[DATE:Wed 3/19]] 0900 for #4.
d/c 1025 amb w [[NAME:june]], PIV removed, site c/d/i.
[[NAME:G. Major]], RN / [[NAME:gm]]
""", summary="""
[[NAME:Grazyna Kowalczyk]] tolerated her third {{drug:Venofer}} {{dose:200 mg}} infusion for iron deficiency anemia without reaction; Dr. [[NAME:Pawlak]] is aware of {{lab:Hgb 9.1}} and she returns [[DATE:3/19]].
"""),
    dict(style="ophthalmology_visit", note="""
PATIENT PORTAL MESSAGE - Ophthalmology
From: [[NAME:Agnieszka Wiśniewska]] (proxy for [[NAME:Stanisław Wiśniewski]])
Sent: [[DATE:Sun 01/19/2025]] 21:14
Subject: dads eye after cataract surgery

hi dr [[NAME:lewandowski]], this is [[NAME:aga]], [[NAME:Stas]]'s daughter. dad is [[AGE:92]] now so I do his messages. since the surgery on [[DATE:thursday the 16th]] his right eye is more red and he says its like looking through fog. he is using the {{drug:Vigamox}} and {{drug:Pred Forte}} drops 4x a day like you said. pain maybe {{score:4/10}}. is this normal?? we live out past [[ADDRESS:Sheboygan Falls]] so its an hour drive. my husband [[NAME:Marek]] can bring him tmrw.
thanks, [[NAME:aga]]
[[PHONE:920-555-0148]]
---
Reply ([[NAME:M. Lewandowski]], MD, [[DATE:01/20/2025]] 07:32):
[[NAME:Agnieszka]], please bring him in this morning. More redness and blur on POD 4 must be seen same day to rule out endophthalmitis. Call the triage line and ask for [[NAME:Cross]]; she will fit him in. Please cross-check that he is not using the dilating drop.
""", summary="""
The daughter of [[NAME:Stanislaw Wisniewski]] ([[AGE:92]]) reported increasing redness and blur on POD 4 after cataract surgery; Dr. [[NAME:Lewandowski]] asked for a same-day visit to rule out endophthalmitis.
"""),
    dict(style="cardiology_clinic", note="""
TELEPHONE ENCOUNTER - HEART FAILURE
[[DATE:1/8/25]] 1015
Caller: [[NAME:Jón Sigurðsson]] (son) re: mother [[NAME:Sigríður Jónsdóttir]] ([[NAME:Sigridur Jonsdottir]] in old chart), DOB [[DATE:11/24/1933]]. She is [[AGE:ninety-one]] and goes by [[NAME:Sigga]].
Wt up 2.5 kg in 4 days (58.1 -> 60.6 kg), more SOB on stairs, ankles swollen. On {{drug:furosemide}} {{dose:40 mg}} qAM. No CP, no syncope.
Per [[NAME:Jón]] she skipped doses over the holidays "because of the bathroom trips."
Reviewed w Dr. [[NAME:Einarsdóttir]]: extra {{dose:40 mg}} at 2 PM today and tmrw; BMP Fri; call with daily wts. SOB at rest -> ED.
[[NAME:Jón]] repeated back plan. Best # [[PHONE:(612) 555-0199]], alt in Iceland [[PHONE:+354 862 4417]].
[[NAME:Helga]] (HF RN) will call [[DATE:Friday 1/10]] w labs.
1420 addendum: lab order faxed; msg left for [[NAME:Jon]] on vm.
-- [[NAME:bo]] / call ctr
""", summary="""
[[NAME:Sigridur Jonsdottir]], [[AGE:91]], has a 2.5 kg weight gain after missed {{drug:furosemide}}; Dr. [[NAME:Einarsdottir]] advised extra doses and a BMP, and [[NAME:Helga]] will call her son [[NAME:Jon]] with results.
"""),
    dict(style="cardiology_clinic", note="""
EXERCISE TREADMILL TEST - {{eponym:Bruce}} protocol
Indication: exertional chest discomfort, intermediate pretest probability.
Baseline: {{vital:HR 74}}, {{vital:BP 126/80}}, NSR, no ST changes, no LVH.
Exercise time 9:30 min (stage IV), {{score:10.6 METs}}. Peak {{vital:HR 158}} (93% MPHR). Peak {{vital:BP 184/78}}.
Terminated for fatigue. No angina during test.
ECG: 1 mm upsloping ST depression II, III, aVF at peak, resolving by 1 min recovery. Rare PVCs, no runs.
{{score:Duke treadmill score +7}} (low risk). HR recovery 28 bpm at 1 min.
Impression: negative exercise ECG for ischemia at adequate workload. Normal BP response. Good functional capacity.
Recommend risk factor management; no further ischemic testing unless symptoms change.
Reading cardiologist, Noninvasive Lab
""", summary="""
{{eponym:Bruce}} protocol treadmill test was negative for ischemia at {{score:10.6 METs}} with a {{score:Duke treadmill score +7}}; no further testing advised.
"""),
    dict(style="hematology_clinic", note="""
HEME MALIGNANCY CONFERENCE - [[DATE:Wed 12 Mar 2025]]
Present: [[NAME:Šimek]], [[NAME:Nagy]], [[NAME:Hashimoto]] (path), [[NAME:O'Brien]], [[NAME:Bishop]] (SW), [[NAME:li]] (pharm)

| # | Patient | Age | Discussion | Owner |
| 1 | [[NAME:Dvořák, Pavel]] | {{age:71}} | {{eponym:Waldenström}} macroglobulinemia, {{lab:IgM 4,800}}, hyperviscosity sx; s/p plasmapheresis x2 -> start {{drug:zanubrutinib}} {{dose:160 mg}} BID | [[NAME:ŠM]] |
| 2 | [[NAME:Kovács Ilona]] | {{age:45}} | thyroid MALT lymphoma arising in {{eponym:Hashimoto}} thyroiditis; slides re-reviewed by [[NAME:Hashimoto]], no large-cell component -> ISRT 24 Gy | [[NAME:NL]] |
| 3 | [[NAME:Yu, Faith]] | {{age:24}} | classical {{eponym:Hodgkin}} lymphoma IIA, {{score:Deauville 2}} after 2 cycles ABVD -> drop bleomycin, AVD x4 | [[NAME:OB]] |
| 4 | [[NAME:KING, ROBERT]] "[[NAME:BO]]" | [[AGE:90]] | AML, TP53 wt; {{drug:venetoclax}} + {{drug:azacitidine}} vs best supportive care | [[NAME:ŠM]] |

Case 4: [[NAME:Bishop]] to meet family re goals of care before any start; [[NAME:li]] to check copay assistance. No tb screen needed before BTKi for case 1.
[[NAME:Simek]] to present case 1 response at next conference.
Minutes: [[NAME:NL]]/[[NAME:tb]]
""", summary="""
Conference reviewed four patients, including [[NAME:Ilona Kovacs]] with thyroid MALT lymphoma in {{eponym:Hashimoto}} thyroiditis confirmed by Dr. [[NAME:Hashimoto]], and [[NAME:Bo King]] ([[AGE:90]]) with AML, for whom [[NAME:Bishop]] will discuss goals of care.
"""),
]
