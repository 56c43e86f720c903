# Hand-written test notes, part C: telehealth video visits (one dictated with speech-recognition errors),
# secure chat / pager logs, notes from the UK, Canada and Australia.
NOTES = [
dict(style="telehealth", note="""
TELEHEALTH VIDEO VISIT  [[DATE:03/04/2025]]  (Zoom for Healthcare)
Patient: [[NAME:Rohan Thakkar-Beaumont]]  DOB [[DATE:7/21/1988]]  MRN [[MRN:TH-3390218]]
Location of patient: home, [[ADDRESS:811 Corliss Ave N, Seattle WA 98133]]. Provider location: clinic.
Consent for video visit obtained verbally. Wife [[NAME:Anouk]] joined for the last 5 min.
S: migraine 12 days/mo despite {{drug:topiramate}} {{dose:50 mg}} BID. Aura rare.
O: (video) alert, no facial asymmetry, finger-nose intact. Home BP {{vital:124/78}}.
A/P: chronic migraine; start {{drug:Aimovig}} {{dose:70 mg}} monthly, stop topiramate (word-finding). MIDAS {{score:34}}.
Follow-up video [[DATE:Apr 15]]. [[NAME:Leocadia Farnsworth]], MD, Neurology
""", summary="""
Video visit [[DATE:03/04/2025]]: [[NAME:Rohan Thakkar-Beaumont]] with chronic migraine ({{score:MIDAS 34}}) switched from {{drug:topiramate}} to {{drug:Aimovig}}.
"""),
dict(style="telehealth", note="""
video visit -- dictated with speech recognition, not proofread
patient is mrs. [[NAME:jane ho]] correction [[NAME:jiang hou]] date of birth [[DATE:august third nineteen fifty one]].
she reports blood sugars in the two hundreds on {{drug:metformin}} {{dose:one thousand milligrams}} twice daily and {{drug:jar dance}} {{dose:ten}}.
a one c was {{lab:eight point nine}} on [[DATE:february twelfth]].
her son [[NAME:kevin hou]] helped set up the camera, daughter in law [[NAME:mei ling]] also present.
plan add {{drug:glipizide}} {{dose:five milligrams}} with breakfast. recheck in three months.
dictated by doctor [[NAME:oswald pemberly]] transcribed [[DATE:2/20/25]] by [[NAME:TKW]]
""", summary="""
[[NAME:Jiang Hou]] has {{lab:A1c 8.9}} on {{drug:metformin}} and {{drug:Jardiance}}; {{drug:glipizide}} {{dose:5 mg}} added by Dr. [[NAME:Pemberly]] at a video visit.
"""),
dict(style="telehealth", note="""
Tele-psychiatry follow-up  [[DATE:Tues 9/10/2024]]
Pt: [[NAME:Annaliese Whitcroft]] (goes by [[NAME:Annie-Mae]]), {{age:33}}. Located at her sister [[NAME:Henrietta]]'s home in [[ADDRESS:Missoula, MT]] -- confirmed for emergency purposes.
PHQ-9 {{score:16}}, GAD-7 {{score:12}}. No SI.
On {{drug:sertraline}} {{dose:150 mg}}; add {{drug:bupropion XL}} {{dose:150 mg}}.
Therapist [[NAME:Corwin Lachance]], LCSW. Pharmacy: Rosauers, [[ADDRESS:Reserve St]].
Crisis contact: [[PHONE:406-555-0182]] (sister). [[NAME:Josette-Ann Delorme]], PMHNP
""", summary="""
[[NAME:Annaliese Whitcroft]] ({{age:33}}) with {{score:PHQ-9 16}} on {{drug:sertraline}} had {{drug:bupropion XL}} added at a video visit from her sister's home in [[ADDRESS:Missoula]].
"""),
dict(style="telehealth", note="""
Telehealth -- pediatric rash  [[DATE:6-11-2024]]
[[NAME:Ximena Bustillos]], {{age:2}}, seen on video with mother [[NAME:Lizbeth]] and grandmother Doña [[NAME:Socorro]].
Fever x5 d, red eyes, cracked lips, strawberry tongue, hand swelling -> concern for {{eponym:Kawasaki disease}}.
Weight {{vital:12.4 kg}}. Given {{drug:ibuprofen}} {{dose:120 mg}} at home.
Sent to ED for labs/echo; called ahead to Dr. [[NAME:Hargreave]] at [[PHONE:(559) 353-6120]].
Family address for transport voucher: [[ADDRESS:1420 N Fruit Ave, Fresno CA 93728]].
[[NAME:Quincy Adeleke-Oloo]], MD
""", summary="""
[[NAME:Ximena Bustillos]] ({{age:2}}) with 5 days of fever and {{eponym:Kawasaki disease}} features was sent to the ED from a video visit; Dr. [[NAME:Hargreave]] called ahead.
"""),
dict(style="telehealth", note="""
Video visit -- post-op check, POD 10 lap chole
Pt [[NAME:Thiago Albuquerque Neves]] ({{age:45}}) on tablet from work, [[ADDRESS:Framingham, MA]].
Incisions viewed on camera: clean, no erythema. {{eponym:Murphy sign}} not assessable by video.
Pain {{score:1/10}}; stopped {{drug:oxycodone}}, using {{drug:acetaminophen}} {{dose:1 g}} PRN.
Path: chronic cholecystitis, no malignancy (acc [[MRN:SP24-22195]]).
Return to work note sent to HR contact [[NAME:Deirdre Mulcahy]], [[EMAIL:dmulcahy@harborlogistics.com]].
Surgeon [[NAME:Ulrike Brandstätter]], MD
""", summary="""
[[NAME:Thiago Albuquerque Neves]] is recovering well on day 10 after lap chole, pain {{score:1/10}} on {{drug:acetaminophen}}; work note sent to [[NAME:Deirdre Mulcahy]].
"""),
dict(style="telehealth", note="""
Telehealth visit -- remote monitoring review (sample, no identifiers)
Home BP avg {{vital:138/86}} over 14 days. Weight stable {{vital:92 kg}}.
{{drug:Entresto}} {{dose:97/103 mg}}, {{drug:Jardiance}} {{dose:10 mg}}, {{drug:carvedilol}} {{dose:25 mg}} BID.
NYHA class {{score:II}}. {{lab:K 4.6}}, {{lab:Cr 1.2}} from lab draw at home.
No changes.
""", summary="""
Sample remote-monitoring review: HF stable at {{score:NYHA II}} on {{drug:Entresto}} and {{drug:Jardiance}}, {{lab:K 4.6}}.
"""),
dict(style="telehealth", note="""
VA VIDEO CONNECT -- Primary Care   [[DATE:11/12/2024]]
Veteran: SGT (ret.) [[NAME:Delbert Youngblood]]   last4 [[SSN:4471]]   ICN [[MRN:1012948836V551203]]
Joined from [[ADDRESS:Killeen, TX]] with spouse [[NAME:Marcella]].
PTSD (PCL-5 {{score:48}}), tinnitus, OSA on CPAP. Agent Orange? no -- Gulf War, burn pit exposure (PACT Act screen positive).
{{drug:prazosin}} {{dose:2 mg}} qHS -> {{dose:4 mg}}. {{drug:sertraline}} {{dose:100 mg}}.
Referred to MH: Dr. [[NAME:Lowell Kapaona]]; PACT RN [[NAME:Jolanda Sweeney]] x[[PHONE:44813]].
VCL info given: 988 press 1.
[[NAME:Priscilla Ekwueme]], NP
""", summary="""
SGT [[NAME:Delbert Youngblood]] (ICN [[MRN:1012948836V551203]]) with PTSD ({{score:PCL-5 48}}) had {{drug:prazosin}} increased to {{dose:4 mg}} at a VA video visit; referred to Dr. [[NAME:Kapaona]].
"""),
dict(style="chat_pager_log", note="""
SECURE CHAT -- 6 North -- [[DATE:Mon 1/13/2025]]
[07:02] [[NAME:kfarrugia]] (RN): hi, pt [[NAME:Cyprian Mallory-Ekpo]] rm 611 {{vital:BP 84/50}}, {{vital:HR 122}}, on {{drug:Zosyn}}. lactate?
[07:04] Dr. [[NAME:Bellamy]] (hospitalist): bolus {{dose:1 L}} LR, repeat {{lab:lactate}}, cx x2
[07:05] [[NAME:kfarrugia]]: bolus given. family ([[NAME:Precious]] -- daughter) asking for update
[07:11] [[NAME:Bellamy]]: I'll call her. number?
[07:12] [[NAME:kfarrugia]]: [[PHONE:267-884-3012]]
[07:40] [[NAME:Bellamy]]: {{lab:lactate 3.9}}. paging ICU -- [[NAME:Figueira-Lund]] to eval
[07:52] Dr. [[NAME:Figueira-Lund]] (ICU): accepting. [[NAME:Bellamy]] to call family
""", summary="""
Chat log [[DATE:1/13/2025]]: [[NAME:Cyprian Mallory-Ekpo]] hypotensive on {{drug:Zosyn}} with {{lab:lactate 3.9}}, accepted to ICU by Dr. [[NAME:Figueira-Lund]]; daughter [[NAME:Precious]] to be called.
"""),
dict(style="chat_pager_log", note="""
PAGER LOG -- night float
2315 to [[PHONE:4-4102]] from 7W RN [[NAME:Mirabel]] x[[PHONE:6712]]: [[NAME:HUTCHINGS]] bed 14 K 5.9 pls call
2318 call back: {{lab:K 5.9}} hemolyzed? redraw. {{drug:Lokelma}} {{dose:10 g}} if >5.5 on repeat
2340 from ED (Dr. [[NAME:Tabitha-Rose Odhiambo]]) re admit [[NAME:Ferdinando Scarpetta]] {{age:74}} CHF, call [[PHONE:2-7701]]
0105 7W [[NAME:Mirabel]]: repeat {{lab:K 5.2}}. ok
0230 pharmacist [[NAME:Quentin Oyebanji]]: {{drug:vancomycin}} trough {{lab:24}} on [[NAME:Scarpetta]]? hold next dose
0231 agreed, hold. -- [[NAME:Jonah Weatherby]], MD
""", summary="""
Night pager log: [[NAME:Hutchings]] had {{lab:K 5.9}} that was {{lab:K 5.2}} on repeat; {{drug:vancomycin}} held for a trough of {{lab:24}} in [[NAME:Scarpetta]].
"""),
dict(style="chat_pager_log", note="""
Teams chat (exported) [[DATE:2024-09-18]]
[[NAME:Okoro, Adanna]] (Case Mgmt) 10:02: [[NAME:Fenella]] -- is Mr. [[NAME:Drummond-Yates]] ready for SNF? Bed at Willow Glen held till 3
[[NAME:Fenella Marchbank-Ruiz]] (PT) 10:05: AM-PAC {{score:15}}, Barthel index {{score:45}}, SNF appropriate
[[NAME:Okoro, Adanna]] 10:06: need his auth -- Humana ref [[MRN:HUM-2409-88172]] pending
[[NAME:Everett Drummond-Yates]] pt's son texted me at [[PHONE:(615) 290-4418]], wants [[ADDRESS:Nashville]] not [[ADDRESS:Franklin]]
[[NAME:Fenella Marchbank-Ruiz]] 10:09: ok. he's on {{drug:Eliquis}} {{dose:5 mg}} + {{drug:Keppra}} {{dose:500 mg}}, send MAR
[[NAME:Okoro, Adanna]] 10:15: [[NAME:Okoro]] to call family. thx
""", summary="""
Case manager [[NAME:Adanna Okoro]] and PT [[NAME:Fenella Marchbank-Ruiz]] arranged SNF for Mr. [[NAME:Drummond-Yates]] ({{score:AM-PAC 15}}), awaiting auth [[MRN:HUM-2409-88172]].
"""),
dict(style="chat_pager_log", note="""
Vocera / text page log -- L&D  [[DATE:Dec 30]]
03:12 RN [[NAME:Bishop]] -> Dr. [[NAME:Anyanwu-Nwosu]]: rm 9 [[NAME:Kalani Ho'opi'i]] G1 39w, {{eponym:Bishop score}} {{score:4}}, start {{drug:Cytotec}} {{dose:25 mcg}}?
03:14 Dr. [[NAME:Ngozika Anyanwu-Nwosu]]: yes, {{dose:25 mcg}} PV q4h, max 6
05:40 [[NAME:Bishop]]: cat I tracing, FHR 140s. partner [[NAME:Makoa]] asking about epidural
05:41 page anesthesia (Dr. [[NAME:Heikkinen]]) x[[PHONE:3390]]
07:58 [[NAME:Bishop]] -> [[NAME:Leilani Bishop-Kahale]] (day RN) handoff done
""", summary="""
L&D page log: [[NAME:Kalani Ho'opi'i]] with {{score:Bishop score 4}} started {{drug:Cytotec}} {{dose:25 mcg}}; RN [[NAME:Bishop]] handed off to [[NAME:Leilani Bishop-Kahale]].
"""),
dict(style="chat_pager_log", note="""
Secure message thread -- oncology infusion  [[DATE:5/22/2024]]
[[NAME:Roz Petrakis]] (PharmD): [[NAME:Caoimhe]], hold C3 for [[NAME:Fitzgerald-Amoah]]? {{lab:ANC 0.9}}
[[NAME:Caoimhe Lennon]] (RN): pt here in chair 4, husband [[NAME:Kojo]] with her. {{vital:T 37.4}}
Dr. [[NAME:Sigrún Hallgrímsdóttir]]: hold {{drug:FOLFOX}} 1 wk, start {{drug:Zarxio}} {{dose:480 mcg}} next cycle. reschedule [[DATE:5/29]]
[[NAME:Roz Petrakis]]: done. note: pt's {{drug:oxaliplatin}} neuropathy grade {{score:2}} -> consider dose reduce {{dose:20%}}
[[NAME:Caoimhe Lennon]]: [[NAME:Efua]] agrees. she asked for the scheduler's number -> [[NAME:Wilmer]] [[PHONE:(336) 716-2255]]
""", summary="""
[[NAME:Efua Fitzgerald-Amoah]]'s {{drug:FOLFOX}} was held for {{lab:ANC 0.9}} by Dr. [[NAME:Hallgrímsdóttir]] and moved to [[DATE:5/29]] with {{drug:Zarxio}} added.
"""),
dict(style="chat_pager_log", note="""
Unit chat -- template of escalation examples (no patient data)
"MEWS {{score:5}} -> call RRT."
"{{vital:SBP <90}} x2 -> notify MD, {{dose:500 mL}} bolus per order set."
"{{lab:Glucose <70}} -> {{drug:D50}} {{dose:25 mL}} if NPO."
"{{eponym:Foley}} output {{vital:<30 mL/h}} x2 h -> bladder scan."
""", summary="""
Escalation examples: {{score:MEWS 5}} triggers RRT, {{lab:glucose <70}} gets {{drug:D50}}, low {{eponym:Foley}} output prompts a bladder scan.
"""),
dict(style="chat_pager_log", note="""
TigerText export -- ED  [[DATE:Jul 4th 2024]]
[21:10] charge ([[NAME:Marlowe]]): trauma 2 -- fireworks hand injury, [[NAME:Dusty Crenshaw]] {{age:35}}, fingers 3-4 amputated
[21:12] Dr. [[NAME:Nwabueze]]: {{drug:cefazolin}} {{dose:2 g}}, tetanus, {{drug:fentanyl}} {{dose:100 mcg}}. page hand
[21:15] hand fellow [[NAME:Anastasios Karamanlis]]: 20 min out. parts on ice pls
[21:30] [[NAME:Marlowe]]: gf [[NAME:Tiffani Lusk]] at desk, cops want statement -- officer [[NAME:Vandermolen]] badge [[MRN:2291]]
[21:31] [[NAME:Nwabueze]]: after OR. GCS {{score:15}}
""", summary="""
[[NAME:Dusty Crenshaw]] ({{age:35}}) had a fireworks hand amputation treated with {{drug:cefazolin}} and {{drug:fentanyl}}; hand fellow [[NAME:Karamanlis]] paged.
"""),
dict(style="chat_pager_log", note="""
Hospitalist sign-out (text)  [[DATE:Fri 2/7]]
- rm 410 [[NAME:Gwendolyn Tran]], {{age:81}}: CAP on {{drug:ceftriaxone}} {{dose:1 g}} + {{drug:azithromycin}} {{dose:500 mg}}; CURB-65 {{score:2}}. If fever spike, cultures.
- rm 414 [[NAME:Bartosz]] (last name [[NAME:Grzelak]]): ETOH w/d, CIWA {{score:14}} at 18:00, {{drug:lorazepam}} {{dose:1 mg}} PRN. Sister [[NAME:Danuta]] may call, ok to update.
- rm 422 [[NAME:MCALLISTER-BOONE, TERRENCE]]: {{lab:Hgb 6.9}}, 1 unit running, recheck at 22:00.
From [[NAME:Lucan Oyediran]] to [[NAME:Saffron Pinder-Mwale]] -- my cell [[PHONE:917.220.6638]]
""", summary="""
Sign-out from Dr. [[NAME:Oyediran]] to Dr. [[NAME:Pinder-Mwale]]: [[NAME:Gwendolyn Tran]] with CAP ({{score:CURB-65 2}}), [[NAME:Bartosz Grzelak]] in withdrawal, [[NAME:Terrence McAllister-Boone]] transfused for {{lab:Hgb 6.9}}.
"""),
dict(style="telehealth", note="""
Telehealth (phone, video failed) -- lactation
Mother [[NAME:Eun-hee Pak]] ({{age:31}}), infant [[NAME:Hana]] born [[DATE:10/19/2024]], DOL 12.
Nipple pain, infant wt {{vital:3.28 kg}} (BW {{vital:3.40 kg}}). LATCH score {{score:6}}.
Possible Candida -> {{drug:nystatin}} {{dose:100,000 units/mL}} for infant, {{drug:miconazole}} cream for mom.
Father [[NAME:Dong-hyuk Pak]] on call, pt e-mail [[EMAIL:eunhee.pak.91@hanmail-us.com]]. Peds: Dr. [[NAME:Caldwell-Nakamura]].
[[NAME:Romilly Steen]], IBCLC
""", summary="""
Lactation phone visit for [[NAME:Eun-hee Pak]] and infant [[NAME:Hana]] ({{score:LATCH 6}}): {{drug:nystatin}} and {{drug:miconazole}} for possible Candida.
"""),
dict(style="intl_uk_ca_au", note="""
NHS -- Acute Medical Unit clerking   Date: [[DATE:07/03/2025]]
Name: [[NAME:Siddharth Chaudhry-Pennington]]   NHS No: [[MRN:485 777 3456]]   Hosp No: [[MRN:RX1 204781]]
DOB: [[DATE:23/11/1949]]   Address: [[ADDRESS:14 Cranbrook Road, Ilford IG1 4PL]]
GP: Dr [[NAME:Helena Adeyoola-Frost]], Valentines Surgery, tel [[PHONE:020 8554 3102]]
PC: SOB, productive cough. CURB-65 {{score:3}}. NEWS2 {{score:7}}.
Obs: {{vital:RR 28}}, {{vital:SpO2 89%}} on air, {{vital:BP 98/60}}, {{vital:HR 110}}.
Plan: {{drug:co-amoxiclav}} {{dose:1.2 g}} IV TDS + {{drug:clarithromycin}} {{dose:500 mg}} BD.
NOK: daughter [[NAME:Priya]] mob [[PHONE:07700 914 562]]. Clerked by Dr [[NAME:Fionnuala Greer]] (FY2), reviewed by consultant Mr [[NAME:Bamidele Ajayi]]
""", summary="""
[[NAME:Siddharth Chaudhry-Pennington]] (NHS [[MRN:485 777 3456]]) admitted [[DATE:07/03/2025]] with pneumonia, {{score:CURB-65 3}}, on {{drug:co-amoxiclav}}; daughter [[NAME:Priya]] is NOK.
"""),
dict(style="intl_uk_ca_au", note="""
Ontario -- Family Health Team progress note   [[DATE:2024/11/05]]
Pt: [[NAME:Geneviève Tremblay-Ouellette]]   OHIP [[MRN:4471-093-218-KT]]   DOB [[DATE:1968/02/29]]
Address: [[ADDRESS:88 Rue Principale, Hawkesbury ON K6A 1A4]]   Tel [[PHONE:+1 613-632-0419]]
S: fatigue, {{lab:ferritin 6}}, {{lab:Hb 98 g/L}}. Menorrhagia.
P: {{drug:ferrous fumarate}} {{dose:300 mg}} daily; refer gyne (Dr [[NAME:Étienne Lapointe]]) for US.
Partner [[NAME:Mathieu]] asked about iron infusion -- {{drug:Monoferric}} {{dose:1000 mg}} if no response.
NP [[NAME:Aurélie Desjardins-Kaur]]
""", summary="""
[[NAME:Geneviève Tremblay-Ouellette]] with iron deficiency ({{lab:ferritin 6}}, {{lab:Hb 98 g/L}}) started {{drug:ferrous fumarate}} and was referred to Dr [[NAME:Lapointe]].
"""),
dict(style="intl_uk_ca_au", note="""
Discharge letter -- Royal (Australia)   Discharged [[DATE:12/01/2025]]
Patient: [[NAME:Wiremu Te Whatu]]   UR [[MRN:0794412]]   Medicare [[MRN:2951 44803 1-2]]
Address: [[ADDRESS:3/17 Fitzroy St, St Kilda VIC 3182]]   Mob [[PHONE:+61 412 338 905]]
Dx: cellulitis R leg, {{eponym:Serratia}}? no -- Strep pyogenes on swab. {{drug:Flucloxacillin}} {{dose:2 g}} IV QID -> {{drug:cefalexin}} {{dose:500 mg}} QID.
{{lab:CRP 186}} -> {{lab:41}}. Wells score {{score:0}}, no DVT.
Follow-up with GP Dr [[NAME:Maia Ngata]], [[PHONE:(03) 9534 2210]]. Partner [[NAME:Kahurangi]] to drive.
Registrar [[NAME:Callum Pettifer]]
""", summary="""
[[NAME:Wiremu Te Whatu]] was discharged [[DATE:12/01/2025]] after cellulitis on {{drug:flucloxacillin}} then {{drug:cefalexin}}, {{lab:CRP 186}} falling to {{lab:41}}.
"""),
dict(style="intl_uk_ca_au", note="""
NICE-style pathway summary (no patient) -- UK
Suspected sepsis: NEWS2 {{score:>=5}} -> senior review within 1 h.
{{lab:Lactate >2}}: {{dose:500 mL}} crystalloid bolus.
{{drug:Gentamicin}} {{dose:5 mg/kg}} per {{eponym:Hartford nomogram}}.
Obs in mmol/L; Hb in g/L ({{lab:Hb 120}} = 12.0 g/dL).
""", summary="""
UK sepsis pathway: {{score:NEWS2 >=5}} prompts senior review, {{lab:lactate >2}} gets a {{dose:500 mL}} bolus, {{drug:gentamicin}} by {{eponym:Hartford nomogram}}.
"""),
dict(style="intl_uk_ca_au", note="""
Community mental health -- Scotland   Seen [[DATE:3rd February 2025]]
[[NAME:Morag Baillie-Sinclair]], CHI [[MRN:0302816642]], [[ADDRESS:Flat 2/1, 41 Dumbarton Road, Glasgow G11 6AA]]
Lives with partner [[NAME:Ewan]]; daughter [[NAME:Isla]] ({{age:7}}).
Low mood, HADS-D {{score:14}}. Started {{drug:mirtazapine}} {{dose:15 mg}} nocte by GP Dr [[NAME:Ruaridh Mackintosh]] on [[DATE:20/01/2025]].
No DVLA issues. {{eponym:Glasgow Coma Scale}} not relevant; alert.
CPN [[NAME:Shona Gilfillan]], tel [[PHONE:0141 211 3600]]; email [[EMAIL:shona.gilfillan@ggc-cmht.scot]]
""", summary="""
[[NAME:Morag Baillie-Sinclair]] with {{score:HADS-D 14}} on {{drug:mirtazapine}} {{dose:15 mg}} since [[DATE:20/01/2025]]; followed by CPN [[NAME:Shona Gilfillan]].
"""),
dict(style="intl_uk_ca_au", note="""
BC Emergency -- discharge summary   [[DATE:2025-03-15]]
PHN [[MRN:9876 543 210]]   Pt: [[NAME:Harjinder Kaur Sandhu]] ({{age:56}})
Address: [[ADDRESS:12855 72 Ave, Surrey BC V3W 2M9]]
Dx: renal colic, 6 mm L UVJ stone. {{lab:Cr 104 umol/L}}. {{drug:Tamsulosin}} {{dose:0.4 mg}}, {{drug:ketorolac}} {{dose:15 mg}} IV.
Son [[NAME:Gurpreet]] interpreted (Punjabi), pt declined phone interpreter.
Urology follow-up: referral faxed to Dr [[NAME:Balraj Grewal]], fax [[PHONE:604-588-2271]].
ED MD: [[NAME:Tessaly Van Houten]]
""", summary="""
[[NAME:Harjinder Kaur Sandhu]] ({{age:56}}) with a 6 mm stone was discharged on {{drug:tamsulosin}}; son [[NAME:Gurpreet]] interpreted and urology referral went to Dr [[NAME:Grewal]].
"""),
dict(style="intl_uk_ca_au", note="""
Residential aged care -- GP visit note (NSW)   [[DATE:Wed 19/6/2024]]
Resident: [[NAME:Dorothea Vlahos]], [[AGE:101]] yrs, Room 12, Banksia Wing. DVA Gold Card [[MRN:NX 447812]].
Fall overnight, no injury. On {{drug:Panadol Osteo}} {{dose:665 mg}} TDS, {{drug:Endone}} {{dose:2.5 mg}} PRN -> cease Endone.
Lying/standing BP {{vital:146/80}} / {{vital:118/70}}. Barthel index {{score:35}}.
Son [[NAME:Spiros Vlahos]] (EPOA) informed on [[PHONE:0418 226 947]]; granddaughter [[NAME:Eleni]] visiting Sunday.
RN in charge [[NAME:Narelle Huxtable]]. GP: Dr [[NAME:Anh Khoa Truong]], [[ADDRESS:Marrickville]], ph [[PHONE:(02) 9558 0112]]
""", summary="""
[[AGE:101]]-year-old [[NAME:Dorothea Vlahos]] fell without injury, {{drug:Endone}} ceased for postural drop; son [[NAME:Spiros]] (EPOA) informed.
"""),
dict(style="intl_uk_ca_au", note="""
GP referral letter -- England
Date: [[DATE:28.10.2024]]
Dear Dr [[NAME:Ogunleye-Barrow]],
Re: [[NAME:Cedric Fothergill]], DOB [[DATE:02/04/1933]] ([[AGE:91]]), NHS [[MRN:943 476 5919]], [[ADDRESS:The Old Forge, Chapel Lane, Much Wenlock TF13 6AB]]
Thank you for seeing this gentleman with a 3-month history of resting tremor and micrographia; I suspect {{eponym:Parkinson disease}}. UPDRS not done.
He takes {{drug:bendroflumethiazide}} {{dose:2.5 mg}} and {{drug:amlodipine}} {{dose:5 mg}}; BP {{vital:152/84}}.
His wife [[NAME:Marjorie]] accompanies him; contact [[PHONE:+44 1952 727 018]].
Yours sincerely, Dr [[NAME:Rhodri Llewellyn-Hughes]], Wenlock Medical Practice
""", summary="""
Dr [[NAME:Llewellyn-Hughes]] referred [[AGE:91]]-year-old [[NAME:Cedric Fothergill]] (NHS [[MRN:943 476 5919]]) with suspected {{eponym:Parkinson disease}}; BP {{vital:152/84}} on {{drug:amlodipine}}.
"""),
]
