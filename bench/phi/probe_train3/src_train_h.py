NOTES = [
    dict(style="dialysis_run_log", note="""
HEMODIALYSIS RUN SHEET -- Chair 9, MWF 2nd shift          [[DATE:Mon 04/14/2025]]
[[NAME:LOR, TOU GER]]   MRN [[MRN:300-448-917]]   EDW 63.5 kg   Access: L {{eponym:Brescia-Cimino}} AVF
Pre: wt 66.1 kg (+2.6), {{vital:BP 168/92}}, {{vital:HR 84}}, {{vital:T 36.6}}. Thrill/bruit present.
Fresenius 2008T #14, Optiflux F180NR, 2K/2.5Ca bath, Na 138, {{drug:heparin}} {{dose:2000 units}} bolus + {{dose:500 units/h}}.
Cannulated 15g x2 by [[NAME:art]] (PCT), 1st attempt.

Time | BP      | QB  | art  | ven | TMP | UF vol | init
1315 | {{vital:162/88}}  | 400 | -190 | 170 | 60  | 0.0    | [[NAME:art]]
1345 | {{vital:148/80}}  | 400 | -200 | 175 | 65  | 0.5    | [[NAME:art]]
1415 | {{vital:118/66}}  | 400 | -210 | 180 | 70  | 1.0    | [[NAME:kd]]  L calf cramp, UF off 10 min, NS {{dose:200 mL}}
1445 | {{vital:130/72}}  | 350 | -240 | 185 | 70  | 1.4    | [[NAME:art]]  art press alarm, art needle repositioned, QB back to 400
1515 | {{vital:138/76}}  | 400 | -205 | 175 | 65  | 2.0    | [[NAME:art]]
Post: wt 64.0 kg, {{vital:BP 138/76}}, needle sites hemostasis 8 min. {{lab:URR 71%}}, {{lab:Kt/V 1.38}}.
Ran 3h45 (signed off 15 min early -- pt needed to leave to pick up son [[NAME:bo]] from school; AMA form signed).
{{drug:Epogen}} {{dose:6000 units}} IV, {{drug:Zemplar}} {{dose:2 mcg}} IV given.
RN [[NAME:Kaying Vue]]  -[[NAME:kv]]
""", summary="""
[[NAME:Tou Ger Lor]] had a 3 h 45 min run with one cramp and an arterial pressure alarm handled by [[NAME:art]]; he came off 2.1 kg and left 15 minutes early to pick up his son [[NAME:bo]].
"""),

    dict(style="infusion_chair", note="""
INFUSION CENTER -- CHAIR 7 NURSING NOTE
[[NAME:Mak Wing Sze]] ({{age:29}} F), MRN [[MRN:60-22-4817]]. {{drug:Remicade}} (infliximab) {{dose:5 mg/kg}} = {{dose:300 mg}} for {{eponym:Crohn}} disease, dose #6, q8wk.
Premeds: {{drug:Tylenol}} {{dose:650 mg}} PO, {{drug:Zyrtec}} {{dose:10 mg}} PO.
0935 PIV 22g R forearm, 1 attempt, by [[NAME:Hope]]. {{vital:BP 112/70}} {{vital:HR 76}} {{vital:T 36.8}} {{vital:SpO2 99%}}
0950 started at 10 mL/h, titrated q15 min per protocol
1105 at 250 mL/h pt c/o throat tickle, flushed cheeks. Rate down to 125 mL/h, {{drug:Benadryl}} {{dose:25 mg}} IV x1 per Dr. [[NAME:Lam]] standing order. Sx resolved 1120.
1245 infusion complete. 30 min obs, {{vital:BP 108/68}}, no rash.
Pt hopes to stretch to q10wk -- told her GI decides; we hope to run at full rate next time with the same premeds.
Quantiferon neg [[DATE:2025-01-08]]. Trough/antibody level drawn before start, sent to Prometheus.
Next appt [[DATE:Mon 9/8]] 0900, chair 7 requested (pt likes the window).
RN [[NAME:Hope Yang]] / second check [[NAME:HX]]
""", summary="""
[[NAME:Wing Sze Mak]] received her sixth Remicade dose for {{eponym:Crohn}} disease; a mild throat tickle settled with a slower rate and Benadryl ordered by Dr. [[NAME:Lam]]. Next infusion [[DATE:Mon 9/8]].
"""),

    dict(style="transfusion_record", note="""
TRANSFUSION ADMINISTRATION RECORD
Recipient: [[NAME:KONG, CHANTHOU]]   MRN [[MRN:4419082]]   ABO/Rh O POS
Antibody screen POS: anti-K ({{eponym:Kell}}) identified [[DATE:10/02/2024]] -> K-negative units only
Product: PRBC, leukoreduced, irradiated. Unit # [[MRN:W0361 24 558812]], K-neg, AHG ({{eponym:Coombs}}) crossmatch compatible
Blood bank accession [[MRN:BB24-118407]]
Indication: {{lab:Hgb 6.8}}, HbE/beta-thalassemia, chronic transfusion q3-4 wk, ferritin {{lab:ferritin 2140}} on {{drug:Jadenu}}
Bedside 2-person verification: [[NAME:LM]] RN / [[NAME:PT]] RN 1410
Pre: {{vital:T 36.9}} {{vital:BP 128/74}} {{vital:HR 92}} {{vital:RR 16}} {{vital:SpO2 98%}}
1415 started 2 mL/min x15 min, at bedside
1430 {{vital:T 37.0}} {{vital:BP 124/70}} {{vital:HR 88}} -- no reaction, up to 150 mL/h
1530 {{vital:T 36.9}} {{vital:HR 84}}
1630 complete, 310 mL. Post {{vital:T 37.0}} {{vital:BP 126/72}}. Tubing discarded per policy.
No reaction. Mom [[NAME:Sophal]] at chairside the whole time. Next tx [[DATE:Nov 4]].  -[[NAME:lm]]
""", summary="""
[[NAME:Chanthou Kong]], who has anti-{{eponym:Kell}} and HbE/beta-thalassemia, received one K-negative irradiated unit for a hemoglobin of {{lab:6.8}} without reaction, verified by [[NAME:LM]] and [[NAME:PT]].
"""),

    dict(style="home_infusion_visit", note="""
HOME INFUSION NURSING VISIT -- weekly
Pt: [[NAME:Xiong, Mai Nou]]   DOB [[DATE:02/19/1979]]   Referral # [[MRN:HI-77218]]
Home: [[ADDRESS:4417 Clover Ln, schofield WI 54476]]
Therapy: {{drug:ertapenem}} {{dose:1 g}} IV q24h via R basilic PICC (placed [[DATE:8/4]]) for ESBL {{eponym:Klebsiella}} pyelonephritis.
Visit: dressing + needleless connector change, labs drawn (CBC w diff, BMP), sent to Aspirus lab by courier.
PICC: ext length 1 cm (unchanged), upper-arm circ 27 cm (baseline 26.5), no redness/drainage, Biopatch intact.
{{vital:T 36.7}}, {{vital:BP 118/74}}, {{vital:HR 80}}. Denies flank pain, appetite better.
Daughter [[NAME:ivy]] ({{age:17}}) does the daily Homepump Eclipse 100 mL. [[NAME:ivy]] demonstrated scrub-the-hub 15 s and SASH flush without cues.
Poison ivy rash on L forearm from the garden -- not near PICC, calamine ok.
Called Dr. [[NAME:Vue]] (ID) office [[PHONE:715-847-2260]]: stop date [[DATE:8/25]], PICC pull that day at home.
Next visit [[DATE:8/18]].
[[NAME:Dara Nhem]], RN, CRNI
""", summary="""
Home infusion nurse [[NAME:Dara Nhem]] saw [[NAME:Mai Nou Xiong]] on ertapenem through a PICC: the line looks fine, her daughter [[NAME:ivy]] infuses correctly, and therapy stops on [[DATE:8/25]].
"""),

    dict(style="dialysis_run_log", note="""
IN-CENTER HD FLOWSHEET -- treatment summary
Access: R upper-arm AVG, cannulated with 15g fistula needles, buttonhole not used (graft).
Pre: {{vital:BP 154/82}}, {{vital:HR 78}}, wt +3.1 kg over EDW. Lungs clear, trace edema.
Rx: 4 h, QB 450, QD 600, Revaclear 400, 2K/2.5Ca, {{drug:heparin}} {{dose:1500 units}} bolus.
Intradialytic: {{vital:BP 96/58}} at hour 3 with yawning -> {{eponym:Trendelenburg}} position, UF paused, NS {{dose:250 mL}}; {{vital:BP 118/64}} after 10 min.
{{drug:Midodrine}} {{dose:10 mg}} given pre-tx per standing order.
Post: {{vital:BP 128/70}}, UF 2.8 L, {{lab:Kt/V 1.51}}, {{lab:URR 74%}}.
Labs (monthly): {{lab:K 5.6}}, {{lab:phos 6.9}}, {{lab:Ca 8.7}}, {{lab:PTH 612}}, {{lab:Hgb 10.4}}, {{lab:albumin 3.6}}.
Dietitian referral for phosphorus binder adherence ({{drug:Velphoro}}), K-rich fruit intake.
Access flow by Transonic: 720 mL/min (prior 950) -> refer to access center for fistulagram.
""", summary="""
An in-center hemodialysis run had one hypotensive episode ({{vital:BP 96/58}}) that resolved with positioning and saline; high phosphorus and a falling graft flow led to dietitian and fistulagram referrals.
"""),

    dict(style="dialysis_run_log", note="""
DIALYSIS UNIT -- TUE/THU/SAT 1st SHIFT BOARD     charge: [[NAME:kd]]    [[DATE:Sat 3/15]]
Chair | Pt                | Access        | EDW  | Notes                              | RN / PCT
1     | [[NAME:Yang]]              | L AVF         | 71.0 | {{drug:Epogen}} {{dose:4000 units}}                 | [[NAME:mb]] / [[NAME:art]]
2     | [[NAME:Heng S]]            | R IJ Permcath | 58.5 | cath lock heparin 1000/mL, CHG dsg | [[NAME:mb]] / [[NAME:art]]
3     | [[NAME:Thammavong]]        | L AVG         | 80.2 | {{drug:Venofer}} {{dose:100 mg}} #3 of 10              | [[NAME:mb]] / [[NAME:Nhia]]
4     | [[NAME:Ho]]                | L AVF         | 49.0 | heparin-free (GI bleed [[DATE:3/9]])      | [[NAME:June L.]] / [[NAME:Nhia]]
5     | [[NAME:Pyae Sone]]         | R AVF         | 62.3 | new, 3rd tx, 2 needles 17g         | [[NAME:June L.]] / [[NAME:art]]
6     | [[NAME:LEE, PA]]           | L AVF         | 54.0 | ** NAME ALERT **                   | [[NAME:June L.]] / [[NAME:Nhia]]
7     | [[NAME:Tsang]]             | L AVG         | 77.7 | {{drug:Sensipar}} at home               | [[NAME:mb]] / [[NAME:art]]
8     | --- [[NAME:Chea]] admitted [[DATE:3/13]], chair open ---
9     | [[NAME:LEE, KOU]]          | R IJ Tesio    | 68.9 | ** NAME ALERT **                   | [[NAME:June L.]] / [[NAME:Nhia]]
Huddle: 2 x Lee today (chairs 6 and 9) -- use name + DOB every time. [[NAME:Wu]] out sick, [[NAME:June Lau]] covering. Chair 4 starting late, [[NAME:Ho]]'s ride from [[ADDRESS:Oakdale]] delayed.
[[NAME:Chea]]: unit SW [[NAME:Nou Yang]] calling the hospital re discharge date. New pt in 5 -- [[NAME:Pyae Sone]] needs Burmese interpreter for consent.
""", summary="""
Saturday board for first shift: nine chairs with a name alert for [[NAME:Pa Lee]] and [[NAME:Kou Lee]], [[NAME:Chea]] in the hospital, and [[NAME:June Lau]] covering for [[NAME:Wu]].
"""),

    dict(style="infusion_chair", note="""
IVIG -- INFUSION CHAIR NOTE (dictated, speech recognition)
patient is [[NAME:Sisouphanh]] that's [[NAME:S-I-S-O-U-P-H-A-N-H]] first name [[NAME:Keo]] [[NAME:K E O]] account number [[MRN:A as in apple seven seven three zero one five]] chair twelve. here for {{drug:Gamunex-C}} {{dose:two grams per kilogram}} divided over two days for C I D P, today is day one of two. weight {{vital:fifty four kilograms}} so {{dose:fifty four grams}} today. premedicated with {{drug:tylenol}} {{dose:six fifty}} and {{drug:benadryl}} {{dose:twenty five}} by mouth at nine fifteen. started at {{dose:point five milliliters per kilogram per hour}} and increased every thirty minutes as tolerated to max rate. mild headache {{score:two out of ten}} at hour two, pushed oral fluids, resolved. vitals stable throughout, {{vital:blood pressure one twenty two over seventy}}. the neurologist doctor [[NAME:Chow]] wants grip strength recorded each course, today {{vital:eighteen kilograms}} right hand. will call doctor [[NAME:ciao]] if headache worsens tonight. infusion nurse [[NAME:frank yip]]. day two tomorrow [[DATE:june fourth]] at nine.
transcribed [[NAME:MT]]/[[NAME:jh]]   [[DATE:06/03/25]]
""", summary="""
[[NAME:Keo Sisouphanh]] received day one of two of Gamunex-C for CIDP ({{dose:fifty four grams}}) with a brief mild headache; Dr. [[NAME:Chow]] is following, and day two is on [[DATE:june fourth]].
"""),

    dict(style="transfusion_record", note="""
TRANSFUSION REACTION WORKUP -- Blood Bank
Pt: [[NAME:Rattanakorn, Somchai]]   {{age:66}} M   MRN [[MRN:8802146]]   Ward 4B
Unit 2 of 2 PRBC ([[MRN:W0412 25 300196]]) hung 2215 by [[NAME:nok]], RN. At 2240 (~70 mL in): {{vital:T 38.6}} (pre 37.0), rigors, {{vital:BP 168/94}}, no hives, no back pain.
Transfusion stopped, line kept open w NS. Dr. [[NAME:Hung]] (night hospitalist) at bedside 2250.
Clerical check: label, band, and unit match. Bag + tubing + post sample sent to blood bank.
Post-sample: hemolysis index neg, DAT ({{eponym:Coombs}}) neg, repeat ABO/Rh O POS, {{lab:bilirubin 0.9}}, UA neg for Hgb.
Known antibodies: anti-Jka ({{eponym:Kidd}}) -- unit was Jka-neg; anti-Le(a) ({{eponym:Lewis}}), not clinically significant. {{eponym:Duffy}} typing Fy(a+b-).
Impression: febrile non-hemolytic transfusion reaction (FNHTR).
Dr. [[NAME:Hung]] gave {{drug:acetaminophen}} {{dose:650 mg}} PO; {{vital:T 37.4}} at 2345. Future: premedicate, leukoreduced only.
Son [[NAME:Bank]] updated by phone [[PHONE:+66 89 417 2256]] (in [[ADDRESS:Khon Kaen]]), wife [[NAME:Malee]] at bedside.
Reported to blood bank x[[PHONE:6-2210]]; tech [[NAME:Htet Aung]] logged it. Medical director review: Dr. [[NAME:Tin Tin Hlaing]].
""", summary="""
[[NAME:Somchai Rattanakorn]] had a fever and rigors during his second unit; a negative DAT and hemolysis check pointed to a febrile non-hemolytic reaction, which Dr. [[NAME:Hung]] treated with acetaminophen, and his son [[NAME:Bank]] was told by phone.
"""),

    dict(style="home_infusion_visit", note="""
HOME PARENTERAL NUTRITION -- RN VISIT
[[NAME:Phonsavanh Keovilay]] ("[[NAME:Noy]]"), {{age:52}} F, short bowel after mesenteric ischemia. MRN [[MRN:HPN-004419]]
Address on file: [[ADDRESS:2290 Maryland Ave E]], [[ADDRESS:St. Paul]] [[ADDRESS:55119]].
TPN 1800 mL over 12 h cycled overnight via single-lumen R chest {{eponym:Hickman}}, CADD-Prizm pump.
{{vital:Wt 51.2 kg}} (last wk 50.6). {{vital:BP 104/66}}, {{vital:HR 88}}. Output from ostomy ~1.6 L/day.
Line site clean, cuff not palpable at exit, dressing changed (CHG/Tegaderm). Cap changed.
Labs drawn: BMP, Mg, phos, LFTs, TG. Last wk {{lab:K 3.3}} -> pharmacy added {{dose:10 mEq}} KCl to bag.
[[NAME:Noy]] connects herself; husband [[NAME:Somphone]] helps at 2000 with priming. Sister [[NAME:Bouasone]] visiting from [[ADDRESS:Elgin]] this week.
Reports one night of pump "air in line" alarm -- re-taught de-airing. Teach-back ok.
Pharmacist [[NAME:Lam, Kwok Wai]] notified of weight gain; no formula change.
[[NAME:Chue Her]], RN  [[DATE:09/10/2025]]
""", summary="""
Home TPN visit for [[NAME:Phonsavanh Keovilay]] ("[[NAME:Noy]]"): weight is up slightly, the {{eponym:Hickman}} site is clean, labs were drawn and pump de-airing was retaught.
"""),

    dict(style="dialysis_run_log", note="""
HD RUN NOTE -- Chair 4 (transfer-in, 1st tx at our unit)
[[NAME:Chea Vuthy]], {{age:61}} M. Lives in [[ADDRESS:lowell]]; sister in [[ADDRESS:chelmsford]] is emergency contact.
Was dialyzing in [[ADDRESS:Paris]] ([[ADDRESS:Créteil]]) until last month -- outside records in French: "dernière séance le [[DATE:2 mai 2025]], poids sec 64 kg, héparine 2000 UI".
Pre {{vital:BP 102/60}}, wt 67.4 (EDW 64.0 per French records -- likely too high, reassess).
{{drug:Midodrine}} {{dose:5 mg}} pre-tx. QB 350 for first run, L AVF cannulated 16g by [[NAME:rich]].
Hr 2: {{vital:BP 88/52}}, dizzy -- UF off, legs up, NS {{dose:200 mL}}. [[NAME:Prak]] aware, wants EDW challenge slowly, 0.5 kg/wk.
Diet: told him and wife [[NAME:Sophea]] about K-rich foods (bananas, prahok sauce is very salty).
[[NAME:rich]] will cannulate again Thursday -- pt prefers same PCT.
Handed off to [[NAME:AS]] at 1300 (pt still on). Off at 1415, UF 2.4 L, {{lab:Kt/V 1.29}}.
-[[NAME:sr]]
""", summary="""
[[NAME:Chea Vuthy]], transferred from dialysis in France (last session [[DATE:2 mai 2025]]), had hypotension to {{vital:BP 88/52}} on his first run; Dr. [[NAME:Prak]] wants his dry weight lowered slowly.
"""),

    dict(style="infusion_chair", note="""
INFUSION SUITE -- OCREVUS, CHAIR 3
Ma [[NAME:Ei Ei Phyo]], {{age:38}} F, relapsing MS, MRN [[MRN:7041635]]. {{drug:Ocrevus}} {{dose:600 mg}}, 6-month dose.
Neurologist: Dr. [[NAME:Ma]] (Dr. [[NAME:Ma Xiaoli]]) -- not related; pt asked, we laughed.
Premeds 0830: {{drug:Solu-Medrol}} {{dose:100 mg}} IV, {{drug:Benadryl}} {{dose:25 mg}} IV, {{drug:Tylenol}} {{dose:650 mg}} PO.
0900 start 40 mL/h -> up by 40 q30 min to 200 mL/h max.
{{vital:BP 118/76}}, {{vital:HR 82}} at start; {{vital:BP 122/78}} at 1030.
1045 mild itchy throat -> rate halved x30 min, resolved, back to 200.
1230 done, 1 h obs. {{lab:IgG 690}} (stable), {{lab:CD19 <1%}}. Hep B sAg/core neg on file.
{{score:EDSS 2.0}} at last neuro visit. Husband Ko [[NAME:Min Thu]] picked her up at 1335.
Next dose due mid-November -- scheduling ([[NAME:Mya]]) to call [[PHONE:(206) 377-1582]].
RN [[NAME:Naw Htoo]]
""", summary="""
Ma [[NAME:Ei Ei Phyo]] received her 6-month Ocrevus dose ordered by Dr. [[NAME:Ma Xiaoli]] with one mild throat itch that settled at a slower rate; scheduling will call her about the November dose.
"""),

    dict(style="infusion_chair", note="""
INFUSION REACTION -- PROTOCOL DOCUMENTATION (chair-side)
Drug: {{drug:Feraheme}} (ferumoxytol) {{dose:510 mg}} IV over 15 min, dose 1 of 2, for iron-deficiency anemia in CKD stage 4.
Baseline: {{vital:BP 132/78}}, {{vital:HR 74}}, {{vital:SpO2 97%}}, {{lab:ferritin 38}}, {{lab:TSAT 11%}}, {{lab:Hgb 9.2}}.
At minute 6: flushing, chest tightness, {{vital:BP 96/54}}. Infusion stopped.
Per Hypersensitivity Reaction Protocol: NS wide open, O2 2 L NC, {{drug:Solu-Cortef}} {{dose:100 mg}} IV, {{drug:famotidine}} {{dose:20 mg}} IV. Epinephrine not needed.
Rapid Response not called; provider at chair within 3 min.
At 20 min: {{vital:BP 124/72}}, sx resolved. Observed 60 min, discharged ambulatory.
Plan: no further ferumoxytol; switch to {{drug:Venofer}} {{dose:200 mg}} x5 with test-dose protocol. Allergy list updated. Safety report filed per policy.
""", summary="""
A Feraheme infusion was stopped at minute 6 for flushing, chest tightness and {{vital:BP 96/54}}; symptoms resolved with the reaction protocol, and future iron will be Venofer.
"""),

    dict(style="home_infusion_visit", note="""
HOME INFUSION RN VISIT -- OPAT ({{drug:daptomycin}})
[[NAME:Cheng Kuan-Yu]], {{age:34}} M, grad student. L knee septic arthritis s/p washout, MRSA. {{drug:Daptomycin}} {{dose:8 mg/kg}} = {{dose:560 mg}} IV q24h via L arm midline.
Lives in [[ADDRESS:Davis]] with roommate; mother [[NAME:Hsu Ya-Wen]] flew in from [[ADDRESS:Taichung]] ([[PHONE:+886 4 2358 7710]]) and does the infusions with him.
Mom keeps a dose diary in Chinese: "[[DATE:3月12日]] 晚上8點 打針 ok", "[[DATE:3月13日]] 晚上8點 ok", "[[DATE:3月14日]] 肌肉痛?" -- asked about the muscle ache on the [[DATE:14th]].
{{lab:CK 212}} on this week's labs (baseline 88) -- not >5x ULN, no weakness. Pharmacist [[NAME:Tsai]] says continue, recheck CK next Monday.
Spoke w [[NAME:will]] (roommate, helps translate for mom) -- will call us if ache worsens.
Midline site: no phlebitis, {{score:VIP score 0}}. Dressing changed.
Knee: ROM 0-95, mild effusion. {{vital:T 36.9}}.
End date [[DATE:4/2]] per ID (Dr. [[NAME:Shih]]).
[[NAME:Ying Chen]], RN
""", summary="""
[[NAME:Kuan-Yu Cheng]] is on home daptomycin for MRSA septic arthritis; his mother [[NAME:Ya-Wen Hsu]] logged a muscle ache on [[DATE:3月14日]], the CK is {{lab:212}}, and Dr. [[NAME:Shih]] plans to stop on [[DATE:4/2]].
"""),

    dict(style="home_infusion_visit", note="""
HOME PD VISIT -- monthly, peritoneal dialysis RN
[[NAME:THAO, XAO]]  MRN [[MRN:1128-557]]  CCPD on Baxter Amia cycler, 4 exchanges x 2 L overnight + last fill 1.5 L Extraneal ({{drug:icodextrin}})
Home: [[ADDRESS:Weston]], WI. Trained [[DATE:Feb 3]]-[[DATE:Feb 14]] by [[NAME:Grace Thao]] (no relation, though they checked the clan).
{{eponym:Tenckhoff}} catheter exit site: no crust, no redness, {{score:exit site score 0}}. Mupirocin daily.
Effluent clear per pt log; one cloudy bag [[DATE:6/2]] -> brought in, cell count {{lab:WBC 40}}, not peritonitis.
{{vital:BP 146/88}}, {{vital:wt 72.8 kg}}, mild ankle edema -- switched 2 of 4 bags to 2.5% dextrose. {{lab:Kt/V 1.9}} weekly (PET high-average).
Supplies: Baxter delivery comes monthly; he is short 6 boxes of 2.5% -- order placed. Baxter rep gave a grace period on the late-payment notice.
Wife [[NAME:Yer]] does the night setup when he works late at the [[ADDRESS:Wausau]] paper mill. Grandson [[NAME:Pheng]] ({{age:14}}) wants to learn -- will wait until he is older.
Next clinic [[DATE:7/8]] with Dr. [[NAME:Khang]]. -[[NAME:gt]]
""", summary="""
At a monthly home PD visit, [[NAME:Xao Thao]]'s {{eponym:Tenckhoff}} exit site was clean and mild edema led to stronger dextrose bags; a cloudy bag on [[DATE:6/2]] was not peritonitis. Nurse [[NAME:Grace Thao]] follows, and Dr. [[NAME:Khang]] sees him on [[DATE:7/8]].
"""),

    dict(style="transfusion_record", note="""
PLATELET TRANSFUSION -- Oncology Day Hospital          [[DATE:2024-12-19]]
Pt [[NAME:HSIEH, YI-TING]]  {{age:45}} F  MRN [[MRN:51-770-3302]]  Dx: relapsed {{eponym:Hodgkin}} lymphoma, post-ICE cycle 2
{{lab:Plt 8}} this AM (was 21 on [[DATE:12/17]]). Threshold 10 -> 1 apheresis unit, pathogen-reduced.
Unit [[MRN:W0398 24 771045]]  ABO A, pt A POS. Accession [[MRN:24-BB-55201]].
0940 start, {{vital:T 36.6}} {{vital:BP 110/64}} {{vital:HR 96}}
0955 15-min check ok; 1025 complete ~230 mL. 1-h post count {{lab:Plt 31}} (CCI adequate, not refractory).
Petechiae on shins unchanged. No epistaxis since Tuesday.

Audit trail (Epic BPAM):
 09:38  scan pt band           [[NAME:rn_hmoua]]
 09:38  scan unit              [[NAME:rn_hmoua]]
 09:39  dual verify            [[NAME:lchanthavong]]
 10:26  transfusion end        [[NAME:rn_hmoua]]
 10:41  vitals edited          [[NAME:chen.w]] (late entry, tech)
 11:30  post count resulted    lab / [[NAME:tyeung]]
Also given {{drug:Neupogen}} {{dose:480 mcg}} SC. Next CBC [[DATE:12/21]].  -[[NAME:HM]]
""", summary="""
[[NAME:Yi-Ting Hsieh]], with relapsed {{eponym:Hodgkin}} lymphoma, got one apheresis platelet unit for a count of {{lab:8}} and rose to {{lab:31}}; the bedside scans were done by [[NAME:rn_hmoua]] with a dual check by [[NAME:lchanthavong]].
"""),

    dict(style="infusion_chair", note="""
INFUSION CENTER SCHEDULE -- [[DATE:Wed 10/22]]   (board at nurses' station)
Chair | Time | Pt                     | Med                                     | RN
1     | 0800 | [[NAME:Kwan, Man Kit]]          | {{drug:Entyvio}} {{dose:300 mg}}                       | [[NAME:Hope]]
2     | 0800 | [[NAME:Leung]]                  | {{drug:Reclast}} {{dose:5 mg}}                         | [[NAME:Siu]]
3     | 0830 | [[NAME:Phyu Phyu Win]]          | {{drug:Injectafer}} {{dose:750 mg}} #2                   | [[NAME:Hope]]
4     | 0900 | [[NAME:Ng]] -- CANCELLED, sick    | --                                      | --
5     | 0900 | [[NAME:Vang T.]]                | {{drug:Ocrevus}} {{dose:600 mg}}                       | [[NAME:Dawn]]
6     | 1000 | [[NAME:Srisuk]]                 | {{drug:Orencia}} {{dose:750 mg}}                       | [[NAME:Siu]]
7     | 1030 | [[NAME:Yu]]                     | IVIG {{drug:Privigen}} {{dose:40 g}}                  | [[NAME:Dawn]]
8     | 1300 | [[NAME:Lo, Ah Kam]]             | {{drug:Prolia}} {{dose:60 mg}} SC (chair not needed) | [[NAME:Hope]]
Notes: [[NAME:Yu]] needs Mandarin interpreter, booked ([[NAME:Li]], ext [[PHONE:3318]]). [[NAME:Win]] asks to be done by noon for work.
Pharmacy mixing Privigen by 1000 per [[NAME:TW]]. Chair 4 open -- offered to [[NAME:Vang T.]]'s sister for her Venofer, she can't come until Friday.
Charge: [[NAME:Siu]]. Huddle 0745.
""", summary="""
The infusion schedule for [[DATE:Wed 10/22]] lists eight chairs, with [[NAME:Ng]] cancelled, a Mandarin interpreter booked for [[NAME:Yu]], and [[NAME:Siu]] as charge nurse.
"""),

    dict(style="home_infusion_visit", note="""
[[NAME:Tsang]], {{age:58}}, home IV {{drug:cefazolin}} day 19 of 42 for vertebral osteomyelitis (MSSA), R arm PICC.
Lives w husband [[NAME:frank]] in [[ADDRESS:San Leandro]]; [[NAME:frank]] does the CADD pump bag change at 0800/1600/0000.
Also on {{drug:Eliquis}} {{dose:5 mg}} BID for AF -- no frank bleeding, no hematuria, mild bruising at old blood-draw sites.
PICC: ext length 0 cm change, circ 28 cm (baseline 28), dressing + caps changed, blood return brisk.
Labs drawn for OPAT: CBC, BMP, {{lab:ESR 48}} last wk (from 96), {{lab:CRP 2.1}}.
Back pain {{score:pain 3/10}} (was 7/10 at discharge). Ambulating w walker. {{vital:T 36.8}} {{vital:BP 126/74}}.
Pump delivered by Option Care [[DATE:10/3]]; pharmacist [[NAME:Wai Man Chu]] ([[PHONE:510-483-2290]]) aware of next bag delivery.
[[NAME:frank]] asks if she can shower with the PICC -- reviewed sleeve use, no soaking.
ID clinic f/u [[DATE:10/21]] with Dr. [[NAME:Kam]].
-[[NAME:ms]] RN
""", summary="""
[[NAME:Tsang]] is on day 19 of 42 of home cefazolin for MSSA vertebral osteomyelitis, with falling ESR, less pain and a good PICC; her husband [[NAME:frank]] runs the pump, and ID follow-up is on [[DATE:10/21]].
"""),

    dict(style="dialysis_run_log", note="""
OUTPATIENT HD -- TRANSFER ADMISSION PACKET (received by fax)
From: Valley Kidney Center, [[ADDRESS:Merced]], fax [[PHONE:(209) 722-4018]], ph [[PHONE:(209) 722-4000]] x[[PHONE:215]]
Pt: [[NAME:VUE, NENG]]  DOB [[DATE:11-30-1957]]  Medicare MBI [[MRN:4TY8-XK2-MN51]]  SSN last 4 [[SSN:6029]]
Moving to daughter's home, [[ADDRESS:1186 E Shaw Ave, Clovis CA 93612]]. Daughter [[NAME:Mee Vue-Lee]] cell [[PHONE:559-916-0442]], [[EMAIL:meevuelee@gmail.com]].
Last tx at [[ADDRESS:Merced]]: [[DATE:Sat 1/25/2025]]. 1st tx here: [[DATE:Tue 1/28/2025]], MWF->TTS.
Access: L brachiocephalic AVF (created 2021, see op note), 15g, buttonhole since 2023.
EDW 57.0 kg. Rx 3.5 h, QB 400, 2K/2.5Ca. {{drug:Heparin}} {{dose:1000 units}} bolus only.
ESA: {{drug:Mircera}} {{dose:100 mcg}} q2wk. Iron: {{drug:Venofer}} {{dose:50 mg}} weekly. {{lab:Hgb 10.8}}, {{lab:TSAT 28%}}.
Hep B sAb {{lab:112}} (immune). PPD neg.
Nephrologist there: Dr. [[NAME:Lor]]; here: Dr. [[NAME:Yang]] accepting. Transport: MTM from [[ADDRESS:clovis]] -- booked by SW [[NAME:Kia]].
Packet reviewed [[DATE:1/27]] by [[NAME:Pa Nhia Moua]], RN, charge.
""", summary="""
[[NAME:Neng Vue]] is transferring hemodialysis from [[ADDRESS:Merced]] to our unit, with the first treatment on [[DATE:Tue 1/28/2025]]; Dr. [[NAME:Yang]] accepted, and his daughter [[NAME:Mee Vue-Lee]] is the contact.
"""),

    dict(style="transfusion_record", note="""
OUTPATIENT TRANSFUSION -- Hematology Infusion
[[NAME:Wong Sau Ying]]  [[AGE:90]] F  MRN [[MRN:3306178]]  MDS (RS), transfusion-dependent q2-3 wk
{{lab:Hgb 7.1}} [[DATE:5/20]]. Order: 1 unit PRBC over 3 h (age, {{lab:EF 40%}}), {{drug:furosemide}} {{dose:20 mg}} IV after the unit.
Unit [[MRN:W1207 25 140882]], O NEG to O POS pt (inventory). Accession [[MRN:BB25-40115]].
Consent on file ([[DATE:1/9/2025]]), signed by daughter [[NAME:May]] (HCPOA) -- pt hard of hearing, Cantonese.
1010 start, {{vital:T 36.4}} {{vital:BP 142/70}} {{vital:HR 70}} {{vital:SpO2 95%}} RA
1025 ok. 1130 ok. 1310 complete. {{vital:BP 150/72}}, lungs unchanged, {{vital:SpO2 95%}}.
Lasix {{dose:20 mg}} IV 1315. Voided x2 before leaving.
[[NAME:May]] asks if the transfusions may be spaced out -- Dr. [[NAME:Yeung]] may consider {{drug:Reblozyl}}; she will discuss at the [[DATE:6/3]] visit.
Ferritin {{lab:1850}}; chelation declined given age.
RN [[NAME:Kit]] / verify [[NAME:sl]]
""", summary="""
[[NAME:Sau Ying Wong]], [[AGE:90]], with transfusion-dependent MDS received one slow unit with IV Lasix and no problems; her daughter [[NAME:May]] asked about spacing transfusions, and Dr. [[NAME:Yeung]] may consider Reblozyl at the [[DATE:6/3]] visit.
"""),

    dict(style="infusion_chair", note="""
CHAIR 10 -- {{drug:ZOLEDRONIC ACID}} ({{drug:Reclast}}) {{dose:5 mg}} IV over 30 min
[[NAME:Sun, Mei Ling]]  {{age:71}} F  osteoporosis, {{lab:T-score -3.1}} hip, prior wrist fx.
Referred by Dr. [[NAME:Sun Jian]] (endocrine; same surname, not family).
{{lab:Ca 9.4}}, {{lab:CrCl 58}}, {{lab:25-OH vit D 36}}. Dental clearance letter on file (no extractions planned).
Pre-hydrated 500 mL NS. Start 1340, done 1415. {{vital:BP 134/78}}.
Educated: flu-like sx 1-3 days common -- {{drug:Tylenol}} ok; drink water; sun exposure fine, but take Calcium + D daily.
Nurse [[NAME:Young]] started IV (1 stick); the young student nurse shadowing did vitals.
Pt's daughter [[NAME:Kitty]] drove; lives in [[ADDRESS:Fremont]].
Next dose in 12 months; DXA in 2 years.  [[NAME:CY]]
""", summary="""
[[NAME:Mei Ling Sun]] received yearly Reclast for osteoporosis after pre-hydration, ordered by Dr. [[NAME:Sun Jian]], and was taught about flu-like symptoms.
"""),

    dict(style="dialysis_run_log", note="""
HOME HEMODIALYSIS -- NxStage run log, week review (training RN)
Mon / Tue / Thu / Fri / Sat runs, 2.5 h each, PureFlow SL, lactate 45 bath, 30 L.
Access: L radiocephalic AVF ({{eponym:Brescia-Cimino}} type), self-cannulation buttonhole, 15g blunt.
Run  | Pre BP  | Post BP | UF (L) | Art P | Ven P | Notes
Mon  | {{vital:152/84}}  | {{vital:130/76}}  | 2.1    | -160  | 150   | ok
Tue  | {{vital:146/80}}  | {{vital:128/72}}  | 1.4    | -170  | 155   | ok
Thu  | {{vital:158/90}}  | {{vital:118/70}}  | 2.6    | -180  | 160   | cramps last 20 min
Fri  | {{vital:140/78}}  | {{vital:126/74}}  | 1.2    | -165  | 150   | ok
Sat  | {{vital:144/82}}  | {{vital:130/70}}  | 1.8    | -160  | 150   | ok
Weekly {{lab:stdKt/V 2.3}}. {{lab:K 4.4}}, {{lab:phos 4.8}}, {{lab:Hgb 11.2}}.
Cramps on Thu after a 2-day gap -- UF goal capped at 2.2 L; Thu runs to start 15 min longer.
Heparin {{dose:2000 units}} bolus only. Cartridge clotting none. Saline flush and rinseback technique observed -- good.
""", summary="""
A week of home NxStage runs was reviewed: blood pressures and clearance ({{lab:stdKt/V 2.3}}) were on target, and cramps after the two-day gap led to a cap on fluid removal.
"""),
]
