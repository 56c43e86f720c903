"""Hand-written training notes, part g: primary-care telephone messages, patient-portal messages written by
patients and families, pharmacy refill and prior-auth calls. Every person, number, date, phone and street is
invented."""

NOTES = [
    dict(style="pc_telephone_message", note="""
TELEPHONE ENCOUNTER - Valley Family Medicine
Patient: [[NAME:XITUMUL AJANEL, ROSARIO G]]     DOB: [[DATE:02/11/1958]]     MRN: [[MRN:4471920]]
Caller: [[NAME:Yesenia]] (daughter)     Call back: [[PHONE:(209) 555-0187]]
Taken [[DATE:Mon 3/17]] 0915 by front desk ([[NAME:rusty]])

Reason: out of {{drug:Jardiance}} x 4 days. Home BP readings {{vital:158/94}}, {{vital:162/90}}.
[[NAME:Yesenia]] states mom was seen at urgent care in [[ADDRESS:Turlock]] last wk, started {{drug:HCTZ}} {{dose:12.5 mg}}, no labs drawn.
Pt speaks K'iche' and some Spanish; [[NAME:Yesenia]] interprets. Denies CP, SOB, HA, vision change. Fasting sugars {{lab:210s}}.
Last {{lab:A1c 8.9}} (Jan). Last OV w/ Dr. [[NAME:Tzoc]] [[DATE:11/20/2024]].
Routed to [[NAME:Hunter]] RN for triage. [[NAME:Hunter]] to call back after 2 pm; will send 90-day {{drug:Jardiance}} {{dose:10 mg}} to Rite Aid on file.

1420 [[NAME:Hunter]], RN: spoke w/ [[NAME:Yesenia]]. {{vital:BP 148/88}} today, no red flags. Appt booked [[DATE:3/24]] w/ [[NAME:Tzoc]]. [[NAME:Frank]] aware (covering PCP).
[[NAME:HS]]/[[NAME:ry]]
""", summary="""
[[NAME:Yesenia]] called for her mother [[NAME:Rosario Xitumul Ajanel]], out of {{drug:Jardiance}} with home {{vital:BP 158/94}}. [[NAME:Hunter]], RN triaged, a refill was sent and a visit booked [[DATE:3/24]] with Dr. [[NAME:Tzoc]].
"""),

    dict(style="patient_portal_message", note="""
From: [[NAME:Marites Dela Cruz]] (proxy for [[NAME:DELA CRUZ, RODOLFO B]])
Sent: [[DATE:11/02/2024]] 10:47 PM
Subject: tatay's meds / pls help

hello po dr [[NAME:macaraeg]], this is [[NAME:marites]] the daughter of [[NAME:rodolfo]]. tatay is out of his eliquis since saturday because the mail order did not come, i called them and they said the prior auth expired?? he is [[AGE:91]] already and hes scared of stroke again. my brother [[NAME:Jun-Jun]] can pick up at the Walgreens on [[ADDRESS:Serramonte Blvd]] if you send it there today. also his legs are more swollen, i checked his bp {{vital:150/70}} and his weight is 148 lbs up from 143. [[NAME:grace]] from your office said to message here. thank you po, God bless
- [[NAME:marites]] (cell [[PHONE:650-555-0122]], [[EMAIL:mdelacruz.dalycity@yahoo.com]])

Reply from [[NAME:Grace Santos]], LVN ([[DATE:11/3/2024]] 8:12 AM):
Hi [[NAME:Marites]], Dr. [[NAME:Macaraeg]] is out, so Dr. [[NAME:Bautista]] sent a 7-day supply of {{drug:Eliquis}} {{dose:2.5 mg}} BID to that Walgreens to bridge. Caremark told us there is no grace period once a PA lapses, so we will re-submit it today. For the swelling and 5 lb gain please bring [[NAME:Rodolfo]] in at 1:40 today with [[NAME:Bautista]]. If short of breath at rest, go to the ED. - [[NAME:Grace]]
""", summary="""
[[NAME:Marites Dela Cruz]] wrote that her [[AGE:91]]-year-old father [[NAME:Rodolfo]] ran out of {{drug:Eliquis}} after a lapsed prior auth and has more leg swelling. [[NAME:Grace Santos]], LVN arranged a bridge supply from Dr. [[NAME:Bautista]] and a same-day visit.
"""),

    dict(style="pharmacy_refill_call", note="""
PHARMACY CALL - refill clarification
Caller: [[NAME:Bo]] at CVS (pharmacist), ph [[PHONE:508-555-0164 x212]]
Re: [[NAME:MEDEIROS, CONCEIÇÃO F]]  (dob [[DATE:7/9/1949]])  acct [[MRN:00-2285417]]

[[NAME:Bo]] reports new Rx for {{drug:metoprolol succinate}} {{dose:50 mg}} daily, but profile still shows {{drug:metoprolol tartrate}} {{dose:25 mg}} BID from Dr. [[NAME:Furtado]] - which to fill? Also duplicate-therapy flag: {{drug:amlodipine}} {{dose:5 mg}} + {{drug:Norvasc}} {{dose:5 mg}} (same drug, two prescribers).
Chart: [[NAME:A. Furtado]] changed to succinate {{dose:50 mg}} on [[DATE:2/6/25]]. Brand {{drug:Norvasc}} was d/c'd 1/2025 by cardiology.
1105 called back, spoke w [[NAME:bo]]: fill succinate {{dose:50 mg}} daily, d/c tartrate, cancel {{drug:Norvasc}}. [[NAME:Bo]] will fax the d/c confirmation to us at [[PHONE:508-555-0190]].
Pt (goes by "[[NAME:São]]") notified by VM on home line [[PHONE:508-555-0133]]; [[NAME:Furtado]] cc'd.
-- [[NAME:lp]]/[[NAME:af]]   [[NAME:Lurdes Pacheco]], CMA
""", summary="""
Pharmacist [[NAME:Bo]] called about conflicting {{drug:metoprolol}} orders and duplicate {{drug:amlodipine}}/{{drug:Norvasc}} for [[NAME:Conceição Medeiros]]. Per Dr. [[NAME:Furtado]]'s [[DATE:2/6/25]] change, succinate {{dose:50 mg}} is filled and the rest cancelled.
"""),

    dict(style="prior_auth_call", note="""
PA phone call - {{drug:Ozempic}} {{dose:0.5 mg}} weekly
Pt: [[NAME:Summer Magbanua]]   DOB [[DATE:04-22-1981]]   Member ID: [[MRN:XQH884120573]]   Plan: Blue Shield PPO
Called [[PHONE:800-555-0148]], IVR -> rep [[NAME:Jorge]] (ID [[MRN:55102]]), ref# [[MRN:PA-2025-0318-7741]].
[[NAME:Jorge]] states plan requires T2DM dx with {{lab:A1c >= 7.0}} and trial of {{drug:metformin}} >= 90 days.
Pt has {{lab:A1c 7.6}} ([[DATE:12/03/24]]), {{vital:BMI 36.1}}, {{drug:metformin}} {{dose:1000 mg}} BID since the summer of 2023, GI intolerance documented (switched to XR, still diarrhea).
Faxed clinicals to [[PHONE:888-555-0172]] per [[NAME:Jorge]]. Std review, decision within 72 h. Decision may take longer if they want chart notes.
[[NAME:Summer]] aware via portal. If denied: peer-to-peer with Dr. [[NAME:Villanueva]] - page [[PHONE:4-2281]].
-- [[NAME:May R.]], PA coordinator
""", summary="""
[[NAME:May R.]] called Blue Shield (rep [[NAME:Jorge]], ref [[MRN:PA-2025-0318-7741]]) for an {{drug:Ozempic}} prior auth for [[NAME:Summer Magbanua]] with {{lab:A1c 7.6}} after failed {{drug:metformin}}. Clinicals were faxed; Dr. [[NAME:Villanueva]] will do peer-to-peer if denied.
"""),

    dict(style="pc_telephone_message", note="""
NURSE TRIAGE - after-hours line ({{eponym:Schmitt-Thompson}} protocol: Cough, Pediatric)
Caller: parent. Child {{age:4}} y/o, cough x 5 days, {{vital:T max 101.8 F}}, no retractions, drinking OK, wet diapers x4 today.
{{drug:Albuterol}} HFA 2 puffs q4h helping. Home pulse ox {{vital:SpO2 97%}}. No stridor, no {{eponym:Kussmaul}}-type breathing, no cyanosis.
Immunizations UTD per caller; received {{drug:Synagis}} as an infant (ex-32 wk).
Disposition: see PCP within 24 h (clinic opens 0800, Peds Urgent Care walk-in OK).
Care advice: {{drug:Tylenol}} {{dose:160 mg/5 mL}}, {{dose:7.5 mL}} q6h prn; honey OK (over 1 yr); nasal saline; humidifier.
ED if: breathing fast, ribs pulling in, lips blue, {{vital:SpO2 < 92%}}, fewer than 3 wet diapers/day.
Caller verbalized understanding, will call back if worse.
""", summary="""
After-hours triage call for a {{age:4}}-year-old with 5 days of cough and {{vital:T max 101.8 F}}, improving on {{drug:albuterol}}. Advised PCP visit within 24 hours with ED precautions.
"""),

    dict(style="patient_portal_message", note="""
Subject: cita de mi mamá
From: [[NAME:Karla Quintanilla]] (proxy)

Buenas tardes doctora [[NAME:Peña]], le escribe [[NAME:Karla]], la hija de [[NAME:María de los Ángeles Quintanilla Henríquez]]. Mi mamá tiene [[AGE:93]] años y desde el domingo no quiere comer, está más confundida y se cayó en el baño anoche. No se pegó en la cabeza. Le tomé la presión {{vital:96/58}}. Quiere saber si la pueden ver mañana o si la llevo a emergencia. Mi teléfono es [[PHONE:323-555-0119]]. Gracias, [[NAME:Karla Q.]]

Staff translation ([[NAME:R. Chicas]], interp): Daughter [[NAME:Karla]] reports pt ([[AGE:93]] y) poor PO intake since Sunday, more confusion, fall in bathroom last night w/o head strike, home {{vital:BP 96/58}}. Asks appt vs ED.

RN note ([[NAME:Faith O.]], RN) [[DATE:3/12]] 14:05: called [[NAME:Karla]] w/ Spanish interpreter [[NAME:Rosa Elvira]] (ID [[MRN:30811]]). Advised ED given hypotension, new confusion, and fall on {{drug:Eliquis}}. [[NAME:Karla]] agrees, taking mom to Cedars ED now. Dr. [[NAME:Peña]] notified. Pre-arrival note sent for [[NAME:Maria de los Angeles Quintanilla]]. Will f/u tomorrow.
""", summary="""
[[NAME:Karla]] wrote in Spanish that her [[AGE:93]]-year-old mother [[NAME:María de los Ángeles Quintanilla Henríquez]] is eating poorly, more confused and fell, with home {{vital:BP 96/58}}. [[NAME:Faith O.]], RN advised the ED and notified Dr. [[NAME:Peña]].
"""),

    dict(style="patient_portal_message", note="""
RECORDS REQUEST - received via patient portal, routed to HIM / Release of Information
RE: [[NAME:GONÇALVES, JOÃO P]] aka [[NAME:John Goncalves]]   DOB [[DATE:1966-08-30]]   MRN [[MRN:0938812]]
Requestor: Law Office of [[NAME:Paulo A. Medeiros]], [[ADDRESS:220 Purchase St, New Bedford, MA 02740]]; fax [[PHONE:(508) 555-0107]]
Matter: [[NAME:Goncalves, Joao P.]] v. Sunny Acres Packing Co., [[ADDRESS:Bristol]] Sup. Ct., C.A. No. [[MRN:2381CV00417]]
Authorization (HIPAA-compliant) signed by pt [[DATE:28FEB2025]], witnessed by [[NAME:Ana Lúcia Rego]].
Dates of service requested: [[DATE:1/1/2022]] to present. Scope: office notes, L-spine MRI report, work status forms, Ortho referral to Dr. [[NAME:Amaral]]. Excludes psychotherapy notes and SUD records (42 CFR Part 2) - separate consent needed.
Pt message: "Please send everything to my lawyer Mr. [[NAME:Medeiros]], my back is still bad and the case is in court. Obrigado, [[NAME:João]]"
Processed by [[NAME:jwhite2]] [[DATE:3/4/25]]; 84 pages released via secure fax. [[NAME:Baker]] to send invoice #[[MRN:ROI-55821]] to the [[NAME:Medeiros]] office.
Pt notified by phone ([[PHONE:508-555-0151]]); spoke w/ [[NAME:Joao]], confirmed request.
""", summary="""
[[NAME:João Gonçalves]] asked via the portal that his records go to attorney [[NAME:Paulo A. Medeiros]] for a workplace injury suit. HIM ([[NAME:jwhite2]]) released 84 pages on [[DATE:3/4/25]] under a signed authorization.
"""),

    dict(style="pharmacy_refill_call", note="""
Refill request (phone) - {{drug:hydrocortisone}}
Caller: pt, [[NAME:Addison Reyes-Ochoa]], {{age:27}}F, cb [[PHONE:559-555-0138]]
[[NAME:addison]] has primary adrenal insufficiency ({{eponym:Addison}} disease, dx 2019, 21-OH Ab+). Requests early refill of {{drug:hydrocortisone}} {{dose:10 mg}} tabs (takes {{dose:15 mg}} AM / {{dose:5 mg}} PM) and {{drug:fludrocortisone}} {{dose:0.1 mg}} daily - leaving for [[ADDRESS:Guadalajara]] [[DATE:6/14]] x 3 wks, needs sick-day supply + {{drug:Solu-Cortef}} {{dose:100 mg}} Act-O-Vial kit.
Last labs [[DATE:4/30]]: {{lab:renin 4.2}}, {{lab:Na 138}}, {{lab:K 4.4}}. {{vital:BP 112/70}} at last visit.
Pharmacy is the Costco on [[ADDRESS:Shaw Ave]] in [[ADDRESS:Fresno]]; needs vacation override - pharmacist [[NAME:Mason]] will call insurer.
Per [[NAME:Villaseñor]]: OK to send 90-day supply + 2 {{drug:Solu-Cortef}} kits. Reviewed stress dosing (double/triple for fever > 100.4), IM injection teaching, medical alert bracelet.
[[NAME:Mason]] to call back if override denied. {{eponym:Addison}} disease letter for airline/customs printed.
-- [[NAME:vr]]/[[NAME:lc]]
""", summary="""
[[NAME:Addison Reyes-Ochoa]], who has {{eponym:Addison}} disease, requested early {{drug:hydrocortisone}} and {{drug:fludrocortisone}} refills and an emergency {{drug:Solu-Cortef}} kit before travel to [[ADDRESS:Guadalajara]]. Dr. [[NAME:Villaseñor]] approved a 90-day supply; pharmacist [[NAME:Mason]] is handling the override.
"""),

    dict(style="pc_telephone_message", note="""
ph msg [[DATE:4/8]] 0840 - pt [[NAME:Ma. Luisa]] "[[NAME:Bing]]" [[NAME:Tolentino]] (MRN [[MRN:5520193]]) needs tb test (QFT or PPD) for new job at Seton, form due [[DATE:4/15]]. also asking to renew her pt (physical therapy) referral, 6 visits used. pain {{score:4/10}} R knee.
-> {{lab:QuantiFERON-TB Gold}} ordered per standing order. pt to come Thurs for draw. PT renewal needs OV - sched w/ Dr. [[NAME:Lim]] [[DATE:4/22]] 10:20.
spoke w pt, aware. [[NAME:bing]] prefers texts to [[PHONE:415-555-0176]]. [[NAME:Lim]] to sign employer form after result.
[[NAME:TB]]/[[NAME:kr]]
""", summary="""
[[NAME:Bing Tolentino]] called needing a TB test for a new job and renewal of her physical therapy referral for knee pain. A {{lab:QuantiFERON}} was ordered and a visit with Dr. [[NAME:Lim]] set for [[DATE:4/22]].
"""),

    dict(style="patient_portal_message", note="""
Subject: Re: colonoscopy prep question

Dear Dr [[NAME:Lo Bianco]],
My name is [[NAME:Giuseppina Ruggiero]] ([[NAME:Josie]]), I have my colonoscopy with Dr. [[NAME:Del Vecchio]] on [[DATE:Tuesday May 6]] at the Crown Valley endoscopy center. The instructions say stop my {{drug:Plavix}} 5 days before but Dr. [[NAME:Dell'Aquila]] the cardiologist put a stent in 2022 and said never stop it. Who do I listen to?? Also can I do the {{drug:Miralax}} with Gatorade or does it have to be the {{drug:Suprep}}. I'm {{age:78}} and my daughter [[NAME:Angela]] will drive me.
Thank you, [[NAME:Josie Rugierro]]

Reply - [[NAME:Rose]], RN for Dr. [[NAME:Lobianco]]:
Hi [[NAME:Josie]] - Dr. [[NAME:Lobianco]] reviewed. Do NOT stop {{drug:Plavix}} {{dose:75 mg}} without cardiology's OK. We messaged [[NAME:Dell'Aquila]]'s office; [[NAME:Del Vecchio]]'s nurse ([[NAME:Pat]]) will call you by Friday with the final plan. {{drug:Suprep}} is what was ordered; {{drug:Miralax}}/Gatorade is an alternative if [[NAME:Del Vecchio]] approves. May need to move the date if cardiology wants a {{drug:Plavix}} hold.
""", summary="""
[[NAME:Josie Ruggiero]] asked whether to stop {{drug:Plavix}} before her [[DATE:May 6]] colonoscopy with Dr. [[NAME:Del Vecchio]]. [[NAME:Rose]], RN told her not to stop it pending cardiology (Dr. [[NAME:Dell'Aquila]]) input.
"""),

    dict(style="prior_auth_call", note="""
PRIOR AUTH - {{drug:teprotumumab}} ({{drug:Tepezza}}) for thyroid eye disease
Patient: [[NAME:Lourdes Batz Chanchavac]]   MRN [[MRN:61-004472]]   Ins: Medi-Cal managed (Anthem), CIN [[MRN:90412287B]]
Ordering: Dr. [[NAME:Graves]] (Endocrinology); co-mgmt Oculoplastics, Dr. [[NAME:Aquino]]
Called Anthem PA line [[PHONE:1-800-555-0199]] on [[DATE:10/7]]; rep [[NAME:Hope]] (no last name given), call ref [[MRN:1007-44129]].
[[NAME:Hope]] states criteria: dx of {{eponym:Graves}} disease with active TED, {{score:CAS >= 4}}, euthyroid or near, no prior orbital radiation/decompression.
Submitted: {{score:CAS 5/7}}, proptosis 23 mm OD / 21 mm OS ({{eponym:Hertel}}), {{lab:TSH 0.9}}, {{lab:FT4 1.2}}, {{lab:TRAb 8.4}}. On {{drug:methimazole}} {{dose:10 mg}} daily.
[[NAME:Hope]] will expedite; answer in 5 business days. We hope to hear by [[DATE:10/14]]. [[NAME:Graves]] aware; plan P2P if denied.
Pt notified with Spanish interpreter (Q'eqchi' not available) - [[NAME:Lourdes]] understands; son [[NAME:Byron]] to drive her to infusions.
-- [[NAME:Cross]], PA coord (ext [[PHONE:3306]])
""", summary="""
PA coordinator [[NAME:Cross]] called Anthem (rep [[NAME:Hope]]) for {{drug:Tepezza}} for [[NAME:Lourdes Batz Chanchavac]], who has active {{eponym:Graves}} eye disease with {{score:CAS 5/7}}. The request was expedited; Dr. [[NAME:Graves]] will do peer-to-peer if denied.
"""),

    dict(style="pharmacy_refill_call", note="""
PHARMACY CALL [[DATE:12/30]] 16:10
From: Walgreens, pharmacist [[NAME:Ty Esguerra]], [[PHONE:(916) 555-0139]]
Re: [[NAME:Salvatore]] "[[NAME:Sal]]" [[NAME:Lombardi]], dob [[DATE:01/05/1952]]
[[NAME:Ty]] calling re early fill of {{drug:oxycodone}} {{dose:5 mg}} #60 (last filled [[DATE:12/18]] for 30 days). CURES shows {{drug:tramadol}} {{dose:50 mg}} filled [[DATE:12/20]] by urgent care (Dr. [[NAME:King]]).
Per controlled substance agreement (signed 2024) no early fills. [[NAME:Sal]] told pharmacy he left a bottle at his son [[NAME:Dominic]]'s house in [[ADDRESS:Lodi]].
D/w Dr. [[NAME:Marchetti]]: deny early fill; OK to fill [[DATE:1/17]]. [[NAME:Ty]] to notify pt. [[NAME:Marchetti]] will see pt [[DATE:1/3]], UDS at visit. {{drug:Naloxone}} {{dose:4 mg}} nasal on file? -> yes, filled 11/2024.
[[NAME:King]] (UC) faxed note: {{drug:tramadol}} was for dental abscess, x 5 days only.
called [[NAME:sal]] 1630, upset but understands. pain {{score:6/10}}.
[[NAME:mr]]/[[NAME:dm]]
""", summary="""
Pharmacist [[NAME:Ty Esguerra]] called about an early {{drug:oxycodone}} fill for [[NAME:Sal Lombardi]], who also got {{drug:tramadol}} from urgent care. Dr. [[NAME:Marchetti]] denied the early fill and will see him [[DATE:1/3]].
"""),

    dict(style="patient_portal_message", note="""
Subject: [[NAME:Vincenzo]]'s dizziness & hearing aids
From: [[NAME:Concetta Scarpelli]] (proxy)

Good morning, this is [[NAME:Concetta]], [[NAME:Vincenzo]]'s wife. Since he started the new water pill (the {{drug:Lasix}} {{dose:20}}) he gets dizzy when he stands up, yesterday he almost fell in the garden. His blood pressure this morning was {{vital:102/60}} sitting. Should he skip it?
Also the audiologist, Dr. [[NAME:Faith DeMarco]], says Medicare won't cover new hearing aids, can Dr. [[NAME:Rossi]] write a letter? His Medicare number is [[MRN:4TE7-QX2-MK81]]. We live at [[ADDRESS:37 Via Sorrento, Easton PA 18042]] if you need to mail something, or email me at [[EMAIL:connie.scarpelli52@comcast.net]].
Thank you,
[[NAME:Connie Scarpelli]]

Reply (Dr. [[NAME:Rossi]]): [[NAME:Concetta]] - hold {{drug:Lasix}} today and tomorrow, recheck BP and weight, and call us Friday. Rise slowly, sit on the edge of the bed first. I'll look into the letter, but original Medicare generally excludes hearing aids; his Advantage plan may differ. Have faith, we'll sort it out. - [[NAME:A. Rossi]], MD
""", summary="""
[[NAME:Concetta Scarpelli]] reported orthostatic dizziness in her husband [[NAME:Vincenzo]] after starting {{drug:Lasix}}, with {{vital:BP 102/60}}, and asked for a hearing-aid letter. Dr. [[NAME:Rossi]] advised holding {{drug:Lasix}} for two days and rechecking.
"""),

    dict(style="pharmacy_refill_call", note="""
REFILL PROTOCOL REVIEW - Medication Refill Center (pharmacy e-requests, batch 3)
1. {{drug:atorvastatin}} {{dose:40 mg}} #90 RF3. Lipid panel 8 mo ago: {{lab:LDL 92}}, {{lab:ALT 24}}. OV 5 mo ago. Meets protocol (statin, labs and visit within 12 mo) -> approved x 90 d.
2. {{drug:lisinopril}} {{dose:20 mg}} #90. BMP 14 mo ago ({{lab:K 4.9}}, {{lab:Cr 1.3}}) -> outside 12-mo lab window. 30-day bridge x1, BMP ordered, flagged for OV.
3. {{drug:Ambien}} {{dose:10 mg}} ({{drug:zolpidem}}) - controlled, not delegated -> routed to PCP pool. {{eponym:Beers}} criteria alert (age >= {{age:65}}) noted.
4. {{drug:Humalog KwikPen}} - sliding scale per Endo; approved per protocol; pen needles 32G 4 mm added.
5. {{drug:Synthroid}} {{dose:88 mcg}} - {{lab:TSH 2.1}} 6 mo ago, approved x 90 d. Pharmacy asked brand vs generic: DAW 1 per prior note.
Pharmacy called back re #2 and #3; requests cannot be filled until PCP reviews. Will recheck queue at 1500.
""", summary="""
Protocol review of five pharmacy refill requests: {{drug:atorvastatin}}, {{drug:Humalog}} and {{drug:Synthroid}} approved, {{drug:lisinopril}} given a 30-day bridge pending labs, and {{drug:zolpidem}} routed to the PCP.
"""),

    dict(style="pc_telephone_message", note="""
VOICEMAIL (auto-transcribed) - Nurse line, rec'd 07:52
"hi um yes this is [[NAME:guadalupe ramírez]] um [[NAME:lupe]] calling for my husband [[NAME:efraín ramírez]] his date of birth is [[DATE:march third nineteen sixty two]]. he has the appointment with doctor [[NAME:white]] on the uh [[DATE:the nineteenth]] but he's been throwing up since last night can't keep the metformin down and his sugar was um {{lab:three twenty}} this morning. please call me back at [[PHONE:five five nine five five five oh one four one]]. thank you bye"

RN callback 08:20 ([[NAME:J. Young]], RN): spoke w/ [[NAME:Lupe]]. [[NAME:Efrain]] - N/V x 10 h, ~6 episodes, no blood, epigastric pain {{score:5/10}}, {{lab:BG 320}} -> {{lab:288}} now, ketones not checked. Also on {{drug:Jardiance}} {{dose:25 mg}}. Hold {{drug:metformin}} and {{drug:Jardiance}}. Advised ED now to r/o DKA (euglycemic possible). [[NAME:Lupe]] driving him to Kaweah ED. Dr. [[NAME:White]] notified; keep [[DATE:3/19]] appt for f/u if discharged.
[[NAME:young]]/[[NAME:ld]]
""", summary="""
[[NAME:Lupe Ramírez]] left a voicemail that her husband [[NAME:Efraín]] has vomiting and a sugar of {{lab:320}}. [[NAME:J. Young]], RN sent him to the ED to rule out DKA, holding {{drug:metformin}} and {{drug:Jardiance}}, and told Dr. [[NAME:White]].
"""),

    dict(style="patient_portal_message", note="""
Subject: Mr. [[NAME:Price]] inhaler cost
Hello, my name is [[NAME:Jhoanna Mae Sarmiento]], I am the live-in caregiver for [[NAME:Walter Price]] (he signed the proxy form last month). [[NAME:Walt]] cannot afford the {{drug:Breo}}, the price at Rite Aid was $412 even with his Part D. He is using it every other day to make it last. He is coughing more at night and using the {{drug:albuterol}} 4-5 times a day. His daughter [[NAME:April]] (in [[ADDRESS:Sacramento]]) said to ask you about samples or a cheaper one. Thank you po.
[[NAME:Jhoanna]] (call or text [[PHONE:916-555-0158]])

Reply - [[NAME:Sunny Abad]], PharmD (clinical pharmacist):
Hi [[NAME:Jhoanna]], thank you. Please have [[NAME:Walt]] use {{drug:Breo}} once daily as prescribed until we switch. I'm sending {{drug:Wixela}} {{dose:250/50}} (generic {{drug:Advair}}), about $45 on his plan, and applying for GSK patient assistance - [[NAME:April]] can sign the last page of the income form or fax it to [[PHONE:916-555-0103]]. Dr. [[NAME:Page]] wants to see him in 2 weeks; [[NAME:Page]]'s MA will call to schedule. In April we can recheck spirometry.
""", summary="""
Caregiver [[NAME:Jhoanna Mae Sarmiento]] wrote that [[NAME:Walter Price]] is rationing {{drug:Breo}} because of cost and using more {{drug:albuterol}}. Pharmacist [[NAME:Sunny Abad]] switched him to {{drug:Wixela}} and arranged follow-up with Dr. [[NAME:Page]].
"""),

    dict(style="prior_auth_call", note="""
PA WORKLIST - call log, week of [[DATE:9/8]]
| date | patient | drug / device | payer ref# | outcome | by |
| [[DATE:9/8]] | [[NAME:Cux Tzul, Ixchel]] | Dexcom G7 | Medi-Cal Rx [[MRN:25-090871]] | approved 6 mo | [[NAME:mk]] |
| [[DATE:9/9]] | [[NAME:BROWN, DESMOND]] | {{drug:Xarelto}} {{dose:20 mg}} | Aetna [[MRN:A77120394]] | needs ICD I48.91 + {{score:CHA2DS2-VASc 3}} | [[NAME:jt]] |
| [[DATE:9/9]] | [[NAME:Pereira, Filomena]] | {{drug:Prolia}} {{dose:60 mg}} | Humana [[MRN:HU-5531870]] | denied (needs DXA {{lab:T <= -2.5}}) -> appeal | [[NAME:mk]] |
| [[DATE:9/10]] | [[NAME:Grace Olvera]] | {{drug:Mounjaro}} {{dose:5 mg}} | BCBS [[MRN:0910-3317]] | pending clinicals | [[NAME:ym]] |
| [[DATE:9/10]] | [[NAME:Nguyễn Văn Đức]] | {{drug:Entresto}} {{dose:24/26 mg}} | SCAN [[MRN:SC-70041122]] | approved 12 mo | [[NAME:jt]] |
| [[DATE:9/11]] | [[NAME:Hunter, Noah]] | {{drug:Vyvanse}} {{dose:30 mg}} | Cigna [[MRN:C-44018257]] | approved 12 mo | [[NAME:jt]] |
Notes: [[NAME:Brown]] - d/w Dr. [[NAME:Case]] re dx code, resubmitted [[DATE:9/11]]. Same case as the [[NAME:Hunter]] refill last month: payer wanted chart notes.
[[NAME:Pereira]] appeal letter drafted for Dr. [[NAME:Amaral]]; [[NAME:mk]] to fax. [[NAME:Cux Tzul]] - sensor shipped [[DATE:9/12]]; [[NAME:Ixchel]]'s daughter [[NAME:Rosa]] trained on app by [[NAME:jt]]. [[NAME:Nguyen Van Duc]] - pharmacy notified via [[NAME:ym]].
""", summary="""
Weekly prior-auth log: approvals for [[NAME:Ixchel Cux Tzul]] (Dexcom), [[NAME:Nguyễn Văn Đức]] ({{drug:Entresto}}) and [[NAME:Noah Hunter]] ({{drug:Vyvanse}}), a {{drug:Prolia}} denial under appeal for [[NAME:Filomena Pereira]], and pending requests for [[NAME:Desmond Brown]] and [[NAME:Grace Olvera]].
"""),

    dict(style="patient_portal_message", note="""
Subject: rash after new antibiotic

Hi, I started the {{drug:Bactrim}} DS for the bladder infection 3 days ago (1 tab twice a day) and now I have an itchy red rash on my chest and arms. No blisters, no sores in my mouth, no fever. I can breathe fine. Should I stop it? I still have 2 days left. I also take {{drug:lisinopril}} and {{drug:Zyrtec}}. Thanks.

Nurse reply: Thank you for letting us know. Please STOP the {{drug:Bactrim}} now and take {{drug:Zyrtec}} {{dose:10 mg}} or {{drug:Benadryl}} {{dose:25 mg}} at night for itching. Because you are on {{drug:lisinopril}}, {{drug:Bactrim}} can also raise potassium, so we'd like a BMP. Your urine culture grew E. coli sensitive to {{drug:nitrofurantoin}}; the provider sent {{drug:Macrobid}} {{dose:100 mg}} twice daily x 3 days to your pharmacy. Go to the ED right away for blisters, peeling skin, mouth or eye sores, or fever - these can be signs of {{eponym:Stevens-Johnson}} syndrome. Allergy list updated: sulfamethoxazole-trimethoprim (rash).
""", summary="""
A patient reported an itchy rash on day 3 of {{drug:Bactrim}}. The nurse stopped it, switched to {{drug:Macrobid}} per culture, ordered a BMP and gave {{eponym:Stevens-Johnson}} warning signs.
"""),

    dict(style="pc_telephone_message", note="""
PHONE NOTE - Peds
Caller: mom ([[NAME:Dulce Arredondo]]) re: [[NAME:Dallas Arredondo-Ybarra]], {{age:6}} yo, MRN [[MRN:77310924]]
[[NAME:Dallas]] fell off the monkey bars at school today ~1300, L wrist pain {{score:7/10}}, swelling, no deformity per mom. School nurse [[NAME:Jo Villalobos]] sent him home w/ ice. Took {{drug:ibuprofen}} {{dose:200 mg}} at 1330. Moves fingers, cap refill < 2 s, no numbness.
Advised same-day visit for exam +/- XR. Booked 1545 w/ Dr. [[NAME:Camacho]]. If deformity or numbness -> ED (Dell Children's).
[[NAME:Dulce]] asks for a school note; [[NAME:Jo]]'s fax [[PHONE:512-555-0164]]. Family lives out in [[ADDRESS:Pflugerville]], ~25 min drive.
cc [[NAME:Camacho]]   -- [[NAME:ls]] ([[NAME:Luz S.]], MA)
""", summary="""
[[NAME:Dulce Arredondo]] called after her {{age:6}}-year-old [[NAME:Dallas]] hurt his left wrist falling from monkey bars. He was booked the same day with Dr. [[NAME:Camacho]] for exam and possible X-ray.
"""),

    dict(style="patient_portal_message", note="""
Subject: BLOOD SUGAR LOG
DEAR DOCTOR [[NAME:BAUTISTA]] AND NURSE [[NAME:MERCY]],
HERE ARE MY SUGARS FOR THE WEEK. MONDAY {{lab:188}}, TUESDAY {{lab:201}}, WEDNESDAY {{lab:176}}, THURSDAY {{lab:222}} (BIRTHDAY CAKE), FRIDAY {{lab:169}}, SATURDAY {{lab:181}}. I AM TAKING THE {{drug:LANTUS}} {{dose:22 UNITS}} AT NIGHT LIKE YOU SAID ON [[DATE:JAN 9]]. NO LOW SUGARS. MY WIFE [[NAME:PACITA]] SAYS I SHOULD ASK ABOUT THE {{drug:FREESTYLE LIBRE}} SO I DONT POKE MY FINGERS. MY GRANDSON [[NAME:RJ]] CAN HELP ME WITH THE PHONE APP.
GOD BLESS YOU ALL.
[[NAME:ERNESTO P. MANALO]]
(AGE [[AGE:90]] THIS MARCH!)

Reply: [[NAME:Ernesto]], thank you - [[NAME:Mercy]] here. Dr. [[NAME:Bautista]] reviewed: increase {{drug:Lantus}} to {{dose:24 units}} nightly, keep logging. We are sending the Libre 3 order; [[NAME:RJ]] can come to the sensor class with you. Happy early birthday!
Staff note: [[NAME:Mercy]] to enroll pt in CGM class; [[NAME:Bautista]] signed order. -- [[NAME:mc]]/[[NAME:jb]]
""", summary="""
[[NAME:Ernesto Manalo]], nearly [[AGE:90]], sent a week of fasting sugars ({{lab:169}}-{{lab:222}}) on {{drug:Lantus}} {{dose:22 units}} and asked about a {{drug:FreeStyle Libre}}. Dr. [[NAME:Bautista]] increased {{drug:Lantus}} to {{dose:24 units}} and [[NAME:Mercy]] ordered a CGM.
"""),
]
