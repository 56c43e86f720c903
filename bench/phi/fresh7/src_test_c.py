"""Hand-written held-out notes, part c: pharmacy and medication reconciliation, case management and insurance
calls, EMS and inter-facility transfer hand-offs. Every person, number, date, phone, e-mail and street is invented."""

NOTES = [
    dict(style="pharmacy_med_rec", note="""
PHARMACY ADMISSION MEDICATION HISTORY
Patient: [[NAME:HOFFMANN, JÜRGEN K]]   MRN: [[MRN:40718823]]   DOB: [[DATE:02/11/1948]]
Obtained by: [[NAME:Tanisha Brooks]], CPhT   Date: [[DATE:11/18/2025]] 14:20
Sources: patient (hard of hearing, fair historian), wife [[NAME:Anneliese]] at bedside, fill history from
Rosemont Pharmacy ([[PHONE:(314) 555-0187]]), PCP med list dated [[DATE:9/30/25]].

Home medications (verified):
1. {{drug:metoprolol succinate}} {{dose:50 mg}} PO daily - last dose AM of [[DATE:11/17]]
2. {{drug:Eliquis}} {{dose:5 mg}} PO BID - pt admits missing evening dose "a few times a week"
3. {{drug:Lasix}} {{dose:40 mg}} PO daily; wife states he takes an extra {{dose:20 mg}} when ankles swell
4. {{drug:carbidopa-levodopa}} {{dose:25-100 mg}} 1 tab TID for {{eponym:Parkinson disease}} (6a / 12p / 6p)
5. {{drug:atorvastatin}} {{dose:40 mg}} QHS
6. {{drug:tamsulosin}} {{dose:0.4 mg}} QHS - pt calls it "the {{drug:Flomax}}"
Discrepancy: PCP list still shows {{drug:warfarin}} {{dose:5 mg}} (stopped 2023 per wife, switched to {{drug:Eliquis}}).
No {{drug:warfarin}} fills in past 12 months.
Allergies: sulfa (rash), codeine (nausea).
Admitting team notified via secure chat to Dr. [[NAME:Petersen]] 14:55. [[NAME:Jürgen]]'s carbidopa times entered as
scheduled, not "TID", to avoid delays.
""", summary="""
Pharmacy technician [[NAME:Tanisha Brooks]] completed the admission medication history for [[NAME:Jürgen Hoffmann]] on [[DATE:11/18/2025]] with his wife's help. The main discrepancy is an outdated {{drug:warfarin}} entry; he actually takes {{drug:Eliquis}} {{dose:5 mg}} BID with missed doses.
"""),

    dict(style="pharmacy_med_rec", note="""
Clinical Pharmacist Discharge Reconciliation
Pt: [[NAME:Maarten van der Berg]], {{age:76}}M, acct [[MRN:7720014563]], admit [[DATE:10-Nov-2025]], anticipated d/c [[DATE:14-Nov-2025]]
Dx: CAP, AKI on CKD 3a ({{lab:Cr peak 2.4}} -> {{lab:Cr 1.6}} today, {{lab:eGFR 41}})

CHANGES vs. home list
- STOP {{drug:lisinopril}} {{dose:20 mg}} daily (AKI; PCP to reassess)
- STOP OTC {{drug:ibuprofen}} -- pt was taking "2-3 {{drug:Advil}}" for knees most days; counseled
- NEW {{drug:amoxicillin-clavulanate}} {{dose:875-125 mg}} BID x 3 more days (last dose [[DATE:11/17]] PM)
- CHANGE {{drug:metformin}} {{dose:1000 mg}} BID -> {{dose:500 mg}} BID while eGFR < 45
- CHANGE {{drug:Januvia}} {{dose:100 mg}} -> {{dose:50 mg}} daily for renal function
- CONTINUE {{drug:amlodipine}} {{dose:10 mg}}, {{drug:Tylenol}} {{dose:650 mg}} q6h PRN (max {{dose:3 g}}/day)

Counseling done with pt and daughter [[NAME:Sanne de Vries]] (she fills his pillbox on Sundays). Teach-back adequate.
Mr. [[NAME:van der Berg]] asked to keep the old {{drug:lisinopril}} bottle "just in case" -- advised to bring it to the
pharmacy take-back bin instead.
Follow-up: BMP in 1 week; order faxed to Dr. [[NAME:Joost Visser]]'s office, fax [[PHONE:616-555-0142]].

-- [[NAME:Femke Jansen]], PharmD, BCPS   pager [[PHONE:4471]]
""", summary="""
Pharmacist [[NAME:Femke Jansen]] reconciled discharge meds for [[NAME:Maarten van der Berg]], {{age:76}}, stopping {{drug:lisinopril}} and {{drug:ibuprofen}} and renally reducing {{drug:metformin}} and {{drug:Januvia}} after AKI. Daughter [[NAME:Sanne de Vries]] was counseled; a BMP order went to Dr. [[NAME:Visser]].
"""),

    dict(style="pharmacy_phone", note="""
Pharmacy Telephone Encounter -- outside fill history

Called Kroger Pharmacy #412 ([[PHONE:513-555-0119]]) re: [[NAME:Ayşe Demir]] (DOB [[DATE:1962-07-04]]); spoke with
pharmacist [[NAME:Greg]].
Fills reported:
  {{drug:Lyrica}} {{dose:75 mg}} caps #60 -- last filled [[DATE:10/02/2025]], prescriber Dr. [[NAME:E. Şahin]]
  {{drug:Norco}} {{dose:5-325 mg}} #20 -- filled [[DATE:Oct 21]], ED provider, no refills
  {{drug:sertraline}} {{dose:100 mg}} -- filled monthly, on time
PDMP reviewed: no other controlled rx in past 6 months.
Son [[NAME:Emre]] (at bedside) says she ran out of {{drug:Lyrica}} about a week ago. Likely contributing to
insomnia/anxiety/restlessness. Recommend resume {{drug:pregabalin}} {{dose:75 mg}} BID.
Discussed with hospitalist Dr [[NAME:Öztürk]], who agrees; order entered.

-[[NAME:zkaya2]] ([[NAME:Zeynep Kaya]], PharmD) 11:42
""", summary="""
Pharmacist [[NAME:Zeynep Kaya]] obtained outside fill history for [[NAME:Ayşe Demir]] and found she had run out of {{drug:Lyrica}} about a week earlier. Resuming {{drug:pregabalin}} {{dose:75 mg}} BID was recommended and accepted by Dr. [[NAME:Öztürk]].
"""),

    dict(style="anticoagulation_clinic", note="""
ANTICOAGULATION CLINIC - PHONE INR FOLLOW-UP
[[DATE:Thursday, November 20, 2025]]
Pt: [[NAME:Siobhán O'Sullivan]]     MRN [[MRN:00-93-4471]]
Indication: mechanical mitral valve (On-X), goal INR 2.5-3.5
Today's home monitor: {{lab:INR 2.1}}   (prev {{lab:INR 2.9}} on [[DATE:11/6]])
Weekly dose: {{dose:52.5 mg}}/wk ({{drug:Coumadin}} {{dose:7.5 mg}} daily)

Pt reports eating more salads and spinach -- her sister [[NAME:Niamh]] has been cooking for her since her hip
surgery. No missed doses. No bleeding, bruising, dark stools. No new meds, no antibiotics.
Plan: {{dose:10 mg}} tonight, then resume {{dose:7.5 mg}} daily. Recheck [[DATE:Mon 11/24]].
Bridging with {{drug:enoxaparin}} not indicated at this level per Dr. [[NAME:McCarthy]].
Encouraged consistent vitamin K intake rather than avoiding greens. [[NAME:Siobhán]] verbalized understanding.
Call-back # confirmed [[PHONE:617-555-0163]].
[[NAME:C. Byrne]], PharmD, CACP
""", summary="""
On [[DATE:November 20, 2025]], [[NAME:Siobhán O'Sullivan]] had a subtherapeutic {{lab:INR 2.1}} for a mechanical mitral valve, likely from more leafy greens. She was told to take a {{dose:10 mg}} boost dose of {{drug:Coumadin}} and recheck on [[DATE:11/24]].
"""),

    dict(style="pharmacy_consult", note="""
Pharmacy Note - IV to PO Conversion / Renal Dosing Review
Reviewed per P&T protocol.

- {{drug:Levaquin}} {{dose:750 mg}} IV q48h -> {{drug:levofloxacin}} {{dose:750 mg}} PO q48h: tolerating diet, {{vital:Tmax 37.4}},
  {{lab:WBC 9.8}} (down from {{lab:WBC 15.2}})
- Est {{lab:CrCl 38 mL/min}} ({{eponym:Cockcroft-Gault}}, actual body weight) -> current dosing appropriate
- {{drug:Keppra}} {{dose:500 mg}} BID: no change
- {{drug:Xarelto}} on hold per General Surgery pre-procedure; bridging not indicated
- {{eponym:Foley}} in place since admission, no ongoing indication -> suggest removal per CAUTI bundle
- Hx {{eponym:Parkinson disease}}: avoid {{drug:Haldol}} and {{drug:metoclopramide}}; if delirium recurs, suggest
  {{drug:quetiapine}} {{dose:12.5 mg}} QHS PRN
- {{lab:QTc 468 ms}} on AM ECG; caution with additional QT-prolonging agents ({{drug:ondansetron}} PRN x2 today)
- {{lab:K 3.3}}, {{lab:Mg 1.6}}: replete per electrolyte protocol

Will follow while inpatient.
""", summary="""
Pharmacy converted {{drug:Levaquin}} from IV to PO, confirmed renal dosing, and flagged {{lab:QTc 468 ms}} with low {{lab:K 3.3}} and {{lab:Mg 1.6}}. It also recommended {{eponym:Foley}} removal and avoiding {{drug:Haldol}} given {{eponym:Parkinson disease}}.
"""),

    dict(style="pharmacy_night_note", note="""
pharm note 0215 -- called by rn re pt [[NAME:rami haddad]] rm 612, pt refusing {{drug:lovenox}} again, says "shots make me
bruise like a peach". d/w dr [[NAME:khoury]] (covering) re alt, offered {{drug:heparin}} {{dose:5000 units}} sq q8h, pt refused
that too. per dr [[NAME:khoury]] pt is ambulating in halls q2h, will use scd's + encourage walking, rn to document
refusal + education. also clarified {{drug:tylenol}} order: {{dose:1 g}} q6h prn -> max {{dose:3 g}}/day given {{lab:ast 88}} {{lab:alt 102}}
(were {{lab:ast 41}}/{{lab:alt 55}} on admit). [[NAME:nadia abi nader]] rn aware and will reinforce w/ pt in am.
-[[NAME:m.saab]] pharmd
""", summary="""
Overnight, [[NAME:Rami Haddad]] refused {{drug:lovenox}} and {{drug:heparin}}, so after discussion with Dr. [[NAME:Khoury]] he is on SCDs and encouraged to walk. Pharmacist [[NAME:M. Saab]] also capped {{drug:Tylenol}} at {{dose:3 g}}/day because of rising {{lab:AST 88}} and {{lab:ALT 102}}.
"""),

    dict(style="pharmacy_intervention_log", note="""
PHARMACY INTERVENTIONS -- 4 WEST -- [[DATE:2025-11-19]]

Time | Patient (MRN)                               | Intervention                                                          | Outcome        | RPh
0740 | [[NAME:Karras, Athanasia]] ([[MRN:5521907]])  | {{drug:vancomycin}} {{lab:trough 24.1}} -> hold, re-dose by level              | accepted       | [[NAME:gpapas]]
0915 | [[NAME:Bitsui, Autumn]] ([[MRN:5530142]])     | duplicate {{drug:famotidine}} + {{drug:pantoprazole}} -> d/c {{drug:famotidine}}         | accepted       | [[NAME:gpapas]]
1105 | [[NAME:Lindqvist, Bjørn]] ([[MRN:5498833]])   | {{drug:Bactrim}} DS with {{lab:K 5.6}} -> change to {{drug:doxycycline}} {{dose:100 mg}} BID    | accepted       | [[NAME:aeriksen]]
1330 | [[NAME:Grant, Hope]] ([[MRN:5533710]])        | {{drug:Ambien}} {{dose:10 mg}} in {{age:84}} yo F ({{eponym:Beers}}) -> {{drug:melatonin}} {{dose:3 mg}}       | declined by MD | [[NAME:aeriksen]]
1610 | [[NAME:Mizrahi, Avi]] ([[MRN:5527764]])       | SSI only, {{lab:A1c 10.2}} -> add basal {{drug:Lantus}} {{dose:10 units}} QHS           | pending        | [[NAME:gpapas]]

Total: 5 (accepted 3, declined 1, pending 1). Grant-funded stewardship tracking sheet updated.
""", summary="""
The 4 West pharmacy log for [[DATE:2025-11-19]] lists five interventions, including holding {{drug:vancomycin}} for [[NAME:Athanasia Karras]] and switching [[NAME:Bjørn Lindqvist]] off {{drug:Bactrim}} because of {{lab:K 5.6}}. A recommendation to replace {{drug:Ambien}} for [[NAME:Hope Grant]] was declined.
"""),

    dict(style="case_management_assessment", note="""
CASE MANAGEMENT INITIAL ASSESSMENT
Patient: [[NAME:Wilson Yazzie]]     Age: {{age:68}}     MRN [[MRN:2200873415]]
Admit: [[DATE:11/16/2025]]     Payer: IHS / NM Medicaid, ID [[MRN:9004417820]]

Living situation: lives with wife [[NAME:Darlene Yazzie]], a grandson, and pt's own mother ([[AGE:96]], bedbound)
about 22 miles west of [[ADDRESS:Chinle]]; last 6 miles dirt road, impassable after snow or heavy rain. No running water,
hauls water weekly. Mailing: [[ADDRESS:PO Box 1187, Many Farms, AZ 86538]].
Language: Navajo primary; wife bilingual and prefers to interpret; staff interpreter Mr. [[NAME:Harrison Benally]] (x[[PHONE:3390]])
also available.
Baseline: independent ADLs, drives own truck, herds sheep. Now: new L BKA ([[DATE:11/17]]), wheelchair level.
Barriers: no ramp, home not wheelchair accessible; insulin refrigeration unreliable (generator only).
Plan:
- Chapter House ramp request; CHR [[NAME:Shaina Nez]] [[PHONE:928-555-0174]]
- discuss acute rehab in [[ADDRESS:Gallup]] vs home w/ home health -- pt strongly prefers home
- PT/OT; wound care teaching with wife
- insulin cooler / battery fridge through diabetes program
Will follow. -- [[NAME:Roberta Manygoats]], RN CM
""", summary="""
Case manager [[NAME:Roberta Manygoats]] assessed [[NAME:Wilson Yazzie]], {{age:68}}, after a new below-knee amputation; he lives on a remote dirt road near [[ADDRESS:Chinle]] with no running water or ramp. Plans include a ramp request through CHR [[NAME:Shaina Nez]] and weighing rehab in [[ADDRESS:Gallup]] against going home.
"""),

    dict(style="case_management_progress", note="""
CM/SW Progress Note   [[DATE:11/20/25]]
Pt [[NAME:Eleni Kostopoulou]], [[AGE:91]] y/o F, R hip fx s/p IMN, POD 3. PT recommends SNF (min A transfers, ambulated 15 ft
w/ RW).
Met with pt and son [[NAME:Stavros Kostopoulos]] (HCP) at bedside; daughter [[NAME:Athena]] joined by phone from [[ADDRESS:Tarpon Springs]].
Family preference list:
  1. Heritage Oaks Rehab -- referral sent 10:40, pending
  2. St. Demetrios Nursing & Rehab -- ACCEPTED, bed available [[DATE:Fri 11/21]]
  3. Brookside Manor -- declined by son (no Greek-speaking staff)
Medicare A: 3-midnight qualifying inpatient stay met (inpt since [[DATE:11/17]]).
Son asks that she be close to church on [[ADDRESS:Pinellas Ave]]; St. Demetrios is 5 min away.
Transport: wheelchair van, pickup 11:00 Fri; son to meet her there.
Contacts: son cell [[PHONE:727-555-0138]]; daughter [[PHONE:813-555-0126]].
Pending: COVID swab per facility, PASRR level I.
-- [[NAME:K. Dahl]], LCSW
""", summary="""
[[NAME:Eleni Kostopoulou]], [[AGE:91]], recovering from a hip fracture repair, was accepted to St. Demetrios Nursing & Rehab for [[DATE:11/21]], her family's second choice. Son [[NAME:Stavros Kostopoulos]] is the health care proxy, and social worker [[NAME:K. Dahl]] arranged wheelchair van transport.
"""),

    dict(style="insurance_call", note="""
Insurance Call Log -- UM / prior auth

[[DATE:11/19/2025]] 09:12 -- outbound to BlueCross BlueShield UM, [[PHONE:1-800-555-0199]] opt 3
Re: [[NAME:Farhad Rahimi]], DOB [[DATE:5/22/1971]], member ID [[MRN:XZP884210573]], group [[MRN:00719-44]]
Request: acute inpatient rehab (IRF) after R MCA stroke; {{score:NIHSS 9}} on admit, {{score:NIHSS 4}} today.
[[NAME:Farhad]] walked 150 ft with PT + hemi-walker this AM, needs max cues for L neglect.
Spoke with rep [[NAME:Crystal]] (would not give last name), ref # [[MRN:UM-2025-1118-04417]].
Clinicals faxed 09:30 to [[PHONE:888-555-0132]] (14 pp: H&P, neuro note, PT/OT evals).
Rep states standard decision within 72 hrs; requested expedited -- IRF bed offer expires Friday.
Wife [[NAME:Shirin]] updated by phone.

14:40 -- callback from [[NAME:Crystal]]: APPROVED x 7 days, auth # [[MRN:A77310492]], concurrent review due [[DATE:11/26]].
IRF admissions ([[NAME:Dana]]) notified; transfer set for tomorrow AM.
Callback line for payer: [[PHONE:617-555-0109]] x[[PHONE:2214]]
-- [[NAME:P. Moghadam]], RN CM
""", summary="""
Case manager [[NAME:P. Moghadam]] requested expedited authorization for [[NAME:Farhad Rahimi]]'s inpatient rehab after a right MCA stroke ({{score:NIHSS 4}}). The insurer approved 7 days the same afternoon, with review due [[DATE:11/26]].
"""),

    dict(style="peer_to_peer", note="""
Peer-to-Peer Review Documentation
Date/time: [[DATE:11-21-2025]] 16:05
Patient: [[NAME:Yael Ben-David]]     CSN [[MRN:118803347]]
Payer: Aetna Medicare Advantage; physician reviewer Dr. [[NAME:Richard Hsu]] (IM)
Denial reason: "does not meet inpatient criteria; observation appropriate."

Summary given to reviewer: {{age:78}} F with ileocolonic {{eponym:Crohn disease}} on {{drug:Humira}}, admitted with flare --
{{lab:CRP 148}}, {{lab:Hgb 7.9}} (baseline 10.6), transfused 2 u PRBC, IV {{drug:methylprednisolone}} {{dose:40 mg}} daily, NPO on IV
fluids, requiring IV {{drug:Dilaudid}} for pain {{score:8/10}}. CT: terminal ileitis, no abscess/perforation. GI (Dr. [[NAME:Gal Amir]])
considering {{drug:infliximab}} rescue if no response by day 3.
Reviewer asked re: {{vital:HR 112}} and orthostasis -- confirmed, {{vital:BP 94/58}} standing on [[DATE:11/20]].

Outcome: denial OVERTURNED, inpatient approved from [[DATE:11/19]]. Ref [[MRN:P2P-448710]].
Pt's son [[NAME:Eitan]] informed at bedside.
[[NAME:Tamar Levy]], MD (attending)
""", summary="""
Dr. [[NAME:Tamar Levy]] won a peer-to-peer appeal for [[NAME:Yael Ben-David]], {{age:78}}, whose severe {{eponym:Crohn disease}} flare ({{lab:Hgb 7.9}}, transfusion, IV steroids) had been denied inpatient status. Inpatient status was approved back to [[DATE:11/19]].
"""),

    dict(style="home_health_referral_email", note="""
From: [[NAME:Marie-Ève Tremblay]], RN CM <[[EMAIL:metremblay@lakeshoremed.org]]>
To: Intake <[[EMAIL:intake@riverbendhomecare.com]]>
Sent: [[DATE:Thursday, November 20, 2025]] 3:47 PM
Subject: Referral - [[NAME:GAGNON, JEAN-FRANCOIS]] - SOC requested [[DATE:11/22]]

Hi [[NAME:Luc]],
New referral for Mr. [[NAME:Gagnon]], {{age:81}}, going home tomorrow after CHF exacerbation (diuresed 6 kg).
Needs SN for daily weights + med teaching (new {{drug:Entresto}} {{dose:24-26 mg}} BID, {{drug:torsemide}} {{dose:20 mg}} daily),
PT for strength/balance. SOC no later than the [[DATE:24th]] please.
Address: [[ADDRESS:48 rue Champlain, Biddeford, ME 04005]] (upstairs unit, 14 steps, rail on one side).
Wife [[NAME:Sylvie Bouchard-Gagnon]] [[PHONE:207-555-0151]]; pt prefers French, she speaks both.
PCP Dr. [[NAME:Réjean Côté]] will sign orders; his office fax [[PHONE:207-555-0190]].
F2F done [[DATE:11/20]] by Dr. [[NAME:Pelletier]]. Medicare A/B, MBI [[MRN:5TR2-WQ8-JN41]].
Thanks!
[[NAME:Marie-Ève]]
""", summary="""
Case manager [[NAME:Marie-Ève Tremblay]] referred [[NAME:Jean-François Gagnon]], {{age:81}}, to home health after a CHF admission, asking for nursing and PT by the [[DATE:24th]]. The referral gives his [[ADDRESS:Biddeford]] address, his wife's phone, and PCP Dr. [[NAME:Côté]]'s fax.
"""),

    dict(style="case_management_progress", note="""
Case Management Progress Note

Continued stay review completed (InterQual): meets acute level of care -- IV antibiotics for vertebral osteomyelitis,
Infectious Disease following.
Discharge plan remains HOME with home infusion.
- PICC placed today, tip at cavoatrial junction per CXR.
- Home infusion pharmacy accepted; first dose of {{drug:cefazolin}} {{dose:2 g}} IV q8h to be given here before discharge.
- Weekly CBC w/ diff, BMP, ESR, CRP to be drawn by home health RN, results routed to ID clinic.
- Patient and spouse taught line care; teach-back completed x2.
- {{eponym:Foley}} removed this AM, voiding without difficulty; PVR 60 mL.
- Important Message from Medicare delivered and signed.
Barriers: infusion copay pending benefits verification; Medicare Part B vs Part D coverage clarified with vendor.
Anticipated discharge 1-2 days. CM will follow.
""", summary="""
The patient with vertebral osteomyelitis still meets acute criteria and is planned for discharge home on IV {{drug:cefazolin}} {{dose:2 g}} q8h through home infusion. The PICC is placed, line-care teaching is done, and only the copay check is pending.
"""),

    dict(style="observation_status_notice", note="""
CM note -- Observation status / MOON
Pt: [[NAME:Ahmed Abdel-Rahman]]    FIN [[MRN:30098812276]]    DOB [[DATE:1947-03-09]]
Status remains OBSERVATION per physician advisor review (Dr. [[NAME:Mona El-Sayed]]) [[DATE:11/18]]: chest pain r/o,
{{lab:hs-troponin <6}} x2, nuclear stress test negative.
MOON delivered and explained to pt and daughter [[NAME:Yasmin Fahmy]] at 13:15. Pt prefers Arabic; video interpreter
[[NAME:Hossam]] (ID [[MRN:44821]]).
Pt asked why he cannot "go to the rehab like my neighbor" -- explained obs hours do not count toward the 3-midnight
SNF qualifying stay.
Daughter concerned: he lives alone on [[ADDRESS:Bay Ridge Pkwy]] in [[ADDRESS:Brooklyn]], 3rd floor walk-up, 2 falls this year.
Arranged outpatient PT eval + home safety eval; Meals on Wheels info given.
Medicare MBI [[MRN:7AM3-KX9-TR26]] verified in eligibility.
Signed MOON scanned to media tab.
--[[NAME:Mariam Tawadros]], BSN, CM
""", summary="""
[[NAME:Ahmed Abdel-Rahman]] remains in observation after a negative chest pain workup, and the MOON notice was explained to him and his daughter [[NAME:Yasmin Fahmy]] through an Arabic interpreter. Because he lives alone in a walk-up in [[ADDRESS:Brooklyn]], PT and a home safety evaluation were arranged.
"""),

    dict(style="social_work_note", note="""
SOCIAL WORK NOTE -- capacity / surrogate decision maker

[[NAME:Sigrid Haugen]] is a [[AGE:94]]-year-old widow admitted [[DATE:11/15]] with UTI-associated delirium, now improving
({{score:MoCA 14/30}} on [[DATE:11/19]], was unable to complete on admission). No spouse or children.
Nephew [[NAME:Torbjørn Eriksen]] lives in [[ADDRESS:Bergen]], Norway, listed as emergency contact ([[PHONE:+47 912 34 567]]).
Neighbor and friend of 40 yrs, [[NAME:Karin Solberg]], has been handling mail and bills informally; holds no POA.
Psychiatry (Dr. [[NAME:Nyström]]) determined on [[DATE:Nov 19]] that pt lacks capacity for complex discharge decisions.
[[NAME:Sigrid]] is tearful today, repeatedly asking for her cat.
Spoke with nephew by phone (9-hr time difference); he is willing to act as surrogate but cannot travel until January.
Plan:
 - petition for temporary guardianship via county APS; APS worker [[NAME:Dawn Whitfield]] [[PHONE:(218) 555-0177]]
 - [[NAME:Karin]] will bring clothes and hearing aids tomorrow and check on the cat
 - continue to explore memory care vs assisted living in [[ADDRESS:Duluth]]
[[NAME:Lars Østergaard]], MSW, LICSW
""", summary="""
Social worker [[NAME:Lars Østergaard]] is seeking temporary guardianship through APS for [[NAME:Sigrid Haugen]], [[AGE:94]], who was found on [[DATE:Nov 19]] to lack decision-making capacity. Her only relative, nephew [[NAME:Torbjørn Eriksen]], lives in Norway; neighbor [[NAME:Karin Solberg]] is helping informally.
"""),

    dict(style="ems_handoff", note="""
EMS HANDOFF (MIST) -- received Trauma Bay 2, 23:48

M: {{age:24}}yo M, unrestrained driver, single vehicle vs utility pole ~40 mph, extrication 20 min
I: obvious deformity R mid-thigh, abrasions L chest wall, no seatbelt sign; +LOC per bystanders
S: {{score:GCS 13}} (E3V4M6) on scene -> {{score:GCS 14}} en route; {{vital:HR 118}}, {{vital:BP 98/60}}, {{vital:RR 22}},
   {{vital:SpO2 95%}} NRB; {{lab:BGL 142}}
T: c-collar, traction splint R leg, 18g x2 (bilat AC), {{dose:1 L}} NS, {{drug:fentanyl}} {{dose:100 mcg}} IV total

Pt initially unidentified (registered as "Trauma Tango"). Wallet found by medic: [[NAME:Ciarán Keane]], DOB [[DATE:4/9/2001]],
[[ADDRESS:16 Dorchester Ave, South Boston, MA 02127]]. Pt says he goes by "[[NAME:Kier]]".
Girlfriend [[NAME:Aoife]] called his phone; told to come to ED.
Medic [[NAME:D. O'Neill]] / EMT [[NAME:Rashad Lyons]], Medic 14.
Report taken by [[NAME:Patrick Donnelly]], RN; Dr. [[NAME:Mac Giolla]] (trauma) at bedside for report.
""", summary="""
EMS brought [[NAME:Ciarán Keane]], {{age:24}}, after a pole crash with a suspected right femur fracture, {{score:GCS 14}}, and soft blood pressure ({{vital:BP 98/60}}). He was identified from his wallet, and his girlfriend [[NAME:Aoife]] was told to come in.
"""),

    dict(style="ems_epcr_narrative", note="""
Incident date [[DATE:11/21/2025]]   Run # [[MRN:25-11-04473]]
NARRATIVE: Navajo Nation EMS Medic 7 dispatched 06:12 to residence approx 4 mi south of [[ADDRESS:Lukachukai]] for a
{{age:59}} y/o F w/ difficulty breathing. On scene 06:51 (extended response, road conditions). Pt [[NAME:Lorraine Begay]] found sitting
tripod on edge of bed, speaking 2-3 word sentences. Husband [[NAME:Delbert Begay]] states hx COPD on home O2 2 L, portable tank
ran out overnight. Initial: {{vital:RR 32}}, {{vital:SpO2 78%}} RA, {{vital:HR 124}}, {{vital:BP 168/94}}, {{vital:EtCO2 58}}. Diffuse
expiratory wheezes, accessory muscle use, no JVD, no edema. Tx: {{drug:DuoNeb}} x3, {{drug:Solu-Medrol}} {{dose:125 mg}} IV,
{{drug:magnesium sulfate}} {{dose:2 g}} IV over 15 min, CPAP 7.5 cmH2O -> {{vital:SpO2 91%}}, {{vital:RR 24}}, now speaking full
sentences. Transported emergent; report called ahead 07:20. Daughter [[NAME:Shaina Tsosie]] following by private vehicle.
IHS chart # [[MRN:CH-0048812]] per pt's card.
[[NAME:M. Yellowhorse]], Paramedic / [[NAME:T. Chee]], EMT-B
""", summary="""
On [[DATE:11/21/2025]], paramedics treated [[NAME:Lorraine Begay]], {{age:59}}, for a COPD exacerbation after her home oxygen ran out, starting at {{vital:SpO2 78%}}. She improved with {{drug:DuoNeb}}, {{drug:Solu-Medrol}}, magnesium, and CPAP.
"""),

    dict(style="ems_verbal_handoff", note="""
ems to ed verbal, transcribed by tech: this is [[NAME:mehmet yilmaz]], {{age:sixty-three}}, from home on [[ADDRESS:kirkwood road]], wife called
for chest pain started around oh nine hundred, diaphoretic, twelve lead showed st elevation two three avf, cath lab
activated from the field at oh nine forty, gave {{drug:aspirin}} {{dose:three twenty four}} chewed, {{drug:nitro}} {{dose:point four}} times one,
pressure dropped to {{vital:eighty-eight over fifty}} so no more nitro, {{drug:fentanyl}} {{dose:fifty micrograms}}, one line eighteen left ac,
sugar {{lab:one oh six}}, no allergies, meds {{drug:metformin}} and something for cholesterol, wife [[NAME:burcu]] following behind,
her number [[PHONE:nine one nine five five five zero one four four]]. received by [[NAME:r. tan]] rn, dr [[NAME:aksoy]] at bedside.
""", summary="""
EMS brought in [[NAME:Mehmet Yilmaz]], {{age:63}}, with an inferior STEMI, and the cath lab was activated from the field. He received {{drug:aspirin}} and one {{drug:nitro}}, which was stopped when his pressure fell to {{vital:88/50}}.
"""),

    dict(style="transfer_center_call", note="""
TRANSFER CENTER -- Inter-facility Transfer Request
Request #: [[MRN:TC-251121-0093]]        Received: [[DATE:11/21/25]] 02:14
Referring: Mercy Regional ED, Dr. [[NAME:Georges Chamoun]], callback [[PHONE:(419) 555-0128]]
Patient: [[NAME:Tarek Frangieh]], {{age:52}} M, DOB [[DATE:08/30/1973]], referring MRN [[MRN:MR88213]]
Reason: aneurysmal SAH, {{score:Hunt-Hess 3}}, {{score:Fisher 4}} on CT; needs neurosurgery / neuro IR (not available at referring)
Status at call: {{vital:BP 176/98}} on {{drug:nicardipine}} {{dose:7.5 mg/h}}, {{vital:HR 64}}, {{score:GCS 13}}; EVD not placed;
  {{drug:levetiracetam}} {{dose:1 g}} given; no anticoagulants (not on {{drug:Eliquis}} or {{drug:warfarin}} per referring).
Accepting: Dr. [[NAME:Nour Haddad]], Neurosurgery (paged [[PHONE:3-7719]], accepted 02:31) -> Neuro ICU bed 14
Transport: critical care ground, ETA 03:45
Family: wife [[NAME:Rania]] en route by car, cell [[PHONE:419-555-0187]]
Images pushed 02:40 -- received.
Call recorded. Transfer RN: [[NAME:J. Kowalczyk]]
""", summary="""
The transfer center accepted [[NAME:Tarek Frangieh]], {{age:52}}, with aneurysmal SAH ({{score:Hunt-Hess 3}}) from Mercy Regional to Neuro ICU under Dr. [[NAME:Nour Haddad]] at 02:31. He is on {{drug:nicardipine}} and arriving by critical care ground transport.
"""),

    dict(style="transfer_sbar", note="""
RN-to-RN report (SBAR) -- transfer to University CVICU

S: [[NAME:Pieter Bakker]] ("[[NAME:Piet]]"), {{age:67}}M, NSTEMI complicated by cardiogenic shock; transferring for
   Impella / CABG evaluation.
B: 3V CAD on cath today; EF 25%. Hx DM2, HTN, CKD 3. Allergic to {{drug:penicillin}} (hives).
A: {{drug:norepinephrine}} {{dose:8 mcg/min}}, {{drug:dobutamine}} {{dose:2.5 mcg/kg/min}}, {{drug:heparin}} gtt {{dose:1,100 units/h}}
   ({{lab:anti-Xa 0.42}} at 0800). {{vital:MAP 66}}, {{vital:HR 102}} ST, {{vital:SpO2 96%}} 4 L NC.
   {{eponym:Swan-Ganz}} R IJ: {{vital:CI 1.9}}, {{vital:PCWP 24}}. {{lab:Lactate 3.1}} -> {{lab:Lactate 2.4}}. {{lab:Trop 4,820}}.
   {{eponym:Foley}}: 30-40 mL/h. A&O x3, anxious.
R: continue drips at current rates for transport; repeat lactate on arrival; wife [[NAME:Wilhelmina]] ("[[NAME:Mien]]")
   driving separately, cell [[PHONE:(231) 555-0162]].
Report given by [[NAME:Geert Visser]], RN to [[NAME:Lindsay]], RN (receiving), [[DATE:Nov 21 2025]] 1015.
""", summary="""
Nurse [[NAME:Geert Visser]] gave SBAR report for [[NAME:Pieter Bakker]], {{age:67}}, who is in cardiogenic shock after NSTEMI and transferring for Impella/CABG evaluation. He is on {{drug:norepinephrine}}, {{drug:dobutamine}} and {{drug:heparin}}, with lactate improving to {{lab:2.4}}.
"""),

    dict(style="critical_care_transport", note="""
CCT / AIR MEDICAL PATIENT CARE REPORT            [[DATE:21NOV2025]]      Flight # [[MRN:LF25-3318]]
From: county hospital ICU (sending RN [[NAME:Katerina Alexiou]]) -> regional burn center
Pt: [[NAME:PAPADOPOULOS, DIMITRIOS]]   {{age:45}} M   wt 82 kg

House fire; flame burns ~34% TBSA (rule of 9s: chest/abd, bilat arms, face), inhalation injury suspected (carbonaceous
sputum, singed nares). Intubated at sending 7.5 ETT 23 @ lip. Vent AC {{vital:TV 500}} / {{vital:RR 18}} / PEEP 8 / FiO2 60%.
{{lab:COHb 14%}}, {{lab:lactate 4.2}}.
{{eponym:Parkland}} 4 mL x 82 kg x 34% = 11.2 L / 24 h; LR at {{dose:700 mL/h}} (adjusted for time since injury 0140).
Sedation {{drug:propofol}} {{dose:30 mcg/kg/min}}, {{drug:fentanyl}} {{dose:100 mcg/h}}; {{score:RASS -2}}.
{{eponym:Foley}}: UOP 40 mL last hr (goal 0.5 mL/kg/h).
Long flight due to headwinds (58 min); no events.
Brother [[NAME:Yiannis Papadopoulos]] notified of destination by sending RN.
Crew: [[NAME:B. Holiday]], RN, CFRN / [[NAME:S. Long]], FP-C
""", summary="""
The flight crew transported [[NAME:Dimitrios Papadopoulos]], {{age:45}}, intubated with about 34% TBSA flame burns and suspected inhalation injury, to the burn center on [[DATE:21NOV2025]]. Fluids followed the {{eponym:Parkland}} formula, and the flight was uneventful.
"""),

    dict(style="ems_stroke_handoff", note="""
EMS -> ED Stroke Alert Handoff

Pt is a woman in her {{age:70s}}, LKW 07:20 per husband on scene (husband following in own car).
{{eponym:Cincinnati Prehospital Stroke Scale}} positive: R facial droop, R arm drift, expressive aphasia. {{score:LAMS 4}}.
{{score:GCS 14}} (V4). {{eponym:Babinski}} upgoing R per medic.
{{vital:BP 188/102}}, {{vital:HR 88}} irregularly irregular, {{vital:SpO2 97%}} RA, {{lab:BGL 131}}.
Meds per pill bottles: {{drug:Eliquis}} {{dose:5 mg}} BID (last dose unknown), {{drug:Lasix}} {{dose:20 mg}}, {{drug:Synthroid}} {{dose:75 mcg}}.
18g L AC. No meds given prehospital.
CT notified, met at door 08:04. Neuro at bedside.
""", summary="""
EMS handed off a woman in her {{age:70s}} with acute right-sided weakness and aphasia ({{score:LAMS 4}}), last known well at 07:20. She takes {{drug:Eliquis}} with the last dose unknown, and her blood pressure was {{vital:BP 188/102}}.
"""),

    dict(style="interfacility_transfer_summary", note="""
INTERFACILITY TRANSFER SUMMARY
PATIENT: [[NAME:KARIMI, DARIUSH]]          MRN: [[MRN:6630019]]          DOB: [[DATE:12/03/1958]]
TRANSFERRING PHYSICIAN: [[NAME:ARASH JAFARI]], MD          RECEIVING PHYSICIAN: [[NAME:OREN KATZ]], MD
DATE OF TRANSFER: [[DATE:11/22/2025]]
REASON: MSSA endocarditis with severe MR -- CT surgery evaluation

Mr. [[NAME:Karimi]] is a {{age:67}}-year-old man with ESRD on HD (MWF, L AVF) admitted [[DATE:11/16]] with MSSA bacteremia.
TEE [[DATE:11/20]]: 1.2 cm mitral vegetation, severe MR, no abscess. {{eponym:Janeway lesions}} on soles; {{eponym:Osler nodes}} absent.
Blood cultures cleared [[DATE:11/19]]. On {{drug:cefazolin}} {{dose:2 g}} IV after each HD. Last HD [[DATE:Fri 11/21]].
{{lab:Hgb 8.4}}, {{lab:K 4.9}}, {{lab:WBC 11.2}}. {{vital:BP 132/70}}, {{vital:HR 90}}, afebrile x 48 h.
Code status: FULL. HCP: wife [[NAME:Nasrin Ahmadi]], [[PHONE:+1 (408) 555-0179]].
Outpatient nephrologist Dr. [[NAME:Noa Friedman]] aware of transfer.
""", summary="""
[[NAME:Dariush Karimi]], {{age:67}}, on hemodialysis with MSSA endocarditis and severe mitral regurgitation, was transferred on [[DATE:11/22/2025]] from Dr. [[NAME:Jafari]] to Dr. [[NAME:Katz]] for cardiac surgery evaluation. He remains on {{drug:cefazolin}} after dialysis.
"""),

    dict(style="patient_portal_refill", note="""
Patient portal message thread -- Refill Clinic

From patient [[NAME:Brittany Johnson]] ([[DATE:11/19]] 8:02 PM):
"hi its [[NAME:Britt]]. pharmacy says my {{drug:sertraline}} needs a new script?? also can u add the {{drug:Allegra}} to my list so
insurance pays. I'm almost out, like 2 pills left. my mom [[NAME:Rose]] can pick up if its ready tmrw. thx"

Reply ([[DATE:11/20]] 9:15 AM) -- [[NAME:Kevin Miller]], PharmD:
Hi [[NAME:Brittany]], your {{drug:sertraline}} {{dose:100 mg}} refill was sent to Walgreens on [[ADDRESS:Euclid Ave]] this morning (90 days).
{{drug:Allegra}} ({{drug:fexofenadine}}) is over the counter and your plan does not cover it, but the store brand is about $12.
Please keep your appointment with Dr. [[NAME:Dawson]] on [[DATE:12/9]] -- you're due for a PHQ-9.
Your mom can pick up with your DOB.
You can also reach us at [[EMAIL:refillclinic@eastsidefamilymed.org]] or [[PHONE:216-555-0148]].

From patient ([[DATE:11/20]] 9:40 AM): "ok thank u!! [[NAME:rose]] says shes going at lunch" -- sent from [[EMAIL:britt.j1994@gmail.com]]
""", summary="""
[[NAME:Brittany Johnson]] asked through the portal for a {{drug:sertraline}} refill and coverage for {{drug:Allegra}}. Pharmacist [[NAME:Kevin Miller]] sent a 90-day {{drug:sertraline}} refill and explained that {{drug:Allegra}} is over the counter, and her mother [[NAME:Rose]] will pick it up.
"""),

    dict(style="dme_insurance_call", note="""
CM Note -- DME / payer call   [[DATE:2025-11-21]]

Called Medicaid MCO member services [[PHONE:1-888-555-0155]] re: hospital bed + {{eponym:Hoyer}} lift for pt
[[NAME:Marvin Etsitty-Joe]] (member ID [[MRN:1009938476]]). Rep [[NAME:Summer]] (agent ID [[MRN:5527]]).
- semi-electric hospital bed: covered, no PA needed with F2F + order
- {{eponym:Hoyer}} lift: requires PA -- form faxed to [[PHONE:505-555-0181]], ref # [[MRN:PA-77310-B]]
- pressure-relieving mattress (group 1) covered
Pt bedbound since summer (stage 3 sacral wound, brown drainage improving), wife unable to transfer him alone.
DME vendor: Four Corners Medical Supply, delivery to [[ADDRESS:#14 Yellow Canyon Rd, Tohatchi, NM 87325]]; vendor needs 48 h.
Son-in-law [[NAME:Kyle Brown]] will be home for delivery, [[PHONE:505-555-0127]].
[[NAME:Marvin]] agreeable; wife [[NAME:Lucy Etsitty-Joe]] relieved.
-- [[NAME:Grant Whitehorse]], RN CM
""", summary="""
Case manager [[NAME:Grant Whitehorse]] confirmed Medicaid coverage of a hospital bed for [[NAME:Marvin Etsitty-Joe]] and submitted prior authorization for a {{eponym:Hoyer}} lift. Delivery is arranged to his home in [[ADDRESS:Tohatchi]], where son-in-law [[NAME:Kyle Brown]] will receive it.
"""),

    dict(style="outside_pharmacy_callback", note="""
Rx clarification -- callback to outpatient pharmacy  [[DATE:11.21.2025]]
CVS #2217 pharmacist [[NAME:Jessica]] called x[[PHONE:5503]] re discharge rx for [[NAME:Declan O'Brien]]:
{{drug:oxycodone}} {{dose:5 mg}} written "1-2 tab q4h prn, #60" -- exceeds state 7-day limit for acute pain.
Spoke w/ discharging PA [[NAME:Nils Andersen]]: changed to {{dose:5 mg}} q6h prn #20, 0 RF. Verbal -> new e-rx sent 15:10.
Also {{drug:Keflex}} {{dose:500 mg}} QID -- pharmacy had PCN allergy on file; pt tolerated {{drug:cefazolin}} inpatient
([[DATE:11/18]]-[[DATE:11/20]]) without reaction, ok to dispense.
Pt's wife [[NAME:Orla]] waiting at counter; pharmacist will call her at [[PHONE:(847) 555-0102]] when ready.
-- [[NAME:ahansen]] ([[NAME:A. Hansen]], RPh)
""", summary="""
A CVS pharmacist asked about [[NAME:Declan O'Brien]]'s discharge {{drug:oxycodone}} prescription, and PA [[NAME:Nils Andersen]] reduced it to {{dose:5 mg}} q6h, #20. {{drug:Keflex}} was cleared despite the penicillin allergy because he tolerated {{drug:cefazolin}} inpatient.
"""),
]
