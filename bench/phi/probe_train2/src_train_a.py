NOTES = [
    dict(style="home_health_sn_visit", note="""
HOME HEALTH SKILLED NURSING VISIT
Pt: [[NAME:CAUDILL, VERLIE J]]      MRN: [[MRN:HH-0048817]]      DOB: [[DATE:04.07.1938]]
Agency Acct [[MRN:2291-0457-3]]  |  Visit: [[DATE:Tues 3/11/25]] 0915-1010
Home: [[ADDRESS:1184 Right Fork Rd]], [[ADDRESS:Hindman]] KY [[ADDRESS:41822]]
Clinician: [[NAME:Oda Pennington]], RN ([[NAME:opennington2]])

S: "Mostly just tired, honey." [[NAME:Glenna]] (dtr) at bedside, says mama ate about half her supper last nite. Denies CP, no orthopnea beyond her usual 2 pillows.
O: {{vital:BP 148/82}}, {{vital:HR 76}} irreg, {{vital:RR 18}}, {{vital:SpO2 94%}} RA, {{vital:T 97.9}}. Wt {{vital:131.4 lb}} (down 2 lb since [[DATE:3/4]]).
   Lungs diminished bases. 2+ pitting edema BLE to mid-shin. {{score:Braden 15}}. {{score:Morse 55}}.
Meds reconciled: {{drug:Eliquis}} {{dose:5 mg BID}}, {{drug:Lasix}} {{dose:40 mg}} qAM, {{drug:Toprol XL}} {{dose:25 mg}} daily, {{drug:Klor-Con}} {{dose:10 mEq}}. Pillbox filled thru [[DATE:3/17]].
A: HFrEF, weight trending down on diuretic. High fall risk, uses Rollator in house.
P: Next SN [[DATE:Fri 3/14]]. Call Dr. [[NAME:Whitt]] office [[PHONE:606-785-2210]] for wt gain >3 lb in 2 days. [[NAME:Glenna]] has agency line [[PHONE:(606) 785-0912 x231]] and after-hrs [[PHONE:606.785.0999]].
-- [[NAME:O. Pennington]] RN / [[NAME:op]]
""", summary="""
Skilled nursing visit on [[DATE:3/11/25]] for [[NAME:Verlie Caudill]], whose heart failure weight is down to {{vital:131.4 lb}} on {{drug:Lasix}} with {{score:Braden 15}} and {{score:Morse 55}}. Next visit [[DATE:Fri 3/14]]; daughter [[NAME:Glenna]] knows to call for weight gain.
"""),

    dict(style="hospice_aide_visit", note="""
hospice aide visit -- [[DATE:02/19/2025]] -- 1330
client: [[NAME:Harriet Begay-Tsosie]]   chart [[MRN:CHL-77120]]
location: home, 6 mi N of [[ADDRESS:Many Farms]] on [[ADDRESS:Route 191]], blue hogan behind the main house
aide: [[NAME:nizhoni y.]]

- bed bath done, linen changed x2 (incontinent of urine)
- skin: redness coccyx blanchable, applied {{drug:Calazime}}. heels floated on pillows
- oral care w/ swabs, lips cracked, {{drug:Vaseline}} applied
- repositioned q2h while here, L side at 1400
- ate 3 spoons of blue corn mush, sips of water, refused {{drug:Ensure}}
- grandson [[NAME:Kee]] says she was calling for her sister last night. told hospice RN [[NAME:Darlene]] by phone [[PHONE:928 674 5530]]
- family wants the medicine man to come Sat, RN aware
next aide visit [[DATE:2/21]]. hope to bring more chux.
[[NAME:NY]]
""", summary="""
Hospice aide gave [[NAME:Harriet Begay-Tsosie]] a bed bath and skin and oral care on [[DATE:02/19/2025]]; intake was minimal. Her grandson reported night-time confusion, which was passed to RN [[NAME:Darlene]].
"""),

    dict(style="wound_care_visit", note="""
WOUND CARE HOME VISIT  [[DATE:2025-01-08]]
[[NAME:Arvel Baker]]  ({{age:71}} M)   MRN [[MRN:00418825]]   Enc [[MRN:E9913-0042]]
Referred by Dr. [[NAME:Hollis Tackett]], vascular, [[ADDRESS:Pikeville]].

Hx: venous stasis, DM2 (A1c {{lab:7.9%}} on [[DATE:12/2/24]]), old R {{eponym:Baker's}} cyst drained 2019.
Wound #1 L medial malleolus, venous ulcer: 4.2 x 3.1 x 0.2 cm (was 5.0 x 3.6 on [[DATE:12/18]]). 80% red granulation, 20% yellow slough. Mod serous drainage. Periwound macerated at 6-9 o'clock. No odor.
ABI L {{lab:0.91}} by handheld {{eponym:Doppler}}.
Pain {{score:3/10}} at rest, {{score:6/10}} with dressing change; took {{drug:Tylenol}} {{dose:650 mg}} 30 min prior.
Tx: cleansed NS, {{drug:Santyl}} to slough, {{drug:Aquacel Ag}}, ABD pad, {{eponym:Unna}} boot knee to toes. Pt tolerated.
Mr. [[NAME:Baker]] asks if he can go to church Sunday -- ok, keep leg elevated when seated.
Next change Wed [[DATE:1/15]]. Wife [[NAME:Ruby]] [[PHONE:606-437-8819]].
[[NAME:Sudie Maggard]], BSN, CWON
""", summary="""
Venous ulcer on [[NAME:Arvel Baker]]'s left ankle is smaller at 4.2 x 3.1 cm on [[DATE:2025-01-08]] with {{lab:0.91}} ABI; {{drug:Santyl}}, {{drug:Aquacel Ag}} and an {{eponym:Unna}} boot were applied. Next change [[DATE:1/15]].
"""),

    dict(style="wound_care_visit", note="""
Wound Care Nursing Note -- Follow-up Visit

Reason: Stage 3 pressure injury, right ischial tuberosity.
Braden Scale total {{score:Braden 13}} (moderate risk): Sensory 3, Moisture 2, Activity 1, Mobility 2, Nutrition 2, Friction/Shear 3.
Measurements: L 3.8 cm x W 2.4 cm x D 1.1 cm; undermining 0.8 cm from 12 to 3 o'clock. Tunneling none.
Bed: 75% beefy red granulation, 25% adherent yellow slough. Drainage moderate serosanguineous. Edges attached, no epibole.
Periwound: intact, mild erythema < 1 cm, no induration.
Cleansed with {{drug:Vashe}}. Packed loosely with {{drug:Aquacel Extra}} ribbon, covered with {{drug:Mepilex Border Sacrum}}.
Offloading: Group 2 alternating-pressure mattress in place; wheelchair Roho cushion checked and inflated correctly. Caregiver instructed on 30-degree tilt and {{eponym:Hoyer}} lift sling placement.
Nutrition: {{drug:Juven}} {{dose:1 packet BID}}, {{drug:Prosource}} {{dose:30 mL}} daily; albumin {{lab:2.9}}, prealbumin {{lab:14}}.
Pain {{score:2/10}}. No signs of osteomyelitis; ESR {{lab:38}}, CRP {{lab:2.1}}.
Plan: continue dressing three times weekly. Reassess with PUSH tool at next visit ({{score:PUSH 12}} today).
""", summary="""
Stage 3 right ischial pressure injury measures 3.8 x 2.4 x 1.1 cm with {{score:Braden 13}} and {{score:PUSH 12}}. Dressing with {{drug:Aquacel Extra}} and {{drug:Mepilex Border Sacrum}} continues three times weekly with offloading and {{drug:Juven}}.
"""),

    dict(style="visiting_nurse_postpartum", note="""
Visiting Nurse -- Postpartum / Newborn Home Visit
Mother: [[NAME:Sadie E. Stoltzfus]]   DOB [[DATE:6-22-1997]]   MRN [[MRN:LGH 3302-7716]]
Infant: Baby Boy [[NAME:Stoltzfus]] ("[[NAME:Elam]]")   DOB [[DATE:27 Feb 2025]] 0440, home birth attended by midwife [[NAME:Malinda King]], CPM
Visit date: [[DATE:March 3, 2025]]
Directions: [[ADDRESS:Hollander Rd]], lane past the harness shop, [[ADDRESS:Gordonville]]. No phone in house -- family uses phone shanty at end of lane, [[PHONE:717-768-3049]], or leave msg w/ English neighbor [[NAME:Hank Ziegler]] [[PHONE:717 768 2215]].

Mom: G5P5, fundus firm 2 FB below umbilicus, lochia rubra moderate. {{vital:BP 118/76}}. Breastfeeding well. {{score:EPDS 4}}.
Infant: wt {{vital:3.41 kg}} (BW {{vital:3.56 kg}}, -4%). Jaundice to chest; TcB {{lab:11.2}} at 128 h, below light level. Cord drying. Newborn screen drawn [[DATE:3/1]] by midwife, card # [[MRN:NB25-004417]].
Husband [[NAME:Amos]] and mother-in-law [[NAME:Rebecca]] helping; older kids [[NAME:Mose]], [[NAME:Katie]], [[NAME:Sarah]], [[NAME:Ben]] home from school.
Family declines vit K and erythromycin per beliefs; declined again today, risks reviewed. [[NAME:Amos]] says Bishop [[NAME:Jonas Zook]] is "fine with the doctor if the baby needs it."
F/u weight check [[DATE:3/6]]; will call shanty phone with TcB plan.
[[NAME:Lorraine Hershey]], RN
""", summary="""
Postpartum visit on [[DATE:March 3, 2025]] for [[NAME:Sadie Stoltzfus]] and her home-born son, who is 4% below birth weight with TcB {{lab:11.2}} below treatment level. Recheck [[DATE:3/6]] via the family's phone shanty [[PHONE:717-768-3049]].
"""),

    dict(style="hospice_rn_recert", note="""
HOSPICE RN VISIT / RECERT -- BENEFIT PERIOD 2
[[NAME:THIBODEAUX, ALCIDE P]]   Medicare MBI [[MRN:4TQ7-HW2-MK81]]   Hospice ID [[MRN:ACD-20931]]
BP2 [[DATE:1/14/2025]] through [[DATE:4/13/2025]]; F2F due by [[DATE:04/13/25]]
Home: [[ADDRESS:412 Rue Latiolais]], [[ADDRESS:Breaux Bridge]], LA

Dx: ESLD (alcoholic cirrhosis), ascites.
Wife [[NAME:Marie-Ange]] is primary CG; son [[NAME:Clovis]] "[[NAME:T-Boy]]" [[NAME:Thibodeaux]] comes evenings from [[ADDRESS:Cecilia]].
Decline since last cert: abd girth {{vital:112 cm}} (was {{vital:104 cm}} [[DATE:Jan 15]]), paracentesis x2 at Lafayette General ([[DATE:2/3]], [[DATE:2/24]]) 5.2 L and 6 L. {{score:PPS 40%}}, {{score:MAC 21.5 cm}}. MELD {{score:MELD 27}}. Sleeps most of day; mild asterixis.
Meds: {{drug:lactulose}} {{dose:20 g TID}} titrate to 3 BMs, {{drug:Xifaxan}} {{dose:550 mg BID}}, {{drug:spironolactone}} {{dose:100 mg}}, {{drug:Roxanol}} {{dose:5 mg}} SL q2h prn (used 3 doses past 24h).
Mr. [[NAME:Thibodeaux]] says "I'm ready, cher, just keep me out the hospital." DNR on fridge, yellow form.
IDG [[DATE:Thurs 3/6]]. Call [[PHONE:337-332-4470]] (home) or [[NAME:T-Boy]] cell [[PHONE:337.298.1136]].
[[NAME:Yvette Arceneaux]], RN CHPN  -- pgr [[PHONE:4-2218]]
""", summary="""
Recertification visit for [[NAME:Alcide Thibodeaux]] (ESLD) in benefit period [[DATE:1/14/2025]]-[[DATE:4/13/2025]] documents rising girth to {{vital:112 cm}}, {{score:PPS 40%}} and {{score:MELD 27}}. He wants to stay home; wife [[NAME:Marie-Ange]] and son [[NAME:T-Boy]] are caregivers.
"""),

    dict(style="visiting_nurse_phone_log", note="""
Telephone Encounter - Home Health
Patient: [[NAME:Hoffmeyer, Gerhard]]  | DOB [[DATE:11/30/1944]] | Acct#: [[MRN:A00731582]] | HAR [[MRN:4400917723]]
[[DATE:04/02/2025]] 08:47  Call from pt's wife [[NAME:Liesl]] ([[PHONE:563-872-3306]]): BG {{lab:62}} this AM before breakfast, shaky. Gave juice, recheck {{lab:104}}. Took {{drug:Lantus}} {{dose:28 units}} last night as ordered + {{drug:glipizide}} {{dose:10 mg}} yesterday.
08:55  Paged Dr. [[NAME:Brandt]] via [[PHONE:563-556-0100]] pgr [[PHONE:2471]].
09:20  Callback from Dr. [[NAME:Amelia Brandt]]: hold glipizide, decrease {{drug:Lantus}} to {{dose:22 units}}. Verbal order read back.
09:31  Faxed VO to [[ADDRESS:Bellevue]] clinic fax [[PHONE:563 872 4419]]; faxed new med list to Hy-Vee pharmacy fax [[PHONE:(563) 872-6650]].
09:40  Called [[NAME:Liesl]] back -- she repeated new dose correctly. Will check FSBS QID and call if < 70.
SN visit moved up to tomorrow [[DATE:4/3]] AM.
[[NAME:kschuler]] -- [[NAME:Karin Schuler]], LPN
""", summary="""
[[NAME:Gerhard Hoffmeyer]] had a fasting glucose of {{lab:62}} on [[DATE:04/02/2025]]; Dr. [[NAME:Brandt]] stopped {{drug:glipizide}} and lowered {{drug:Lantus}} to {{dose:22 units}}. The skilled nursing visit was moved to [[DATE:4/3]].
"""),

    dict(style="home_health_discharge", note="""
OASIS DISCHARGE -- HOME HEALTH
[[NAME:Wilma Sixkiller]]     {{age:79}} F     M0020 ID [[MRN:WSX-310244]]
SOC [[DATE:01/27/2025]]  DC [[DATE:03/21/2025]]   Medicaid [[MRN:912 448 307 Q]]
Home: [[ADDRESS:Big Cove Rd]], [[ADDRESS:Cherokee]] NC [[ADDRESS:28719]]; PCP Cherokee Indian Hospital.

Goals met: indep w/ walker in home, TUG {{score:TUG 14 sec}} (was 27 sec at SOC), independent with {{drug:Humalog}} sliding scale. {{lab:A1c 7.4%}} ([[DATE:3/10]]) from {{lab:9.1%}}.
Wound L shin (skin tear [[DATE:2/2]]) healed [[DATE:3/3]].
Case manager [[NAME:Dallas Owle]] arranged Meals on Wheels M-F and PCA 3x/wk through tribal program; contact [[PHONE:828 497 9163]].
Granddaughter [[NAME:Mercy]] moving in to help with groceries. [[NAME:Mercy]]'s number [[PHONE:828-736-0415]].
Pt states she will keep going to the senior center on Tuesdays.
Discharge summary faxed to PCP [[PHONE:828.497.1182]] on [[DATE:3/21]].
Signed: [[NAME:Jacob Swimmer]] RN / cosign [[NAME:C. Tahquette]] PT
""", summary="""
[[NAME:Wilma Sixkiller]] was discharged from home health on [[DATE:03/21/2025]] with goals met: {{score:TUG 14 sec}}, A1c down to {{lab:7.4%}} and her shin skin tear healed. Case manager [[NAME:Dallas Owle]] set up meals and PCA, and granddaughter [[NAME:Mercy]] will help.
"""),

    dict(style="hospice_aide_visit", note="""
HOSPICE AIDE CARE PLAN CHECKLIST
[x] Vital signs: {{vital:T 98.2}}, {{vital:P 104}}, {{vital:R 24}}, {{vital:BP 92/58}}
[x] Partial bed bath   [ ] Shower   [ ] Tub
[x] Peri care with no-rinse foam; {{eponym:Foley}} catheter care, bag emptied 350 mL dark amber
[x] Mouth care -- Biotene swabs, Q-tip to remove dried secretions
[x] Lotion to extremities; mottling both knees, new today -- reported to RN case manager
[x] Positioning: head of bed 30 degrees, pillow between knees
[ ] Hair wash -- deferred, patient too fatigued
[x] Linen change x1
Comfort: grimaces with turning, RN notified; {{drug:morphine}} concentrate {{dose:0.25 mL}} given by family per comfort kit.
Family at bedside, asked about "what happens next." Chaplain visit requested.
Aide observations: breathing irregular with pauses of 10-15 seconds, {{score:PAINAD 3}}.
""", summary="""
Hospice aide provided partial bath, {{eponym:Foley}} care and positioning; new knee mottling, {{vital:BP 92/58}} and periodic apnea were reported to the RN. Family gave {{drug:morphine}} {{dose:0.25 mL}} and a chaplain visit was requested.
"""),

    dict(style="wound_care_visit", note="""
Diabetic foot wound visit -- [[DATE:le 14 janvier 2025]] ([[DATE:14/01/2025]])
[[NAME:OUELLETTE, RÉAL]]  -- [[ADDRESS:Fort Kent]], ME -- NORTHERN MAINE HOME CARE ID [[MRN:NM-55019]]
Spouse [[NAME:Thérèse]] speaks French mostly; visit done in French at pt request.

R plantar 1st MTH ulcer, {{score:Wagner 2}}. 1.9 x 1.7 x 0.6 cm, probe-to-bone neg. Callus rim debrided w/ curette (scope of practice, Dr. [[NAME:Bérubé]] order on file [[DATE:1/2]]).
Monofilament: 2/10 sites felt. DP pulse faint, PT absent. Temp {{vital:98.6}}. BG today {{lab:188}}.
Pt wearing the offloading boot "only in the house" -- re-educated. [[NAME:Thérèse]] will remind him. "Il est tête dure," she says.
Dressing: {{drug:Medihoney}} alginate + foam, change q2d by spouse (return demo ok).
X-ray R foot from [[DATE:Jan 6]] no osteo; podiatry f/u with Dr. [[NAME:Luc Bérubé]] [[DATE:1/28]] @ 10:15, office [[PHONE:207-834-1960]].
[[NAME:Ginette Pelletier]], RN -- [[EMAIL:gpelletier@nmhomecare.org]]
""", summary="""
[[NAME:Réal Ouellette]]'s {{score:Wagner 2}} plantar ulcer measured 1.9 x 1.7 x 0.6 cm on [[DATE:14/01/2025]] and was debrided; he is not wearing his offloading boot consistently. Podiatry follow-up with Dr. [[NAME:Bérubé]] on [[DATE:1/28]].
"""),
    dict(style="visiting_nurse_inr", note="""
VN PT/INR home draw -- [[DATE:3-12-25]]
[[NAME:Hope Ratliff]], DOB [[DATE:8/9/41]], Acct [[MRN:0077-41290]], [[ADDRESS:War]], WV
Anticoag mgmt by Welch Community Hospital clinic (pharmacist [[NAME:Rhonda Wimmer]], PharmD, [[PHONE:304/436-2290]]).

POC {{lab:INR 3.6}} (goal 2-3). Last INR {{lab:2.4}} on [[DATE:Mar 5]]. Current {{drug:warfarin}} {{dose:5 mg}} daily except {{dose:2.5 mg}} Mon/Fri.
Recent change: started {{drug:Bactrim DS}} [[DATE:3/7]] by urgent care for UTI -- likely cause. No bleeding, no dark stools, small bruise L forearm.
Called anticoag clinic, spoke w [[NAME:rhonda]]: hold tonight, then {{dose:2.5 mg}} x2 days, resume usual, recheck [[DATE:Mon 3/17]].
[[NAME:Hope]] repeated plan back. DIL [[NAME:Brandi Ratliff]] fills her pill planner, notified at [[PHONE:304-448-7713]]. We hope to have her off Bactrim by [[DATE:3/14]].
{{vital:BP 136/74}}, {{vital:P 68}}. Ambulates with cane, no falls.
RN: [[NAME:Darla Estep]] ([[NAME:DE]])
""", summary="""
Home draw on [[DATE:3-12-25]] found {{lab:INR 3.6}} in [[NAME:Hope Ratliff]], likely from {{drug:Bactrim DS}}; the anticoagulation clinic had her hold one dose of {{drug:warfarin}} then take {{dose:2.5 mg}}. Recheck [[DATE:Mon 3/17]].
"""),

    dict(style="hospice_death_visit", note="""
HOSPICE RN -- DEATH VISIT / PRONOUNCEMENT
Patient [[NAME:Anna Mae Hershberger]], [[AGE:94]] y/o F   ID [[MRN:HOS-2024-01873]]
Called by son [[NAME:Levi]] at 0150 ([[PHONE:330 857 4061]]). Arrived 0241.
Time of death per family: [[DATE:Sept. 3rd 2024]] 0212 -- pt stopped breathing while daughter [[NAME:Verna Hershberger Yoder]] held her hand.
Exam 0245: no resp, no apical pulse x 1 min, pupils fixed. Pronounced by RN per hospice policy; attending Dr. [[NAME:Neuenschwander]] notified 0258 via answering svc [[PHONE:(330) 684-1212]].
Family (sons [[NAME:Levi]], [[NAME:Noah]]; dtrs [[NAME:Verna]], [[NAME:Edna]]) singing hymns in German in the bedroom. Rev. [[NAME:Menno Kauffman]] of Kidron Mennonite came at 0320.
Meds destroyed with [[NAME:Noah]] as witness: {{drug:morphine}} {{dose:20 mg/mL}} 18 mL, {{drug:lorazepam}} {{dose:0.5 mg}} x 9 tabs, {{drug:haloperidol}} {{dose:2 mg/mL}} 10 mL.
Funeral home: Schantz & Sons, [[ADDRESS:Kidron]], called 0335 ([[PHONE:330-857-2031]]), arrived 0430.
Bereavement referral to [[NAME:Carol Schrock]], MSW.
[[NAME:Rosalind Gerber]], RN, CHPN    [[DATE:09/03/2024]] 0510
""", summary="""
[[NAME:Anna Mae Hershberger]], [[AGE:94]], died at home on [[DATE:Sept. 3rd]] with her family present and was pronounced by the hospice RN. Comfort medications were destroyed with [[NAME:Noah]] as witness and the funeral home was called.
"""),

    dict(style="wound_care_vac", note="""
NPWT / wound VAC change   [[DATE:3/12]] @ 1400
[[NAME:Georgia Pruitt]]  MRN [[MRN:7730418]]  CSN [[MRN:200418877652]]
Stage 4 sacrum (admit [[DATE:2/20/25]] from Magnolia Manor). Unit: KCI ActiV.A.C., serial # [[MRN:VNKQ41886]], -125 mmHg continuous.

Old dressing intact, 60 mL serosang in canister since [[DATE:Mon 3/10]].
Wound 6.4 x 5.0 x 2.8 cm, tunnel 3.0 cm at 12:00. Bone not palpable. 90% granular.
Placed white foam in tunnel, black granufoam x2 pieces, drape, track pad at 10:00, seal ok.
Pt premedicated {{drug:oxycodone}} {{dose:5 mg}} at 1320; pain {{score:4/10}} during.
[[NAME:KT]] / [[NAME:SB]] did the change; per [[NAME:RW]] ok to continue current settings.
Canister changed, lot # recorded on device log.
KCI rep [[NAME:Tanner Cobb]] to swap unit [[DATE:3/14]], [[PHONE:1-800-275-4524]] ref # [[MRN:KC-2503-88120]].
Next change [[DATE:Fri 3/14]] by [[NAME:KT]].
[[NAME:KT]] = [[NAME:Kayla Trent]] LPN; [[NAME:SB]] = [[NAME:Shelby Blevins]] RN; [[NAME:RW]] = [[NAME:Ruth Ann Wooten]] RN, CWOCN
""", summary="""
Wound VAC change on [[DATE:3/12]] for [[NAME:Georgia Pruitt]]'s stage 4 sacral wound (6.4 x 5.0 x 2.8 cm, 90% granular) done by [[NAME:KT]] and [[NAME:SB]] with settings continued per [[NAME:RW]]. The KCI unit will be swapped on [[DATE:3/14]].
"""),

    dict(style="home_health_aide_visit", note="""
HHA visit [[DATE:021725]]  0800-0900
[[NAME:lonnie sizemore]] -- bath, shave, breakfast set up
{{vital:bp 152/90}} (told him to sit & rechecked {{vital:144/86}}). pulse {{vital:82}}
shower w/ shower chair, CGA. skin ok, no new sores. toenails long -- not in aide scope, told RN.
ate grits & 2 eggs. took his am pills from planner himself, i watched.
spoke w [[NAME:bo]] (brother) on porch, he says [[NAME:lonnie]] fell getting out of truck [[DATE:sat the 15th]], didnt tell nobody. no bruise seen. told RN [[NAME:Jewell]] at [[PHONE:606 598 3301]].
[[NAME:bo]] can be reached [[PHONE:606-598-7742]]
next visit [[DATE:wed 2/19]]
--[[NAME:april combs]], HHA
""", summary="""
Aide visit on [[DATE:021725]] for [[NAME:Lonnie Sizemore]]: bath and breakfast done, {{vital:BP 152/90}} on first check. Brother [[NAME:Bo]] reported an unwitnessed fall from his truck on [[DATE:the 15th]], which was passed to RN [[NAME:Jewell]].
"""),
    dict(style="home_infusion_visit", note="""
Home Infusion Nursing Visit
[[NAME:Jo Lynn Gayheart]] | MRN [[MRN:0-338-4172]] | FIN [[MRN:25068004211]] | Visit [[DATE:20250309]]
Rx: {{drug:vancomycin}} {{dose:1250 mg}} IV q12h via R basilic PICC (placed [[DATE:2/26]], 4 Fr single lumen, external length 2 cm) for L knee septic arthritis. Planned stop date [[DATE:04-09-2025]].
PICC site clean, no erythema, {{eponym:StatLock}} changed, CHG dressing changed (due again [[DATE:3/16]]). Arm circ 27 cm = baseline.
Labs drawn peripheral at 0745 (trough before AM dose): vanc trough {{lab:17.8}}, BUN {{lab:19}}, Cr {{lab:1.1}} (baseline {{lab:0.8}}), WBC {{lab:7.2}}, CRP {{lab:3.4}}.
Specimens: Accession [[MRN:25-068-00412]] (chem), [[MRN:25-068-00413]] (CBC); courier pickup 0930.
Results to ID, Dr. [[NAME:Vernon Estep]], fax [[PHONE:859.257.4420]], and to Option Care pharmacist [[NAME:Faith Kincaid]] ext [[PHONE:3318]].
Pt reports mild tinnitus L ear x 2 days -- reported to [[NAME:Faith]]; will keep faith in the trough for now, repeat BMP + trough [[DATE:Wed 3/12]].
Husband [[NAME:Darrell]] does the pump. Home [[PHONE:(606)663-0174]]. Lives in [[ADDRESS:Stanton]] off [[ADDRESS:KY-213]].
-- [[NAME:Shawna Noble]], RN, CRNI
""", summary="""
Home infusion visit on [[DATE:20250309]] for [[NAME:Jo Lynn Gayheart]] on {{drug:vancomycin}} {{dose:1250 mg}} q12h: trough {{lab:17.8}} and creatinine up to {{lab:1.1}} with new tinnitus, reported to pharmacist [[NAME:Faith Kincaid]]. Repeat labs [[DATE:Wed 3/12]].
"""),

    dict(style="visiting_nurse_catheter", note="""
SKILLED NURSING NOTE -- INDWELLING CATHETER CHANGE
Indication: neurogenic bladder (multiple sclerosis, EDSS {{score:EDSS 7.5}}), monthly change per order.
Removed 16 Fr {{eponym:Foley}}, balloon 10 mL, moderate sediment in tip. Inserted 16 Fr {{eponym:Coudé}} silicone catheter using sterile technique, 10 mL sterile water in balloon; immediate return of 300 mL cloudy yellow urine.
Leg bag for day, 2 L night bag; catheter secured to thigh with StatLock.
UA dip: leukocytes 2+, nitrite positive. Urine sent for C&S (patient afebrile, {{vital:T 98.8}}, {{vital:HR 88}}, {{vital:BP 124/70}}). No flank pain, no change in spasticity.
On {{drug:oxybutynin}} {{dose:5 mg TID}}, {{drug:baclofen}} {{dose:20 mg TID}}, {{drug:Ocrevus}} infusion every 6 months.
Teaching: increase fluids to 2 L/day, keep bag below bladder, do not treat asymptomatic bacteriuria unless symptoms; call the agency for fever over 100.4, hematuria, or no output for 4 hours.
Next change in 30 days; supplies (Bard tray, Coudé 16 Fr) ordered from the DME vendor.
""", summary="""
Monthly {{eponym:Foley}} was exchanged for a 16 Fr {{eponym:Coudé}} catheter in a patient with multiple sclerosis ({{score:EDSS 7.5}}); urine dip was nitrite positive without fever, so culture was sent and fluids encouraged.
"""),

    dict(style="hospice_idg_note", note="""
HOSPICE INTERDISCIPLINARY GROUP -- [[DATE:Thursday, February 6, 2025]]
Patient: [[NAME:MANYGOATS, AHIGA]]   Hospice #: [[MRN:NAH-0412]]   IHS chart [[MRN:0199-2271]]
Location: home near [[ADDRESS:Kayenta]], no street address -- use directions on face sheet; cell coverage poor, call [[PHONE:928-697-3318]] (wife's cell) or chapter house [[PHONE:928 697 5530]].

Present: Dr. [[NAME:Pauline Nez]] (medical director); [[NAME:Sheldon Yellowhair]], RN CM; [[NAME:Bernadette Chee]], MSW; Chaplain [[NAME:Roy Etsitty]]; aide [[NAME:Twila Benally]]; interpreter [[NAME:Loretta Bitsui]] (badge [[MRN:44719]]).
Dx: metastatic gastric CA. {{score:PPS 30%}}, FAST n/a. Pain controlled on {{drug:MS Contin}} {{dose:30 mg q12h}} + {{drug:morphine}} IR {{dose:15 mg}} prn (avg 2/day).
RN: wt loss 6 lb since [[DATE:1/9]]. Sleeps 20 h/day. Sacral redness, air mattress delivered [[DATE:1/30]].
SW: wife [[NAME:Shirley]] exhausted; daughter [[NAME:Shaandiin]] coming from [[ADDRESS:Flagstaff]] [[DATE:2/8]] to stay. Respite offered, declined.
Chaplain: family asked for a traditional ceremony at home; the team will keep schedules clear for it. [[NAME:Ahiga]] prefers we not talk about death directly -- interpreter advises using third person and future-neutral wording.
Plan: continue current POC; RN visits 2x/wk, aide 3x/wk. Next IDG [[DATE:2/20/2025]].
""", summary="""
IDG on [[DATE:February 6, 2025]] for [[NAME:Ahiga Manygoats]] (metastatic gastric cancer, {{score:PPS 30%}}): pain controlled on {{drug:MS Contin}}, wife [[NAME:Shirley]] is exhausted and daughter [[NAME:Shaandiin]] arrives [[DATE:2/8]]. The team will support a traditional ceremony and avoid direct talk of death, per the interpreter.
"""),

    dict(style="home_care_quebec", note="""
CLSC -- SOINS À DOMICILE / HOME CARE NURSING (English copy for family)
Usager: [[NAME:TREMBLAY, GISÈLE]]   RAMQ [[MRN:TREG 4207 1815]]   Dossier [[MRN:CL-0093318]]
Né(e) le [[DATE:18/07/1942]]   Adresse: [[ADDRESS:2215 rue des Érables]], [[ADDRESS:Chicoutimi]] (QC) [[ADDRESS:G7H 3K2]]
Visite: [[DATE:07/04/2025]] (7 April), 10h30

Suivi post-op: R total hip arthroplasty [[DATE:28/03/2025]] at Hôpital de Chicoutimi.
Incision 14 cm, staples intact, dry, no erythema. Staple removal planned [[DATE:10/04]].
{{vital:TA 132/78}}, {{vital:FC 74}}, {{vital:SpO2 96%}}. Pain {{score:3/10}} with {{drug:acétaminophène}} {{dose:1 g QID}}; {{drug:hydromorphone}} {{dose:1 mg}} used once since [[DATE:05/04]].
{{drug:Xarelto}} {{dose:10 mg}} daily until [[DATE:11/05/2025]] -- taking correctly. Hip precautions reviewed.
Fille [[NAME:Chantal Bouchard]] present; son [[NAME:Jean-François]] calls from [[ADDRESS:Lévis]], tél [[PHONE:+1 418 833-0472]].
Physio [[NAME:Marc Gauthier]] to see her [[DATE:09/04]]. CLSC line [[PHONE:418-543-2221 poste 4410]].
Infirmière: [[NAME:Nathalie Lévesque]], inf. -- permis OIIQ [[MRN:2011-0457]]
""", summary="""
Home visit on [[DATE:07/04/2025]] after [[NAME:Gisèle Tremblay]]'s right hip arthroplasty of [[DATE:28/03/2025]]: incision clean, pain {{score:3/10}}, on {{drug:Xarelto}} until [[DATE:11/05/2025]]. Staples come out [[DATE:10/04]]; daughter [[NAME:Chantal Bouchard]] was present.
"""),

    dict(style="wound_care_visit", note="""
Surgical wound f/u (home) -- [[DATE:Sat 10/19/24]]
Pt: [[NAME:Wilhelm]] "[[NAME:Will]]" [[NAME:Koenig]], {{age:68}}, [[ADDRESS:Fredericksburg]] TX -- MRN [[MRN:HC-62-00871]]
Lap sigmoid colectomy [[DATE:10/01/2024]] (Dr. [[NAME:Schuhmann]], Hill Country Memorial), superficial dehiscence of umbilical port/extraction site [[DATE:10/9]].
Wound 3.2 x 1.4 x 1.0 cm, 100% pink granulation, scant serous. No tunneling. Packed w/ {{drug:Kerlix}} NS moist-to-dry, {{drug:Tegaderm}}.
{{vital:T 98.4}}, {{vital:HR 72}}. Eating, BMs daily, {{drug:MiraLAX}} {{dose:17 g}} prn.
[[NAME:Will]] says he will be back on the tractor by Thanksgiving; advised no lifting > 10 lb for 6 wk post-op (until approx [[DATE:11/12]]).
Wife [[NAME:Elfriede]] ("[[NAME:Friedi]]") doing packing on off-days; return demo ok.
Photo uploaded to chart; surgeon's nurse [[NAME:Crystal Weinheimer]] emailed at [[EMAIL:cweinheimer@hcmtx.org]], ph [[PHONE:830-997-4353 x2207]].
Next RN visit [[DATE:Tue 10/22]].
[[NAME:Heidi Altgelt]], RN
""", summary="""
[[NAME:Will Koenig]]'s dehisced extraction-site wound after colectomy on [[DATE:10/01/2024]] measures 3.2 x 1.4 x 1.0 cm with clean granulation and is packed with {{drug:Kerlix}}. His wife [[NAME:Friedi]] packs it on off-days; next visit [[DATE:Tue 10/22]].
"""),

    dict(style="home_health_aide_supervision", note="""
dictated home health aide supervisory visit. this is [[NAME:paulette guidry]] r n dictating on [[DATE:march third twenty twenty five]] for patient [[NAME:claude bledsoe]] medical record number [[MRN:four four seven zero nine one two]].
aide [[NAME:june moody]] present for the visit. [[NAME:june]] completed the shower with shower chair and gait belt per care plan, skin intact, no new areas. patient and his wife [[NAME:faith]] are satisfied with the aide services.
back in june two thousand twenty four he had the left below knee amputation, he is now doing well with the prosthesis.
vitals blood pressure {{vital:one thirty eight over seventy six}}, pulse {{vital:seventy}}. he takes {{drug:metformin}} {{dose:five hundred milligrams}} twice a day and {{drug:gabapentin}} {{dose:three hundred milligrams}} at bedtime.
aide care plan updated to add foot check on the right foot.
wife can be reached at [[PHONE:three three seven, five five two, eight eight one zero]].
next supervisory visit due by [[DATE:april second]]. end of dictation.
transcribed [[DATE:03/04/2025]] [[NAME:tlb]]
""", summary="""
Supervisory visit dictated on [[DATE:march third twenty twenty five]]: aide [[NAME:June Moody]] gave [[NAME:Claude Bledsoe]] a safe shower and the care plan now adds a right foot check after his below-knee amputation. Next supervisory visit by [[DATE:april second]].
"""),
]
