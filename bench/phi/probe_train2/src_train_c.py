# Hand-written synthetic training notes (styles: discharge / transfer letters, SNF-rehab handoffs, fax referrals).
# Every person, number, date, phone, e-mail and street is invented.
NOTES = [
    dict(style="discharge_letter", note="""
MERIDIAN VALLEY MEDICAL CENTER - Hospital Medicine
Discharge Letter to Primary Care

RE: [[NAME:ADEYEMI, OLUWASEUN T]]    DOB [[DATE:4.7.58]]    MRN [[MRN:00482217]]    CSN [[MRN:7719034452]]
Admitted [[DATE:Tues 3/4/25]] @ 0212    Discharged [[DATE:03/09/2025]] 11:40
Attending: [[NAME:Chukwuemeka Obi]], MD    PCP: [[NAME:Folake Ajayi-Bello]], NP (fax [[PHONE:(614) 555-0187]])

Dear [[NAME:Folake]],
[[NAME:Seun]] came in through the ED with acute on chronic HFrEF (EF 25% on TTE [[DATE:3/5]]). He diuresed well on
IV {{drug:Lasix}} {{dose:80 mg}} BID, net -6.2 L, weight 94.1 -> 88.3 kg. Peak {{lab:Cr 1.4}}, {{lab:Cr 1.2}} at discharge,
{{lab:K 3.6}}. We started {{drug:Entresto}} {{dose:24/26 mg}} BID and continued {{drug:Jardiance}} {{dose:10 mg}} daily and
{{drug:Toprol XL}} {{dose:50 mg}}. Exit vitals {{vital:BP 104/68}}, {{vital:HR 72}}, {{vital:SpO2 96%}} RA; soft {{score:2/6}} MR murmur.

Plan: BMP by [[DATE:3/13]]; your visit [[DATE:Mar 14]] at 09:15; HF pharmacist ([[NAME:tigist a.]]) on [[DATE:the 18th]] -
correction, [[DATE:the 19th]]. His wife [[NAME:Kemi]] has a scale; daily weights, call for >2 lb/day or 5 lb/week.
Questions: pgr [[PHONE:4-7731]] or the hospitalist line [[PHONE:614.555.0142 ext 3]].

[[NAME:C. Obi]], MD
dictated [[DATE:03/09/2025]] 14:02 / transcribed [[NAME:RKM]]      cc: [[NAME:Ajayi-Bello F]]
""", summary="""
[[NAME:Oluwaseun Adeyemi]] ({{age:66}}) was discharged [[DATE:03/09/2025]] after IV diuresis for HFrEF, with {{drug:Entresto}}
started; [[NAME:Folake Ajayi-Bello]] is to see him [[DATE:Mar 14]] after a BMP by [[DATE:3/13]].
"""),

    dict(style="snf_handoff", note="""
SNF TRANSFER - NURSE TO NURSE HANDOFF
Pt: [[NAME:MWANGI, Wanjiru N.]]   Rm 412-B   FIN [[MRN:25-0093318]]   DOB [[DATE:11/30/1941]] ({{age:83}})
To: Briarwood Health & Rehab, 2nd flr - report to [[NAME:Mercy]] @ 1515, callback [[PHONE:330-555-0124 x218]]

Dx: R intertrochanteric hip fx s/p ORIF [[DATE:2/11]], POD 4. WBAT RLE, posterior hip precautions.
Pain {{score:4/10}} on sched {{drug:Tylenol}} {{dose:650 mg}} q6h + {{drug:oxycodone}} {{dose:2.5 mg}} PRN (last 1130).
{{drug:Lovenox}} {{dose:40 mg}} SC daily through [[DATE:3/11]]. {{eponym:Foley}} out [[DATE:2/13]] 0600, voided x3 since.
Last BM [[DATE:2/14]]. Skin: stage 1 sacrum, foam dsg. {{score:Braden 14}}, {{score:Morse 65}}.
Diet mech soft, thin liquids. A&Ox2 = baseline per dtr [[NAME:Njeri]]; sundowns, redirectable. L hearing aid in bag.
Lives w/ son [[NAME:kamau]] in [[ADDRESS:Cuyahoga Falls]]. DNR/DNI, MOLST signed [[DATE:2/12/25]] (copy in packet).
VS 1400 {{vital:T 98.4}} {{vital:BP 132/70}} {{vital:HR 81}} {{vital:RR 16}} {{vital:SpO2 95%}} RA
Ortho f/u w/ [[NAME:Kiprono]] PA-C in 2 wks - clinic will call facility. Ambulette 1600.
- [[NAME:J. Otieno]], RN ([[NAME:jotieno2]])
""", summary="""
[[NAME:Wanjiru Mwangi]], {{age:83}}, went to a SNF on POD 4 after hip ORIF with {{drug:Lovenox}} through [[DATE:3/11]];
report was given to [[NAME:Mercy]] at [[PHONE:330-555-0124 x218]].
"""),

    dict(style="fax_referral", note="""
FAX                                                     Pages (incl. cover): 7
To: Lakeshore Pulmonary Associates - New Patient Referrals    Fax: [[PHONE:312.555.0199]]
Attn: [[NAME:Bisi]] / scheduling
From: Southside Family Health - Dr. [[NAME:Hauwa Bello]]   Ph [[PHONE:(312) 555-0163]]   Fax [[PHONE:(312) 555-0164]]
Date: [[DATE:06-Aug-2024]]

RE: REFERRAL - [[NAME:Yusuf Abdullahi Garba]]   DOB [[DATE:1969-02-17]]   Acct# [[MRN:SFH-0042291]]
Ins: Blue Cross PPO, ID [[MRN:XOF884412907]], Group [[MRN:0071553]]

Reason: chronic cough x 5 mo. Spirometry {{lab:FEV1/FVC 0.62}}, {{lab:FEV1 58% pred}} post-BD. CT chest [[DATE:7/22/24]]
with mild centrilobular emphysema. 30 pack-yr, quit 2019. Still symptomatic on {{drug:Trelegy Ellipta}} {{dose:1 puff}}
daily since [[DATE:May 2]]; {{score:CAT 22}}, {{score:mMRC 2}}. Eos {{lab:310}}.
Urgency: routine, within 4 wks. Prefers a Hausa interpreter or his son [[NAME:Musa]] (cell [[PHONE:773-555-0148]]).
Enclosed: office notes [[DATE:5/2]] & [[DATE:7/9]], PFT report, CT report (accession [[MRN:CT24-0718833]]), med list.

CONFIDENTIALITY NOTICE: This facsimile may contain protected health information. If you received it in error,
call [[PHONE:312-555-0163]] and destroy all pages.
""", summary="""
Dr. [[NAME:Hauwa Bello]] faxed a pulmonary referral on [[DATE:06-Aug-2024]] for [[NAME:Yusuf Abdullahi Garba]] ({{age:55}}) with
COPD symptomatic on {{drug:Trelegy Ellipta}} ({{lab:FEV1 58% pred}}); his son [[NAME:Musa]] can be reached at [[PHONE:773-555-0148]].
"""),

    dict(style="transfer_letter", note="""
ST. BRIGID MISSION HOSPITAL, [[ADDRESS:P.O. Box 2218, Nyeri]]   Tel [[PHONE:+254 61 203 4410]]
REFERRAL / TRANSFER NOTE - to Kenyatta National Hospital, Renal Unit
Date: [[DATE:07/04/2024]]   Time: 21:40     IP No. [[MRN:24/01877]]     NHIF No. [[MRN:4471-0092-3]]

Name: [[NAME:Akinyi Ochieng]]   Age {{age:34}}   Sex F   Residence: [[ADDRESS:Karatina]]
Delivered by emergency C/S on [[DATE:03/04/2024]] for pre-eclampsia with severe features; {{drug:MgSO4}} per the
{{eponym:Zuspan}} regimen. Now oliguric (80 mL over 12 h). {{lab:Creatinine 612 umol/L}}, {{lab:urea 28.4}}, {{lab:K+ 6.3}},
{{lab:Hb 7.9 g/dL}}, {{lab:platelets 88}}. Given {{drug:calcium gluconate}} {{dose:10 mL of 10%}}, {{drug:Actrapid}}
{{dose:10 IU}} with {{dose:50 mL 50%}} dextrose, {{drug:nifedipine}} {{dose:20 mg}}.
On transfer: {{vital:BP 168/104}}, {{vital:PR 112}}, {{vital:SpO2 93%}} on 4 L, {{score:GCS 15}}. Bibasal crackles.
Needs urgent haemodialysis - not available here. Accepted by Dr. [[NAME:Wafula]] (renal registrar, [[PHONE:0722 418 306]])
by phone at 20:55. Baby in our nursery, well, {{score:Apgar 8/9}}.
Escort: nurse [[NAME:Chebet]] and husband [[NAME:Otieno Oduor]] ([[PHONE:0733 552 019]]).

Dr. [[NAME:Grace Wambui Kariuki]], Medical Officer
""", summary="""
On [[DATE:07/04/2024]] [[NAME:Akinyi Ochieng]], {{age:34}}, was transferred for urgent haemodialysis for post-partum AKI with
{{lab:K+ 6.3}}; Dr. [[NAME:Wafula]] accepted her by phone.
"""),

    dict(style="discharge_medrec", note="""
DISCHARGE MEDICATION RECONCILIATION - Cardiology Step-Down Unit
Allergies: Penicillin (hives); iodinated contrast (pre-medicate)

CONTINUE   {{drug:Eliquis}} {{dose:5 mg}} BID; {{drug:metoprolol succinate}} {{dose:50 mg}} daily; {{drug:atorvastatin}} {{dose:80 mg}} qHS
CHANGED    {{drug:Lasix}} {{dose:40 mg}} daily -> {{dose:40 mg}} BID x 3 days, then back to daily
NEW        {{drug:amiodarone}} {{dose:200 mg}} BID x 2 wk, then {{dose:200 mg}} daily
STOPPED    {{drug:aspirin}} {{dose:81 mg}} (on Eliquis, no recent stent)

Discharge labs: {{lab:Na 136}}, {{lab:K 4.1}}, {{lab:Mg 2.0}}, {{lab:INR 1.1}}, {{lab:TSH 2.3}}. {{score:CHA2DS2-VASc 4}}, {{score:HAS-BLED 2}}.
Follow-up: Cardiology Clinic in 1 week; {{eponym:Holter}} monitor x 14 days; TSH and LFTs in 6 weeks (amiodarone).
Home Health RN for CHF teaching; PT evaluation. Patient verbalized understanding by Teach-Back.
""", summary="""
Discharge reconciliation for atrial fibrillation: {{drug:amiodarone}} added, {{drug:Lasix}} increased for 3 days and
{{drug:aspirin}} stopped while on {{drug:Eliquis}}; TSH and LFTs due in 6 weeks.
"""),

    dict(style="discharge_letter", note="""
Groote Vallei Private Hospital - Department of Internal Medicine
DISCHARGE LETTER                                      Hosp. no. [[MRN:GVP 2019-44817]]

To: Dr [[NAME:J. du Plessis]], [[ADDRESS:14 Kloof Street, Gardens, Cape Town 8001]]   Fax [[PHONE:021 555 0192]]
Re: Mr [[NAME:Lwazi Ndlovu]], DOB [[DATE:23/06/1972]]   Medical aid: Discovery, member no. [[MRN:71034289]] dep. 01
Admitted [[DATE:12/11/2024]]   Discharged [[DATE:19/11/2024]]

Dear Dr [[NAME:du Plessis]]
Thank you for referring this {{age:52}}-year-old with diabetic foot sepsis. He underwent a R hallux ray amputation on
[[DATE:14 Nov]]; bone culture grew MSSA. {{lab:HbA1c 11.2%}}, {{lab:CRP 212}} falling to {{lab:CRP 38}}. No {{eponym:Charcot}}
changes on X-ray. Discharged on {{drug:Augmentin}} {{dose:875/125 mg}} bd until [[DATE:29/11]], {{drug:Actraphane}} {{dose:28 units}}
mane / {{dose:14 units}} nocte, {{drug:metformin}} {{dose:850 mg}} bd.
Wound clinic [[DATE:Tue 26 Nov]] with Sister [[NAME:Nomvula Khumalo]] (ext. [[PHONE:2271]]). His wife [[NAME:Zanele]] will do daily
dressings; cell [[PHONE:082 551 4730]].

Kind regards
Dr [[NAME:Pieter van der Westhuizen]], Registrar, for Prof. [[NAME:T. Mokoena]]   Tel [[PHONE:+27 21 404 7719]]
""", summary="""
Mr [[NAME:Lwazi Ndlovu]] ({{age:52}}) was discharged [[DATE:19/11/2024]] after a hallux ray amputation for diabetic foot sepsis on
{{drug:Augmentin}} until [[DATE:29/11]]; wound clinic with Sister [[NAME:Nomvula Khumalo]] is on [[DATE:Tue 26 Nov]].
"""),

    dict(style="rehab_handoff", note="""
INPATIENT REHAB -> HOME HEALTH HANDOFF
[[NAME:KABONGO MBUYI, Jean-Pierre]]  |  Acct [[MRN:IRF-558201]]  |  DOB [[DATE:1950-10-09]]  |  {{age:74}} M
IRF stay: from [[DATE:5/6]] to [[DATE:5/27]] (L MCA ischemic stroke [[DATE:4/29/24]], tPA not given)
Address: [[ADDRESS:2214 Alder Crest Ln, Apt 3, Silver Spring MD 20906]]
Home phone [[PHONE:301-555-0136]]; wife [[NAME:Hélène]] cell [[PHONE:240.555.0171]]; daughter [[NAME:Grâce]] (speaks English) [[PHONE:240-555-0119]]
Language: French / Lingala. Interpreter used all sessions ([[NAME:Dieudonné]], badge [[MRN:47712]]).

Function at discharge: {{score:NIHSS 4}}; {{score:Berg 41/56}}; {{score:FIM motor 62}}; gait 150 ft with quad cane, CGA on stairs.
RUE {{score:Brunnstrom stage 4}}, grip {{score:4-/5}}; RLE {{score:4/5}}. Mild expressive aphasia, follows 2-step commands.
Meds: {{drug:Plavix}} {{dose:75 mg}}, {{drug:atorvastatin}} {{dose:80 mg}}, {{drug:lisinopril}} {{dose:10 mg}}. {{vital:BP 128/76}} at d/c.
Referral to Riverbend Home Care (intake [[NAME:Kanyinda]], [[PHONE:301-555-0150 x12]]) for PT/OT/SLP,
SOC by [[DATE:5/29]]. Neuro f/u [[DATE:June 18]]. DME: shower chair, hemi-walker delivered [[DATE:5/24]].
PT: [[NAME:M. Tshibangu]], DPT   OT: [[NAME:ao]]   SLP: [[NAME:Lukusa]]
""", summary="""
[[NAME:Jean-Pierre Kabongo Mbuyi]], {{age:74}}, left inpatient rehab [[DATE:5/27]] after a left MCA stroke ({{score:Berg 41/56}})
with home PT/OT/SLP to start by [[DATE:5/29]]; his wife [[NAME:Hélène]] is at [[PHONE:240.555.0171]].
"""),

    dict(style="fax_referral", note="""
*** FAX ***   from: Eastgate Internal Medicine   fax [[PHONE:614 555 0110]] / ph [[PHONE:614 555 0111]]
to: Capital Orthopaedic Group    attn: [[NAME:kofi]] (ortho scheduling)    fax# [[PHONE:614-555-0133]]
date sent: [[DATE:12MAR24]] 16:05     # pages: 4

pt: [[NAME:Ama Serwaa Boateng-Mensah]]     dob: [[DATE:09/14/1987]]     ph: [[PHONE:(380) 555-0162]]
ins: Anthem HMO   mbr [[MRN:YRH 918 442 073]]   referral auth# [[MRN:RF-2403-11876]] (valid [[DATE:3/12/24]]-[[DATE:6/10/24]], 3 visits)

dx: R knee pain w/ effusion since fall [[DATE:Feb 26]]; + {{eponym:McMurray}}, + {{eponym:Lachman}} (soft endpoint?)
xray [[DATE:3/1]] neg for fx. MRI not yet done - ins requires ortho eval first.
meds: {{drug:naproxen}} {{dose:500 mg}} bid, {{drug:Voltaren}} gel. pain {{score:6/10}}.

pls call pt directly; she works nights, best after 2pm. ok to leave msg. husband [[NAME:Yaw]] may answer.
referring: [[NAME:Efua Darko]], PA-C  /  sup. Dr. [[NAME:Asante]]
""", summary="""
A faxed orthopaedic referral dated [[DATE:12MAR24]] for [[NAME:Ama Serwaa Boateng-Mensah]] ({{age:36}}) with a right knee
effusion and positive {{eponym:Lachman}} test; authorization [[MRN:RF-2403-11876]] covers 3 visits through [[DATE:6/10/24]].
"""),

    dict(style="transfer_letter", note="""
INTERFACILITY TRANSFER - Neurocritical Care
Transfer Center ref [[MRN:TC-250312-0087]]   Request rec'd [[DATE:03/12/25]] 14:22   Accepted 14:41
Sending: Harlan County Regional, ED   Receiving: University Neuroscience ICU, bed 7N-14
Pt: [[NAME:Nwosu, Chidinma A.]]   {{age:46}} F   Sending MRN [[MRN:HCR448102]]   Our MRN [[MRN:U-3310572]]

HPI: thunderclap HA at 1130 while at work. CT head: diffuse SAH, {{score:modified Fisher 3}}. {{score:Hunt and Hess 3}},
{{score:GCS 13}} (E3V4M6). CTA: 7 mm ACom aneurysm. {{vital:BP 172/94}} -> {{vital:SBP 138}} on {{drug:nicardipine}} {{dose:5 mg/h}}.
Given {{drug:Keppra}} {{dose:1 g}} IV, {{drug:Kcentra}} not needed ({{lab:INR 1.0}}). No anticoag. {{lab:Plt 241}}, {{lab:Na 139}}.
Referring MD: Dr. [[NAME:Ikenna Eze]], cell [[PHONE:606-555-0158]]. Accepting: [[NAME:Uchenna Okafor]], MD (NCC fellow) for
Dr. [[NAME:Nnaji]]. Start {{drug:nimodipine}} {{dose:60 mg}} q4h on arrival. EVD likely.
Transport: air, LifeFlight 2, ETA 15:30. Husband [[NAME:Obinna]] driving; phone [[PHONE:606.555.0181]].
Nurse report called to 7N charge [[NAME:Chiamaka]] x[[PHONE:5-2210]] by [[NAME:OA]].
""", summary="""
[[NAME:Chidinma Nwosu]], {{age:46}}, was accepted on [[DATE:03/12/25]] for neuro-ICU transfer with aneurysmal SAH
({{score:Hunt and Hess 3}}, {{score:GCS 13}}); Dr. [[NAME:Ikenna Eze]] referred and [[NAME:Uchenna Okafor]] accepted.
"""),

    dict(style="rehab_screen", note="""
ACUTE INPATIENT REHABILITATION - PRE-ADMISSION SCREEN (clinical section)
Impairment group: Stroke, L MCA territory, R hemiparesis. Meets CMS 60% rule category.
NIHSS {{score:NIHSS 6}} on admission -> {{score:NIHSS 3}} today; {{score:mRS 3}}. Swallow: MBS study showed no aspiration
with IDDSI Level 6 solids / thin liquids. {{score:Braden 17}}. {{score:Morse Fall 55}}. {{score:PHQ-9 8}}. {{score:MoCA 21/30}}.
Tolerance: sat EOB 30 min, ambulated 60 ft with RW and Mod A x1, tolerated 2 sessions of PT and 1 of OT today.
Medical: BP controlled ({{vital:BP 126/78}}), on {{drug:Plavix}} {{dose:75 mg}} + {{drug:aspirin}} {{dose:81 mg}} x 21 days, {{drug:Lipitor}} {{dose:80 mg}}.
{{lab:LDL 148}}, {{lab:A1c 6.9%}}. No telemetry events. {{eponym:Foley}} removed; PVRs < 100 mL.
Expected to tolerate 3 hours of therapy/day, 5 days/week; needs physiatry oversight and rehab nursing daily.
Anticipated LOS 14-16 days; discharge home with family support and Outpatient Neuro Rehab.
Recommendation: APPROPRIATE for IRF admission.
""", summary="""
A pre-admission screen finds a left MCA stroke patient ({{score:NIHSS 3}}, {{score:MoCA 21/30}}) appropriate for inpatient
rehabilitation on dual antiplatelet therapy with {{drug:Plavix}} and {{drug:aspirin}}.
"""),

    dict(style="discharge_letter", note="""
NEONATAL INTENSIVE CARE UNIT - DISCHARGE LETTER
Infant: Baby Boy [[NAME:Adébáyọ̀]] ("[[NAME:Tolu]]")   MRN [[MRN:N-2024-118906]]   Born [[DATE:10/2/24]] @ 0433, 34+2 wks
Mother: [[NAME:Títílayọ̀ Adébáyọ̀-Ogunleye]]   MRN [[MRN:04471902]]   Cell [[PHONE:(470) 555-0125]]
Discharge: [[DATE:Sun Oct 20, 2024]] (NICU day 18)

To Dr. [[NAME:Emeka Udeh]], Peachtree Pediatrics (fax [[PHONE:470-555-0190]]):
{{score:Apgar 6 and 8}}. Brief CPAP x 36 h, no surfactant. Hyperbilirubinemia peak {{lab:TSB 14.2}} on DOL 4, phototherapy
x 48 h; rebound {{lab:TSB 9.8}} [[DATE:10/19]]. Full PO feeds, {{drug:Neosure}} 22 kcal/oz {{dose:60 mL}} q3h + breast milk.
Weight 2.41 kg (birth 2.18 kg). Passed car seat challenge [[DATE:10/18]]. Hearing screen passed bilat.
{{drug:Engerix-B}} #1 [[DATE:10/3]]. Newborn screen accession [[MRN:NBS 2024-1187762]] - normal. Repeat NBS sent [[DATE:10/16]].
Meds: {{drug:poly-vi-sol with iron}} {{dose:1 mL}} daily.
Appointments: you on [[DATE:Oct 22]]; Ophthalmology (ROP screen) not indicated. Early Intervention referral faxed.
Father [[NAME:Babatunde]] and grandmother [[NAME:Ronke]] completed the infant CPR class.

[[NAME:Olumide Fashola]], NNP-BC, for Dr. [[NAME:Abiodun Lawal-Ilori]], Neonatology   pgr [[PHONE:8813]]
""", summary="""
A 34-week preterm infant, Baby Boy [[NAME:Adébáyọ̀]], was discharged from the NICU [[DATE:Sun Oct 20, 2024]] on full feeds after
phototherapy ({{lab:TSB 14.2}} peak), to see Dr. [[NAME:Emeka Udeh]] on [[DATE:Oct 22]].
"""),

    dict(style="snf_transfer_sbar", note="""
INTERACT SBAR - Nursing Home to Hospital Transfer
Facility: Laurel Crest Care Center   Unit: Magnolia Hall   Phone [[PHONE:(503) 555-0177]], fax [[PHONE:(503) 555-0178]]
Resident: Ato [[NAME:Abebe Tesfaye Gebremedhin]]   Age [[AGE:91]]   DOB [[DATE:1 Jan 1934]]   Facility ID [[MRN:LC-0219]]
Date/time: [[DATE:Sun 11/17]] @ 0230     Sent to: Providence ED via AMR

S: new confusion + fever {{vital:T 101.9}}, {{vital:HR 118}}, {{vital:BP 92/54}}, {{vital:RR 24}}, {{vital:SpO2 89%}} RA -> 94% on 2 L.
B: {{eponym:Parkinson disease}}, dementia ({{score:BIMS 9}} on [[DATE:10/30]]), CKD 3b, prior aspiration PNA in August 2024
   (admitted [[DATE:Aug 3]]). On {{drug:Sinemet}} {{dose:25/100}} 1.5 tab TID, {{drug:Eliquis}} {{dose:2.5 mg}} BID. Full code per daughter.
A: wet cough since supper, possible aspiration. Last {{drug:Sinemet}} 2200.
R: evaluate for sepsis / aspiration PNA. Please resume Sinemet on schedule - he freezes quickly without it.
Contacts: daughter [[NAME:Selamawit]] [[PHONE:971-555-0134]] (called 0235, on her way); son [[NAME:Dawit]] in [[ADDRESS:Addis Ababa]]
[[PHONE:+251 91 155 3027]]. He speaks Amharic; we hope the ED can get a phone interpreter.
Nurse: [[NAME:Hope Nyarko]], LPN   Supervisor: [[NAME:Meskerem]]
""", summary="""
Ato [[NAME:Abebe Tesfaye Gebremedhin]], [[AGE:91]], with {{eponym:Parkinson}} disease was sent from his nursing home on
[[DATE:Sun 11/17]] with fever, hypoxia and {{vital:BP 92/54}}, suspected aspiration; daughter [[NAME:Selamawit]] was called.
"""),

    dict(style="home_health_referral", note="""
HOME HEALTH REFERRAL / FACE-TO-FACE ENCOUNTER ATTESTATION
Patient: [[NAME:Blessing Ngozi Chukwu]]    DOB: [[DATE:02-28-1949]]    Medicare MBI: [[MRN:4TR7-KL2-MX63]]
Address: [[ADDRESS:418 Old Mill Rd]], [[ADDRESS:Smyrna]], GA [[ADDRESS:30080]]    Phone: [[PHONE:770 555 0143]]
Face-to-face encounter date: [[DATE:09/23/2024]] (inpatient, Wellstar-affiliated hospitalist service)
Certifying physician: [[NAME:Ifeoma Nwachukwu]], MD   NPI [[MRN:1093847261]]   Ph [[PHONE:770-555-0106]]

Clinical findings supporting homebound status: {{age:75}} y/o with COPD exacerbation, ambulates 20 ft with rollator
and {{vital:SpO2 86%}} on exertion, requires O2 {{dose:2 L}} continuous; leaving home requires considerable and taxing effort.
Skilled need: RN for O2 titration, {{drug:prednisone}} taper ({{dose:40 mg}} -> off by [[DATE:10/3]]), inhaler teaching
({{drug:Breztri}} {{dose:2 puffs}} BID); PT for endurance. {{score:6MWT 140 m}}.
Agency: Piedmont Home Health, intake fax [[PHONE:770.555.0199]], SOC requested [[DATE:9/25]].
Caregiver: niece [[NAME:Chiamaka Obi-Nwankwo]], lives with pt.
I certify that this patient is confined to the home and needs intermittent skilled nursing and therapy.
e-signed [[NAME:I. Nwachukwu]] [[DATE:09/24/2024]] 08:12
""", summary="""
Dr. [[NAME:Ifeoma Nwachukwu]] certified home health for [[NAME:Blessing Ngozi Chukwu]] ({{age:75}}) after a COPD exacerbation,
with SOC requested [[DATE:9/25]] and a {{drug:prednisone}} taper ending [[DATE:10/3]].
"""),

    dict(style="discharge_dictation", note="""
this is doctor [[NAME:adaora nnamdi]] dictating a discharge summary on patient [[NAME:ifeanyi okeke]] [[NAME:o k e k e]] medical record number
[[MRN:four four seven two zero one nine]] date of admission [[DATE:march third twenty twenty five]] date of discharge
[[DATE:march seventh]] period. admitting diagnosis community acquired pneumonia right lower lobe comma with sepsis period.
hospital course colon he was started on {{drug:ceftriaxone}} and {{drug:as throw my sin}} new paragraph blood cultures
negative comma legionella urine antigen negative comma procalcitonin {{lab:four point two}} down to {{lab:zero point six}} period.
he defervesced on hospital day two period. transitioned to {{drug:cef dinner}} {{dose:three hundred milligrams}} twice daily
to complete five days period. discharge vitals {{vital:blood pressure one eighteen over seventy six}} heart rate
{{vital:seventy four}} saturation {{vital:ninety seven percent}} room air period. follow up with his primary doctor
dr [[NAME:chidi nweke]] correction [[NAME:chidi nwoke]] within one week and chest x-ray in six weeks period. his brother
[[NAME:emeka]] will drive him home. end of dictation.
[[NAME:Adaora Nnamdi]], MD  D: [[DATE:03/07/2025]] 16:44  T: [[DATE:03/08/2025]] 07:02  [[NAME:lmg]]  Job [[MRN:88120473]]
""", summary="""
[[NAME:Ifeanyi Okeke]] was treated [[DATE:march third twenty twenty five]] to [[DATE:march seventh]] for right lower lobe
pneumonia with sepsis and discharged on {{drug:cefdinir}}; Dr. [[NAME:Adaora Nnamdi]] dictated the summary.
"""),

    dict(style="alf_handoff", note="""
SNF -> ASSISTED LIVING DISCHARGE HANDOFF              [[DATE:2024-06-21]]
Resident: [[NAME:Will Botha]] (goes by "[[NAME:Willem]]" with family)   Room 118   Acct [[MRN:0046-7713-2]]
Receiving: Fernhill Assisted Living, memory care wing - spoke w [[NAME:june]] (RN coordinator) at 10:20, [[PHONE:616-555-0129]]

Stay here [[DATE:5/30]]-[[DATE:6/21]] for deconditioning after UTI / delirium. Delirium cleared by [[DATE:6/4]]; {{score:CAM negative}} since.
{{score:SLUMS 19/30}}. Walks 200 ft with 4WW, SBA. Continent with prompted toileting q2h.
Meds changed here: {{drug:tamsulosin}} {{dose:0.4 mg}} qHS added; {{drug:oxybutynin}} STOPPED ({{eponym:Beers}} list, anticholinergic).
{{drug:donepezil}} {{dose:10 mg}} qHS, {{drug:sertraline}} {{dose:50 mg}}, {{drug:vitamin D3}} {{dose:2000 IU}}.
Last labs [[DATE:6/18]]: {{lab:Na 137}}, {{lab:Cr 1.0}}, {{lab:WBC 6.8}}. {{vital:BP 122/70}}, {{vital:wt 71.4 kg}}.
We will send the MAR, the last 14 days of notes and his hearing aids. Wife [[NAME:Marieke]] moved into the ALF in June 2024
as well; she asks that staff call son [[NAME:Ruan]] first ([[PHONE:(616) 555-0148]]), not her.
PCP at the ALF: Dr. [[NAME:Sithole]] rounds Tuesdays.
[[NAME:Nandi Mahlangu]], LPN / discharge nurse
""", summary="""
[[NAME:Will Botha]] moved from SNF to assisted living on [[DATE:2024-06-21]] after delirium resolved, with {{drug:oxybutynin}}
stopped and {{drug:tamsulosin}} added; report went to [[NAME:june]] at [[PHONE:616-555-0129]].
"""),

    dict(style="discharge_instructions", note="""
DISCHARGE INSTRUCTIONS - Total Knee Arthroplasty (Right)
Activity: Weight bearing as tolerated with walker. Use the CPM machine 2 hours 3x/day, advance 5-10 degrees daily.
Goal range of motion 0-90 degrees by your first Physical Therapy visit. Keep the knee straight when resting - no pillow
under the knee.
Blood clot prevention: {{drug:Xarelto}} {{dose:10 mg}} once daily for 14 days. Wear TED hose during the day.
Pain: {{drug:Tylenol}} {{dose:1000 mg}} every 8 hours; {{drug:Celebrex}} {{dose:200 mg}} daily with food; {{drug:oxycodone}}
{{dose:5 mg}} every 4 hours only if pain is above {{score:6/10}}. Ice 20 minutes every hour while awake.
Incision: Aquacel dressing stays on 7 days. Do not soak in a tub or pool for 4 weeks.
Call the Orthopaedic Clinic for: temperature over 101.5, calf swelling or pain (possible DVT - not a {{eponym:Baker's cyst}}
until proven otherwise), drainage, or new numbness.
Go to the Emergency Department for chest pain or shortness of breath.
Follow-up: Joint Replacement Clinic in 2 weeks for staple removal; X-ray at 6 weeks.
""", summary="""
Generic discharge instructions after a right total knee arthroplasty: {{drug:Xarelto}} {{dose:10 mg}} daily for 14 days, CPM
and range-of-motion goals, and warning signs of DVT.
"""),

    dict(style="referral_letter", note="""
OSU RIDGE HOSPITAL - DEPARTMENT OF MEDICINE, [[ADDRESS:Castle Road, Accra]]   Tel [[PHONE:+233 30 276 5108]]
[[DATE:3rd Sept 2024]]

The Consultant Haematologist
Northwick Park Haematology Clinic
[[ADDRESS:Harrow, Middlesex HA1 3UJ]]

Dear Colleague,
Re: Mr [[NAME:Kwabena Owusu-Ansah]], DOB [[DATE:18.11.1991]], our folder no. [[MRN:RH/24/06615]], NHS number [[MRN:485 777 3456]]
Mr [[NAME:Owusu-Ansah]] has sickle cell disease (HbSS) and relocates to [[ADDRESS:Wembley]] on [[DATE:Sept. 14th]] to join his wife,
[[NAME:Efua]]. Baseline {{lab:Hb 7.8 g/dL}}, {{lab:HbF 9%}}, {{lab:retics 11%}}. Three vaso-occlusive crises this year, last
admitted [[DATE:2/8/2024]] to [[DATE:9/8/2024]] (acute chest syndrome, exchange transfused). On {{drug:hydroxyurea}} {{dose:1 g}} daily
since [[DATE:12.01.2023]], {{drug:folic acid}} {{dose:5 mg}}, {{drug:penicillin V}} {{dose:250 mg}} bd. TCD not applicable (adult).
Avascular necrosis of L femoral head ({{score:Ficat stage II}}). Allergic to {{drug:ceftriaxone}} (rash).
He will bring his records and the last three FBCs. His UK mobile is [[PHONE:07700 900 418]]; in Ghana [[PHONE:+233 24 418 7730]].
I would be grateful if you could see him. Please e-mail me at [[EMAIL:nafrimpong@osuridge-hosp.org]] with any questions.

Yours faithfully,
Dr [[NAME:Nana Akua Frimpong]], MB ChB, FWACP
""", summary="""
Dr [[NAME:Nana Akua Frimpong]] referred [[NAME:Kwabena Owusu-Ansah]] (HbSS, on {{drug:hydroxyurea}} {{dose:1 g}}) to a UK
haematology clinic on [[DATE:3rd Sept 2024]] ahead of his move to [[ADDRESS:Wembley]] on [[DATE:Sept. 14th]].
"""),

    dict(style="ltach_transfer", note="""
ACUTE CARE -> LTACH TRANSFER SUMMARY              Transfer date: [[DATE:01/15/2025]]
[[NAME:N'KANZA, MAMIE]]   F {{age:68}}   MRN [[MRN:3381 0927]]   HAR [[MRN:440018275]]   Kindred accept ref [[MRN:KH-25-00412]]
Hosp course: ARDS from influenza A ([[DATE:12/22]]), prone x 4 sessions, trach [[DATE:1/6]] (Shiley 6 cuffed), PEG [[DATE:1/8]].
Vent: PRVC {{vital:VT 380}} / {{vital:RR 18}} / {{vital:PEEP 8}} / {{vital:FiO2 40%}}; trach-collar trials 2 h BID since [[DATE:1/12]].
{{score:RASS 0}}, {{score:CAM-ICU negative}}. {{drug:Precedex}} off [[DATE:1/10]]. Tube feeds {{drug:Jevity 1.5}} {{dose:55 mL/h}}.
Abx: {{drug:Zosyn}} completed [[DATE:1/13]] for {{eponym:Klebsiella}} VAP. {{lab:WBC 9.1}}, {{lab:Hgb 8.4}}, {{lab:albumin 2.6}}.
Lines: R basilic PICC (placed [[DATE:1/9]]), no CVC. Skin: unstageable heel - offloading boots.
Family: husband [[NAME:Kalala]] (HCPOA) [[PHONE:832-555-0187]]; son [[NAME:Patrice N'Kanza]] [[PHONE:832 555 0163]].
Handoff MD-MD: [[NAME:B. Ilunga]] (MICU) -> Dr. [[NAME:Tshimanga]] (LTACH) via phone 1310. RT report: [[NAME:dm]] -> [[NAME:Faith]]
(LTACH RT, pgr [[PHONE:4-1290]]). Nursing report to [[NAME:Nsimba]] x[[PHONE:3302]].
""", summary="""
[[NAME:Mamie N'Kanza]], {{age:68}}, trached and PEG-fed after influenza ARDS, moved to an LTACH on [[DATE:01/15/2025]] on
{{vital:PEEP 8}} / {{vital:FiO2 40%}} with trach-collar trials; her husband [[NAME:Kalala]] holds HCPOA.
"""),

    dict(style="snf_readmit_handoff", note="""
Return to SNF - brief handoff   [[DATE:8-19-24]] 1545
[[NAME:Aminu Danjuma]], {{age:79}}, back to Rm 22 at Oakview Rehab after 2-night obs stay ([[DATE:8/17]]-[[DATE:8/19]]).
Went out for L calf swelling - venous duplex neg for DVT; ruptured {{eponym:Baker's cyst}} on US. Ortho: compression, elevate,
{{drug:Tylenol}} {{dose:1 g}} TID, no NSAIDs ({{lab:eGFR 38}}). Pain {{score:3/10}} now.
No med changes otherwise. Resume {{drug:Eliquis}}? -> NO, he is not on anticoag; resume home {{drug:aspirin}} {{dose:81 mg}}.
{{vital:BP 138/82}} {{vital:HR 70}} afebrile.
Report taken by [[NAME:Thandiwe Baker]], RN (unit phone [[PHONE:(405) 555-0152]]); given by [[NAME:ali]] on 5W.
Son [[NAME:Ibrahim]] aware, will visit tonight. Hausa-speaking CNA [[NAME:Zainab]] asked to be assigned if possible.
""", summary="""
[[NAME:Aminu Danjuma]] ({{age:79}}) returned to his SNF on [[DATE:8-19-24]] after an observation stay that found a ruptured
{{eponym:Baker's cyst}} rather than DVT; [[NAME:Thandiwe Baker]], RN took report.
"""),

    dict(style="fax_referral", note="""
FACSIMILE TRANSMITTAL
TO: Dermatology Associates of Durham, referral coordinator       FAX: [[PHONE:919-555-0112]]
FROM: Bull City Infectious Disease Clinic                         FAX: [[PHONE:919-555-0113]]  TEL: [[PHONE:919 555-0114]] opt 2
DATE: [[DATE:Thu 10/31/2024]]      PAGES: 5      URGENT: [x]

Patient: [[NAME:MOLEFE, LERATO]]   DOB [[DATE:1983/05/07]]   Clinic MRN [[MRN:BID-77120]]   Medicaid ID [[MRN:900433719S]]
Ref. provider: [[NAME:Ade Ogundipe]], MD, NPI [[MRN:1548820937]]

Violaceous plaques L shin and hard palate x 6 wks; concern for {{eponym:Kaposi}} sarcoma. HIV dx in
September 2024 (seen [[DATE:9/19]]); {{lab:CD4 112}}, {{lab:VL 186,000}}; {{drug:Biktarvy}} started [[DATE:10/04]]. Please biopsy - no prior
dermatology care. Pt speaks Sesotho and English; prefers to be called "[[NAME:Lee]]".
Best number: [[PHONE:984.555.0127]] (text ok). Alt: partner [[NAME:Tumelo]] [[PHONE:984-555-0191]].
Prepared by: [[NAME:KT]] / reviewed [[NAME:SB]]    Faxed by: [[NAME:nmahlaba]]
""", summary="""
An urgent fax dated [[DATE:Thu 10/31/2024]] referred [[NAME:Lerato Molefe]] to dermatology for biopsy of suspected
{{eponym:Kaposi}} sarcoma with {{lab:CD4 112}} after {{drug:Biktarvy}} was started [[DATE:10/04]].
"""),
]
