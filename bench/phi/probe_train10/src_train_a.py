NOTES = [
    dict(style="ed_triage", note="""
ED TRIAGE  [[DATE:03/14/2025]] 0742
Pt: [[NAME:HUNTER, WILLIAM J]]   MRN [[MRN:40027719]]   CSN [[MRN:880145523]]
DOB [[DATE:06/02/1966]] ({{age:58}} y)  M   goes by "[[NAME:Will]]"
CC: chest pressure x 2 hrs
HPI: Substernal pressure started ~0530 while shoveling the driveway, radiates to L arm, +diaphoresis, +nausea.
Pt states "I will be fine, my wife made me come." Took {{drug:aspirin}} {{dose:324 mg}} at home ~0630.
PMH: HTN, HLD, former smoker (quit 2015). Meds {{drug:Lipitor}} {{dose:40 mg}}, {{drug:Hyzaar}} {{dose:50/12.5 mg}}.
Wife [[NAME:Grace]] at bedside, cell [[PHONE:(614) 555-0183]].
VS: {{vital:BP 168/94}}  {{vital:HR 102}}  {{vital:RR 20}}  {{vital:SpO2 95%}} RA  {{vital:T 36.8}}
{{score:Pain 7/10}}, pressure-like.  {{score:ESI 2}}
EKG at 0748 shown to Dr. [[NAME:Reed]]: sinus tach, no STEMI criteria; repeat in 15-20 min per Dr. [[NAME:Reed]].
Troponin, BMP, CBC drawn. Moved to Rm 14, on monitor.
Triage RN: [[NAME:Dawn Cook]], RN
""", summary="""
[[NAME:William Hunter]], {{age:58}}, came to the ED on [[DATE:03/14/2025]] with two hours of substernal chest pressure; the first EKG showed no STEMI per Dr. [[NAME:Reed]] and a troponin is pending. His wife [[NAME:Grace]] is with him.
"""),

    dict(style="nursing_shift", note="""
NIGHT SHIFT NURSING NOTE 1900-0700   [[DATE:Tue 11/18/2025]]
Pt [[NAME:KING, ROSE M]], [[AGE:91]] yo F, rm 4112, POD 2 L hip hemiarthroplasty.
NEURO: A&Ox2 (baseline per dtr [[NAME:Summer]]). Intermittently confused after 0200, easily reoriented. No new focal deficits.
CV: {{vital:BP 104/58}}, {{vital:HR 88}} NSR on tele. Trace BLE edema.
RESP: {{vital:SpO2 93%}} on 2L NC, IS to 750. Lungs diminished bases.
GU: {{eponym:Foley}} draining dark amber urine, only 180 mL first 6 hrs. Dr. [[NAME:Page]] paged 0310, {{dose:500 mL}} LR bolus ordered, UOP improved to ~60 mL/hr.
TEMP rose to {{vital:T 38.1}} at 0400. Blood cx x2 drawn, UA sent. {{drug:Tylenol}} {{dose:650 mg}} PO given.
PAIN: {{drug:oxycodone}} {{dose:5 mg}} PO at 2330 for {{score:pain 6/10}}, reassessed {{score:3/10}}.
SKIN: {{score:Braden 13}}, turned q2h, heels floated, sacral foam intact.
SAFETY: {{score:Morse 65}}, bed alarm on, sitter not needed.
PLAN: PT this AM, hope to get her up to chair. Dtr [[NAME:Summer King-Okafor]] will call at 0900, [[PHONE:503-555-0147]].
[[NAME:J. Mason]], RN
""", summary="""
[[NAME:Rose King]], [[AGE:91]], two days after hip surgery, had low urine output that improved after a fluid bolus and a new fever of 38.1 overnight; cultures were sent. Her daughter [[NAME:Summer]] will call in the morning.
"""),

    dict(style="hiv_clinic_zimbabwe", note="""
OI/ART CLINIC REVIEW
Date: [[DATE:12/08/2025]]
Client: [[NAME:Tatenda Moyo]]   Sex M   Age {{age:34}}
OI/ART No: [[MRN:01-0417-0923]]   Cell: [[PHONE:+263 77 412 3398]]
Address: [[ADDRESS:Stand 4417, Budiriro 2, Harare]]
Treatment supporter: sister [[NAME:Chipo Moyo]] ([[PHONE:0719 226 051]])

On {{drug:TLD}} since March 2019 (switched from {{drug:TLE}}). Last VL [[DATE:03/02/2025]] {{lab:VL 1 240 copies/mL}}; EAC x3 done with Sr [[NAME:Gift Ncube]], client admits missing doses when working night shifts at the depot.
C/O: cough x 3 weeks, night sweats, wt loss. TB screen POSITIVE.
O/E: oral thrush ++, no lymphadenopathy. {{vital:Wt 58 kg}} (was 63 kg in Feb), {{vital:BP 118/76}}, {{vital:T 37.9}}.
{{lab:CD4 188}}, {{lab:serum CrAg negative}}.
Imp: ? PTB, oral candidiasis, unsuppressed VL.
Plan:
- sputum x2 for GeneXpert today
- {{drug:fluconazole}} {{dose:200 mg}} od x 14/7
- continue {{drug:cotrimoxazole}} {{dose:960 mg}} od
- repeat VL today, adherence plan w/ [[NAME:Chipo]] (phone reminder 8pm)
- review [[DATE:19/08/2025]] with results
[[NAME:T. Chikore]], PCN
""", summary="""
[[NAME:Tatenda Moyo]] ({{age:34}}, [[ADDRESS:Harare]]) on {{drug:TLD}} has an unsuppressed viral load, three weeks of cough and night sweats, and oral thrush. Sputum GeneXpert and a repeat VL were sent and he returns [[DATE:19/08/2025]].
"""),

    dict(style="tb_clinic_zambia", note="""
TB CORNER - NEW PATIENT
[[DATE:5 Sept 2025]]
Name: Mr [[NAME:Justice Banda]]   {{age:41}} M   TB Reg No [[MRN:LSK/CHW/2025/0388]]
Res: [[ADDRESS:Chawama compound]], [[ADDRESS:Lusaka]], near the [[ADDRESS:Kafue Rd]] market. Cell [[PHONE:0977 412 586]]
Hx: cough 6 wks, brown sputum with blood streaks x1 wk, fevers, lost about 7 kg. Works as a bus conductor.
Xpert MTB/RIF Ultra ([[DATE:03/09/2025]]): MTB DETECTED, RIF resistance NOT detected.
HIV test today: REACTIVE (Determine + Unigold). Counselled, accepted ART.
Wt {{vital:54 kg}}, {{vital:T 38.2}}, {{vital:RR 24}}, {{vital:SpO2 94%}}.
Started intensive phase {{drug:RHZE}} {{dose:4 tabs}} daily (FDC, 50-64 kg band).
{{drug:TLD}} to start within 2 wks after tolerating TB meds; add extra {{drug:dolutegravir}} {{dose:50 mg}} nocte while on {{drug:rifampicin}}.
{{drug:Cotrimoxazole}} {{dose:960 mg}} od. {{drug:Pyridoxine}} {{dose:25 mg}} od.
Contacts screened:
 - wife [[NAME:Mercy Mwansa]], {{age:36}}, no symptoms, HIV test offered, accepted
 - son [[NAME:Fortune]], {{age:9}}, no symptoms -> TPT
 - daughter [[NAME:Joy]], {{age:4}}, mild cough -> CXR referral
Treatment supporter: wife. DOT by phone + weekly visit from CHW.
[[NAME:B. Mulenga]], Clinical Officer
""", summary="""
Mr [[NAME:Justice Banda]], {{age:41}}, from [[ADDRESS:Lusaka]] has rifampicin-sensitive pulmonary TB and a new HIV diagnosis; {{drug:RHZE}} was started with ART planned within two weeks. His wife [[NAME:Mercy]] and children [[NAME:Fortune]] and [[NAME:Joy]] were screened as contacts.
"""),

    dict(style="chw_visit_malawi", note="""
HSA HOME VISIT REPORT
Catchment: Chingale HC, [[ADDRESS:Zomba]] district
Date: [[DATE:Thu 20 Nov 2025]]

Visited [[NAME:Blessing Phiri]] (F, {{age:23}}) at [[ADDRESS:Mpondabwino village]] following report from the village head that she delivered at home on [[DATE:02/11/2025]]. Baby girl named [[NAME:Precious]]. Grandmother [[NAME:Agnes Phiri]] present and helped with the delivery; she says the baby is a blessing and was in a hurry to come.
Baby: active, good suck, cord dry and clean, no jaundice seen, no fast breathing (count 48/min). Not yet weighed.
Mother: bleeding now light, no fever, breastfeeding well. Has not attended postnatal clinic. HIV status not known this pregnancy.
Husband [[NAME:Innocent Kachali]] is working in [[ADDRESS:Blantyre]], back end of month.
Advised: exclusive breastfeeding, keep baby warm, danger signs (not feeding, fever, convulsions, fast breathing), bring baby for BCG/OPV0 and weighing, HTS for mother.
Referral slip given to Chingale HC. Neighbour's phone for follow-up: [[PHONE:0999 218 440]].
Next visit in 3 days.
[[NAME:Gift Chirwa]], HSA
""", summary="""
HSA [[NAME:Gift Chirwa]] visited [[NAME:Blessing Phiri]], {{age:23}}, after a home delivery on [[DATE:02/11/2025]]; mother and baby [[NAME:Precious]] are well. She was referred to Chingale HC for postnatal care, immunisations and HIV testing.
"""),

    dict(style="primary_care_dictation", note="""
this is dr [[NAME:frank miller]] dictating a follow-up visit on [[NAME:hazel brown]], date of birth [[DATE:september third nineteen fifty two]], mrn [[MRN:7730214]], date of service [[DATE:march third twenty twenty five]].

subjective. mrs [[NAME:brown]] is a {{age:72}} year old woman here for diabetes and blood pressure follow up. she says she has cut back on sweet tea but still has a honey bun most mornings. checks sugars about three times a week, fasting 140s to 160s. also complaining of right knee swelling behind the knee for a month, worse going up steps. no chest pain, no shortness of breath. her son [[NAME:rich]] drives her now since the cataract surgery.

objective. {{vital:blood pressure 148 over 86}}, recheck {{vital:142 over 84}}. {{vital:pulse 76}}. weight 184 pounds. {{score:two over six}} systolic murmur at the right upper sternal border unchanged. right popliteal fossa with a soft fullness, no frank effusion of the knee, {{eponym:homans}} negative. monofilament intact both feet.

labs {{lab:a1c 7.6 percent}} down from {{lab:8.4}}. {{lab:creatinine 1.0}}.

assessment and plan. one, type 2 diabetes improving, continue {{drug:metformin}} {{dose:1000 milligrams}} twice a day, add {{drug:jardiance}} {{dose:10 milligrams}} daily. two, hypertension not at goal, increase {{drug:lisinopril}} to {{dose:20 milligrams}}. three, probable {{eponym:baker}} cyst, ultrasound of the right knee. return in three months. cc [[NAME:ginger hill]] np. end of dictation.
""", summary="""
Dr. [[NAME:Frank Miller]] saw [[NAME:Hazel Brown]], {{age:72}}, on [[DATE:March 3, 2025]] for diabetes and hypertension: {{lab:A1c 7.6%}} improved, {{drug:Jardiance}} was added and {{drug:lisinopril}} increased. A probable {{eponym:Baker}} cyst of the right knee will be imaged.
"""),

    dict(style="nursing_shift", note="""
MICU NURSING NOTE 0700-1900
NEURO: Sedated on {{drug:propofol}} {{dose:30 mcg/kg/min}}. {{score:RASS -2}}, {{score:GCS 8T}} (E3 VT M5). PERRL 3 mm brisk. No {{eponym:Babinski}}. CAM-ICU unable to assess. Daily sedation holiday 0900, agitated at {{score:RASS +2}}, resumed.
CV: {{drug:Levophed}} weaned from {{dose:0.12}} to {{dose:0.06 mcg/kg/min}}, {{vital:MAP 66-74}}. A-line R radial, good waveform. {{vital:HR 96-110}} sinus.
RESP: AC VT 420 / RR 16 / PEEP 10 / FiO2 50%. ABG 1400 {{lab:pH 7.31}} / {{lab:PaCO2 48}} / {{lab:PaO2 82}}. Suctioned q2-3h, thick tan secretions.
GU: {{eponym:Foley}} to gravity, UOP 25-40 mL/hr. {{lab:Cr 2.1}} (2.4 yesterday). {{lab:K 5.2}}, no treatment per MD.
GI: OGT placement verified, TF Vital 1.5 at goal 40 mL/hr, residuals <100. BM x1 loose brown.
ENDO: insulin gtt per protocol, BG 140-182.
SKIN: {{score:Braden 10}}. Stage 2 sacrum, Mepilex changed. Turned q2h.
LINES: R IJ TLC day 4, L PIV 20g.
FAMILY: Wife called 1500, updated by MD at bedside, plans to visit tonight.
PLAN: continue pressor wean, SBT if FiO2 <= 40% in AM, repeat lytes 2200.
""", summary="""
A sedated, ventilated MICU patient tolerated weaning of {{drug:Levophed}} during the day shift with improving creatinine. Spontaneous breathing trial planned for the morning if oxygen needs fall.
"""),

    dict(style="ed_triage", note="""
triage 10/7 2215 - pt [[NAME:robin fox]] {{age:34}}f c/o ha x3d, gradual onset, not worst of life. mild photophobia, nausea no vomiting. hx migraine, usually relieved w/ {{drug:excedrin}}, not this time. no fever, no neck stiffness, no trauma. lmp [[DATE:9/28]]. upt pending.
{{vital:bp 148/92}} {{vital:hr 84}} {{vital:t 37.1}} {{vital:spo2 99}} ra. {{score:gcs 15}}, neuro grossly intact, no drift, speech clear. {{score:pain 8/10}}.
partner [[NAME:jade]] at bedside, says pt "hasn't slept in two nights."
{{score:esi 3}}. to fast track, dim lights. dr [[NAME:cole]] aware.
- [[NAME:dm]] rn
""", summary="""
[[NAME:Robin Fox]], {{age:34}}, came in with three days of gradual-onset headache unrelieved by {{drug:Excedrin}}, with a normal neurologic screen. Triaged ESI 3 to fast track.
"""),

    dict(style="chw_visit_us", note="""
Community Health Worker - Home Visit
Client: Ms. [[NAME:Pearl Young]] ({{age:67}})   Program ID [[MRN:CHW-55120]]
Address: [[ADDRESS:2281 Lamar Ave, Apt 6]], [[ADDRESS:Memphis, TN 38114]]
Date of visit: [[DATE:October 21, 2025]]
Reason: 7-day post-discharge check after CHF admission.

Ms. [[NAME:Young]] lives with her grandson [[NAME:Cole]] ({{age:17}}). She said she feels "too young to be this tired." Scale is in the bathroom; today 182 lb (discharge wt 178). Ankles puffy.
Meds reviewed with her pill box:
- {{drug:Lasix}} {{dose:40 mg}} daily: she skips it on Sundays because of church
- {{drug:Entresto}}: did not fill, copay $94. Gave her the manufacturer copay card info, called pharmacy, now $10.
- {{drug:Coreg}} {{dose:12.5 mg}} BID taking
Food: pantry mostly canned soups and ham. Talked about low-salt options, small meals, brought flyer for the food bank low-sodium box.
Has appt with Dr. [[NAME:Sunny Park]] on [[DATE:Tues 10/28]]. Ride booked through Medicaid transport, Medicaid ID [[MRN:TN8841207733]].
Weight gain >2 lb reported to clinic nurse line, RN said will call client today.
Client phone: [[PHONE:901-555-0162]], prefers text. Email [[EMAIL:pearlyoung54@gmail.com]] (grandson checks it).
[[NAME:Reggie Small]], CHW
""", summary="""
CHW [[NAME:Reggie Small]] visited Ms. [[NAME:Pearl Young]], {{age:67}}, in [[ADDRESS:Memphis]] a week after a heart failure admission; she had gained 4 lb, was skipping Sunday {{drug:Lasix}} and had not filled {{drug:Entresto}} because of cost. A copay card was arranged and she sees Dr. [[NAME:Park]] on [[DATE:10/28]].
"""),

    dict(style="hiv_clinic_zimbabwe", note="""
PAEDIATRIC OI CLINIC - [[ADDRESS:Mutare]]
[[DATE:14/03/2025]]
Child: [[NAME:Innocent Chikomba]]   M   DOB [[DATE:22/07/2019]] ({{age:5}} yrs)   OI no. [[MRN:03-0112-5809]]
Brought by mother [[NAME:Patience Chikomba]] (own OI no. [[MRN:03-0112-4471]], on TLD, VL suppressed).
Wt 15.2 kg (gained 0.6 kg), Ht 104 cm. Well, playing, in ECD class.
Regimen: {{drug:ABC/3TC}} {{dose:120/60 mg}} 2 tabs od + {{drug:pDTG}} {{dose:25 mg}} od. Pill count good, no missed doses per mother.
Last VL [[DATE:02 Dec 2024]]: {{lab:VL TND}}.
TB contact: father [[NAME:Fortune Chikomba]] started TB treatment last month at Sakubva Clinic. Child screened: no cough, no fever, gaining weight, no night sweats -> TB unlikely.
Started TPT: {{drug:isoniazid}} {{dose:150 mg}} od x 6 months + {{drug:pyridoxine}} {{dose:12.5 mg}} od.
Disclosure: not yet. Mother asked for patience, wants to do it together with the counsellor when he is 7.
Next review [[DATE:11 April 2025]] (TPT refill + VL due).
[[NAME:RM]] / Sr [[NAME:Rudo Makoni]]
""", summary="""
[[NAME:Innocent Chikomba]], {{age:5}}, is doing well on paediatric ART with an undetectable viral load and was started on isoniazid preventive therapy after his father [[NAME:Fortune]] was diagnosed with TB. Review on [[DATE:11 April 2025]].
"""),

    dict(style="hiv_clinic_malawi", note="""
ART/ANC integrated visit   Area 25 Health Centre, [[ADDRESS:Lilongwe]]
Client: [[NAME:Memory Banda]]   ART no. [[MRN:A25-4-2207]]   Age {{age:26}}
Visit date: [[DATE:2025-06-17]]
G2P1, LMP [[DATE:6 Jan 2025]], GA ~23 wks. Fundal height 23 cm. FHR 144.
On {{drug:TLD}} since 2021. VL [[DATE:Feb 3]]: {{lab:VL <50}}. Adherence good, uses phone alarm at 8pm.
Complains of headaches x 1 wk. {{vital:BP 142/94}}, repeat after rest {{vital:BP 138/90}}. Urine dipstick protein neg. {{lab:Hb 10.4}}.
No oedema, no visual symptoms.
Partner [[NAME:Chimwemwe Banda]] not yet tested; partner notification slip given. Her mother [[NAME:Mercy]] escorted her today.
Plan: {{drug:ferrous sulphate}} {{dose:200 mg}} od + {{drug:folic acid}} {{dose:5 mg}}; {{drug:cotrimoxazole}} {{dose:960 mg}} od; BP recheck in 1 week, refer Bwaila Hospital if {{vital:BP >=140/90}} persists.
Phone: [[PHONE:+265 888 412 097]]
[[NAME:L. Nyirenda]], NMT
""", summary="""
[[NAME:Memory Banda]], {{age:26}}, at about 23 weeks of pregnancy and virally suppressed on {{drug:TLD}}, had borderline raised blood pressure without proteinuria. She returns in one week for a BP check and her partner was given a testing slip.
"""),

    dict(style="primary_care_phone", note="""
TELEPHONE ENCOUNTER   [[DATE:Mon 1/12/26]] 10:14
Caller: pt, [[NAME:Patricia]] "[[NAME:Pat]]" [[NAME:Green]]. Identity verified w/ DOB [[DATE:4-11-1958]] and last 4 SSN [[SSN:6620]].
Call back: [[PHONE:217-555-0139]]
Reason: cough x 10 days, now green/brown phlegm, temp 100.2 last night, no SOB, no chest pain. Tried {{drug:Mucinex}} and {{drug:Delsym}}, minimal help. Hx mild intermittent asthma, using {{drug:albuterol}} 2-3x/day (usually rarely).
Routed to Dr. [[NAME:Chase]]: no need to chase a CXR yet; ok for {{drug:doxycycline}} {{dose:100 mg}} BID x 5 days, {{drug:prednisone}} {{dose:40 mg}} x 5 days. Sent to pharmacy on file.
Pt advised ED if SOB, chest pain or fever >102. Pt says she will call back Wed if not improving. Verbalized understanding.
[[NAME:mwood2]] - [[NAME:Megan Wood]], LPN
""", summary="""
[[NAME:Pat Green]] called on [[DATE:1/12/26]] with 10 days of productive cough and low-grade fever and more frequent {{drug:albuterol}} use. Dr. [[NAME:Chase]] prescribed {{drug:doxycycline}} and {{drug:prednisone}}, and she will call back if not improving.
"""),

    dict(style="nursing_handoff", note="""
SBAR - shift report 0700, 5 West
S: [[NAME:STONE, RIVER J]], {{age:29}}M, bed 12. Admitted [[DATE:2/9]] w/ L obstructing 7 mm ureteral stone + AKI. S/p cysto / L ureteral stent yesterday w/ Dr. [[NAME:Hill]].
B: Recurrent nephrolithiasis (passed a stone 2022). NKDA. Full code. Partner [[NAME:Brook]] staying overnight, asks to be called for any change: [[PHONE:206-555-0121]].
A: {{score:Pain 3/10}} on {{drug:Toradol}} {{dose:15 mg}} IV q6h + {{drug:Flomax}} {{dose:0.4 mg}} daily. Stent discomfort w/ voiding. Urine pink-tinged, no clots, no frank blood. Straining urine, small fragments sent to lab. {{lab:Cr 1.4}} (1.9 on admit). {{vital:T 37.2}}, {{vital:BP 126/78}}, {{vital:HR 74}}.
R: likely d/c this afternoon if tolerating PO + pain controlled on orals. Stent on string, pt to pull POD 5 per Dr. [[NAME:Hill]], teaching started, needs teach-back.
Reported by [[NAME:AW]] to [[NAME:TP]].
""", summary="""
[[NAME:River Stone]], {{age:29}}, is one day after ureteral stent placement for an obstructing stone, with improving creatinine and controlled pain. Likely discharge today, with stent removal by string on POD 5.
"""),

    dict(style="ed_triage", note="""
PEDIATRIC ED TRIAGE
[[DATE:April 3, 2025]] 19:40
Patient: [[NAME:Wren Carpenter]], {{age:4}} y/o F, wt 16.8 kg
Accompanied by mother [[NAME:April Carpenter]] and maternal grandfather.
CC: "shaking episode" at home ~1900: generalized, ~2 min per mom, eyes rolled back. Post-ictal drowsiness, now awake, crying and consolable.
Fever since this AM, {{drug:Motrin}} {{dose:160 mg}} at 1300. Mild cough, runny nose. No head injury.
First seizure. Older brother had febrile seizures at age 2.
VS: {{vital:T 39.4}} {{vital:HR 148}} {{vital:RR 28}} {{vital:SpO2 98%}}  {{score:GCS 15}}
No rash. Neck supple, {{eponym:Kernig}}/{{eponym:Brudzinski}} negative. Cap refill <2 sec.
{{drug:Tylenol}} {{dose:250 mg}} PO given in triage.
{{score:ESI 3}}. PCP: Dr. [[NAME:Ruby Okonkwo-Hale]]. Mom's cell [[PHONE:(317) 555-0124]].
RN [[NAME:K. Porter]]
""", summary="""
[[NAME:Wren Carpenter]], {{age:4}}, was brought in on [[DATE:April 3, 2025]] by her mother [[NAME:April]] after a two-minute generalized seizure with fever of 39.4; she is back to baseline. Likely first simple febrile seizure, triaged ESI 3.
"""),

    dict(style="hiv_clinic_zambia", note="""
ART CLINIC - FAST TRACK REFILL (MMD)
Stable client, on {{drug:TLD}} > 2 years, last two VL suppressed ({{lab:VL <20}}, {{lab:VL TND}}).
Screening today:
- TB symptom screen: negative (no cough, fever, night sweats, weight loss)
- No skin lesions suggestive of {{eponym:Kaposi}} sarcoma
- {{vital:BP 128/80}}, {{vital:Wt 71 kg}}, BMI 26
- No side effects; no insomnia or weight gain concerns
- Cervical cancer screening: VIA done within last 12 months, negative
- Family planning: on {{drug:Jadelle}} implant
- Alcohol: occasional, counselled
Completed TPT previously ({{drug:3HP}}).
Dispensed {{drug:TLD}} 6 months (180 tabs). {{drug:Cotrimoxazole}} stopped per guidelines (CD4 >350, suppressed).
Offered Community Adherence Group, client prefers facility pick-up point.
Next: VL at 6-month visit.
""", summary="""
A stable client on {{drug:TLD}} with suppressed viral loads had a negative TB screen and no new problems, and was given a six-month ART refill. Viral load is due at the next visit.
"""),

    dict(style="chw_visit_zimbabwe", note="""
VILLAGE HEALTH WORKER VISIT - [[ADDRESS:Chipinge]] district
[[DATE:28/10/2025]]
Visited Ambuya [[NAME:Tendai Dube]] at [[ADDRESS:Gaza village]]. ID card gives birth year 1932, so about [[AGE:93]] yrs. Lives with granddaughter [[NAME:Nyasha]] ({{age:19}}) who cooks for her.
Complaints: both legs swollen for 2 weeks, coughing at night, must sleep sitting up with 3 pillows. Walks with stick to the toilet only.
Has been on BP tablets ({{drug:hydrochlorothiazide}} {{dose:25 mg}} and {{drug:nifedipine}} {{dose:20 mg}}) but finished them about 3 weeks ago; clinic is 14 km, no bus fare.
BP today (VHW machine): {{vital:BP 172/104}}, {{vital:pulse 98}}. Pitting oedema to knees.
Action:
- referred urgently to Rural Health Centre, letter written
- [[NAME:Nyasha]] to ask uncle [[NAME:Blessing Dube]] for scotch cart tomorrow morning
- told to reduce salt, sleep propped up
- will inform nurse in charge by phone today
Contact (grandson in town): [[PHONE:0772 118 904]]
VHW: [[NAME:Gentle Mlambo]]
""", summary="""
VHW [[NAME:Gentle Mlambo]] found Ambuya [[NAME:Tendai Dube]], about [[AGE:93]], with leg swelling, orthopnoea and a {{vital:BP 172/104}} after she ran out of her tablets. She was referred urgently to the Rural Health Centre.
"""),

    dict(style="primary_care_awv", note="""
MEDICARE ANNUAL WELLNESS VISIT
Name: [[NAME:LONG, RICHARD E]]   DOB: [[DATE:02/19/1931]]   Age: [[AGE:94]]
Medicare ID: [[MRN:4TE9-QK2-MM71]]   Date of service: [[DATE:11/06/2025]]
Accompanied by daughter [[NAME:Iris Long-Whitfield]] (HCPOA). Pt prefers "[[NAME:Rich]]".

Functional: independent with ADLs except bathing (daughter helps twice a week). Uses a cane. One fall in August in the garage, no injury.
{{score:TUG 16 sec}}. Hearing aids bilaterally. Vision {{score:20/40}} OD, {{score:20/50}} OS with glasses.
Cognition: {{score:Mini-Cog 3/5}}. Daughter notes mild short-term memory lapses, still manages his own checkbook.
Mood: {{score:PHQ-2 0}}.
Mild rest tremor R hand, stable x 3 years; seen by neuro, not felt to be {{eponym:Parkinson}} disease.
Meds: {{drug:Eliquis}} {{dose:2.5 mg}} BID (AF), {{drug:Flomax}} {{dose:0.4 mg}}, {{drug:Colace}} PRN, vitamin D.
Advance care planning: POLST (DNR/limited interventions) reviewed and re-signed. Long-term care options discussed; wants to stay home as long as possible.
Screening: colon/prostate screening no longer indicated. Flu shot given today, {{drug:Shingrix}} complete.
Plan: home safety eval (grab bars), PT for balance, return 6 months.
Phone on file [[PHONE:(802) 555-0177]].
[[NAME:Amber Fox]], PA-C
""", summary="""
[[NAME:Richard Long]], [[AGE:94]], had his annual wellness visit on [[DATE:11/06/2025]] with his daughter [[NAME:Iris]]; he has mild memory lapses and one fall this year. His POLST was re-signed and PT and a home safety evaluation were ordered.
"""),

    dict(style="nursing_shift", note="""
Inpatient Rehab - Nursing Progress Note   [[DATE:12-02-2025]]   Day shift
Pt [[NAME:Jade Field]], {{age:46}}F, R MCA stroke, rehab day 12.
Neuro: alert, oriented x4. L hemiparesis, L visual field cut, L neglect improving (now scans to midline with cueing). {{score:NIHSS 6}}.
Strength: LUE {{score:2/5}}, LLE {{score:3/5}}, RUE/RLE {{score:5/5}}.
Swallow: mech soft, thin liquids, per SLP [[NAME:Violet Amsel]] ok to drop chin-tuck cue.
B/B: continent, timed void q3h, BM today.
Mood: tearful after husband [[NAME:Mark]] left at lunch, said she is "tired of being a patient." Marked improvement in engagement with OT this afternoon. Psych consult already following.
Meds: {{drug:Plavix}} {{dose:75 mg}}, {{drug:atorvastatin}} {{dose:80 mg}}, {{drug:Lovenox}} {{dose:40 mg}} SQ daily, {{drug:sertraline}} {{dose:50 mg}}.
Skin intact, gentle ROM to LUE by nursing TID, resting hand splint on at night.
VS: {{vital:BP 132/78}} {{vital:HR 70}} {{vital:SpO2 98%}} RA.
Family meeting [[DATE:Fri 12/5]] 2pm w/ team and Dr. [[NAME:Lamb]] re: discharge home w/ outpatient therapy.
[[NAME:H. Gentle]], RN
""", summary="""
[[NAME:Jade Field]], {{age:46}}, on day 12 of rehab after a right MCA stroke, is improving in neglect and engagement but was tearful today. A family meeting with Dr. [[NAME:Lamb]] is set for [[DATE:12/5]].
"""),

    dict(style="ed_board", note="""
ED BOARD - Pod B - 0300 huddle   [[DATE:Sat 8/16]]
Rm | Pt                     | Age | CC                | Status                                              | RN
B1 | [[NAME:BAKER, JOSEPHINE]]      | [[AGE:96]]  | fall, L hip pain  | CT hip pending, {{drug:fentanyl}} {{dose:25 mcg}} IV given       | [[NAME:RP]]
B2 | [[NAME:SWEET, MARCUS D]]       | {{age:19}}  | lac R palm        | 4 sutures, d/c paperwork ready                      | [[NAME:RP]]
B3 | [[NAME:Chase, Hope]]           | {{age:52}}  | SOB               | BiPAP, {{lab:BNP 1840}}, admit tele                  | [[NAME:JL]]
B4 | [[NAME:PORTER, ELLIS]]         | {{age:71}}  | melena            | {{lab:Hgb 6.9}}, 2u PRBC running, GI consult (Dr. [[NAME:Black]]) | [[NAME:JL]]
B5 | [[NAME:de la Cruz, Mateo]]     | {{age:33}}  | RLQ pain          | {{eponym:McBurney}} pt tender, CT = appy, surg aware     | [[NAME:RP]]
Notes:
- B1 son [[NAME:Bill]] on the way, [[PHONE:415-555-0190]]; pt from Sunrise Manor, DNR paperwork with her.
- B4 black tarry stools x2 days, on {{drug:Xarelto}} for AF, last dose yesterday AM. {{vital:BP 98/60}} after 1st unit.
- B3 Dr. [[NAME:Small]] aware of bed assignment delay.
Charge RN: [[NAME:Dee Reed]]
""", summary="""
At the 0300 huddle on [[DATE:8/16]], Pod B held five patients including [[NAME:Josephine Baker]], [[AGE:96]], with a possible hip fracture and [[NAME:Ellis Porter]] with a GI bleed on {{drug:Xarelto}} receiving transfusion. [[NAME:Hope Chase]] was awaiting a telemetry bed on BiPAP.
"""),

    dict(style="primary_care_ap", note="""
ASSESSMENT / PLAN
1. {{eponym:Hashimoto}} thyroiditis, undertreated: {{lab:TSH 6.8}}, {{lab:free T4 0.9}}. Increase {{drug:levothyroxine}} {{dose:75 mcg}} -> {{dose:88 mcg}} daily, empty stomach. Recheck TSH 6 wks.
2. {{eponym:Raynaud}} phenomenon: white then blue fingers in cold, no digital ulcers. Gloves, avoid triggers. If worse, {{drug:nifedipine}} ER {{dose:30 mg}}.
3. Hypopigmented patches upper back: {{eponym:Wood}} lamp with faint yellow-green fluorescence, KOH positive. Tinea versicolor. {{drug:ketoconazole}} 2% shampoo as body wash x 2 wks.
4. Tender red plaques on forearms with low fever last month, now resolved. Ddx {{eponym:Sweet}} syndrome vs erythema nodosum. {{lab:WBC 8.2}} today. Refer Derm if recurs.
5. R popliteal swelling: US shows {{eponym:Baker}} cyst, 3.1 cm, no DVT. {{eponym:Homan}} sign negative. Quad strengthening, {{drug:naproxen}} {{dose:500 mg}} BID PRN with food.
6. Health maintenance: mammogram due, ordered. Tdap today.
RTC 6 weeks, sooner PRN.
""", summary="""
Assessment and plan covering undertreated {{eponym:Hashimoto}} thyroiditis ({{drug:levothyroxine}} increased), {{eponym:Raynaud}} phenomenon, tinea versicolor, a resolved rash with {{eponym:Sweet}} syndrome in the differential, and a {{eponym:Baker}} cyst without DVT.
"""),

    dict(style="hiv_clinic_zimbabwe", note="""
VIRAL LOAD RESULTS REVIEW - ART clinic, [[ADDRESS:Gweru]]
Results received week of [[DATE:6 Oct 2025]]

Name                  | OI no.          | VL date      | Result (copies/mL)  | Action
[[NAME:Fortune Mhlanga]]       | [[MRN:08-0211-3370]]   | [[DATE:18/09/25]]     | {{lab:1 900}}               | EAC session 1, recall
[[NAME:Ruvimbo Sibanda]]       | [[MRN:08-0211-1042]]   | [[DATE:18/09/25]]     | {{lab:TND}}                 | file, next VL 12 mo
[[NAME:Faith Marufu]]          | [[MRN:08-0211-2276]]   | [[DATE:19/09/25]]     | {{lab:48 000}}              | 2nd high VL after EAC -> DR genotype, MO review
[[NAME:Takudzwa Ncube]]        | [[MRN:08-0211-4418]]   | [[DATE:22/09/25]]     | {{lab:<50}}                 | file

Tracing:
- [[NAME:Fortune]] not reachable on [[PHONE:0783 550 219]] x2. VHW [[NAME:Tinashe]] to visit home in [[ADDRESS:Mkoba 12]].
- [[NAME:Faith]] phoned, coming Thursday with treatment buddy. Keep faith with her; previous EAC sessions were interrupted by her move from [[ADDRESS:Kwekwe]].
Sr [[NAME:Hope Mutasa]], ART focal nurse
""", summary="""
Sr [[NAME:Hope Mutasa]] reviewed four viral load results in [[ADDRESS:Gweru]]: [[NAME:Fortune Mhlanga]] needs adherence counselling and tracing, and [[NAME:Faith Marufu]] has a second high viral load needing a resistance test. Two clients are suppressed.
"""),

    dict(style="chw_visit_zambia", note="""
COMMUNITY ADHERENCE GROUP (CAG) - round report
Group: "Tiyende" CAG, [[ADDRESS:Kabushi]], [[ADDRESS:Ndola]]
Meeting: [[DATE:Saturday 15th November 2025]], at the home of [[NAME:Joy Mwale]]
Rep who collected drugs this round: [[NAME:Joy Mwale]] (6 x TLD 90 tabs)

Members / pill count / issues:
1. [[NAME:Joy Mwale]] - 4 tabs left at pickup, no issues. Says it is a joy not to queue at the clinic.
2. [[NAME:Hope Tembo]] - 3 left, ok. Wants to start family planning, referred.
3. [[NAME:Gift Zulu]] - 11 left (missed about a week), was at a funeral in [[ADDRESS:Mansa]] and forgot bottle. Counselled, extra check next month.
4. [[NAME:Grace Lungu]] - absent, moved to [[ADDRESS:Kitwe]]. Needs transfer letter from clinic.
5. Mr [[NAME:Chanda]] - 2 left, complains of numb feet -> told to see clinician at next VL.
6. [[NAME:Precious Bwalya]] - 5 left, ok.

Symptom screen (TB): all negative except Mr [[NAME:Chanda]] (cough 1 wk) -> sputum container given.
Next round: VL bloods for [[NAME:Gift]] and [[NAME:Hope]] due.
CHW: [[NAME:Frank Sakala]]  [[PHONE:0966 301 772]]
""", summary="""
CHW [[NAME:Frank Sakala]] reported on a six-member adherence group in [[ADDRESS:Ndola]] on [[DATE:15 November 2025]]: [[NAME:Gift Zulu]] missed about a week of doses and Mr [[NAME:Chanda]] has a cough needing sputum testing. [[NAME:Grace Lungu]] moved to [[ADDRESS:Kitwe]] and needs a transfer.
"""),
]
