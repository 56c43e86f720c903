NOTES = [
    dict(style="ob_triage", note="""
OB TRIAGE NOTE -- L&D 4 North
[[NAME:WARSAME, HODAN A]]    MRN [[MRN:40718826]]    DOB [[DATE:02/11/1996]]    Arrived [[DATE:03/15/2025]] 0548

{{age:29}} y/o G3P2002 @ 38w2d (EDD [[DATE:3/27/2025]] by 9 wk US) c/o ctx q5-6 min since 0200 and "a gush" at 0530.
Here w/ husband [[NAME:Abdirahman]] and SIL [[NAME:Sahra]]; her hooyo [[NAME:Faadumo]] on speakerphone from [[ADDRESS:faribault]] wanting updates -- pt ok with that.
VS {{vital:BP 124/78}} {{vital:HR 92}} {{vital:T 36.8}}. FHT baseline {{vital:135}}, mod variability, +accels, no decels = Cat I.
Toco: ctx q4-6 min, palp mild, talking through them.
SSE: no pooling, Nitrazine neg, fern neg, AmniSure neg.
SVE {{vital:2/50/-3}} by [[NAME:dawn]] 0610; recheck 0810 by [[NAME:KM]] unchanged.
GBS neg ([[DATE:2/20]]), Rh pos, {{lab:Hgb 11.4}} at 36 wk. {{score:Bishop 3}}.
D/w Dr. [[NAME:Bishop]] (on call) -- early labor, ROM r/o, ok for home.
D/C 0835 w/ labor precautions (ctx q3-5 x 1 hr, LOF, VB, decr FM); teach-back in Somali via phone interpreter [[NAME:Xamdi]] #[[MRN:30917]].
Pt said she lives 35 min away in [[ADDRESS:Northfield]] and will come back early since this is baby #3.
-[[NAME:km]]
""", summary="""
[[NAME:Hodan Warsame]], a {{age:29}}-year-old G3P2 at 38 weeks, was seen in OB triage on [[DATE:03/15/2025]] for contractions and a possible leak; rupture was ruled out and her cervix stayed at 2 cm. Dr. [[NAME:Bishop]] agreed with discharge home in early labor with precautions.
"""),

    dict(style="labor_flowsheet", note="""
LABOR FLOWSHEET NOTES -- Rm 7
[[NAME:Khoury, Joëlle]]   G2P1001   39w4d   CSN [[MRN:118824730]]   [[DATE:11/04/2024]]

0710  SVE {{vital:5/80/-1}} per [[NAME:Nassar]] CNM. AROM, clear fluid. FHR 140s Cat I. -[[NAME:hk]]
0845  {{drug:Pitocin}} up to {{dose:8 mU/min}}. Ctx q2-3 min, MVUs ~180. Coping w/ peanut ball, husband [[NAME:Elie]] doing counterpressure. -[[NAME:hk]]
0930  Epidural by Dr. [[NAME:Saliba]]. {{vital:BP 96/54}} x1 at 0942 -> {{dose:500 mL}} LR bolus + {{drug:ephedrine}} {{dose:5 mg}} IV per anesthesia. Recheck {{vital:BP 114/70}}. -[[NAME:hk]]
1040  Recurrent lates x3. L lateral, pit off, IVF bolus. [[NAME:Nassar]] at bedside, d/w [[NAME:AB]] (charge). Resolved by 1055; pit back on at {{dose:4 mU/min}} 1130. -[[NAME:hk]]
1200  Report to [[NAME:jo]].
1215  SVE {{vital:8/100/0}}. MIL ([[NAME:Um Elie]]) and pt's sister [[NAME:Rima]] here; visitor limit of 3 reviewed, [[NAME:Rima]] to swap out later with [[NAME:Elie]]'s cousin [[NAME:Fadi Tannous]]. -[[NAME:jo]]
1350  Complete/+2, pushing, [[NAME:Nassar]] in room.
1412  SVD, viable female, {{score:Apgar 8/9}}. [[NAME:Joëlle]] asked that [[NAME:Elie]] be the one to announce the name to the family. See delivery note. -[[NAME:jo]]
""", summary="""
[[NAME:Joëlle Khoury]] labored on [[DATE:11/04/2024]] with oxytocin and an epidural, had recurrent late decelerations that resolved with position change, and delivered a girl vaginally at 1412. Entries were charted by [[NAME:hk]] and [[NAME:jo]] with [[NAME:Nassar]], CNM.
"""),

    dict(style="delivery_note", note="""
DELIVERY NOTE -- VAGINAL
Patient: [[NAME:Mariam El-Sayed]]   MRN: [[MRN:S24-118305]]   Date: [[DATE:Tuesday, October 8, 2024]]
Attending: Dr. [[NAME:Hany Girgis]]   Resident: Dr. [[NAME:Nour Abdel-Malek]] (PGY-2)   RN: [[NAME:june]]   Peds: Dr. [[NAME:Elmahdi]]

{{age:31}} G1P0 -> G1P1001 at 40w5d, IOL for postdates: {{drug:Cytotec}} {{dose:25 mcg}} PV x2, {{eponym:Foley}} balloon, then {{drug:Pitocin}}.
Second stage 2 h 14 min. Head delivered LOA at 0347 with turtle sign; shoulder dystocia called.
{{eponym:McRoberts}} + suprapubic pressure by [[NAME:june]] -> no delivery; posterior arm attempted, then {{eponym:Rubin}} II by Dr. [[NAME:Abdel-Malek]] -> anterior shoulder delivered. HTD 55 sec.
Viable male, 3910 g, Apgars {{score:6/8}}, to warmer with [[NAME:Elmahdi]] and NICU RN. Moving both arms, no clavicle crepitus; peds to examine for {{eponym:Erb}} palsy.
Placenta spont 0359, 3VC, intact. 2nd degree laceration repaired with 3-0 Vicryl Rapide; rectal exam intact.
QBL {{lab:512 mL}}. Fundus firm on {{drug:Pitocin}} {{dose:30 units/500 mL}}.
Cord gases: arterial {{lab:pH 7.21}}, {{lab:BE -7}}; venous {{lab:pH 7.28}}.
Husband [[NAME:Mina]] present throughout. Pt's mother [[NAME:Marina Shenouda]] arrived from [[ADDRESS:Bayonne]] at 0410 and was updated with pt's permission. Pt plans to return to teaching in June.
Team debrief held; shoulder dystocia documentation form completed.
[[NAME:H. Girgis]] MD / [[NAME:Abdel-Malek N]] MD
""", summary="""
[[NAME:Mariam El-Sayed]] delivered a 3910 g boy on [[DATE:Tuesday, October 8, 2024]] after induction; a 55-second shoulder dystocia was resolved with {{eponym:McRoberts}}, suprapubic pressure by [[NAME:june]] and a {{eponym:Rubin}} maneuver. Peds (Dr. [[NAME:Elmahdi]]) will check the infant for brachial plexus injury.
"""),

    dict(style="postpartum_nursing", note="""
MOTHER-BABY RN NOTE  0700-1930   POD 1
Pt: [[NAME:Benaïssa, Naïma]]   Rm 412   s/p repeat LTCS [[DATE:3/2]] for arrest of dilation

0730 Report from [[NAME:K. Foley]] RN. A&Ox4. Incisional pain {{score:4/10}}; {{drug:ibuprofen}} {{dose:600 mg}} PO + {{drug:acetaminophen}} {{dose:975 mg}} PO given. No {{drug:oxycodone}} needed since 0100.
0800 {{eponym:Foley}} catheter out at 0600 per [[NAME:Foley]] -- DTV by 1200. Fundus firm U/-1, lochia rubra sm. {{eponym:Pfannenstiel}} incision w/ Prevena, CDI. BS +, passing flatus.
1045 Voided 350 mL. SCDs on in bed. Ambulated hall x2 with husband [[NAME:Saïd]].
1130 {{lab:Hgb 9.1}} (pre-op {{lab:11.8}}). Expect nadir POD 2-3; [[NAME:Trabelsi]] aware, no transfusion indicated, start {{drug:ferrous sulfate}} {{dose:325 mg}} daily.
1300 Baby boy breastfeeding q2-3h, {{score:LATCH 8}}. Lactation to see.
1500 Visitors: [[NAME:Saïd]], his brother [[NAME:Nadir]], pt's aunt [[NAME:Khadija Benaïssa]]. Pt asked that cousin [[NAME:Yamina]] NOT receive info by phone -- privacy flag + code word placed.
1700 Pt said she wants to shower; assisted, incision dry after.
1900 VS {{vital:BP 118/72}} {{vital:HR 84}} {{vital:T 37.0}} {{vital:SpO2 98%}}. Report to [[NAME:Foley]] (nights).
-- [[NAME:Z. Ouahbi]] RN
""", summary="""
On POD 1 after repeat cesarean, [[NAME:Naïma Benaïssa]] voided after catheter removal, ambulated and breastfed well; hemoglobin fell to 9.1 and iron was started. She asked that her cousin [[NAME:Yamina]] get no phone updates.
"""),

    dict(style="lactation_consult", note="""
LACTATION CONSULT (IBCLC)
Mother: [[NAME:Senait Ghebremedhin]]   Infant: Baby Boy [[NAME:Ghebremedhin]] ("[[NAME:Natnael]]")   DOL 2   BW 3240 g, today 2975 g (-8.2%)
Referral: sore nipples, sleepy at breast, wt loss.
Hx: G2P2, nursed first child [[NAME:Luwam]] (now {{age:4}}) x18 mo in Italy; prenatal records from [[ADDRESS:Bologna]] dated [[DATE:15 maggio 2024]] reviewed. R nipple flat.
Observed feed: cross-cradle R -- shallow latch, clicking, compression stripe after. Football hold L -- deeper, audible swallows after ~3 min. {{score:LATCH 6}}.
Hand expression taught; {{dose:4 mL}} colostrum spoon-fed. Symphony pump started q3h after feeds (Initiation setting). {{drug:Lansinoh}} + shells for R.
Supplement: EBM first, then {{drug:Similac}} {{dose:10-15 mL}} by paced bottle if under 8 feeds/24h; peds ([[NAME:Tekle]]) agrees.
Pt's sister [[NAME:Yordanos]] in room helping; grandmother [[NAME:Abrehet]] speaks Tigrinya only -- interpreter [[NAME:Mussie T.]] by phone, ID [[MRN:48812]].
Pt plans to go back to work at the end of summer; discussed pump rental and break-time rights.
F/u: outpatient lactation clinic [[DATE:Fri 9/13]] 10:30; WIC pump referral faxed to [[PHONE:(651) 266-4170]].
-- [[NAME:summer]], IBCLC   pager [[PHONE:2271]]
""", summary="""
IBCLC [[NAME:summer]] saw [[NAME:Senait Ghebremedhin]] on DOL 2 for sore nipples and an 8.2% weight loss in baby [[NAME:Natnael]]; latch was improved with football hold, pumping and paced supplementation were started. Follow-up is set for [[DATE:Fri 9/13]].
"""),

    dict(style="anesthesia_procedure", note="""
LABOR EPIDURAL -- PROCEDURE NOTE
Indication: labor analgesia, patient request. Consent: risks incl. PDPH, hypotension, failed or patchy block, infection, epidural hematoma, nerve injury discussed; questions answered; consent signed.
ASA 2E. {{lab:Plt 212}}, no anticoagulants, no {{drug:Lovenox}} this admission. Airway {{score:Mallampati 2}}.
Time-out performed. Sitting, L3-4 interspace, {{drug:ChloraPrep}}, sterile drape.
{{drug:Lidocaine}} 1% {{dose:3 mL}} skin wheal. 17G {{eponym:Tuohy}}, LOR to saline at 6 cm, catheter threaded to 11 cm at skin. Neg aspiration for CSF/blood.
Test dose {{dose:3 mL}} {{drug:lidocaine}} 1.5% with epinephrine {{dose:1:200,000}}: negative.
Maintenance: PIEB {{drug:bupivacaine}} {{dose:0.0625%}} + {{drug:fentanyl}} {{dose:2 mcg/mL}}, {{dose:8 mL}} q45 min; PCEA {{dose:5 mL}}, lockout 10 min.
Post: {{vital:BP 112/64}}, {{vital:HR 88}}, FHR Cat I per RN. Bilateral T10 level to ice at 20 min; {{score:Bromage 0}}.
Complications: none. Attending present for the entire procedure.
""", summary="""
A labor epidural was placed at L3-4 without complication, with a negative test dose and a bilateral T10 block at 20 minutes on a bupivacaine/fentanyl PIEB and PCEA regimen.
"""),

    dict(style="operative_dictation", note="""
OPERATIVE REPORT -- dictated, not yet reviewed
PATIENT NAME: [[NAME:Al-Haddad, Arwa]], spelled [[NAME:A L H A D D A D]], first name [[NAME:Arwa]], [[NAME:A R W A]].
MEDICAL RECORD NUMBER: [[MRN:M as in Mary zero four four one seven two nine]].
DATE OF SURGERY: [[DATE:march third twenty twenty five]].
SURGEON: Dr. [[NAME:Layla Bamatraf]].
ASSISTANT: Dr. [[NAME:Tarek Ghanem]], correction, Dr. [[NAME:Tarik Ghanim]], [[NAME:G H A N I M]].
ANESTHESIA: Spinal, by Dr. [[NAME:Al Man Surrey]]. [transcriptionist: likely Dr. [[NAME:Al-Mansoori]], please verify]
PREOPERATIVE DIAGNOSIS: Intrauterine pregnancy at 39 weeks 1 day, frank breech presentation, external cephalic version declined.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Primary low transverse cesarean section through a {{eponym:Pfannenstiel}} skin incision.
FINDINGS: Viable female infant in frank breech, 3105 grams, Apgars {{score:8 and 9}}, delivered at 0912. Normal uterus, tubes and ovaries.
DETAILS: After adequate spinal anesthesia the patient was positioned supine with left uterine tilt. {{drug:Cefazolin}} {{dose:2 g}} IV was given before incision. The infant was delivered as a breech, the aftercoming head with the {{eponym:Mauriceau}} maneuver. Cord clamped at 60 seconds. {{drug:Oxytocin}} infusion started. Hysterotomy closed in two layers with 0 Vicryl.
QUANTITATIVE BLOOD LOSS: {{lab:780 mL}}. IV fluids 1800 mL. Urine output 150 mL clear via {{eponym:Foley}}.
Counts correct times two per circulating nurse, first name [[NAME:frank]], last name to follow.
Husband Mr. [[NAME:Fuad Al-Haddad]] and the patient's father were updated in the family waiting area.
Dictated by [[NAME:Layla Bamatraf]], MD.  D: [[DATE:03/03/2025]] 11:02  T: [[DATE:03/03/2025]] 14:40  Job [[MRN:884120]] / [[NAME:rgh]]
""", summary="""
Dr. [[NAME:Layla Bamatraf]] performed a primary cesarean on [[NAME:Arwa Al-Haddad]] on [[DATE:march third twenty twenty five]] for frank breech, delivering a healthy 3105 g girl with a blood loss of 780 mL. The assistant's name was corrected in dictation to Dr. [[NAME:Tarik Ghanim]].
"""),

    dict(style="ld_census_board", note="""
L&D BOARD -- 1900 huddle [[DATE:14/01/2025]]     charge: [[NAME:pat]]     OB: [[NAME:Abdi]] / [[NAME:Mubarak]]     anes: [[NAME:Haddad]]
RM | PT | G/P | GA | STATUS | RN | MD
1 | [[NAME:Tesfay]] | G1P0 | 41w0d | IOL, cytotec #3 due 2000 | [[NAME:hope]] | [[NAME:Abdi]]
2 | [[NAME:Al-Suwaidi M]] | G4P3 | 37w4d | active, epid, 6 cm | [[NAME:will]] | [[NAME:Mubarak]]
3 | [[NAME:BOUZID]] | G2P1 | 39w1d | TOLAC, 4 cm, consented | [[NAME:hope]] | [[NAME:Abdi]]
4 | [[NAME:Ait Menguellet]] | G1P0 | 33w6d | PTL, {{drug:magnesium}} {{dose:2 g/hr}}, BMZ #2 @2200 | [[NAME:jack]] | [[NAME:Mubarak]]/MFM
5 | -- clean --
6 | [[NAME:Hirsi, Nasra]] | G6P6 | PP 3h | PPH, QBL {{lab:1200 mL}}, {{drug:TXA}} {{dose:1 g}} x1 | [[NAME:sue]] | [[NAME:Abdi]]
Huddle:
- Rm 4: MFM ([[NAME:Elamin]]) to see in am; NICU aware ([[NAME:Osman]]). Mag level at 0000.
- Rm 6: H/H at 0200, fundal checks q15 x1h then q30. [[NAME:Hirsi]] family ~12 people in lobby; security will keep it to 2 at a time.
- Rm 3: OR 2 held; if she needs a repeat CS, [[NAME:Haddad]] wants 30 min notice.
- Hope to move Rm 1 into active labor by am; we will reassess at midnight. [[NAME:pat]] covering breaks.
""", summary="""
At the 1900 huddle on [[DATE:14/01/2025]], the L&D board listed an induction, a TOLAC, a preterm labor patient on magnesium and a postpartum hemorrhage in [[NAME:Nasra Hirsi]] (Rm 6). [[NAME:pat]] was charge with [[NAME:Abdi]] and [[NAME:Mubarak]] covering OB.
"""),

    dict(style="prenatal_visit", note="""
PRENATAL VISIT -- 28 wk
S: [[NAME:Ihsan Babiker Elnour]], {{age:34}}, G5P4004 at 28w3d. Here with husband [[NAME:Elfadil]] and two of the kids ([[NAME:Tagwa]], [[NAME:Mustafa]]). Good FM, occasional {{eponym:Braxton Hicks}}, no VB/LOF. Mild ankle swelling in pm.
O: {{vital:BP 132/84}}, repeat {{vital:128/82}}. Wt 81.4 kg (+1.8). FH 29 cm. FHT {{vital:148}}. Urine prot neg.
1 hr GTT {{lab:152}} -> failed. {{lab:Hgb 10.2}}, {{lab:ferritin 9}}. Rh neg, antibody screen neg.
A/P:
- {{drug:RhoGAM}} {{dose:300 mcg}} IM today, card given.
- Iron deficiency: {{drug:ferrous sulfate}} {{dose:325 mg}} every other day; {{dose:1/2 tab}} if GI upset.
- 3 hr GTT [[DATE:Thurs 2/13]] 0730, fasting.
- Tdap today.
- Borderline BP: preE labs (CBC, CMP, P:C ratio); home BP cuff ordered under Medicaid ID [[MRN:SD4471902]].
- Interpreter: Sudanese Arabic, [[NAME:Ahmed Wad Elnil]] in person.
RTC 2 wk.
-- [[NAME:M. Al-Dosari]], CNM; cosigned [[NAME:ZKE]]
""", summary="""
At 28 weeks [[NAME:Ihsan Babiker Elnour]] failed her 1-hour glucose test, has iron deficiency and borderline blood pressure, and received {{drug:RhoGAM}} and Tdap. A 3-hour GTT is booked for [[DATE:Thurs 2/13]].
"""),

    dict(style="patient_portal_message", note="""
PATIENT PORTAL MESSAGE
From: [[NAME:Rania Nassar]] ([[EMAIL:rania.nassar87@gmail.com]])   Sent [[DATE:12/29/2024]] 23:14
To: Women's Health -- Dr. [[NAME:Daher]]
Subject: pumping + meds

hi dr [[NAME:daher]] its [[NAME:rania]] (baby [[NAME:Jad]] born [[DATE:5th of dec]]). i go back to work at the school [[DATE:6 jan]] and they said i can pump in the nurse office. how many times a day i need to pump?? also my mum says no zaatar and no cabbage because baby gets gassy is it true. and can i take panadol and brufen together, my sister in law [[NAME:maya]] says no its dangerous.
my number is new [[PHONE:313-846-2071]]
thank you
[[NAME:rania]]

-- Reply [[DATE:12/30/2024]] 08:52 --
Hi [[NAME:Rania]], congratulations again on [[NAME:Jad]]! Dr. [[NAME:Daher]] reviewed your message.
1. Pumping: about every 3 hours while you are away from [[NAME:Jad]] (2-3 sessions in a school day), 15-20 min each.
2. Foods: no need to avoid zaatar or cabbage.
3. Yes, {{drug:Panadol}} ({{drug:acetaminophen}}) {{dose:1000 mg}} and {{drug:Brufen}} ({{drug:ibuprofen}}) {{dose:400-600 mg}} can be taken together or alternated; both are fine while breastfeeding.
Your phone number is updated. Nurse line: [[PHONE:313-593-7720]], option 2.
-- [[NAME:Grace Abou Jaoude]], RN for Dr. [[NAME:Daher]]
""", summary="""
[[NAME:Rania Nassar]] asked on [[DATE:12/29/2024]] about pumping at work, food avoidance and combining {{drug:Panadol}} with {{drug:Brufen}}. RN [[NAME:Grace Abou Jaoude]] replied for Dr. [[NAME:Daher]] that both analgesics are compatible with breastfeeding and pumping every 3 hours is advised.
"""),

    dict(style="postpartum_discharge", note="""
POSTPARTUM DISCHARGE SUMMARY
Name: [[NAME:AL-KUWARI, MOZA J.]]   FIN [[MRN:7002318845]]   Admit [[DATE:2025-02-17]]   Discharge [[DATE:2025-02-19]]
Delivery: NSVD [[DATE:2/17/25]] 2214, live male "[[NAME:Jassim]]", 3.56 kg, Apgars {{score:9/9}}.
Pt is a young, healthy G1 who had an uncomplicated course. 1st degree lac, no repair. {{lab:Hgb 10.9}}. Rubella immune. Rh pos.
Discharge meds: {{drug:ibuprofen}} {{dose:600 mg}} q6h prn, {{drug:docusate}} {{dose:100 mg}} BID, PNV daily.
Contraception: declines today, revisit at 6 wk.
{{score:EPDS 4}}.
Follow-up: Dr. [[NAME:Young]], Women's Health Specialists, [[DATE:March 31]]. Baby to Dr. [[NAME:Khalid bin Rashid Al-Nuaimi]] at Oakton Pediatrics in 2 days.
Contact: husband [[NAME:Hamad Al-Kuwari]] [[PHONE:+974 5512 8830]] (Qatar mobile), local [[PHONE:(571) 302-4478]].
Lives with husband and mother-in-law [[NAME:Shaikha]] in [[ADDRESS:Fairfax]], VA [[ADDRESS:22031]].
Discharged by: [[NAME:Bader Al-Hajri]], MD
""", summary="""
[[NAME:Moza Al-Kuwari]] had an uncomplicated vaginal delivery of son [[NAME:Jassim]] on [[DATE:2/17/25]] and was discharged [[DATE:2025-02-19]]. She follows up with Dr. [[NAME:Young]] on [[DATE:March 31]].
"""),

    dict(style="birth_plan", note="""
BIRTH PREFERENCES -- scanned, reviewed at 36 wk visit [[DATE:03/21/2025]]
Name: [[NAME:Tiziri Aït Ouali]]   Partner: [[NAME:Massinissa Ameziane]]   Doula: [[NAME:Mercy]] (Mercy Birth Collective) [[PHONE:612-390-7714]]
Who I want in the room: [[NAME:Massinissa]], [[NAME:Mercy]], and my mother [[NAME:Tafsut]] (she flies in from [[ADDRESS:Tizi Ouzou]] [[DATE:le 4 avril]]). My brother [[NAME:Yidir]] can wait outside and go get food lol.
Please do NOT give any information to my father [[NAME:Idir Aït Ouali]].
Labor: I want to move, shower, birth ball. Intermittent listening if everything is normal. Nitrous ok. Epidural only if I ask twice.
Birth: delayed cord clamping, [[NAME:Massinissa]] cuts the cord, skin to skin right away.
Baby: {{drug:vitamin K}} yes, {{drug:erythromycin}} eye ointment yes, Hep B yes. No formula or pacifier unless we talk first.
Placenta: we want to take it home (burial, family tradition).
If boy: [[NAME:Yuba]]. If girl: [[NAME:Dihya]].
If cesarean: [[NAME:Massinissa]] in the OR, clear drape, skin to skin in OR if possible.
---
Provider note: reviewed with pt and [[NAME:Mercy]]; all reasonable. Mercy Hospital placenta release form signed. GBS pending. -- [[NAME:hunter]] CNM
""", summary="""
[[NAME:Tiziri Aït Ouali]]'s birth plan asks for partner [[NAME:Massinissa]], doula [[NAME:Mercy]] and her mother [[NAME:Tafsut]] at the birth, minimal intervention and placenta release, and no information to her father. CNM [[NAME:hunter]] reviewed it on [[DATE:03/21/2025]].
"""),

    dict(style="outside_records_french", note="""
LETTRE DE TRANSFERT (French original; intake summary below)
Clinique Al Amal, [[ADDRESS:Mohammedia]], Maroc -- Tél [[PHONE:+212 523-31-48-06]]
Patiente : Mme [[NAME:BENNANI Loubna]], épouse [[NAME:CHRAIBI]], née le [[DATE:12/07/1993]] ({{age:31}} ans)
G2P1, grossesse gémellaire bichoriale biamniotique. DDR le [[DATE:2 septembre 2024]]. Suivie dans notre service depuis le [[DATE:3 octobre 2024]].
Échographie du [[DATE:14 janvier 2025]] : biométries concordantes, J1 céphalique, J2 siège. HGPO normale le [[DATE:20/01/2025]].
Antécédents : césarienne en 2021 (Dr [[NAME:Ouazzani]]) pour stagnation de la dilatation.
Traitement : {{drug:Tardyferon}} {{dose:80 mg}}/j, {{drug:Spasfon}} si besoin.
La patiente rejoint son mari M. [[NAME:Hicham Chraibi]] à [[ADDRESS:Laval]] (Québec) à partir du [[DATE:18 février 2025]].
Fait à [[ADDRESS:Mohammedia]], le [[DATE:30 janvier 2025]]. Dr [[NAME:Youssef El Idrissi]], gynécologue-obstétricien.

Intake summary ([[DATE:2025-02-24]]): DCDA twins, now 25w, prior CS x1 ([[NAME:Ouazzani]]), anemia on iron. Husband [[NAME:Hicham]] speaks English; pt prefers French. RAMQ pending -- temp no. [[MRN:BENL 9357 1219]]. Referred to MFM (Dr. [[NAME:Belkacem]]) for twin surveillance and TOLAC counseling. -[[NAME:ic]]
""", summary="""
A transfer letter from Dr. [[NAME:Youssef El Idrissi]] dated [[DATE:30 janvier 2025]] describes [[NAME:Loubna Bennani]]'s DCDA twin pregnancy with one prior cesarean. She was referred to MFM (Dr. [[NAME:Belkacem]]) on [[DATE:2025-02-24]].
"""),

    dict(style="postpartum_home_visit", note="""
HOME VISIT -- PP day 9 (CHW + RN phone backup)
Client: [[NAME:Ubah Cabdi Warfaa]]   [[ADDRESS:1620 S 6th St #1214]], [[ADDRESS:Minneapolis]] [[ADDRESS:55454]]   Visit [[DATE:Wed 7/9]] 1400
Present: [[NAME:ubah]], baby [[NAME:Zakariye]], husband [[NAME:Guuleed]], MIL [[NAME:Xaawo]], kids [[NAME:Ayaan]] ({{age:7}}), [[NAME:Bilal]] ({{age:5}}), [[NAME:Hibo]] ({{age:2}}).
Mom: {{vital:BP 142/92}} sitting, repeat {{vital:144/90}} after 10 min. HA since am, no vision change, no RUQ pain, no SOB. Lochia light, brown. BF + formula at night.
-> called L&D triage, spoke w/ [[NAME:Osman]] (OB on call): needs eval today for PP preE. [[NAME:Guuleed]] driving her; [[NAME:Xaawo]] keeping the kids.
Baby: wt 3.41 kg (BW 3.30), jaundice to chest only, 6+ wet diapers, cord off.
Home: crib ok, smoke detector works, no 2nd car seat -> referral.
Teaching (Somali): iron-rich foods, PP warning signs, safe sleep. {{score:EPDS 7}}.
Next visit [[DATE:7/16]]. Reviewed w/ [[NAME:rich]] (RN supervisor) by phone.
-[[NAME:lj]] ([[NAME:Ladan Jama]], CHW)
""", summary="""
On a postpartum day 9 home visit on [[DATE:Wed 7/9]], CHW [[NAME:Ladan Jama]] found [[NAME:Ubah Cabdi Warfaa]] with BP 142-144/90-92 and a headache and sent her to L&D triage for preeclampsia evaluation after speaking with [[NAME:Osman]]. Baby [[NAME:Zakariye]] is gaining weight.
"""),

    dict(style="mfm_consult", note="""
MATERNAL-FETAL MEDICINE CONSULTATION
Referring provider: [[NAME:Bilqis Ghaleb]], NP (Hamtramck Family Health)
Patient: [[NAME:Afrah Munassar Al-Maqtari]], {{age:26}}, G3P1011 at 20w2d
Reason: echogenic bowel and short femur on anatomy scan; parents are first cousins.
Pedigree (3 generations, from pt and husband [[NAME:Nabil Al-Maqtari]]):
- Pt's sister [[NAME:Ebtisam]]: son died at {{age:3}} mo with "weak muscles," no dx, in [[ADDRESS:Ta'izz]].
- Husband's brother [[NAME:Abdulkarim]] and wife (also cousins): two healthy children.
- Pt's paternal grandmother [[NAME:Sa'ada]], [[AGE:93]], in [[ADDRESS:Ibb]], "healthy."
- First pregnancy: SAB at 9 wk.
US today: echogenic bowel grade 2, FL 5th %ile (other biometry 35-40th), normal 4-chamber and outflow views, normal AFI.
Labs: CMV IgG+/IgM neg, cfDNA low risk (drawn [[DATE:12 Nov]]). No prior carrier screening.
Counseling (Arabic interpreter [[NAME:Munir]], in person): differential includes CF, other recessive conditions given consanguinity, infection (low suspicion), placental insufficiency; aneuploidy unlikely.
Plan: amniocentesis offered -- pt and [[NAME:Nabil]] want to talk with her mother first. Expanded carrier screening both partners today. Growth US 4 wk.
60 min, >50% counseling.
[[NAME:Ba-Wazir S]], MD, MFM
""", summary="""
MFM saw [[NAME:Afrah Munassar Al-Maqtari]] at 20 weeks for echogenic bowel and short femur in a consanguineous couple with a family history of early infant death. Expanded carrier screening was sent and amniocentesis offered; [[NAME:Ba-Wazir S]] will repeat growth ultrasound in 4 weeks.
"""),

    dict(style="social_work", note="""
SOCIAL WORK NOTE -- Mother-Baby Unit
Pt: [[NAME:Rahel Tesfamariam]], {{age:19}}, G1P1, PPD 2. Referral: young maternal age, 2 prenatal visits, housing.
Met pt at bedside with aunt [[NAME:Mebrat]] (her guardian until she turned 18). Pt prefers English, declined interpreter; [[NAME:Mebrat]] speaks Tigrinya and some Arabic.
FOB: [[NAME:Awad]] ([[NAME:Mohamed Awad Elsir]]), {{age:22}}, involved, works nights at the poultry plant in [[ADDRESS:Cold Spring]]; visited last pm, plans to sign AOP.
Household: pt lives with [[NAME:Mebrat]], uncle [[NAME:Kidane]], their 3 children, and pt's great-grandmother [[NAME:Letemariam]] ([[AGE:91]], bedbound) at [[ADDRESS:415 Prairie View Ln]], [[ADDRESS:St. Cloud]]. 2 BR apartment; baby will sleep in a pack-n-play in pt's room.
Resources: MA application started, WIC referral, car seat provided (checked by [[NAME:Awad]] and RN), PHN home visit referral.
{{score:EPDS 11}} -- pt tearful about being "the youngest mom" in the family; no SI. Plan re-screen at peds visit; behavioral health warm line given.
Pt asked that her mother, [[NAME:Tsega]], who lives in [[ADDRESS:Asmara]], be told only by pt herself.
[[NAME:Selam Berhane]], LICSW   x[[PHONE:6630]]
""", summary="""
SW [[NAME:Selam Berhane]] met {{age:19}}-year-old [[NAME:Rahel Tesfamariam]] and her aunt [[NAME:Mebrat]] on PPD 2; the household includes a [[AGE:91]]-year-old great-grandmother and FOB [[NAME:Awad]] is involved. MA, WIC, a car seat and PHN visits were arranged, and an EPDS of 11 will be rechecked.
"""),

    dict(style="ob_event_note", note="""
PPH NURSING EVENT NOTE
2142 Called to bedside for heavy bleeding; boggy fundus ~2 cm above U. Fundal massage started. Stage 1 PPH per CMQCC.
2144 OB Rapid Response called. 2nd IV 18G L AC.
2146 {{drug:Pitocin}} running {{dose:500 mL/hr}}. {{drug:Methergine}} {{dose:0.2 mg}} IM (no HTN, {{vital:BP 104/62}}).
2150 QBL {{lab:1050 mL}}, {{vital:HR 118}} -> Stage 2. Type & Crossmatch 2 units PRBC. {{drug:TXA}} {{dose:1 g}} IV over 10 min.
2155 {{drug:Hemabate}} {{dose:250 mcg}} IM. Fundus firming intermittently.
2203 Bimanual exam by OB, ~300 mL clot evacuated. {{eponym:Bakri}} balloon placed with {{dose:400 mL}} saline; {{eponym:Foley}} to gravity.
2215 Cumulative QBL {{lab:1620 mL}}. {{vital:BP 96/58}} {{vital:HR 110}} {{vital:SpO2 99%}}. PRBC #1 hanging.
2240 Bleeding controlled. {{lab:Hgb 7.4}}, {{lab:fibrinogen 280}}, {{lab:Plt 164}}.
2300 To L&D Recovery for 1:1 monitoring. MEOWS trigger reviewed; team debrief completed.
""", summary="""
A stage 2 postpartum hemorrhage from uterine atony (cumulative QBL 1620 mL) was treated with uterotonics, tranexamic acid, a {{eponym:Bakri}} balloon and one unit of PRBC, and bleeding was controlled by 2240.
"""),

    dict(style="ehr_audit_log", note="""
EHR ACCESS AUDIT -- Privacy Office review (patient request)
Patient: [[NAME:SALIM, ASMA H]]   MRN [[MRN:22190457]]   Encounter: L&D admission [[DATE:2024-09-22]] to [[DATE:2024-09-25]]
Concern: pt states a cousin who works in registration looked at her delivery record.

Timestamp | User | Role | Action | Section
[[DATE:2024-09-22]] 03:41 | [[NAME:nalhashimi]] | L&D RN | edit | Flowsheets
[[DATE:2024-09-22]] 04:10 | [[NAME:rn_hbelhadj]] | L&D RN | view | MAR
[[DATE:2024-09-22]] 06:58 | [[NAME:kmoussa]] | OB resident | sign | Delivery Note
[[DATE:2024-09-23]] 11:17 | [[NAME:fsalim]] | Patient Access | view | Demographics, Problem List, Notes
[[DATE:2024-09-23]] 11:19 | [[NAME:fsalim]] | Patient Access | view | OB Delivery Summary
[[DATE:2024-09-24]] 09:02 | ([[NAME:tnasr]]) | Lactation | edit | Lactation Flowsheet
Findings: [[NAME:fsalim]] ([[NAME:Fatma Salim]], Patient Access, [[ADDRESS:Dearborn]] site) had no registration task for this encounter; same surname as patient, self-reported cousin. All other access tied to care. Referred to HR and Compliance.
Reviewed by [[NAME:dgharbi]] ([[NAME:D. Gharbi]]), Privacy Analyst, [[DATE:10/02/2024]].
""", summary="""
A privacy audit of [[NAME:Asma Salim]]'s L&D record found that user [[NAME:fsalim]], a cousin in Patient Access, viewed her delivery summary on [[DATE:2024-09-23]] without a work reason; the case went to HR and Compliance.
"""),

    dict(style="sbar_handoff", note="""
SBAR HANDOFF L&D -> MBU   [[DATE:Sun 8/18]] 0215
S: [[NAME:Haile, Semhar]] G2P2 s/p SVD 2310 over intact perineum; baby girl [[NAME:Saba]] skin-to-skin, BF x1 well.
B: GDMA2 on {{drug:NPH}} {{dose:14 units}} qhs (held after delivery per [[NAME:Berhe]]). GBS+ adequately treated ({{drug:PCN G}} x3). Rh neg -- cord blood sent, {{drug:RhoGAM}} workup pending.
A: {{vital:BP 122/74}} {{vital:HR 80}} afebrile. Fundus firm U-1, lochia mod. QBL {{lab:310 mL}}. Voided x1. Pain {{score:2/10}}. Epidural cath out intact 0030 by [[NAME:JR]].
   Baby: {{score:Apgar 8/9}}, {{lab:glucose 52}} at 1 h.
R: Baby AC glucose x4 (next 0310). Mom: fasting + 2 h PP FSBG x24h, then stop if normal per [[NAME:Berhe]]. Husband [[NAME:Kibrom]] went home to relieve his mom, who has their son [[NAME:Natan]].
Given by [[NAME:mb]] (L&D), received by [[NAME:AS]] (MBU). Bands matched x2 with [[NAME:AS]]. No questions.
""", summary="""
[[NAME:Semhar Haile]], a GDMA2 patient with a vaginal delivery at 2310, was handed off by [[NAME:mb]] to [[NAME:AS]] on [[DATE:Sun 8/18]]; insulin was stopped, RhoGAM workup is pending and baby [[NAME:Saba]] needs glucose checks.
"""),

    dict(style="ob_page_log", note="""
OB HOSPITALIST PAGE LOG -- nights [[DATE:06-Jun-2025]] -> [[DATE:07-Jun-2025]]
2218 pg from ED (x[[PHONE:4471]]): [[NAME:Hassan, Israa]] PPD 6, {{vital:BP 168/104}}, HA. -> repeat q15, preE labs, mag ready. d/w [[NAME:Ramadan]] (attending), agrees with readmit.
2231 called husband [[NAME:Mostafa]] back at [[PHONE:+1 (929) 410-3386]] re bringing baby [[NAME:Malak]] in to BF -- ok, MBU to room-in.
2249 {{drug:labetalol}} {{dose:20 mg}} IV, repeat {{vital:BP 158/100}}.
2305 {{drug:labetalol}} {{dose:40 mg}} IV -> {{vital:BP 146/92}}. Mag {{dose:4 g}} load then {{dose:2 g/hr}}. {{lab:Plt 188}}, {{lab:AST 42}}, {{lab:Cr 0.7}}, UPC {{lab:0.6}}.
0015 Accepted to L&D Rm 9, nurse [[NAME:Cross]] taking her. Cross-cover note left for day team.
0130 pt's sister [[NAME:Shaimaa]] called from [[ADDRESS:Alexandria]] ([[PHONE:+20 122 418 6093]]) -- redirected to pt per privacy.
0420 {{vital:BP 138/88}}, UOP 40 mL/hr, DTRs 2+, no clonus. By dawn {{vital:BP 132/84}}.
0700 S/O to [[NAME:Ramadan]] and [[NAME:El-Gamal]]; {{drug:nifedipine XL}} {{dose:30 mg}} to start this am.
~[[NAME:tb]]
""", summary="""
[[NAME:Israa Hassan]] was readmitted overnight on [[DATE:06-Jun-2025]] on postpartum day 6 with severe-range BP and headache, treated with IV labetalol and magnesium and admitted to L&D under [[NAME:Ramadan]]. {{drug:Nifedipine XL}} starts in the morning.
"""),

    dict(style="discharge_teaching", note="""
POSTPARTUM DISCHARGE TEACHING -- RN
Reviewed with teach-back:
- POST-BIRTH warning signs: chest pain, SOB, seizure, thoughts of self-harm, soaking 1 pad/hr or clots bigger than an egg, incision not healing, red or swollen leg, temp 100.4 F or higher, headache not relieved by {{drug:Tylenol}}, vision changes.
- Perineal care: peri bottle, {{drug:Dermoplast}} spray, {{drug:Tucks}} pads, sitz bath TID.
- Pain: {{drug:ibuprofen}} {{dose:600 mg}} q6h with food, {{drug:acetaminophen}} {{dose:650 mg}} q6h alternating; max {{dose:3 g/day}} acetaminophen.
- Constipation: {{drug:Colace}} {{dose:100 mg}} BID, fluids, fiber.
- Edinburgh screen {{score:EPDS 5}} reviewed; Postpartum Support International warmline given.
- Contraception: {{drug:Nexplanon}} placed L arm before discharge; pressure dressing off in 24 h.
- Vaccines: Tdap given prenatally; MMR given today (rubella non-immune), avoid pregnancy x4 wk.
- {{drug:RhoGAM}} {{dose:300 mcg}} IM given within 72 h (Rh neg, infant Rh pos, {{eponym:Kleihauer-Betke}} negative).
- Follow-up: BP check in 1-2 wk; comprehensive PP visit by 6 wk.
Pt verbalized understanding; handouts in English and Arabic provided.
""", summary="""
Postpartum discharge teaching covered warning signs, perineal care, analgesia, contraception with a {{drug:Nexplanon}}, MMR and {{drug:RhoGAM}}, with teach-back and handouts in English and Arabic.
"""),
]
