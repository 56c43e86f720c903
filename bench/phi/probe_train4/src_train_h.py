NOTES = [
    dict(style="e_consult", note="""
E-CONSULT (Interprofessional) - Cardiology
Requesting: [[NAME:Chukwuemeka Nwosu]], MD (Primary Care, [[ADDRESS:Marysville]] clinic)
Responding: [[NAME:Austin Boateng]], MD, Cardiology    Answered: [[DATE:2025-02-14]]
Patient: [[NAME:Savannah Ofori]]    MRN [[MRN:40071265]]    DOB [[DATE:06/08/1991]]
Question: {{age:33}}F, new {{score:2/6}} systolic murmur at LUSB heard at pre-op visit (elective lap chole). Asymptomatic, runs 3x/wk. ECG NSR, no LVH. Does she need an echo before surgery?
Pertinent: {{vital:BP 112/70}}, {{vital:HR 64}}; murmur softer standing and with {{eponym:Valsalva}}. No FHx sudden death. {{lab:Hgb 12.9}}.
Response:
Thank you for this e-consult. A soft {{score:2/6}} midsystolic murmur at the LUSB that decreases with standing/{{eponym:Valsalva}} in a fit young woman with a normal ECG is most consistent with a flow (innocent) murmur. HCM is unlikely since that murmur gets louder with {{eponym:Valsalva}}.
- TTE reasonable but not required before low-risk surgery; {{score:RCRI 0}}, METs > 4.
- If a diastolic component, radiation to the carotids, syncope or a click is found, get TTE and convert to an in-person consult.
- Ok to proceed with surgery. Please let [[NAME:Savannah]] know; happy to re-review.
Time: 15 min chart review. -[[NAME:AB]]
""", summary="""
Dr. [[NAME:Nwosu]] asked Cardiology whether [[NAME:Savannah Ofori]] ({{age:33}}) needs an echo for a {{score:2/6}} murmur before surgery. Dr. [[NAME:Boateng]] judged it a flow murmur and cleared her without TTE.
"""),

    dict(style="referral_letter", note="""
Northside Family Health
[[ADDRESS:2231 Morse Rd, Columbus, OH 43229]]    Tel [[PHONE:614-555-0101]]

[[DATE:October 7, 2024]]

Dr. [[NAME:Lincoln Young]]
Rheumatology Associates of Central Ohio    Fax [[PHONE:614-555-0177]]

Re: [[NAME:Kofi Asante]], DOB [[DATE:2/19/1999]]

Dear Dr. [[NAME:Young]],
I would be grateful if you would see this young man, a {{age:25}}-year-old graduate student, for recurrent fevers, arthralgia and rash. For 6 weeks he has had daily evening fevers to {{vital:39.4 C}} with a salmon-colored evanescent truncal rash that fades by morning, sore throat, and painful wrists and knees.
Workup: {{lab:ferritin 4,850}}, {{lab:WBC 18.2}} (neutrophilic), {{lab:CRP 142}}, {{lab:ALT 88}}; ANA and RF negative; blood cultures x2 negative; EBV/CMV negative; CT C/A/P with mild splenomegaly only.
I am concerned about adult-onset {{eponym:Still}} disease ({{eponym:Yamaguchi}} criteria appear met). He is on {{drug:naproxen}} {{dose:500 mg}} BID with partial relief; I have not started steroids.
He lives with his partner [[NAME:June]] in [[ADDRESS:Clintonville]] and can be reached at [[PHONE:614-555-0104]] or [[EMAIL:kasante.osu@gmail.com]]. I'd appreciate an appointment before June if at all possible.
Sincerely,
[[NAME:Akosua Mensah-Bonsu]], DO
cc: [[NAME:Kofi Asante]]
""", summary="""
Referral of [[NAME:Kofi Asante]] ({{age:25}}) to Dr. [[NAME:Young]] in Rheumatology for fevers, evanescent rash, arthritis and {{lab:ferritin 4,850}}, concerning for adult-onset {{eponym:Still}} disease.
"""),

    dict(style="prior_auth_call", note="""
PRIOR AUTHORIZATION - PHONE LOG
Pt: [[NAME:NWOSU, CHIAMAKA O]]    DOB [[DATE:05/30/2001]]    Member ID [[MRN:XYJ884920114]]    Group [[MRN:00417726]]
Plan: Anthem Blue Cross Blue Shield (commercial)
Drug: {{drug:Humira}} ({{drug:adalimumab}}) {{dose:160 mg}} wk 0, {{dose:80 mg}} wk 2, then {{dose:40 mg}} q2wk - moderate-severe {{eponym:Crohn}} disease (K50.012), {{score:CDAI 310}}
[[DATE:11/05/2024]] 10:14 - called Anthem PA line [[PHONE:1-800-555-0160]] opt 3. Spoke w/ [[NAME:Bishop]] (rep). {{drug:Humira}} non-preferred; plan prefers biosimilar {{drug:Hadlima}} or {{drug:Hyrimoz}}. Case # [[MRN:PA-2024-7740233]] opened.
10:31 - [[NAME:Bishop]] called back: clinicals needed = colonoscopy report, SES-CD, failed {{drug:budesonide}} and {{drug:azathioprine}}. Faxed 12 pp to [[PHONE:(866) 555-0183]] at 10:52.
[[DATE:11/07]] 14:05 - f/u call, rep [[NAME:Dallas]] (ref # [[MRN:1107-5521-88]]): approved {{drug:Hadlima}} x 12 mo, auth [[MRN:A77410233]]. In this case brand {{drug:Humira}} is not covered unless a biosimilar fails.
Dr. [[NAME:Baker]] ok w/ biosimilar. Pt notified by portal; Accredo specialty pharmacy to call her at [[PHONE:513-555-0122]]. Case closed on our side.
-[[NAME:jw]]
""", summary="""
Prior authorization for [[NAME:Chiamaka Nwosu]]'s {{eponym:Crohn}} disease biologic: {{drug:Humira}} was non-preferred, and biosimilar {{drug:Hadlima}} was approved for 12 months after clinicals were faxed. Reps [[NAME:Bishop]] and [[NAME:Dallas]] handled the case.
"""),

    dict(style="e_consult", note="""
eConsult: Endocrinology
From: [[NAME:Addison Lubega]], PA-C    To: Endocrine eConsult pool    Submitted [[DATE:Jan 9]]
Pt: [[NAME:Nankya Ssebunya]] ({{age:41}}F), MRN [[MRN:10992384]]
Q: Fatigue, 6 kg wt loss, salt craving, darker knuckles and gums. AM cortisol {{lab:cortisol 3.1}} at 0810; {{lab:Na 131}}, {{lab:K 5.4}}. Could this be {{eponym:Addison}} disease, and what next? Not on steroids or OCP.
A ([[NAME:Mulugeta Haile]], MD, [[DATE:Jan 10]]):
Yes - low AM cortisol (< 5) with hyponatremia, hyperkalemia and hyperpigmentation strongly suggests primary adrenal insufficiency ({{eponym:Addison}} disease).
1. ACTH with repeat AM cortisol, {{drug:cosyntropin}} stim {{dose:250 mcg}}, renin/aldosterone, 21-hydroxylase Ab.
2. Do not delay treatment if unwell: {{drug:hydrocortisone}} {{dose:15 mg}} am / {{dose:5 mg}} pm after labs are drawn; add {{drug:fludrocortisone}} {{dose:0.1 mg}} once renin is back.
3. Sick-day rules, medical alert bracelet, {{drug:Solu-Cortef}} {{dose:100 mg}} IM kit.
4. Vomiting, SBP < 90 or {{lab:Na < 128}} -> ED.
Referral placed; [[NAME:Addison]], please let [[NAME:Nankya]] know to expect our call. cc [[NAME:Lubega]], [[NAME:Haile]]
""", summary="""
[[NAME:Addison Lubega]], PA-C, asked Endocrinology about suspected {{eponym:Addison}} disease in [[NAME:Nankya Ssebunya]] ({{age:41}}). Dr. [[NAME:Haile]] advised ACTH/cosyntropin testing, starting {{drug:hydrocortisone}} if unwell, and an urgent clinic referral.
"""),

    dict(style="referral_reply", note="""
Department of Neurology - Movement Disorders
[[DATE:18 March 2025]]

Dr. [[NAME:Georgia Parkinson]]
Hilltop Internal Medicine    Fax [[PHONE:614 555 0138]]

RE: [[NAME:Musa Danjuma]] (DOB [[DATE:08/11/1950]]; MRN [[MRN:E3390412]])

Dear [[NAME:Georgia]],
Thank you for referring Mr. [[NAME:Danjuma]], whom I saw on [[DATE:March 12th]] with his son [[NAME:Ibrahim]]. You asked whether his tremor represents {{eponym:Parkinson}} disease.
He has 18 months of right-hand rest tremor, smaller handwriting, a softer voice and a shuffling gait; his wife [[NAME:Zainab]] describes dream enactment. Anosmia for years. No neuroleptic exposure.
Exam: {{score:MoCA 27/30}}; hypomimia; R > L rigidity and bradykinesia; 4-5 Hz rest tremor R hand; reduced R arm swing; {{eponym:Myerson}} sign positive; pull test - recovers in 2 steps. Plantars flexor ({{eponym:Babinski}} negative).
Impression: idiopathic {{eponym:Parkinson}} disease, {{score:Hoehn and Yahr 2}}.
Plan: I started {{drug:carbidopa-levodopa}} {{dose:25/100}} 1/2 tab TID, titrating to 1 tab TID over 3 weeks, and referred him to PT/LSVT. I will see him again in 3 months; please page me at [[PHONE:4417]] with any concern.
With kind regards,
[[NAME:Oluwaseun Adébáyọ̀]], MD
cc: [[NAME:Musa Danjuma]]; Dr. [[NAME:Parkinson]]
""", summary="""
Neurology reply to Dr. [[NAME:Georgia Parkinson]]: [[NAME:Musa Danjuma]] has idiopathic {{eponym:Parkinson}} disease ({{score:Hoehn and Yahr 2}}). {{drug:Carbidopa-levodopa}} started with PT/LSVT and 3-month follow-up.
"""),

    dict(style="prior_auth_call", note="""
Peer-to-Peer Note - Advanced Imaging PA
Pt: [[NAME:Ibrahim dan Musa]]    DOB [[DATE:1979-04-23]]    Medicaid ID [[MRN:108844213299]]
Study: MRI L-spine w/o contrast (CPT 72148). Initial denial [[DATE:04/02/2025]], case [[MRN:EV-2503-118829]]: "less than 6 wk conservative tx."
P2P [[DATE:4/4]] 1:30 PM with eviCore medical director Dr. [[NAME:Price]], [[PHONE:888-555-0147]] x[[PHONE:5192]].
Points made: progressive L foot drop over 10 days (EHL {{score:3/5}}, was {{score:5/5}} on [[DATE:3/21]]), L4-5 radicular pain {{score:8/10}}, absent L ankle jerk; no saddle anesthesia, voiding normally. Red flags override the 6-wk rule.
[[NAME:Price]] agreed; approved, auth [[MRN:A1189302]] valid 60 days. He noted the cash price would have been about $1,140 - moot now.
Scheduled [[DATE:Sat 4/5]] 0700 at OhioHealth imaging. Pt's phone off; notified wife [[NAME:Fatima]] [[PHONE:614-555-0198]]. ED precautions (retention, saddle numbness) reviewed w/ her.
-[[NAME:Amina Yusuf]], MD
""", summary="""
Peer-to-peer with Dr. [[NAME:Price]] overturned the denial of a lumbar MRI for [[NAME:Ibrahim dan Musa]] given progressive foot drop. Imaging booked for [[DATE:4/5]] and wife [[NAME:Fatima]] informed.
"""),

    dict(style="e_consult", note="""
eConsult - Nephrology (template: identifiers in header only)
Question: {{age:58}}M with T2DM, HTN, CKD G3b A3 ({{lab:eGFR 38}}, {{lab:UACR 620 mg/g}}). On {{drug:lisinopril}} {{dose:40 mg}}, {{drug:amlodipine}} {{dose:10 mg}}, {{drug:metformin}} {{dose:500 mg}} BID, {{drug:Ozempic}} {{dose:1 mg}} weekly. {{lab:K 5.1}}, {{vital:BP 138/84}}. Should I add an SGLT2 inhibitor and/or finerenone?
Response:
- Yes, add {{drug:Farxiga}} {{dose:10 mg}} daily now (eGFR > 20). Expect an eGFR dip of up to 30% in the first month - do not stop for that. Sick-day rules; hold before surgery.
- Keep metformin at {{dose:500 mg}} BID while eGFR 30-45.
- Finerenone ({{drug:Kerendia}}) {{dose:10 mg}} can be added once K is 4.8 or less; SGLT2i often lowers K, so recheck BMP in 4 wk first.
- BP goal < 130/80 per KDIGO; could add {{drug:chlorthalidone}} {{dose:12.5 mg}} if K stays high.
- Refer in person if eGFR < 30, UACR rising despite therapy, or K > 5.5.
Time: 12 min.
""", summary="""
Nephrology eConsult for diabetic CKD G3b A3: start {{drug:Farxiga}} {{dose:10 mg}} now, then consider {{drug:Kerendia}} once potassium allows. BMP in 4 weeks and in-person referral criteria given.
"""),

    dict(style="referral_letter", note="""
REFERRAL - Ophthalmology (Retina)
To: Dr. [[NAME:Ọlálékan Oyèwùmí]], Retina Consultants    Fax [[PHONE:(614) 555-0161]]
From: [[NAME:Ngozi Eze]], MD, Family Medicine - [[DATE:12 Feb 2025]]
Patient: Mrs. [[NAME:Folasade Adéwálé]]    DOB [[DATE:07/19/1956]]    Ph [[PHONE:614-555-0135]]
Address: [[ADDRESS:86 Chittenden Ave, Apt 2B, Columbus, OH 43201]]
Reason: T2DM x 20 yr; retinal camera screen [[DATE:2/3]] read as moderate NPDR OU with possible DME OD. VA {{vital:20/40}} OD, {{vital:20/25}} OS.
{{lab:A1c 9.2%}}, {{vital:BP 148/86}}. On {{drug:insulin glargine}} {{dose:30 units}} qhs, {{drug:metformin}} {{dose:1000 mg}} BID. No anticoagulant.
Request: evaluation and management; anti-VEGF if indicated.
She speaks Yoruba and English and prefers her son [[NAME:Tunde]] present - he drives in from [[ADDRESS:Dayton]], so mornings are hard. Mrs. [[NAME:Adewale]] (she often drops the accents) is aware of urgency.
Urgency: within 4 weeks.
cc: [[NAME:jw]] (referral coordinator); [[NAME:Eze N]]
""", summary="""
Family Medicine referral of [[NAME:Folasade Adéwálé]] to Retina for moderate NPDR with possible macular edema and {{vital:20/40}} vision in the right eye. Requested within 4 weeks; son [[NAME:Tunde]] to attend.
"""),

    dict(style="insurance_call", note="""
Billing / Insurance Call Note - Patient Financial Services
Acct: [[NAME:FALL, CHEIKH A]]    Guarantor: self    HAR [[MRN:7730019921]]
Payer: Humana Medicare Advantage    Medicare ID [[MRN:1EG4-TE5-MK72]]
DOS [[DATE:09/14/2024]]-[[DATE:09/19/2024]], claim # [[MRN:2024263118004]] - denied CO-50 (not medically necessary) for inpatient status.
[[DATE:10/22/24]] 09:40 called Humana provider line [[PHONE:800-555-0171]]. Spoke w/ [[NAME:Jordan]], ref [[MRN:HUM-102224-0931]].
[[NAME:Jordan]] states inpatient auth was never requested. ED admit after a fall with L femoral neck fx; hemiarthroplasty [[DATE:9/15]]. Retro-auth not available; must file level 1 appeal within 60 days.
Mr. [[NAME:Fall]] ({{age:82}}) had a mechanical fall at home in [[ADDRESS:Grove City]]; stay met the 2-midnight rule.
Identity for the record: last 4 SSN [[SSN:6620]], DOB [[DATE:1/27/1942]].
Supervisor [[NAME:Cross]] gave the appeals fax [[PHONE:888-555-0189]]. Appeal letter drafted for Dr. [[NAME:Diop]]'s signature w/ op note, H&P, PT notes; to [[NAME:Diop]] and [[NAME:Gueye]] for review.
-[[NAME:Moussa Seck]], PFS
""", summary="""
Humana denied inpatient status for [[NAME:Cheikh Fall]]'s hip fracture admission after a fall; rep [[NAME:Jordan]] advised a level 1 appeal. Appeal drafted for Dr. [[NAME:Diop]]'s signature.
"""),

    dict(style="e_consult", note="""
E-consult -> Hematology    submitted [[DATE:06/10/2025]] by [[NAME:unnaji2]] ([[NAME:Uchenna Nnaji]], NP)
Pt [[NAME:Ezinne Okoro]], {{age:34}}F, MRN [[MRN:30018823]]
Q: microcytic anemia not improving on oral iron. {{lab:hb 8.9}} ([[DATE:3/2]]) -> {{lab:hb 9.1}} ([[DATE:6/2]]) despite {{drug:ferrous sulfate}} {{dose:325 mg}} daily x 3 mo. {{lab:MCV 68}}, {{lab:ferritin 6}}, {{lab:TSAT 4%}}. Heavy menses (pad q1-2h on days 1-2). No GI sx. Celiac screen neg. Pt asks about her sister's "sickle trait"; hb electrophoresis not done.
A: [[NAME:Okorro]] has persistent iron deficiency from heavy menstrual bleeding with poor response to oral iron (check adherence; alternate-day dosing absorbs better).
Recs:
- IV iron: {{drug:Injectafer}} {{dose:750 mg}} x2 one week apart ({{drug:Venofer}} if not covered); check phos after {{drug:Injectafer}}.
- hb electrophoresis after repletion (thalassemia trait can coexist).
- GYN referral; consider LNG-IUD ({{drug:Mirena}}) or {{drug:tranexamic acid}} {{dose:1300 mg}} TID during menses.
- Recheck CBC/ferritin 4-6 wk after IV iron.
No in-person visit needed unless refractory. d/w [[NAME:Nnaji]] by chat.
[[NAME:Kwame Ofori]], MD (Heme)
""", summary="""
Hematology eConsult for [[NAME:Ezinne Okoro]] ({{age:34}}) with iron deficiency anemia from heavy menses despite oral iron. Advised IV {{drug:Injectafer}}, hemoglobin electrophoresis after repletion and GYN referral.
"""),

    dict(style="referral_reply", note="""
GASTROENTEROLOGY CONSULT LETTER (reply to referral)
[[DATE:Wed, Nov 5]]
To: [[NAME:Wanjiru Kamau]], MD - Family Practice, [[ADDRESS:Delaware]]
Re: [[NAME:LUBEGA, GODFREY K]]    DOB [[DATE:1958-06-30]]    Acct [[MRN:A55102938]]
Dear Dr. [[NAME:Kamau]],
Thank you for asking me to see Mr. [[NAME:Lubega]], {{age:67}}, about surveillance colonoscopy before reversal. As you know, in 2023 he had perforated sigmoid diverticulitis treated with a {{eponym:Hartmann}} procedure by Dr. [[NAME:Hartmann]] at Riverside (no relation to the operation's namesake, he tells everyone).
I performed colonoscopy via the rectal stump and stoma on [[DATE:October 30, 2025]]: stump - mild diversion proctitis; colon via stoma - 2 tubular adenomas (6 mm, 8 mm) removed by cold snare; {{score:BBPS 8}}. Pathology [[MRN:S25-10432]]: tubular adenomas, no high-grade dysplasia.
1. Cleared from a GI standpoint for {{eponym:Hartmann}} reversal; copy sent to [[NAME:Hartmann]].
2. Repeat colonoscopy in 3 years.
3. No {{drug:hydrocortisone}} enemas needed; diversion proctitis resolves after reversal.
He came with his daughter [[NAME:Nalubega]], who asked that scheduling go through her at [[PHONE:614-555-0124]].
Yours sincerely,
[[NAME:Salim bin Khamis]], MD
""", summary="""
GI reply to Dr. [[NAME:Kamau]]: [[NAME:Godfrey Lubega]] had 2 small adenomas removed and is cleared for {{eponym:Hartmann}} reversal by Dr. [[NAME:Hartmann]]. Repeat colonoscopy in 3 years.
"""),

    dict(style="prior_auth_call", note="""
PA call log - {{drug:Wegovy}} ({{drug:semaglutide}}) {{dose:0.25 mg}} weekly
Patient: [[NAME:Patience Owusu]]    DOB [[DATE:10-03-1983]]    Caremark ID [[MRN:CVS7730125580]]
Called CVS Caremark PA dept [[PHONE:1 (888) 555-0129]] on [[DATE:5/14/25]] @ 0905; on hold 38 min ("thank you for your patience").
Rep: [[NAME:Hunter]] (ID [[MRN:K4471]]). Plan excludes weight-loss drugs; {{drug:Wegovy}} only covered for CV risk reduction (established ASCVD + BMI 27 or more). Pt: {{vital:BMI 41.2}}, OSA on CPAP, prediabetes ({{lab:A1c 6.2%}}), no ASCVD -> does not qualify.
Asked about {{drug:Zepbound}} for the OSA indication ({{score:AHI 34}}) - per [[NAME:Hunter]], moderate-severe OSA with BMI 30 or more is covered w/ PA. Submitted via CoverMyMeds key [[MRN:BKXR9T2M]].
[[DATE:5/16]]: approved {{drug:Zepbound}} {{dose:2.5 mg}} x 4 wk then {{dose:5 mg}}; auth through [[DATE:11/16/25]].
Called [[NAME:Patience]], left VM at [[PHONE:614-555-0109]]; MyChart msg sent. Dr. [[NAME:Amoah]] notified.
-[[NAME:gk]] (MA)
""", summary="""
{{drug:Wegovy}} was not covered for [[NAME:Patience Owusu]], but {{drug:Zepbound}} was approved for her moderate-severe sleep apnea after a PA call with rep [[NAME:Hunter]]. Patient and Dr. [[NAME:Amoah]] notified.
"""),

    dict(style="referral_letter", note="""
Pediatric Referral - ENT
Referring: [[NAME:Mamadou Diop]], MD | Westgate Pediatrics | Ph [[PHONE:614-555-0150]] / Fax [[PHONE:614-555-0151]]
Child: [[NAME:Ty Ndiaye]] ({{age:6}})    DOB [[DATE:02/11/2019]]    Parent: [[NAME:Faith Ndiaye]]
Reason: recurrent tonsillitis + snoring with witnessed pauses.
7 documented episodes of strep pharyngitis in the past 12 months ([[DATE:3/4/24]], [[DATE:5/1/24]], [[DATE:7/19/24]], and four since), which meets {{eponym:Paradise}} criteria.
Loud nightly snoring, pauses seen by mom, restless sleep, daytime inattention flagged by his teacher. Tonsils {{score:3+}} bilaterally; no adenoid facies.
Allergy: {{drug:amoxicillin}} (hives) - treated with {{drug:azithromycin}} / {{drug:cephalexin}}. Growth 40th %ile.
Request: evaluation for T&A; PSG if you feel it is needed.
[[NAME:Faith]] prefers morning appointments; [[NAME:Ty]] has speech therapy Tues/Thurs afternoons. She can be reached by text.
Thank you, [[NAME:M. Diop]]
""", summary="""
Pediatric referral of [[NAME:Ty Ndiaye]] ({{age:6}}) to ENT for recurrent strep tonsillitis meeting {{eponym:Paradise}} criteria and snoring with apneas. Tonsillectomy evaluation requested.
"""),

    dict(style="prior_auth_call", note="""
Payer Criteria Summary (PA team reference) - {{drug:Dupixent}} ({{drug:dupilumab}})
Atopic dermatitis, age 6 mo or older: {{score:EASI 16}} or more or {{score:IGA 3}} or more, BSA 10% or more; failure of 2 topicals incl. one medium-or-higher potency TCS and one TCI ({{drug:tacrolimus}} / {{drug:pimecrolimus}}) or {{drug:Eucrisa}}; prescribed by Dermatology or Allergy.
Asthma: eosinophilic phenotype ({{lab:AEC 150}} or more) or OCS-dependent, on medium-high dose ICS + LABA.
Also covered: CRSwNP, EoE, COPD with {{lab:eos 300}} or more, prurigo nodularis.
Initial approval 6 mo; renewal 12 mo with documented response (EASI-50 or better).
Common denial reasons: missing TCS trial dates, no BSA documented, Rx from PCP, no EASI.
Tips: attach photos; list each topical with strength, start and stop month; Appeals via CoverMyMeds.
""", summary="""
Internal payer-criteria summary for {{drug:Dupixent}} prior authorizations across atopic dermatitis, asthma and other indications, with common denial reasons.
"""),

    dict(style="insurance_call", note="""
DME Insurance Verification Call - CPAP
Pt: [[NAME:Abubakar Garba]]    DOB [[DATE:3 Jun 1968]]    Ohio Medicaid ID [[MRN:910088442713]] (MCO: CareSource)
Order: auto-CPAP (ResMed AirSense 11) w/ heated humidifier, full face mask (F20). HST [[DATE:2025-06-24]]: {{score:AHI 28.4}}, nadir {{vital:SpO2 79%}}, {{score:ESS 14}}.
[[DATE:7/1]] 11:20 called CareSource [[PHONE:1-800-555-0148]]; spoke w/ [[NAME:Brown]] (rep), call ref [[MRN:CS07012025-4481]]; transferred to [[NAME:Lincoln]] in DME.
Per [[NAME:Brown]]: no PA for E0601 rental when AHI 15 or more; compliance download due by day 90 (4 h/night on 70% of nights); 13-month capped rental.
Delivery: [[ADDRESS:3319 Sullivant Ave, Columbus 43204]]. Pt prefers calls to his nephew [[NAME:Yusuf]] ([[PHONE:614-555-0170]]), who interprets Hausa.
Setup with RT [[NAME:May]] at Apria on [[DATE:July 8th]]. Pt may bring mask questions to [[NAME:May]].
-[[NAME:tk]]
""", summary="""
CareSource confirmed no prior authorization is needed for an auto-CPAP for [[NAME:Abubakar Garba]] ({{score:AHI 28.4}}), with a 90-day compliance requirement. Setup booked with RT [[NAME:May]]; nephew [[NAME:Yusuf]] is the contact.
"""),

    dict(style="e_consult", note="""
eConsult: Infectious Diseases - latent tb?
Requester: [[NAME:Wairimu Gachanja]], NP (Refugee Health Clinic)    [[DATE:Aug 18]]
Pt: [[NAME:Njeri Mwangi]], {{age:29}}F, arrived from [[ADDRESS:Nyeri]] 4 mo ago. MRN [[MRN:77120634]]
Q: QFT positive (TB Ag-Nil {{lab:2.41}}), CXR clear, asymptomatic (no cough, fevers, wt loss, night sweats). Breastfeeding a 5-mo infant. BCG as child. No meds. {{lab:ALT 19}}. Which LTBI regimen - treat now or after weaning?
A: Treat now; BCG does not cause a positive IGRA.
- {{drug:rifampin}} {{dose:600 mg}} daily x 4 mo (4R) preferred; compatible w/ breastfeeding. Counsel orange secretions; interacts w/ hormonal contraception - she uses {{drug:Depo-Provera}}, ok.
- Alternative 3HP ({{drug:isoniazid}} + {{drug:rifapentine}}) weekly x 12.
- Baseline LFTs optional (no liver risk); monthly sx check by phone.
- Infant: no tx needed when mother has ltbi, not active tb; routine peds f/u.
- [[NAME:Mwangi]] can get meds free via the county tb clinic; report per protocol.
~[[NAME:tb]]
""", summary="""
ID eConsult for [[NAME:Njeri Mwangi]] ({{age:29}}), breastfeeding, with latent TB: start 4 months of {{drug:rifampin}} {{dose:600 mg}} now. The infant needs no treatment.
"""),

    dict(style="referral_letter", note="""
Referral to Geriatric Medicine / Memory Clinic
[[DATE:Monday, February 3, 2025]]
Dear Colleague,
Re: [[NAME:Almaz Haile]] ([[AGE:96]]), DOB [[DATE:5/5/1928]], MRN [[MRN:62-77013]]
I'd be grateful for your assessment of Mrs. [[NAME:Hailé]], a delightful [[AGE:96]]-year-old woman who lives with her granddaughter [[NAME:Bethlehem Kebede]] in [[ADDRESS:Yellow Springs]]. Over the past year the family have noticed increasing forgetfulness, repeated questions, getting lost walking home from church, and recent evening agitation.
{{score:MoCA 16/30}} (with Amharic interpreter [[NAME:Kidist]]); {{score:Mini-Cog 1/5}}. B12, TSH and RPR normal. CT head: moderate small-vessel disease and generalized atrophy.
Meds: {{drug:amlodipine}} {{dose:5 mg}}, {{drug:vitamin D}} {{dose:1000 IU}}; {{drug:donepezil}} not started. One fall in January. Wears hearing aids.
Social: widowed; [[NAME:Bethlehem]] works nights and her brother [[NAME:Dawit]] helps at weekends. DNR on file.
Questions: dementia subtype, whether a cholinesterase inhibitor is appropriate at [[AGE:ninety-six]], caregiver support and home safety.
Many thanks,
[[NAME:Tsehay Wolde]], MD
""", summary="""
Referral of [[NAME:Almaz Haile]] ([[AGE:96]]) to the Memory Clinic for progressive memory loss ({{score:MoCA 16/30}}) and evening agitation. Advice sought on dementia subtype, {{drug:donepezil}} and caregiver support for granddaughter [[NAME:Bethlehem]].
"""),

    dict(style="prior_auth_call", note="""
{{drug:Dupixent}} PA - phone + portal documentation
Child: [[NAME:Chidi Obi]]    DOB [[DATE:2017-12-01]]    Member [[MRN:W88304471902]]    Plan: Medical Mutual
Prescriber: Dr. [[NAME:Amaka Okonkwo]] (Peds Derm)
[[DATE:Thu 9/11]] 1345: submitted via CMM key [[MRN:BY7KXQ2L]].
[[DATE:9/15]] 0910: denied - "insufficient trial of topical calcineurin inhibitor." Called Medical Mutual [[PHONE:(800) 555-0112]]; rep [[NAME:White]] confirmed. Chart shows 8 wk {{drug:tacrolimus}} {{dose:0.03%}} ([[DATE:May 2]]-[[DATE:June 27]]) but it was left out of the submission.
Per [[NAME:White]], resubmit as reconsideration with office notes; no new PA needed. Ref [[MRN:MM-0915-2210]].
Clinicals sent: {{score:EASI 24.5}}, BSA 30%, {{score:IGA 4}}, nightly sleep loss, white dermographism on exam; failed {{drug:triamcinolone}} {{dose:0.1%}} and {{drug:Eucrisa}}.
[[DATE:9/17]]: approved x 6 mo. Mom [[NAME:ifeoma]] notified by phone; injection teaching w/ RN [[NAME:bishop]] on [[DATE:9/22]].
-[[NAME:pk]]
""", summary="""
{{drug:Dupixent}} for [[NAME:Chidi Obi]]'s atopic dermatitis was first denied for lack of a calcineurin-inhibitor trial, then approved for 6 months on reconsideration. Mother [[NAME:Ifeoma]] notified and teaching booked.
"""),

    dict(style="referral_reply", note="""
RHEUMATOLOGY - CONSULTATION REPLY
[[DATE:3rd of March 2025]]
Dr. [[NAME:Madison Green]]
[[ADDRESS:455 E Main St, Lancaster, OH 43130]]
Re: [[NAME:Nabukeera Namutebi]]    DOB [[DATE:1972-09-14]]
Dear [[NAME:Madison]],
Thank you for referring Ms. [[NAME:Namutebi]] ({{age:52}}) with dry eyes, dry mouth and color changes of her hands in the cold.
Findings: {{eponym:Schirmer}} test 3 mm OD / 4 mm OS at 5 min; low unstimulated salivary flow; {{eponym:Raynaud}} phenomenon with triphasic change, no digital ulcers; parotids not enlarged; no synovitis.
Labs: {{lab:ANA 1:640}} speckled, anti-Ro/SSA and anti-La/SSB positive, {{lab:RF 42}}, {{lab:C3 98}}, {{lab:C4 18}}, {{lab:IgG 2140}}, {{lab:ESR 38}}; CBC normal; SPEP no M-spike.
Impression: primary {{eponym:Sjögren}} disease ({{score:ACR/EULAR 6}}) with {{eponym:Raynaud}} phenomenon.
Plan: {{drug:hydroxychloroquine}} {{dose:200 mg}} BID (baseline OCT ordered), {{drug:pilocarpine}} {{dose:5 mg}} TID, {{drug:Restasis}} OU, dental review every 6 months, {{drug:nifedipine ER}} {{dose:30 mg}} for {{eponym:Raynaud}}.
She works outdoors at a garden center in [[ADDRESS:Canal Winchester]] - "anything green in the cooler freezes my fingers" - so gloves and hand warmers. Lymphoma risk counselled.
Follow-up 3 months. Per her request a copy goes to [[EMAIL:nnamutebi72@yahoo.com]].
Kind regards,
[[NAME:Kwame A. Owusu]], MD, FACR
""", summary="""
Rheumatology reply to Dr. [[NAME:Green]]: [[NAME:Nabukeera Namutebi]] has primary {{eponym:Sjögren}} disease with {{eponym:Raynaud}} phenomenon. Started {{drug:hydroxychloroquine}}, {{drug:pilocarpine}} and {{drug:nifedipine}}.
"""),

    dict(style="e_consult", note="""
eConsult - Dermatology (3 photos attached)
Requested by [[NAME:Cushing, Sunny]] PA-C on [[DATE:2025-04-16]]; answered by [[NAME:Wambui Kimani]] MD on [[DATE:4/17]]
Pt: [[NAME:Hauwa Sule]], {{age:44}}F, MRN [[MRN:48810273]]
Q: Purple wide striae on abdomen/axillae, easy bruising, 9 kg wt gain over 6 mo. Using {{drug:clobetasol}} {{dose:0.05%}} ointment on whole trunk BID for "eczema" x 8 mo (bought OTC abroad). Also velvety dark plaques in axillae. {{eponym:Cushingoid}}? Need Endocrine too?
A: Photos show violaceous striae > 1 cm, forearm ecchymoses and acanthosis nigricans. Prolonged super-potent topical steroid over a large area can cause iatrogenic {{eponym:Cushing}} syndrome and HPA-axis suppression.
- Do not stop abruptly: switch to {{drug:triamcinolone}} {{dose:0.1%}} BID x 2 wk, daily x 2 wk, then {{drug:hydrocortisone}} {{dose:2.5%}}, then stop.
- 8 AM cortisol after taper; if < 10, Endocrine eConsult (adrenal insufficiency risk).
- Striae are permanent but fade; {{drug:tretinoin}} later if desired. A1c for the acanthosis.
Thanks, [[NAME:Sunny]] - happy to see [[NAME:Hauwa]] in clinic if the eczema flares during taper. -[[NAME:WK]]
""", summary="""
Dermatology eConsult from [[NAME:Sunny Cushing]], PA-C: [[NAME:Hauwa Sule]] likely has iatrogenic {{eponym:Cushing}} syndrome from months of whole-trunk {{drug:clobetasol}}. Advised a stepped steroid taper and AM cortisol afterwards.
"""),

    dict(style="insurance_call", note="""
Home Health Authorization - phone note
[[DATE:01/08/2025]] 15:22    Caller: [[NAME:Ed]] @ Aetna Medicare ([[PHONE:877-555-0135]] ext [[PHONE:40291]])
Re: [[NAME:OKAFOR, GODWIN C]], [[AGE:93]]yo M, Aetna ID [[MRN:W1928403316]]
[[NAME:Ed]] requests updated face-to-face documentation for home health (SN for wound care and {{eponym:Foley}} changes, PT): F2F must be within 90 days before SOC [[DATE:1/6]]; last visit on file [[DATE:Sept 30]] is over 90 days.
Told [[NAME:Ed]] that Dr. [[NAME:O'Neil-Adeyemi]] saw pt by video [[DATE:12/20]] (telehealth F2F acceptable). Faxed note to [[PHONE:860-555-0177]] 15:40.
Pt (aged [[AGE:93]]) lives w/ son [[NAME:Goodluck]] in [[ADDRESS:Obetz]]; stage 3 sacral pressure injury, {{score:Braden 13}}; no wound vac needed.
Agency: Amedisys; intake RN [[NAME:Al Foley]] [[PHONE:614-555-0163]]. [[NAME:Foley]] will call back w/ auth # by Fri.
[[DATE:1/9]]: auth [[MRN:HH-55120983]], 60-day episode approved. [[NAME:Goodluck]] informed; said "good luck getting a nurse out here in the snow."
-[[NAME:ay]]
""", summary="""
Aetna needed a recent face-to-face note for home health for [[NAME:Godwin Okafor]] ([[AGE:93]]); the [[DATE:12/20]] video visit was faxed and a 60-day episode was approved. Son [[NAME:Goodluck]] informed.
"""),

    dict(style="insurance_call", note="""
Benefits Inquiry - general policy question (no patient identifiers given to payer)
Called UnitedHealthcare provider services to clarify osteoporosis drug policy for the Bone Health program.
- {{drug:Prolia}} ({{drug:denosumab}}) {{dose:60 mg}} q6mo: covered under medical benefit with PA; requires DXA {{score:T-score -2.5}} or lower, or osteopenia with FRAX 10-yr hip risk 3% or more, and failure/intolerance of an oral bisphosphonate ({{drug:alendronate}} {{dose:70 mg}} weekly).
- {{drug:Evenity}} ({{drug:romosozumab}}): step therapy through {{drug:Forteo}} or {{drug:Tymlos}} unless very high risk (fracture within 12 mo); excluded with MI or stroke in the past year.
- {{drug:Reclast}} {{dose:5 mg}} IV yearly: no PA at infusion center; CrCl must be 35 or more.
- Repeat DXA covered every 2 years, or yearly on active therapy.
Rep confirmed policy doc is on the provider portal; reference given for our records only. No Clinical Pharmacist review required.
""", summary="""
General benefits call clarifying UnitedHealthcare coverage rules for {{drug:Prolia}}, {{drug:Evenity}}, {{drug:Reclast}} and repeat DXA scans; no patient-specific information.
"""),
]
