"""Hand-written probe-training notes, part c: consult letters, referral letters, clinic letters to GPs,
cardiology / endocrinology / GI / rheumatology / dermatology outpatient notes."""

NOTES = [
    dict(style="consult_letter", note="""
Heartland Cardiovascular Associates - Outpatient Consultation

[[DATE:October 14, 2024]]

Dr. [[NAME:Rajiv Malhotra]]
Lakeshore Family Medicine
[[ADDRESS:2210 N. Halsted St]], [[ADDRESS:Chicago, IL 60614]]
Fax [[PHONE:(773) 555-0192]]

RE: [[NAME:HOPE, GRACE A]]    DOB [[DATE:02/09/1958]]    MRN [[MRN:40718823]]

Dear Dr. [[NAME:Malhotra]],

Thank you for asking me to see [[NAME:Grace Hope]], a {{age:66}}-year-old retired baker, for exertional chest tightness. The tightness comes on walking up the hill to [[NAME:June]]'s house and settles within five minutes of rest. She has never used {{drug:nitroglycerin}}. No syncope. [[NAME:Will]] came with her and confirms she has slowed down since June.

Exam: {{vital:BP 148/86}}, {{vital:HR 78}} regular, no murmur, no {{eponym:Kussmaul}} sign. ECG sinus rhythm with nonspecific T-wave flattening V5-V6. Lipids [[DATE:9/30]]: {{lab:LDL 162}}, {{lab:HDL 41}}.

Plan:
- Exercise stress echo, {{eponym:Bruce}} protocol.
- Start {{drug:atorvastatin}} {{dose:40 mg}} nightly and {{drug:aspirin}} {{dose:81 mg}} daily.
- {{drug:Metoprolol succinate}} {{dose:25 mg}} daily.
I hope to see her back after the stress test and we will call with results. Questions: page me at [[PHONE:312-555-0148]] or leave word with [[NAME:Rose]] at the front desk.

Sincerely,
[[NAME:Sameer Qureshi]], MD, FACC
[[NAME:SQ]]/[[NAME:mlk]]
""", summary="""
[[NAME:Sameer Qureshi]] saw [[NAME:Grace Hope]] ({{age:66}}) on [[DATE:October 14, 2024]] for exertional angina, ordered a {{eponym:Bruce}} protocol stress echo and started {{drug:atorvastatin}}, {{drug:aspirin}} and {{drug:metoprolol succinate}}.
"""),

    dict(style="referral_letter", note="""
Moss Side Health Centre
[[ADDRESS:Raby Street]], [[ADDRESS:Manchester]] [[ADDRESS:M14 4SL]]   Tel [[PHONE:0161 496 0318]]

[[DATE:3rd March 2025]]

Dear Endocrinology colleague,

Re: Mrs [[NAME:Nasreen Akhtar-Bajwa]], DOB [[DATE:17/11/1971]], NHS No [[MRN:943 476 5919]]
[[ADDRESS:14 Claremont Road]], [[ADDRESS:Rusholme]]

I would be grateful if you could see this lady with a diffuse goitre and a suppressed TSH. [[NAME:Shabana]], her sister, was treated for {{eponym:Graves}} disease in [[ADDRESS:Lahore]] some years ago.
Bloods [[DATE:24/02/2025]]: {{lab:TSH <0.01}}, {{lab:free T4 31.2}}, {{lab:TRAb 6.8}}. She has lost 5 kg since the autumn, has a fine tremor and palpitations; {{vital:pulse 104}} irregular in surgery today and the ECG shows AF.
After discussion with the duty endocrine registrar (Dr [[NAME:Ji-woo Oh]]) I have started {{drug:carbimazole}} {{dose:20 mg}} od and {{drug:propranolol}} {{dose:40 mg}} tds. {{score:CHA2DS2-VASc 2}}, so {{drug:apixaban}} {{dose:5 mg}} bd has been started as well.
She speaks Punjabi and Urdu; [[NAME:Faisal]] (son) usually interprets, mobile [[PHONE:07700 900 414]]. The price of her prescriptions worries her - she now has a prepayment certificate.

Yours sincerely

Dr [[NAME:Imogen Price]]
GP Partner
cc [[NAME:Nasreen Akhtar-Bajwa]]
""", summary="""
On [[DATE:3rd March 2025]] Dr [[NAME:Imogen Price]] referred [[NAME:Nasreen Akhtar-Bajwa]] with probable {{eponym:Graves}} thyrotoxicosis and new AF, having started {{drug:carbimazole}}, {{drug:propranolol}} and {{drug:apixaban}}.
"""),

    dict(style="gp_clinic_letter", note="""
RHEUMATOLOGY OUTPATIENTS - Northern General Hospital
Clinic date: [[DATE:Tue 11/02/2025]]    Hospital No: [[MRN:S1187342]]
Patient: [[NAME:KING, MERCY L]]
Dictated: Dr [[NAME:Tariq Al-Hashimi]], Consultant Rheumatologist    Typed: [[NAME:LW]] [[DATE:14/02/2025]]

Dear Dr [[NAME:Venkataraman]],

Diagnoses: 1. Seropositive rheumatoid arthritis ({{lab:RF 88}}, {{lab:anti-CCP >300}})  2. Secondary {{eponym:Sjogren}} syndrome  3. Osteopenia
Medication: {{drug:methotrexate}} {{dose:20 mg}} weekly s/c, {{drug:folic acid}} {{dose:5 mg}} weekly, {{drug:hydroxychloroquine}} {{dose:200 mg}} od

I saw [[NAME:Mercy]] today with [[NAME:Bo]], her partner. Despite good adherence her {{score:DAS28-CRP 5.3}} remains high with 8 swollen joints including both wrists; the {{eponym:Heberden}} nodes are osteoarthritic rather than inflammatory. She cannot make up the king-size bed or lift her youngest, and as a young mother of three this is hard.
She now meets NICE criteria for biologic therapy, so we will proceed with {{drug:adalimumab}} (biosimilar {{drug:Amgevita}}) once QuantiFERON, hepatitis B/C and VZV serology are back. [[NAME:Sunny Gill]], our specialist nurse, will arrange injection teaching on [[PHONE:0114 271 3905]].
Review in 3 months.

Yours sincerely,
[[NAME:T Al-Hashimi]]
""", summary="""
Dr [[NAME:Tariq Al-Hashimi]] reported that [[NAME:Mercy King]] has active seropositive RA ({{score:DAS28-CRP 5.3}}) on {{drug:methotrexate}} and plans {{drug:adalimumab}} after screening, with teaching by [[NAME:Sunny Gill]].
"""),

    dict(style="cardiology_clinic", note="""
CARDIOLOGY CLINIC - FOLLOW-UP
CC: palpitations; HFrEF follow-up
HPI: Returns after {{eponym:Holter}} and Zio XT patch. Zio: 4% PVC burden, two runs of NSVT (longest 6 beats). Echo: LVEF 35-40%, moderate functional MR, no LV thrombus. {{score:NYHA class II}}. Tolerating {{drug:Entresto}} {{dose:49/51 mg}} BID; {{drug:Farxiga}} {{dose:10 mg}} added last visit without issue.
Vitals: {{vital:BP 112/70}}, {{vital:HR 64}}, {{vital:Wt 88.2 kg}}.
Labs: {{lab:K 4.8}}, {{lab:Cr 1.3}}, {{lab:NT-proBNP 1,240}}.
Exam: JVP not elevated; no S3; trace pedal edema.
A/P:
1. Ischemic HFrEF - continue {{drug:Entresto}}, {{drug:Toprol XL}} {{dose:100 mg}}, {{drug:Farxiga}}; add {{drug:spironolactone}} {{dose:12.5 mg}}; BMP in 1 week.
2. NSVT - if EF remains 35% or less on repeat echo in 3 mo, refer to EP for primary-prevention ICD (Boston Scientific vs Medtronic per EP).
3. Functional MR - MitraClip (TEER) evaluation if it persists on optimized GDMT.
4. {{score:CHA2DS2-VASc 3}}, no AF captured - no anticoagulation.
RTC 3 months. Heart Failure Nurse Line for weight gain over 2 lb/day.
""", summary="""
Follow-up for ischemic HFrEF with NSVT on a Zio patch: {{drug:spironolactone}} added to {{drug:Entresto}}, {{drug:Toprol XL}} and {{drug:Farxiga}}, with an ICD referral if the EF does not improve.
"""),

    dict(style="endocrinology_clinic", note="""
ENDOCRINOLOGY - DIABETES CLINIC
Pt: [[NAME:Yoon, Summer Ha-eun]]    MRN [[MRN:00618274]]    Visit [[DATE:2025-01-22]]
PCP: [[NAME:Hunter Bishop]], DO    Seen with CDCES [[NAME:Mason Young]], RN

S: [[NAME:Ha-eun]] (goes by [[NAME:Summer]]) is {{age:34}}, T1DM since age 11, on Omnipod 5 with Dexcom G7. Works as a lifeguard in the summer and has lows with long swims. Two readings under 54 last week, no assistance needed. [[NAME:Ty]] (boyfriend) keeps {{drug:Baqsimi}} at home.
O: {{vital:BP 118/72}}, {{vital:BMI 23.1}}. {{lab:A1c 7.4%}} (was {{lab:7.9%}}). CGM 14 d: TIR 68%, TBR 5%, GMI 7.2%.
A/P:
- Activity feature 1 h before swims; carb ratio lunch 1:8 -> 1:10.
- Refills: {{drug:Humalog}} U-100, {{drug:Baqsimi}} {{dose:3 mg}}.
- TSH yearly (mother has {{eponym:Hashimoto}} thyroiditis).
- Will fax note to Dr. [[NAME:Bishop]].
- F/u 3 mo w [[NAME:mason]] for pump download; diagnosed young, retinal screen due - ordered.
[[NAME:Noor Haddad]], MD
""", summary="""
[[NAME:Summer Yoon]] ({{age:34}}, T1DM on Omnipod 5) was seen by [[NAME:Noor Haddad]] and [[NAME:Mason Young]] on [[DATE:2025-01-22]] for exercise lows; settings were changed and {{drug:Baqsimi}} refilled.
"""),

    dict(style="gi_clinic", note="""
GI Clinic Note - [[DATE:Thursday, May 8, 2025]]
[[NAME:Dev Chaudhary]] ({{age:58}} M), ref'd by Dr. [[NAME:Lionel Barrett]] after EGD in [[ADDRESS:Joliet]] showed {{eponym:Barrett}}'s esophagus.
Path: intestinal metaplasia, no dysplasia; {{score:Prague C3M5}}; {{score:LA grade B}} esophagitis; 3 cm hiatal hernia.
On {{drug:omeprazole}} {{dose:20 mg}} daily, taken after dinner. Heartburn 3-4 nights/wk. [[NAME:Priyanka]] (wife) reports loud snoring. {{vital:BMI 32.6}}.
Plan:
- Switch to {{drug:Dexilant}} {{dose:60 mg}} daily; head-of-bed elevation, no meals 3 h before bed.
- Repeat EGD in 3 yrs with Seattle protocol biopsies (non-dysplastic, short segment).
- If refractory: Bravo pH capsule off PPI, then {{eponym:Nissen}} fundoplication vs LINX.
- Sleep study referral.
- Letter to [[NAME:Barrett]] with plan.
Seen with fellow [[NAME:Hyun-woo Cha]], MD. F/u booked by [[NAME:Jo]] (front desk) for 6 mo.
""", summary="""
[[NAME:Dev Chaudhary]], referred by Dr. [[NAME:Lionel Barrett]] on [[DATE:May 8, 2025]], has non-dysplastic {{eponym:Barrett}}'s esophagus with ongoing reflux and was switched to {{drug:Dexilant}}.
"""),

    dict(style="dermatology_clinic", note="""
DERMATOLOGY
[[NAME:PARK, JUNE S]]    DOS [[DATE:06/03/2025]]    Acct [[MRN:7712094-03]]
CC: changing mole L upper back x3 mo, first noticed by [[NAME:Rosalind]] (partner).
Hx: {{score:Fitzpatrick type II}}; blistering sunburns as a teen growing up in [[ADDRESS:Busan]], then [[ADDRESS:San Diego]]. Father had melanoma. Isotretinoin ({{drug:Accutane}}) at 19. Last full skin check in June 2023.
Exam: 7 mm asymmetric macule, irregular border, three colors. Dermoscopy (DermLite DL5): atypical network, regression structures, blue-white veil. Scattered seborrheic keratoses and cherry angiomas.
Procedure: excisional biopsy, 2 mm margins, 1% {{drug:lidocaine}} with {{drug:epinephrine}}; closed with 4-0 Monocryl; specimen to dermpath.
Plan: path 1-2 wks. If melanoma, WLE margins per {{eponym:Breslow}} depth; SLNB discussion if 0.8 mm or more. FBSE q6 months. Sunscreen SPF 50.
Performed by [[NAME:Leila Nassar]], MD; assisted by [[NAME:Om Prakash]], MA.
""", summary="""
[[NAME:June Park]] had an excisional biopsy of a suspicious pigmented lesion on [[DATE:06/03/2025]] by [[NAME:Leila Nassar]]; further margins depend on {{eponym:Breslow}} depth.
"""),

    dict(style="consult_letter", note="""
Department of Rheumatology, St. Brendan's Medical Center
[[ADDRESS:1800 Orchard Ave]], [[ADDRESS:Madison, WI 53705]]

[[DATE:August 19, 2024]]

Dr. [[NAME:Penelope Sweet]]
Dermatology Associates of Dane County

Re: [[NAME:Kamal Haddad]] (DOB [[DATE:4/27/1989]]; MRN [[MRN:M-5520916]])

Dear Dr. [[NAME:Sweet]],

Thank you for referring Mr. [[NAME:Haddad]], {{age:35}}, with quotidian fevers to 39.6, an evanescent salmon-pink rash and polyarthralgia for six weeks. Your biopsy showed a neutrophilic dermatosis and you rightly raised {{eponym:Sweet}} syndrome; I think the picture fits adult-onset {{eponym:Still}} disease better. He still spikes daily fevers and he meets {{eponym:Yamaguchi}} criteria.
{{lab:Ferritin 8,420}} with glycosylated fraction 12%, {{lab:WBC 19.8}}, {{lab:ALT 96}}; ANA and RF negative.
We started {{drug:prednisone}} {{dose:40 mg}} daily and will add {{drug:anakinra}} ({{drug:Kineret}}) {{dose:100 mg}} SC daily when TB screening returns. [[NAME:Rania]], his sister, is a nurse and will help with injections. [[NAME:Georgette Haddad]] (mother) asked that updates go to her at [[PHONE:608-555-0177]]; he consented.
We will watch closely for macrophage activation syndrome.

With kind regards,
[[NAME:Farhan Siddiqui]], MD
Division of Rheumatology
cc: [[NAME:Kamal Haddad]]; Dr. [[NAME:Jun-seo Lim]] (PCP)
""", summary="""
[[NAME:Farhan Siddiqui]] wrote to Dr. [[NAME:Penelope Sweet]] that [[NAME:Kamal Haddad]] more likely has adult-onset {{eponym:Still}} disease than {{eponym:Sweet}} syndrome, and started {{drug:prednisone}} with {{drug:Kineret}} to follow.
"""),

    dict(style="referral_letter", note="""
REFERRAL - Cardiac Electrophysiology
To: Dr. [[NAME:Ng Wai-Ling]], Pacific Heart Institute
From: [[NAME:Austin Rhee]], MD (general cardiology)
Date: [[DATE:12/02/2024]]    Urgency: routine, within 4 weeks

Patient: [[NAME:LIU, JIAHUI]]    DOB [[DATE:07/19/1950]]    MRN [[MRN:11-820-3347]]    Ph [[PHONE:(415) 555-0163]]
Mandarin speaking; [[NAME:Cindy Liu]] (daughter, [[EMAIL:cindy.liu.sf@examplemail.com]]) coordinates care.

Reason: symptomatic paroxysmal AF despite {{drug:flecainide}} {{dose:100 mg}} BID and {{drug:diltiazem}} {{dose:120 mg}}; please evaluate for PVI (cryo vs pulsed field).
Hx: HTN, OSA on CPAP, HFpEF. {{score:CHA2DS2-VASc 4}}, {{score:HAS-BLED 2}}, on {{drug:Eliquis}} {{dose:5 mg}} BID.
Data: TTE [[DATE:10/28/2024]] - LAVI 44, EF 60%. Coronary CTA - {{score:CAC 112}}, no obstructive CAD. KardiaMobile strips attached (8 episodes, longest 14 h).
Social: retired pharmacist; winters with [[NAME:Kevin]] (son) in [[ADDRESS:Austin, TX]].

Happy to discuss - cell [[PHONE:415-555-0129]] or secure chat to [[NAME:arhee]].
[[NAME:A. Rhee]]
""", summary="""
[[NAME:Austin Rhee]] referred [[NAME:Jiahui Liu]] to Dr. [[NAME:Ng Wai-Ling]] on [[DATE:12/02/2024]] for ablation of symptomatic paroxysmal AF despite {{drug:flecainide}}, on {{drug:Eliquis}}.
"""),

    dict(style="gp_clinic_letter", note="""
Inflammatory Bowel Disease Service - Clinic Letter
Consultant: Dr [[NAME:Nirmala Wickramasinghe]]
Clinic: [[DATE:27 January 2025]]    Typed: [[DATE:29 January 2025]] ([[NAME:PM]])

Dr [[NAME:Alastair Cross]]
Fenham Medical Group, [[ADDRESS:Fenham Hall Drive]], [[ADDRESS:Newcastle upon Tyne]] [[ADDRESS:NE4 9XD]]

Dear Dr [[NAME:Cross]]

Re: [[NAME:Dilshan Perera]], DOB [[DATE:09/05/1996]], NHS [[MRN:612 448 0937]]
Diagnosis: ileocolonic {{eponym:Crohn}}'s disease (Montreal A2 L3 B1), diagnosed 2022
Treatment: {{drug:Stelara}} ({{drug:ustekinumab}}) {{dose:90 mg}} SC 8-weekly

[[NAME:Dilshan]] reports a flare since the new year with 5-6 loose stools a day, {{score:Bristol type 6}}. {{score:Harvey-Bradshaw 9}}, {{lab:CRP 38}}, {{lab:faecal calprotectin 1,150}}. MR enterography: 12 cm of active terminal ileal disease, no stricture or fistula. Trough {{lab:ustekinumab 1.2}}.
Plan: shorten interval to 4-weekly; {{drug:budesonide}} {{dose:9 mg}} with taper over 8 weeks; if no response by April, switch to {{drug:Skyrizi}} ({{drug:risankizumab}}). IBD nurses ([[NAME:Grace Fonseka]], [[NAME:Ali]]) are on [[PHONE:0191 282 4471]].
He was understandably cross that his colonoscopy was cancelled twice; I apologised and it is rebooked.

Yours sincerely
[[NAME:N. Wickramasinghe]]
Consultant Gastroenterologist
""", summary="""
Dr [[NAME:Nirmala Wickramasinghe]] told Dr [[NAME:Alastair Cross]] that [[NAME:Dilshan Perera]] has an active {{eponym:Crohn}}'s flare on {{drug:Stelara}}; the interval was shortened and {{drug:budesonide}} added.
"""),

    dict(style="endocrinology_clinic", note="""
Endocrine Clinic - Adrenal Incidentaloma
Referred by Urology for a 2.8 cm left adrenal nodule on CT urogram, 18 {{eponym:Hounsfield}} units unenhanced.
Work-up:
- 1 mg {{drug:dexamethasone}} suppression: {{lab:AM cortisol 2.4}} - possible autonomous cortisol secretion, not overt {{eponym:Cushing}} syndrome.
- {{lab:Aldosterone 11}}, {{lab:plasma renin activity 0.4}}, ARR 27.5 - positive screen for primary aldosteronism ({{eponym:Conn}} syndrome); {{lab:K 3.4}} on {{drug:HCTZ}}.
- Plasma free {{lab:metanephrines 0.31}} - normal.
Exam: no striae, no plethora, no dorsocervical fat pad. {{vital:BP 156/94}} on three agents.
Plan:
- Stop {{drug:HCTZ}}; switch to {{drug:verapamil SR}} {{dose:240 mg}} and {{drug:doxazosin}} {{dose:4 mg}} for washout.
- Saline infusion test in Endocrine Day Unit; if confirmed, adrenal vein sampling with IR and Adrenal MDT.
- Repeat {{drug:dexamethasone}} test and DXA in 12 months.
""", summary="""
A 2.8 cm adrenal incidentaloma with a positive aldosterone-renin screen and possible autonomous cortisol secretion; {{drug:HCTZ}} was stopped before a saline infusion test.
"""),

    dict(style="consult_letter", note="""
[[DATE:November 6, 2024]]

[[NAME:Shirin Tehrani-Moghadam]], MD
Valley Primary Care, [[ADDRESS:455 Ventura Blvd, Suite 210]], [[ADDRESS:Encino, CA 91436]]

RE: [[NAME:Mahnaz Rezaei]] | DOB [[DATE:01/30/1979]] | Acct [[MRN:VMC-0093318]]

Dear Dr. [[NAME:Tehrani-Moghadam]]:

I had the pleasure of seeing Ms. [[NAME:Rezaei]] in Neuroendocrine Clinic for hypercortisolism. [[NAME:Dariush]], her husband, came along and [[NAME:Parisa]], a cousin, interpreted for part of the visit.
Late-night salivary cortisol was raised three times (highest {{lab:0.52 ug/dL}}), 24-h UFC is 3x ULN and {{lab:ACTH 68}}: ACTH-dependent {{eponym:Cushing}} syndrome. MRI shows a 6 mm hypoenhancing pituitary lesion, so this is most likely {{eponym:Cushing}} disease.
She has gained 14 kg and has wide violaceous striae, proximal weakness and new diabetes ({{lab:HbA1c 7.8%}}); your office started {{drug:metformin}} {{dose:500 mg}} BID.
I have referred her to Dr. [[NAME:Omid Farahani]] for transsphenoidal surgery; if IPSS is needed, [[NAME:Farahani]] and [[NAME:Baker]] in IR will coordinate. {{drug:Isturisa}} is a bridge option, though I hope we will not need it.
I will see her again after surgery. Please call me at [[PHONE:818-555-0136]].

Warm regards,
[[NAME:Leyla Demir]], MD, Endocrinology
""", summary="""
[[NAME:Leyla Demir]] found ACTH-dependent {{eponym:Cushing}} disease with a 6 mm pituitary lesion in [[NAME:Mahnaz Rezaei]] and referred her to [[NAME:Omid Farahani]] for transsphenoidal surgery.
"""),

    dict(style="cardiology_clinic", note="""
Adult Cardiology Clinic    [[DATE:3/18/2025]]
[[NAME:Takumi Ishikawa]]    {{age:27}} M    MRN [[MRN:5092217]]
Hx: {{eponym:Kawasaki}} disease at age 4 in [[ADDRESS:Osaka]], giant LAD aneurysm (8 mm) and a smaller RCA aneurysm; on {{drug:aspirin}} and {{drug:warfarin}} since. INR followed by [[NAME:Mayumi]], PharmD, anticoag clinic.
Interval: moved here from [[ADDRESS:Honolulu]]; prior cardiologist Dr. [[NAME:Sato]]. Software engineer, runs 5k three times a week, no angina. Wants off {{drug:warfarin}} and asked about {{drug:Eliquis}} - not studied in KD aneurysms, discussed. [[NAME:May Tanaka]] (partner) joined by video.
{{vital:BP 122/76}}, {{vital:HR 58}}.
Coronary CTA [[DATE:2/27/2025]]: LAD aneurysm 7.4 mm with mural calcification, no thrombus; RCA aneurysm regressed. Stress PET: no ischemia.
Plan: continue {{drug:warfarin}} goal {{lab:INR 2.0-3.0}} plus {{drug:aspirin}} {{dose:81 mg}}; {{drug:atorvastatin}} {{dose:10 mg}}. We may revisit a DOAC if new data. CTA in 2 years.
Seen with fellow [[NAME:Jordan Hsu]]; discussed with [[NAME:Min-jun Kang]], MD.
""", summary="""
[[NAME:Takumi Ishikawa]] ({{age:27}}) with a persistent giant LAD aneurysm after {{eponym:Kawasaki}} disease stays on {{drug:warfarin}} and {{drug:aspirin}}; seen [[DATE:3/18/2025]] by [[NAME:Jordan Hsu]] and [[NAME:Min-jun Kang]].
"""),

    dict(style="referral_letter", note="""
URGENT SUSPECTED CANCER REFERRAL (2WW) - SKIN
Date of referral: [[DATE:02/04/2025]]
Patient: Mr [[NAME:Ghulam Rasool]]    DOB [[DATE:15/06/1941]]    NHS No [[MRN:401 023 7781]]
Address: [[ADDRESS:7 Whitmore Terrace]], [[ADDRESS:Bradford]] [[ADDRESS:BD8 7PQ]]    Tel [[PHONE:01274 555 812]]
Grandson [[NAME:Usman]], mobile [[PHONE:07700 900 276]]
Referrer: Dr [[NAME:Hannah Page]], Frizinghall Medical Practice

Clinical details: {{age:83}}-year-old retired mill worker with a 14 mm keratotic, tender nodule on the right temple, enlarging over 8 weeks and bled twice. Suspected SCC; keratoacanthoma or BCC less likely.
Background: CKD 3b, AF on {{drug:edoxaban}} {{dose:30 mg}}, BCC excised from nose 2019.
E-consult from [[NAME:Usman]]: "hi its [[NAME:usman rasool]], grandad has a lump on his head thats getting bigger, he wont come unless i bring him, can the appointment be after 3pm please. thanks [[NAME:usman]]"
Please see page 2 for the medication list. He speaks Punjabi and Urdu; interpreter required.

Dr [[NAME:H. Page]]
""", summary="""
Dr [[NAME:Hannah Page]] made a 2-week-wait skin referral on [[DATE:02/04/2025]] for [[NAME:Ghulam Rasool]] ({{age:83}}, on {{drug:edoxaban}}) with a suspected SCC of the temple; [[NAME:Usman]] asked for an afternoon slot.
"""),

    dict(style="rheumatology_clinic", note="""
RHEUM F/U    [[DATE:10/09/2024]]
[[NAME:Georges Khoury]] {{age:71}}M - tophaceous gout, CKD 3a
Flares: 4 since May (R 1st MTP x2, L knee, R wrist). Tophi over both olecranons and R 2nd DIP.
{{lab:Uric acid 9.4}} on {{drug:allopurinol}} {{dose:300 mg}}; {{lab:eGFR 48}}. HLA-B*58:01 neg.
[[NAME:Elie]] (son) read about {{drug:Krystexxa}} online. [[NAME:Nouhad]] does the cooking - diet reviewed: less red meat and organ meats, no sugary drinks, arak occasionally ok.
Plan:
- Allopurinol up to {{dose:400 mg}}, then {{dose:500 mg}} in 4 wk with urate check; target under 6.
- {{drug:Colchicine}} {{dose:0.6 mg}} daily prophylaxis x6 mo; flare kit {{drug:prednisone}} {{dose:30 mg}} x5 d.
- If not at goal by 3 mo -> {{drug:pegloticase}} with {{drug:methotrexate}}.
- Hand therapy for R wrist.
Labs drawn today by [[NAME:Tony]] in lab.
cc Dr [[NAME:Rafic Nakhoul]] (PCP)
[[NAME:W. Mansour]] MD
""", summary="""
[[NAME:Georges Khoury]] ({{age:71}}) has uncontrolled tophaceous gout; [[NAME:W. Mansour]] increased {{drug:allopurinol}}, added {{drug:colchicine}} prophylaxis and kept {{drug:pegloticase}} in reserve.
"""),

    dict(style="gi_clinic", note="""
HEPATOLOGY CLINIC
[[NAME:BANERJEE, SUBHASH K]]    {{age:62}} M    MRN [[MRN:882-0419-6]]    Seen [[DATE:Jan 9, 2025]]
Referral: Dr. [[NAME:Shalini Iyer]] (PCP) - elevated LFTs, thrombocytopenia.
Hx: T2DM, obesity ({{vital:BMI 34}}), 2-3 pegs of whisky on weekends. [[NAME:Soma]] (wife) says he snores and naps every afternoon.
Meds: {{drug:metformin}}, {{drug:Januvia}}, {{drug:Soma}} {{dose:350 mg}} qhs PRN back pain, {{drug:omeprazole}}.
Labs: {{lab:AST 68}}, {{lab:ALT 54}}, {{lab:plt 112}}, {{lab:albumin 3.6}}, {{lab:INR 1.2}}, {{lab:T bili 1.4}}; FIB-4 3.9. FibroScan {{lab:LSM 18.6 kPa}}, CAP 334.
A: MASLD, probable compensated cirrhosis, {{score:Child-Pugh A6}}, {{score:MELD-Na 10}}; no ascites or encephalopathy.
P:
- {{drug:Carvedilol}} {{dose:6.25 mg}} BID in lieu of variceal screening EGD.
- HCC surveillance: US + AFP q6 mo.
- Stop {{drug:Soma}} (sedation, falls); avoid NSAIDs.
- {{drug:Januvia}} -> {{drug:Ozempic}} {{dose:0.25 mg}} weekly; will message [[NAME:Iyer]].
- Complete alcohol abstinence advised; HAV/HBV vaccines.
[[NAME:Priya Venkatesh]], NP / [[NAME:Arjun Mehta]], MD
""", summary="""
[[NAME:Subhash Banerjee]] ({{age:62}}) has MASLD with compensated cirrhosis ({{score:Child-Pugh A6}}); {{drug:carvedilol}} was started, {{drug:Soma}} stopped and {{drug:Januvia}} changed to {{drug:Ozempic}}.
"""),

    dict(style="gp_clinic_letter", note="""
Cardiology Outpatients - Royal London Hospital
Consultant: Dr [[NAME:Christopher Major]]
Dictated [[DATE:05/12/2024]]    Typed [[DATE:10/12/2024]] [[NAME:jb]]

Dr [[NAME:R. Hossain]]
Jubilee Street Practice, [[ADDRESS:368 Commercial Road]], [[ADDRESS:London]] [[ADDRESS:E1 0LB]]

Re: Mrs [[NAME:Rokeya Chowdhury]]    DOB [[DATE:03/03/1955]]    Hosp No [[MRN:RLH2209471]]
Diagnosis: severe aortic stenosis (AVA 0.8 cm2, mean gradient 46 mmHg), LVEF 55%

Dear Dr [[NAME:Hossain]],

Mrs [[NAME:Choudhury]] attended with [[NAME:Shirin]], her daughter-in-law, who interpreted in Sylheti. She is breathless on one flight of stairs ({{score:NYHA III}}) and had a presyncopal episode at the mosque. Slow-rising pulse, ejection systolic murmur to the carotids, soft S2. {{vital:BP 132/74}}.
The major question is TAVI versus surgical AVR; STS risk 4.2%, {{score:Clinical Frailty Scale 4}}. I have referred her to the TAVI MDT and requested a CT aortogram; [[NAME:Summer Begum]], TAVI coordinator, will call her on [[PHONE:07700 900 853]].
Meanwhile I have stopped {{drug:amlodipine}} {{dose:10 mg}}; please avoid vasodilators.

Yours sincerely,
Dr [[NAME:C. Major]], Consultant Cardiologist
cc: Mrs [[NAME:R. Chowdhury]], [[ADDRESS:Flat 4, 22 Ashfield Street]], [[ADDRESS:E1 2AJ]]
""", summary="""
Dr [[NAME:Christopher Major]] referred [[NAME:Rokeya Chowdhury]] with symptomatic severe aortic stenosis to the TAVI MDT and stopped {{drug:amlodipine}}.
"""),

    dict(style="consult_letter", note="""
[[DATE:April 2, 2025]]

Dr. [[NAME:Marcus King]]
Ridgeview Internal Medicine, [[ADDRESS:90 Mill Pond Rd]], [[ADDRESS:Savannah, GA 31406]]

Re: [[NAME:Faith Yu]]; DOB [[DATE:09/12/1966]]; MRN [[MRN:SGH-2741980]]

Dear Dr. [[NAME:King]],

Thank you for referring [[NAME:Faith]], {{age:58}}, with iron deficiency anemia ({{lab:Hgb 9.6}}, {{lab:ferritin 6}}, {{lab:MCV 71}}) and intermittent dark stools. No weight loss. Her father died of colon cancer in his sixties in [[ADDRESS:Guangzhou]]; she has never had a colonoscopy. {{lab:tTG-IgA}} negative.
She has little faith in bowel preps after a bad CT colonography prep, so we chose {{drug:Sutab}} over {{drug:Suprep}}. Bidirectional endoscopy is set for [[DATE:April 16]]; hold oral iron 5 days before. If unrevealing, PillCam capsule endoscopy next.
She will receive {{drug:Injectafer}} {{dose:750 mg}} IV x2 in the Infusion Center. [[NAME:Savannah]], her daughter, will drive her on the day.

Sincerely,
[[NAME:Hyun-woo Cha]], MD
Gastroenterology
""", summary="""
[[NAME:Hyun-woo Cha]] booked [[NAME:Faith Yu]] ({{age:58}}) for EGD and colonoscopy on [[DATE:April 16]] for iron deficiency anemia and arranged {{drug:Injectafer}} infusions.
"""),

    dict(style="dermatology_clinic", note="""
Dermatology - Psoriasis Biologics Clinic
Plaque psoriasis for 12 yrs. Failed {{drug:methotrexate}} (nausea, ALT rise) and NB-UVB three times weekly for 4 months.
Exam: {{score:PASI 14.6}}, BSA 12%, scalp and nails involved (pitting, onycholysis); {{eponym:Koebner}} phenomenon along a recent scratch on L forearm; {{eponym:Auspitz}} sign positive.
{{score:DLQI 17}}. Morning stiffness 45 min and R knee effusion; {{score:PEST 4}} -> Rheumatology referral for possible PsA.
Labs: QuantiFERON negative, HBsAg negative, {{lab:ALT 31}}.
Plan:
- Start {{drug:Skyrizi}} ({{drug:risankizumab}}) {{dose:150 mg}} SC weeks 0 and 4, then q12 weeks; {{drug:Cosentyx}} instead if PsA confirmed.
- {{drug:Enstilar}} foam to scalp.
- Not a candidate for {{drug:Soriatane}} (pregnancy planned next year).
- Enroll in manufacturer support program via specialty pharmacy.
F/u 16 weeks; target PASI 90.
""", summary="""
Moderate-to-severe plaque psoriasis ({{score:PASI 14.6}}) after {{drug:methotrexate}} and phototherapy failure; {{drug:Skyrizi}} started and a rheumatology referral made for possible PsA.
"""),

    dict(style="rheumatology_clinic", note="""
Rheumatology New Patient Consultation
Patient: [[NAME:Seo-yeon Kwon]] ("[[NAME:Grace]]")    MRN [[MRN:40229817]]    DOB [[DATE:1998-05-14]]
Requesting: Dr. [[NAME:Ji-hoon Baek]], Nephrology    Visit: [[DATE:Mon 7/14/2025]]
HPI: [[NAME:Grace]] is a {{age:27}}-year-old graduate student with 4 months of malar rash, painful oral ulcers, inflammatory hand and wrist arthralgia and {{eponym:Raynaud}} phenomenon. UPCR 1.4 g/g on [[DATE:7/2]] with active sediment. ANA 1:1280 homogeneous, {{lab:dsDNA 410}}, low {{lab:C3 52}} and {{lab:C4 6}}; direct {{eponym:Coombs}} positive without hemolysis.
Exam: malar rash sparing nasolabial folds; synovitis of 2nd-3rd MCPs bilaterally. {{vital:BP 146/92}}.
A: SLE, {{score:SLEDAI-2K 16}}, probable lupus nephritis - renal biopsy with [[NAME:Baek]] this week.
P: {{drug:hydroxychloroquine}} {{dose:400 mg}} daily with baseline eye exam; {{drug:prednisone}} {{dose:40 mg}} daily; {{drug:mycophenolate}} after biopsy, consider {{drug:Benlysta}} or {{drug:Lupkynis}}. Contraception counseling done.
She asked for a grace period until the semester ends before starting steroids; we agreed to start now given the kidneys.
[[NAME:Kwon Mi-sook]] (mother) asked about genetics; [[NAME:Hyun]], her brother, has psoriasis.
[[NAME:Ahmad Jaber]], MD (fellow) / [[NAME:Rebecca Young]], MD
""", summary="""
[[NAME:Seo-yeon Kwon]] ({{age:27}}) has new SLE with probable nephritis ({{score:SLEDAI-2K 16}}); {{drug:hydroxychloroquine}} and {{drug:prednisone}} were started and a renal biopsy arranged with Dr. [[NAME:Ji-hoon Baek]].
"""),

    dict(style="endocrinology_clinic", note="""
Metabolic Bone Clinic - [[DATE:14.03.2025]]
[[NAME:Gökçe Yıldırım-Aksoy]], {{age:68}} F; file [[MRN:MB-30771]]
Referred by Dr. [[NAME:Emre Şahin]] (GP) after a low-trauma L distal radius ({{eponym:Colles}}) fracture.
DXA: L-spine T -3.1, femoral neck T -2.7; FRAX major 28%, hip 9.4%. VFA: mild T12 wedge.
Labs: {{lab:25-OH vit D 14}}, {{lab:Ca 9.1}}, {{lab:PTH 88}}, {{lab:eGFR 71}}, {{lab:TSH 1.9}}; SPEP pending.
Meds: {{drug:levothyroxine}} {{dose:75 mcg}}, {{drug:pantoprazole}} long term.
Plan:
- {{drug:Cholecalciferol}} {{dose:50,000 IU}} weekly x8, then {{dose:2,000 IU}} daily.
- Very high risk -> anabolic first: {{drug:Evenity}} ({{drug:romosozumab}}) monthly x12, then {{drug:Prolia}}; no CV contraindication.
- Dental check first; she sees Dr. [[NAME:Cem Ulusoy]] in [[ADDRESS:Istanbul]] each summer - fine.
- Falls: PT; home safety visit by [[NAME:Aysel]] (OT).
Interpreter: [[NAME:Burak Öztürk]], Turkish, in person.
- [[NAME:M. Karimi]], MD
""", summary="""
[[NAME:Gökçe Yıldırım-Aksoy]] ({{age:68}}) has osteoporosis with a {{eponym:Colles}} fracture and vitamin D deficiency; [[NAME:M. Karimi]] planned repletion, then {{drug:Evenity}} followed by {{drug:Prolia}}.
"""),

    dict(style="referral_letter", note="""
Referral: Metabolic & Bariatric Surgery
To: Dr. [[NAME:Yasmin El-Khatib]]
From: [[NAME:Lincoln Saxena]], MD, Endocrinology
Date: [[DATE:9/23/2024]]
Patient: [[NAME:Roshan D'Souza]]    DOB [[DATE:11/02/1984]]    MRN [[MRN:7730018]]    Cell [[PHONE:(617) 555-0184]]

Dear Dr. [[NAME:El-Khatib]],

I am referring Mr. [[NAME:Dsouza]], {{age:39}}, from [[ADDRESS:Quincy]], for evaluation for sleeve gastrectomy or {{eponym:Roux}}-en-Y gastric bypass. {{vital:BMI 44.8}} ({{vital:wt 141 kg}}), T2DM ({{lab:A1c 8.6%}}), OSA on CPAP, MASLD.
Prior attempts: structured lifestyle program; {{drug:Saxenda}} {{dose:3 mg}} (stopped for GI side effects); then {{drug:Wegovy}} {{dose:1.7 mg}} with 9 kg loss and a plateau. His plan stopped covering it and he cannot manage the price.
He is motivated and [[NAME:Faith]] (wife, an RN) is supportive. Psychological evaluation is booked with [[NAME:Hope Kapoor]], PsyD.

Sincerely,
[[NAME:Lincoln Saxena]], MD
[[EMAIL:lsaxena@bayviewendo.org]]
""", summary="""
[[NAME:Lincoln Saxena]] referred [[NAME:Roshan D'Souza]] ({{age:39}}, {{vital:BMI 44.8}}) for bariatric surgery after limited results with {{drug:Saxenda}} and {{drug:Wegovy}}.
"""),

    dict(style="gp_clinic_letter", note="""
Department of Dermatology, Leeds General Infirmary - Laser Clinic
Clinic date: [[DATE:19 March 2025]]

Dear Dr [[NAME:Ahmed]],

Re: Miss [[NAME:Wei Ling Chua]], DOB [[DATE:08/08/2001]], Hosp No [[MRN:LG3309152]]
Diagnosis: naevus of {{eponym:Ota}}, right V1/V2 distribution

[[NAME:Wei Ling]] is a {{age:23}}-year-old student who attended with [[NAME:Hui Min]], her mother. The blue-grey patch has darkened since puberty and she is self-conscious about it. {{score:Fitzpatrick type IV}}, so post-inflammatory hyperpigmentation is a real risk; we discussed 6-10 sessions of picosecond or Q-switched Nd:YAG laser and did a test patch today.
Scleral pigment is present, so I have referred her to ophthalmology for glaucoma screening.
Please continue her {{drug:Microgynon}}; no photosensitising drugs noted.

Yours sincerely

Dr [[NAME:Kenji Ōta]], Specialty Registrar in Dermatology, for Dr [[NAME:Rosemary Lister]]
""", summary="""
[[NAME:Wei Ling Chua]] ({{age:23}}) with a naevus of {{eponym:Ota}} had a laser test patch on [[DATE:19 March 2025]] and an ophthalmology referral from Dr [[NAME:Kenji Ōta]].
"""),

    dict(style="gi_clinic", note="""
GI Clinic - IBS-D follow-up
S: 6-week review after a low-FODMAP trial with the dietitian. Urgency better; still 3-4 BMs/day, {{score:Bristol type 6}}. No nocturnal symptoms, bleeding or weight loss.
Prior work-up: colonoscopy with random biopsies (no microscopic colitis); {{lab:tTG-IgA <1}} with normal total IgA; {{lab:fecal calprotectin 22}}; SeHCAT 7-day retention 19%.
Meds: {{drug:loperamide}} {{dose:2 mg}} PRN, {{drug:dicyclomine}} {{dose:20 mg}} QID PRN. {{drug:Viberzi}} denied by insurance.
A: IBS-D by Rome IV, partial response; bile acid diarrhea excluded.
P:
- {{drug:Xifaxan}} {{dose:550 mg}} TID x14 days.
- {{drug:Amitriptyline}} {{dose:10 mg}} qhs, titrate by 10 mg every 2 weeks.
- Gut-directed hypnotherapy app.
- Return 3 months.
""", summary="""
IBS-D with a partial response to a low-FODMAP diet; {{drug:Xifaxan}} and low-dose {{drug:amitriptyline}} were started.
"""),

    dict(style="cardiology_clinic", note="""
cardiology follow up dictation [[DATE:february eleventh twenty twenty five]]
patient [[NAME:walid abou jaoude]] date of birth [[DATE:june fourth nineteen forty nine]] medical record number [[MRN:3 3 0 9 1 8 4]] seen today with his son [[NAME:karim]] and daughter in law [[NAME:rose]].
history mr. [[NAME:abu jaoude]] is {{age:75}} with permanent atrial fibrillation and a gi bleed on {{drug:xarelto}} last march needing two units. {{score:has bled 4}} {{score:chads vasc 5}}. status post watchman flx left atrial appendage occlusion on [[DATE:november twentieth]] by doctor [[NAME:price]] and doctor [[NAME:kayali]]. tee at 45 days showed a good seal with no leak over 5 millimeters and no device related thrombus.
{{vital:heart rate 78}} {{vital:blood pressure 128 over 70}}. lungs clear. no edema.
plan continue {{drug:aspirin}} {{dose:81 milligrams}} and {{drug:clopidogrel}} {{dose:75 milligrams}} until six months post implant then aspirin alone. the price of the clopidogrel is fine on his plan. follow up with [[NAME:price]]'s team for the six month tee. [[NAME:karim]] will bring his pill box next visit.
dictated by [[NAME:nour el amine]] nurse practitioner end of dictation
""", summary="""
[[NAME:Walid Abou Jaoude]] ({{age:75}}) is doing well after Watchman left atrial appendage occlusion by Dr. [[NAME:Price]]; dual antiplatelet therapy continues to six months, then {{drug:aspirin}} alone.
"""),

    dict(style="consult_letter", note="""
[[DATE:July 30, 2024]]

[[NAME:Addison Green]], NP
Northside Urgent Care, [[ADDRESS:1402 E. Lincoln Hwy]], [[ADDRESS:DeKalb, IL 60115]]

Re: [[NAME:Zainab Malik]]    DOB [[DATE:12/21/1990]]    MRN [[MRN:DK-660812]]

Dear Ms. [[NAME:Green]],

Thank you for sending [[NAME:Zainab]] after she saw you on [[DATE:7/12]] with vomiting, dizziness, {{lab:Na 128}} and {{lab:K 5.9}}. Your random {{lab:cortisol 2.1}} and our {{lab:ACTH 410}}, with positive 21-hydroxylase antibodies, confirm primary adrenal insufficiency - autoimmune {{eponym:Addison}} disease.
She is on {{drug:hydrocortisone}} {{dose:15 mg}} on waking and {{dose:5 mg}} at 2 pm, and {{drug:fludrocortisone}} ({{drug:Florinef}}) {{dose:0.1 mg}}. We went through sick-day rules and she has an emergency {{drug:Solu-Cortef}} {{dose:100 mg}} kit; [[NAME:Imran]], her husband, practised the injection in clinic. She fasts in Ramadan and we discussed dose timing.
{{lab:TSH 5.8}} with positive TPO antibodies suggests {{eponym:Hashimoto}} thyroiditis as part of APS-2; celiac serology and B12 are pending.
Thank you for your prompt work-up and the green light to see her quickly.

Sincerely,
[[NAME:Bushra Anwar]], MD, Endocrinology
cc: Dr. [[NAME:Elaine White]] (PCP)
""", summary="""
[[NAME:Bushra Anwar]] confirmed autoimmune {{eponym:Addison}} disease in [[NAME:Zainab Malik]], referred by [[NAME:Addison Green]], NP, and started {{drug:hydrocortisone}} and {{drug:fludrocortisone}}.
"""),

    dict(style="rheumatology_clinic", note="""
Rheumatology - Psoriatic Arthritis Clinic    [[DATE:22/10/2024]]
Pt: [[NAME:THARINDU JAYAWARDENA]] ({{age:44}} M)    UR [[MRN:2093154]]
Portal message [[DATE:15/10]]: "Dr [[NAME:Sumanasekera]], my heel is killing me again and the {{drug:Otezla}} gives me the runs. can I stop? - [[NAME:Tharindu]]"
Today: L Achilles enthesitis, dactylitis R 3rd toe, 2 tender / 1 swollen joint, skin BSA 3%. {{score:DAPSA 18}}, {{lab:CRP 14}}.
US L heel: thickened Achilles insertion with power {{eponym:Doppler}} signal and an erosion.
Current: {{drug:Otezla}} {{dose:30 mg}} BID x5 months - diarrhea, partial response.
Plan: stop {{drug:Otezla}}; start {{drug:Cosentyx}} {{dose:150 mg}} weekly x5 then monthly (TB and hep B screening done March 2024, repeat QuantiFERON today). {{drug:Naproxen}} {{dose:500 mg}} BID with {{drug:esomeprazole}} for 2 weeks. Physio for heel.
Injection teaching with [[NAME:KS]] ([[NAME:Kavitha Selvam]], RN).
[[NAME:D. Sumanasekera]] / fellow [[NAME:Li Na]]
""", summary="""
[[NAME:Tharindu Jayawardena]] ({{age:44}}) with active psoriatic arthritis ({{score:DAPSA 18}}) and diarrhea on {{drug:Otezla}} was switched to {{drug:Cosentyx}} by [[NAME:D. Sumanasekera]].
"""),

    dict(style="referral_letter", note="""
REFERRAL TO OPHTHALMOLOGY - Uveitis Service
Date: [[DATE:Jan 15, 2025]]
From: [[NAME:Yusuf Arslan]], MD, Rheumatology, ext. [[PHONE:4-6620]]
Patient: [[NAME:Behçet Kaya]], {{age:31}} M, MRN [[MRN:62011847]], ph [[PHONE:(201) 555-0155]]
Reason: suspected {{eponym:Behçet}} disease - recurrent oral aphthae, scarring genital ulcers, papulopustular lesions, positive pathergy test, HLA-B51 positive. Now R eye redness, floaters and blurred vision for 1 week.
Request: slit-lamp and dilated exam within 24-48 h to exclude posterior uveitis or retinal vasculitis.
Current: {{drug:colchicine}} {{dose:0.6 mg}} BID; {{drug:Otezla}} started [[DATE:12/30/2024]]. If eye involvement is confirmed we will move to {{drug:infliximab}} ({{drug:Remicade}}) plus {{drug:azathioprine}} ({{drug:Imuran}}).
[[NAME:Behçet]] grew up in [[ADDRESS:İzmir]]. [[NAME:Ece Demirci]], his partner, can be reached at [[PHONE:201-555-0108]]; he asked that you call [[NAME:ece]] rather than him during work hours.
Questions: page [[NAME:Arslan]] or call ext. [[PHONE:4-6620]].
""", summary="""
[[NAME:Yusuf Arslan]] urgently referred [[NAME:Behçet Kaya]] ({{age:31}}) with suspected {{eponym:Behçet}} disease and new eye symptoms for uveitis assessment on [[DATE:Jan 15, 2025]].
"""),
]
