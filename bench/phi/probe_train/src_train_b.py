# Hand-written synthetic notes for the name-probe training set (part b):
# telephone encounters, after-hours triage calls, pharmacy refill calls, nurse line logs.
# Every person, number, date, phone and street is invented.

NOTES = [
    dict(style="telephone_encounter", note="""
TELEPHONE ENCOUNTER
[[NAME:GALLAGHER, NIAMH B]]   DOB [[DATE:07/22/1971]]   MRN [[MRN:00482917]]
Date: [[DATE:02/03/2025]] 10:42   Call type: Result callback   Taken by: [[NAME:Roisin Kavanagh]], LPN

[[NAME:Niamh]] returning call re: labs from [[DATE:1/29]]. Verified name + DOB.
Per Dr. [[NAME:Dunne]]: {{lab:TSH 8.9}} (up from 5.2), {{lab:free T4 0.8}}. Start {{drug:levothyroxine}} {{dose:50 mcg}} daily, empty stomach, separate from calcium and iron by 4h. Recheck TSH in 6-8 wks.
Also {{lab:A1c 6.1}} - prediabetes range; [[NAME:Dunne]] recommends diet/exercise, no {{drug:metformin}} for now.
Pt asked if this explains the fatigue and hair thinning - told likely contributes, will reassess at f/u. She asked whether her sister [[NAME:Aoife]] being on {{drug:Synthroid}} for years means it runs in the family - told likely yes, and [[NAME:Aoife]] can't get our results without a signed release.
Rx sent to Walgreens #07719 on [[ADDRESS:Main St]], [[ADDRESS:Naperville]]. Lab order placed. Pt verbalized understanding, read back dose.
Routed to [[NAME:C. Dunne]] MD as FYI. -[[NAME:RK]]
""", summary="""
[[NAME:Niamh Gallagher]] was called on [[DATE:02/03/2025]] with an elevated TSH and started on {{drug:levothyroxine}} per Dr. [[NAME:Dunne]], with repeat labs in 6-8 weeks.
"""),

    dict(style="after_hours_triage", note="""
AFTER-HOURS TRIAGE CALL (answering service relay)   [[DATE:Sat 12/7/2024]]  23:18
Caller: [[NAME:Oksana Savchuk]] (mother)   Patient: [[NAME:Matvii Savchuk]]   DOB [[DATE:10/28/2024]]   Callback [[PHONE:(412) 555-0176]]
Protocol: {{eponym:Schmitt-Thompson}} Fever - Infant < 3 months.
Infant {{age:5}} wks, rectal temp {{vital:38.3}} at 2250 per mom, taken twice. Feeding a bit less, 4 wet diapers today. No rash, no trouble breathing. Born term.
Per protocol any fever in infant under 12 wks -> ED now. Mom asked if she could give {{drug:Tylenol}} and wait until morning; explained why not. She has no car; husband [[NAME:Andriy]] on night shift in [[ADDRESS:Monroeville]]. Advised 911/ambulance if no ride; she will call her cousin [[NAME:Lesia]] who lives on [[ADDRESS:Brownsville Rd]].
Called Children's ED charge RN ([[NAME:Bishop]]) with heads up 23:26.
On-call peds Dr. [[NAME:Tariq Haddad]] notified via pager [[PHONE:412-555-0988]], agreed.
Callback 23:55: [[NAME:Oksana]] confirms they are in the car with [[NAME:Lesia]]. -[[NAME:hbrennan]] ([[NAME:Helen Brennan]] RN)
""", summary="""
[[NAME:Oksana Savchuk]] called after hours on [[DATE:12/7/2024]] about fever in her {{age:5}}-week-old [[NAME:Matvii]]; per protocol the infant was sent to the ED, with the on-call pediatrician [[NAME:Haddad]] notified.
"""),

    dict(style="pharmacy_refill", note="""
Pharmacy refill request - faxed from CVS #4412, fax [[PHONE:(614) 555-0148]]
Patient: [[NAME:Ekström, Nils A]]   DOB [[DATE:1948-05-30]]
Medication: {{drug:Eliquis}} {{dose:5 mg}} tab, 1 po BID, #180, last filled [[DATE:11/18/2024]]
Requested by pharmacist [[NAME:J. Ng]]; note on fax: "pt says dose was lowered in hospital?"
Chart review: [[DATE:Dec 10]] discharge summary from St. Olaf's lists {{drug:Eliquis}} {{dose:2.5 mg}} BID (age {{age:76}}, {{lab:Cr 1.6}}, wt 58 kg -> meets 2 of 3 criteria). PCP [[NAME:Haugland]] has not seen pt since.
Called pt at [[PHONE:507-555-0110]]: wife [[NAME:Ingrid]] answered (on HIPAA list), confirms he has been taking the 2.5 mg tabs from the hospital, 6 left.
Refill sent for {{drug:Eliquis}} {{dose:2.5 mg}} BID #60 + 1 RF; old 5 mg Rx cancelled with [[NAME:Ng]] by phone at [[PHONE:614-555-0147]].
Appt made [[DATE:Thu 1/9]] w/ [[NAME:Haugland]] for hospital f/u + BMP.
[[NAME:Karin Lindqvist]], PharmD, CPP
""", summary="""
A refill request for [[NAME:Nils Ekström]]'s {{drug:Eliquis}} {{dose:5 mg}} was corrected to {{dose:2.5 mg}} BID after chart review and a call with his wife [[NAME:Ingrid]]; follow-up with [[NAME:Haugland]] was booked for [[DATE:1/9]].
"""),

    dict(style="nurse_line_log", note="""
nurse line log - [[DATE:wed 3/19]] - [[NAME:jo]] on phones am, [[NAME:ty]] pm

0812 [[NAME:mcconnell, aisling]] - UTI sx 2d, no fever/flank pain. protocol -> same-day visit, booked 1120 w/ [[NAME:Pierce]] NP.
0835 [[NAME:bo lindgren]] - asking if ok to take {{drug:Sudafed}} w/ his BP meds. told avoid, suggested saline spray, {{drug:Flonase}}. BP at home {{vital:152/90}}, advised recheck + bring log to visit.
0910 vm from [[NAME:pettaway]] re: handicap placard form - routed to front desk ([[NAME:mercy]]).
0947 [[NAME:Al Oglesby]] daughter [[NAME:Ebony]] calling, dad fell last night, no head strike, R hip sore but walking. advised UC for xray today. she'll take him to the one on [[ADDRESS:Halsted]].
1030 [[NAME:wrobel z]] - rash after starting {{drug:amoxicillin}} day 3, hives, no lip/tongue swelling, no SOB. stop amox, {{drug:Zyrtec}} {{dose:10 mg}}, [[NAME:Pierce]] switching to {{drug:azithromycin}}. allergy added.
1315 [[NAME:ty]]: [[NAME:ed kovac]] (spelled [[NAME:Kovacs]] in chart? merged by HIM) - needs PA for {{drug:Ozempic}}, sent to PA team.
1402 [[NAME:ty]]: callback to [[NAME:lindgren]], no answer, VM left (name/number only).
""", summary="""
On [[DATE:3/19]] the nurse line handled several calls, including a UTI visit for [[NAME:Aisling McConnell]], a fall in [[NAME:Al Oglesby]] sent for x-ray, and an {{drug:amoxicillin}} rash in [[NAME:Wróbel]] switched to {{drug:azithromycin}} by [[NAME:Pierce]].
"""),

    dict(style="telephone_encounter", note="""
Telephone Encounter - Outreach
Reason: missed colonoscopy prep instructions call-back.
Attempt #2. Called number on file, no answer. Left generic voicemail per HIPAA policy: clinic name, callback number, no clinical detail.
Prep ordered: {{drug:GoLYTELY}} split dose; hold {{drug:Jardiance}} day before and day of procedure; hold {{drug:Ozempic}} x 1 week prior per GI/anesthesia guidance; clear liquids day before.
Procedure is with the GI lab; if no contact after attempt #3, procedure will be rescheduled and ordering provider notified.
Letter queued to mail.
""", summary="""
A second outreach call about colonoscopy prep instructions (split-dose {{drug:GoLYTELY}}, holding {{drug:Jardiance}} and {{drug:Ozempic}}) went unanswered and a generic voicemail was left.
"""),


    dict(style="after_hours_triage", note="""
On-call telephone note   [[DATE:2025-04-13]]  02:05
[[NAME:Sigrid Åberg]] ({{age:64}}F) called herself. Callback [[PHONE:+1 651 555 0193]].
Woke w/ chest tightness + nausea ~01:30, sweaty, pain into L arm, 7/10. Hx DM2, HTN, smoker. Took {{drug:Tums}}, no change.
Disposition: 911 now. Instructed to chew {{drug:aspirin}} {{dose:325 mg}} (no allergy, has Bayer in the cabinet), unlock the door, sit down.
She first said [[NAME:Tor]] would drive her to Regions; strongly advised EMS instead. [[NAME:Tor]] came on the line, agreed, and called 911 from the landline while I stayed on with [[NAME:Sigrid]].
EMS at the door 02:14 per [[NAME:Tor]].
Heads-up called to Regions ED, spoke w/ charge RN [[NAME:Jordan]].
FYI routed to PCP [[NAME:Bjørnstad, Liv]] for AM.
-- [[NAME:Magnus Holm]], MD (on call for Lakeview Internal Medicine)
""", summary="""
[[NAME:Sigrid Åberg]], {{age:64}}, called overnight on [[DATE:2025-04-13]] with possible ACS symptoms and was directed to 911 and told to chew {{drug:aspirin}}; her husband [[NAME:Tor]] called EMS and PCP [[NAME:Bjørnstad]] was notified.
"""),

    dict(style="pharmacy_call", note="""
PRIOR AUTHORIZATION - PHONE CALL WITH PLAN
Pt: [[NAME:Hartley, Gemma L]]   DOB [[DATE:9/14/1983]]   Member ID [[MRN:XQK882014573]]
Drug: {{drug:Ozempic}} {{dose:0.5 mg}} weekly (T2DM, {{lab:A1c 8.4}}, failed {{drug:metformin}} {{dose:2000 mg}} + {{drug:glipizide}}).
Called BCBS pharmacy PA line [[PHONE:1-800-555-0164]] 14:20; rep [[NAME:Shanice]] (ref # [[MRN:PA-2025-0417-88812]]). Case routed to clinical review, decision within 72h.
Rep asked for most recent A1c date - [[DATE:3/28/2025]] - and BMI {{vital:BMI 36.2}}. Faxed notes from Dr. [[NAME:Baker]]'s visit to [[PHONE:(888) 555-0135]].
Called [[NAME:Gemma]] to update; she is out of samples. Dr [[NAME:Baker]] OK'd 1 sample pen from the fridge, pt to pick up tomorrow, lot logged.
If denied, alternate: {{drug:Trulicity}} (formulary tier 2).
[[NAME:Paige Whitfield]], CMA   cc: [[NAME:M. Baker]], MD
""", summary="""
A prior authorization for [[NAME:Gemma Hartley]]'s {{drug:Ozempic}} went to clinical review with reference [[MRN:PA-2025-0417-88812]]; Dr. [[NAME:Baker]] approved a sample pen meanwhile, with {{drug:Trulicity}} as the fallback.
"""),

    dict(style="nurse_line_call", note="""
Post-op Nurse Call - General Surgery
[[NAME:Dąbrowski, Wojciech]]  POD 4 lap chole -> converted open ([[DATE:5/2]], Dr. [[NAME:Szczepanski]])
Pt called [[DATE:05/06/2025]] 09:15 from [[PHONE:773-555-0129]] re: drain output.
{{eponym:Jackson-Pratt}} emptied this AM: 120 mL, color changed from pink to "greenish-brown" overnight. Mild RUQ pain 4/10, T 99.6 at home, no chills. Eating a little, passing gas.
Wife [[NAME:Jadwiga]] on speaker, reading the drain log - 40 / 55 / 120 mL last 3 days.
Concern for bile leak. Discussed w/ PA [[NAME:Kasia Nowicki]] -> pt to come to clinic today 13:00 for exam + labs (LFTs, CBC); HIDA scan if bili up. NPO after 10:00 in case ERCP needed with [[NAME:Hrytsenko]] (GI).
Told to keep {{drug:Norco}} as needed, hold {{drug:Colace}} if loose stools. Go to ED if fever > 101, vomiting, or pain worse.
Pt and [[NAME:Jadwiga]] verbalized plan. Their son [[NAME:Grzegorz]] will drive.
[[NAME:T. Keane]], RN
""", summary="""
[[NAME:Wojciech Dąbrowski]], POD 4 after cholecystectomy, reported bilious {{eponym:Jackson-Pratt}} output on [[DATE:05/06/2025]]; PA [[NAME:Kasia Nowicki]] arranged a same-day clinic visit and labs for a possible bile leak.
"""),

    dict(style="telephone_encounter", note="""
Telephone Encounter
Caller: [[NAME:Erzsébet Kovács-Varga]] (daughter, on DPOA/HIPAA form scanned [[DATE:8/2/2023]])
Pt: [[NAME:VARGA, ISTVÁN]]  {{age:86}}  MRN [[MRN:2230914]]
[[NAME:Erzsébet]] reports dad more confused x 1 wk, up at night, accused his caregiver ([[NAME:Marianne]]) of stealing. No fever she knows of, eating ok, no falls. Started {{drug:oxybutynin}} {{dose:5 mg}} from urology (Dr. [[NAME:Lakatos]]) about 10 days ago.
Reviewed w/ Dr [[NAME:Farkas]]: anticholinergic likely contributing ({{score:ACB score 3}}). Plan: stop {{drug:oxybutynin}}, UA/UCx at lab tomorrow, CBC/BMP. If no better in 1 wk, visit w/ MoCA repeat (last {{score:MoCA 21}}).
Also asked about {{drug:Aricept}} - will discuss at visit. {{drug:Melatonin}} ok.
[[NAME:Erzsébet]] lives in [[ADDRESS:Shaker Heights]], dad on [[ADDRESS:Fairmount Blvd]] w/ [[NAME:Marianne]] days; [[NAME:Erzsebet]] can bring him Tues am.
Callback [[PHONE:216-555-0151]] (cell). -[[NAME:Ildikó]] RN
""", summary="""
[[NAME:István Varga]], {{age:86}}, became more confused after starting {{drug:oxybutynin}}; his daughter [[NAME:Erzsébet]] was told by Dr [[NAME:Farkas]]'s team to stop it and bring him for urine and blood tests.
"""),

    dict(style="after_hours_page_log", note="""
answering svc page log - internal med on call dr. [[NAME:brendan o'hare]] - night of [[DATE:1/24]]
2140 pg from svc: [[NAME:mary-kate flynn]] [[PHONE:508-555-0166]] - "ran out of {{drug:Keppra}}, pharmacy closed". called back 2146. one-time {{dose:500 mg}} x3 days sent to 24h CVS on [[ADDRESS:Boylston St]]. no seizure since summer. told to call [[NAME:Desmond]] (neuro) Mon.
2258 pg: [[NAME:leary, tom]] - BS 412 on meter, thirsty, no vomiting, alert. {{drug:Humalog}} correction {{dose:6 units}} per his scale, recheck 1h, ED if > 400 again or vomiting. wife [[NAME:bernadette]] on line.
0005 callback from [[NAME:bernadette]]: BS 338, he's ok. push fluids, f/u w/ [[NAME:Cullinane]] NP this week.
0312 pg: nursing home (Marian Manor) re: [[NAME:ward, eileen]] [[AGE:97]] - fall, no injury, neuro intact per RN [[NAME:Precious]]. no anticoag. ok to monitor, neuro checks q4h x24h.
0540 pg: wrong number, caller wanted dental on-call - redirected.
all encounters documented + routed to PCPs. -[[NAME:BO'H]]
""", summary="""
Overnight on [[DATE:1/24]] [[NAME:Brendan O'Hare]] handled pages including an emergency {{drug:Keppra}} supply for [[NAME:Mary-Kate Flynn]], hyperglycemia in [[NAME:Tom Leary]], and a non-injurious fall for [[NAME:Eileen Ward]], [[AGE:97]].
"""),

    dict(style="pharmacy_refill", note="""
Controlled substance refill request - phone
[[NAME:Mabry, Tyrone D]]  DOB [[DATE:12/04/1979]]  MRN [[MRN:3390462]]
Request: {{drug:oxycodone}} {{dose:10 mg}} q6h prn, early by 6 days. Pt left VM: "my prescription got wet when the basement flooded, I can send a picture."
PDMP checked 15:10: last fill [[DATE:6/2/2025]] #120 at Kroger pharmacy, also {{drug:alprazolam}} from Dr. [[NAME:Oglesby]] (psych) - not on our med list. Morphine equiv {{dose:60 MME}}/day.
Pain agreement signed [[DATE:1/15/2025]]: no early refills; lost/damaged meds not replaced.
Per [[NAME:Keisha Battle]], NP: will not refill early. Will discuss benzo + opioid with [[NAME:Oglesby]]; prescribe {{drug:naloxone}} {{dose:4 mg}} nasal. UDS at next visit [[DATE:6/24]].
Called pt at [[PHONE:(901) 555-0145]], explained. He was upset, states he will "go to the ED then"; advised ED will not refill either and to call if withdrawal sx. Girlfriend [[NAME:Ebony]] took phone, asked that {{drug:Narcan}} go to Walgreens on [[ADDRESS:Poplar Ave]].
[[NAME:Darnell Fairley]], LPN
""", summary="""
An early {{drug:oxycodone}} refill for [[NAME:Tyrone Mabry]] was declined per his pain agreement by [[NAME:Keisha Battle]] NP after a PDMP check showed {{drug:alprazolam}} from another prescriber; {{drug:naloxone}} was prescribed.
"""),

    dict(style="nurse_line_call", note="""
OB Nurse Line   [[DATE:Tues 10/8/2024]]  16:48
[[NAME:Constantinescu, Ioana]]  G2P1 @ 33w2d  EDD [[DATE:11/24/2024]]
Called re: decreased fetal movement since lunch. Did kick count lying on L side after juice: 4 movements in 1h. Some tightening "like {{eponym:Braxton Hicks}}", irregular, no LOF, no bleeding. No headache/vision changes; home BP {{vital:BP 128/80}}.
Per protocol -> L&D triage now for NST. Pt asked if she could wait for husband [[NAME:Radu]] to get off work; advised come now, her mother-in-law ([[NAME:Doina]]) can drive.
Called L&D charge [[NAME:Faith]] with heads up; notified Dr. [[NAME:Ionescu]] (on call).
F/u 18:20 per L&D: NST reactive, BPP 8/8, DC home w/ kick count teaching. [[NAME:Ioana]] thanked us.
[[NAME:Liv]] RN / [[NAME:LH]]
""", summary="""
[[NAME:Ioana Constantinescu]] at 33 weeks called on [[DATE:10/8/2024]] with decreased fetal movement and was sent to L&D, where the NST was reactive and she went home; Dr. [[NAME:Ionescu]] was notified.
"""),

    dict(style="telephone_encounter", note="""
Telephone encounter with interpreter - medication reconciliation
[[NAME:HORÁK, JAROSLAV]]  {{age:71}}  seen in hospital [[DATE:14.3.2025]]-[[DATE:18.3.2025]] for CHF
Czech interpreter [[NAME:Markéta Vlčková]], ID [[MRN:CZ-20817]], via Language Line.
Pt reading bottles: {{drug:furosemide}} {{dose:40 mg}} BID (new), {{drug:Entresto}} {{dose:24/26 mg}} BID (new), {{drug:metoprolol succinate}} {{dose:50 mg}}, {{drug:Jardiance}} {{dose:10 mg}}; still also taking old {{drug:lisinopril}} {{dose:20 mg}} from his bag of home meds.
!! ACE-I + ARNI - told to STOP {{drug:lisinopril}} today, put bottle aside. Confirmed with pt twice via interpreter. His granddaughter [[NAME:Tereza]] will bring all bottles to the visit.
Weights: 82.1 -> 81.4 kg. Mild ankle swelling. Denies lip/tongue swelling.
BMP {{lab:K 5.2}} from [[DATE:3/18]]; repeat BMP [[DATE:3/21]].
Informed Dr. [[NAME:Novák]]; HF clinic ([[NAME:Jo Whitlock]], NP) visit [[DATE:3/25]].
Callback for granddaughter: [[PHONE:(630) 555-0184]]. -[[NAME:R. Stanek]], RN
""", summary="""
On a post-discharge call through interpreter [[NAME:Markéta Vlčková]], [[NAME:Jaroslav Horák]] was found taking {{drug:lisinopril}} with {{drug:Entresto}} and told to stop the {{drug:lisinopril}}; Dr. [[NAME:Novák]] and HF clinic were informed.
"""),

    dict(style="pharmacy_refill", note="""
Refill Protocol Note (RN, per standing order)
Request: {{drug:atorvastatin}} {{dose:40 mg}} daily, 90-day supply.
Protocol criteria: seen in clinic within 12 months - yes; lipid panel within 12 months - yes ({{lab:LDL 88}}); ALT within 12 months - yes ({{lab:ALT 24}}); no muscle symptoms documented.
Request: {{drug:lisinopril}} {{dose:10 mg}} daily, 90-day supply.
Protocol criteria: BMP within 12 months - yes ({{lab:K 4.4}}, {{lab:Cr 0.9}}); last clinic BP {{vital:BP 128/78}} - at goal.
Request: {{drug:Ambien}} {{dose:10 mg}} - controlled, not covered by protocol; routed to provider.
Both non-controlled refills approved x 90 days + 1 RF. Patient due for annual physical - scheduling message sent.
""", summary="""
Per standing-order protocol, {{drug:atorvastatin}} and {{drug:lisinopril}} refills were approved for 90 days, while the {{drug:Ambien}} request was routed to the provider.
"""),

    dict(style="after_hours_triage", note="""
OOH TRIAGE - PAEDIATRICS   [[DATE:Fri 15 Nov 2024]]  21:52
Child: [[NAME:Ewan Fraser-Munro]]   {{age:3}}y   DOB [[DATE:03/06/2021]]
Caller [[NAME:Kirsty]] (mum), mobile [[PHONE:07700 900 552]]. Address [[ADDRESS:14 Kilbirnie Pl]], [[ADDRESS:Paisley]].
Barky cough since 19:00 after a cold, hoarse voice. Stridor only when crying, none at rest on the call (I listened - none heard). No drooling, drinking ok. Temp {{vital:37.9}}.
{{score:Westley croup score 1}} (mild) by description.
Advice: cool air, keep calm, {{drug:Calpol}} {{dose:5 mL}} for discomfort. Steroid advised - {{drug:dexamethasone}} {{dose:0.15 mg/kg}} single dose; GP out-of-hours base at Royal Alexandra can give tonight, appt 22:40 with Dr [[NAME:McKenzie]].
999 if stridor at rest, sucking in at ribs, blue lips, drooling.
Dad ([[NAME:Hamish]]) will take him; [[NAME:Kirsty]] staying with baby [[NAME:Isla]].
Call handler [[NAME:A. Drummond]]; clinical triage [[NAME:M. Sinclair]] RGN
""", summary="""
[[NAME:Ewan Fraser-Munro]], {{age:3}}, had mild croup on an out-of-hours call with mum [[NAME:Kirsty]] on [[DATE:15 Nov 2024]]; he was booked for a {{drug:dexamethasone}} dose with Dr [[NAME:McKenzie]] that night.
"""),

    dict(style="telephone_encounter", note="""
Anticoagulation Clinic - phone INR management
[[NAME:cross, rosemary j]]    MRN [[MRN:7740315]]    Indication: mech MVR, goal 2.5-3.5
POC INR from home meter [[DATE:Mon 4/7]]: {{lab:INR 1.9}} (low). Last {{lab:INR 2.8}} on [[DATE:3/24]].
Per pt: missed Sat dose at her daughter's wedding in [[ADDRESS:Savannah]], ate "a lot of salad" too. No bleeding, no stroke sx.
Current {{drug:warfarin}} {{dose:5 mg}} daily except {{dose:7.5 mg}} Mon/Fri ({{dose:40 mg}}/wk).
Plan per [[NAME:Jo]] (PharmD) / protocol: boost {{dose:7.5 mg}} tonight, then resume {{dose:40 mg}}/wk. {{drug:Enoxaparin}} bridge not needed per Dr. [[NAME:Young]] given single missed dose - but recheck INR in 3 days, [[DATE:Thurs 4/10]].
Reminded re: consistent vitamin K intake. [[NAME:Rosemary]] wrote it down and read back.
Daughter [[NAME:Savannah]] (bride!) called after to ask about wine with {{drug:Coumadin}} at the family brunch tomorrow - advised limit to 1 drink.
-- [[NAME:Jo Marchetti-Price]], PharmD
""", summary="""
[[NAME:Rosemary Cross]], with a mechanical MVR, had a subtherapeutic {{lab:INR 1.9}} after a missed {{drug:warfarin}} dose; [[NAME:Jo]] gave a one-time boost and scheduled a recheck on [[DATE:4/10]].
"""),

    dict(style="nurse_line_log", note="""
TRIAGE LINE - ROSEDALE FAMILY PRACTICE - DAY SHIFT [[DATE:06/17/2025]]
0801 [[NAME:KOVALENKO, OLEKSANDR]] - {{vital:BP 178/102}} HOME, HA, NO CP/SOB/VISION. TAKES {{drug:AMLODIPINE}} {{dose:10 MG}}. APPT TODAY 1040 W/ NP [[NAME:PRICE]]. [[NAME:CW]]
0803 CORRECTION: APPT W/ DR [[NAME:APRIL PRICE]] (NOT NP [[NAME:PRICE]]). [[NAME:CW]]
0822 [[NAME:NAGY, BENCE]] - WANTS RESULTS OF MRI L KNEE. NOT YET READ. CALL BACK PM. [[NAME:CW]]
0905 [[NAME:MACLEOD, FERGUS]] - SORE THROAT, FEVER 101. {{score:CENTOR 3}}. RAPID STREP VISIT 1130. [[NAME:CW]]
0940 [[NAME:KING, HOPE]] - PHARMACY DIDN'T GET RX FOR {{drug:ZOLOFT}}. RESENT TO RITE AID, [[ADDRESS:FRANKFORD AVE]]. [[NAME:CW]]
1015 PER [[NAME:B. YOUNG]] (MA): PT [[NAME:OH]] IN ROOM 4 ASKING FOR TRIAGE RN RE: DIZZINESS - SEEN. [[NAME:CW]]
1120 [[NAME:LI, MAY]] - 2ND CALL RE: SON'S ASTHMA FORM FOR CAMP, FAXED TO [[PHONE:(215) 555-0108]]. [[NAME:CW]]
1230 OFF FOR LUNCH, [[NAME:GRACE]] COVERING PHONES. [[NAME:CW]]
[[NAME:CW]] = [[NAME:CATHAL WALSH]], RN
""", summary="""
The [[DATE:06/17/2025]] triage log by [[NAME:Cathal Walsh]] covered a hypertensive reading in [[NAME:Oleksandr Kovalenko]] booked with Dr [[NAME:Price]], a sore throat visit for [[NAME:Fergus MacLeod]], and a resent {{drug:Zoloft}} prescription for [[NAME:Hope King]].
"""),

    dict(style="pharmacy_call", note="""
Incoming call from pharmacy - drug interaction
From: [[NAME:Gergely Horváth]], RPh, Giant Eagle Pharmacy #2231, [[PHONE:(330) 555-0191]] x[[PHONE:214]]
Re: [[NAME:Pietrzak, Jadwiga]]  DOB [[DATE:03/30/1952]]
New Rx today from urgent care: {{drug:clarithromycin}} {{dose:500 mg}} BID x7d. Pt also on {{drug:simvastatin}} {{dose:40 mg}} and {{drug:Xarelto}} {{dose:20 mg}} (our Rx). [[NAME:Horváth]] flagged severe interaction (CYP3A4) - rhabdo risk + bleeding risk.
Reviewed with Dr [[NAME:Tóth-Bennett]]: UC note shows sinusitis; ok to switch to {{drug:doxycycline}} {{dose:100 mg}} BID x7d instead. Called UC provider [[NAME:Mason Reilly]], PA, who agreed and cancelled the clarithro.
Told [[NAME:Gergely]] to dispense doxy; pt should take it 2h apart from her calcium. He'll counsel.
Left VM for [[NAME:Jadwiga]] at [[PHONE:330-555-0123]] explaining the change; her grandson [[NAME:Kuba]] called back 15:40 and will pick up.
-- [[NAME:Zsófia Bartók]], RN
""", summary="""
Pharmacist [[NAME:Gergely Horváth]] flagged a {{drug:clarithromycin}} interaction with {{drug:simvastatin}} and {{drug:Xarelto}} for [[NAME:Jadwiga Pietrzak]]; with Dr [[NAME:Tóth-Bennett]] and the urgent care PA it was switched to {{drug:doxycycline}}.
"""),

    dict(style="after_hours_triage", note="""
After-hours call - hospice    [[DATE:Sunday 23rd of March]]  04:10
Caller [[NAME:Declan Ó Ceallaigh]] (son) at [[PHONE:(617) 555-0139]] reporting his mother [[NAME:Bríd Ó Ceallaigh]], [[AGE:92]], stopped breathing ~03:50 at home on [[ADDRESS:Adams St]], [[ADDRESS:Dorchester]]. Expected death; hospice dx end-stage COPD. DNR/POLST in the house.
Advised not to call 911. On-call hospice RN [[NAME:Maeve]] dispatched, ETA 05:00.
05:20 [[NAME:Maeve Cullen]] RN pronounced at 05:05, no pulse/resp/heart sounds x 2 min. Family present: [[NAME:Declan]], daughter [[NAME:Siobhán]], grandson [[NAME:Oisín]].
Meds destroyed w/ witness ([[NAME:Declan]]): {{drug:morphine}} concentrate {{dose:20 mg/mL}} 18 mL, {{drug:lorazepam}} {{dose:0.5 mg}} x 11, {{drug:haloperidol}} soln.
Funeral home (Keohane & Sons) called 05:40, pickup ~07:00.
Attending Dr [[NAME:Whelan]] to be notified at 08:00 for death certificate.
Bereavement referral placed. Chaplain Fr. [[NAME:Liam]] requested by [[NAME:Siobhán]] for later today.
""", summary="""
[[NAME:Bríd Ó Ceallaigh]], [[AGE:92]], died at home under hospice on [[DATE:23rd of March]]; hospice RN [[NAME:Maeve Cullen]] pronounced death and destroyed medications with her son [[NAME:Declan]] as witness.
"""),

    dict(style="telephone_encounter", note="""
Phone note - patient called with questions after visit
Pt: [[NAME:Ashworth, Nigel]]   [[DATE:2025-02-11]]
Pt states: "Dr. [[NAME:Pembrooke]] told me to double the {{drug:Lasix}} if my weight goes up 3 lb but I can't remember if that's the water pill or the potassium one. [[NAME:Margaret]] threw away the paper by mistake."
Clarified: {{drug:furosemide}} ({{drug:Lasix}}) is the water pill, {{dose:20 mg}} daily; if weight up 3 lb in a day or 5 lb in a week, take {{dose:40 mg}} that day and call us. {{drug:Klor-Con}} {{dose:10 mEq}} stays the same.
Today's weight 187.4 lb (dry wt ~184). Mild ankle swelling, sleeping on 2 pillows as usual, no SOB at rest.
He asked if he can still go to his grandson [[NAME:Hunter]]'s hockey game in [[ADDRESS:Worcester]] Saturday - yes, bring water pill schedule, limit salty arena food.
Re-sent AVS to portal; [[NAME:Margaret]] will print. Also mailed copy to [[ADDRESS:22 Coventry Rd]].
Routed to [[NAME:H. Pembrooke]], MD. -[[NAME:gbrown]] ([[NAME:Gwen Brown]], RN)
""", summary="""
[[NAME:Nigel Ashworth]] called on [[DATE:2025-02-11]] confused about Dr. [[NAME:Pembrooke]]'s sliding-scale {{drug:Lasix}} instructions; [[NAME:Gwen Brown]] clarified the plan and resent the after-visit summary.
"""),

    dict(style="nurse_line_call", note="""
Nurse Advice Line - anonymous caller
Caller declined to give name or DOB; not an established patient. General advice only.
Adult caller reports 2 days of vomiting and diarrhea after a family gathering; others ill too. Able to keep down small sips. Urinating less, darker. No blood in stool, no severe abdominal pain, no fever. No chronic illnesses, takes {{drug:lisinopril}} and {{drug:metformin}}.
Advice per Gastroenteritis - Adult protocol: oral rehydration (ORS, broth, {{drug:Pedialyte}}), small frequent sips; may hold {{drug:metformin}} and {{drug:lisinopril}} while not eating/drinking well and restart once eating; {{drug:Imodium}} only if no fever or blood.
Seek care today (urgent care) if unable to keep fluids down for 8 h, dizziness on standing, no urine in 8 h; ED for confusion, fainting, or blood in stool.
Caller verbalized understanding. Public health line info given due to cluster.
""", summary="""
An anonymous adult with likely viral gastroenteritis received home-care advice, including holding {{drug:metformin}} and {{drug:lisinopril}} while unable to eat, and return precautions.
"""),

    dict(style="pharmacy_refill", note="""
Mail-order pharmacy renewal request (e-fax from OptumRx)
Member: [[NAME:SOLHEIM, INGEBORG M]]   DOB [[DATE:11/02/1944]]   Member # [[MRN:9087716632-01]]
Rx [[MRN:4471092-03]] {{drug:Synthroid}} {{dose:88 mcg}} #90 - renewal needed
Rx [[MRN:4471093-01]] {{drug:Fosamax}} {{dose:70 mg}} weekly #12 - renewal needed
Rx [[MRN:4471101-02]] {{drug:Vitamin D3}} - OTC, no renewal needed
Chart: {{drug:Fosamax}} started 2019 -> now > 5 yr; Dr. [[NAME:Lindahl]] wanted drug holiday discussion. Last DEXA 2023 T-score -2.1. {{lab:TSH 2.3}} (8/2024).
Approved {{drug:Synthroid}} x1 yr. {{drug:Fosamax}} - routed to [[NAME:Lindahl]]; msg to pt.
Pt called back ([[PHONE:218-555-0102]]): [[NAME:Ingeborg]] wants to keep taking it, "my sister [[NAME:Ragnhild]] broke her hip at {{age:80}}." Noted for [[NAME:Lindahl]]; appt [[DATE:June 3]] to discuss.
Her son [[NAME:Kjell]] handles the mail-order account; pt ok w/ us talking to him.
[[NAME:Astrid Moe]], CMA
""", summary="""
A mail-order renewal for [[NAME:Ingeborg Solheim]] was approved for {{drug:Synthroid}}, while {{drug:Fosamax}} after more than 5 years was routed to Dr. [[NAME:Lindahl]] for a drug-holiday discussion on [[DATE:June 3]].
"""),

    dict(style="after_hours_triage", note="""
AFTER HOURS - BEHAVIORAL HEALTH CALL   [[DATE:Thu 8/14/2025]]  22:37
[[NAME:Bo Oglesby]] ({{age:29}}M) called the clinic line, transferred by svc. Established w/ Dr [[NAME:Pettaway]] for depression on {{drug:sertraline}} {{dose:100 mg}}.
States he "doesn't see the point anymore" since his partner [[NAME:Dallas]] moved out; has thought about taking all his pills tonight. Has a full bottle of {{drug:trazodone}} and his late father's {{drug:Percocet}}. No firearm in home. Drank 4 beers. Not currently hurt.
C-SSRS screen positive (ideation w/ method, no timing).
Kept pt on line; via 3-way called 988, then mobile crisis team - counselor [[NAME:Marcus]] dispatched to [[ADDRESS:1187 Delmar Blvd]], ETA 30 min. Pt agreed to give pill bottles to neighbor [[NAME:Ed Kowalski]], who came over and took them (pt put him on speaker - confirmed).
23:20 crisis team on scene; pt agreed to voluntary eval at Barnes ED.
Messaged [[NAME:Pettaway]] + BH care manager ([[NAME:Ebony Fairley]], LCSW) for f/u tomorrow.
[[NAME:W. Gaines]], RN  ([[NAME:wgaines]])
""", summary="""
[[NAME:Bo Oglesby]], {{age:29}}, called after hours with suicidal ideation and access to pills; the RN kept him on the line, removed the pills via neighbor [[NAME:Ed Kowalski]], and mobile crisis brought him for voluntary evaluation.
"""),

    dict(style="telephone_encounter", note="""
Phone call from school nurse
Re: [[NAME:Madison Pettaway-King]]  {{age:11}}F  (mom [[NAME:Latoya King]] on FERPA/HIPAA release)
Caller: [[NAME:Jordan Baptiste]], RN, Lincoln Elementary, [[PHONE:(314) 555-0187]] x[[PHONE:112]].
[[NAME:Madison]] c/o wheezing + chest tight after gym; used her {{drug:albuterol}} {{dose:2 puffs}} at 10:05, improved but still coughing. Peak flow 210 (personal best 300). {{vital:SpO2 96%}} on school pulse ox. No fever.
Per asthma action plan (yellow zone): repeat {{drug:albuterol}} {{dose:4 puffs}}; if PF < 150 or trouble talking -> 911.
10:35 callback: PF 265, talking in full sentences. Mom picking her up at noon.
Note: second yellow-zone day this month; at last visit [[NAME:G. Hill]] planned to step up to {{drug:Symbicort}} if this happened. Appt made [[DATE:Friday, 10/10]] w/ [[NAME:Hill]]. Will send updated action plan + inhaler authorization form to [[NAME:Jordan]] via fax [[PHONE:314-555-0188]].
[[NAME:AB]] RN
""", summary="""
School nurse [[NAME:Jordan Baptiste]] called about [[NAME:Madison Pettaway-King]], {{age:11}}, in the yellow zone of her asthma plan; she improved with {{drug:albuterol}} and a visit with [[NAME:Hill]] on [[DATE:10/10]] was booked to consider {{drug:Symbicort}}.
"""),

    dict(style="nurse_line_call", note="""
Postpartum Nurse Line Call   [[DATE:2024-11-05]]   13:12
[[NAME:Shevchuk, Yuliia]]  {{age:31}}F  PPD 9 s/p primary C-section
Calling from [[PHONE:267-555-0134]]. Interpreter declined, husband [[NAME:Taras]] helping with English.
Incision: redness spreading ~2 cm past edges since yesterday, warm, small amount cloudy drainage on the pad. {{vital:T 38.1}} this am. Pain 6/10 despite {{drug:Motrin}} {{dose:600 mg}} q6.
Breastfeeding baby [[NAME:Sofiia]] well. No calf pain, no SOB, no heavy bleeding. BP at home {{vital:BP 124/82}}.
Denies low mood; {{score:EPDS 6}} at 1-wk visit with [[NAME:Oleksiuk]] CNM.
Concern for wound infection -> same-day visit 15:00 with Dr. [[NAME:Hrytsenko]]. Bring pads/photos. If fever > 38.5, rigors, or redness spreading fast -> L&D triage/ED.
[[NAME:Taras]] repeated back the plan; [[NAME:yuliia]] asked if antibiotic ok with breastfeeding - told most are ({{drug:Keflex}} likely), Dr. [[NAME:Hrytsenko]] will confirm.
-[[NAME:Olena Marchuk]], RNC-OB
""", summary="""
[[NAME:Yuliia Shevchuk]], nine days after a C-section, called with fever and spreading incisional redness; she was booked same day with Dr. [[NAME:Hrytsenko]] for a likely wound infection.
"""),

    dict(style="after_hours_triage", note="""
After-Hours Triage Note - adult
Symptom: headache. Protocol: Headache - Adult.
Caller (patient) reports gradual-onset bilateral pressure headache since afternoon, 5/10, similar to prior tension headaches. No thunderclap onset, no fever, stiff neck, weakness, numbness, speech or vision change. Not pregnant. No head injury. No blood thinners.
Took {{drug:Tylenol}} {{dose:1000 mg}} at 17:00 with partial relief. Has not tried {{drug:Advil}}.
Screened for red flags per Ottawa-style SAH questions - negative.
Disposition: home care. {{drug:Advil}} {{dose:400 mg}} with food, hydrate, dark quiet room, limit screens. Avoid daily analgesic use (medication-overuse headache).
Call back or go to ED if worst headache of life, sudden onset, fever with stiff neck, new neuro symptoms, or vomiting.
Routed to PCP in-basket for FYI. Caller agreed with plan.
""", summary="""
An adult with a typical tension-type headache and no red flags received home-care advice ({{drug:Advil}}, hydration) and ED precautions during an after-hours triage call.
"""),

    dict(style="pharmacy_call", note="""
pharmacy call - insulin substitution   [[DATE:10 Jan 2025]]
spoke w/ [[NAME:ty]] at Meijer pharmacy ([[PHONE:616-555-0172]]) re: [[NAME:al brennan]] ([[NAME:BRENNAN, ALOYSIUS P]], DOB [[DATE:6/19/1957]]).
Plan no longer covers {{drug:Lantus}} as of Jan; formulary alt {{drug:Basaglar}} KwikPen, same units. [[NAME:Ty]] asked for new Rx, 1:1 conversion - {{dose:32 units}} qHS.
Per [[NAME:Grace Abernathy]] NP: ok 1:1, new Rx sent. Also needs pen needles 32G 4mm (separate Rx) - sent.
Called [[NAME:Al]] at home, [[PHONE:616-555-0110]]: explained same dose, new pen looks different. He'll check {{lab:BG}} fasting x2 wk and report. Last {{lab:A1c 7.2}}.
[[NAME:Al]]'s wife [[NAME:June]] asked if he can use up his remaining {{drug:Lantus}} pens first - yes, then switch.
[[NAME:Nora Keane]], MA
""", summary="""
[[NAME:Al Brennan]]'s {{drug:Lantus}} was switched 1:1 to {{drug:Basaglar}} after a formulary change flagged by pharmacist [[NAME:Ty]], with NP [[NAME:Grace Abernathy]] approving the new Rx.
"""),

    dict(style="voicemail_transcription", note="""
Voicemail transcription (auto) - Clinic main line - received [[DATE:03/04/2025]] 07:52
"hi this is [[NAME:hope szymanski]] [[NAME:s z y m a n s k i]] calling for doctor [[NAME:novak]] or the nurse [[NAME:bridget]] um my date of birth is [[DATE:april ninth nineteen sixty two]] i had the biopsy on [[DATE:march third twenty twenty five]] and nobody called me with the results and i'm kind of nervous also the bandage came off and it's still oozing a little. my cell is [[PHONE:six one six five five five zero one nine eight]] or you can call my husband [[NAME:ed]] at work [[PHONE:six one six five five five zero one four four]]. thank you bye"
Note: transcription misspelled surname as "[[NAME:Symanski]]" on the index - pt is [[NAME:Szymanski, Hope A]], MRN [[MRN:6019284]].
Triage ([[NAME:Bridget Lynch]], RN): biopsy path (skin, L forearm) - {{eponym:Spitz}} nevus, benign, reviewed by Dr. [[NAME:Novák]]. Called pt 09:10 - results given, wound care: petrolatum + bandage daily, ok if small ooze. Pt relieved.
""", summary="""
[[NAME:Hope Szymanski]] left a voicemail on [[DATE:03/04/2025]] asking for her skin biopsy results; [[NAME:Bridget Lynch]] called back with a benign {{eponym:Spitz}} nevus result and wound-care advice.
"""),
]
