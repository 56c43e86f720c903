NOTES = [
    dict(style="secure_chat", note="""
Secure Chat  |  Thread: 4W-417 [[NAME:TRAN, THI HANH]] ([[MRN:E0048821]])
Members: [[NAME:mokada3]] (Hospitalist), [[NAME:jpark11]] (Cards fellow), [[NAME:lthanh]] (RN 4W)
[[DATE:03/14/2025]] 07:42  [[NAME:mokada3]]: am lytes back, {{lab:K 3.1}}, {{lab:Mg 1.6}}. giving {{dose:40 mEq}} {{drug:KCl}} PO + {{dose:2 g}} Mg IV, ok?
[[DATE:03/14/2025]] 07:44  [[NAME:jpark11]]: fine. hold {{drug:Lasix}} this am, she was net -2.1 L yesterday
[[DATE:03/14/2025]] 07:45  [[NAME:lthanh]]: {{vital:BP 98/60}} at 0600, {{vital:HR 104}}. daughter [[NAME:Linh]] called, wants update after 10
07:51  [[NAME:mokada3]]: thanks [[NAME:Lan]]. is her cell still [[PHONE:(408) 555-0172]]?
07:52  [[NAME:lthanh]]: no thats old. new one [[PHONE:408.555.0319]], [[NAME:Linh]] works nights so text first
08:10  [[NAME:jpark11]]: TTE from [[DATE:2/27]] showed EF {{lab:35%}}, no LV thrombus. will staff w [[NAME:Hwang]] re {{drug:Entresto}} before d/c
08:12  [[NAME:mokada3]]: planning d/c [[DATE:Sun 3/16]] if Cr holds ({{lab:Cr 1.4}} today vs {{lab:1.2}} on [[DATE:3/12]])
08:30  [[NAME:lthanh]]: spoke w [[NAME:linh]], she'll bring the pill box. PCP Dr [[NAME:Pham]] at East Valley Family Med, fax [[PHONE:408-555-0190]]
08:31  [[NAME:mokada3]]: perfect, I'll send the summary there
""", summary="""
[[NAME:Tran Thi Hanh]] ([[MRN:E0048821]]) had {{lab:K 3.1}} and {{lab:Mg 1.6}} on [[DATE:03/14/2025]]; both were repleted, {{drug:Lasix}} held, and discharge is planned for [[DATE:3/16]]. Daughter [[NAME:Linh]]'s new number is [[PHONE:408.555.0319]].
"""),
    dict(style="pager_log", note="""
PAGER LOG -- Night Float (Med B)     Sat [[DATE:11/02/24]]
2214  5E x[[PHONE:5512]]   "Rm 512 [[NAME:Watanabe]] BG {{lab:48}}, gave {{drug:D50}}, pls call"  -> cb 2217, spoke w [[NAME:yuki]] RN
2240  pgr [[PHONE:4-7731]] ([[NAME:Ho]], pharm)  {{drug:vanc}} trough {{lab:22.4}} on [[NAME:LAM, KA WAI]], hold next dose? -> yes, recheck 0600
2315  ED [[PHONE:617-555-0148]]  admit [[NAME:Bui Van Duc]] {{age:72}}M CAP, {{vital:SpO2 89%}} RA, {{score:CURB-65 3}}
0030  [[NAME:Hope]] (charge 6W): [[NAME:Ong]] pulled PIV, refusing re-site. daughter [[NAME:Faith Ong]] at bedside, will try again w her help
0112  RRT 6W -- [[NAME:Ong]] again, {{vital:HR 138}} AF w RVR, {{dose:5 mg}} {{drug:metoprolol}} IV x2 -> {{vital:HR 96}}
0245  --
0410  lab crit: {{lab:Hgb 6.8}} on [[NAME:Watanabe, Kenji]] MRN [[MRN:3390417]] (was {{lab:8.1}} [[DATE:10/31]]) -> 1u PRBC, guaiac stool
0535  [[NAME:Hope]] again: [[NAME:Faith]] asking if dad can eat, NPO for TEE? -> yes NPO p MN, TEE with Dr. [[NAME:Seo]] moved to [[DATE:Mon 11/4]]
Signed out to [[NAME:S. Nakamura]] 0700, pgr [[PHONE:88213]]. We hope [[NAME:Ong]] stays in rate.
""", summary="""
Overnight on [[DATE:11/02/24]], [[NAME:Kenji Watanabe]] ([[MRN:3390417]]) had hypoglycemia and {{lab:Hgb 6.8}} requiring transfusion, and [[NAME:Ong]] had AF with RVR treated with {{drug:metoprolol}}. Care was signed out to [[NAME:S. Nakamura]].
"""),
    dict(style="signout_table", note="""
SIGN-OUT  Gold Team (Hospitalist)   [[DATE:Tues 6/3]]   [[NAME:AK]] -> [[NAME:DY]]   cross-cover pgr [[PHONE:2-4410]]
| Rm  | Patient                         | MRN          | Problem            | Overnight to-do |
|-----|---------------------------------|--------------|--------------------|-----------------|
| 402 | [[NAME:KIM, JI-WOO]] {{age:58}}F          | [[MRN:01-447-223]]   | DKA, insulin gtt   | if {{lab:AG 11}} or less x2 -> {{drug:glargine}} {{dose:18 units}}, stop gtt 2h later |
| 405 | [[NAME:OH, SEUNG-HEE]] {{age:81}}M        | [[MRN:01-390-118]]   | HFrEF exac         | UOP < {{dose:0.5 mL/kg/h}} -> {{dose:80 mg}} {{drug:furosemide}} IV |
| 409 | [[NAME:DELA CRUZ, MARIA LUZ]] {{age:63}}F | [[MRN:01-512-907]]   | LLE cellulitis     | f/u BCx from [[DATE:6/1]]; son "[[NAME:Jun-jun]]" calls nightly [[PHONE:415 555 0126]] |
| 411 | [[NAME:AHMAD BIN YUSOF]] {{age:67}}M      | [[MRN:01-233-651]]   | UGIB, s/p EGD      | {{lab:Hgb 7.9}} -> recheck 2200, transfuse < {{lab:7}}; GI (Dr [[NAME:Lim]]) aware |
| 414 | [[NAME:YU, MEI]] [[AGE:91]]F                 | [[MRN:01-108-334]]   | delirium, UTI      | no {{drug:Haldol}} (QTc {{lab:512}}); {{drug:melatonin}} {{dose:3 mg}}; DNR/DNI |
Code status all FULL except 414. [[NAME:Mei]]'s granddaughter [[NAME:Summer Yu]] is HCP, [[PHONE:650-555-0183]].
Anticipate: [[NAME:Oh]] may need BiPAP, RT aware ([[NAME:JC]]).
""", summary="""
Gold Team sign-out for [[DATE:6/3]] covers five patients, including [[NAME:Ji-woo Kim]] on an insulin drip for DKA and [[AGE:91]]-year-old [[NAME:Mei Yu]] (DNR/DNI, QTc {{lab:512}}, no {{drug:Haldol}}). HCP [[NAME:Summer Yu]] can be reached at [[PHONE:650-555-0183]].
"""),
    dict(style="message_center", note="""
Patient Message Center -- Export
Thread [[MRN:88120431]]   Pt: [[NAME:Nguyễn Văn Phúc]]   MRN [[MRN:200-53-8817]]   DOB [[DATE:4.7.58]]   Pref lang: Vietnamese/English
-----------------------------------------------------------
[[DATE:2025-01-08]] 19:03   From: [[NAME:phucnguyen58]] (patient portal)
  hi dr [[NAME:takahashi]] this is [[NAME:phuc]]. my feet swelling again since [[DATE:sunday the 5th]], shoes dont fit.
  i take the {{drug:amlodipine}} {{dose:10 mg}} still. my son [[NAME:Tuan]] say maybe the new pill. pls call
  [[PHONE:503 555 0137]] after 5pm thank you
[[DATE:2025-01-09]] 08:14   From: [[NAME:Grace Villanueva]], RN  (user [[NAME:gvillanueva2]])
  Mr. [[NAME:Nguyen]], thank you for the message. Ankle swelling is a common side effect of {{drug:amlodipine}}.
  Dr. [[NAME:Takahashi]] would like a BP check. Can you come [[DATE:Friday 1/10]] at 9:40? Weigh yourself daily.
[[DATE:2025-01-09]] 12:52   From: [[NAME:phucnguyen58]]
  ok friday. BP this morning {{vital:152/94}} pulse {{vital:78}}. weight {{vital:71 kg}}
[[DATE:01/09/2025]] 13:05   Routed to: [[NAME:ktakahashi]] (MD) -- cc pool IM-BLUE
""", summary="""
[[NAME:Nguyễn Văn Phúc]] ([[MRN:200-53-8817]]) reported ankle swelling on {{drug:amlodipine}}; [[NAME:Grace Villanueva]], RN booked a BP check for [[DATE:1/10]]. His home reading was {{vital:152/94}}.
"""),
    dict(style="pager_log", note="""
PAGER BROADCAST -- group ICU-ALL / 7N-7S
0715  Pyxis MedStation on 7N offline. Pull from 7S tower until Biomed clears it.
0720  Reminder: Heparin nomogram v3 live today. Bolus {{dose:80 units/kg}}, start {{dose:18 units/kg/h}}, anti-Xa goal {{lab:0.3-0.7}}.
0800  Sepsis huddle moved to Conf Rm B. Bring {{score:qSOFA}} audit sheets and the Lactate Bundle checklist.
0930  Blood Bank: O-NEG low. Call before releasing more than {{dose:2 units}} uncrossmatched.
1100  {{eponym:Swan-Ganz}} kits back in stock, Supply 3. {{eponym:Foley}} 16Fr still on backorder; use 14Fr Coude.
1215  MRI 3T down until 1600. STAT stroke alerts go CT/CTA (head + {{eponym:circle of Willis}}) then IR.
1340  {{drug:Cefazolin}} {{dose:2 g}} premix short; Pharmacy will compound. Do NOT substitute {{drug:Ancef}} vials from OR.
1500  CAUTI audit: 3 of 11 lines > day 4 without indication. Please review at 1600 huddle.
""", summary="""
ICU broadcast pages reported a Pyxis outage, a low O-negative supply and a {{drug:Cefazolin}} shortage, and reminded staff of the new Heparin nomogram ({{dose:80 units/kg}} bolus).
"""),
    dict(style="secure_chat", note="""
Secure Chat | 3 Peds <-> Peds ID | [[DATE:Fri 9/20/2024]]
13:02 [[NAME:ekawasaki]]: hi, [[NAME:Emi]] on 3 Peds. Bed 12 [[NAME:Lê Minh Khoa]], {{age:3}}yo, fever day 6, bilat conj injection, strawberry tongue, cracked lips. incomplete {{eponym:Kawasaki}}??
13:03 [[NAME:ekawasaki]]: (no relation, I promise)
13:10 [[NAME:rwong7]]: ha. could be. CRP, albumin, plt?
13:12 [[NAME:ekawasaki]]: {{lab:CRP 9.8}}, {{lab:alb 2.7}}, {{lab:plt 512}}, {{lab:ALT 88}}, UA {{lab:12 WBC}}
13:15 [[NAME:rwong7]]: meets suppl lab criteria. echo today. cards is [[NAME:Hashimoto]] this wk, pgr [[PHONE:6-0291]]
13:40 [[NAME:rwong7]]: echo read by Dr [[NAME:Hashimoto]]: LAD {{score:Z-score 2.6}}. start IVIG {{dose:2 g/kg}} ({{dose:28 g}}) + {{drug:aspirin}} {{dose:80 mg/kg/day}} div q6
13:44 [[NAME:ekawasaki]]: mom [[NAME:Phương]] consented via interpreter [[NAME:Do Thi Mai]] (badge [[MRN:INT-20418]]). dad [[NAME:Khánh]] on the way from [[ADDRESS:Garden Grove]]
13:50 [[NAME:rwong7]]: great. repeat echo ~[[DATE:10/4]] and [[DATE:11/1]]. pls put in f/u w Dr. [[NAME:Wong]] clinic
13:51 [[NAME:ekawasaki]]: [[NAME:Roland]] that's you lol
13:51 [[NAME:rwong7]]: so it is. MRN for the order set is [[MRN:7720419]]
""", summary="""
[[NAME:Lê Minh Khoa]] ({{age:3}}, [[MRN:7720419]]) was diagnosed with incomplete {{eponym:Kawasaki}} disease on [[DATE:9/20/2024]] and started on IVIG {{dose:2 g/kg}} and high-dose {{drug:aspirin}}. Repeat echoes are planned for [[DATE:10/4]] and [[DATE:11/1]] with Dr. [[NAME:Wong]].
"""),
    dict(style="pager_log", note="""
TEXT PAGES -- pgr [[PHONE:2-6618]] (Gen Surg chief, [[NAME:H. Matsuda]])    [[DATE:12-Mar-2025]]
[[DATE:03/12]] 05:51  "this is [[NAME:bo]] 8S. [[NAME:Yamamoto]] POD2 lap chole, JP 400cc serosang overnight, {{vital:HR 112}}. cb x[[PHONE:8420]]"
[[DATE:03/12]] 06:03  "[[NAME:bo]] again: {{vital:BP 94/58}}, {{lab:Hgb 9.1}} (from {{lab:11.8}}). fam asking for you, wife [[NAME:Sachiko]]"
06:05  reply: "coming. type & cross 2u, hold {{drug:enoxaparin}}, 2nd PIV"
06:30  "OR desk: add-on ex lap for [[NAME:YAMAMOTO, TAKESHI]] acct [[MRN:9100238841]], anes Dr [[NAME:Kang]] notified"
07:14  "PACU [[PHONE:555-0163]]: [[NAME:Pangilinan]] {{drug:dilaudid}} PCA req from [[NAME:Ana]], pain {{score:9/10}}"
07:20  "[[NAME:Will]] (scrub) -- Bovie in OR 6 acting up, swap w OR 4?"
07:22  reply to [[NAME:Will]]: yes swap. we will start by 0745
""", summary="""
On [[DATE:03/12]], [[NAME:Takeshi Yamamoto]] ([[MRN:9100238841]]) had tachycardia and a falling {{lab:Hgb 9.1}} after lap chole and was booked for ex lap. [[NAME:Pangilinan]] in PACU needed a PCA for pain {{score:9/10}}.
"""),
    dict(style="message_center", note="""
In Basket -- Staff Message Export (Pool: FAMMED-REFILLS)
Msg#  Date/Time           From            Pt / MRN                           Subject
6102  [[DATE:08/19/2024]] 09:12  [[NAME:jbautista4]]      [[NAME:SANTOS, MARITES]] / [[MRN:5540021]]     refill {{drug:metformin}} {{dose:1000 mg}} BID
      Pt called, out since [[DATE:8/16]]. Pharm: Mercury Drug [[ADDRESS:Daly City]], ph [[PHONE:650-555-0144]] fax [[PHONE:650-555-0145]]. Last A1c {{lab:7.4}} ([[DATE:5/2]]).
6103  [[DATE:08/19/2024]] 09:40  [[NAME:mrreyes]]        [[NAME:AQUINO, JOY]] / [[MRN:5561877]]         BP log
      [[NAME:Joy]] dropped off BP log: avg {{vital:138/84}}. Wants to stop {{drug:lisinopril}} d/t cough. Pls advise. Her cell [[PHONE:+1 (650) 555-0102]].
6104  [[DATE:08/19/2024]] 11:02  [[NAME:rmacaraeg]]       [[NAME:AQUINO, JOY]]                          RE: BP log
      Switch to {{drug:losartan}} {{dose:50 mg}} daily, BMP in 2 wks. -- [[NAME:RM]]
6105  [[DATE:08/20/2024]] 08:30  [[NAME:jbautista4]]      [[NAME:SANTOS, MARITES]]                      RE: refill
      Sent. [[NAME:Marites]]' daughter [[NAME:Precious]] picked up. Pt also asking about {{drug:Ozempic}} -- told her to discuss at visit [[DATE:9/3]].
6106  [[DATE:08/20/2024]] 14:15  [[NAME:lgarcia1]]       [[NAME:MENDOZA, ROSE ANN]] / [[MRN:5509932]]   FMLA form
      Husband [[NAME:Noel]] brought FMLA paperwork, due [[DATE:8/30]]. Placed in Dr. [[NAME:Macaraeg]]'s box.
""", summary="""
Refill and BP messages from [[DATE:08/19/2024]]-[[DATE:08/20/2024]]: [[NAME:Marites Santos]] ([[MRN:5540021]]) got a {{drug:metformin}} refill and [[NAME:Joy Aquino]] ([[MRN:5561877]]) was switched from {{drug:lisinopril}} to {{drug:losartan}} {{dose:50 mg}} by Dr. [[NAME:Macaraeg]].
"""),
    dict(style="signout_table", note="""
MICU HANDOFF (I-PASS)    night of [[DATE:2024/12/07]] -> [[DATE:2024/12/08]]    out: [[NAME:Sato]] / in: [[NAME:Cho]]
BED NAME                    MRN        SEV     SUMMARY                                   ACTION / CONTINGENCY
7   [[NAME:ZHANG, WEI]]             [[MRN:40028813]]   STABLE  ARDS, P/F {{lab:168}}, proned 16h             unprone 0400; re-prone if P/F < {{lab:150}}
8   [[NAME:CHAN, TAI MAN]]          [[MRN:40031270]]   WATCH   septic shock, {{drug:levophed}} {{dose:0.12 mcg/kg/min}}   add {{drug:vasopressin}} {{dose:0.03 units/min}} if NE > {{dose:0.2}}
9   [[NAME:NAKAGAWA, RIE]]          [[MRN:40019946]]   STABLE  post-arrest, TTM day 2, {{score:GCS 6T}}        rewarm from 0600; EEG read pending (neuro [[NAME:Kwon]])
10  [[NAME:ISMAIL, NUR AISYAH]]     [[MRN:40035512]]   WATCH   {{eponym:Guillain-Barre}}, NIF {{lab:-22}}      q4h NIF/FVC; intubate if NIF worse than {{lab:-20}}
11  [[NAME:LEUNG, WING SZE]]        [[MRN:40022081]]   STABLE  {{eponym:Hodgkin}} lymphoma, neutropenic fever  {{drug:cefepime}} {{dose:2 g}} q8h; {{lab:ANC 0.3}}
Family: [[NAME:Chan]]'s son [[NAME:Kelvin]] (HCP) [[PHONE:+852 9123 4567]], in [[ADDRESS:Hong Kong]], call after 1900 our time.
[[NAME:Rie]]'s husband [[NAME:Hiroshi]] sleeping in family lounge, cell [[PHONE:206 555 0115]].
[[NAME:Aisyah]] bed 10: IVIG day 3 of 5 ([[DATE:12/6]]-[[DATE:12/10]]).
Synthesis by receiver: read back, no questions -- [[NAME:JC]] / [[NAME:HS]]
""", summary="""
MICU handoff for [[DATE:2024/12/07]] lists five patients, with [[NAME:Tai Man Chan]] ([[MRN:40031270]]) on {{drug:levophed}} for septic shock and [[NAME:Nur Aisyah Ismail]] being watched for {{eponym:Guillain-Barre}} respiratory failure (NIF {{lab:-22}}). [[NAME:Chan]]'s son [[NAME:Kelvin]] is reachable at [[PHONE:+852 9123 4567]].
"""),
    dict(style="secure_chat", note="""
Secure Chat -- L&D Triage / MFM    [[DATE:May 14, 2024]]
10:02 [[NAME:hyoshida]]: 31w2d G2P1, [[NAME:Hashimoto, May]] MRN [[MRN:LD-0093315]]. known {{eponym:Hashimoto}} thyroiditis on {{drug:levothyroxine}} {{dose:100 mcg}}. TSH today {{lab:6.8}}, FT4 {{lab:0.7}}
10:09 [[NAME:abaek]]: last TSH?
10:10 [[NAME:hyoshida]]: {{lab:2.1}} on [[DATE:02/20/24]]. says she ran out in April, restarted last wk
10:15 [[NAME:abaek]]: go to {{dose:125 mcg}}, recheck 4 wk (~[[DATE:6/11]]). take 4h apart from PNV/iron. NST?
10:22 [[NAME:hyoshida]]: reactive, baseline {{vital:FHR 140}}, mod variability. {{vital:BP 118/76}}. ok to d/c?
10:24 [[NAME:abaek]]: yes. husband [[NAME:Kaito]] asked if baby may be affected -- I'll call him. number?
10:25 [[NAME:hyoshida]]: [[PHONE:312-555-0177]]. [[NAME:May]] prefers text. next OB visit w Dr. [[NAME:Fujii]] [[DATE:5/28]]
10:26 [[NAME:abaek]]: ty [[NAME:Haruka]]. cc [[NAME:Fujii]]
""", summary="""
[[NAME:May Hashimoto]] ([[MRN:LD-0093315]]), 31 weeks pregnant with {{eponym:Hashimoto}} thyroiditis, had {{lab:TSH 6.8}} on [[DATE:May 14, 2024]] after missed doses; {{drug:levothyroxine}} was raised to {{dose:125 mcg}} with a recheck around [[DATE:6/11]].
"""),
    dict(style="secure_chat", note="""
Secure Chat -- Group: 4W Charge RN / Inpatient Pharmacy / House Supervisor
[4W Charge RN] 14:05  Is the {{drug:Zosyn}} shortage still on? 3 pts due at 1600.
[Inpatient Pharmacy] 14:07  Yes. Per ASP: {{drug:cefepime}} {{dose:2 g}} IV q8h + {{drug:metronidazole}} {{dose:500 mg}} IV q8h unless true anaphylaxis to PCN.
[4W Charge RN] 14:09  Rm 12 has {{score:CrCl 28}}. Renal adjust?
[Inpatient Pharmacy] 14:11  {{dose:2 g}} q12h for CrCl 11-29. Will verify after MD signs the substitution.
[House Supervisor] 14:20  FYI Alaris channel errors on 4W x2 today. Biomed swapping pumps. Use Guardrails profile "Adult Med-Surg".
[4W Charge RN] 14:22  Also Morse scores are high tonight, 4 pts > {{score:Morse 45}}. Need a sitter for Rm 18 ({{score:CIWA 14}}).
[House Supervisor] 14:30  Sitter from float pool at 1900. Bed alarms on all {{score:Braden 12}} and under.
[Inpatient Pharmacy] 14:41  {{drug:Precedex}} premix back in stock. {{drug:Ativan}} inj still limited, use {{drug:lorazepam}} PO per CIWA where able.
""", summary="""
Charge nurse, pharmacy and the house supervisor discussed the {{drug:Zosyn}} shortage (substituting {{drug:cefepime}} plus {{drug:metronidazole}}), Alaris pump errors and fall-risk staffing.
"""),
    dict(style="pager_log", note="""
L&D PAGER LOG    unit desk [[PHONE:(206) 555-0161]]    [[DATE:Thurs 7/18]]
0312  OB res [[NAME:Castillo]] to Rm 4: [[NAME:Maricel Dizon]] {{age:34}} G3P2, SVE 6/90/-1, late decels x3
0318  anes (Dr. [[NAME:Baek]]) pgr [[PHONE:4482]] for epidural top-up
0341  NICU x[[PHONE:3310]] called for delivery by [[NAME:RL]]
0402  SVD Baby Girl [[NAME:Dizon]], {{score:Apgar 7/9}}, wt {{vital:3.12 kg}}. NICU RN [[NAME:Jasmine Oh]] at warmer
0410  pt asked to call husband [[NAME:Rodel]] in [[ADDRESS:Cebu]] [[PHONE:+63 917 555 0134]] -- done by [[NAME:Castillo]] w/ Tagalog interpreter ID [[MRN:TG-33817]]
0435  PPH, QBL {{lab:1100 mL}}. {{drug:Pitocin}} {{dose:40 units}}/1 L, {{drug:Methergine}} {{dose:0.2 mg}} IM, {{drug:TXA}} {{dose:1 g}} IV
0450  {{vital:BP 88/50}} {{vital:HR 122}} -> 2u PRBC, {{eponym:Bakri}} balloon placed by [[NAME:Castillo]]/[[NAME:Reyes]]
0530  {{vital:BP 108/66}}, QBL total {{lab:1450 mL}}. sister [[NAME:Lovely Dizon]] at bedside ([[PHONE:206.555.0188]])
0700  report to [[NAME:Ma. Cristina]] RN, attending Dr. [[NAME:Reyes]] aware
""", summary="""
On [[DATE:7/18]], [[NAME:Maricel Dizon]] delivered a girl ({{score:Apgar 7/9}}) and then had a postpartum hemorrhage of {{lab:1450 mL}} treated with uterotonics, {{drug:TXA}}, transfusion and a {{eponym:Bakri}} balloon. Her husband [[NAME:Rodel]] was called in [[ADDRESS:Cebu]].
"""),
    dict(style="message_center", note="""
Message Center -- Care Team Thread (Pulm Nodule Clinic)
Pt: [[NAME:PARK, YOUNG-SOOK]]   MRN [[MRN:83-00471-2]]   DOB [[DATE:1949.03.22]]   Lang: Korean (interpreter)
[[DATE:11/06/2024]] 16:20  [[NAME:Park Jae-hyun]] (proxy, son):
  Hello. I am [[NAME:Young-sook]]'s son in [[ADDRESS:Seoul]]. Mom had CT at Samsung Medical Center [[DATE:2024.11.05]],
  it says 1.2 cm nodule RUL. I can email the CD report: [[EMAIL:jhpark.sel@naver.com]] / [[PHONE:+82 10-5555-2841]]
[[DATE:11/07/2024]] 09:02  [[NAME:Soo-jin Lee]], MA (user [[NAME:slee52]]):
  Forwarded to Dr. [[NAME:Choi]]. Please fax to [[PHONE:(213) 555-0108]] attn [[NAME:Lee]]. Ref# [[MRN:RR-2024-55871]]
[[DATE:11/07/2024]] 15:48  [[NAME:dchoi]] (MD):
  Prior CT here [[DATE:5/2/2023]] showed 8 mm. Growth -> {{score:Lung-RADS 4A}}, beyond {{eponym:Fleischner}} f/u.
  PET-CT ordered for [[DATE:Nov 19]], then IR biopsy vs VATS w [[NAME:DH]] (thoracic, Dr. [[NAME:Han]]).
[[DATE:11/08/2024]] 08:30  [[NAME:Park Jae-hyun]]: thank you doctor, I will fly back [[DATE:18th]].
""", summary="""
[[NAME:Young-sook Park]] ([[MRN:83-00471-2]]) had a 1.2 cm RUL nodule on a [[DATE:2024.11.05]] CT in [[ADDRESS:Seoul]], grown from 8 mm on [[DATE:5/2/2023]] ({{score:Lung-RADS 4A}}). Dr. [[NAME:Choi]] ordered PET-CT for [[DATE:Nov 19]].
"""),
    dict(style="signout_table", note="""
JABATAN KECEMASAN -- ED HANDOVER (Zon Kuning)   [[DATE:14/02/2025]] 0700   [[NAME:NH]] -> [[NAME:Farid]]
Bed | Patient                                      | RN No.        | Issue                                       | Plan
Y3  | [[NAME:Nurul Izzah binti Kamarudin]], {{age:19}}F | [[MRN:KL2250178]] | {{drug:paracetamol}} OD, {{lab:142 mg/L}} at 4h   | NAC done [[DATE:13/02]] 2300, {{lab:ALT 64}}; psych review today
Y5  | [[NAME:Tan Ah Kow]], {{age:77}}M                 | [[MRN:KL2198843]] | CAP, {{score:CURB-65 3}}, {{vital:SpO2 91%}} on 3L  | waiting MRW bed; {{drug:Augmentin}} {{dose:1.2 g}} IV + {{drug:azithromycin}} {{dose:500 mg}}
Y6  | [[NAME:Siti Hajar bt. Osman]], {{age:45}}F       | [[MRN:KL2260914]] | DKA, {{lab:pH 7.12}}, {{lab:HCO3 9}}              | FRIII {{dose:0.1 u/kg/h}}; K {{lab:3.6}} -> add KCl; husband [[NAME:Zulkifli]] [[PHONE:012-555 8830]]
Y8  | [[NAME:Lim Boon Keat]], {{age:58}}M              | [[MRN:KL2201377]] | chest pain, {{lab:hs-TnI 18}} -> {{lab:64}}      | cardio (Dr. [[NAME:Wan Azlan]]) to see; {{drug:aspirin}} {{dose:300 mg}} given
Y9  | [[NAME:Mohd Haziq bin Abdullah]], {{age:24}}M    | [[MRN:KL2265540]] | MVA, #L femur, {{score:GCS 15}}                 | ortho OT list [[DATE:15/2]]; {{eponym:Thomas}} splint on
Notes: [[NAME:Siti]] allergic to {{drug:ceftriaxone}}. [[NAME:Haziq]]'s mother from [[ADDRESS:Seremban]] arriving noon. Handover taken by [[NAME:Farid]] (MO), ext [[PHONE:4117]].
""", summary="""
The ED handover of [[DATE:14/02/2025]] covers five patients, including [[NAME:Nurul Izzah binti Kamarudin]] ([[MRN:KL2250178]]) after a {{drug:paracetamol}} overdose and [[NAME:Lim Boon Keat]] with a rising troponin ({{lab:hs-TnI 18}} to {{lab:64}}). [[NAME:Mohd Haziq bin Abdullah]] is listed for femur fixation on [[DATE:15/2]].
"""),
    dict(style="message_center", note="""
Message Center -- Voice Memo (auto-transcribed, unedited)   From: [[NAME:tnguyen22]]   To: [[NAME:whuang]]   [[DATE:10/03/2024]] 17:46
"hey [[NAME:wendy]] it's [[NAME:thao]] from wound clinic quick one on missus [[NAME:lim]] that's [[NAME:L I M]] first name [[NAME:ah moi]]
m r n [[MRN:four four seven two zero one nine]] she came in today with the stage three sacral one it's worse
{{score:braden fifteen}} now from {{score:eighteen}} and there's some slough and a little tunneling at twelve o'clock
I'd like to start the {{drug:santyl}} and get her on the Clinitron no sorry the low air loss mattress
her daughter [[NAME:peony]] [[NAME:peony chan]] wants a call back at [[PHONE:five oh eight, five five five, zero one nine four]]
home health is Mercy Home Care their number is [[PHONE:508 555 0120]] and we'll see her back on [[DATE:october tenth]]
okay thanks bye"
-- reply [[DATE:10/03/2024]] 18:02 [[NAME:whuang]]: ok, ordered {{drug:Santyl}} daily + LAL mattress. will call [[NAME:Peony]] tmrw. -[[NAME:W]]
""", summary="""
Wound nurse [[NAME:Thao]] reported that [[NAME:Ah Moi Lim]] ([[MRN:4472019]])'s stage 3 sacral wound had worsened ({{score:Braden 15}}); [[NAME:Wendy Huang]] ordered {{drug:Santyl}} and a low-air-loss mattress, with follow-up on [[DATE:October 10]].
"""),
    dict(style="pager_log", note="""
ONCALL PAGER HISTORY  ext [[PHONE:7-2290]] (Endocrine fellow, [[NAME:K. Yip]])   [[DATE:Sat Jan 18 2025]] - [[DATE:Sun Jan 19 2025]]
[[DATE:01/18/25]] 19:04  from x[[PHONE:6140]]  "10N [[NAME:CHEUNG KA YAN]] BG {{lab:412}} on {{drug:Lantus}} {{dose:30u}}, pls advise -[[NAME:Winnie]]"
[[DATE:01/18/25]] 19:30  from pgr [[PHONE:4-1918]]  "ED: {{age:41}}F [[NAME:Kwok Siu Fong]], ? {{eponym:Addison}} crisis, {{lab:Na 126}} {{lab:K 5.9}}, {{vital:BP 82/50}}. cortisol sent. give {{drug:hydrocortisone}}?"
   -> YES {{dose:100 mg}} IV now, don't wait for cortisol. called Dr [[NAME:Leung]] back 19:33
[[DATE:01/18/25]] 22:47  "[[NAME:Wong, Siu Ming]] ({{age:66}}) {{eponym:Cushing}} w/u -- 2nd LNSC collected, tube in fridge? -[[NAME:Bo]]"
[[DATE:01/19/25]] 02:15  "ICU: [[NAME:Kwok]] now on {{drug:norepi}} {{dose:0.05}}, {{lab:cortisol 1.9}}. ACTH drawn before hydrocortisone" -> ack
[[DATE:01/19/25]] 07:50  from [[PHONE:+1 778 555 0163]]  "this is [[NAME:Fong]]'s husband [[NAME:Raymond Kwok]] from [[ADDRESS:Richmond]], got this number from front desk"
   -> called back, gave update with pt permission; redirected to ICU ph [[PHONE:604-555-0139]]
Handover to [[NAME:Tsang]] 0800
""", summary="""
Overnight on [[DATE:01/18/25]], the endocrine fellow [[NAME:K. Yip]] advised immediate {{drug:hydrocortisone}} {{dose:100 mg}} for [[NAME:Kwok Siu Fong]]'s suspected {{eponym:Addison}} crisis ({{lab:Na 126}}, {{lab:cortisol 1.9}}), who then moved to the ICU on {{drug:norepi}}. Her husband [[NAME:Raymond Kwok]] was updated.
"""),
    dict(style="message_center", note="""
In Basket -- Referral / Prior Auth Work Queue (Rheumatology)
[[DATE:2024-04-02]] 10:11  [[NAME:ctorres9]] -> [[NAME:amaeda]]
  RE: [[NAME:Watanabe, Haruto]]   DOB [[DATE:06-11-1987]]   MRN [[MRN:60218840]]
  PA for {{drug:Humira}} {{dose:40 mg}} q2wk DENIED [[DATE:3/29]]. Aetna PPO, Member ID [[MRN:W2291 0448 01]], Group [[MRN:0088412-018]]
  Reason: step therapy, needs 12 wk {{drug:methotrexate}} trial documented. Claim # [[MRN:CLM-24-0331-7780]]
[[DATE:2024-04-02]] 11:30  [[NAME:amaeda]] -> [[NAME:ctorres9]]
  He was on MTX {{dose:20 mg}} weekly from [[DATE:8/14/23]] to [[DATE:1/9/24]], stopped for {{lab:ALT 142}}. Also failed {{drug:sulfasalazine}}.
  BASDAI {{score:6.4}}. Pls appeal, letter attached. Rheum NPI [[MRN:1467 339 028]].
[[DATE:2024-04-03]] 08:05  [[NAME:ctorres9]]
  Appeal faxed to Aetna [[PHONE:1-888-555-0172]] ref [[MRN:APL-5518402]]. Peer-to-peer line [[PHONE:888.555.0199 ext 3]].
  Pt notified by phone [[PHONE:(646) 555-0131]], spoke w wife [[NAME:Aiko]].
[[DATE:2024-04-09]] 15:42  [[NAME:ctorres9]]
  APPROVED thru [[DATE:04/08/2025]], auth # [[MRN:PA88301927]]. Specialty pharm CVS Specialty, first ship [[DATE:4/12]]. -- [[NAME:Cel]]
""", summary="""
[[NAME:Haruto Watanabe]] ([[MRN:60218840]])'s {{drug:Humira}} request was denied on [[DATE:3/29]] for step therapy, appealed with his {{drug:methotrexate}} history, and approved on [[DATE:2024-04-09]] under auth [[MRN:PA88301927]].
"""),
    dict(style="signout_table", note="""
WEEKEND CROSS-COVER  Neurology Consult Service   [[DATE:Fri 3/7]] 1700 -> [[DATE:Mon 3/10]] 0700
On call: Sat [[NAME:Ishikawa]] (pgr [[PHONE:555-2231]]), Sun [[NAME:Bae]] (pgr [[PHONE:555-2245]]); attending [[NAME:Y. Ogawa]] home [[PHONE:617 555 0106]]
--------------------------------------------------------------------------------------------
Loc    Pt (MRN)                               Dx                              Watch for
5N-04  [[NAME:Huỳnh Thị Bích]] ([[MRN:M1180442]])          L MCA stroke, tPA [[DATE:3/6]] 2210     {{score:NIHSS 9}} -> call if up by 4; SBP < {{vital:180}}
5N-11  [[NAME:Mori, Daisuke]] ([[MRN:M1172230]])            {{eponym:Parkinson}} dz, off meds NPO    {{drug:Sinemet}} via NGT {{dose:25/100}} 1 tab q4h, no {{drug:Reglan}}
7S-20  [[NAME:Choi Eun-ji]] ([[MRN:M1190015]])              MG crisis, PLEX [[DATE:3/2]]-[[DATE:3/9]] qod             NIF/FVC q6; FVC < {{lab:20 mL/kg}} -> ICU
ED     [[NAME:Vo Thanh Long]] ([[MRN:M1190388]])             first sz, EtOH, {{lab:Na 121}}          {{drug:Keppra}} {{dose:500 mg}} BID; MRI when Na > {{lab:125}}
--------------------------------------------------------------------------------------------
[[NAME:Bích]]'s son [[NAME:Khang]] is the decision maker ([[PHONE:714-555-0147]]); daughter-in-law [[NAME:Jordan]] speaks English.
[[NAME:Eun-ji]] PLEX schedule: [[DATE:3/2]], [[DATE:3/4]], [[DATE:3/6]], next [[DATE:3/8]] (Sat).
""", summary="""
Neurology weekend cross-cover from [[DATE:3/7]] to [[DATE:3/10]] lists four patients, including [[NAME:Huỳnh Thị Bích]] after tPA on [[DATE:3/6]] ({{score:NIHSS 9}}) and [[NAME:Choi Eun-ji]] in myasthenic crisis with PLEX due [[DATE:3/8]].
"""),
    dict(style="pager_log", note="""
RAPID RESPONSE TEAM -- SHIFT LOG (day)   RRT pager group / ICU RN + RT + Hospitalist
0812  6E-14  trigger: {{vital:RR 32}}, {{vital:SpO2 86%}} 4L NC. Known COPD. ABG {{lab:7.28/68/55}}. BiPAP 12/5 started, {{drug:DuoNeb}} x2. Stayed on floor w/ RT q2h.
0955  4W-03  trigger: {{vital:SBP 78}}. POD1 R hemicolectomy. 1 L LR bolus, {{lab:lactate 3.4}}. Surgery at bedside. Transfer to SICU.
1130  5N-22  trigger: staff worried, new confusion. {{score:GCS 13}}, {{lab:glucose 41}}. {{drug:D50}} {{dose:25 g}} -> {{score:GCS 15}}. Held {{drug:glipizide}}.
1402  7S-09  trigger: {{vital:HR 41}}, junctional. On {{drug:metoprolol}} + {{drug:diltiazem}}. {{drug:atropine}} {{dose:0.5 mg}} x1, held AV nodal agents, tele.
1545  3E-01  trigger: seizure > 5 min. {{drug:lorazepam}} {{dose:4 mg}} IV, {{drug:levetiracetam}} {{dose:60 mg/kg}} load. CT head neg. Neuro consulted.
1710  6E-14  re-call: BiPAP intolerance, {{lab:pCO2 74}}. Transfer MICU.
Totals: 6 calls, 3 ICU transfers, 0 codes. Debrief at 1900 huddle.
""", summary="""
The day-shift RRT log records six calls, including hypercapnic COPD failure on BiPAP, hypoglycemia ({{lab:glucose 41}}) reversed with {{drug:D50}}, and a seizure loaded with {{drug:levetiracetam}}; three patients went to the ICU.
"""),
    dict(style="message_center", note="""
Transplant Coordinator -- Message Center Export   Kidney Tx Waitlist
Pt: [[NAME:ZHOU, XIAOMING]]  MRN [[MRN:TX-0041278]]  UNOS ID [[MRN:ABCD412]]  DOB [[DATE:19710216]]
[[DATE:2025-02-03]] 09:15  [[NAME:lchen8]] (coord): Annual re-eval due [[DATE:2/28]]. Needs CT A/P, echo, dental clearance. PRA {{lab:cPRA 42%}}.
[[DATE:2025-02-03]] 09:16  [[NAME:lchen8]]: called pt [[PHONE:(718) 555-0153]], spoke w wife [[NAME:Liu Fang]]; he's on HD MWF at DaVita [[ADDRESS:Flushing]], chair 9.
[[DATE:2025-02-05]] 14:30  [[NAME:mzhang]]: pls correct -- previous note from [[NAME:zhnag min]] said living donor was brother [[NAME:Zhou Xiaojun]], actually it is cousin [[NAME:Zhou Xiaojin]]. spelling per his ID.
[[DATE:2025-02-05]] 14:41  [[NAME:lchen8]]: thanks [[NAME:Min]]. Donor eval w [[NAME:hsu]] -- sorry, Dr. [[NAME:Xu]] (nephro) on [[DATE:Feb 20th]]; donor cell [[PHONE:+86 138 5555 0926]], WeChat preferred.
[[DATE:2025-02-10]] 11:02  [[NAME:lchen8]]: echo [[DATE:2/7]] EF {{lab:60%}}, no WMA. {{lab:Hgb 10.2}}, {{lab:albumin 3.9}}. Dental clearance letter from Dr. [[NAME:Ngo]] received.
""", summary="""
[[NAME:Zhou Xiaoming]] ([[MRN:TX-0041278]]) is due for kidney waitlist re-evaluation by [[DATE:2/28]]; his echo on [[DATE:2/7]] showed EF {{lab:60%}}. The living donor was corrected to cousin [[NAME:Zhou Xiaojin]], whose evaluation is on [[DATE:Feb 20th]].
"""),
]
