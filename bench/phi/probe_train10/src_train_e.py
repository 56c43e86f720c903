NOTES = [
    dict(style="signout_table", note="""
MED B NIGHT SIGN-OUT   [[DATE:Sat 11/8]]
day: [[NAME:Okonjo]] -> night: [[NAME:T. Vo]] (pgr [[PHONE:3318]])

412A  [[NAME:NG, HOA]]       {{age:71}}F  CAP on {{drug:ceftriaxone}}/{{drug:azithro}} day 2
      - BCx x2 pending. If {{vital:T >38.5}} re-culture, no abx change overnight
415B  [[NAME:LI, WEI]]       {{age:54}}M  EtOH w/d, last drink ~36h ago
      - {{score:CIWA 12}} at 1800, {{drug:lorazepam}} per protocol; call if CIWA >20 twice
418   [[NAME:PAZ, DOLORES]]  {{age:63}}F  DKA, gap closed 1500, now SQ {{drug:glargine}} {{dose:18 units}}
      - fsBG q4h, {{lab:K 4.0}} at 1600, no repletion
420   [[NAME:MAKOA, KAI]]    {{age:19}}M  SCD pain crisis
      - {{drug:hydromorphone}} PCA, {{score:pain 6/10}} at handoff. Mom [[NAME:Luz]] at bedside, very involved
      - sat <92% -> O2 + CXR, worry ACS
422   [[NAME:HA, MINH]]      {{age:88}}M  fall, small SDH stable on rpt CT
      - neuro q4h, {{score:GCS 15}}. HOLD {{drug:Eliquis}}
424   [[NAME:SOL, EVE]]      [[AGE:93]]F  UTI + delirium
      - DNR/DNI. Daughter [[NAME:Amor]] wants a call for ANY change, [[PHONE:(559) 302-8841]], ok to call overnight
""", summary="""
Night sign-out from [[NAME:Okonjo]] to [[NAME:T. Vo]] for six Medicine B patients, including [[NAME:Kai Makoa]] on a PCA for sickle cell crisis and [[NAME:Eve Sol]], [[AGE:93]], DNR with delirium, whose daughter [[NAME:Amor]] wants a call for any change.
"""),

    dict(style="surgery_progress", note="""
GENERAL SURGERY PROGRESS NOTE
[[NAME:LE, TUAN V]]    MRN [[MRN:00483312]]    POD 2 s/p lap chole ([[DATE:2/11]])

S: [[NAME:Tuan]] refused his AM meds again, says the {{drug:oxycodone}} makes him "foggy." Wife [[NAME:Huong]] says he slept poorly and didn't use the IS overnight. Pain {{score:4/10}} at rest, {{score:7/10}} walking. +flatus, no BM yet. Tolerating clears, asking for rice porridge.

O: {{vital:T 37.8}}  {{vital:HR 96}}  {{vital:BP 128/76}}  {{vital:RR 18}}  {{vital:SpO2 95% RA}}
   Abd soft, appropriately TTP at port sites, incisions c/d/i. {{eponym:JP}} with 40 mL serosanguinous/24h.
   {{lab:WBC 11.2}} (13.4 yesterday), {{lab:T bili 1.1}}, {{lab:lipase 38}}

A/P: {{age:58}}M POD2 lap chole for gangrenous cholecystitis, improving slowly. Low-grade temp likely atelectasis.
 - scheduled {{drug:acetaminophen}} {{dose:1 g}} q8h, {{drug:tramadol}} {{dose:50 mg}} q6h prn in place of {{drug:oxy}}
 - IS 10x/hr -- [[NAME:Huong]] will coach him, she did teach-back well
 - ambulate TID, advance to full liquids
 - {{eponym:JP}} out tomorrow if <30 mL
 - Vietnamese interpreter for d/c teaching; [[NAME:Tuan]] understands English but prefers Vietnamese when tired

[[NAME:Bo Lindqvist]], PA-C for Dr. [[NAME:Abara]]   pgr [[PHONE:2214]]
""", summary="""
[[NAME:Tuan Le]], {{age:58}}, is POD2 after lap chole and refusing {{drug:oxycodone}}; plan is scheduled {{drug:acetaminophen}} with {{drug:tramadol}}, incentive spirometry coached by wife [[NAME:Huong]], and {{eponym:JP}} drain removal tomorrow.
"""),

    dict(style="secure_chat", note="""
Secure Chat -- 5W Ortho -- [[DATE:Tue 4/15/25]]
09:12  [[NAME:Mai Tran]] RN: hey is [[NAME:Ng]] still covering 5W today or is it [[NAME:Wu]]
09:13  [[NAME:Jo Pfeiffer]] PA-C: [[NAME:Ng]] till noon then [[NAME:Wu]]
09:13  [[NAME:Mai Tran]] RN: ok. rm 5 ([[NAME:Yu]]) {{vital:HR 110s}}, c/o {{score:pain 8/10}}, last {{drug:Dilaudid}} {{dose:0.5 mg}} IV at 0815
09:14  [[NAME:Jo Pfeiffer]] PA-C: any fever? bp?
09:15  [[NAME:Mai Tran]] RN: {{vital:T 37.4}} {{vital:BP 148/90}}. calf soft, neg {{eponym:Homan}} but she's POD1 TKA so idk
09:16  [[NAME:Jo Pfeiffer]] PA-C: ty. ordering bilat LE dopplers. ok to give another {{dose:0.5 mg}} now
09:16  [[NAME:Mai Tran]] RN: ty!!
09:41  [[NAME:Ng]]: saw [[NAME:Yu]], pain better after 2nd dose, {{vital:HR 98}}. doppler pending. pls page me at [[PHONE:4-7781]] w results, [[NAME:Wu]] has her after 12
09:42  [[NAME:Mai Tran]] RN: will do
""", summary="""
Nurse [[NAME:Mai Tran]] reported tachycardia and {{score:8/10}} pain in POD1 knee replacement patient [[NAME:Yu]]; PA [[NAME:Jo Pfeiffer]] ordered bilateral leg dopplers and an extra {{drug:Dilaudid}} dose, and [[NAME:Ng]] saw her before handing off to [[NAME:Wu]].
"""),

    dict(style="interpreter_progress", note="""
HOSPITAL MEDICINE PROGRESS NOTE -- HD 3
Interpreter: in-person Spanish, [[NAME:Luz Benítez]] (badge [[MRN:5521]])

[[NAME:Consuelo Arreola de la Cruz]] is a {{age:79}} y/o woman with RLL pneumonia and small parapneumonic effusion. Daughter [[NAME:Milagros]] present and at times answering for her; asked kindly to let the interpreter interpret so we hear Mrs. [[NAME:Arreola]] directly.

Pt states "todavía tengo dolores cuando respiro hondo, pero menos" -- interpreted: still has pains with deep breaths, but less. No fevers since [[DATE:Monday 9/22]]. Eating about half her trays. Wants to go home to [[ADDRESS:Socorro]], where she lives alone; [[NAME:Milagros]] lives 75 miles away in [[ADDRESS:Albuquerque]].

{{vital:T 36.9}}  {{vital:HR 84}}  {{vital:BP 118/64}}  {{vital:SpO2 94% on 2L}}
Dullness R base, crackles RLL. No edema.
{{lab:WBC 9.8}} (16.2 on adm), {{lab:procalcitonin 0.4}}, {{lab:Na 134}}

A/P
1. RLL CAP w/ small effusion, improving -- {{drug:ceftriaxone}} day 3, then PO {{drug:Augmentin}} {{dose:875 mg}} BID to finish 7 days. Wean O2, ambulatory sat before d/c.
2. Dispo -- PT eval; not safe alone yet. [[NAME:Milagros]] offered for her to stay in [[ADDRESS:Albuquerque]] x2 wk, pt reluctant but agreeable.
Teach-back via interpreter: pt repeated plan correctly.

[[NAME:Ian Mbeki-Schultz]], MD, Hospitalist
""", summary="""
[[NAME:Consuelo Arreola de la Cruz]], {{age:79}}, is improving from RLL pneumonia on hospital day 3, seen with interpreter [[NAME:Luz Benítez]]; plan is oral {{drug:Augmentin}}, PT evaluation, and a two-week stay with daughter [[NAME:Milagros]] in [[ADDRESS:Albuquerque]].
"""),

    dict(style="nursing_flowsheet", note="""
6 TELE -- FLOWSHEET COMMENTS -- [[DATE:03/02/2025]]
[[NAME:VO, THANH B]]   MRN [[MRN:7731902]]   Rm 611

0015 pt [[NAME:Vo]] c/o CP {{score:5/10}} substernal, non-radiating. {{vital:BP 162/94}} {{vital:HR 88}}. 12-lead done, NSR no acute change per Dr. [[NAME:Kessler]]. {{drug:NTG}} {{dose:0.4 mg}} SL x1.
0022 CP {{score:2/10}}. {{vital:BP 138/82}}.
0040 CP {{score:0/10}}. Resting. Son [[NAME:Ike]] called from work, updated, agrees w/ plan.
0200 sleeping. {{vital:SpO2 96% RA}}. {{eponym:Foley}} draining clear yellow, 350 mL.
0400 AM labs sent. {{lab:trop 0.02}} (prev 0.01). Dr. [[NAME:Kessler]] aware, no new orders.
0530 [[NAME:Vo]] up to BSC w/ 1 assist, steady. {{score:Morse 45}}, bed alarm on, non-skid socks.
0645 bedside report given to [[NAME:Zoe]], RN
-- [[NAME:K. Okafor-Lindh]], RN
""", summary="""
Overnight nursing comments for [[NAME:Thanh Vo]] describing {{score:5/10}} chest pain relieved by {{drug:NTG}} with an unchanged EKG and {{lab:trop 0.02}}; son [[NAME:Ike]] was updated and care handed to [[NAME:Zoe]], RN.
"""),

    dict(style="medicine_progress", note="""
HOSPITAL MEDICINE PROGRESS NOTE -- Hospital Day 4

Subjective: No acute events overnight. Less dyspnea, walked the hall with Physical Therapy. Tremor unchanged. Denies chest pain or orthopnea.

Objective: {{vital:T 36.7}} {{vital:HR 78}} {{vital:BP 126/72}} {{vital:RR 16}} {{vital:SpO2 95% RA}}. Weight down 1.8 kg.
Resting tremor R > L, cogwheel rigidity, masked facies. Bibasilar crackles improved. No JVD. Trace pedal edema. {{eponym:Foley}} removed yesterday, voiding.
{{lab:Na 137}}  {{lab:K 3.8}}  {{lab:Cr 1.2}}  {{lab:BNP 410}}

Assessment/Plan:
1. Acute on chronic HFpEF -- euvolemic today. Transition IV {{drug:Lasix}} to PO {{drug:torsemide}} {{dose:20 mg}} daily.
2. {{eponym:Parkinson disease}} -- continue {{drug:Sinemet}} {{dose:25/100}} on home schedule (0700/1100/1500/1900); timing matters, Pharmacy notified. Avoid {{drug:Reglan}} and {{drug:Haldol}}.
3. Fall risk -- {{score:Morse 65}}, PT/OT, bed alarm.
4. Dispo -- Skilled Nursing Facility vs home with Home Health; Case Management following.
""", summary="""
Hospital day 4 for acute on chronic HFpEF in a patient with {{eponym:Parkinson disease}}, now euvolemic; plan is oral {{drug:torsemide}}, strict {{drug:Sinemet}} timing and fall precautions.
"""),

    dict(style="dictated_progress", note="""
dictation begins. this is a postop day one progress note on [[NAME:noor al-haddad]], medical record number [[MRN:6 6 2 0 1 9 4]]. she is a {{age:seventy six}} year old woman status post open right hemicolectomy on [[DATE:november fourth]] for a cecal mass. overnight she had nausea and got {{drug:zofran}} {{dose:four milligrams}} times two with no emesis. her husband [[NAME:sabah]] stayed at the bedside all night, he asks that we update their son [[NAME:amal]] who is driving in from [[ADDRESS:dearborn]] tonight. vitals this morning {{vital:temp thirty seven point two}} {{vital:heart rate ninety two}} {{vital:blood pressure one thirty four over seventy eight}} {{vital:saturating ninety five percent}} on two liters. abdomen is soft and appropriately tender, midline incision clean dry and intact, ng tube to low intermittent suction with about two hundred cc of bilious output. {{lab:hemoglobin ten point one}} {{lab:potassium three point four}}. plan keep the ng tube, replete potassium, start clears when output comes down, {{drug:lovenox}} {{dose:forty}} daily, pca {{drug:hydromorphone}}, incentive spirometry and get her up to the chair. i called [[NAME:amal]] at [[PHONE:five five eight nine six one two two four zero]] and left a message. dictated by [[NAME:kiri walsh-tamihana]], surgical resident, for doctor [[NAME:mcallister]]. end of dictation.
""", summary="""
[[NAME:Noor al-Haddad]], {{age:76}}, is postop day one after right hemicolectomy on [[DATE:November 4]] with nausea and 200 cc NG output; plan is continued NG decompression, potassium repletion and {{drug:Lovenox}}, and son [[NAME:Amal]] was left a message.
"""),

    dict(style="ortho_consult", note="""
ORTHOPAEDIC SURGERY CONSULT
[[NAME:DE LA PAZ, MILAGROS R]]     DOB [[DATE:02-17-1929]]     MRN [[MRN:M0092281]]     FIN [[MRN:2250331876]]
Requesting: Dr. [[NAME:Ahn]], ED        DOS [[DATE:17 Mar 2025]]

Reason: R hip pain after fall

HPI: [[AGE:96]] yo F, independent with a cane at baseline, lives alone in [[ADDRESS:Daly City]]; granddaughter [[NAME:Rosalind]] "[[NAME:Lindy]]" [[NAME:de la Paz-Reyes]] checks on her daily. Got up to the bathroom around 0300, slipped on a rug, could not get up until [[NAME:Lindy]] found her at 0730. No head strike, no LOC. Not on {{drug:Eliquis}} or {{drug:warfarin}}; takes {{drug:aspirin}} {{dose:81 mg}}.

Exam: {{vital:BP 152/70}} {{vital:HR 92}}. R LE shortened, externally rotated. Pain w/ log roll. DP/PT 2+, sensation intact, EHL/FHL {{score:5/5}}. Skin intact, mild sacral redness.
Imaging: displaced R femoral neck fx, {{score:Garden IV}}. Pelvis otherwise intact.
Labs: {{lab:Hgb 11.8}}, {{lab:Cr 1.1}}, {{lab:CK 1450}}, {{lab:INR 1.0}}

Impression: [[AGE:96]]F, displaced R femoral neck fx after ground-level fall with prolonged down time.
Plan:
- R hip hemiarthroplasty, tentatively tomorrow [[DATE:3/18]] pending Medicine risk assessment
- NPO after MN, hold ASA, {{drug:heparin}} SQ ppx post-op
- fascia iliaca block by Anesthesia
- IVF for CK, recheck AM
- GOC: full code confirmed with pt (clear, decisional) and [[NAME:Lindy]]; pt says "I want to dance at my great-grandson's wedding in June"

[[NAME:Oz Demir]], MD, Ortho PGY-3 / discussed with Dr. [[NAME:R. Castellanos]]
""", summary="""
[[NAME:Milagros de la Paz]], a [[AGE:ninety-six]]-year-old, has a displaced right femoral neck fracture after a fall at home; hemiarthroplasty is planned for [[DATE:3/18]] with a fascia iliaca block, and full code was confirmed with her and granddaughter [[NAME:Lindy]].
"""),

    dict(style="ipass_handoff", note="""
== SICU 7 == [[NAME:TE WHATA, AROHA]] == [[DATE:2025-08-09]] nights ==
I: WATCHER
P: {{age:34}}F POD0 ex-lap/splenectomy after MVC. Intubated, {{drug:propofol}} to {{score:RASS -2}}, {{score:GCS 10T}} off sedation this PM. 4u PRBC intra-op, post {{lab:Hgb 8.9}}. {{vital:MAP 68-75}} off {{drug:norepi}} since 2100. {{eponym:Foley}} UOP 40-60/h.
A: - H/H 0200 and 0600
   - hold {{drug:heparin}} ppx until AM H/H stable
   - MAP <65 x15 min -> 500 mL LR bolus, then call
   - post-splenectomy vaccines before d/c (not tonight)
S: if Hgb drops >1.5 or MAP stays low -> trauma chief [[NAME:Ed Nakamura]], pgr [[PHONE:6620]]. ED has been slammed so he may be slow; go straight to attending [[NAME:Sun]] if needed.
S: partner [[NAME:Kiri]] + [[NAME:Aroha]]'s mum at bedside, both visiting from NZ. [[NAME:Kiri]] is the contact: [[PHONE:+64 21 448 3920]]. [[NAME:Kiri]] asked "is she going to wake up?" -- told them neuro exam so far is reassuring, SAT in AM.
[[NAME:Ty Brennan]], MD -> [[NAME:Jin Park]], MD
""", summary="""
ICU handoff for [[NAME:Aroha Te Whata]], {{age:34}}, after splenectomy for trauma, off pressors with {{lab:Hgb 8.9}}; overnight blood counts with escalation to [[NAME:Ed Nakamura]] or attending [[NAME:Sun]], and partner [[NAME:Kiri]] is the family contact.
"""),

    dict(style="interpreter_progress", note="""
Hospital Medicine Progress Note
Interpreter: Hmong, by phone, interpreter ID [[MRN:208817]]

[[NAME:Yer Vang]] is an {{age:82}} y.o. woman on HD 2 for acute on chronic systolic HF (EF 30%). Son [[NAME:Tou]] and daughter-in-law [[NAME:Pa]] at bedside. The family prefers that [[NAME:Tou]] hear information first and then discuss it with his mother; [[NAME:Yer]] agrees with this, through the interpreter.

Breathing better, slept on 2 pillows (usually 3). Still ankle swelling. She has been drinking a lot of an herbal tea her daughter-in-law makes; asked [[NAME:Pa]] to bring the herbs and the list of home meds so pharmacy can review.

{{vital:wt 61.2 kg}} (adm 63.9)  {{vital:BP 108/66}}  {{vital:HR 88}}  {{vital:SpO2 96% RA}}
JVP 9 cm, crackles at bases, 2+ edema to mid-shin.
{{lab:Cr 1.4}} (1.2), {{lab:K 3.6}}, {{lab:BNP 1840}}

1. ADHF -- continue {{drug:furosemide}} {{dose:40 mg}} IV BID, goal net -1 L, strict I/O, daily wt
2. HFrEF GDMT -- resume {{drug:carvedilol}} {{dose:3.125 mg}} BID when euvolemic; {{drug:Entresto}} later, SW to check cost
3. AKI, mild -- trend
Family meeting [[DATE:Fri 10/17]] at 2 pm with in-person Hmong interpreter; [[NAME:Tou]] will bring his sister.

[[NAME:Nathaniel O'Brien-Yang]], DO
""", summary="""
[[NAME:Yer Vang]], {{age:82}}, is diuresing on IV {{drug:furosemide}} for acute systolic heart failure, with son [[NAME:Tou]] receiving information first by family preference; daughter-in-law [[NAME:Pa]] will bring home herbs and medicines, and a family meeting is set for [[DATE:10/17]].
"""),

    dict(style="secure_chat", note="""
Secure Chat: Rx question, 8N bed 14
14:02 [[NAME:amal.rashid]] (PharmD): hi! bed 14, Mr. [[NAME:Oyelaran]], has {{drug:Keppra}} {{dose:1500 mg}} BID but {{lab:CrCl 28}} today. recommend {{dose:500 mg}} BID (max {{dose:1000 mg}} BID). ok to adjust?
14:05 [[NAME:lwu3]]: is that the neuro pt? who's primary
14:05 [[NAME:amal.rashid]] (PharmD): primary is Dr [[NAME:Sun]]. neuro consult is [[NAME:Min]] i think
14:06 [[NAME:lwu3]]: ok [[NAME:Sun]] is in a code rn, will ask her in 10 min
14:21 [[NAME:lwu3]]: [[NAME:Sun]] says ok but run it by neuro first since he seized on [[DATE:the 3rd]]
14:30 [[NAME:amal.rashid]] (PharmD): talked to [[NAME:Min]], agrees w/ middle ground. changed to {{dose:750 mg}} BID, first dose due 2100
14:31 [[NAME:lwu3]]: perfect ty
""", summary="""
Pharmacist [[NAME:Amal Rashid]] recommended renal dosing of {{drug:Keppra}} for Mr. [[NAME:Oyelaran]] ({{lab:CrCl 28}}); after approval from Dr. [[NAME:Sun]] and neurology ([[NAME:Min]]), the dose was changed to {{dose:750 mg}} BID.
"""),

    dict(style="nursing_flowsheet", note="""
NURSING SHIFT ASSESSMENT 0700-1900
Neuro: A&Ox4, PERRLA 3 mm, {{score:GCS 15}}, MAE, no facial droop. Neg {{eponym:Babinski}}.
CV: NSR 70s on tele, {{vital:BP 134/78}}, radial/DP 2+. Cap refill <3 sec.
Resp: LS clear, dim bases. {{vital:SpO2 94% RA}}. IS to 1250 mL.
GI: tol reg diet 75%, +BS x4, last BM yesterday. {{drug:Colace}} {{dose:100 mg}} given.
GU: {{eponym:Foley}} d/c'd 0600, due to void by 1200 -> voided 300 mL at 1040.
Skin: {{score:Braden 17}}, coccyx intact, heels floated.
Pain: {{score:3/10}} L hip, {{drug:Tylenol}} {{dose:650 mg}} at 1100 -> {{score:1/10}}.
Safety: {{score:Morse 35}}, call light in reach, nonskid socks.
Psychosocial: pleasant, asking about discharge. Family plans to visit Sun. States last colonoscopy was in May, wants to know if GI will repeat it here.
""", summary="""
Day-shift nursing assessment with a stable neuro and cardiac exam, spontaneous void after {{eponym:Foley}} removal, hip pain {{score:3/10}} relieved by {{drug:Tylenol}}, and moderate fall risk ({{score:Morse 35}}).
"""),

    dict(style="surgery_progress", note="""
VASCULAR SURGERY PROGRESS NOTE -- POD 3 s/p R fem-pop bypass (PTFE)

[[NAME:Page Hunter]] walked to the nurses' station twice with PT this morning and is asking about going home. Pain controlled, {{drug:oxycodone}} {{dose:5 mg}} x2 overnight. No calf pain, no numbness.

{{vital:T 36.8}}  {{vital:HR 72}}  {{vital:BP 132/70}}  {{vital:SpO2 97% RA}}
R groin incision c/d/i, no hematoma or drainage. R DP/PT dopplerable, foot warm, brisk cap refill. {{lab:ABI 0.88}} R (0.41 pre-op).
{{lab:Hgb 10.4}}, {{lab:Cr 0.9}}, {{lab:K 4.2}}

A/P: {{age:67}}M POD3 R fem-pop, graft patent.
- {{drug:aspirin}} {{dose:81 mg}} + {{drug:Plavix}} {{dose:75 mg}}, {{drug:atorvastatin}} {{dose:80 mg}}
- home tomorrow, [[DATE:Thu 6/12]], if ambulating independently
- vascular clinic 2 wk with duplex; PCP Dr. [[NAME:Hana Sato]] notified
- nursing: page resident for groin swelling, new foot pallor or loss of doppler signal

[[NAME:Li Na Zhou]], MD PGY-2
Attending: I saw and examined Mr. [[NAME:Hunter]] with the resident and agree with the plan above. -- [[NAME:J. van der Berg]], MD
cc: [[NAME:Hana Sato]], MD
""", summary="""
[[NAME:Page Hunter]], {{age:67}}, is doing well on POD3 after right fem-pop bypass with a patent graft; discharge is planned [[DATE:6/12]] on {{drug:aspirin}} and {{drug:Plavix}}, with vascular follow-up and PCP Dr. [[NAME:Hana Sato]] notified.
"""),

    dict(style="interpreter_progress", note="""
NEUROLOGY PROGRESS NOTE -- Stroke Unit
[[NAME:KIM, SUN-HEE]]  ([[MRN:0058827341]])  -- video interpreter, Korean, [[NAME:Hana]] #[[MRN:7714]]

Mrs. [[NAME:Kim]] is {{age:74}}, day 3 after L MCA stroke (outside tPA window). Daughter [[NAME:Jin]] visits after work; son [[NAME:Min-ho]] lives in [[ADDRESS:Seoul]] and joined by phone today.
Through the interpreter, pt says her right hand "feels like it belongs to someone else." Speech slower with word-finding pauses, comprehension intact. Passed swallow eval for soft diet.

Exam: {{vital:BP 146/82}}, {{vital:HR 70}} irregularly irregular. {{score:NIHSS 5}} (from 9): R facial droop, RUE drift, R grip {{score:3/5}}, mild expressive aphasia. Upgoing toe R, {{eponym:Babinski}} absent L.
Labs: {{lab:LDL 142}}, {{lab:A1c 7.4}}. TEE: no LAA thrombus. New AF on tele.

Plan:
- start {{drug:apixaban}} {{dose:5 mg}} BID tomorrow (day 4) given small infarct
- {{drug:atorvastatin}} {{dose:80 mg}}
- PT/OT/SLP; acute rehab referral placed, [[NAME:Jin]] prefers a rehab near her home in [[ADDRESS:Fort Lee]]
- [[NAME:Jin]] asked if the grandkids can visit Sun -- yes, 2 at a time

[[NAME:Ama Owusu-Ansah]], MD (neuro resident) / [[NAME:D. Lefkowitz]], MD
""", summary="""
[[NAME:Sun-hee Kim]], {{age:74}}, is day 3 after a left MCA stroke with improving deficits ({{score:NIHSS 5}}) and new atrial fibrillation, seen with video interpreter [[NAME:Hana]]; {{drug:apixaban}} starts tomorrow and rehab near daughter [[NAME:Jin]] in [[ADDRESS:Fort Lee]] is being arranged.
"""),

    dict(style="signout_text", note="""
ACUTE CARE SURGERY SIGNOUT (nights) -- [[DATE:12 Jan]]
[[NAME:Bo H.]] in 9 -- SBO, NGT to LIS, 900 out today. If >1 L overnight replace 1:1 w/ {{drug:LR}}. OR in AM if no better, consent signed.
[[NAME:Ava]] in 11 -- POD1 lap appy, {{lab:Hgb 7.1}} at 1800 (9.0 this AM), VSS, not tachy. Recheck 0000; if <7 give 1u and call [[NAME:Oduya]].
[[NAME:Ng]] in 14 -- perf diverticulitis, {{eponym:Hartmann}} POD4, ostomy pink w/ gas, tol clears. Nothing to do.
[[NAME:Al]] in 16 -- gallstone pancreatitis, {{lab:lipase 2400}} -> 900, pain ok, LR at 150. Wife [[NAME:Amor]] calls ~2100 after her shift, fine to give her an update.
[[NAME:Jo]] in 20 -- incarcerated ventral hernia, first case 0730, NPO after MN, T&S sent.
pagers: me [[PHONE:5-0912]], chief [[NAME:Oduya]] [[PHONE:5-0400]]
-- [[NAME:Kai Ferreira]] ([[NAME:KF]])
""", summary="""
Night sign-out for five acute care surgery patients, including [[NAME:Bo H.]] with a small bowel obstruction and possible morning surgery and [[NAME:Ava]] with a falling {{lab:Hgb 7.1}} after appendectomy, with chief [[NAME:Oduya]] to be called for transfusion.
"""),

    dict(style="family_meeting", note="""
FAMILY MEETING NOTE -- MICU
Date: [[DATE:April 2, 2025]]    Time: 1500-1600
Patient: [[NAME:Abdullah bin Khalid Al-Mansouri]], {{age:84}}M (MRN [[MRN:3390-1176]])
Present: wife [[NAME:Iman]] (via Arabic interpreter [[NAME:Fadia Haddad]], in person), daughter [[NAME:Nur]], son-in-law [[NAME:Ibrahim]], Dr. [[NAME:Cho]] (MICU attending), [[NAME:Sabah Qureshi]], LCSW, [[NAME:Ed Kowalczyk]], RN

Dr. [[NAME:Cho]] reviewed: day 9 of septic shock from aspiration pneumonia, still on {{drug:norepinephrine}} {{dose:0.15 mcg/kg/min}}, anuric, {{score:GCS 6T}} off sedation x48h, MRI with diffuse anoxic changes after the PEA arrest on [[DATE:3/25]].
[[NAME:Iman]] asked, through the interpreter, "is there any hope?" Team explained honestly that meaningful recovery is very unlikely. [[NAME:Nur]] said her father told her last Ramadan that he never wanted to live on machines. Family asked for time to pray and for the imam from their mosque to visit; chaplain will call him.
Decisions: DNR today. No CRRT. Continue current support until the imam visits tomorrow, then family will decide about comfort care.
Contact: [[NAME:Nur]], [[PHONE:313-555-0188]] (daughter, English-speaking).
-- [[NAME:S. Qureshi]], LCSW
""", summary="""
Family meeting with wife [[NAME:Iman]] (via interpreter [[NAME:Fadia Haddad]]) and daughter [[NAME:Nur]] about [[NAME:Abdullah bin Khalid Al-Mansouri]], {{age:84}}, with refractory septic shock and anoxic injury; he was made DNR without CRRT, and comfort care will be decided after the imam visits.
"""),

    dict(style="brief_op_note", note="""
BRIEF OPERATIVE NOTE
Preop dx: Pancreatic head adenocarcinoma
Postop dx: Same
Procedure: Pylorus-preserving pancreaticoduodenectomy ({{eponym:Whipple}}), cholecystectomy
Position: Supine, reverse {{eponym:Trendelenburg}} for portal dissection
Anesthesia: GETA + thoracic epidural
EBL: 450 mL. Fluids: 3.2 L LR, 500 mL albumin 5%. UOP 420 mL via {{eponym:Foley}}.
Findings: Soft gland, 3 mm duct. No liver mets, no peritoneal disease. SMV margin clear on frozen section.
Drains: two 19 Fr {{eponym:Blake}} drains (posterior to hepaticojejunostomy; near pancreaticojejunostomy)
Specimens: {{eponym:Whipple}} specimen, gallbladder, SMV margin
Complications: None apparent
Disposition: SICU, extubated, stable. {{drug:Octreotide}} not given per attending preference. Drain amylase POD1 and POD3.
""", summary="""
Uncomplicated pylorus-preserving {{eponym:Whipple}} for pancreatic head adenocarcinoma with 450 mL blood loss and two {{eponym:Blake}} drains; the patient went to the SICU extubated.
"""),

    dict(style="secure_chat", note="""
[text thread -- 7E intern pager group -- [[DATE:5/30]]]
23:04 [[NAME:Yesenia]] charge RN: can someone see [[NAME:ha]] in 7? {{vital:BP 88/50}}, was 120s at 8pm
23:05 [[NAME:kim]]: omw
23:12 [[NAME:kim]]: saw [[NAME:ha]]. mentating fine, no CP. got {{drug:metoprolol}} AND {{drug:lisinopril}} at 2100 plus {{drug:oxy}} {{dose:10}}. giving 500 LR, holding AM BP meds
23:13 [[NAME:Yesenia]] charge RN: ok. also [[NAME:luz]] in 12 wants to leave AMA, says her kids are home alone
23:14 [[NAME:kim]]: ugh. will talk to her next. can [[NAME:eve]] from SW help w childcare?
23:15 [[NAME:Yesenia]] charge RN: SW gone for the night, i'll call house sup
23:40 [[NAME:kim]]: [[NAME:ha]] {{vital:BP 104/62}} after bolus. [[NAME:luz]] staying, her sister is going over to watch the kids. crisis averted
23:41 [[NAME:Yesenia]] charge RN: ha nice. ty
""", summary="""
Overnight text thread: intern [[NAME:Kim]] evaluated hypotension in [[NAME:Ha]] after stacked blood pressure medicines and gave a fluid bolus, and patient [[NAME:Luz]] chose to stay rather than leave AMA once her sister could watch her children.
"""),

    dict(style="consult_progress", note="""
NEPHROLOGY PROGRESS NOTE
[[NAME:MA, XIULAN]]   {{age:68}}F   MRN [[MRN:1180346]]   HD #2

Ms. [[NAME:Ma]] feels better; R leg redness receding from the marked border. Missed outpatient HD [[DATE:Fri 7/11]] because she was febrile. Daughter [[NAME:Lan]] helps with meds and drives her to dialysis; [[NAME:Lan]] asked whether we can do dialysis today before the {{drug:vancomycin}} level. Yes -- we will dose vanc after HD.

{{vital:BP 158/84}}  {{vital:HR 80}}  {{vital:wt 71.4 kg}} (EDW 68.5)
L AVF + thrill/bruit. 1+ edema. R shin erythema, warm, no fluctuance.
{{lab:K 5.6}}  {{lab:BUN 72}}  {{lab:Cr 7.9}}  {{lab:HCO3 19}}  {{lab:Hgb 9.2}}  {{lab:phos 6.1}}

A/P
- HD today, 4h, 2K bath, UF goal 2.5-3 L
- {{drug:vancomycin}} {{dose:1 g}} after HD, level before next run
- {{drug:sevelamer}} {{dose:800 mg}} TID with meals; {{drug:Epogen}} with HD
- resume MWF at her unit after d/c; [[NAME:Le]] to call her outpatient nephrologist
[[NAME:Minh-Chau Do]], MD, Nephrology Fellow / Attending Dr. [[NAME:Quoc Le]]
""", summary="""
Ms. [[NAME:Ma]], {{age:68}}, with ESRD and leg cellulitis, will have hemodialysis today for {{lab:K 5.6}} and volume overload with {{drug:vancomycin}} dosed afterward; daughter [[NAME:Lan]] helps with her care.
"""),

    dict(style="nursing_admission", note="""
NURSING ADMISSION ASSESSMENT   4 SOUTH   [[DATE:Nov. 3, 2024]] 1630
[[NAME:FERRO, AUGUSTINA]]  "[[NAME:Tina]]"   DOB [[DATE:1923-06-30]]   age [[AGE:101]]   MRN [[MRN:60-441-982]]
Admitted from ED: weakness, poor PO x3 days, UTI.
Lives at [[ADDRESS:88 Orchard Hill Rd, Apt 2, Torrington, CT 06790]] with son [[NAME:Sal]] ({{age:74}}), her caregiver.
Emergency contacts: [[NAME:Sal Ferro]] [[PHONE:860-555-0147]] (cell); granddaughter [[NAME:Paz Ferro-Quinn]] [[PHONE:860.555.0193]]
Code status: DNR/DNI (MOLST in chart, signed [[DATE:2/2/2021]])
Allergies: {{drug:Bactrim}} (rash), {{drug:codeine}} (N/V)
Neuro: alert, oriented to self/place, HOH -- speak into L ear. Baseline per [[NAME:Sal]]: oriented x3, "sharp as a tack, does the crossword."
Resp: {{vital:SpO2 93% RA}}, LS diminished bases.
Skin: {{score:Braden 13}}; stage 2 PI sacrum 1.5 x 1 cm, foam dressing applied, photo in chart.
Falls: {{score:Morse 70}}, bed alarm, low bed, hourly rounding.
Diet: dysphagia 3 per home SLP. Upper denture.
Belongings: glasses, hearing aid (R broken), rosary, $12 cash to security -- verified with [[NAME:TLH]], NA.
[[NAME:Tina]] asked that her priest, Father [[NAME:Amoroso]], be called -- message left at parish office.
[[NAME:Grace Mwangi-Holt]], RN
""", summary="""
Admission nursing assessment for [[NAME:Augustina Ferro]], [[AGE:101]], admitted with weakness and UTI from her home in [[ADDRESS:Torrington]], noting DNR status, a stage 2 sacral pressure injury and high fall risk; son [[NAME:Sal]] is her caregiver and contact.
"""),

    dict(style="interpreter_teaching", note="""
DISCHARGE TEACHING -- interpreter-mediated (Mandarin)   [[DATE:12/1/24]]
Interpreter: [[NAME:Yu Ting Chen]], staff interpreter, x[[PHONE:4419]]
Patient: [[NAME:Wu Jianguo]], {{age:77}}. Granddaughter [[NAME:Zoe Wu]] present (helps at home, speaks English and some Mandarin).

Covered with teach-back:
1. New {{drug:Eliquis}} {{dose:5 mg}} twice a day for AF -- to prevent stroke. Do not skip doses.
2. STOP {{drug:aspirin}} (was taking {{dose:325 mg}} on his own).
3. Bleeding signs: black stools, blood in urine, nosebleed >10 min, bad headache -> ED.
4. Follow-up: Cardiology [[DATE:Dec 9]] 10:40 with Dr. [[NAME:Mai]]; PCP Dr. [[NAME:Ozturk]] within 1 week.
Pt able to state, through interpreter, why he takes {{drug:Eliquis}} and what to do for bleeding.
Mr. [[NAME:Wu]] asked if he can keep drinking his ginseng tea -- pharmacist [[NAME:Jo-Anne Kiley]] reviewed, advised avoiding it while on {{drug:Eliquis}}.
[[NAME:Zoe]] will set up a weekly pillbox; printed Chinese-language med list given.
[[NAME:Amalia Rosario]], RN
""", summary="""
Mandarin interpreter-mediated discharge teaching for [[NAME:Wu Jianguo]], {{age:77}}, on new {{drug:Eliquis}} for atrial fibrillation with successful teach-back; granddaughter [[NAME:Zoe Wu]] will manage his pillbox and cardiology follow-up is [[DATE:Dec 9]].
"""),

    dict(style="medicine_progress", note="""
INTERNAL MEDICINE PROGRESS NOTE -- [[DATE:08.14.2025]]
Patient [[NAME:Socorro Cruz-Villalobos]] is a {{age:45}} yo F, HD 4 for severe alcohol-associated hepatitis.
S: More alert, oriented x3, 3 soft BMs on {{drug:lactulose}}. Husband [[NAME:Al]] stayed overnight, says she is "more herself." She asked about going back to work at the cannery in [[ADDRESS:Watsonville]]; discussed not yet. Mild cravings, {{score:CIWA 4}}.
O: {{vital:T 37.3}} {{vital:HR 98}} {{vital:BP 104/60}}. Jaundiced, asterixis resolved. Abd distended, non-tense, nontender.
{{lab:T bili 18.2}} (19.6)  {{lab:INR 1.9}}  {{lab:Cr 0.8}}  {{lab:WBC 14.1}}  {{lab:Na 131}}
{{score:Maddrey DF 48}}, {{score:MELD-Na 27}}. {{eponym:Lille}} score on day 7.
A/P:
1. Severe AH -- {{drug:prednisolone}} {{dose:40 mg}} day 4; infection w/u neg (BCx NGTD, UA neg, diagnostic para no SBP).
2. HE -- {{drug:lactulose}} titrate to 2-3 BM, add {{drug:rifaximin}} {{dose:550 mg}} BID.
3. AUD -- addiction med saw yesterday; she and [[NAME:Al]] interested in {{drug:acamprosate}} at d/c. SW to give list of Spanish-language AA meetings near [[ADDRESS:Santa Cruz]].
4. Nutrition -- protein {{dose:1.2-1.5 g/kg}}/day, bedtime snack.
[[NAME:Tomás Ibarra]], MD (PGY-1)
""", summary="""
[[NAME:Socorro Cruz-Villalobos]], {{age:45}}, is on day 4 of {{drug:prednisolone}} for severe alcohol-associated hepatitis ({{score:Maddrey DF 48}}) with improving encephalopathy; husband [[NAME:Al]] supports plans for {{drug:acamprosate}} and AA meetings near [[ADDRESS:Santa Cruz]].
"""),
]
