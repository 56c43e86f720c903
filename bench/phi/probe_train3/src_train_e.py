NOTES = [
    dict(style="signout_table", note="""
NIGHT FLOAT SIGN-OUT | Gold 3 | [[DATE:Tue 11/18]] | from [[NAME:Raghunathan]] (pgr [[PHONE:4471]]) -> [[NAME:Bhattacharya]]
Rm | Name | Age | Dx | Code | Overnight
612 | [[NAME:Kandasamy]] | {{age:74}} | CHF exac, EF 25% | Full | {{drug:Lasix}} {{dose:40 mg IV}} at 2200; if UOP <500 by 0400 give 2nd dose; if {{lab:K 3.4}} or less replete per protocol
614 | [[NAME:Varghese, Hope]] | {{age:58}} | RLE cellulitis | Full | vanc trough 0530; if T >38.5 BCx x2, no abx change w/o calling ID
617A | [[NAME:MUKHERJEE, SUBHASH C]] | {{age:81}} | AKI on CKD 3b | DNR/DNI | {{lab:Cr 2.9}} (3.4 on adm); renal ([[NAME:Sen]]) following; no AM labs
617B | [[NAME:Thapa]] | {{age:66}} | COPD exac | Full | {{vital:2L NC}}, goal {{vital:SpO2 88-92%}}; {{drug:prednisone}} {{dose:40 mg}} day 3/5; duonebs q4
620 | [[NAME:Gill, Om Prakash]] | {{age:79}} | UGIB s/p EGD (clean-based DU) | Full | {{lab:Hgb 7.6}} @1800, repeat 0200, transfuse if <7; GI fellow [[NAME:Pal]] aware
623 | [[NAME:Perera]] | [[AGE:93]] | L hip fx POD 1 | DNR | sched {{drug:Tylenol}} {{dose:1 g}} q8; {{score:CAM negative}}; dtr [[NAME:dilani]] calls ~2100, ok to update
Overall quiet. We hope to d/c 617B and 623 Thurs if PT clears. Nothing pending in radiology.
~[[NAME:rr]]
""", summary="""
Night float sign-out from [[NAME:Raghunathan]] to [[NAME:Bhattacharya]] for six Gold 3 patients, including [[NAME:Kandasamy]] on IV {{drug:Lasix}} for CHF and [[NAME:Gill, Om Prakash]] with an upper GI bleed and {{lab:Hgb 7.6}} needing a 0200 recheck. Two discharges are hoped for Thursday.
"""),

    dict(style="ipass_handoff", note="""
I-PASS HANDOFF — MICU Bed 9 — [[DATE:19-Nov-2025]] 1900
Pt: [[NAME:NAIR, GRACE MARIAMMA]]   MRN [[MRN:00482217]]   DOB [[DATE:02/27/1981]]
I — Watcher
P — {{age:44}} y/o F, T1DM, adm w/ severe DKA (adm {{lab:pH 6.98}}, {{lab:HCO3 5}}, {{lab:AG 31}}) after running out of {{drug:Lantus}}. On insulin gtt {{dose:0.1 units/kg/h}}; gap now {{lab:AG 14}}, mentating well, {{score:GCS 15}}.
A — [ ] BMP q2h while on gtt, next 2200 (RN: [[NAME:mb]] aware)
    [ ] once AG closed x2 and eating: {{drug:glargine}} {{dose:18 units}} SQ, stop gtt 2 h later
    [ ] last {{lab:K 3.6}}, KCl in fluids; if K <3.3 hold insulin and call me
    [ ] d/w [[NAME:JR]] re endo consult — [[NAME:JR]] says no need overnight, put in AM
S — husband [[NAME:sunny]] at bedside, surrogate if she tires; cell [[PHONE:732-555-0148]]. She asked for the sunny room by the window if 11 opens.
S — Receiver [[NAME:Deshpande]] read back gtt rate, K threshold, glargine timing. ✓
-[[NAME:kd]]
""", summary="""
I-PASS handoff for [[NAME:NAIR, GRACE MARIAMMA]], {{age:44}}, in severe DKA on an insulin drip with the gap now {{lab:AG 14}}. [[NAME:Deshpande]] will bridge to {{drug:glargine}} once the gap closes; husband [[NAME:sunny]] is at the bedside.
"""),

    dict(style="whiteboard", note="""
ED TRACKING BOARD — POD B — transcribed 03:15 by [[NAME:ts]]
Bed | Pt | Age | CC | RN | Prov | Dispo / notes
B1 | [[NAME:CHOWDHURY]] | {{age:52}} | CP | [[NAME:LM]] | [[NAME:Venkat]] | {{lab:trop 0.02}} -> #2 at 0400; {{score:HEART 3}}
B2 | [[NAME:Begum, R]] | {{age:67}} | abd pain | [[NAME:LM]] | [[NAME:Venkat]] | CT A/P read pending; Sylheti interp by phone, [[NAME:Shirin]] x[[PHONE:5521]]
B3 | [[NAME:Gurung]] | {{age:71}} | fall on {{drug:Eliquis}} | [[NAME:TS]] | [[NAME:Kulkarni]] | CT head neg, {{score:GCS 15}}; ambulated, home w/ son [[NAME:Tek]]
B4 | TRAUMA TANGO | ? | MVC | [[NAME:TS]] | [[NAME:Kulkarni]] | unidentified man, belongings with security
B5 | [[NAME:PATEL, JIGNESH]] !NAME ALERT! | {{age:38}} | HA | [[NAME:AD]] | [[NAME:Mehta]] | {{drug:Reglan}} + {{drug:Benadryl}} given, reassess 0400
B6 | [[NAME:PATEL, JIGAR]] !NAME ALERT! | {{age:41}} | LBP | [[NAME:AD]] | [[NAME:Mehta]] | d/c papers done, waiting on ride from [[ADDRESS:iselin]]
H2 | [[NAME:Mann]] | {{age:29}} | ETOH, scalp lac | [[NAME:TS]] | [[NAME:Kulkarni]] | staples x4; {{score:CIWA 4}}; sober recheck 0600
Vitals by [[NAME:LM]] on B1-B2 due 0400. [[NAME:Kulkarni]] signs out to [[NAME:Mehta]] at 0700; day charge is [[NAME:Choudhury]] (not the B1 pt).
""", summary="""
Pod B tracking board at 03:15 with seven patients, including a chest pain work-up on [[NAME:CHOWDHURY]] with a second troponin due and a name alert between [[NAME:PATEL, JIGNESH]] and [[NAME:PATEL, JIGAR]]. [[NAME:Kulkarni]] signs out to [[NAME:Mehta]] at 0700.
"""),

    dict(style="census_list", note="""
HOSPITALIST CENSUS — TEAM C (att [[NAME:Iyengar]]) — [[DATE:2025-11-20]] 06:45
 #  ROOM   PATIENT                       AGE/SEX  MRN        DOB          LOS  PROBLEM
 1  5W-02  [[NAME:SUBRAMANIAN, KALAIVANI]]      {{age:76}}F     [[MRN:3318402]]    [[DATE:04/09/1949]]   3    RLL PNA, {{drug:ceftriaxone}} d3
 2  5W-07  [[NAME:DE SILVA, NIROSHAN A]]        {{age:62}}M     [[MRN:3320917]]    [[DATE:11/30/1962]]   1    syncope, tele, echo today
 3  5W-11  [[NAME:ISLAM, MD RAFIQUL]]           {{age:67}}M     [[MRN:3301156]]    [[DATE:01/15/1958]]   6    DM foot / cellulitis; podiatry ([[NAME:Dave]]) following
 4  5W-12  [[NAME:RAI, PASANG L]]               {{age:35}}M     [[MRN:3321004]]    [[DATE:07/22/1990]]   0    NEW: EtOH hepatitis, {{score:MDF 38}}
 5  5W-16  [[NAME:FERNANDES, CONCEIÇÃO]]        [[AGE:91]]F     [[MRN:3297745]]    [[DATE:09/02/1934]]   9    UTI/delirium, awaiting SNF bed
 6  5W-19  [[NAME:SUBRAMANIAM, K]]              {{age:54}}M     [[MRN:3321188]]    [[DATE:12/12/1970]]   2    CAP — NOT the same pt as #1 (check MRN)
 7  OBS-4  [[NAME:Sen-Gupta, Rituparna]]        {{age:47}}F     [[MRN:3321190]]    [[DATE:03/18/1978]]   0    CP obs, {{lab:hs-trop <6}} x2
Pending d/c: #2 if echo ok, #7. Census verified with charge RN ([[NAME:JD]]).
Printed by: [[NAME:aiyengar]]
""", summary="""
Team C hospitalist census of seven patients under [[NAME:Iyengar]], including [[NAME:FERNANDES, CONCEIÇÃO]], [[AGE:91]], awaiting a SNF bed and a new admission of [[NAME:RAI, PASANG L]] with alcoholic hepatitis. Two discharges are pending.
"""),

    dict(style="bed_board", note="""
4 WEST BED BOARD — [[DATE:11/21]] 0700 huddle
Rm | Pt | RN | Diet | Act | Fall | Dispo | Notes
401 | [[NAME:Sandhu, G]] | [[NAME:PG]] | cardiac | OOB w/ asst | Y | home [[DATE:11/22]] | tele off; wife [[NAME:Pinky]] bringing clothes, pt happy w/ plan
402 | [[NAME:Chakraborty]] | [[NAME:PG]] | NPO | BR | Y | ?SNF | NPO after MN for PEG; GI ([[NAME:Roy]]) 1st case
403 | — clean / ready — | | | | | |
404 | [[NAME:Kurup, Mercy]] | [[NAME:AJ]] | renal | ad lib | N | home today | {{drug:Eliquis}} {{dose:5 mg BID}} teaching done by pharm ([[NAME:Lakshmi]])
405 | [[NAME:Bhandari]] | [[NAME:AJ]] | clears | OOB | Y | home | {{eponym:Foley}} out 0600 -> DTV by 1200, bladder scan if not
406 | [[NAME:D'Mello, Ignatius]] | [[NAME:SK]] | pureed, NTL | chair | Y | SNF ([[ADDRESS:hicksville]]) | SLP re-eval; "[[NAME:Iggy]]" likes chai, no straws
Pain: 401 {{score:pain 2/10}}, 406 {{score:pain 6/10}} -> {{drug:oxycodone}} {{dose:2.5 mg}} given 0615 by [[NAME:SK]]
last edit 06:52 [[NAME:rn_pgurung]]; 06:58 [[NAME:ajoseph]]
""", summary="""
4 West bed board at the 0700 huddle: [[NAME:Sandhu, G]] and [[NAME:Kurup, Mercy]] are going home, [[NAME:Chakraborty]] is NPO for a PEG with [[NAME:Roy]], and [[NAME:D'Mello, Ignatius]] awaits SNF placement. Last edited by [[NAME:rn_pgurung]] and [[NAME:ajoseph]].
"""),

    dict(style="whiteboard", note="""
SICU BOARD (copied at 0700 huddle)
BED | PROC / DX | LINES | DRIPS | GOALS TODAY
1 | POD 2 {{eponym:Whipple}} | R IJ CVC, art line, {{eponym:Jackson-Pratt}} x2 | none | drain amylase, sips, OOB to chair x3
2 | SAH, {{score:Hunt-Hess 3}} | EVD open at 15 cmH2O, art line | {{drug:nicardipine}} | {{vital:SBP <160}}, {{drug:nimodipine}} {{dose:60 mg}} q4h, TCDs daily
3 | septic shock, perf viscus s/p ex-lap | {{eponym:Swan-Ganz}}, {{eponym:Foley}} | {{drug:Levophed}} {{dose:8 mcg/min}}, {{drug:vasopressin}} {{dose:0.04 units/min}} | {{vital:MAP >65}}, wean pressors, {{lab:lactate 3.1}} -> recheck 1200
4 | EMPTY — terminal clean done
5 | trach/PEG, {{eponym:Guillain-Barré}} | PICC | none | {{score:RASS 0}}, PT/OT, case mgmt re LTACH
6 | TBI, {{score:GCS 7}}, {{score:Marshall III}} | ICP bolt, {{eponym:Foley}} | {{drug:propofol}}, {{drug:fentanyl}} | ICP <22, {{lab:Na 145-150}}
UNIT: CLABSI-free 212 days. Foley rounds 1000 with Infection Prevention. Blood bank: 2 units O neg on hold.
""", summary="""
Surgical ICU board listing five occupied beds, including a post-{{eponym:Whipple}} patient, a subarachnoid hemorrhage on {{drug:nimodipine}}, and septic shock on {{drug:Levophed}} and {{drug:vasopressin}}. Lines, drips and daily goals are recorded for each bed.
"""),

    dict(style="ipass_handoff", note="""
VERBAL REPORT ED -> 7N (speech recognition, unedited)
this is [[NAME:ashwin]] in the ED calling report for bed 14 patient [[NAME:Ramalingam]] spelled [[NAME:R-A-M-A-L-I-N-G-A-M]] first name [[NAME:Thangavel]] date of birth [[DATE:march third nineteen forty nine]] medical record number [[MRN:H as in hotel two two zero nine one seven]] he is a {{age:76}} year old man with afib on {{drug:warfarin}} who came in with melena times two days {{lab:hemoglobin 8.1}} from a baseline of 11 and {{lab:INR 3.4}} we gave {{drug:vitamin K}} {{dose:10 mg}} IV and one unit is running now. GI Dr. [[NAME:Iyer]] saw him and Dr. [[NAME:Ire]] wants him NPO after midnight for a scope in the morning. last vitals {{vital:BP 104/62}} {{vital:HR 96}} {{vital:SpO2 97%}} room air. he is full code. son is [[NAME:Murugan]] his number is [[PHONE:nine one nine five five five zero one seven three]] they live out in [[ADDRESS:morrisville]]. any questions call me at extension [[PHONE:four four one two]].
--
[receiving RN addendum] "Dr. [[NAME:Ire]]" = Dr. [[NAME:Iyer]], GI. Son's name per pt is [[NAME:Murugan]] [[NAME:Ramalingam]]. Report rec'd 2140 [[NAME:NK]].
""", summary="""
Speech-recognized verbal report from [[NAME:ashwin]] in the ED on [[NAME:Ramalingam]], {{age:76}}, admitted with melena, {{lab:hemoglobin 8.1}} and {{lab:INR 3.4}} on {{drug:warfarin}}. GI (Dr. [[NAME:Iyer]]) plans endoscopy in the morning; report was received by [[NAME:NK]].
"""),

    dict(style="signout_table", note="""
GEN SURG SIGN-OUT — Sat night — chief [[NAME:Ramaswamy]], pgr [[PHONE:6620]]
• [[NAME:Kadam]], {{age:62}}M, POD1 lap chole. Tolerating clears. d/c AM if LFTs trending down ({{lab:Tbili 2.8}} today).
• [[NAME:Bhattarai]], {{age:45}}F, SBO, NGT to LIWS. {{drug:Gastrografin}} at 1600, KUB ordered for 0000. No contrast in colon -> [[NAME:Ramaswamy]] to see, may need OR.
• [[NAME:More]], {{age:70}}M, perf diverticulitis s/p {{eponym:Hartmann}} POD 3. Ostomy output low, needs more IVF but hx mod AS — gave {{dose:500 mL LR}} only, reassess UOP at 0200. d/w [[NAME:Sekhon]].
• [[NAME:Gore]], {{age:33}}F, lap appy POD 0, pain ok on {{drug:oxycodone}} {{dose:5 mg}} prn. Home tomorrow. [[NAME:Sekhon]] aware.
• [[NAME:Limbu, Dawa]], {{age:58}}M, incarcerated L inguinal hernia, OR 1st case w/ [[NAME:Sekhon]]. Consent signed w/ Nepali interp [[NAME:Mingma]] (badge [[MRN:48812]]). {{drug:Ancef}} {{dose:2 g}} on call.
Consults: ED ?chole, [[NAME:Doshi]] in bed 22 — seen by [[NAME:AS]], likely admit to us.
Handed off to [[NAME:AS]] at 1900. ~[[NAME:tb]]
""", summary="""
General surgery Saturday sign-out from chief [[NAME:Ramaswamy]]'s team covering five inpatients, including [[NAME:Bhattarai]] with a small bowel obstruction awaiting a contrast KUB and [[NAME:More]] with low ostomy output and aortic stenosis. Care was handed off to [[NAME:AS]], with [[NAME:Limbu, Dawa]] booked first case with [[NAME:Sekhon]].
"""),

    dict(style="signout_table", note="""
NICU SIGN-OUT — POD 2 — [[DATE:11/22/25]] — NNP [[NAME:Pokharel]] covering, vocera
Bed | Pt | GA / DOL | Issues | Overnight plan
21 | Baby Boy [[NAME:Kurian]] | 34+2 / DOL 3 | TTN resolved, hyperbili | single photo, {{lab:TSB 11.2}} at 0200; dad [[NAME:Baby Kurian]] (yes, that is his name) rooming in
22 | Baby Girl [[NAME:Akter]] "A" | 29+5 / DOL 12 | apnea of prematurity | {{drug:caffeine}} {{dose:5 mg/kg}} daily; 3 bradys last shift, self-resolved
23 | Baby Girl [[NAME:Akter]] "B" | 29+5 / DOL 12 | feeding intol | hold feeds if residual >50%, KUB if distended; mom [[NAME:Nasrin]] pumps q3h, prefers Bangla
24 | [[NAME:Shreya Kulkarni]] | 38+0 / DOL 1 | r/o sepsis, {{score:Apgar 6/8}} | {{drug:ampicillin}}/{{drug:gentamicin}}, BCx NGTD, 48h rule-out
25 | Baby Girl [[NAME:Shrestha]] | 36+4 / DOL 5 | NAS watch, {{score:Finnegan 6}} | scores q3h, swaddle, no meds yet
RN assignments: 21-22 [[NAME:jt]], 23-25 [[NAME:rv]]. Family mtg for [[NAME:Akter]] twins w/ SW [[NAME:Bimala]] [[DATE:Mon 11/24]] 1400.
""", summary="""
NICU pod 2 sign-out of five infants covered by NNP [[NAME:Pokharel]], including the [[NAME:Akter]] twins with apnea and feeding intolerance and Baby Boy [[NAME:Kurian]] on phototherapy. A family meeting with [[NAME:Bimala]] is set for [[DATE:Mon 11/24]].
"""),

    dict(style="whiteboard", note="""
3 EAST ADULT PSYCH — WHITEBOARD (eve)
Rm | Pt (pref name) | Legal | Precautions | Privileges | Staff
301 | [[NAME:Sidhu]] ("[[NAME:Bunty]]") | vol | q15 | unit | [[NAME:jw]]
302 | [[NAME:Rahman, T]] | invol, hearing [[DATE:Thu 11/27]] | 1:1 SI | none | [[NAME:jw]]
303 | [[NAME:Joy Sarker]] | vol | q15 | grounds w/ staff | [[NAME:hk]]
304 | [[NAME:Adhikari]] | 72h hold | q15, elopement | none | [[NAME:hk]]
305 | [[NAME:Wijesinghe]] | vol | q15 | unit | [[NAME:hk]]
Meds/labs: 305 {{lab:Li 0.9}} this AM, continue {{drug:lithium}} {{dose:600 mg}} qhs. 302 refused {{drug:Zyprexa}} x1.
Groups: 1900 wrap-up. 303 still describes no joy in anything, {{score:PHQ-9 22}} — [[NAME:Joy]] asked to speak with chaplain.
Phone: [[NAME:Bunty]] ok'd for 10-min call to sister in [[ADDRESS:Yuba City]] per Dr. [[NAME:Sekhri]].
""", summary="""
Evening whiteboard for the adult psych unit with five patients, including [[NAME:Rahman, T]] on 1:1 observation before a hearing on [[DATE:Thu 11/27]] and [[NAME:Joy Sarker]] with persistent anhedonia. [[NAME:Wijesinghe]] had a therapeutic {{lab:Li 0.9}}.
"""),

    dict(style="signout_table", note="""
RHEUM CONSULT RUNNING LIST — wk of [[DATE:11/24]] — att Dr. [[NAME:Das]], fellow [[NAME:Paul]]
Pt | Loc | Question | Where we are
[[NAME:Ghosh, Arundhati]] | 8S-14 | RA flare vs septic knee | tapped by [[NAME:Paul]]; {{lab:synovial WBC 48,000}}, GS neg, cx pending -> ortho ([[NAME:Brar]]) aware; {{score:DAS28 5.6}}
[[NAME:Roy-Chowdhury, Anirban]] | 6N-03 | new AKI + hematuria, ?vasculitis | ANCA/anti-GBM sent, {{lab:Cr 3.8}}; [[NAME:Das]] to call renal re bx
[[NAME:Bose]] | MICU 4 | SLE, ?flare vs infxn | {{lab:C3 52}}, dsDNA up; defer pulse steroids until BCx back; d/w [[NAME:JR]]
[[NAME:Mitra, Sagarika]] | 9E-21 | gout flare post-op | {{drug:colchicine}} {{dose:0.6 mg}} BID, {{drug:prednisone}} {{dose:30 mg}}; signoff tomorrow if better
[[NAME:Shinde]] | ED hallway | GCA? | {{lab:ESR 98}}, {{lab:CRP 11.2}}; {{drug:prednisone}} {{dose:60 mg}} started, TA bx w/ vascular [[DATE:Wed 11/26]]
Weekend coverage: [[NAME:Paul]] Sat, [[NAME:Bose]]?? no — [[NAME:Basu]] Sun (pgr [[PHONE:3318]]). -[[NAME:sd]]
""", summary="""
Rheumatology consult list for the week of [[DATE:11/24]] under Dr. [[NAME:Das]]: five patients including a possible septic knee in [[NAME:Ghosh, Arundhati]] ({{score:DAS28 5.6}}) and suspected vasculitis in [[NAME:Roy-Chowdhury, Anirban]]. [[NAME:Shinde]] started {{drug:prednisone}} for possible GCA with a biopsy planned.
"""),

    dict(style="ipass_handoff", note="""
I-PASS — MICU accept from outside — [[NAME:ARUMUGAM, SELVI]] — bed 6
I: Unstable
P: {{age:63}}F from [[ADDRESS:Pondicherry]], visiting son in [[ADDRESS:Plainsboro]] x3 wks. Outside French d/c summary ([[ADDRESS:Pondichéry]]): "hospitalisée le [[DATE:4 avril]] pour leptospirose, sortie le [[DATE:11 avril 2025]]". Now septic shock from ?pyelo, on {{drug:norepinephrine}} {{dose:12 mcg/min}}, {{lab:lactate 4.4}} -> 2.9. {{score:SOFA 7}}.
A: [ ] {{drug:meropenem}} {{dose:1 g}} q8 (ESBL E. coli in 04/2025? listed as "E. coli BLSE" on French culture dated [[DATE:07/04/2025]] — day-first)
   [ ] CT A/P when MAP stable off 2nd pressor
   [ ] son [[NAME:Senthil]] wants daily call, [[PHONE:+91 98430 22761]] (India cell, WhatsApp) or US [[PHONE:609-555-0184]]
S: Speaks Tamil; son translates but use interp line (Tamil, ID [[MRN:77310]]) for consent. If MAP <60 on 2 pressors -> stress dose steroids, call [[NAME:Venugopal]].
S: Receiver [[NAME:Hemalatha]] — agrees, asked for stress steroid dosing ({{drug:hydrocortisone}} {{dose:50 mg}} q6). -[[NAME:vg]]
""", summary="""
MICU I-PASS for [[NAME:ARUMUGAM, SELVI]], {{age:63}}, from [[ADDRESS:Pondicherry]] with septic shock on {{drug:norepinephrine}} and a prior ESBL E. coli on a French culture. Son [[NAME:Senthil]] wants daily updates and [[NAME:Hemalatha]] received the handoff.
"""),

    dict(style="bed_board", note="""
5 NORTH SAFETY HUDDLE BOARD — day shift
Census 28/30 | Admits pending 3 | Discharges by noon 4 | Isolation: 2 contact, 1 droplet
Falls w/ injury: 0 this month | Days since CAUTI: 64 | Days since CLABSI: 140
High risk: 2 pts {{score:Morse 65}} or above -> bed alarms ON, chair alarms ON
Restraints: 1 (mitts), renew order by 1400
Watchers: Rm 508 ({{lab:K 6.1}} this AM, recheck after {{drug:Lokelma}} {{dose:10 g}}), Rm 519 (new {{vital:O2 4L}}, RRT called 0330)
Equipment: Rm 512 {{eponym:Foley}} day 6 — nurse-driven removal protocol; bladder scanner #2 in biomed
Pharmacy: {{drug:heparin}} drip protocol update — anti-Xa goal {{lab:0.3-0.7}}
Reminder: purposeful rounding q1h 0700-2200, q2h overnight. Hand hygiene audit Thurs.
""", summary="""
Day-shift safety huddle board for 5 North listing census, infection and fall metrics, two watchers (hyperkalemia on {{drug:Lokelma}} and a new oxygen requirement), and equipment reminders. No patient identifiers are posted.
"""),

    dict(style="whiteboard", note="""
L&D BOARD — 2300
Rm | Pt | G/P | GA | Status | Pit | RN | Prov
1 | [[NAME:Shrestha, S]] | G2P1 | 39+1 | 6/90/-1, SROM 1900 clear | {{dose:6 mU/min}} | [[NAME:DB]] | [[NAME:mv]]
2 | [[NAME:Thakkar]] | G1P0 | 41+0 | IOL, {{drug:Cytotec}} #3 at 2100 | — | [[NAME:DB]] | [[NAME:mv]]
3 | [[NAME:Ahluwalia, Harleen]] | G3P2 | 37+5 | PreE w/o SF, {{vital:BP 152/98}}, {{drug:Mag}} {{dose:2 g/h}} | {{dose:2 mU/min}} | [[NAME:KP]] | [[NAME:Gunawardena]]
4 | [[NAME:Miah]] | G4P3 | 38+2 | epidural in, 9 cm | off | [[NAME:KP]] | [[NAME:Gunawardena]]
OR | — | | | C/S rm ready, anesthesia [[NAME:Hegde]] in house | | |
Triage: [[NAME:Dolly]] [[NAME:Kapadia]] 32 wks r/o PTL, {{score:BPP 8/8}}, FFN neg
Notes: Rm 3 {{lab:Mg 5.8}} at 2200; UOP ok. Rm 4 wants husband [[NAME:Masud]] only, no other visitors. [[NAME:mv]] -> [[NAME:Gunawardena]] at 0700.
""", summary="""
Labor and delivery board at 2300 with four laboring patients, including [[NAME:Ahluwalia, Harleen]] with preeclampsia on magnesium ({{lab:Mg 5.8}}) and [[NAME:Miah]] at 9 cm. [[NAME:Dolly]] [[NAME:Kapadia]] is in triage for preterm labor rule-out.
"""),

    dict(style="signout_table", note="""
wknd cross cover — 8 east — sat [[DATE:11/29]] — from [[NAME:lakshmi]] to [[NAME:harpreet]]
- 801 [[NAME:rao]]: chronic pain, on {{drug:Dilaudid}} PCA. wife [[NAME:honey]] is very anxious, call her only w big changes. she'll ask for you by name.
- 803 [[NAME:pillai, sunny]]: CAP, improving, {{vital:RA 95%}}. ok to d/c sun if afebrile. he wants to go home to [[ADDRESS:cary]], son [[NAME:jolly]] driving.
- 806 [[NAME:kc]]: HTN urgency {{vital:BP 210/118}} on adm now {{vital:BP 156/90}}, {{drug:amlodipine}} {{dose:10 mg}} + {{drug:hydralazine}} prn. ([[NAME:kc]] is the last name, not initials!)
- 807 [[NAME:de alwis]]: neutropenic fever, {{lab:ANC 300}}, {{drug:cefepime}}. if spikes again -> add vanc + call onc (dr. [[NAME:wijeratne]]? no, [[NAME:wijeratne]] is fellow, attending [[NAME:hope mathew]]).
- 810 [[NAME:dhillon]]: hope to get MRI tonight, pt claustrophobic, {{drug:lorazepam}} {{dose:1 mg}} pre-scan ok per [[NAME:sm]].
nothing else pending. will be reachable til 2200 at [[PHONE:510-555-0126]]. -[[NAME:ln]]
""", summary="""
Weekend cross-cover sign-out for 8 East from [[NAME:lakshmi]] to [[NAME:harpreet]] covering five patients, including neutropenic fever in [[NAME:de alwis]] and a possible Sunday discharge for [[NAME:pillai, sunny]]. [[NAME:dhillon]] needs pre-MRI {{drug:lorazepam}}.
"""),

    dict(style="census_list", note="""
ACUTE GERI (ACE) UNIT CENSUS — [[DATE:Mon 12/1/2025]]
Rm  Name                      Age  Code      Dx / issue                     Goal
2   [[NAME:VENKATARAMAN, P S]]         [[AGE:94]]   DNR/DNI   hypoactive delirium, UTI        home w/ dtr
3   [[NAME:BANERJEE, Sukumari]]          {{age:88}}   DNR       fall, {{score:MoCA 17/30}}               SNF
4   [[NAME:Rahman, Abdul Kader]]         [[AGE:90]]   Full      CHF, {{lab:BNP 1840}}                     home
5   [[NAME:Ekanayake]]                   {{age:83}}   DNR       hyponatremia {{lab:Na 121}} -> 127           home
6   [[NAME:Jha, Ramdulari]]              [[AGE:97]]   DNR/DNI   comfort focus, hospice eval today  hospice
7   [[NAME:Kaur, Bachan]]                {{age:86}}   Full      dehydration, {{lab:BUN/Cr 48/1.6}}           home
Rounds 0930 w/ [[NAME:Bhave]] (geri att), PT [[NAME:sn]], OT, pharm [[NAME:Doshi]], SW [[NAME:Meherunnesa]].
Rm 6 family ([[NAME:Ramdulari]]'s grandson) driving from [[ADDRESS:Edison]], ETA 1100.
""", summary="""
Acute geriatrics unit census with six patients, three older than 89 including [[NAME:Jha, Ramdulari]], [[AGE:97]], who is being evaluated for hospice. Interdisciplinary rounds are led by [[NAME:Bhave]].
"""),

    dict(style="ipass_handoff", note="""
I-PASS — ONC 10W — [[NAME:SENGUPTA-MÜLLER, ANANYA]] — MRN [[MRN:4409812]]
I: Stable
P: {{age:39}}F, DLBCL, got R-CHOP x3 in [[ADDRESS:Munich]] (records in German): Zyklus 1 am [[DATE:3. März 2024]], Zyklus 3 am [[DATE:14.04.2024]]. Moved to [[ADDRESS:Schaumburg]] for work; here for C4 + neutropenic fever. {{lab:ANC 200}}, {{vital:T 38.6}}, {{vital:HR 112}}, {{vital:BP 108/70}}.
A: [ ] {{drug:cefepime}} {{dose:2 g}} q8, first dose 1730
   [ ] {{drug:G-CSF}} per [[NAME:Chatterjee]] — hold until afebrile? confirm AM
   [ ] German path report needs translation — [[NAME:Nandini]] (interp svcs) x[[PHONE:7740]]
S: husband [[NAME:Tobias]] ([[PHONE:+49 151 2348 7710]]) lands Tues; local contact friend [[NAME:Reddy]] [[PHONE:847-555-0119]]. If hypotensive: 30 mL/kg, add vanc, call ICU.
S: [[NAME:Ahmed]] (nights) repeated plan, will recheck lactate at 2200. -[[NAME:mc]]
""", summary="""
Oncology I-PASS for [[NAME:SENGUPTA-MÜLLER, ANANYA]], {{age:39}}, with DLBCL previously treated in [[ADDRESS:Munich]] (cycle 1 on [[DATE:3. März 2024]]) now admitted with neutropenic fever ({{lab:ANC 200}}) on {{drug:cefepime}}. [[NAME:Ahmed]] received the handoff on nights.
"""),

    dict(style="whiteboard", note="""
ED BOARDING LIST — admitted, no bed (whiteboard transcription 1630)
Hall | Pt | Adm to | Att | Waiting | Note
H1 | [[NAME:Patil]] | Med | Dr. [[NAME:Kale]] | 9h | {{lab:INR 4.2}} on {{drug:Coumadin}} — dtr says he ate a lot of kale and spinach this week, then stopped; hold warfarin
H2 | [[NAME:Naidu, Venkata]] | Tele | Dr. [[NAME:Kale]] | 7h | AF RVR, {{drug:diltiazem}} gtt {{dose:10 mg/h}}, {{vital:HR 104}}
H3 | [[NAME:Sivakumar]] | Surg | Dr. [[NAME:Ganguly]] | 4h | SBO, NGT; needs bed w/ suction
H4 | [[NAME:Pun]] | Med | Dr. [[NAME:Kale]] | 3h | CAP, {{score:CURB-65 2}}, {{drug:Rocephin}}/{{drug:azithro}} given
Bed czar: [[NAME:Bains]] x[[PHONE:2291]]. Next 3 beds on 6N -> H2 gets 1st tele bed.
Hallway H1 family: son [[NAME:Yogesh]] at [[PHONE:(281) 555-0163]], lives in [[ADDRESS:sugar land]]. — [[NAME:PR]]/[[NAME:ak]]
""", summary="""
ED boarding whiteboard listing four admitted patients without beds, including [[NAME:Patil]] with a supratherapeutic {{lab:INR 4.2}} on {{drug:Coumadin}} under Dr. [[NAME:Kale]] and [[NAME:Naidu, Venkata]] on a {{drug:diltiazem}} drip awaiting telemetry. Bed placement is coordinated by [[NAME:Bains]].
"""),

    dict(style="whiteboard", note="""
MICU ROUNDING BOARD — daily checklist (laminated, dry-erase)
F - feeding: TF at goal? {{drug:Vital AF}} 1.2 @ 60 mL/h standard
A - analgesia: {{score:CPOT}} q4; fentanyl first
S - sedation: {{score:RASS goal 0 to -1}}, SAT 0800 unless {{drug:propofol}} >50 or paralyzed
T - thromboprophylaxis: {{drug:enoxaparin}} {{dose:40 mg}} daily (Cr Cl <30 -> {{drug:heparin}} {{dose:5000 units}} q8)
H - HOB >30°
U - ulcer ppx: only if vented >48h, coagulopathy
G - glucose 140-180, insulin gtt per protocol
S - SBT after SAT if {{vital:FiO2 ≤40%}} and {{vital:PEEP ≤8}}
+ lines/{{eponym:Foley}}: can any come out today?
+ dispo / family update / code status documented?
""", summary="""
A laminated MICU FAST HUGS rounding checklist covering feeding, analgesia with {{score:CPOT}}, sedation targets, VTE prophylaxis with {{drug:enoxaparin}}, glucose and SBT criteria. It contains no patient information.
"""),

    dict(style="signout_table", note="""
HANDOFF TOOL — 6 SOUTH — [[NAME:THAMBIAH, JEYARAJAH]] (MRN [[MRN:5510374]], CSN [[MRN:880144927]]) — change log
[[DATE:11/30]] 18:42 ([[NAME:mkapoor]])  Illness: Watcher -> Stable
[[DATE:11/30]] 18:44 ([[NAME:mkapoor]])  Action: "f/u {{lab:K 5.9}} recheck after {{drug:insulin}}/{{drug:D50}}" marked done, {{lab:K 5.1}}
[[DATE:11/30]] 19:02 edited by [[NAME:skrishnan]]  Summary: "{{age:72}}M ESRD on HD MWF, missed Fri run, hyperK" ... added "HD in AM, nephro ([[NAME:Dissanayake]]) consented"
[[DATE:11/30]] 23:15 edited by [[NAME:hsherpa]]  Contingency: "if K >6 -> {{drug:Lokelma}} {{dose:10 g}}, repeat ECG, call renal"
[[DATE:12/01]] 05:50 edited by [[NAME:hsherpa]]  Action: AM labs added; {{lab:K 5.4}}
[[DATE:12/01]] 06:58 viewed by [[NAME:jfernando]]; cosigned [[NAME:TKW]]
Current: Stable. Dialysis 0800 chair 3. Wife [[NAME:Rajeswari]] visits after 1000. Contact [[PHONE:(718) 555-0195]].
""", summary="""
Change log of the electronic handoff for [[NAME:THAMBIAH, JEYARAJAH]], {{age:72}}, an ESRD patient admitted with hyperkalemia after a missed dialysis, edited overnight by [[NAME:mkapoor]], [[NAME:skrishnan]] and [[NAME:hsherpa]]. His potassium improved to {{lab:K 5.4}} and dialysis is set for the morning.
"""),
]
