# fresh2 notes, part E. Each entry: (style, marked note, marked summary). Written by hand.
NOTES = [
('insurance_appeal',
"""[[DATE:February 20, 2024]]

Appeals Department
Summit Mutual Health
[[ADDRESS:PO Box 30417, Salt Lake City, UT 84130-0417]]

RE: Second-level appeal, claim denied for inpatient stay
Member: [[NAME:Srinivas Reddy]]   Member ID [[MRN:SMH-882-194-05]]   SSN (last 4): [[SSN:3391]]
Dates of service: [[DATE:12/28/2023]] to [[DATE:01/02/2024]]

To whom it may concern,
Mr. [[NAME:Reddy]] was admitted with diabetic ketoacidosis ({{lab:pH 7.08}}, {{lab:bicarbonate 6}}, {{lab:anion gap 31}}) requiring an insulin infusion and ICU-level monitoring. This met InterQual inpatient criteria on day 1. The denial letter signed by reviewer Dr. [[NAME:L. Garrison]] cites "observation level of care," which is not supported by the record.
Attached: H&P, ICU flowsheets, and a statement from his wife, [[NAME:Lakshmi Reddy]].

[[NAME:Naga Chaitanya Kondapalli]], MD, Internal Medicine
[[EMAIL:nkondapalli@wasatch-im.example.com]]""",
"""Dr. [[NAME:Kondapalli]] appealed the denial of [[NAME:Srinivas Reddy]]'s DKA admission from [[DATE:12/28/2023]]."""),

('disability_form',
"""ATTENDING PHYSICIAN STATEMENT - SHORT TERM DISABILITY
Claimant: [[NAME:Rosario Bautista-Lim]]    SSN: [[SSN:512-44-7308]]    DOB: [[DATE:10/09/1977]]
Address: [[ADDRESS:615 Mabini St, Daly City, CA 94014]]
Diagnosis: R rotator cuff full-thickness tear, s/p arthroscopic repair [[DATE:1/4/2024]].
Restrictions: no use of R arm above shoulder, no lifting > 5 lb R, through [[DATE:4/4/2024]].
Job: cashier - unable to perform.
Physician: [[NAME:Ligaya Santos-Reyes]], MD   Phone [[PHONE:650-555-0172]]""",
"""Dr. [[NAME:Santos-Reyes]] certified short-term disability for [[NAME:Rosario Bautista-Lim]] after rotator cuff repair through [[DATE:4/4/2024]]."""),

('lowercase_phone_note',
"""called pt back re: biopsy result. spoke w/ [[NAME:sunita]] (pt's daughter in law), pt [[NAME:ramesh chandra joshi]] was at temple. she gave ok to leave message. told her benign - {{lab:tubular adenoma}}, repeat scope 7 yrs. she asked to also send letter to [[ADDRESS:22 ashford ct, edison nj 08820]]. also pls email copy to [[EMAIL:sunita.joshi84@example.com]]. confirmed dob [[DATE:3-3-51]]. - [[NAME:meg]] lpn""",
"""Nurse [[NAME:Meg]] gave [[NAME:Ramesh Chandra Joshi]]'s daughter-in-law [[NAME:Sunita]] a benign biopsy result."""),

('allcaps_nursing_home_transfer',
"""NURSING HOME TO HOSPITAL TRANSFER
RESIDENT: [[NAME:MARGARETHE SCHÄFER]]   DOB: [[DATE:12/25/1929]]   AGE: [[AGE:94]]
FACILITY: ST. BRIGID'S CARE CENTER, [[ADDRESS:1200 ABBEY RD, DUBUQUE, IA 52001]]
SSN: [[SSN:XXX-XX-0912]]  MEDICARE ID ON FILE
REASON: FEVER 38.9, HYPOXIA 86% RA, INCREASED SECRETIONS
CODE STATUS: DNR, OK TO INTUBATE? NO
RESP. PARTY: SON [[NAME:DIETER SCHÄFER]] [[PHONE:563-555-0145]]
SENT BY: LPN [[NAME:YOUNG, TERESA]]""",
"""[[NAME:Margarethe Schäfer]], [[AGE:94]], was sent from her nursing home with fever and hypoxia; DNR/DNI, son [[NAME:Dieter]] is responsible party."""),

('ed_triage_short',
"""Triage 1145: [[NAME:Kekoa Kahananui]], {{age:16}}, brought by mom [[NAME:Noelani]] - fell off skateboard, L wrist deformity, neurovascularly intact. {{score:ESI 4}}. {{score:Pain 7/10}}. Ice, sling, {{drug:ibuprofen}} {{dose:400 mg}}. Brother [[NAME:Keanu]] had the same injury 2 yrs ago.""",
"""[[NAME:Kekoa Kahananui]], {{age:16}}, has a deformed left wrist after a skateboard fall; mom [[NAME:Noelani]] is with him."""),

('ophthalmology_injection',
"""Retina clinic: [[NAME:Hikaru Morimoto]] OD wet AMD, injection #9.
VA OD {{vital:20/50}} (stable), OS {{vital:20/25}}. OCT: trace SRF OD, improved.
Procedure: intravitreal {{drug:aflibercept}} {{dose:2 mg/0.05 mL}} OD after {{drug:betadine}} prep and {{drug:lidocaine}} gel. IOP post {{vital:18}}.
Extend interval to 10 weeks. Pt's wife ([[NAME:Emiko]]) drives. Next: [[DATE:4/30]].
Dr. [[NAME:Suda]] / tech [[NAME:Parker]]""",
"""[[NAME:Hikaru Morimoto]] received his ninth {{drug:aflibercept}} injection with stable vision; next visit [[DATE:4/30]]."""),

('tb_clinic_dot',
"""TB program DOT note
Client: [[NAME:Htoo Eh Paw]]   Case # [[MRN:TB-24-0031]]
Dose 34/56 intensive phase ({{drug:RIPE}}), observed by outreach worker [[NAME:Saw Ler Wah]] at client's home ([[ADDRESS:1880 Payne Ave, Apt 7, St. Paul, MN 55130]]). No missed doses. Mild orange urine explained ({{drug:rifampin}}). {{lab:ALT 38}}.
Household contacts: wife [[NAME:Naw Say Moo]] (IGRA neg), son [[NAME:Eh Htoo]] (IGRA pending).
Karen interpreter via phone.""",
"""[[NAME:Htoo Eh Paw]] has taken 34 of 56 observed TB doses without misses; contacts [[NAME:Naw Say Moo]] and [[NAME:Eh Htoo]] are being screened."""),

('neurosurgery_consult',
"""Neurosurgery consult, requested by ED attending Dr. [[NAME:Foley]].
Pt [[NAME:Cormac Murphy]], {{age:71}}, on {{drug:Eliquis}}, fell from ladder. {{score:GCS 14}}. CT: 8 mm R acute SDH, 3 mm MLS.
{{drug:Andexxa}} given in ED. Repeat CT in 6 h. {{drug:Keppra}} {{dose:500 mg}} BID x 7 d.
Pt's {{eponym:Foley}} placed for retention. Mr. [[NAME:Murphy]]'s daughter [[NAME:Niamh]] at bedside.""",
"""[[NAME:Cormac Murphy]], {{age:71}}, has an 8 mm subdural on {{drug:Eliquis}} reversed with {{drug:Andexxa}}; Dr. [[NAME:Foley]] consulted neurosurgery."""),

('ibd_clinic',
"""IBD clinic. Ms. [[NAME:Delphine Crohn]] has ulcerative colitis, not {{eponym:Crohn disease}}, despite repeated chart mix-ups. {{score:Mayo score 7}}. Calprotectin 840. On {{drug:mesalamine}} {{dose:4.8 g}}. Start {{drug:vedolizumab}} {{dose:300 mg}} IV {{dose:weeks 0/2/6}}. TB/HBV screening neg.
Her partner, [[NAME:Jordan]], asked about fertility and pregnancy safety - reassured.
Infusion center to call her at [[PHONE:555.018.3390]] to schedule.""",
"""Ms. [[NAME:Crohn]] has active ulcerative colitis ({{score:Mayo 7}}) and will start {{drug:vedolizumab}}."""),

('pediatric_subspecialty',
"""Peds endocrine: [[NAME:Aarav]] ({{age:9}}) here with mom [[NAME:Deepa Iyer]] and dad [[NAME:Karthik Subramanian]] for short stature. Height < 3rd %ile, bone age delayed 2 yrs. {{lab:IGF-1 low}}. GH stim test ({{drug:arginine}}/{{drug:clonidine}}) peak {{lab:5.8 ng/mL}}. Dx GH deficiency; MRI pituitary ordered. Start {{drug:somatropin}} {{dose:0.3 mg/kg/wk}} after MRI. [[NAME:Aarav]] 2 weeks ago had normal celiac and TSH labs.""",
"""[[NAME:Aarav]], {{age:9}}, has growth hormone deficiency and will start {{drug:somatropin}} after pituitary MRI."""),

('nursing_narrative_mixed',
"""2045 Pt [[NAME:Amelia Rose Hunter]] c/o nausea, {{drug:Zofran}} {{dose:4 mg}} IV given. 2110 relief. Visitors: husband [[NAME:Will]], who will stay overnight; mother [[NAME:June]]. 2200 pt asked for chaplain - paged Fr. [[NAME:Tadeo]], will visit in AM. 2330 {{vital:BP 150/92}}, {{drug:hydralazine}} {{dose:10 mg}} IV per order from Dr [[NAME:King]]. Will recheck in 1 h.""",
"""[[NAME:Amelia Rose Hunter]] received {{drug:Zofran}} and {{drug:hydralazine}} overnight; husband [[NAME:Will]] stayed with her."""),

('vascular_surgery',
"""Vascular surgery H&P
[[NAME:Bogdan Ionescu]], {{age:66}}, smoker, with R calf claudication at 1 block -> rest pain x 2 wk. ABI R 0.42, L 0.81. CTA: R SFA occlusion, reconstitutes at AK popliteal.
Plan: angiogram w/ possible intervention [[DATE:2/23]]. Start {{drug:cilostazol}} {{dose:100 mg}} BID, {{drug:atorvastatin}} {{dose:80 mg}}.
Wife [[NAME:Ileana]] asked about smoking cessation - referred both to quitline.
H&P: Dr. [[NAME:Radu Popescu]]""",
"""[[NAME:Bogdan Ionescu]] has rest pain from an SFA occlusion and is scheduled for angiography on [[DATE:2/23]]."""),

('burn_unit',
"""Burn ICU admission
[[NAME:Tevita Fonua]], {{age:29}}, kitchen grease fire. 18% TBSA partial/full thickness (face, bilateral hands, anterior chest). {{eponym:Parkland}} formula: {{dose:4 mL/kg/%TBSA}} -> 6.5 L LR in first 8 h.
Carboxyhemoglobin 3%. Intubated for facial burns w/ singed nasal hairs and hoarseness.
Coworker [[NAME:Sione]] brought him in. Fiancée [[NAME:Losana Vaipulu]] contacted via work: [[EMAIL:lvaipulu@example.to]].""",
"""[[NAME:Tevita Fonua]] has 18% TBSA burns and was intubated for airway protection; fiancée [[NAME:Losana Vaipulu]] was contacted."""),

('urology',
"""Uro clinic: [[NAME:Abebe Girma]] {{age:72}} with PSA 9.8 (from 4.1). MRI prostate: {{score:PI-RADS 4}} lesion L PZ. Plan fusion bx [[DATE:3/7]]; hold {{drug:aspirin}} 5 d; {{drug:Cipro}} ppx. Pt prefers Amharic - interpreter [[NAME:Meseret Haile]] will be booked. Son [[NAME:Dawit]] will bring him.""",
"""[[NAME:Abebe Girma]] with rising PSA and a {{score:PI-RADS 4}} lesion will have a fusion biopsy on [[DATE:3/7]]."""),

('email_forward',
"""From: [[NAME:Caroline Ashdown]] <[[EMAIL:cashdown@example.org]]>
To: [[EMAIL:gi-triage@example.org]]
Cc: [[NAME:Paolo Ferri]] <[[EMAIL:pferri@example.org]]>
Date: Wed, [[DATE:21 Feb 2024]] 14:02
Subject: FW: urgent - pt [[NAME:Guðrún Sigurðardóttir]] needs colonoscopy before travel

Can someone fit her in before [[DATE:3/5]]? She's flying home to Iceland. {{lab:Hgb 8.9}}, {{lab:FOBT}} +. Her husband [[NAME:Einar]] can be reached at [[PHONE:+354 555 4821]].
Thanks,
[[NAME:Caroline]]""",
"""[[NAME:Caroline Ashdown]] asked GI to schedule [[NAME:Guðrún Sigurðardóttir]] for colonoscopy before [[DATE:3/5]] for anemia."""),

('adolescent_confidential',
"""ADOLESCENT VISIT - CONFIDENTIAL PORTION (do not release to parent portal)
[[NAME:Skylar Reyes-Whitman]], {{age:15}}. Sexually active with one partner ([[NAME:Jordan]], {{age:16}}). Requests contraception. {{lab:UPT}} neg. Chose {{drug:Nexplanon}}; placed today L arm, lot recorded. GC/CT urine sent. Wants results by text only to own phone [[PHONE:555-309-4476]], not the home number.
HEADSS: lives with mom [[NAME:Ivette]] and stepdad [[NAME:Craig]]; feels safe. PHQ-A {{score:6}}.
Parent ([[NAME:Ivette Reyes]]) was present for the general portion only.""",
"""[[NAME:Skylar Reyes-Whitman]], {{age:15}}, received a {{drug:Nexplanon}}; results go only to her own phone."""),

('hepatology',
"""Hepatology: [[NAME:Kaveh Naderi]] {{age:54}} w/ HCV genotype 1a, {{lab:VL 2.3 million IU/mL}}, {{score:FIB-4 1.9}}, elastography {{lab:8.1 kPa}} (F2). Treatment-naive.
Start {{drug:Epclusa}} {{dose:400/100 mg}} daily x 12 wk. Check drug interactions: on {{drug:omeprazole}} - switch to {{drug:famotidine}}.
SVR12 check due [[DATE:June 2024]]. Specialty pharmacy: contact [[NAME:Rhea Menon]], [[PHONE:1-800-555-0163]].""",
"""[[NAME:Kaveh Naderi]] starts {{drug:Epclusa}} for HCV genotype 1a, with SVR12 due [[DATE:June 2024]]."""),

('veteran_clinic',
"""VA Primary Care (synthetic)
Veteran: [[NAME:Darnell Whitehead]], Army, SC 50% (tinnitus, lumbar)
Last 4: [[SSN:7719]]
PTSD screen (PC-PTSD-5) {{score:4/5}}. Pt reports nightmares since his buddy Sgt. [[NAME:Alvarez]]'s death anniversary. Denies SI. Referred to PCMHI same day; warm handoff to Dr. [[NAME:Ngozi Achebe]], psychologist.
{{drug:Prazosin}} {{dose:1 mg}} qHS started. Wife [[NAME:Tonya]] supportive.
Address confirmed: [[ADDRESS:508 Magnolia Ave, Fayetteville, NC 28301]].""",
"""Veteran [[NAME:Darnell Whitehead]] screened positive for PTSD and was handed off to Dr. [[NAME:Achebe]]; {{drug:prazosin}} started."""),

('pulmonary_function',
"""PFT INTERPRETATION
Name: [[NAME:Olga Nikolaevna Smirnova]]    Test date: [[DATE:2024-02-22]]
FEV1 1.42 L (58% pred), FVC 2.61 L (84%), FEV1/FVC 0.54. Post-BD FEV1 +6%. TLC 112%, RV 148%. DLCO 46%.
Interpretation: moderate obstructive defect without significant BD response; hyperinflation, air trapping, reduced DLCO - c/w emphysema ({{score:GOLD 2}}).
Reviewed by: [[NAME:Sakura Ishikawa]], MD""",
"""PFTs for [[NAME:Olga Smirnova]] show moderate obstruction with low DLCO consistent with emphysema ({{score:GOLD 2}})."""),

('ir_procedure',
"""IR: US-guided paracentesis. Pt [[NAME:Mahlon Yoder]] ({{age:60}}), EtOH cirrhosis, {{score:MELD-Na 24}}. 6.2 L straw-colored fluid removed from RLQ. {{drug:Albumin}} 25% {{dose:50 g}} given. Fluid sent: cell count, cx, albumin. No complications. Performed by Dr. [[NAME:Esther Lapp]] with tech [[NAME:Amos]]. Pt's brother [[NAME:Eli Yoder]] waiting; pt lives on farm, [[ADDRESS:2371 Stumptown Rd, Bird-in-Hand, PA 17505]].""",
"""Dr. [[NAME:Lapp]] removed 6.2 L of ascites from [[NAME:Mahlon Yoder]] with {{drug:albumin}} replacement."""),

('death_summary_peds',
"""PICU note: Baby Girl [[NAME:Tsosie]], "[[NAME:Hózhó]]", 4 months, with complex CHD (HLHS s/p Norwood). Progressive RV failure despite {{drug:milrinone}} {{dose:0.5 mcg/kg/min}} and {{drug:epinephrine}} {{dose:0.05 mcg/kg/min}}. Parents [[NAME:Nizhoni]] and [[NAME:Ahiga Benally]] chose to redirect care after meeting with Dr. [[NAME:Gallagher]] on [[DATE:2/24]]. Medicine man [[NAME:Hastiin Yazzie]] performed a blessing at bedside with unit permission.""",
"""Parents of infant [[NAME:Hózhó]] [[NAME:Tsosie]] chose comfort care for end-stage HLHS on [[DATE:2/24]] after a blessing by [[NAME:Hastiin Yazzie]]."""),

('genetics_pedigree',
"""Pedigree notes (proband = [[NAME:Shiferaw Alemu]]):
- Mother [[NAME:Tsehay]], {{age:61}}, HCM, ICD
- Father [[NAME:Alemu Worku]], d. {{age:58}}, "sudden death while farming"
- Sister [[NAME:Hiwot]], {{age:35}}, echo normal [[DATE:2022-09-14]]
- Brother [[NAME:Yared]], {{age:30}}, declined screening
MYH7 p.Arg403Gln identified in proband. Cascade testing offered to [[NAME:Hiwot]] and [[NAME:Yared]].""",
"""A pathogenic MYH7 variant was found in [[NAME:Shiferaw Alemu]]; siblings [[NAME:Hiwot]] and [[NAME:Yared]] were offered cascade testing."""),

('referral_fax_cover',
"""FAX COVER
To: Dr. [[NAME:Camille Boudreaux]], Pain Management       Fax: [[PHONE:337-555-0191]]
From: [[NAME:Rhonda Guidry]], LPN for Dr. [[NAME:Thibodeaux]]   Phone: [[PHONE:337-555-0150]]
Date: [[DATE:02/26/2024]]   Pages: 7
Re: [[NAME:LeBlanc, Anatole]] DOB [[DATE:11/11/1958]] - referral for lumbar RFA
Confidential health information. If received in error call the sender.""",
"""Dr. [[NAME:Thibodeaux]]'s office faxed a pain referral for [[NAME:Anatole LeBlanc]] to Dr. [[NAME:Boudreaux]] on [[DATE:02/26/2024]]."""),

('home_safety_eval',
"""OT home safety eval at [[ADDRESS:18 Quarry Lane, Barre, VT 05641]] for [[NAME:Wilhelmina]] "[[NAME:Billie]]" [[NAME:Cook]], a nonagenarian aged [[AGE:97]]. Two steps to entry w/o rail, throw rugs, tub-shower. Recs: grab bars, tub bench, remove rugs, night lights, raised toilet seat. Lives with daughter [[NAME:Prudence]] ({{age:70}}). Lifeline pendant recommended. {{score:TUG 19 s}}.""",
"""OT recommended grab bars, a tub bench and rug removal for [[NAME:Billie Cook]], [[AGE:97]], who lives with daughter [[NAME:Prudence]]."""),

('scribe_hpi',
"""HPI (scribed by [[NAME:Tenzin Norbu]] for Dr. [[NAME:Gabrielle Okonkwo-Hart]]):
Pt is a {{age:44}} yo M named [[NAME:Aleksander Kowalczyk]] who presents with 2 d of RLQ pain, anorexia, T 38.3. Pain migrated from periumbilical. {{eponym:McBurney}} point tender, {{eponym:Rovsing}} +, {{eponym:psoas}} sign +. {{score:Alvarado 8}}. {{lab:WBC 14.6}}. CT: acute appendicitis, no perforation.
Surgery (Dr. [[NAME:Mbeki]]) consulted. His roommate [[NAME:Sebastián]] will take his dog.""",
"""[[NAME:Aleksander Kowalczyk]] has CT-confirmed acute appendicitis ({{score:Alvarado 8}}); Dr. [[NAME:Mbeki]] consulted."""),

('table_pipe_discharge',
"""DISCHARGES PENDING - 6 WEST
Pt name | MRN | DOB | Dispo | Ride
[[NAME:Hollis, Marguerite]] | [[MRN:7710-2281]] | [[DATE:2/2/1941]] | SNF | facility van
[[NAME:Oyebanji, Tolulope]] | [[MRN:7710-3349]] | [[DATE:9/17/1990]] | home | husband [[NAME:Femi]]
[[NAME:Nakashima, Ren]] | [[MRN:7710-0098]] | [[DATE:5/30/1962]] | home w/ HH | son [[NAME:Daichi]] [[PHONE:555-771-0012]]
[[NAME:Ortiz Villanueva, Graciela]] | [[MRN:7710-4412]] | [[DATE:1/1/1950]] | rehab | ambulance""",
"""Four discharges pending on 6 West, including [[NAME:Tolulope Oyebanji]] home with husband [[NAME:Femi]] and [[NAME:Ren Nakashima]] with home health."""),

('nophi_dialysis_rounds',
"""HD rounds: {{lab:Kt/V 1.4}}, {{lab:URR 72%}}. {{lab:Hgb 10.4}} on {{drug:Epogen}}. {{lab:PTH 410}} -> increase {{drug:Sensipar}} to {{dose:60 mg}}. {{lab:Phos 6.1}}, reinforce binder ({{drug:Renvela}} {{dose:1,600 mg}} TID with meals). IDWG 3.1 kg. Access: AVF, no stenosis signs. Next labs in 1 month.""",
"""Dialysis rounds: adequate clearance; {{drug:Sensipar}} increased for PTH and binder adherence reinforced for {{lab:phos 6.1}}."""),

('nophi_ed_abd_pain',
"""{{age:24}}F RLQ pain 12 h. {{lab:hCG}} negative. {{vital:T 37.2}}, {{vital:HR 88}}. Tender RLQ without rebound, {{eponym:Rovsing}} negative, {{eponym:Murphy sign}} negative. {{lab:WBC 8.1}}. US: 3.5 cm hemorrhagic L ovarian cyst, normal flow. Appendix not visualized. {{drug:Toradol}} {{dose:15 mg}} IV, pain improved. Dc home, gyn f/u 6 wk repeat US.""",
"""{{age:24}}-year-old with a hemorrhagic ovarian cyst, not appendicitis; discharged with gyn follow-up."""),

('nophi_nutrition_tpn',
"""TPN note: {{dose:1,800 kcal}}/day, {{dose:90 g}} AA, dextrose {{dose:250 g}}, lipid {{dose:50 g}} ({{drug:SMOFlipid}}). {{lab:TG 180}}, {{lab:glucose 142-188}}, {{lab:Phos 2.3}} -> add {{dose:15 mmol}} NaPhos. Refeeding risk moderate: advance 50% today. {{drug:Thiamine}} {{dose:100 mg}} daily x 5 d.""",
"""TPN advanced cautiously for refeeding risk with phosphate and {{drug:thiamine}} added."""),

('nophi_dental_hygiene',
"""Hygiene recall: 4-6 mm pockets UR/LL, BOP 22%. SRP recommended, 2 quadrants per visit with {{drug:articaine}} {{dose:4%}} {{dose:1:100,000}}. {{drug:Peridex}} rinse BID x 2 wk. Caries risk high: {{drug:fluoride varnish}} {{dose:5%}} applied. Pt {{age:52}} using manual brush; recommend power brush.""",
"""{{age:52}}-year-old with periodontitis needs scaling and root planing; {{drug:Peridex}} and fluoride varnish given."""),

('nophi_geri_falls',
"""Falls clinic: {{age:85}} yo with 3 falls in 6 mo. Orthostatic: {{vital:BP 142/78}} supine -> {{vital:BP 112/66}} standing at 3 min. {{score:TUG 16 s}}. {{score:Mini-Cog 4/5}}. Meds: {{drug:Ambien}}, {{drug:Flomax}}, {{drug:Lasix}}. Stop {{drug:Ambien}}; move {{drug:Flomax}} to bedtime. Vit D {{lab:18}} -> replete. PT for balance. Hip protectors offered. May return sooner if another fall.""",
"""{{age:85}}-year-old with orthostatic hypotension and falls; {{drug:Ambien}} stopped and PT ordered."""),

('nophi_ekg_read',
"""ECG: sinus rhythm 58 bpm, PR 220 ms (1st degree AVB), QRS 132 ms RBBB, QTc 462. No acute ST changes. Compared to prior: new RBBB. {{eponym:Brugada}} pattern absent. Osborn waves absent. Pt on {{drug:Cardizem}} {{dose:120 mg}}; consider dose reduction.""",
"""New RBBB and first-degree AV block on ECG in a patient taking {{drug:Cardizem}}."""),

('nophi_hospice_meds',
"""Comfort kit ordered: {{drug:morphine}} oral solution {{dose:20 mg/mL}} 0.25 mL q1h PRN dyspnea/pain; {{drug:lorazepam}} {{dose:0.5 mg}} SL q4h PRN anxiety; {{drug:haloperidol}} {{dose:0.5 mg}} q6h PRN agitation/nausea; {{drug:atropine}} 1% drops 2 gtt SL q4h PRN secretions; {{drug:bisacodyl}} {{dose:10 mg}} PR daily PRN. {{score:PPS 20%}}.""",
"""Hospice comfort kit with {{drug:morphine}}, {{drug:lorazepam}}, {{drug:haloperidol}}, {{drug:atropine}} and {{drug:bisacodyl}}."""),

]
