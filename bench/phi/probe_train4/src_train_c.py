NOTES = [
    dict(style="home_health_visit", note="""
HOME HEALTH SKILLED NURSING VISIT - START OF CARE
Pt: [[NAME:HOVHANNISYAN, ARAM K]]   MRN [[MRN:HH-0448213]]   DOB [[DATE:02/11/1941]]
Visit [[DATE:Mon 10/14/2024]]   time in 0915 / out 1040
Referred from St. Brendan Medical Center after CHF exacerbation; PCP Dr. [[NAME:Sarkissian]].
Lives w/ daughter [[NAME:Lilit]] in 2nd floor apt off [[ADDRESS:Dexter Ave]], [[ADDRESS:Watertown]]; 14 steps, rail on R only.
VS: {{vital:BP 132/78}}, {{vital:HR 74}} irreg, {{vital:SpO2 95%}} RA, wt {{vital:181 lb}} (d/c wt 178).
Lungs: fine crackles bilat bases. 1+ pitting edema to mid-shin bilat.
Meds reconciled w/ [[NAME:Lilit]]: {{drug:Entresto}} {{dose:24/26 mg}} bid, {{drug:furosemide}} {{dose:40 mg}} po qam, {{drug:Eliquis}} {{dose:5 mg}} bid, {{drug:metoprolol succinate}} {{dose:50 mg}} daily.
[[NAME:Aram]] confused {{drug:Lasix}} w/ "the water one" from before -> weekly pill planner set up, teach-back done x2.
D/c labs: {{lab:K 3.6}}, {{lab:Cr 1.4}}, {{lab:BNP 612}}.
OASIS risk of hospitalization: high. {{score:TUG 19 sec}}.
PT eval ordered; [[NAME:Grace]] to see pt [[DATE:10/16]]. OT later if needed.
Daily wt log taught - call agency if gain > 3 lb/2 days or 5 lb/wk.
Agency on-call [[PHONE:617-555-0142]].
-[[NAME:kd]]
""", summary="""
[[NAME:Aram Hovhannisyan]] had a home health start-of-care visit after a CHF admission, with 1+ edema and {{lab:BNP 612}}. Meds were reconciled with daughter [[NAME:Lilit]], and [[NAME:Grace]] starts PT on [[DATE:10/16]].
"""),

    dict(style="home_health_visit", note="""
sn visit - dm teaching wk 2
[[DATE:11-02-24]] 1330-1425
interp by phone [[NAME:rojin]] #[[MRN:40772]] (Kurmanji). pt [[NAME:xebat amedi]] {{age:72}}M
fsbg log reviewed: am {{lab:148-212}}, hs {{lab:190-260}}. no hypos. {{lab:A1c 9.8}} on [[DATE:10/21]].
{{drug:Lantus}} {{dose:22 units}} sc hs, {{drug:Humalog}} {{dose:6 units}} sc w/ meals + scale.
wife [[NAME:nergiz]] draws up insulin, pt injects. technique ok, rotates abd sites.
feet intact, callus R 1st MTP, monofilament {{score:7/10}} sites felt. tb screen neg 2023 per chart.
{{vital:bp 146/84}} {{vital:hr 80}} {{vital:rr 16}}
pt eats bread + sweet tea at 2200 - we hope to move snack earlier. d/w [[NAME:Hope]], she will mail a Kurdish carb handout.
[[NAME:xebat]] says he hopes to "stop the needles by spring" - reviewed why basal needed.
plan: next visit [[DATE:11/6]]. call Dr [[NAME:Şahin]] office [[PHONE:(401) 555-0188]] if fsbg >350 x2.
~[[NAME:tb]]
""", summary="""
Diabetes teaching visit for [[NAME:Xebat Amedi]] through interpreter [[NAME:Rojin]] showed high bedtime sugars ({{lab:A1c 9.8}}); wife [[NAME:Nergiz]] draws up insulin. [[NAME:Hope]] is mailing a Kurdish carb handout and Dr. [[NAME:Şahin]] is to be called for sugars over 350.
"""),

    dict(style="hospice_visit", note="""
HOSPICE ADMISSION VISIT - RN CASE MANAGER
Patient: [[NAME:PAPADAKIS, ELENI]]   DOB [[DATE:04/09/1930]]   Hospice ID [[MRN:HSP-22871]]
Benefit period 1 start [[DATE:2024-12-02]]. Medicare MBI [[MRN:3TK7-QR2-WA58]].
[[AGE:Ninety-four]]-year-old Greek-speaking widow from [[ADDRESS:Astoria]]; moved in with son [[NAME:Stavros]] and his wife [[NAME:Faith]] in [[ADDRESS:Glen Cove]] last spring.
Terminal dx: {{eponym:Alzheimer}} dementia, {{score:FAST 7c}}, {{score:PPS 30%}}. Bedbound since September, wt loss 11 lb in 3 mo, {{lab:albumin 2.6}}.
Family Greek Orthodox, faith very important; Fr. [[NAME:Christos]] visits weekly.
Pain: {{score:PAINAD 4}} with turning. Started {{drug:morphine}} oral soln {{dose:5 mg}} SL q2h prn (conc {{dose:20 mg/mL}}), {{drug:acetaminophen}} {{dose:650 mg}} PR q6h prn.
Skin: stage 2 sacrum 2 x 1.5 cm, {{score:Braden 11}}. Alternating-pressure mattress ordered.
Comfort kit from Walgreens: {{drug:Roxanol}}, {{drug:lorazepam}}, {{drug:haloperidol}}, {{drug:atropine}} 1% drops.
Chaplain referral placed; [[NAME:Bishop]] called back and will visit [[DATE:Thurs 12/5]].
Attending Dr. [[NAME:Yusuf Demir]] agrees; hospice MD [[NAME:Ng]] reviewed by phone.
[[NAME:Stavros]] cell [[PHONE:(516) 555-0163]]; [[NAME:Faith]] [[PHONE:516-555-0178]].
[[NAME:June Price]], RN CM
""", summary="""
[[AGE:94]]-year-old [[NAME:Eleni Papadakis]] was admitted to home hospice for end-stage {{eponym:Alzheimer}} dementia ({{score:FAST 7c}}) with a stage 2 sacral injury. A comfort kit was placed and [[NAME:Bishop]] will make a chaplain visit on [[DATE:12/5]].
"""),

    dict(style="hospice_visit", note="""
Hospice RN Routine Visit
S: Family reports pt more somnolent x 48 hrs, taking sips only, no BM x 4 days. Family asking "how long."
O: {{vital:BP 92/50}}, {{vital:HR 112}}, {{vital:RR 28}} with {{eponym:Cheyne-Stokes}} pattern, {{vital:SpO2 86%}} on 2 L NC. {{vital:T 38.1}} axillary.
Mottling bilat knees and feet. {{eponym:Kennedy}} terminal ulcer new over coccyx, butterfly shape, purple.
{{eponym:Foley}} draining 150 mL dark amber since last visit. Oral mucosa dry; mouth care w/ Toothette.
Secretions audible ("death rattle"); repositioned lateral, head of bed 30 degrees.
{{score:PPS 10%}}. {{score:RASS -3}}. {{score:PAINAD 2}}.
A: Active dying phase likely.
P: {{drug:Roxanol}} {{dose:5 mg}} SL q2h scheduled while awake, {{drug:hyoscyamine}} ({{drug:Levsin}}) {{dose:0.125 mg}} SL q4h prn secretions, {{drug:Transderm Scop}} {{dose:1.5 mg}} patch q72h, {{drug:acetaminophen}} supp {{dose:650 mg}} PR for fever.
Gone From My Sight booklet reviewed; Continuous Home Care criteria not met at this time.
Increase SN to daily; Social Work and Chaplain notified; on-call aware of likely death visit.
""", summary="""
Routine hospice visit found the patient actively dying with {{eponym:Cheyne-Stokes}} breathing, mottling, a new {{eponym:Kennedy}} terminal ulcer and {{score:PPS 10%}}. Scheduled {{drug:Roxanol}} and secretion control were started and visits increased to daily.
"""),

    dict(style="wound_care_nursing", note="""
WOUND CARE NURSING VISIT
[[NAME:Hawrami, Dilan]] | [[DATE:03FEB2025]] | acct [[MRN:774019225]]
Referred by Dr. [[NAME:White]] (vascular) for L lateral malleolus ulcer, ~6 wks duration.
Measure 3.2 x 2.1 x 0.3 cm (was 3.8 x 2.4 x 0.4 on [[DATE:1/20]]).
Bed 70% beefy red granulation / 30% adherent yellow slough. Periwound white and macerated 6-9 o'clock. Mod serous drainage, no odor.
{{lab:ABI 0.88}} L, {{lab:TBI 0.62}}. DP/PT 1+ by {{eponym:Doppler}}.
Cleansed w/ Vashe, conservative sharp debridement of slough w/ curette, {{drug:Medihoney}} calcium alginate, Mepilex Border, 2-layer compression (Coban 2 Lite).
Pain {{score:3/10}} during, {{score:0/10}} after.
Husband [[NAME:Baran]] does changes between visits - return demo good.
Supplies: [[NAME:Case]] ordering via Byram. Case reviewed w/ [[NAME:White]] by phone, ok to continue compression.
Next visit [[DATE:Feb 10]] with WOC [[NAME:Soraya Delacroix-Amini]].
-[[NAME:ab]]
""", summary="""
[[NAME:Dilan Hawrami]]'s left malleolar ulcer is shrinking (3.2 x 2.1 cm) with macerated periwound; it was debrided and dressed under compression with {{lab:ABI 0.88}}. Dr. [[NAME:White]] agreed to continue compression, and the next visit is [[DATE:Feb 10]].
"""),

    dict(style="home_health_visit", note="""
HH PT Visit #4   [[DATE:Tues 1/7/25]]
[[NAME:Beridze, Nino]]   F/[[AGE:92]]   s/p R hip hemiarthroplasty [[DATE:11/29]]
Subj: "Better, but I will not use that walker in the kitchen." Daughter [[NAME:Tamar]] present. [[NAME:Sunny]] from next door checks on her afternoons.
Obj: {{vital:BP 138/70}} sitting, {{vital:BP 124/66}} standing, asx, {{vital:HR 82}}.
Gait 120 ft w/ RW, CGA, mild {{eponym:Trendelenburg}} on R.
{{score:Berg 38/56}} (was {{score:31/56}}), {{score:TUG 22 sec}}, {{score:Tinetti 17/28}}.
R hip abd {{score:3+/5}}, knee ext {{score:4/5}}. Posterior hip precautions reviewed.
Stairs: 4 steps w/ rail + SBA.
Tx: ther ex, gait training, sit<->stand x10 from standard chair.
Grandson [[NAME:Will]] will install 2nd stair rail this wknd; we will reassess stairs then.
Sunny and dry today - walked porch w/ [[NAME:Tamar]] guarding.
Plan 2x/wk x 3 wks.
PT [[NAME:mb]]
""", summary="""
[[NAME:Nino Beridze]], [[AGE:92]], is improving after right hip hemiarthroplasty ({{score:Berg 38/56}}) and walks 120 ft with a rolling walker. Grandson [[NAME:Will]] is adding a second stair rail and PT continues twice weekly.
"""),

    dict(style="hospice_visit", note="""
PATIENT PORTAL MESSAGE - received [[DATE:2/14/2025]] 21:47
From: [[NAME:Shirin Farahani]] <[[EMAIL:shirin.farahani.home@outlook.com]]>
Hi, this is [[NAME:Shirin]], [[NAME:Dariush]]'s daughter. Dad was very restless tonight, pulling at his shirt and calling for his mother. We gave the {{drug:lorazepam}} {{dose:0.5}} like [[NAME:Kaveh]] said at 8pm but he is still not settling. Should we give another? Also my brother [[NAME:Arash]] flies in from [[ADDRESS:Toronto]] Sunday. Can [[NAME:Roya]] come earlier tomorrow? Thank you - [[NAME:Shirin]]
---
On-call RN reply [[DATE:2/14/2025]] 22:05:
Called [[NAME:Shirin]] back at [[PHONE:818-555-0129]]. [[NAME:Dariush]] picking at linens, moaning, no urinary retention per family (brief wet at 2100).
Advised repeat {{drug:lorazepam}} {{dose:0.5 mg}} SL now per order (q4h prn), then {{drug:haloperidol}} {{dose:0.5 mg}} SL if no relief in 1 hr. Reviewed terminal restlessness, dim lights, soft music.
[[NAME:Roya]] moved to 0900 tomorrow. Msg to [[NAME:Kaveh Tehrani]], RN CM and Dr. [[NAME:Mirzaei]].
~[[NAME:jw]]
""", summary="""
[[NAME:Shirin Farahani]] messaged that her father [[NAME:Dariush]] was restless despite {{drug:lorazepam}}; the on-call nurse advised a repeat {{dose:0.5 mg}} dose then {{drug:haloperidol}}. Aide [[NAME:Roya]]'s visit was moved earlier and [[NAME:Kaveh Tehrani]] was updated.
"""),

    dict(style="wound_care_nursing", note="""
Venous Ulcer - Home Visit
[[NAME:Mehmet Öztürk]] ({{age:79}}) - [[DATE:Jan 22]]
Ulcer R medial gaiter 5.5 x 4.0 x 0.2 cm, shallow, ruddy granulation, heavy serous exudate soaking through ABD pads.
Hemosiderin staining, lipodermatosclerosis, 2+ edema to knee.
{{lab:ABI 1.02}} R (vascular clinic, Dr. [[NAME:Gül Aksoy]], [[DATE:1/8]]).
Changed from multilayer wrap to {{eponym:Unna}} boot + Coban per WOC [[NAME:Rose]].
Wife [[NAME:Ayşe]] says he sleeps in recliner, legs down. Taught elevation above heart 30 min TID.
{{vital:BP 158/92}} - BP rose w/ pain during boot application; recheck {{vital:BP 146/88}}.
Pain {{score:5/10}}, took {{drug:Tylenol}} {{dose:1 g}} 0800.
Son [[NAME:Emre]] calling from [[ADDRESS:Istanbul]], [[PHONE:+90 532 555 41 07]], updated w/ pt permission.
Next boot change Thurs w/ [[NAME:rose]].
[[NAME:Halil Ekinci]], LPN
""", summary="""
[[NAME:Mehmet Öztürk]]'s right venous leg ulcer (5.5 x 4.0 cm, {{lab:ABI 1.02}}) was switched to an {{eponym:Unna}} boot on WOC [[NAME:Rose]]'s advice, and elevation was taught to wife [[NAME:Ayşe]]. Blood pressure rose to {{vital:BP 158/92}} with pain and came down on recheck.
"""),

    dict(style="home_health_visit", note="""
HOME HEALTH OT EVALUATION
Dx: {{eponym:Parkinson}} disease, {{score:Hoehn and Yahr 3}}, recurrent falls, orthostatic hypotension.
Relevant meds: {{drug:Sinemet}} {{dose:25/100}} {{dose:1.5 tab}} TID, {{drug:Rytary}} hs, {{drug:midodrine}} {{dose:5 mg}} TID.
ADLs: UB dressing SBA, LB dressing Mod A, toileting CGA, bathing Max A (sponge bath only).
IADLs: spouse does meals/meds. Freezing at doorways, worse at end of dose.
Cognition: {{score:MoCA 21/30}}, {{score:ACLS 4.6}}. Follows 2-step commands.
Vision: reads newsprint w/ glasses. Grip R {{score:18 lb}}, L {{score:22 lb}}.
Home Safety Checklist: throw rugs LR and hall, no grab bars, low toilet, tub/shower combo.
Recs: Tub Transfer Bench, Drop-Arm Commode over toilet, Reacher, Sock Aid, Long-Handled Sponge, remove rugs, night-lights.
Cueing strategies (LSVT BIG, visual lines at doorways) introduced - pt able to step over tape line 4/5 trials.
Goals: LB dressing Min A w/ AE in 3 wks; safe tub transfer w/ TTB + SBA.
Freq: 2w3, 1w2. Medicare Part A.
""", summary="""
Home OT evaluation for {{eponym:Parkinson}} disease ({{score:Hoehn and Yahr 3}}) with falls and doorway freezing found moderate to maximal help for lower-body dressing and bathing. Adaptive equipment, rug removal and visual cueing were recommended, with OT twice weekly.
"""),

    dict(style="hospice_visit", note="""
HOSPICE RN - DEATH VISIT
Pt [[NAME:Vartan Hagopian]], [[AGE:97]]yo, hospice dx ESRD (declined HD).
Wife [[NAME:Siranush]] called 0412 [[DATE:3/9/25]]; arrived 0455.
No resp, no apical pulse x 1 full min, pupils fixed/dilated. Death pronounced 0502 by [[NAME:Faith Lane]], RN.
Present: wife, daughters [[NAME:Nairi]] and [[NAME:Anoush O'Brien-Hagopian]], grandson [[NAME:Ty]].
Post-mortem care done with [[NAME:Ty]]'s help; {{eponym:Foley}} removed, dentures placed.
Controlled substance disposal: {{drug:morphine}} {{dose:20 mg/mL}} 18 mL remaining, {{drug:lorazepam}} {{dose:0.5 mg}} x 14 tabs, into Rx Destroyer, witnessed by [[NAME:Nairi]].
Notified: Dr. [[NAME:Green]] 0520 (no ME referral), on-call [[NAME:Bo Ng]], Riverside Chapel (pick-up ~0700).
Family asked about green burial options - info given.
Bereavement referral placed; [[NAME:Mercy]] to call in 2 wks.
""", summary="""
[[NAME:Vartan Hagopian]], [[AGE:97]], died at home and was pronounced at 0502 on [[DATE:3/9/25]] by [[NAME:Faith Lane]], RN, with family present. Controlled drugs were destroyed with [[NAME:Nairi]] as witness and Dr. [[NAME:Green]] was notified.
"""),

    dict(style="wound_care_nursing", note="""
WOC NURSING - HOME VISIT / NPWT
[[NAME:ROSTAMI, JAVAD]]   MRN [[MRN:00-418-7723]]   POD 19 s/p pylorus-preserving {{eponym:Whipple}} [[DATE:11/18]]
Midline wound dehisced inferior 6 cm on POD 9; NPWT (V.A.C. Granufoam) placed before discharge.
Today 9.0 x 3.1 x 2.4 cm, undermining 1.5 cm at 12 o'clock, 90% granulation, no tunneling, no odor after cleansing.
{{eponym:Jackson-Pratt}} R abd: 35 mL serosang/24h; {{lab:drain amylase 48}} last wk.
Cleansed w/ {{dose:1/4-strength}} {{eponym:Dakin}}'s solution, black foam, {{dose:125 mmHg}} continuous. Seal on 1st attempt.
{{vital:T 37.4}} {{vital:HR 96}} {{vital:BP 104/62}}.
Called [[NAME:Whipple]] at HPB surgery clinic [[PHONE:412-555-0180]] x[[PHONE:3306]]: ok to continue NPWT, f/u [[DATE:12/12]] with Dr. [[NAME:Akbari]].
Pt asked if the operation was named for the PA - no, [[NAME:Whipple]] says she gets that a lot.
Wife [[NAME:Parvaneh]] changes canister; alarms reviewed.
Next visit MWF. [[NAME:kd]]
""", summary="""
[[NAME:Javad Rostami]]'s dehisced midline wound after a {{eponym:Whipple}} is granulating under NPWT (9.0 x 3.1 x 2.4 cm). [[NAME:Whipple]] at the surgery clinic approved continuing NPWT, with follow-up on [[DATE:12/12]].
"""),

    dict(style="home_health_visit", note="""
hha supervisory visit (aide present)   [[DATE:12.06.2024]]
client: [[NAME:ketevan gelashvili]], aged [[AGE:90]], lives alone in [[ADDRESS:shelburne falls]]
aide [[NAME:joy]] present for bath visit. shower chair + handheld, [[NAME:joy]] uses gait belt, checks skin - no redness, heels intact.
client satisfied, says "[[NAME:joy]] is a joy, she sings to me."
care plan reviewed: bathing 3x/wk, light meal prep, med reminders only (client self-admin {{drug:levothyroxine}} {{dose:50 mcg}}, {{drug:amlodipine}} {{dose:5 mg}}).
competency: transfers ok, hand hygiene ok, documentation late x2 - counseled.
charge RN [[NAME:dawn]] notified of late notes; [[NAME:dawn]] to f/u w/ [[NAME:joy]] next wk.
niece [[NAME:Salome]] visiting from [[ADDRESS:Tbilisi]] till end of month, [[PHONE:+995 599 55 12 87]].
{{vital:bp 128/74}} {{vital:hr 70}}. no falls. next sup visit due in 14 days.
rn [[NAME:ls]]
""", summary="""
Supervisory visit for [[NAME:Ketevan Gelashvili]], [[AGE:90]], found aide [[NAME:Joy]]'s bathing care safe but notes late twice. [[NAME:Dawn]] will follow up with [[NAME:Joy]] about documentation.
"""),

    dict(style="hospice_visit", note="""
HOSPICE MSW PSYCHOSOCIAL ASSESSMENT
Patient: [[NAME:Ani Petrosyan]]   {{age:81}}   Dx: metastatic pancreatic ca   Visit [[DATE:Oct 3, 2024]]
Present: pt, husband [[NAME:Tigran]], son [[NAME:Armen]] (speakerphone from [[ADDRESS:Fresno]]), MSW.
Background: born in [[ADDRESS:Gyumri]]; worked as a baker in [[ADDRESS:Yerevan]] before emigrating in 1991. Husband retired machinist. Armenian Apostolic; Der [[NAME:Hovsep]] visits from the parish.
Advance directives: POLST signed [[DATE:9/28]] (DNR, comfort-focused). HCP [[NAME:Tigran]], alternate [[NAME:Armen]].
Will: pt wants to update her will - referred to elder law atty [[NAME:Baker]]; [[NAME:Baker]] returned call same day, home visit next wk.
Coping: pt tearful about grandchildren. [[NAME:Tigran]] "not sleeping," caregiver strain mod ({{score:ZBI 34}}).
Financial: Medi-Cal application pending, case # [[MRN:CA-MC-5581204]].
Plan: MSW q2wk, Armenian-speaking volunteer companion requested, bereavement risk high.
[[NAME:Lusine Avagyan]], MSW
""", summary="""
Psychosocial assessment of [[NAME:Ani Petrosyan]], {{age:81}}, with metastatic pancreatic cancer: POLST is done, husband [[NAME:Tigran]] is the proxy and shows moderate caregiver strain. Attorney [[NAME:Baker]] will visit to update her will.
"""),

    dict(style="wound_care_nursing", note="""
Wound Care Nursing - Diabetic Foot
Location: L plantar 1st MTH. {{score:Wagner grade 2}}, {{score:UT 2A}}.
Hx: DM2 x 20 yr, {{lab:A1c 8.4}}, chronic {{eponym:Charcot}} foot R, PAD s/p R SFA stent.
Measure 1.8 x 1.6 x 0.6 cm. Callus rim debrided w/ #15 blade. Probe-to-bone negative.
No erythema > 2 cm, no crepitus, no purulence. {{lab:ESR 22}}, {{lab:CRP 0.9}}; X-ray negative for osteomyelitis.
{{eponym:Semmes-Weinstein}} monofilament absent {{score:6/10}} sites bilat.
Dressing: {{drug:Santyl}} nickel-thick to base, Aquacel Ag, gauze, Kerlix.
Offloading: Total Contact Cast applied today (TCC, padded); skin checks at each change.
Pt educated: no weight-bearing without cast, check BG qid, call if fever > {{vital:100.4}} or cast rubs.
Plan: cast change weekly, vascular lab ABI/TBI, podiatry referral, recheck {{lab:A1c}} in 3 mo.
""", summary="""
Left plantar diabetic foot ulcer ({{score:Wagner grade 2}}) was debrided, dressed with {{drug:Santyl}} and offloaded in a total contact cast; no osteomyelitis. Weekly cast changes, vascular studies and podiatry referral are planned.
"""),

    dict(style="home_health_visit", note="""
COMMUNICATION LOG - Home Health
Patient: [[NAME:KAPANADZE, GIORGI]]   acct [[MRN:HH-2025-00917]]
Dx: primary adrenal insufficiency ({{eponym:Addison}} disease), T2DM, HTN
[[DATE:3/3]] 0910  SN visit: pt lightheaded, {{vital:BP 96/58}}, N/V x1. Missed {{drug:hydrocortisone}} pm dose yesterday. Called Dr. [[NAME:Addison]] (endo) [[PHONE:(603) 555-0114]], lvm. -[[NAME:mb]]
[[DATE:3/3]] 1005  [[NAME:Addison]] returned call: stress-dose {{drug:hydrocortisone}} {{dose:20 mg}} po now + {{dose:10 mg}} at 1400 x 2 days; ED if vomiting recurs. Son [[NAME:Levan]] informed [[PHONE:603.555.0172]]. -[[NAME:mb]]
[[DATE:3/3]] 1540  Spoke with [[NAME:Young]] at Rite Aid - extra HC tabs filled. [[NAME:Price]] aware. -[[NAME:mb]]
[[DATE:3/4]] 0830  [[NAME:Levan]] reports no vomiting, ate breakfast, {{lab:FSBG 212}}. Pt's young granddaughter translating. -[[NAME:jw]]
[[DATE:3/5]] 1100  SN visit: {{vital:BP 122/74}}, {{vital:HR 78}}. Medic-alert bracelet ordered; {{drug:Solu-Cortef}} {{dose:100 mg}} IM emergency kit taught to [[NAME:Levan]] and wife [[NAME:Maka]]. Sick-day rules handout left. -[[NAME:mb]]
[[DATE:3/5]] 1420  Faxed visit note + BP log to [[NAME:Addison]] office [[PHONE:603-555-0115]]. cc: [[NAME:jw]]
""", summary="""
[[NAME:Giorgi Kapanadze]], who has {{eponym:Addison}} disease, was hypotensive after a missed {{drug:hydrocortisone}} dose; Dr. [[NAME:Addison]] ordered stress dosing and son [[NAME:Levan]] was taught the {{drug:Solu-Cortef}} kit. [[NAME:Young]] filled extra tablets and [[NAME:Price]] was informed.
"""),

    dict(style="hospice_visit", note="""
this is doctor [[NAME:bell]] dictating a hospice face to face encounter for [[NAME:anastasia christodoulou]] spelled [[NAME:C-H-R-I-S-T-O-D-O-U-L-O-U]] date of birth [[DATE:june second nineteen thirty three]] hospice number [[MRN:H four four zero nine one]] date of service [[DATE:november fourth twenty twenty four]] she is a [[AGE:ninety one]] year old woman with end stage heart failure now entering her third benefit period. she has a remote history of left {{eponym:Bell}} palsy with residual lower facial droop which is old and not a new stroke please make sure the aide knows that. over the last sixty days her palliative performance scale has gone from fifty to {{score:forty percent}}, {{lab:mid arm circumference 19 centimeters}} down from 21, she now sleeps most of the day with dyspnea at rest on {{dose:two liters}} of oxygen. daughter [[NAME:katerina]] at the bedside says she eats a few spoons of avgolemono. continue {{drug:torsemide}} {{dose:twenty milligrams}} daily and {{drug:morphine}} {{dose:two point five milligrams}} every four hours as needed for dyspnea. she remains terminally ill with a prognosis of six months or less. I will see her again next period. call back number [[PHONE:five oh eight five five five zero one three three]]. end of dictation.
[[NAME:TB]]/[[NAME:kr]]  D: [[DATE:11/04/2024]]  T: [[DATE:11/05/2024]]  Job [[MRN:883019]]
""", summary="""
Dr. [[NAME:Bell]] recertified [[NAME:Anastasia Christodoulou]], [[AGE:91]], for a third hospice period for end-stage heart failure with {{score:PPS 40%}}. Her facial droop is from old {{eponym:Bell}} palsy, not a new stroke.
"""),

    dict(style="wound_care_nursing", note="""
WOC Nurse Visit - Ostomy
[[NAME:Hosseini, Parisa]]   {{age:66}}F   [[DATE:2025-01-15]]
s/p {{eponym:Hartmann}} procedure [[DATE:12/30/2024]] for perforated diverticulitis; end colostomy LLQ.
Stoma 32 mm round, red, moist, budded ~1.5 cm; mucocutaneous junction intact.
Peristomal skin: irritant dermatitis 4-8 o'clock ({{score:SACS L2}}). Pouch leaking q24h - pt cutting wafer to 38 mm.
Re-sized template to 33 mm, added {{eponym:Eakin}} seal, stoma powder w/ crusting. Changed to Hollister CeraPlus soft convex 1-pc.
Output pasty brown, emptying 3x/day.
Husband [[NAME:Behnam]] did one change with coaching, [[NAME:Parisa]] did second independently.
Reversal to be discussed with Dr. [[NAME:Nakashima]] at 3-6 mo.
Supplies via Edgepark, member ID [[MRN:W8841207731]].
[[NAME:M. Hartmann]], RN, CWOCN
""", summary="""
After a {{eponym:Hartmann}} procedure, [[NAME:Parisa Hosseini]]'s leaking pouch was traced to an oversized wafer; it was re-sized with an {{eponym:Eakin}} seal and convex pouch. Husband [[NAME:Behnam]] and the patient both completed changes, per [[NAME:Hartmann]].
"""),

    dict(style="home_health_visit", note="""
HOME HEALTH DISCHARGE SUMMARY
Patient: [[NAME:Ayşe Yılmaz]]   DOB: [[DATE:7 Aug 1944]]   MRN: [[MRN:5520931]]
Medicare MBI: [[MRN:7QW2-HN4-RT61]]   SOC: [[DATE:5 Nov 2024]]   D/C: [[DATE:20 Dec 2024]]
Address: [[ADDRESS:41 Linden Terrace, Paterson, NJ 07503]]
Reason for HH: s/p L TKA [[DATE:Oct 31]], CKD 3a, HTN.
Disciplines: SN x6, PT x14 ([[NAME:Hunter]]), OT x4 ([[NAME:Madison]]).
Outcomes: ambulates 300 ft w/ SPC indep; {{score:TUG 11 sec}}, {{score:Berg 50/56}}. Pt can climb 12 stairs w/ rail.
Pain {{score:2/10}} on {{drug:Tylenol}} only; {{drug:oxycodone}} stopped [[DATE:11/22]]. Incision healed.
{{vital:BP 128/76}}, {{lab:Cr 1.3}} stable.
Goals met. Pt will continue HEP from [[NAME:Hunter]]; no outpatient PT needed.
Notified Dr. [[NAME:Kaplan]] and daughter [[NAME:Deniz]] ([[EMAIL:deniz.yilmaz88@gmail.com]]).
D/c by [[NAME:Emre Can]], RN
""", summary="""
[[NAME:Ayşe Yılmaz]] was discharged from home health on [[DATE:20 Dec 2024]] after left TKA, walking 300 ft independently with a cane ({{score:Berg 50/56}}). [[NAME:Hunter]]'s home program continues and [[NAME:Emre Can]] notified Dr. [[NAME:Kaplan]].
"""),

    dict(style="hospice_visit", note="""
Bereavement Follow-up Call - 3 months
Deceased: [[NAME:Konstantinos]] "[[NAME:Kostas]]" [[NAME:Georgiou]]   DOD [[DATE:06/11/2024]]
Survivor: wife [[NAME:Despina Georgiou]], [[PHONE:(727) 555-0151]]
Spoke w/ [[NAME:Despina]] ~20 min. Eating 2 meals/day, sleeping 5-6 hrs, attends church in [[ADDRESS:Tarpon Springs]] Sundays.
Said "Lord have mercy, the house is so quiet." Cried speaking of the 40-day memorial.
Granddaughter [[NAME:Summer]] stayed weekends over the summer; back at college in [[ADDRESS:Gainesville]] now.
No SI, no hopelessness. {{score:PG-13 24}} (below threshold).
Plan: mail Coping with the Holidays packet before Thanksgiving; invite to Widowed Persons group Tues 6:30 pm.
Volunteer [[NAME:Ed]] will drop off packet. Next call in 1 mo.
[[NAME:Mercy Okonjo-Baptiste]], Bereavement Coord.
""", summary="""
Three-month bereavement call with [[NAME:Despina Georgiou]] after [[NAME:Kostas]]'s death found expected grief without risk ({{score:PG-13 24}}). [[NAME:Ed]] will deliver a holiday packet and [[NAME:Mercy Okonjo-Baptiste]] will call again in a month.
"""),

    dict(style="wound_care_nursing", note="""
WOUND FLOWSHEET - HOME CARE      Pt: [[NAME:DOSKI, HEVI]]   ID [[MRN:WC-60214]]   DOB [[DATE:09/30/1952]]
Site: R heel, unstageable -> stage 4 after debridement. {{score:Braden 12}}.
Date    | L x W x D (cm)  | Tissue                | Exudate     | Tx                      | By
[[DATE:04/02]]   | 4.1 x 3.6 x UTD | 100% black eschar     | none        | Betadine paint, offload | [[NAME:RK]]
[[DATE:04/09]]   | 4.0 x 3.5 x UTD | 80% eschar, soft edge | scant       | {{drug:Santyl}}, foam            | [[NAME:ab]]
[[DATE:04/16]]   | 3.8 x 3.4 x 0.8 | 50% slough/50% gran   | mod, brown  | {{drug:Santyl}}, Aquacel Ag      | [[NAME:Sahakyan]]
[[DATE:04/23]]   | 3.6 x 3.1 x 0.9 | 20% slough/80% gran   | mod serous  | sharp debr, Aquacel Ag  | [[NAME:Brown]]
Notes: per [[NAME:Sahakyan]], Prevalon heel boots must stay on in bed. d/w [[NAME:Brown]] (podiatry) [[DATE:4/23]] - bone palpable? no; MRI if probe-to-bone turns positive.
Daughter [[NAME:Nazdar]] turns pt q2h at night; [[NAME:Jo]] (aide) days. {{lab:albumin 3.0}}, {{lab:prealbumin 14}}.
""", summary="""
[[NAME:Hevi Doski]]'s right heel pressure injury progressed from eschar to a granulating stage 4 wound (3.6 x 3.1 x 0.9 cm by [[DATE:04/23]]). [[NAME:Brown]] debrided it and heel boots continue per [[NAME:Sahakyan]].
"""),
]
