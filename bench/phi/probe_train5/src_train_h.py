"""Hand-written training notes, part h: nursing-home and assisted-living notes, family conference notes,
hospice chaplain and social-work notes. Every person, number, date, phone and street is invented."""

NOTES = [
    dict(style="nursing_home_note", note="""
SKILLED NURSING - Nursing Progress Note     Unit 2 West
Resident: [[NAME:FOLEY, MARGARET A]]      DOB: [[DATE:06/30/1930]]      MR#: [[MRN:SN-40218]]
Age: [[AGE:94]]   Code: DNR/DNI (POLST on file)   Attending: Dr. [[NAME:Carvalho]]

0600-1800. Mrs. [[NAME:Foley]] alert, oriented x2 (self, place), {{score:BIMS 11/15}}. Indwelling {{eponym:Foley}} cath 16 Fr (placed [[DATE:3/2]] at Mercy General for retention) draining clear yellow urine, 1,150 mL this shift. Peri care done, cath secured to L thigh.
{{vital:T 99.1}}, {{vital:HR 84}}, {{vital:BP 128/70}}, {{vital:RR 18}}, {{vital:SpO2 95%}} RA. Pain {{score:2/10}} L hip, {{drug:Tylenol}} {{dose:650 mg}} po at 1000.
Daughter [[NAME:Peggy Foley-Azevedo]] visited 1400, asked about removing the {{eponym:Foley}}; voiding trial planned per urology (Dr. [[NAME:Bishop]]). [[NAME:Bishop]] will call [[NAME:Peggy]] with the date.
Ate 75% of lunch, thin liquids, no cough. Ambulated w/ RW + 1 assist to dining room.
Roommate reports [[NAME:Margaret]] called out for "[[NAME:Frank]]" (late husband) overnight; redirected by CNA. Care plan last revised June 2024, updated today for catheter.
  -- [[NAME:R. Dimaculangan]], LPN   / co-sign [[NAME:june]] (charge RN)
""", summary="""
[[NAME:Margaret Foley]], [[AGE:94]], is stable with an indwelling {{eponym:Foley}} catheter for retention, pain {{score:2/10}}. Her daughter [[NAME:Peggy]] asked about removal; Dr. [[NAME:Bishop]] plans a voiding trial.
"""),

    dict(style="assisted_living_note", note="""
ASSISTED LIVING - Incident / Change of Condition Note
Resident: [[NAME:Amparo Villaseñor de León]]     Building C
Found on floor beside bed at 0340 by caregiver [[NAME:dawn]] during 2-hr checks. Res states she was going to the bathroom and "my legs just folded." Denies head strike; landed on R hip. No LOC witnessed. A&O x3 (baseline).
VS: {{vital:BP 142/80}}, {{vital:P 92}} irregular, {{vital:SpO2 94%}}, {{lab:BG 136}}. ROM all extremities, R hip pain {{score:3/10}}, bears weight w/ assist x2 ([[NAME:dawn]] + [[NAME:gay]]). Skin tear R forearm 2 cm, no frank bleeding, Steri-Strips applied.
Report from [[NAME:gay]] to [[NAME:frank]] at 0600. [[NAME:Frank]] notified daughter [[NAME:Lety]] ([[NAME:Leticia Villasenor]]) 0615; LVM for Dr. [[NAME:Arroyo]] (on call), callback 0710 - [[NAME:Arroyo]]: no XR unless pain increases, neuro checks q4h x 24 h, PT/OT eval.
On {{drug:Eliquis}} {{dose:2.5 mg}} BID - will monitor for bruising. Bed alarm, night light, call pendant in reach. Hip protectors offered, declined.
{{score:Morse Fall Scale 65}} -> high risk.
-- [[NAME:Frank Aguilar]], Resident Care Director
""", summary="""
[[NAME:Amparo Villaseñor de León]] was found on the floor at 0340 with right hip pain {{score:3/10}} and a skin tear, no head strike, on {{drug:Eliquis}}. Dr. [[NAME:Arroyo]] ordered neuro checks and PT/OT; daughter [[NAME:Lety]] was notified.
"""),

    dict(style="family_conference", note="""
FAMILY CONFERENCE NOTE - Sunrise Villa SNF, IDT conference room, [[DATE:10/17/2024]]
Resident: [[NAME:Carmine]] "[[NAME:Nino]]" [[NAME:Esposito]], {{age:88}}, s/p L MCA stroke, PEG-dependent, {{score:PPS 30%}}.
Present: daughters [[NAME:Hope Esposito-Kline]] and [[NAME:Rosaria]] (phone, from [[ADDRESS:Providence]]), son [[NAME:Dom]], SW [[NAME:Lorna Pangilinan]], MDS coordinator [[NAME:Teo Salas]], RN, Dr. [[NAME:Giordano]] (attending), chaplain Br. [[NAME:Mike]].
[[NAME:Giordano]] reviewed 6 wks since stroke without meaningful swallow recovery (MBS [[DATE:10/3]]: aspiration all consistencies, {{score:Penetration-Aspiration Scale 8}}). Two aspiration pneumonias ({{drug:Zosyn}} x 7 d each). Wt 61 kg, down 4 kg.
[[NAME:Hope]] states her father "never wanted machines" and recalls his 2019 advance directive. [[NAME:Rosaria]] initially wanted PEG feeds continued "at least through the holidays." [[NAME:Dom]] quiet, then agreed with [[NAME:Hope]].
Consensus: comfort-focused care; PEG at low rate for comfort/meds only; hospice referral to VNA Hospice.
[[NAME:Rosaria]] asked that [[NAME:Nino]]'s brother, Fr. [[NAME:Aldo Esposito]], be called before changes - [[NAME:Lorna]] will call [[NAME:Aldo]] today. We hope to have hospice intake by Friday. POLST updated to DNR/comfort, signed by [[NAME:Hope]] as agent (HCPOA dated [[DATE:4/11/2019]]).
-- [[NAME:L. Pangilinan]], MSW    cc [[NAME:Giordano]], [[NAME:Salas]]
""", summary="""
Family meeting for [[NAME:Nino Esposito]], {{age:88}}, PEG-dependent after stroke with repeated aspiration: daughter [[NAME:Hope]], as agent, and siblings agreed to comfort care and hospice. SW [[NAME:Lorna Pangilinan]] will call his brother Fr. [[NAME:Aldo Esposito]].
"""),

    dict(style="hospice_chaplain", note="""
HOSPICE SPIRITUAL CARE - Chaplain Home Visit
Pt: [[NAME:Corazon]] "[[NAME:Cora]]" [[NAME:Santiago Lacson]], [[AGE:96]] y/o, ESRD off dialysis, home w/ family in [[ADDRESS:Daly City]].
Present: husband [[NAME:Benigno]], daughters [[NAME:Marivic]] and [[NAME:Liza]], granddaughter [[NAME:Angel]] (nursing student). Pt Roman Catholic; parish priest Fr. [[NAME:Jomar Dizon]] gave Anointing of the Sick [[DATE:8/14]].
[[NAME:Cora]] drowsy, opened eyes to voice, squeezed [[NAME:Marivic]]'s hand during the Our Father. Family sang softly in Tagalog.
[[NAME:Benigno]] tearful: "54 years, she is my whole life." Explored anticipatory grief; he worries about "doing it wrong" with the morphine drops ({{drug:Roxanol}} {{dose:5 mg}} SL q2h prn). Reassured; RN case mgr [[NAME:Ed Soriano]] will re-teach tonight.
[[NAME:Liza]] asks if it is OK to hold the novena at the house after death - affirmed; offered help contacting the funeral home.
FICA: F - strong Catholic faith; I - central to coping; C - parish, Couples for Christ; A - rosary daily, wants priest at death if possible.
Plan: visit weekly + prn; bereavement referral for [[NAME:Benigno]] (high risk). Will call [[NAME:Dizon]] if decline.
-- Ch. [[NAME:Will Sandoval]], MDiv, BCC
""", summary="""
Chaplain [[NAME:Will Sandoval]] visited [[NAME:Cora Santiago Lacson]], [[AGE:96]], dying at home after stopping dialysis, with her husband [[NAME:Benigno]] and daughters. Anticipatory grief was addressed and [[NAME:Benigno]] referred for high-risk bereavement.
"""),

    dict(style="hospice_social_work", note="""
HOSPICE SOCIAL WORK - Psychosocial Reassessment / Legal
Pt: [[NAME:Mercy A. Villanueva]] (MRN [[MRN:H-220915]]), [[AGE:91]], end-stage {{eponym:Alzheimer}} dementia ({{score:FAST 7d}}), Bayview Manor memory care.
Legal: lacks capacity; no HCPOA. Nephew [[NAME:Rogelio]] "[[NAME:Jun]]" [[NAME:Villanueva]] filed petition; hearing [[DATE:Thursday 5/22/2025]] 9:00 AM, Dept. 14.
Caption: "In re the Guardianship of [[NAME:Mercy A. Villanueva]], an Incapacitated Person - Superior Court of California, County of [[ADDRESS:Alameda]], Case No. [[MRN:25PR-004417]]."
Interested parties: [[NAME:Rogelio Villanueva]] (petitioner); niece [[NAME:Ma. Theresa V. Ocampo]] (objector). [[NAME:Ocampo]] opposes nephew as guardian, proposes professional fiduciary [[NAME:Grace Whitfield]].
[[NAME:Mercy]] states "I want to go home to [[ADDRESS:Iloilo]]" at times; staff redirect.
SW spoke w/ court investigator [[NAME:Faith Delgado]] ([[PHONE:510-555-0182]]) [[DATE:5/14]]; [[NAME:Delgado]] will visit pt Monday. Sent hospice POC and Dr. [[NAME:Alcantara]]'s capacity declaration (GC-335) per [[NAME:Delgado]].
[[NAME:Jun]] and [[NAME:Theresa]] both visit; conflict at bedside [[DATE:5/12]]. Agreed schedule: [[NAME:Jun]] Tu/Th/Sa, [[NAME:Theresa]] M/W/F. Staff to call SW if conflict.
Plan: SW attends [[DATE:5/22]] hearing if subpoenaed, otherwise written report to county counsel.
-- [[NAME:BH]]/[[NAME:rv]]   [[NAME:Brenda Hidalgo]], LCSW
""", summary="""
SW [[NAME:Brenda Hidalgo]] documented a contested guardianship for [[NAME:Mercy A. Villanueva]], [[AGE:91]], with end-stage {{eponym:Alzheimer}} dementia, between nephew [[NAME:Jun Villanueva]] and niece [[NAME:Theresa Ocampo]]. The hearing is [[DATE:5/22/2025]] and the court investigator [[NAME:Faith Delgado]] will visit.
"""),

    dict(style="nursing_home_note", note="""
MDS Quarterly Review - Section summary (LTC)
Cognition: {{score:BIMS 8/15}} (moderate impairment). Mood: {{score:PHQ-9 6}}. No behaviors this period except exit seeking x2.
Function: extensive assist x1 bed mobility; transfers w/ {{eponym:Hoyer}} lift x2; w/c for locomotion.
Skin: {{score:Braden 14}} (moderate risk). Stage 2 sacral PI healing, 1.0 x 0.8 cm, Mepilex Border q3d and prn.
Continence: incontinent of bladder; {{eponym:Foley}} d/c'd last quarter, no UTI since.
Nutrition: wt 58.2 kg (-3.1% x 30 d); RD recommends {{drug:Ensure Plus}} BID and magic cup daily.
Meds: {{drug:donepezil}} {{dose:10 mg}} qhs, {{drug:sertraline}} {{dose:50 mg}} daily, {{drug:Eliquis}} {{dose:2.5 mg}} BID, {{drug:Senna-S}} 2 tabs qhs. GDR attempted for {{drug:quetiapine}} {{dose:12.5 mg}}; exit seeking recurred, resumed.
Falls: 0. Restraints: none. Vaccines: {{drug:Prevnar 20}} given, influenza current.
Care plan updated; IDT to review next quarter.
""", summary="""
Quarterly MDS review: moderate cognitive impairment ({{score:BIMS 8/15}}), healing stage 2 pressure injury ({{score:Braden 14}}), 3.1% weight loss with supplements added, and a failed {{drug:quetiapine}} dose reduction.
"""),

    dict(style="family_conference", note="""
Family Meeting - Hospice IDT at Rancho Palo Verde Assisted Living, [[DATE:2025-02-06]]
Pt: [[NAME:TZ'UL COJTÍ, DOMINGO]] ("Don [[NAME:Mingo]]"), [[AGE:93]], metastatic gastric ca, {{score:PPS 40%}}.
Participants: wife [[NAME:Petrona Cojtí]], sons [[NAME:Baltazar]] and [[NAME:Mateo]], daughter-in-law [[NAME:Yolanda Cux]], RN CM [[NAME:Gay Pineda]], SW [[NAME:Paloma Wright]]; K'iche' interpreter [[NAME:Ixmukané Tzoc]] (video, ID [[MRN:7731]]).
[[NAME:Petrona]] asked through interp if [[NAME:Domingo]] can go back to [[ADDRESS:San Andrés Xecul]] to die; [[NAME:Baltazar]] explained travel is not feasible. Discussed bringing soil and water from home, marimba music, and a visit by a Maya spiritual guide (ajq'ij), Tata [[NAME:Cirilo Xicay]] - team welcomed.
[[NAME:Mateo]] asked about feeding: pt taking sips, ~200 mL/day; explained natural decline.
Pain {{score:3/10}} on {{drug:morphine ER}} {{dose:15 mg}} q12h + IR {{dose:5 mg}} q2h prn (2 prn/day). Nausea controlled w/ {{drug:Haldol}} {{dose:0.5 mg}} q8h.
[[NAME:Gay]] to increase visits to 3x/wk; [[NAME:Yolanda]] will be primary caregiver at night. Code status DNR confirmed with [[NAME:Baltazar]] as HCPOA (signed [[DATE:2/3]]).
Note: chart has "[[NAME:Tzul Cojti, Domingo]]" from prior admission - merged, same person.
-- [[NAME:pw]]/[[NAME:gp]]
""", summary="""
Hospice family meeting with a K'iche' interpreter for [[NAME:Domingo Tz'ul Cojtí]], [[AGE:93]], with metastatic gastric cancer. The family's wish to return to [[ADDRESS:San Andrés Xecul]] was not feasible, so cultural and spiritual supports were arranged and RN [[NAME:Gay Pineda]] will increase visits.
"""),

    dict(style="hospice_chaplain", note="""
Chaplain note - hospice home visit, [[ADDRESS:Fall River]]
Patient: [[NAME:Maria da Conceição Sousa Amaral]] ("Dona [[NAME:São]]"), [[AGE:97]].
Present: son [[NAME:Manuel]], daughter-in-law [[NAME:Fátima]], neighbor [[NAME:Lurdes]]. Pt born in [[ADDRESS:Ribeira Grande]] (Azores), devout Catholic, sponsored the Holy Ghost feast for many years.
Dona [[NAME:São]] unresponsive, breathing irregular with apneic pauses, mottling to knees. [[NAME:Manuel]] asked for Padre [[NAME:Tavares]] from the Santo Christo parish for last rites - called rectory ([[PHONE:508-555-0126]]); Fr. [[NAME:Tavares]] will come by 1500.
[[NAME:Fátima]] led the terço (rosary) in Portuguese; chaplain joined.
[[NAME:Manuel]] shared guilt about placing his mother in a nursing home in 2021 ("she made me promise"); normalized, reframed as bringing her home now.
[[NAME:Lurdes]] asked to receive the bereavement mailings; added with [[NAME:Manuel]]'s consent.
Note: chart lists pt as "[[NAME:Amaral, Maria C.]]"; Medicare name "[[NAME:Maria da Conceicao S Amaral]]" - same person, no legal discrepancy.
Spiritual distress: low for pt, moderate for son. Plan: return prn after death; bereavement coordinator [[NAME:Gracinda]] to f/u.
-- Ch. Rev. [[NAME:Paulo Frias]]   dict: [[NAME:PF]]/[[NAME:ms]]
""", summary="""
Chaplain [[NAME:Paulo Frias]] visited [[NAME:Maria da Conceição Amaral]], [[AGE:97]], actively dying at home; her son [[NAME:Manuel]] asked for last rites and Fr. [[NAME:Tavares]] was called. Son's guilt was addressed and bereavement follow-up arranged.
"""),

    dict(style="nursing_home_note", note="""
NIGHT SHIFT MED PASS / TREATMENT LOG - 3 North   [[DATE:Sat 11/16]] -> [[DATE:Sun 11/17]]
| time | resident | med / tx | route | given by | notes |
| 2100 | [[NAME:Pacheco, Alfredo]] | ms contin {{dose:15 mg}} | po | [[NAME:mk]] | pain {{score:5/10}} -> {{score:2/10}} |
| 2100 | [[NAME:Rosa Peñaloza]] | nitro {{dose:0.4 mg}} | sl | [[NAME:mk]] | CP {{score:4/10}}, bp {{vital:112/68}} after; relieved. Dr. [[NAME:Herrera]] notified |
| 2200 | [[NAME:OLIVEIRA, TOMÁS]] | heparin {{dose:5000 units}} | sc | [[NAME:jt]] | L abd |
| 2400 | [[NAME:Baker, Lenora]] | bisacodyl {{dose:10 mg}} | pr | [[NAME:rw]] | no BM x 3d |
| 0200 | [[NAME:Ng, Wilfredo]] | acetaminophen {{dose:650 mg}} | po | [[NAME:jt]] | {{vital:T 100.6}}, hr {{vital:104}} |
| 0400 | [[NAME:Pacheco, Alfredo]] | turned, heels floated | -- | [[NAME:ym]] | |
| 0600 | [[NAME:Baker, Lenora]] | {{lab:BG 64}} -> glucose gel {{dose:15 g}} | po | [[NAME:rw]] | recheck {{lab:BG 102}} |
Report: [[NAME:jt]]/[[NAME:mk]] to day shift ([[NAME:Joy T.]] + [[NAME:Mayet K.]]). [[NAME:Ng]] febrile, UA/C&S collected, [[NAME:Herrera]] aware. [[NAME:Baker]] to have AM insulin held per on-call Dr. [[NAME:Faith Sison]]. [[NAME:Penaloza]] sleeping, no further CP, ECG done (NSR, no ST changes).
ver by [[NAME:JT]]/[[NAME:sl]]
""", summary="""
Night med log: [[NAME:Rosa Peñaloza]] had chest pain relieved by sublingual nitroglycerin, [[NAME:Wilfredo Ng]] spiked {{vital:T 100.6}} with urine cultures sent, and [[NAME:Lenora Baker]] had {{lab:BG 64}} treated with glucose gel.
"""),

    dict(style="assisted_living_note", note="""
Assisted Living Wellness Nurse Note - quarterly review
Resident: Ms. [[NAME:Dolores Paget]] (goes by "[[NAME:Lola]]"), [[AGE:90]]
Dx: {{eponym:Paget}} disease of bone (pelvis, R femur, skull) dx 2008, {{drug:zoledronic acid}} {{dose:5 mg}} IV x1 in 2019. {{lab:Alk phos 212}} (2/2025) up from {{lab:140}} -> endocrinology, Dr. [[NAME:Ferraro]]. Bilateral hearing loss ({{eponym:Paget}} skull involvement), wears aids.
[[NAME:Lola]] reports R thigh ache {{score:4/10}}, worse at night; {{drug:Tylenol}} {{dose:500 mg}} 2 tabs bid. Gait steady with rollator, TUG 16 s. Bowing R femur.
[[NAME:Ferraro]] appt [[DATE:6/10]] at 11:15 - AL van arranged; Ms. [[NAME:Paget]]'s son [[NAME:Reggie]] to meet her there.
Med rec: {{drug:Vit D3}} {{dose:2000 IU}}, {{drug:calcium citrate}} {{dose:600 mg}} bid (started by [[NAME:Ferraro]] before planned re-dose). {{lab:Ca 9.4}}, {{lab:Cr 0.9}}, {{lab:25-OH D 34}}.
[[NAME:Reggie Paget]] called re hearing aid batteries - resolved.
-- [[NAME:M. Oh]], RN (wellness)    cc [[NAME:Ferraro]]
""", summary="""
[[NAME:Dolores Paget]], [[AGE:90]], with {{eponym:Paget}} disease of bone has rising {{lab:alk phos 212}} and right thigh pain {{score:4/10}}. She sees Dr. [[NAME:Ferraro]] [[DATE:6/10]] for a possible {{drug:zoledronic acid}} re-dose; son [[NAME:Reggie]] will meet her.
"""),

    dict(style="hospice_social_work", note="""
SOCIAL WORK NOTE - Advance Directive / Legal Document Review
RE: [[NAME:DE LA ROSA, MARÍA INÉS]] aka [[NAME:Inés Rosales]] (former married name)     Hospice ID [[MRN:0031-7759]]
Documents reviewed (scanned to Media tab):
1. Durable Power of Attorney for Health Care executed [[DATE:10/03/2016]], naming "my son, [[NAME:Emilio de la Rosa Ybarra]]" as agent; alternate "my friend [[NAME:Carmela D'Amico]]."
2. Affidavit of Name Identity signed by [[NAME:Emilio]] [[DATE:6/18/2025]] (notary [[NAME:Jo Ann Castellanos]], Comm. # [[MRN:2291047]]) stating that [[NAME:María Inés de la Rosa]] and [[NAME:Ines Rosales]] are one and the same person.
3. Letter from Atty. [[NAME:Marco Benedetti]], [[ADDRESS:1 Market St, San Rafael]], re estate - not relevant to care, returned to [[NAME:Emilio]].
Pt unable to participate ({{score:PPS 20%}}). [[NAME:Emilio]] visits daily; [[NAME:Carmela]] calls from [[ADDRESS:Sonoma]].
Discrepancy: Medicare (MBI [[MRN:7QW2-HD5-TU38]]) lists "[[NAME:ROSALES, INES M]]"; hospital records list [[NAME:DE LA ROSA]]. Billing ([[NAME:Ana]]) aware; [[NAME:Ana]] to submit name update with affidavit.
[[NAME:Emilio]] asked that only he and [[NAME:Carmela]] receive information; HIPAA contact list updated.
-- [[NAME:Nilda Gutierrez]], MSW
""", summary="""
SW [[NAME:Nilda Gutierrez]] reviewed the health-care POA naming [[NAME:Emilio de la Rosa Ybarra]] as agent for [[NAME:María Inés de la Rosa]] (aka [[NAME:Inés Rosales]]) and a name-identity affidavit. Billing will correct the Medicare name mismatch.
"""),

    dict(style="hospice_social_work", note="""
HOSPICE IDT - Plan of Care Update (14-day)
Terminal dx: ALS ({{eponym:Lou Gehrig}} disease), bulbar onset. {{score:PPS 30%}}, {{score:ALSFRS-R 14/48}}. FVC not obtainable. BiPAP {{vital:14/6}} nightly + prn; pt declines trach/PEG (documented in AD).
Symptoms: sialorrhea -> {{drug:glycopyrrolate}} {{dose:1 mg}} tid, {{drug:atropine 1%}} 2 gtt SL prn; dyspnea -> {{drug:morphine}} {{dose:2.5 mg}} SL q2h prn; anxiety -> {{drug:lorazepam}} {{dose:0.5 mg}} SL q6h prn. Constipation -> {{drug:Senna}} 2 tabs + {{drug:MiraLAX}} daily.
Equipment: {{eponym:Hoyer}} lift, hospital bed with alternating pressure mattress, Tobii eye-gaze device (SLP trained family).
Psychosocial (SW): spouse caregiver fatigue; 5-day inpatient respite offered, spouse will think about it. Adult children rotating weekends.
Spiritual (Chaplain): pt requests Lutheran pastor visit; congregation contacted.
Goals: comfort, communication, die at home. Next IDT in 14 days.
""", summary="""
Hospice plan-of-care update for bulbar-onset ALS ({{score:PPS 30%}}): sialorrhea, dyspnea and anxiety managed, eye-gaze communication in place, and respite offered for caregiver fatigue.
"""),

    dict(style="nursing_home_note", note="""
2 South shift report 1845 - report from [[NAME:gay]] to [[NAME:frank]] (eve). no major changes except new adm.
- [[NAME:dimalanta, b]] - pneumonia day 4, {{drug:levaquin}} {{dose:750 mg}} po, afebrile, {{vital:spo2 93%}} 2L, cough less. dtr called x2, pls call her back ([[NAME:cora]] [[PHONE:707-555-0131]]).
- [[NAME:mason]] ([[NAME:curtis]]) - new adm from Kaiser, R hip fx s/p ORIF 2 days ago, WBAT, {{drug:lovenox}} {{dose:40 mg}} sc daily, pain {{score:6/10}} -> {{drug:norco}} {{dose:5/325}} 1 tab at 1630. PT eval by [[NAME:rusty]] done, will walk in am.
- [[NAME:al]] ([[NAME:alvaro figueroa]]) - refused insulin again, {{lab:bg 312}}. dr. [[NAME:major]] aware, [[NAME:major]] says offer again at hs, document refusal.
- ms [[NAME:cruz-ybarra]] - hospice, comfort only, sons at bedside ([[NAME:Rico]] & [[NAME:Bo]]). no s/s distress, {{drug:roxanol}} {{dose:5 mg}} sl x1 at 1500.
- [[NAME:paolo]] - tb skin test read 0 mm today (neg), pt pleasant, no frank hematuria since {{eponym:foley}} out.
charge RN [[NAME:dawn]] aware of all. [[NAME:frank]] to call pharmacy re missing {{drug:lovenox}} doses.
[[NAME:gd]]/[[NAME:fm]]
""", summary="""
Evening handoff from [[NAME:gay]] to [[NAME:frank]]: a new hip-fracture admission ([[NAME:Curtis Mason]]), [[NAME:Alvaro Figueroa]] refusing insulin with {{lab:BG 312}}, a hospice resident comfortable, and missing {{drug:Lovenox}} doses to follow up.
"""),

    dict(style="family_conference", note="""
FAMILY CONFERENCE - Long-Term Care, Pavilion B, [[DATE:5 Nov 2024]]
Resident: [[NAME:Nguyễn Văn Đức]] (chart: "[[NAME:NGUYEN, VAN DUC]]"), {{age:84}}, {{eponym:Parkinson}} disease with dementia, {{score:Hoehn and Yahr 5}}, dysphagia.
Present: wife [[NAME:Hồ Thị Ngọc Lan]], son [[NAME:Nguyễn Minh Tuấn]] ("[[NAME:Tony]]"), daughter-in-law [[NAME:Leilani Cabral]], Vietnamese interpreter [[NAME:Trần Thu Hà]] (in person), NP [[NAME:Rowena Aquino]], SLP [[NAME:Kit Marasigan]].
Staff had been addressing pt as "Mr. [[NAME:Duc]]"; [[NAME:Tony]] explained family name is [[NAME:Nguyễn]], given name [[NAME:Đức]] - care plan and door card corrected.
[[NAME:Marasigan]]: FEES [[DATE:10/29]] - silent aspiration with thin liquids; recommends mildly thick liquids, minced & moist diet.
Mrs. [[NAME:Ho Thi Ngoc Lan]] (per interp) worries he is "hungry all the time"; NP explained pocketing and slow eating from {{eponym:Parkinson}}'s, {{drug:carbidopa-levodopa}} {{dose:25/100}} timed 30 min before meals.
[[NAME:Tony]] asked about Buddhist practice at end of life - chaplain to contact pagoda; family wants monk chanting if he declines.
Agreed: no PEG, comfort feeding, hospital transfer for treatable causes only. POLST reviewed, signed by [[NAME:Lan]] (as surrogate) with interpreter [[NAME:Ha]].
-- [[NAME:R. Aquino]], NP
""", summary="""
Family conference with an interpreter for [[NAME:Nguyễn Văn Đức]], {{age:84}}, with advanced {{eponym:Parkinson}} disease and silent aspiration: the family chose comfort feeding without a PEG. His name order was corrected in the chart at son [[NAME:Tony]]'s request.
"""),

    dict(style="hospice_chaplain", note="""
SPIRITUAL CARE NOTE - inpatient hospice unit
Pt [[NAME:Refugio Zamarripa Lozano]] ("Don [[NAME:Cuco]]"), {{age:89}}, CHF NYHA IV, {{score:PPS 20%}}, actively dying.
Wife [[NAME:Esperanza]] and 5 of 7 children present; grandson [[NAME:Jordan]] (Marine, drove overnight from Camp Lejeune).
Family prayed the rosary in Spanish; [[NAME:Esperanza]] placed a medal of the Virgin in his hand. Recorded mariachi playing softly at family request.
Daughter [[NAME:Lupita]] asked chaplain to call Fr. [[NAME:Bernal]] (St. Joseph's); left msg 1910. [[NAME:Bernal]] called back 1935, will come tonight for final blessing.
Son [[NAME:Chuy]] angry at cardiology ("they said the LVAD was an option"); listened, sustained presence, did not correct.
[[NAME:Jordan]] asked to speak privately; said he missed his grandfather's last good days. Reassured hearing may persist; encouraged him to talk to him.
[[NAME:Esperanza]] says "ya está listo" - he is ready. Spiritual distress low for pt, high for [[NAME:Chuy]].
Plan: chaplain on call tonight; bereavement follow-up, flag [[NAME:Chuy]] for complicated grief screen.
-- Ch. [[NAME:Summer Ybarra-Cole]], MDiv
""", summary="""
Chaplain [[NAME:Summer Ybarra-Cole]] supported the family of [[NAME:Refugio Zamarripa Lozano]], {{age:89}}, actively dying of heart failure, and arranged a blessing by Fr. [[NAME:Bernal]]. Son [[NAME:Chuy]] was flagged for complicated grief.
"""),

    dict(style="nursing_home_note", note="""
Nursing Note - Long-term care, Magnolia Unit
Res: [[NAME:MEDINA, SAVANNAH J]]   DOB [[DATE:12/25/1932]]   MR# [[MRN:882-0147]]
[[NAME:Savannah]] c/o burning w/ urination x 2 days, frequency, new incontinence. {{vital:T 98.9}}, {{vital:HR 96}}, {{vital:BP 134/72}}. Mild suprapubic tenderness. Mentation at baseline ({{score:BIMS 12/15}}) per CNA [[NAME:Madison]].
UA dip: LE 2+, nitrite +, blood trace. Meets {{eponym:McGeer}} criteria for UTI. Called Dr. [[NAME:O'Connell]] - [[NAME:O'Connell]] ordered UA w/ C&S, start {{drug:Keflex}} {{dose:500 mg}} po bid x 5 d after culture collected, fluids 1.5 L/day.
Daughter [[NAME:Georgia]] (lives in [[ADDRESS:Chowchilla]]) notified 1510, cell [[PHONE:559-555-0192]]; [[NAME:Georgia]] requests a call with culture results. Grandson [[NAME:Austin]] visiting Sat from [[ADDRESS:Madera]], will bring cranberry juice (OK'd).
PT ([[NAME:J. Dvořáková]]) aware, will hold gait training today; [[NAME:Dvorakova]] to resume tomorrow.
-- [[NAME:Lincoln Aquino]], LVN
""", summary="""
[[NAME:Savannah Medina]] has dysuria and a positive UA meeting {{eponym:McGeer}} criteria; Dr. [[NAME:O'Connell]] ordered a culture and {{drug:Keflex}}. Her daughter [[NAME:Georgia]] was notified.
"""),

    dict(style="assisted_living_note", note="""
ASSISTED LIVING - Move-In Assessment   [[DATE:3rd of March 2025]]
Name: [[NAME:Teodoro]] "[[NAME:Teddy]]" [[NAME:Bettencourt]]    DOB: [[DATE:9 Sept 1931]] (AGE [[AGE:93]])
Prior address: [[ADDRESS:4471 Caldwell Rd, Gustine, CA 95322]] (lived alone 6 yrs since wife [[NAME:Aurora]] died)
Emergency contacts: 1) son [[NAME:Ray Bettencourt]], [[PHONE:209-555-0170]] (cell), [[EMAIL:ray.bettencourt@sbcglobal.net]]  2) daughter [[NAME:Natalie Silveira]], [[PHONE:209-555-0144]]  3) neighbor [[NAME:Will Brown]]
PCP: Dr. [[NAME:Rose Quintal]] (Westside Family Health). Pharmacy: CVS.
Hx: HTN, CKD 3b ({{lab:Cr 1.6}}, {{lab:eGFR 39}}), gout, BPH, mild NCD ({{score:SLUMS 21/30}}). Hearing aids. Falls: 1 in past 6 mo.
ADLs: independent feeding/grooming; standby assist shower; meds require staff administration.
Meds: {{drug:amlodipine}} {{dose:10 mg}} daily, {{drug:allopurinol}} {{dose:100 mg}} daily, {{drug:tamsulosin}} {{dose:0.4 mg}} qhs, {{drug:colchicine}} {{dose:0.6 mg}} prn flare.
Diet: regular; Portuguese food preferences (sopas, linguiça) - kitchen will accommodate.
[[NAME:Teddy]] states he "will try it for a month." [[NAME:Ray]] will bring his brown recliner Sat.
-- [[NAME:Carmen Brown]], RN, Wellness Director
""", summary="""
[[NAME:Teddy Bettencourt]], [[AGE:93]], moved in from [[ADDRESS:Gustine]] with CKD 3b, gout and mild cognitive impairment ({{score:SLUMS 21/30}}), needing med administration and shower standby. Son [[NAME:Ray Bettencourt]] is first emergency contact.
"""),

    dict(style="hospice_social_work", note="""
HOSPICE SW / HIM - Subpoena received
RE: Estate of [[NAME:ALVES, JOSEPH M]] "[[NAME:JOE]]" (deceased [[DATE:4/2/2025]])     Hospice ID [[MRN:0031-6604]]
Caption: [[NAME:Alves, Teresa M.]] v. [[NAME:Alves, Michael J.]], [[ADDRESS:Sonoma]] County Superior Court, Case No. [[MRN:SCV-271455]] (will contest).
Subpoena duces tecum for "all hospice records incl. SW, chaplain, and capacity assessments, [[DATE:1/1/2025]] - [[DATE:4/2/2025]]," served [[DATE:7/29]] on HIM by process server [[NAME:B. Young]] (badge [[MRN:4417]]).
Per hospice counsel (Atty. [[NAME:Lina Castro-Pires]]), records custodian [[NAME:Dale Soares]] to produce certified copies; no testimony unless a deposition notice follows.
SW documentation review: my notes of [[DATE:2/14]] and [[DATE:3/3]] record pt statements about his will ("[[NAME:Mike]] gets the house, [[NAME:Tess]] gets the boat") and that pt was oriented x3, {{score:SLUMS 24/30}} on [[DATE:2/14]]. Chaplain notes by Ch. [[NAME:Will Sandoval]] also responsive.
Family contact: none - per counsel, do not discuss with either party. [[NAME:Teresa]] called SW [[DATE:8/1]]; referred to counsel. [[NAME:Castro-Pires]] cc'd.
-- [[NAME:Brenda Hidalgo]], LCSW
""", summary="""
Hospice received a subpoena for the records of the late [[NAME:Joseph Alves]] in a will contest between [[NAME:Teresa Alves]] and [[NAME:Michael Alves]]. SW [[NAME:Brenda Hidalgo]] identified her notes and Ch. [[NAME:Will Sandoval]]'s as responsive; custodian [[NAME:Dale Soares]] will produce copies.
"""),

    dict(style="hospice_social_work", note="""
HOSPICE RN - Death Visit (SW cc for bereavement)
Pt: [[NAME:CO, RAMON YU]]    Hospice ID [[MRN:0031-8826]]
Called by son [[NAME:Ed Co]] at 0212; pt died at home approx 0150, wife [[NAME:Lilia]] present. Arrived 0305. No respirations, no apical pulse x 1 min, pupils fixed. Pronounced 0311 (RN pronouncement per protocol); Dr. [[NAME:Abad]] notified 0320, [[NAME:Abad]] will sign death certificate.
Body care with [[NAME:Lilia]] and daughter [[NAME:Jo]]; rosary placed per family.
Comfort kit destroyed with [[NAME:Ed]] as witness: {{drug:morphine}} {{dose:20 mg/mL}} 12 mL, {{drug:lorazepam}} {{dose:2 mg/mL}} 8 mL, {{drug:haloperidol}} {{dose:2 mg/mL}} 10 mL - wasted in drug deactivation pouch.
Funeral home called 0330; [[NAME:Ty]] from the funeral home arrived 0440.
Notified: MD; ME not required (expected death); DME pickup (hospital bed, O2 concentrator); pharmacy.
Bereavement: [[NAME:Lilia]] high risk (married 62 yrs, lives alone now). [[NAME:Jo]] staying with her this week. Referral to bereavement coordinator.
-- [[NAME:Al Tuazon]], RN
""", summary="""
RN [[NAME:Al Tuazon]] pronounced [[NAME:Ramon Yu Co]] dead at home at 0311 with his wife [[NAME:Lilia]] present and notified Dr. [[NAME:Abad]]. The comfort kit was destroyed with son [[NAME:Ed]] as witness and [[NAME:Lilia]] was referred for high-risk bereavement.
"""),

    dict(style="family_conference", note="""
Family Care Conference - Memory Care, Rose Garden Assisted Living
Resident: [[NAME:Anthony]] "[[NAME:Tony]]" [[NAME:Medeiros]], {{age:86}}, mixed dementia ({{score:FAST 6b}})
Present: wife [[NAME:Rose Medeiros]]; son [[NAME:Anthony Jr.]] ("[[NAME:A.J.]]"); daughter [[NAME:Christina Medeiros-Baker]]; ED [[NAME:Maria Cross]]; wellness RN [[NAME:Jo-Ann Pimentel]]; Dr. [[NAME:Green]] (by video).
1) [[NAME:Tony]] exit-seeking at dusk, 2 elopement attempts last wk; WanderGuard in place, door alarm checked.
2) Finances: [[NAME:A.J.]] holds financial POA (2018). [[NAME:Rose]] filed a petition alleging misuse: "[[NAME:Medeiros, Rose]] v. [[NAME:Medeiros, Anthony Jr.]], Probate & Family Court, Docket No. [[MRN:BR25P0612EA]]." Facility is neutral; staff will not share financial info.
3) [[NAME:Rose]] wants [[NAME:Tony]] moved to a SNF near their home in [[ADDRESS:Somerset]]; [[NAME:A.J.]] opposes.
[[NAME:Green]]: no skilled need; recommends staying, trial {{drug:trazodone}} {{dose:25 mg}} hs for sundowning, stop {{drug:diphenhydramine}} ({{eponym:Beers}} list).
[[NAME:Christina]] mediated; family will revisit after the [[DATE:9/30]] court date. [[NAME:Green]] to re-eval in 4 wks.
[[NAME:Tony]] joined 10 min, pleasant, called [[NAME:Christina]] "[[NAME:Connie]]" (his late sister's name).
-- [[NAME:Maria Cross]], Executive Director
""", summary="""
Care conference for [[NAME:Tony Medeiros]], {{age:86}}, with dusk exit-seeking and a family court dispute over his financial POA between his wife [[NAME:Rose]] and son [[NAME:A.J.]]. Dr. [[NAME:Green]] started {{drug:trazodone}}, stopped {{drug:diphenhydramine}} and advised he stay.
"""),

    dict(style="nursing_home_note", note="""
WOUND ROUNDS - Skilled unit, weekly (WOC RN)
1. Sacrum: stage 3 PI, 3.2 x 2.1 x 0.4 cm (prev 3.8 x 2.5 x 0.6), 80% granulation, 20% slough, mod serous drainage, no odor. {{score:PUSH 11}} (prev 13). Tx: Santyl to slough, calcium alginate, foam border q day. Continue low-air-loss mattress.
2. R heel: unstageable, stable dry eschar 2.0 x 1.8 cm - leave intact, skin prep BID, heel offloading boots. ABI 0.62 R -> vascular consult requested.
3. L lower leg venous ulcer: 4.0 x 3.0 cm, {{eponym:Unna}} boot weekly, edema 2+ improved.
Nutrition: {{lab:albumin 2.9}}, {{lab:prealbumin 12}}; Juven BID, multivitamin. {{score:Braden 12}}.
Pain with dressing change {{score:3/10}}; premedicate {{drug:acetaminophen}} {{dose:650 mg}} 30 min prior.
No signs of infection. Re-measure next week.
""", summary="""
Weekly wound rounds: sacral stage 3 pressure injury improving ({{score:PUSH 11}}), stable right heel eschar with vascular consult for ABI 0.62, and a venous leg ulcer in an {{eponym:Unna}} boot.
"""),

    dict(style="hospice_chaplain", note="""
Chaplain - brief visit, nursing home (hospice pt)
[[NAME:BELL, WINIFRED]] "[[NAME:Winnie]]" - end-stage COPD, {{score:PPS 30%}}, on {{vital:2 L}} O2. Old {{eponym:Bell}} palsy (L facial droop) makes speech slurred; used letter board.
[[NAME:Winnie]] spelled "AFRAID OF CHOKING". Explored; fear is of dying breathless like her sister [[NAME:Ruth]]. Shared with RN [[NAME:Faith Lindqvist]] - [[NAME:Faith]] will review {{drug:morphine}} {{dose:2.5 mg}} prn plan and fan at bedside with her.
Pt is Methodist; asked for Psalm 23 and "Blessed Assurance." Prayed together. Visibly calmer, {{vital:RR 22}} -> {{vital:18}}.
Her nephew [[NAME:Hunter Grace]] ([[PHONE:(541) 555-0117]]) is the only family; [[NAME:Hunter]] asked to be called before any decline - will call. Grace was said before lunch as she requested.
-- Ch. [[NAME:Bo Kim]]
""", summary="""
Chaplain [[NAME:Bo Kim]] visited [[NAME:Winnie Bell]], who has end-stage COPD and an old {{eponym:Bell}} palsy and fears choking. Her fear was shared with RN [[NAME:Faith Lindqvist]] for symptom planning, and nephew [[NAME:Hunter Grace]] will be called before decline.
"""),
]
