NOTES = [
    dict(style="telehealth_video", note="""
TELEHEALTH VIDEO VISIT - Internal Medicine
Patient: [[NAME:OKONKWO, ADAEZE N]]    DOB: [[DATE:04/17/1958]]    MRN: [[MRN:20488315]]
Date of service: [[DATE:Tues 3/11/2025]]    Platform: Zoom for Healthcare (launched via MyChart)
Pt at home in [[ADDRESS:Pataskala]]; provider in clinic. Identity confirmed w/ name + DOB. Verbal consent for video visit obtained. Daughter [[NAME:Blessing]] joined from her phone and held the camera.
CC: f/u HTN, new ankle swelling.
HPI: {{age:66}}F w/ HTN, T2DM, CKD 3a. Started {{drug:amlodipine}} {{dose:10 mg}} in January; since then bilateral ankle edema, worse by evening, better overnight. No orthopnea, no PND, no chest pain. Home cuff log held up to camera: {{vital:BP 128/78}} to {{vital:BP 136/82}}, {{vital:HR 74}}. [[NAME:Adaeze]] says she had hoped it would settle on its own and wants it gone before her niece's wedding in June.
Exam (video): NAD, speaks full sentences, no JVD visible at 45 degrees; pressed shin on camera - 1+ pitting bilaterally to mid-shin. No calf asymmetry.
Labs [[DATE:2/27]]: {{lab:Cr 1.3}}, {{lab:eGFR 46}}, {{lab:K 4.6}}, {{lab:A1c 7.4%}}, {{lab:UACR 48}}.
A/P:
1. Edema, most c/w {{drug:amlodipine}} - decrease to {{dose:5 mg}} daily; add {{drug:losartan}} {{dose:25 mg}} daily (also for albuminuria). BMP in 1-2 wk.
2. T2DM - continue {{drug:metformin}} {{dose:500 mg}} BID; consider {{drug:Jardiance}} at next visit.
Pharmacy per [[NAME:Blessing]]: Kroger on [[ADDRESS:Hebron Rd]] in [[ADDRESS:Heath]]. Rx sent. [[NAME:Blessing]] and [[NAME:Okonkwo]] both repeated the plan back; a blessing that the daughter lives close by.
Total time 22 min, all synchronous video.
[[NAME:Ijeoma Nwachukwu]], MD
""", summary="""
Video follow-up for [[NAME:Adaeze Okonkwo]] ({{age:66}}) with ankle edema after starting {{drug:amlodipine}} {{dose:10 mg}}; dose cut to {{dose:5 mg}} and {{drug:losartan}} {{dose:25 mg}} added, BMP in 1-2 weeks. Daughter [[NAME:Blessing]] assisted with the visit.
"""),

    dict(style="nurse_triage_phone", note="""
NURSE TRIAGE TELEPHONE ENCOUNTER - Pediatrics
Caller: [[NAME:Grace Mensah]] (mother)    Pt: [[NAME:Kwabena Mensah]], DOB [[DATE:2019-08-02]], {{age:5}} y
Call back: [[PHONE:(614) 555-0187]]    Call rec'd 19:42
Reason for call: fever x 2 d, pulling at L ear
Protocol: Earache ({{eponym:Schmitt-Thompson}} Pediatric Telephone Protocols)
Tmax {{vital:102.4 F}} last night; gave {{drug:Children's Motrin}} {{dose:7.5 mL}} at 0200 w/ good response. Drinking ok, voiding normally. No rash, no neck stiffness, no drainage from ear, not lethargic - per mom he is "on the couch fighting his sister [[NAME:Mercy]] for the remote." No sx of resp distress; rr ~24 by mom's count.
Disposition: See within 24 hrs. Appt made tomorrow 0915 w/ [[NAME:Page]], CPNP, Westside Pediatrics.
Care advice: {{drug:ibuprofen}} q6h prn or {{drug:acetaminophen}} {{dose:240 mg}} q4-6h; warm compress; call back or go to ED for T > {{vital:104 F}}, neck pain, swelling behind ear, or not drinking.
Mom verbalized understanding and will call back if worse. She asked how to page the on-call overnight - explained the page goes through the answering service, and that [[NAME:Page]] is in clinic tomorrow, not on call.
By the grace of God he is eating, per mom.
~[[NAME:tb]]
""", summary="""
[[NAME:Grace Mensah]] called about her {{age:5}}-year-old [[NAME:Kwabena]] with 2 days of fever and ear pulling; no red flags. Booked next-day visit with [[NAME:Page]], CPNP, with home care advice.
"""),

    dict(style="after_hours_answering", note="""
*** AFTER-HOURS ANSWERING SERVICE MESSAGE ***
ACCT: LAKEVIEW FAMILY MEDICINE    MSG# [[MRN:A-118830]]
DATE/TIME: [[DATE:03/15/25]] 22:07    OPERATOR: [[NAME:DJ]]
CALLER: [[NAME:HOPE WANJIRU]]    REL: WIFE
PATIENT: [[NAME:KAMAU, NJOROGE]]    DOB: [[DATE:11/02/1961]]
CB#: [[PHONE:740-555-0133]]    ALT: [[PHONE:740-555-0190]]
MSG: CALLER STATES HUSBAND'S LEFT SIDE OF FACE "DROOPING" SINCE DINNER, CAN'T CLOSE LEFT EYE, WATER DRIBBLING OUT OF MOUTH. NO ARM OR LEG WEAKNESS PER CALLER. PT IS ON {{drug:ELIQUIS}}. CALLER HOPES SHE CAN WAIT TILL MORNING.
URGENT: YES
PAGED DR. [[NAME:BELL]] @ 22:09 (PAGER [[PHONE:2214]]). NO ANSWER. RE-PAGED 22:19.
[[NAME:BELL]] RETURNED CALL 22:24, SPOKE WITH CALLER DIRECTLY.
MD NOTE: sounds like {{eponym:Bell}} palsy but pt on anticoag, {{age:63}}, and I cannot exclude stroke by phone - advised 911 / nearest ED now (Berger Hospital ED in [[ADDRESS:Circleville]]). [[NAME:Hope]] wanted to drive him herself; told her no, call 911. Will f/u w/ [[NAME:Kamau]] in am. -[[NAME:rb]]
""", summary="""
Wife [[NAME:Hope Wanjiru]] called after hours about acute left facial droop in [[NAME:Njoroge Kamau]], who takes {{drug:Eliquis}}. Dr. [[NAME:Bell]] returned the page and sent him to the ED by 911 since stroke could not be excluded.
"""),

    dict(style="telehealth_video", note="""
Tele-psychiatry Video Follow-up
[[NAME:Meseret Tadesse]] | MRN [[MRN:0093-44721]] | [[DATE:April 2, 2025]] | Doxy.me
Pt joined from her car parked outside work in [[ADDRESS:Worthington]] (private, consented). No interpreter needed.
S: Mood "better, maybe {{score:6/10}}." Sleeping 6-7 h, still early waking. Appetite improving. Denies SI/HI. Went to church Sunday with her sister [[NAME:Tigist]] for the first time in months.
{{score:PHQ-9 11}} (from {{score:PHQ-9 19}} on [[DATE:2/5]]); {{score:GAD-7 9}}.
Meds: {{drug:sertraline}} {{dose:100 mg}} daily x 8 wk, {{drug:trazodone}} {{dose:50 mg}} qhs prn (uses 3x/wk). No GI upset, no sexual SE.
Therapy: weekly CBT w/ [[NAME:Major]], LPCC. d/w [[NAME:Major]] by secure chat [[DATE:3/30]]; he says "[[NAME:Meserat]] is doing the homework now."
MSE (video): well groomed, good eye contact, speech nl rate/volume, affect brighter, TP linear, no evidence of psychosis. Insight/judgment good.
Dx: Major depressive disorder, recurrent, moderate - improving. GAD.
Plan: increase {{drug:sertraline}} to {{dose:150 mg}} daily; continue {{drug:trazodone}}. Safety plan reviewed, 988 crisis line reviewed. RTC 6 wk by video; cc [[NAME:Major]].
[[NAME:A. Bekele]], MD
""", summary="""
Video psychiatry follow-up for [[NAME:Meseret Tadesse]] with major depression improving ({{score:PHQ-9 11}} from {{score:19}}). {{drug:Sertraline}} raised to {{dose:150 mg}}; CBT with [[NAME:Major]] continues.
"""),

    dict(style="nurse_triage_phone", note="""
RN TRIAGE CALL [[DATE:5 Nov 2024]] 0812
pt [[NAME:aminu bello]], [[AGE:91]]yo M, MRN [[MRN:7720914]]; caller = wife [[NAME:halima]] [[PHONE:614 555 0140]]
c/o "pressure" mid chest since ~0730, radiates to L jaw, +diaphoresis, +sob. hx CAD s/p CABG, AFib on {{drug:warfarin}}. took 1 {{drug:nitro}} {{dose:0.4 mg}} sl at 0750 w/o relief. home {{vital:bp 98/60}}, {{vital:hr 112}} irreg per wife.
Protocol: Chest Pain - Adult. Disposition: CALL EMS 911 NOW.
instructed wife to call 911 on other phone while I stayed on line; chew {{drug:aspirin}} {{dose:325 mg}} (no allergy; on warfarin - benefit > risk, d/w Dr. [[NAME:Sani]]). medics at door 0821, taking him to Grant Medical Center from [[ADDRESS:galena]].
notified PCP [[NAME:Garba]] via InBasket. daughter [[NAME:Hauwa]] to meet them at ED, her cell [[PHONE:614-555-0142]]. report called to ED charge RN [[NAME:dawn]] 0830.
-RN [[NAME:mb]]
""", summary="""
[[AGE:91]]-year-old [[NAME:Aminu Bello]] had ongoing chest pressure unrelieved by {{drug:nitroglycerin}}; wife [[NAME:Halima]] was told to call 911 and give {{drug:aspirin}}. EMS took him to the ED and PCP [[NAME:Garba]] was notified.
"""),

    dict(style="telehealth_video", note="""
VIDEO VISIT - Movement Disorders Clinic (follow-up)
Identity verified with two identifiers; consent for telehealth documented. Care partner present off camera.
Dx: {{eponym:Parkinson}} disease, {{score:Hoehn and Yahr 2.5}}; REM sleep behavior disorder.
Interval: OFF periods ~1.5 h/day, wearing off before each dose; mild peak-dose dyskinesia in the afternoon. No falls; uses rollator outdoors. Constipation improved w/ {{drug:MiraLAX}}.
Meds: {{drug:Sinemet}} {{dose:25/100}} 1.5 tab TID; {{drug:Rytary}} declined (cost); {{drug:melatonin}} {{dose:6 mg}} qhs.
Video exam: hypomimia, mild hypophonia; finger taps decrement R > L; rest tremor R hand; rises from chair w/o arms on 1st attempt; gait w/ reduced R arm swing, 3-step turn, no freezing. Pull test deferred (safety, video).
{{score:MDS-UPDRS III ~24}} (modified for video). {{score:MoCA 26/30}} at last in-person visit.
Plan:
- Change to {{drug:carbidopa-levodopa}} {{dose:25/100}} 1 tab 5x daily; add {{drug:entacapone}} {{dose:200 mg}} with each dose if still wearing off.
- LSVT LOUD referral to Speech; PT for LSVT BIG.
- DaTscan not needed (clinical dx secure).
- Return in person in 3 mo for DBS candidacy discussion with Neurosurgery.
""", summary="""
Video follow-up for {{eponym:Parkinson}} disease with wearing-off and mild dyskinesia. {{drug:Carbidopa-levodopa}} split to 5 daily doses, {{drug:entacapone}} if needed, LSVT referrals, and in-person DBS discussion in 3 months.
"""),

    dict(style="after_hours_answering", note="""
OVERNIGHT MESSAGE LOG - Riverside OB/GYN (answering svc: CallPoint)    Covering: [[NAME:art]] (operator), Dr. [[NAME:Diouf]] on call
[[DATE:Sat 08MAR2025]] -> [[DATE:Sun 09MAR2025]]
TIME | CALLER                       | CB#                      | MESSAGE                                           | ROUTED
2118 | [[NAME:Fatou N'Diaye]]               | [[PHONE:614-555-0121]]             | 34 wk, "tightening" q10 min x 1 h, no LOF         | [[NAME:Diouf]]
2340 | [[NAME:ousmane sarr]] (husb)         | [[PHONE:614-555-0166]]             | wife [[NAME:Awa]] 8 d pp, HA + {{vital:BP 152/98}} home cuff | [[NAME:Diouf]] -> L&D
0215 | [[NAME:Khady Mbaye]]                 | [[PHONE:380-555-0107]]             | vomiting x3, needs {{drug:Zofran}} refill          | [[NAME:Diouf]]
0530 | CVS [[ADDRESS:Hilliard]] pharmacy      | [[PHONE:614-555-0199]] x[[PHONE:2207]]      | clarify {{drug:Macrobid}} dose for [[NAME:M. Seck]]         | held for office
0644 | [[NAME:Ndeye Faye]]                  | [[PHONE:+1 614 555 0112]]          | is Mon appt w/ [[NAME:Young]] still on?               | held for office
Dr. [[NAME:Diouf C]] callback notes:
- [[NAME:Ndiaye]]: ctx q10 w/ low backache; L&D eval to r/o preterm labor; pt going to OSU L&D now.
- [[NAME:Awa Sarr]]: r/o postpartum preeclampsia; to L&D for labs/BP; [[NAME:ousmane]] driving.
- [[NAME:Mbaye]]: {{drug:ondansetron}} {{dose:4 mg}} ODT q8h prn #12 sent; call back if unable to keep fluids down.
-[[NAME:cd]]
""", summary="""
Overnight OB answering-service log: Dr. [[NAME:Diouf]] sent [[NAME:Fatou N'Diaye]] (preterm contractions) and [[NAME:Awa Sarr]] (postpartum hypertension) to L&D and refilled {{drug:ondansetron}} for [[NAME:Khady Mbaye]]. Pharmacy and scheduling calls were held for the office.
"""),

    dict(style="telehealth_video", note="""
Teledermatology - synchronous video + store-and-forward photos
Name: [[NAME:Summer Nakato Kizito]]    DOB: [[DATE:09/23/1994]]    CSN [[MRN:4410982273]]
Photos uploaded [[DATE:6/3]] by pt via portal; MA [[NAME:Sunny]] roomed the video visit and verified ID.
HPI: {{age:30}}F w/ itchy ring-shaped patches on trunk since late May, spreading despite OTC {{drug:hydrocortisone}} {{dose:1%}}. New kitten at home. No fevers. Partner [[NAME:Lubega]] has a similar spot on his forearm.
Exam (video + photos): multiple 2-4 cm annular erythematous plaques w/ scaly advancing border and central clearing on trunk and L thigh. No nail involvement. Good natural light - sunny room.
No herald patch; pityriasis rosea less likely.
A/P: Tinea corporis, likely zoophilic (kitten).
- {{drug:terbinafine}} {{dose:1%}} cream BID x 2-4 wk; stop the steroid cream.
- Not clearing in 3 wk -> KOH scraping in clinic; consider oral {{drug:terbinafine}} {{dose:250 mg}} daily w/ LFTs.
- Kitten to vet; [[NAME:Lubega]] can use the same cream.
Pt asked for results by email to [[EMAIL:summer.kizito94@gmail.com]] - explained portal only. She plans to be away most of the summer; video f/u ok.
[[NAME:R. Ssekandi]], MD / scribe [[NAME:nk]]
""", summary="""
Teledermatology visit for [[NAME:Summer Kizito]] ({{age:30}}) with tinea corporis likely from a new kitten. Topical {{drug:terbinafine}} started, steroid stopped, and partner [[NAME:Lubega]] to treat his lesion too.
"""),

    dict(style="nurse_triage_phone", note="""
Telephone Triage - OB    [[DATE:Thursday, 14 August 2025]] 03:12
Pt: [[NAME:JUMA, NEEMA R]]    G2P1 @ 31+4 wk    MRN [[MRN:M0061829]]    CB [[PHONE:(380) 555-0117]]
Caller: pt; husband [[NAME:Baraka]] also on speaker.
Sx: irregular tightening since midnight, ~4-5/hr, not painful, eases when she lies on L side and drinks water. +FM, active. No VB, no LOF, no HA, no visual sx, no RUQ pain.
Hx: prior SVD at term; this pregnancy uncomplicated; Rh pos; 1-h GTT {{lab:GTT 118}}.
Assessment: most c/w {{eponym:Braxton Hicks}} contractions; no red flags.
Advice: hydrate, empty bladder, rest L lateral, time ctx for 1 h. Go to L&D for 6 or more/hr, painful ctx, fluid, bleeding, or decreased FM. Kick counts reviewed.
[[NAME:Baraka]] asked "can she still fly to her mum in [[ADDRESS:Mombasa]] on the [[DATE:22nd]]?" - deferred to Dr. [[NAME:King]]; told them most airlines restrict after 36 wk. [[NAME:Neema]] will bring the letter request to her visit [[DATE:8/18]].
Routed FYI to [[NAME:King, Amani]] MD (primary OB).
[[NAME:Zawadi Hamisi]], RN
""", summary="""
[[NAME:Neema Juma]] at 31+4 weeks called with painless irregular tightening most consistent with {{eponym:Braxton Hicks}} contractions; home care and L&D precautions given. Travel question routed to Dr. [[NAME:King]].
"""),

    dict(style="telehealth_video", note="""
Hepatology Video Visit | [[DATE:2025-01-21]]
[[NAME:Wilson Njoroge Gitau]] ({{age:24}}M) | MRN [[MRN:55620118]]
Ref by: [[NAME:Wairimu Ngugi]], NP (student health)
Reason: persistently elevated ALT; r/o {{eponym:Wilson}} disease.
Pt on video from his dorm in [[ADDRESS:Athens]]; mother [[NAME:Nyambura]] joined by audio from [[ADDRESS:Nairobi]] (poor connection).
Hx: ALT 80-140 for 1 yr; mild tremor when writing; no psych hx. No EtOH. BMI 22.
Data: {{lab:ALT 132}}, {{lab:AST 98}}, {{lab:ALP 71}}, {{lab:Tbili 0.9}}, {{lab:ceruloplasmin 11 mg/dL}} (low), {{lab:24-h urine copper 118 mcg}} (high). Slit lamp [[DATE:1/14]]: faint {{eponym:Kayser-Fleischer}} rings OU per [[NAME:Kimani]] (ophtho).
Video exam: fine postural tremor both hands, no dysarthria, no jaundice, no asterixis.
Assessment: {{eponym:Wilson}} disease ({{score:Leipzig score 5}}), hepatic + early neuro.
Plan:
- Start {{drug:trientine}} {{dose:500 mg}} BID on empty stomach; avoid shellfish, liver, chocolate, nuts.
- Screen first-degree relatives: brother [[NAME:Waweru]] ({{age:19}}) and sister [[NAME:wambui]] - [[NAME:Wilson]] will tell them; [[NAME:Nyambura]] asked for an info sheet in Swahili.
- MRI brain; Neurology referral (Dr. [[NAME:Kariuki]]).
[[NAME:Muthoni Kamau]], MD, Hepatology
""", summary="""
[[NAME:Wilson Gitau]] ({{age:24}}) was diagnosed by video with {{eponym:Wilson}} disease (low ceruloplasmin, high urine copper, {{eponym:Kayser-Fleischer}} rings). {{drug:Trientine}} started, with sibling screening and Neurology referral.
"""),

    dict(style="nurse_triage_phone", note="""
PHONE NOTE - RN triage (Diabetes Center)
Rec'd from [[NAME:Comfort Olaniyan]] re: husband [[NAME:Babatunde]] "[[NAME:Tunde]]" [[NAME:Olaniyan]], DOB [[DATE:12-09-1949]]    CB [[PHONE:614.555.0156]]
Per [[NAME:Comfort]], BG {{lab:BG 48}} on meter at 1530, sweaty and confused; she gave 1/2 cup orange juice + 3 glucose tabs; recheck {{lab:BG 96}} at 1550, now talking normally, eating crackers.
Took {{drug:glipizide}} {{dose:10 mg}} this am but skipped lunch (fasting for a church program). Also on {{drug:Lantus}} {{dose:22 units}} qhs.
No LOC, no seizure, no fall. Spoke w [[NAME:tunde]] directly: alert, answering appropriately.
Disposition: home care w/ same-day provider callback. Offered ED eval for her comfort; declined.
Plan after d/w [[NAME:Adewale]] NP: hold {{drug:glipizide}} tonight + tomorrow am; reduce {{drug:Lantus}} to {{dose:18 units}} tonight; BG q2h until bedtime and at 0300; 911 if BG < {{lab:70}} not responding to rule of 15 or confused again.
Hypo teaching reviewed. [[NAME:Comfort]] repeated back the plan. Appt w/ [[NAME:Oyèwùmí]] [[DATE:Mon 12/16]] 1040 kept; chart note cc to [[NAME:Babatude Olaniyan]]'s PCP.
-[[NAME:ks]]
""", summary="""
[[NAME:Comfort Olaniyan]] reported hypoglycemia ({{lab:BG 48}}) in her husband [[NAME:Babatunde]] after {{drug:glipizide}} and a skipped meal; he recovered with juice. {{drug:Glipizide}} held and {{drug:Lantus}} reduced to {{dose:18 units}} per [[NAME:Adewale]] NP.
"""),

    dict(style="after_hours_answering", note="""
After-Hours Service - Message for Hospice On-Call
Received: [[DATE:January 4th]] at 0412, operator ID [[MRN:OP-2217]]
Caller: [[NAME:Kofi Boateng]], son    CB [[PHONE:(740) 555-0148]]
Re: [[NAME:Yaa Asantewaa Boateng]], [[AGE:ninety-four]]-year-old home hospice pt (end-stage CHF)
Message (verbatim): "Mum stopped breathing around 3:50. The nurse said to call you when it happens."
Caller calm, other family present. Home is on [[ADDRESS:Deer Creek Rd]], out past [[ADDRESS:Chillicothe]].
Routed: paged on-call RN [[NAME:Precious Owusu]] 0414 (pager [[PHONE:740-555-7730]]) - ack 0416. Triage RN [[NAME:Will]] aware.
RN visit note: Called [[NAME:Kofi]] back 0419; arrived 0520. No respirations, no apical pulse x 1 full min, pupils fixed. Time of death 0527. DNR/POLST on fridge. {{eponym:Foley}} removed.
Dr. [[NAME:Agyeman]] notified by secure text; will sign death certificate. Scioto Valley Funeral Home called by family. Remaining {{drug:morphine}} {{dose:20 mg/mL}} (8 mL) and {{drug:lorazepam}} {{dose:0.5 mg}} x 12 wasted w/ [[NAME:Kofi]] as witness.
Bereavement referral to chaplain [[NAME:Faith]]; family has a strong faith community and will call their pastor. We will call the family in 1 wk.
""", summary="""
Hospice on-call was notified overnight of the death of [[NAME:Yaa Asantewaa Boateng]] ([[AGE:94]]) at home; RN [[NAME:Precious Owusu]] pronounced at 0527 and wasted remaining opioids with son [[NAME:Kofi]]. Dr. [[NAME:Agyeman]] to sign the certificate; bereavement referral made.
"""),

    dict(style="nurse_triage_phone", note="""
Nurse Advice Line - Adult Cough (Protocol: {{eponym:Schmitt-Thompson}} Adult Telephone Triage)
Caller is the patient. Identity verified per policy.
Sx: productive cough x 9 days, green sputum, low-grade temp {{vital:T 100.1}}, SOB on one flight of stairs. No chest pain, no hemoptysis, no leg swelling.
PMH: COPD (GOLD 2), HFpEF. On {{drug:Trelegy Ellipta}} 1 inh daily, {{drug:albuterol}} HFA prn - now using 4-5x/day (baseline 1x).
Home pulse ox {{vital:SpO2 91%}} (baseline {{vital:94%}}). No confusion; speaking full sentences on phone; rr not counted.
Disposition: See Today in Office - COPD exacerbation suspected. Same-day slot booked at Pulmonary Associates 1330.
Care advice: continue {{drug:Trelegy}}, {{drug:albuterol}} q4h prn, pursed-lip breathing, fluids. Go to ED / call 911 for {{vital:SpO2 < 88%}}, chest pain, confusion or unable to speak in full sentences.
Pt verbalized understanding. No pharmacy changes made.
""", summary="""
Nurse advice call for likely COPD exacerbation (green sputum, {{vital:SpO2 91%}}, increased {{drug:albuterol}} use). Same-day Pulmonary visit booked with ED precautions.
"""),

    dict(style="telehealth_video", note="""
Video Visit - Developmental/Behavioral Pediatrics
[[NAME:APPIAH, HUNTER K]] | DOB [[DATE:01/30/2016]] | MRN [[MRN:3309178]]
On video: [[NAME:Hunter]] and mom [[NAME:April]] (home, [[ADDRESS:Reynoldsburg]]); dad [[NAME:Kojo]] joined late from work.
Interval: on {{drug:Focalin XR}} {{dose:10 mg}} since the visit in April; teacher ([[NAME:Cross]], 3rd grade) reports fewer blurt-outs and better work completion. Appetite down at lunch; {{vital:wt 27.1 kg}} on home scale (was {{vital:27.6 kg}}). Sleep onset ~45 min, unchanged.
Teacher Vanderbilt rec'd [[DATE:5/9]]: inattention {{score:5/9}}, hyperactivity {{score:3/9}}; performance items improved. Parent Vanderbilt {{score:4/9}} / {{score:4/9}}.
Observed: [[NAME:Hunter]] sat through most of the visit, got up twice for his dog; some cross-talk w/ sister [[NAME:Ama]].
School nurse [[NAME:J. White]] checked {{vital:bp 104/66}}, {{vital:hr 88}} on [[DATE:5/12]].
Plan: continue {{drug:Focalin XR}} {{dose:10 mg}}; big breakfast, {{drug:PediaSure}} after school. Summer: may take weekend drug holidays. Recheck wt in person 3 mo. Letter to [[NAME:Cross]] via mom.
-[[NAME:ka]]
""", summary="""
ADHD video follow-up for [[NAME:Hunter Appiah]] on {{drug:Focalin XR}} {{dose:10 mg}} with improved teacher ratings and mild appetite loss. Continue dose with calorie plan; mom [[NAME:April]] present.
"""),

    dict(style="nurse_triage_phone", note="""
Surgical Oncology - After-Hours RN Triage Call
Pt: [[NAME:Dawit Alemu]], {{age:63}}M, s/p {{eponym:Whipple}} (pancreaticoduodenectomy) [[DATE:10/27]], d/c'd POD 6, now POD 9.
Caller: wife [[NAME:Hirut]] [[PHONE:513-555-0176]]; phone interpreter (Amharic) [[NAME:Selam]], ID [[MRN:40917]].
C/o: JP drain output up from ~30 mL/day to 180 mL since this am, "cloudy, tan"; temp {{vital:100.9}}; nausea, vomited x1 after lunch; eating little. Incision clean per wife.
Meds: {{drug:Creon}} {{dose:24,000 units}} w/ meals, {{drug:oxycodone}} {{dose:5 mg}} q6h prn, {{drug:pantoprazole}} {{dose:40 mg}} daily.
Concern: pancreatic leak / abscess vs delayed gastric emptying.
Disposition: ED now. d/w on-call fellow [[NAME:Tesfaye]]; he will call ahead to ED and admit to Surgery.
Transport: neighbor [[NAME:Jo Whipple]] (wife laughed - "same name as the operation") will drive them in from [[ADDRESS:Mason]], ~25 min.
-[[NAME:kd]], RN    cc: [[NAME:Yohannes Tesfaye]], MD
""", summary="""
After-hours call for [[NAME:Dawit Alemu]] on POD 9 after a {{eponym:Whipple}} with rising cloudy drain output and fever; sent to the ED for possible pancreatic leak. Fellow [[NAME:Tesfaye]] to admit.
"""),

    dict(style="after_hours_answering", note="""
ANSWERING SERVICE - PRESCRIPTION / PHARMACY MESSAGE
Taken: [[DATE:Friday 9/20/24]] 7:48 PM    For: Dr. [[NAME:Onyekachi]] (Family Med)
From: Walgreens [[ADDRESS:Lancaster]] - pharmacist [[NAME:Young]]    Ph [[PHONE:740-555-0114]]    Fax [[PHONE:740-555-0115]]
RE patient: [[NAME:Chinonso Eze]]    DOB [[DATE:3/14/87]]    verified w/ last 4 SSN [[SSN:4471]]
Message: Rx for {{drug:amoxicillin-clavulanate}} {{dose:875 mg}} BID written x 14 d; insurance covers 10. Pt has PCN "rash" on Walgreens profile from 2019 - pharmacist asks ok to dispense or switch? [[NAME:Young]] says pt is waiting in store with two young kids.
On-call reply (Dr. [[NAME:Ikechukwu Nwosu]], covering): spoke with [[NAME:Young]] 8:02 PM. Rash mild and remote; per [[NAME:Chinonso]] she "took {{drug:Augmentin}} in college, no problem." Ok to dispense 10-day course. Stop for hives/SOB; switch to {{drug:doxycycline}} {{dose:100 mg}} BID if any doubt.
FYI to [[NAME:Onyekachi]] Monday; cc chart. -[[NAME:in]]
""", summary="""
After-hours pharmacist [[NAME:Young]] asked about dispensing {{drug:Augmentin}} for [[NAME:Chinonso Eze]] with a remote penicillin rash. Covering Dr. [[NAME:Nwosu]] approved a 10-day course with stop instructions.
"""),

    dict(style="telehealth_video", note="""
Endocrinology - Video Visit Note
Pt: [[NAME:Efua Graves-Amoah]] | {{age:38}}F | MRN [[MRN:81-44021-7]] | [[DATE:7/22/2025]]
Reason: {{eponym:Graves}} disease f/u on {{drug:methimazole}}.
Since last visit: palpitations resolved, sleeping better, wt stable. Mild eye grittiness, no diplopia; using artificial tears.
Home vitals: {{vital:HR 78}}, {{vital:BP 118/76}}.
Labs [[DATE:7/15]]: {{lab:TSH 0.02}}, {{lab:FT4 1.4}}, {{lab:TSI 312%}}, {{lab:WBC 5.1}}, {{lab:ANC 2.8}}, {{lab:ALT 22}}.
Video exam: mild lid retraction, no obvious proptosis, {{score:CAS 1/7}}; no tremor with arms out; smooth goiter visible on swallow.
A/P: {{eponym:Graves}} disease, improving. Decrease {{drug:methimazole}} {{dose:10 mg}} -> {{dose:5 mg}} daily. Labs in 6 wk. {{drug:Selenium}} {{dose:100 mcg}} BID x 6 mo for mild orbitopathy. Discussed RAI vs thyroidectomy if relapse; she prefers drug for 12-18 mo.
Husband [[NAME:Kwesi]] asked about pregnancy planning: would switch to {{drug:PTU}} in 1st trimester; referral to MFM (Dr. [[NAME:Sarpong]]).
[[NAME:Adwoa Darko]], MD
""", summary="""
[[NAME:Efua Graves-Amoah]] ({{age:38}}) with {{eponym:Graves}} disease is improving on {{drug:methimazole}}; dose lowered to {{dose:5 mg}} and {{drug:selenium}} added for mild eye disease. MFM referral for pregnancy planning.
"""),

    dict(style="nurse_triage_phone", note="""
triage note -- fall
[[DATE:2/8/25]] 1105 rn call
pt [[NAME:Nalwanga, Rose]] F/[[AGE:92]]    HAR [[MRN:100883451]]
caller dtr [[NAME:faith]] on whatsapp from [[ADDRESS:kampala]] [[PHONE:+256 772 555019]]; pt lives alone in [[ADDRESS:westerville]] w/ aide [[NAME:grace]] days, granddaughter [[NAME:joy]] nights.
pt slipped in bathroom ~0900, aide found her on floor ~0930, got up w/ help. c/o R hip pain {{score:6/10}}, bears wt w/ walker but limping. no head strike per aide, no loc. aide says bp rose to {{vital:bp 162/90}} after, now {{vital:bp 140/82}}, {{vital:hr 80}}.
meds: {{drug:apixaban}} {{dose:2.5 mg}} bid, {{drug:amlodipine}} {{dose:5 mg}}, {{drug:donepezil}} {{dose:5 mg}} hs.
disposition: see today. d/w dr [[NAME:musoke]] -> ED d/t age, anticoag, possible hip fx.
[[NAME:grace]] calling squad now; [[NAME:faith]] hopes to fly in fri and asked for updates to her email [[EMAIL:faith.nalwanga@outlook.com]].
pt's sx/dx reviewed w/ daughter. -[[NAME:sc]]
""", summary="""
[[NAME:Rose Nalwanga]] ([[AGE:92]]) on {{drug:apixaban}} fell at home with right hip pain; per Dr. [[NAME:Musoke]] she was sent to the ED for possible fracture. Daughter [[NAME:Faith]] called from abroad; aide [[NAME:Grace]] called the squad.
"""),

    dict(style="after_hours_answering", note="""
AFTER-HOURS SERVICE - GENERAL MESSAGE (no patient identified)
Caller declined to give name or number.
Questions: (1) does the Urgent Care on North Campus have X-ray on Sundays; (2) is the RSV vaccine ({{drug:Arexvy}}) or the updated COVID-19 booster available there.
Operator read scripted info: Urgent Care open 8 AM-8 PM weekends, X-ray until 7:30 PM; RSV and COVID vaccines by appointment through MyChart only; flu shots walk-in.
Caller also asked whether a {{eponym:Holter}} monitor can be returned after hours - told to use the Cardiology drop box at the Heart & Vascular entrance, or mail it in the prepaid iRhythm/Zio envelope if it is a patch.
No clinical advice given. No callback requested. Not routed to on-call.
""", summary="""
Anonymous after-hours caller asked about Urgent Care X-ray hours, vaccine availability and returning a {{eponym:Holter}} monitor; scripted information given and nothing routed.
"""),

    dict(style="telehealth_video", note="""
Tele-rehab Video Visit (Hand Therapy)
Pt: [[NAME:ABDULLAHI, SANI]]    {{age:47}}M    MRN [[MRN:6620417]]    [[DATE:Oct 14]]
Dx: R carpal tunnel syndrome, moderate on EMG [[DATE:Sept 30]]; conservative trial before CTR.
Under video guidance pt performed: {{eponym:Phalen}} maneuver -> numbness digits 1-3 at 25 s; {{eponym:Tinel}} at wrist + (self-tap); thumb abduction {{score:4/5}}; 2-pt discrimination not testable remotely.
{{score:QuickDASH 38.6}}; night sx 5 of 7 nights.
Intervention: neutral wrist splint fit-checked on camera; nerve/tendon gliding x10 TID taught; ergonomics of his register (cashier, Meijer in [[ADDRESS:Beavercreek]]).
Plan: video f/u 4 wk; if no better -> back to Dr. [[NAME:Bello]] (hand surgery) for CTR discussion or {{drug:triamcinolone}} {{dose:40 mg}} injection.
Wife [[NAME:Halima]] filmed from the side for a better view; [[NAME:Sani]] says symptoms rose since Ramadan shifts.
[[NAME:Rose Phalen]], OTR/L
""", summary="""
Hand therapy video visit for [[NAME:Sani Abdullahi]] ({{age:47}}) with moderate right carpal tunnel; positive {{eponym:Phalen}} and {{eponym:Tinel}}. Splint and gliding program taught by OT [[NAME:Rose Phalen]]; surgery referral if no better in 4 weeks.
"""),

    dict(style="after_hours_answering", note="""
AFTER-HOURS VOICEMAIL - auto transcript + operator note
Line: Pediatric Pulmonology    Rec'd: [[DATE:11/23/2024]] 23:51    Operator: [[NAME:W. Baker]]
Transcript: "hi um this is [[NAME:bo]], [[NAME:bo ogunleye]], my son is [[NAME:folarin ogunleye]], um birthday [[DATE:march third twenty eighteen]], he has the asthma and he's using the blue inhaler like every two hours tonight and his lips are ok but he's breathing really fast, dr [[NAME:mckenzie]] said call this number... my number is [[PHONE:six one four, five five five, oh one nine three]]. thanks"
Operator note: VM went to wrong mailbox; found at 0005. Called back [[PHONE:614-555-0193]] 0007; mom ([[NAME:Bo]]) answered - child can't finish sentences, retracting per mom. Told to call 911 now.
Paged Dr. [[NAME:Kehinde Adeyemi]] 0009 (pager [[PHONE:6615]]); RTC 0014, agreed, Nationwide Children's ED notified. [[NAME:Baker]]'s note: mailbox routing ticket opened.
Meds on file: {{drug:Flovent}} {{dose:110 mcg}} 2 puffs BID, {{drug:albuterol}} {{dose:90 mcg}} prn.
""", summary="""
Mother [[NAME:Bo Ogunleye]] left a late voicemail about her son [[NAME:Folarin]] with an asthma flare needing {{drug:albuterol}} every 2 hours. Operator [[NAME:Baker]] called back, advised 911, and on-call Dr. [[NAME:Adeyemi]] agreed.
"""),
]
