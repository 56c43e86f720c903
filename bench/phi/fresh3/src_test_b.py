"""fresh3 test portion, part b: pipe/tab tables, e-mail threads between staff, interpreter notes,
legal and consent forms, nursing-home transfer forms, chaplain notes.
Every note written by hand; every person, place, number and date is invented. The name pool is
disjoint from the dev portion's (checked by check.py)."""

NOTES = [
    # ------------------------------------------------------------------ tables
    dict(style="table", note="""\
MEDICATION ADMINISTRATION RECORD - [[NAME:Karagiannis, Stamatia]] - [[DATE:2025-02-08]]
| Time  | Medication                 | Dose        | Route | Given by                   | Comment              |
|-------|----------------------------|-------------|-------|----------------------------|----------------------|
| 0600  | {{drug:Levothyroxine}}      | {{dose:88 mcg}}  | PO    | [[NAME:A. Bishop]], RN          |                      |
| 0900  | {{drug:Eliquis}}            | {{dose:5 mg}}    | PO    | [[NAME:Thandeka Mokoena]], RN   |                      |
| 0900  | {{drug:Metoprolol tartrate}} | {{dose:25 mg}}   | PO    | [[NAME:Thandeka Mokoena]], RN   | held, {{vital:HR 54}}      |
| 1200  | {{drug:Insulin lispro}}      | {{dose:4 units}} | SQ    | [[NAME:Thandeka]]               | {{lab:BG 212}}            |
| 1400  | {{drug:Zofran}}             | {{dose:4 mg}}    | IV    | [[NAME:Ignatius Mwangi-Lobo]] | nausea, dtr [[NAME:Chrysanthi]] asked |
| 2100  | {{drug:Eliquis}}            | {{dose:5 mg}}    | PO    | [[NAME:Bishop]]                 |                      |
| 2100  | {{drug:Atorvastatin}}       | {{dose:40 mg}}   | PO    | [[NAME:Bishop]]                 | pt refused, wants to ask Dr. [[NAME:Vasilakis]] |""",
         summary="""MAR for [[NAME:Stamatia Karagiannis]] on [[DATE:2025-02-08]]: {{drug:metoprolol}} held for {{vital:HR 54}}, {{drug:Zofran}} for nausea, evening {{drug:atorvastatin}} refused pending Dr. [[NAME:Vasilakis]]."""),

    dict(style="table", note="""\
UNIT CENSUS 6 WEST\t[[DATE:11/06/24]]\tnight shift
Rm\tPatient\tAge\tAttending\tDx\tCode
601\t[[NAME:Ferencz, Tibor]]\t{{age:77}}\tDr. [[NAME:Ikpeme-Marlow]]\tCHF exac, {{lab:BNP 1880}}\tDNR
602\t[[NAME:Ramdhanie, Savitri]]\t{{age:59}}\tDr. [[NAME:Ikpeme-Marlow]]\tcellulitis\tFull
603\t[[NAME:Cash, Darlene]]\t[[AGE:94]]\tDr. [[NAME:Sigurðsson]]\thip fx POD 2\tDNR/DNI
604\t[[NAME:Ahmadzai, Wahid]]\t{{age:45}}\tDr. [[NAME:Sigurðsson]]\tDKA, {{lab:AG 22}}\tFull
605\tblocked (isolation)\t-\t-\t-\t-
606\t[[NAME:Stone, Bishop]]\t{{age:68}}\tDr. [[NAME:Tchamba]]\tC. diff colitis? r/o; on {{drug:vancomycin}} PO\tFull
Charge RN: [[NAME:Marisa Quaranta]]  ext [[PHONE:7-6602]]""",
         summary="""Night census for 6 West on [[DATE:11/06/24]] listing five patients, including [[AGE:94]]-year-old [[NAME:Darlene Cash]] after hip fracture and [[NAME:Bishop Stone]] on oral {{drug:vancomycin}}."""),

    dict(style="table", note="""\
LAB TREND (ICU day 1-5)
Test        | D1    | D2    | D3    | D4    | D5
------------|-------|-------|-------|-------|------
Na          | {{lab:128}}   | {{lab:131}}   | {{lab:134}}   | {{lab:136}}   | {{lab:137}}
K           | {{lab:5.9}}   | {{lab:5.1}}   | {{lab:4.4}}   | {{lab:4.2}}   | {{lab:4.0}}
Cr          | {{lab:3.8}}   | {{lab:3.2}}   | {{lab:2.5}}   | {{lab:1.9}}   | {{lab:1.5}}
Lactate     | {{lab:6.1}}   | {{lab:3.4}}   | {{lab:1.9}}   | {{lab:1.2}}   | -
WBC         | {{lab:24.3}}  | {{lab:19.8}}  | {{lab:15.2}}  | {{lab:11.0}}  | {{lab:9.7}}
Plt         | {{lab:88}}    | {{lab:71}}    | {{lab:79}}    | {{lab:102}}   | {{lab:131}}
Pressor     | {{drug:norepinephrine}} {{dose:0.22}} | {{dose:0.15}} | {{dose:0.05}} | off | off
SOFA        | {{score:11}}    | {{score:9}}     | {{score:7}}     | {{score:4}}     | {{score:3}}
Abx: {{drug:meropenem}} {{dose:1 g}} q8h D1-5; {{drug:vancomycin}} stopped D3 (MRSA PCR neg).""",
         summary="""Five-day ICU lab table showing septic shock resolving: lactate {{lab:6.1}} to {{lab:1.2}}, {{drug:norepinephrine}} off by day 4, SOFA {{score:11}} to {{score:3}} on {{drug:meropenem}}."""),

    dict(style="table", note="""\
FAMILY / CONTACT LIST (verified with pt [[DATE:9/12/2024]])
| Role            | Name                         | Relationship    | Phone             | Notes                          |
|-----------------|------------------------------|-----------------|-------------------|--------------------------------|
| HCPOA           | [[NAME:Fifita, Losaline]]         | daughter        | [[PHONE:(801) 972-4416]]    | speaks English & Tongan        |
| Alternate       | [[NAME:Sione Fifita Jr.]]         | son             | [[PHONE:801-555-0183]]      | works nights, text first       |
| Contact         | [[NAME:'Ana Taufa]]               | niece           | [[PHONE:+676 7742 190]]     | in [[ADDRESS:Nuku'alofa]]; WhatsApp        |
| Pastor          | Rev. [[NAME:Siaosi Lolohea]]      | church          | [[PHONE:801.266.3091]]      | may visit, pt agrees           |
| DO NOT CONTACT  | [[NAME:Vaea]]                     | ex-son-in-law   | -                 | pt request                     |
Pt: [[NAME:Sione Fifita Sr.]], [[AGE:90]], MRN [[MRN:3318240]]. Dx: ESRD, {{lab:K 6.1}} on admit, {{drug:Lokelma}} {{dose:10 g}} TID.""",
         summary="""Contact list for [[NAME:Sione Fifita Sr.]], [[AGE:90]]: daughter [[NAME:Losaline]] is HCPOA, son [[NAME:Sione Jr.]] alternate; [[NAME:Vaea]] is not to be contacted. Admitted with {{lab:K 6.1}} on {{drug:Lokelma}}."""),

    dict(style="table", note="""\
Clinic schedule - Dr. [[NAME:Nkiruka Obiora-Flanagan]] - Thursday [[DATE:May 15, 2025]]
Time | Patient | DOB | Visit type | Notes
08:00 | [[NAME:Halvorsrud, Jens]] | [[DATE:02/03/1950]] | f/u HTN | {{vital:BP 162/94}} last visit, on {{drug:Norvasc}} {{dose:10 mg}}
08:20 | [[NAME:Bui, Kim Thoa]] | [[DATE:12/12/1988]] | new pt | interpreter Vietnamese booked ([[NAME:Lộc]])
08:40 | [[NAME:Kingfisher, Marla]] | [[DATE:07/19/1971]] | DM f/u | {{lab:A1c 10.2}}; bring meter
09:00 | [[NAME:Patience Adjei]] | [[DATE:03/30/2001]] | postpartum depression f/u | {{score:EPDS 16}}
09:20 | [[NAME:Worthington, Rhys]] | [[DATE:10/01/1932]] | ([[AGE:92]]) med review | daughter [[NAME:Glenys]] to attend
09:40 | (blocked - admin)
10:00 | [[NAME:Ortega Saucedo, Baltazar]] | [[DATE:11/25/1964]] | {{eponym:Dupuytren}} f/u | consider {{drug:Xiaflex}}""",
         summary="""Morning schedule for Dr. [[NAME:Obiora-Flanagan]] on [[DATE:May 15, 2025]] with six patients, including [[AGE:92]]-year-old [[NAME:Rhys Worthington]] and [[NAME:Baltazar Ortega Saucedo]] with {{eponym:Dupuytren}} contracture."""),

    dict(style="table", note="""\
Vital signs flowsheet - [[NAME:Wolf, Tamsyn]] (goes by "[[NAME:Tam]]") - PACU
Time\tBP\tHR\tRR\tSpO2\tPain\tRN
13:05\t{{vital:98/56}}\t{{vital:112}}\t{{vital:22}}\t{{vital:93%}}\t{{score:8}}\t[[NAME:G. Ekwueme]]
13:20\t{{vital:104/60}}\t{{vital:104}}\t{{vital:20}}\t{{vital:95%}}\t{{score:6}}\t[[NAME:G. Ekwueme]]
13:35\t{{vital:110/64}}\t{{vital:96}}\t{{vital:18}}\t{{vital:97%}}\t{{score:4}}\t[[NAME:Gabriel]]
13:50\t{{vital:116/70}}\t{{vital:90}}\t{{vital:16}}\t{{vital:97%}}\t{{score:3}}\t[[NAME:Liesbeth]] (relief)
Meds: {{drug:fentanyl}} {{dose:25 mcg}} IV x2 (13:07, 13:22); {{drug:ondansetron}} {{dose:4 mg}} 13:10. {{score:Aldrete 9}} at 13:50 -> to floor.
Mother [[NAME:Gwenllian Wolf]] updated in waiting area at 13:55.""",
         summary="""PACU vitals for [[NAME:Tamsyn Wolf]]: tachycardia and pain improved after {{drug:fentanyl}}, {{score:Aldrete 9}} at discharge to the floor; mother [[NAME:Gwenllian]] updated."""),

    dict(style="table", note="""\
OR SCHEDULE - ROOM 7 - [[DATE:Mon 06/09/2025]]
| Case | Start | Patient (MRN)                          | Procedure                          | Surgeon                     | Anesthesia            |
| 1    | 07:30 | [[NAME:Baptiste, Wiselande]] ([[MRN:22098417]])     | Lap {{eponym:Nissen}} fundoplication         | Dr. [[NAME:Quentin Rochefort]]   | Dr. [[NAME:Anahit Sargsyan]] |
| 2    | 10:30 | [[NAME:Lindo, Everton]] ([[MRN:22103360]])          | Open R inguinal hernia              | Dr. [[NAME:Quentin Rochefort]]   | Dr. [[NAME:Anahit Sargsyan]] |
| 3    | 12:30 | [[NAME:Gebremedhin, Tsega]] ([[MRN:22110052]])      | Lap appendectomy (add-on)           | Dr. [[NAME:Cormac Fahy]]         | Dr. [[NAME:Hovhannes Petrosyan]] |
| 4    | 14:30 | [[NAME:Kittiwong, Narong]] ([[MRN:22087731]])       | EGD + {{eponym:Zenker}} diverticulotomy      | Dr. [[NAME:Cormac Fahy]]         | Dr. [[NAME:Hovhannes Petrosyan]] |
Notes: Case 1 on {{drug:Eliquis}} - last dose [[DATE:6/6]] per pt; case 3 {{lab:WBC 16.2}}; case 4 pt [[AGE:97]], anesthesia consult done.""",
         summary="""OR room 7 schedule for [[DATE:06/09/2025]]: Dr. [[NAME:Rochefort]]'s {{eponym:Nissen}} and hernia cases and Dr. [[NAME:Fahy]]'s appendectomy and {{eponym:Zenker}} repair for a [[AGE:97]]-year-old."""),

    # ------------------------------------------------------------------ e-mail threads
    dict(style="email_thread", note="""\
From: [[NAME:Ottoline Brisbane]] <[[EMAIL:obrisbane@riverbendhealth.org]]>
Sent: Tuesday, [[DATE:October 8, 2024]] 7:42 AM
To: [[NAME:Desta Gebreyes]]; Bed Management
Subject: RE: transfer - [[NAME:Kowalski-Heath]]

[[NAME:Desta]] - we can take her on 4 South after 11. She'll need tele; {{lab:K 2.9}} this morning, getting {{drug:KCl}} {{dose:40 mEq}} x2. Can you confirm the {{drug:Cardizem}} drip is off?
[[NAME:Otti]]
Charge RN, 4 South, x[[PHONE:3390]]

-----Original Message-----
From: [[NAME:Desta Gebreyes]] <[[EMAIL:dgebreyes@riverbendhealth.org]]>
Sent: Monday, [[DATE:October 7, 2024]] 11:58 PM
Subject: transfer - [[NAME:Kowalski-Heath]]

ICU pt [[NAME:Marguerita Kowalski-Heath]] (MRN [[MRN:00720391]]), {{age:66}}, AF with RVR now rate controlled on {{drug:diltiazem}} {{dose:60 mg}} PO q6h, {{vital:HR 88}}. Ready for step-down tomorrow. Husband [[NAME:Lyle]] has been told.
[[NAME:Desta Gebreyes]], RN | ICU charge | [[PHONE:555-210-4471]]""",
         summary="""E-mail thread between charge nurses [[NAME:Desta Gebreyes]] and [[NAME:Ottoline Brisbane]] arranging step-down transfer of [[NAME:Marguerita Kowalski-Heath]] after AF with RVR; {{lab:K 2.9}} being replaced."""),

    dict(style="email_thread", note="""\
Subject: URGENT - possible specimen mislabel, 5 East, [[DATE:3/21]]

From: Lab Quality <[[EMAIL:labquality@summitmed.org]]>
To: [[NAME:Rutendo Chikwanha]]; [[NAME:Benedetta Russo]]
Cc: [[NAME:Koa Nāone]]

[[NAME:Rutendo]], [[NAME:Benedetta]] -
The 0400 CBC labeled for [[NAME:Emmerich Polster]] (5E-12, MRN [[MRN:5519023]]) resulted {{lab:Hgb 13.8}}; his values have been {{lab:7.1}}-{{lab:7.6}} all week and he got 2 units yesterday. Same draw time on 5E-14 ([[NAME:Florentino Mireles]]) resulted {{lab:Hgb 7.2}} - previous 13-14. We suspect the tubes were swapped. Both results have been corrected-pending; please redraw both and file an event report.
- [[NAME:Koa]]

> Reply from [[NAME:Benedetta Russo]], RN manager: Redraws sent at 0915. Phlebotomist was [[NAME:Jaspreet]] (agency). [[NAME:Polster]]'s nephew [[NAME:Friedhelm]] noticed and asked why the "good news" - we explained.""",
         summary="""Lab quality e-mail about a probable tube swap between [[NAME:Emmerich Polster]] and [[NAME:Florentino Mireles]] (Hgb {{lab:13.8}} vs {{lab:7.2}}); both redrawn and an event report filed."""),

    dict(style="email_thread", note="""\
From: Pharmacy Informatics (shared mailbox)
To: All inpatient nursing units
Subject: FW: Heparin nomogram update effective next Monday

Summary of changes:
- Initial bolus for VTE: {{drug:heparin}} {{dose:80 units/kg}} (max {{dose:10,000 units}}), infusion {{dose:18 units/kg/h}}.
- ACS nomogram: bolus {{dose:60 units/kg}} (max {{dose:4,000 units}}), infusion {{dose:12 units/kg/h}} (max 1,000 units/h).
- Monitoring by {{lab:anti-Xa}} replaces aPTT: target {{lab:0.3-0.7}} for VTE, {{lab:0.3-0.5}} for ACS.
- Hold for {{lab:anti-Xa > 1.0}} for 1 h, then decrease by {{dose:3 units/kg/h}}.
- Check {{lab:platelets}} baseline and every 48 h; consider HIT if drop > 50% ({{score:4Ts}}).
Questions to the pharmacy informatics team through the usual ticket system.

---------- Forwarded message ----------
Approved by P&T committee. Order sets will update over the weekend.""",
         summary="""Forwarded pharmacy notice on the new {{drug:heparin}} nomogram: weight-based bolus and infusion, {{lab:anti-Xa}} monitoring replacing aPTT, platelet checks with {{score:4Ts}} for HIT."""),

    dict(style="email_thread", note="""\
From: [[EMAIL:mira.sepulveda.bishop@protonmail.com]]
To: [[EMAIL:patientrelations@lakeviewmedical.org]]
Subject: My father - room 418 - please read

Hello,
My name is [[NAME:Mira Sepúlveda Bishop]]. My father [[NAME:Arturo Sepúlveda]] ([[AGE:93]], DOB [[DATE:01/06/1932]]) has been in room 418 since Sunday the [[DATE:2nd]]. Yesterday his night nurse ("[[NAME:Kyle]]"?) told him he had to wear diapers instead of being helped to the commode. He is proud and was crying when I called. He's on {{drug:Lasix}} {{dose:40 mg}} twice a day so of course he has to go often.
Also Dr. [[NAME:Stroud]] said his sodium was {{lab:129}} and nobody has told us the plan.
I live in [[ADDRESS:Sacramento]] and my brother [[NAME:Rigoberto]] can't visit until the weekend. My cell is [[PHONE:916-555-0107]].
Thank you,
[[NAME:Mira]]

--- reply ---
From: [[NAME:Lorenza Beltrán]], Patient Relations
Ms. [[NAME:Bishop]], thank you. I have forwarded this to the nurse manager, [[NAME:Gideon Tully]], who will call you today.""",
         summary="""Daughter [[NAME:Mira Sepúlveda Bishop]] complained that her [[AGE:93]]-year-old father [[NAME:Arturo Sepúlveda]], on {{drug:Lasix}}, was told to use diapers; patient relations forwarded it to manager [[NAME:Gideon Tully]]."""),

    dict(style="email_thread", note="""\
Subject: RE: RE: Consent visit - CARDIO-REHAB-2 study

[[NAME:Prakash]] - subject [[MRN:CR2-0147]] (Mrs. [[NAME:Yevgenia Tarasova]]) consented today at 14:10 with her son [[NAME:Dmitry]] translating the summary; the full Russian consent form was used and signed. Copy given. Baseline {{lab:NT-proBNP 1,240}}, {{score:KCCQ 48}}, 6MWT 290 m.
Randomization next week after the echo on [[DATE:8/28]].
- [[NAME:Giedre Kazlauskaite]], CRC, [[PHONE:(608) 263-8840]]

> On [[DATE:Aug 19, 2024]], [[NAME:Prakash Raghupathy]] <[[EMAIL:praghupathy@uwcardio.edu]]> wrote:
> Thanks [[NAME:Giedre]]. Please confirm she's not on {{drug:Entresto}} (exclusion) - her outside list from Dr. [[NAME:Ilyushina]] mentioned it.
>
>> On [[DATE:Aug 18]] [[NAME:Giedre Kazlauskaite]] wrote:
>> She stopped {{drug:sacubitril/valsartan}} in June for hypotension; now on {{drug:losartan}} {{dose:25 mg}}. Eligible.""",
         summary="""Study e-mail chain: [[NAME:Yevgenia Tarasova]] (subject [[MRN:CR2-0147]]) consented with son [[NAME:Dmitry]] translating; eligible after stopping {{drug:sacubitril/valsartan}}, baseline {{score:KCCQ 48}}."""),

    dict(style="email_thread", note="""\
From: [[NAME:Tiihu Sampson]] <[[EMAIL:t.sampson@ihs-clinic.gov]]>
To: Medical Records
Subject: Records request - [[NAME:Ahiga Sampson-Yazzie]]

Please fax the following for pt [[NAME:Ahiga Sampson-Yazzie]], DOB [[DATE:4/2/1979]], your MRN [[MRN:K7701234]]:
- discharge summary from admission [[DATE:1/15/25]]-[[DATE:1/22/25]] (pancreatitis, {{lab:lipase 3200}})
- ERCP report (Dr. [[NAME:Dorcas Whitlow]])
- all labs incl. {{lab:triglycerides}} and {{lab:IgG4}}
Fax to [[PHONE:928-871-6650]], attn [[NAME:Tiihu Sampson]], RN care coordinator. Signed release attached (pt's mother [[NAME:Doli Yazzie]] witnessed).
Pt is now on {{drug:Creon}} {{dose:24,000 units}} with meals.

From: Medical Records - auto reply
Your request #[[MRN:ROI-556102]] was received [[DATE:02/03/2025]].""",
         summary="""Care coordinator [[NAME:Tiihu Sampson]] requested records for [[NAME:Ahiga Sampson-Yazzie]] about pancreatitis ({{lab:lipase 3200}}) and ERCP; request [[MRN:ROI-556102]] logged [[DATE:02/03/2025]]."""),

    dict(style="email_thread", note="""\
Fwd: question from a patient's wife - anticoag + dental

---------- Forwarded message ---------
From: [[NAME:Hortense Delacroix-Mbah]] <[[EMAIL:hdelacroixmbah@gmail.com]]>
Date: Fri, [[DATE:Jan 10, 2025]] at 9:14 PM
To: [[NAME:Jerome]] <[[EMAIL:jerome.vukovich@harborcardiology.com]]>

Hi [[NAME:Jerome]], sorry to write on a Friday night. [[NAME:Anselme]] has a tooth extraction with Dr. [[NAME:Sabbagh-Salim]] on Wednesday... should he stop the {{drug:Xarelto}} {{dose:20 mg}}? Last time they told him 2 days. Also his {{lab:INR}}? - I know he doesn't need INR anymore. Thank you! [[NAME:Hortense]]

---------- 
[[NAME:Jerome Vukovich]], PA-C wrote to Dr. [[NAME:Saoirse Ní Bhriain]]:
[[NAME:Saoirse]] - ok to hold {{drug:rivaroxaban}} 24 h for a simple extraction? {{lab:CrCl 58}}. {{score:CHA2DS2-VASc 3}}.
Dr. [[NAME:Ní Bhriain]]: yes, hold 1 dose, resume evening after if hemostasis ok; {{drug:tranexamic acid}} {{dose:5%}} mouthwash.""",
         summary="""[[NAME:Hortense Delacroix-Mbah]] asked PA [[NAME:Jerome Vukovich]] about holding {{drug:Xarelto}} before her husband [[NAME:Anselme]]'s extraction; Dr. [[NAME:Ní Bhriain]] advised holding one dose and {{drug:tranexamic acid}} mouthwash."""),

    # ------------------------------------------------------------------ interpreter notes
    dict(style="interpreter_note", note="""\
Interpreter Services Encounter
Date/time: [[DATE:07/03/2024]] 10:15-11:05   Mode: in person
Language: Mandarin   Interpreter: [[NAME:Lu Xiaoming]] (ID [[MRN:I-2207]])
Patient: [[NAME:Sun Guifen]]   MRN [[MRN:48813302]]   Location: Oncology clinic rm 3
Participants: Dr. [[NAME:Quan Dinh]] (oncology), [[NAME:Renate Eisler]] RN, pt's son [[NAME:Chen Hao]] and daughter-in-law [[NAME:Wendy Chen]].
Content: discussion of PET results and start of {{drug:carboplatin}} {{dose:AUC 5}}/{{drug:pemetrexed}} {{dose:500 mg/m2}} + {{drug:pembrolizumab}} {{dose:200 mg}}. Son asked interpreter not to use the word "cancer" with his mother; interpreter explained she must render everything said and Dr. [[NAME:Dinh]] discussed disclosure preferences with pt directly - pt stated she wants to know.
Teach-back completed on {{drug:folic acid}} {{dose:1 mg}} and {{drug:B12}} {{dose:1000 mcg}} injections.""",
         summary="""Mandarin interpreter [[NAME:Lu Xiaoming]] supported a chemo-teaching visit for [[NAME:Sun Guifen]]; son [[NAME:Chen Hao]] asked that "cancer" not be said, and the patient chose full disclosure before {{drug:pembrolizumab}} combination therapy."""),

    dict(style="interpreter_note", note="""\
ASL Interpreter Note
Pt: [[NAME:Dashiell Foxworth]], Deaf, primary language ASL. Prefers Certified Deaf Interpreter team for medical consent.
Interpreters: [[NAME:Brynn Okada-Platt]], NIC (hearing) and [[NAME:Terrance Mabry]], CDI, on site [[DATE:5/14/25]] 0800-0945.
Encounter: pre-op consent for L total hip arthroplasty with Dr. [[NAME:Ulrich Brandauer-Soto]]; anesthesia discussion with Dr. [[NAME:Prudence Oyewole]] (spinal with {{drug:bupivacaine}}, {{drug:tranexamic acid}} {{dose:1 g}}).
Pt asked that his partner [[NAME:Sterling]], also Deaf, be present; OR team plan: clear-mask, whiteboard, interpreter to PACU.
Note: VRI screen froze twice during prior visit [[DATE:5/2]]; pt requests in-person only. {{score:ASA 2}}.""",
         summary="""ASL and Deaf interpreters [[NAME:Brynn Okada-Platt]] and [[NAME:Terrance Mabry]] supported hip-replacement consent for [[NAME:Dashiell Foxworth]] on [[DATE:5/14/25]]; partner [[NAME:Sterling]] to be present, in-person interpreting requested."""),

    dict(style="interpreter_note", note="""\
Interpreter note (telephonic)
Language: Spanish. Duration 22 min. Interpreter ID withheld per vendor policy.
Session: discharge teaching for new {{drug:warfarin}} ({{drug:Coumadin}}) start.
Teaching content interpreted: dose {{dose:5 mg}} daily Mon-Sat, {{dose:2.5 mg}} Sunday; {{lab:INR}} goal {{lab:2-3}}; first check in 3 days; consistent vitamin K intake; avoid {{drug:aspirin}} and {{drug:ibuprofen}}; bleeding precautions.
Teach-back: patient correctly repeated dosing schedule and signs of bleeding. Written Spanish handout provided.
Interpreter flagged that the printed schedule said "Coumadín" with an accent and patient wondered if it was a different medicine - clarified it is the same as {{drug:warfarina}}.""",
         summary="""Telephone Spanish interpretation of {{drug:warfarin}} discharge teaching with successful teach-back; confusion over the spelling of {{drug:Coumadin}} cleared up."""),

    dict(style="interpreter_note", note="""\
Interpreter Services - family meeting (Haitian Creole)
[[DATE:Thursday, 9/19/2024]], 15:00-16:10, MICU family room
Interpreter: [[NAME:Wilner Dorcélus]] (staff, ID [[MRN:3114]])
Pt: [[NAME:Jean-Robert Théodore]], {{age:63}}, intubated day 9, anoxic injury after cardiac arrest.
Family: wife [[NAME:Marie-Lourdes Théodore]]; daughters [[NAME:Nadège]] and [[NAME:Fabienne Théodore-Pierre]]; brother [[NAME:Frantz]] (on speaker from [[ADDRESS:Port-au-Prince]]); family friend Sœur [[NAME:Marie-Claude]] (nun).
Clinical team: Dr. [[NAME:Bastien Lefebvre-Mills]] (MICU), Dr. [[NAME:Asha Nyambura]] (neurology), [[NAME:Ioana]] SW.
Content: EEG with burst suppression off sedation, absent N20 on SSEP, {{score:GCS 3T}}. Team recommended transition to comfort care. [[NAME:Marie-Lourdes]] asked for 48 h for relatives to arrive. Interpreter noted that "retire machin yo" was heard by family as abandonment; reframed.
Plan: continue current support ({{drug:norepinephrine}} {{dose:0.04 mcg/kg/min}}) until [[DATE:Saturday 9/21]].""",
         summary="""Haitian Creole interpreter [[NAME:Wilner Dorcélus]] supported a family meeting for [[NAME:Jean-Robert Théodore]] after anoxic injury ({{score:GCS 3T}}); wife [[NAME:Marie-Lourdes]] asked for time until [[DATE:9/21]] before comfort care."""),

    dict(style="interpreter_note", note="""\
Language access note
Pt [[NAME:Aung Kyaw Moe]] (Burmese); pt's nephew [[NAME:Zaw Lin]] offered to interpret and was declined by pt: "I don't want my family to know." Pt accepted video interpreter [[NAME:Thiri]] (vendor ID [[MRN:VRI-88210]]).
Provider: [[NAME:Gabrielle Nzeogwu-Fenwick]], NP (infectious disease).
Content: new HIV diagnosis, {{lab:CD4 212}}, {{lab:viral load 84,000}}. Start {{drug:Biktarvy}} {{dose:1 tab}} daily. {{lab:HBsAg}} negative; {{lab:RPR}} pending. Partner notification options reviewed (anonymous via health department).
Pt asked that nothing be said in front of [[NAME:Zaw Lin]]; chart confidentiality note placed. Next visit [[DATE:4/8]] with same interpreter requested.""",
         summary="""[[NAME:Aung Kyaw Moe]] declined his nephew [[NAME:Zaw Lin]] as interpreter and used video interpreter [[NAME:Thiri]] for a new HIV diagnosis ({{lab:CD4 212}}); {{drug:Biktarvy}} started."""),

    dict(style="interpreter_note", note="""\
Interpreter encounter - Marshallese
Interpreter: [[NAME:Jelton Lakjohn]] (contract), in person; [[DATE:03-Feb-2025]].
Pt: [[NAME:Rinta Jibon]], {{age:44}}, DM2, {{lab:A1c 11.8}}, new dialysis access consult.
Family present: husband [[NAME:Anjain]], sister [[NAME:Leban Jibon]], pastor [[NAME:Tony Keju]].
Team: Dr. [[NAME:Ashkii Tsinnie-Blake]] (vascular), [[NAME:Hollyn Grube]], RN, dietitian [[NAME:Mercy Akoto]].
Interpreter noted there is no direct Marshallese word for "fistula"; used description "joining the vein and artery in the arm" with drawing.
Decisions: AV fistula L arm scheduled; start {{drug:Tresiba}} {{dose:20 units}}; stop {{drug:glipizide}}. Pt lives at [[ADDRESS:2204 W Sunset Ave, Springdale, AR]] with 11 family members.""",
         summary="""Marshallese interpreter [[NAME:Jelton Lakjohn]] helped [[NAME:Rinta Jibon]], {{age:44}}, and family decide on an AV fistula; {{drug:Tresiba}} started and {{drug:glipizide}} stopped for {{lab:A1c 11.8}}."""),

    dict(style="interpreter_note", note="""\
Interpreter note (Russian, remote video)
Interpreter: [[NAME:Ljudmila]], vendor badge [[MRN:RU-40917]].
Pt: [[NAME:Vera Nikolaevna Sokolova]], [[AGE:91]], with grand-daughter [[NAME:Polina Sokolova-Hart]].
Provider: Dr. [[NAME:Cassius Obuya]], geriatrics.
Pt addressed provider's questions via interpreter; prefers to be called "[[NAME:Vera Nikolaevna]]".
Content: {{score:MoCA 19}} (Russian version), falls x3, orthostatic {{vital:BP 146/80}} -> {{vital:118/66}}. Stop {{drug:doxazosin}}. {{drug:Donepezil}} discussed; family wants to wait. {{lab:B12 180}} -> start {{drug:cyanocobalamin}} {{dose:1000 mcg}} daily.
[[NAME:Polina]] will manage pillbox; her phone [[PHONE:+1 (347) 555-0198]].""",
         summary="""Russian video interpreter [[NAME:Ljudmila]] assisted a geriatrics visit for [[AGE:91]]-year-old [[NAME:Vera Nikolaevna Sokolova]]: {{score:MoCA 19}}, orthostasis, {{drug:doxazosin}} stopped, {{drug:cyanocobalamin}} started."""),

    # ------------------------------------------------------------------ consent / legal forms
    dict(style="consent_form", note="""\
CONSENT FOR SURGICAL OR INVASIVE PROCEDURE
Patient name: [[NAME:Philippa Rosewood-Achebe]]     DOB: [[DATE:09/14/1976]]     MRN: [[MRN:66017743]]
Procedure: Robotic-assisted total laparoscopic hysterectomy, bilateral salpingectomy, possible bilateral oophorectomy, possible laparotomy.
Physician performing procedure: [[NAME:Yaretzi Montaño]], MD. Other practitioners (residents/fellows/PAs) may perform important parts under supervision.
Risks discussed including bleeding, infection, injury to bladder, ureter or bowel, VTE, conversion to open. Blood transfusion: [X] consents.
Medications that may be used: {{drug:cefazolin}} {{dose:2 g}}, {{drug:heparin}} {{dose:5000 units}} SQ, {{drug:ketorolac}}.
Patient signature: ____[[NAME:P. Rosewood-Achebe]]____   Date/time: [[DATE:3/3/2025]] 06:12
Witness: [[NAME:Delmar Quarshie]], RN
Physician signature: [[NAME:Y. Montaño]], MD   Date/time: [[DATE:3/3/2025]] 06:20
Interpreter used: [ ] yes [X] no""",
         summary="""Signed surgical consent for [[NAME:Philippa Rosewood-Achebe]]'s robotic hysterectomy with Dr. [[NAME:Montaño]] on [[DATE:3/3/2025]], witnessed by [[NAME:Delmar Quarshie]], RN; perioperative {{drug:cefazolin}} and {{drug:heparin}} listed."""),

    dict(style="consent_form", note="""\
REFUSAL OF BLOOD AND BLOOD PRODUCTS / RELEASE
I, [[NAME:Obadiah Fenwick-Aryee]], DOB [[DATE:12-21-1958]], am a Jehovah's Witness and refuse transfusion of whole blood, red cells, white cells, platelets and plasma, even if my physicians believe it necessary to save my life.
I ACCEPT (initialed): albumin [[NAME:OFA]]; {{drug:erythropoietin}} ({{drug:Procrit}}) [[NAME:OFA]]; {{drug:IV iron}} ({{drug:Venofer}}) [[NAME:OFA]]; cell salvage in continuous circuit [[NAME:OFA]]; {{drug:tranexamic acid}} [[NAME:OFA]].
I DECLINE: cryoprecipitate; recombinant factor VIIa.
Current {{lab:Hgb 8.9}}. Planned: {{drug:epoetin alfa}} {{dose:40,000 units}} weekly x3 pre-op, {{drug:iron sucrose}} {{dose:200 mg}} x5.
Patient: [[NAME:Obadiah Fenwick-Aryee]]    Date: [[DATE:08/12/2024]]
Witness: Brother [[NAME:Kwaku Ansong]] (hospital liaison committee)    Physician: [[NAME:Leocadia Brzezicki]], MD
Release: I release Westhaven Medical Center and its staff from liability for consequences of this refusal.""",
         summary="""Blood refusal form signed [[DATE:08/12/2024]] by [[NAME:Obadiah Fenwick-Aryee]], a Jehovah's Witness with {{lab:Hgb 8.9}}, accepting {{drug:Procrit}}, {{drug:Venofer}}, cell salvage and {{drug:tranexamic acid}}."""),

    dict(style="consent_form", note="""\
INFORMED CONSENT - MODERATE SEDATION (template, page 2 of 2)
I understand that I will receive medicines to make me relaxed and sleepy, such as {{drug:midazolam}} ({{drug:Versed}}) {{dose:1-5 mg}} and {{drug:fentanyl}} {{dose:25-100 mcg}}, or {{drug:propofol}} given by an anesthesia professional.
Risks include: slowed breathing ({{vital:SpO2 < 90%}}) that may need oxygen or a breathing tube; low blood pressure; allergic reaction; aspiration. Reversal medicines ({{drug:naloxone}} {{dose:0.4 mg}}, {{drug:flumazenil}} {{dose:0.2 mg}}) are available.
I must not drive for 24 hours and must have an adult to take me home.
Pre-sedation assessment: {{score:ASA class}} ____  {{score:Mallampati}} ____  NPO since ____.
Patient/representative signature: ______________________  Date: ____________
Relationship if not patient: ______________________""",
         summary="""Blank moderate-sedation consent template listing {{drug:midazolam}}, {{drug:fentanyl}} and {{drug:propofol}}, reversal with {{drug:naloxone}} and {{drug:flumazenil}}, and fields for {{score:ASA class}} and {{score:Mallampati}}."""),

    dict(style="consent_form", note="""\
RESEARCH INFORMED CONSENT - signature page
Study: Early {{drug:Dapagliflozin}} after Acute Kidney Injury (EDAKI), IRB #2023-0418
Participant: [[NAME:Marcelo Gusmão Teixeira]]     Study ID: [[MRN:EDAKI-031-007]]     DOB: [[DATE:1969-10-30]]
Randomized to {{drug:dapagliflozin}} {{dose:10 mg}} or placebo daily x 12 months. Blood draws for {{lab:creatinine}}, {{lab:cystatin C}}, {{lab:urine albumin}} at months 0, 3, 6, 12.
Compensation: $50 per visit. Contact for questions: study coordinator [[NAME:Annelise Hovland]], [[PHONE:(617) 632-1187]], [[EMAIL:ahovland@brighamresearch.org]]; PI Dr. [[NAME:Chukwuemeka Ibe-Lawal]].
Legally authorized representative: n/a. Impartial witness (participant reads Portuguese; translated short form used): [[NAME:Luzia Cabral]], interpreter.
Participant signature: [[NAME:Marcelo G. Teixeira]]   Date: [[DATE:11/07/2024]]
Person obtaining consent: [[NAME:Annelise Hovland]]   Date: [[DATE:11/07/2024]]""",
         summary="""Research consent signed [[DATE:11/07/2024]] by [[NAME:Marcelo Gusmão Teixeira]] ([[MRN:EDAKI-031-007]]) for a {{drug:dapagliflozin}} AKI trial, obtained by coordinator [[NAME:Annelise Hovland]] with Portuguese interpreter [[NAME:Luzia Cabral]]."""),

    dict(style="consent_form", note="""\
AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Patient: [[NAME:Tallulah Redbird-Kessler]]   DOB [[DATE:06/11/1990]]   SSN (last 4): [[SSN:6613]]
Address: [[ADDRESS:88 Juniper Hollow Rd, Tahlequah, OK 74464]]   Phone: [[PHONE:918-456-0721]]
Release FROM: Cherokee Valley Clinic, Dr. [[NAME:Emmett Sixkiller]]
Release TO: [[NAME:Everard Albright Whitehall]], Attorney at Law, [[ADDRESS:500 S Boston Ave, Suite 1200, Tulsa, OK 74103]], fax [[PHONE:918-582-3317]]
Information: records [[DATE:01/01/2023]] to present, including ED visit [[DATE:7/4/2023]] (MVC; {{score:GCS 14}}, {{drug:cyclobenzaprine}} {{dose:10 mg}}, {{drug:naproxen}} {{dose:500 mg}}) and PT notes.
Excluded: HIV, substance use, mental health psychotherapy notes.
Purpose: legal claim. Expires: [[DATE:12/31/2025]].
Signature: [[NAME:T. Redbird-Kessler]]   Date [[DATE:2/14/2025]]""",
         summary="""Release form signed [[DATE:2/14/2025]] by [[NAME:Tallulah Redbird-Kessler]] sending records (including an MVC visit with {{drug:cyclobenzaprine}}) to attorney [[NAME:Everard Albright Whitehall]] for a legal claim."""),

    dict(style="consent_form", note="""\
DURABLE POWER OF ATTORNEY FOR HEALTH CARE
I, [[NAME:Cordelia Fairweather]], of [[ADDRESS:12 Cobbler's Row, Marblehead, MA 01945]], born [[DATE:February 8, 1934]], designate as my health care agent:
  [[NAME:Benedict Fairweather-Ikeda]] (son), [[PHONE:978-631-0442]], [[EMAIL:bfikeda@fastmail.com]]
Alternate agent: [[NAME:Honor Lafleur]] (niece), [[PHONE:(603) 555-0166]]
Instructions: I do not want CPR or mechanical ventilation if my physician determines I have a terminal condition or permanent unconsciousness. I do want medicines for comfort such as {{drug:morphine}} even if they may shorten my life. No feeding tube if {{eponym:Alzheimer disease}} is advanced ({{score:FAST 7}}).
Signed: [[NAME:Cordelia Fairweather]]   Date: the [[DATE:9th of June, 2024]]   Age: [[AGE:90]]
Witness 1: [[NAME:Ptolemy Drake]]   Witness 2: [[NAME:Anouk Visser]]
Notary: [[NAME:Rosalie Tremblay-Guidry]], commission exp. [[DATE:4/30/2027]]""",
         summary="""Health care power of attorney by [[NAME:Cordelia Fairweather]], [[AGE:90]], naming son [[NAME:Benedict Fairweather-Ikeda]] and niece [[NAME:Honor Lafleur]]; declines CPR and feeding tube in advanced {{eponym:Alzheimer disease}}, accepts {{drug:morphine}}."""),

    dict(style="consent_form", note="""\
PEDIATRIC CONSENT FOR TREATMENT AND PHOTOGRAPHY (parent/guardian)
Child: [[NAME:Ximena Quisbert Mamani]]   DOB [[DATE:2019-03-27]]   Age {{age:5}}
Procedure: Closed reduction and percutaneous pinning of R supracondylar humerus fracture ({{eponym:Gartland}} type III) under general anesthesia.
Surgeon: Dr. [[NAME:Fenella Ashcombe]]. Anesthesia: Dr. [[NAME:Jun-ho Bang]].
Medications: {{drug:cefazolin}} {{dose:30 mg/kg}}; {{drug:acetaminophen}} {{dose:15 mg/kg}}; {{drug:ibuprofen}} {{dose:10 mg/kg}}.
Photography for medical record and teaching: [X] yes, face not shown.
Signed by: [[NAME:Eusebia Mamani Choque]] (mother), relationship verified with birth certificate. Father [[NAME:Wilber Quisbert]] present by phone, agrees.
Interpreter: Aymara not available; Spanish interpreter [[NAME:Efraín Saavedra]] used; mother confirms understanding.
Date/time: [[DATE:10/22/2024]] 17:45""",
         summary="""Parental consent signed by [[NAME:Eusebia Mamani Choque]] for pinning of a {{eponym:Gartland}} type III elbow fracture in [[NAME:Ximena Quisbert Mamani]], {{age:5}}, by Dr. [[NAME:Ashcombe]], with a Spanish interpreter."""),

    # ------------------------------------------------------------------ nursing-home transfer forms
    dict(style="nursing_home_transfer", note="""\
SNF-TO-HOSPITAL TRANSFER FORM
Resident: [[NAME:Prudence Ashgrove]]   DOB: [[DATE:1929-05-17]]   Age: [[AGE:95]]   SSN: [[SSN:538-09-2216]]
Sending facility: Willow Bend Health & Rehab, unit 2B, nurse line [[PHONE:(603) 224-7781]]
Sending clinician: [[NAME:Roseline-Anne Pelletier]], LPN   Facility physician: Dr. [[NAME:Thurston Kealey]]
Reason: acute change - lethargy, {{vital:T 38.6}}, {{vital:SpO2 88%}} RA, {{vital:RR 26}}, {{vital:BP 98/54}}.
Code status: DNR, DNI - POLST attached. OK to hospitalize.
Baseline: oriented to self, walks with walker, feeds self. {{score:BIMS 9}}.
Meds: {{drug:Eliquis}} {{dose:2.5 mg}} BID, {{drug:Lasix}} {{dose:20 mg}}, {{drug:Zoloft}} {{dose:50 mg}}, {{drug:Tylenol}} {{dose:650 mg}} prn.
Allergies: {{drug:Keflex}} (hives).
Contacts: son [[NAME:Bertram Ashgrove]] [[PHONE:603-555-0112]] (notified 0615); granddaughter [[NAME:Juniper]] (secondary).""",
         summary="""Transfer of [[AGE:95]]-year-old [[NAME:Prudence Ashgrove]], DNR/DNI, from her nursing home with fever and hypoxia ({{vital:SpO2 88%}}); on {{drug:Eliquis}} and allergic to {{drug:Keflex}}, son [[NAME:Bertram]] notified."""),

    dict(style="nursing_home_transfer", note="""\
Hospital -> Nursing Facility return: nurse-to-nurse summary
Resident: [[NAME:Leopold Whitacre-Nunes]] | DOB [[DATE:07/30/1938]] | Medicare MBI [[MRN:4TK2-XW9-QM71]]
Returning to: Pinecrest Manor, rm 114-A | Facility contact [[NAME:Charmaine]], RN supervisor, [[PHONE:(802) 655-3300 ext 118]]
Hospital stay: [[DATE:6/11]]-[[DATE:6/15/2024]] (urosepsis, {{lab:lactate 3.4}} -> {{lab:1.1}}; E. coli pan-sensitive)
Changes: START {{drug:cefuroxime}} {{dose:500 mg}} BID through [[DATE:6/21]]; STOP {{drug:oxybutynin}} (delirium risk); CHANGE {{drug:Flomax}} to bedtime.
{{eponym:Foley}}: removed [[DATE:6/14]], voiding; PVR 120 mL.
Skin: stage 1 coccyx. {{score:Braden 14}}.
Family: wife [[NAME:Odette Whitacre-Nunes]] (lives at [[ADDRESS:Shelburne]]), aware.
Follow-up: urology Dr. [[NAME:Ignatius Mbatha]] in 4 weeks.""",
         summary="""Return summary for [[NAME:Leopold Whitacre-Nunes]] to his nursing facility after urosepsis: {{drug:cefuroxime}} through [[DATE:6/21]], {{drug:oxybutynin}} stopped, {{eponym:Foley}} out [[DATE:6/14]]."""),

    dict(style="nursing_home_transfer", note="""\
TRANSFER CHECKLIST (to accompany resident)
[x] Face sheet  [x] POLST  [x] MAR (last 72 h)  [x] recent labs  [ ] imaging
Reason for transfer: fall with R hip pain, shortening and external rotation.
Anticoagulant: {{drug:Xarelto}} {{dose:15 mg}}, last dose 1800 yesterday.
Last vitals: {{vital:BP 158/82}}, {{vital:HR 96}}, {{vital:T 36.9}}, {{vital:SpO2 95%}}, {{score:pain 9/10}}.
Given before transfer: {{drug:acetaminophen}} {{dose:1 g}} PO, {{drug:oxycodone}} {{dose:2.5 mg}} PO.
Cognition: {{score:BIMS 6}} (severe impairment); may be agitated - responds to music and calm voice.
Diet: mechanical soft, nectar-thick liquids (VFSS positive for aspiration).
Isolation: none. Devices: hearing aids (both, in bag), upper denture.""",
         summary="""Unidentified transfer checklist for a resident with a likely hip fracture on {{drug:Xarelto}}, given {{drug:acetaminophen}} and {{drug:oxycodone}}, {{score:BIMS 6}}, thickened liquids."""),

    dict(style="nursing_home_transfer", note="""\
INTERFACILITY TRANSFER - LONG-TERM CARE
Name: [[NAME:DEVEREAUX, AUGUSTINE]] "[[NAME:GUS]]"   Sex: M   DOB: [[DATE:03/03/1944]]
SSN: [[SSN:431-68-2207]]   Medicaid #: [[MRN:LA0078123954]]
From: Bayou Teche Nursing Center, [[ADDRESS:1200 Main St, Breaux Bridge, LA 70517]]   To: ED
Attending at facility: Dr. [[NAME:Evangeline Thibodeaux]]   Hospice: none
Dx: {{eponym:Parkinson disease}}, dementia, recurrent aspiration. PEG in place.
Meds via PEG: {{drug:carbidopa-levodopa}} {{dose:25/100}} 2 tabs q4h while awake (do not miss doses); {{drug:quetiapine}} {{dose:12.5 mg}} qHS; {{drug:Eliquis}} held since [[DATE:2/20]] for GI bleed.
Reason: coffee-ground PEG output, {{lab:Hgb 7.2}} (was 9.8 on [[DATE:2/14]]), {{vital:HR 118}}.
Responsible party: niece [[NAME:Claudette Devereaux-Boudreaux]], [[PHONE:337-232-0154]].""",
         summary="""Nursing home transfer of [[NAME:Augustine]] "[[NAME:Gus]]" [[NAME:Devereaux]] with {{eponym:Parkinson disease}} for upper GI bleeding via PEG ({{lab:Hgb 7.2}}); {{drug:carbidopa-levodopa}} timing critical, {{drug:Eliquis}} held."""),

    dict(style="nursing_home_transfer", note="""\
Memory Care Transfer Summary (assisted living -> secure memory care)
Resident: [[NAME:Gisela Brunnhuber]], {{age:84}}. Moving [[DATE:Friday, April 11]] from Maple Court AL apt 307 to Harborview Memory Care, Cottage C.
Behaviors: exit-seeking at dusk (asks for her late husband [[NAME:Ewald]]), tried to leave with delivery driver [[DATE:3/29]]; no aggression.
Comforts: German hymns, folding towels, her cat photo. Calls her daughter [[NAME:Hannelore Brunnhuber-Katz]] (POA) "[[NAME:Mausi]]".
Meds: {{drug:donepezil}} {{dose:10 mg}}, {{drug:mirtazapine}} {{dose:7.5 mg}} qHS, {{drug:melatonin}} {{dose:3 mg}}; no antipsychotics.
{{score:MMSE 12}} in March, {{score:FAST 6c}}.
Son [[NAME:Reinhold]] in [[ADDRESS:Stuttgart]] - updates by e-mail [[EMAIL:r.brunnhuber@web.de]] (POA agrees).""",
         summary="""Memory-care transfer summary for [[NAME:Gisela Brunnhuber]], {{age:84}}, moving [[DATE:April 11]] because of exit-seeking; {{score:MMSE 12}}, on {{drug:donepezil}} and {{drug:mirtazapine}}, daughter [[NAME:Hannelore]] is POA."""),

    dict(style="nursing_home_transfer", note="""\
NURSING HOME TO ED - PRE-PRINTED FORM (handwritten entries transcribed)
Resident name: [[NAME:Tadeo Lucero-Benally]]     Room: 22B
Age: [[AGE:99]]     Code: FULL (per resident; family disagrees - see note)
Sent for: {{lab:glucose 42}} then {{lab:glucose 38}} despite {{drug:glucagon}} {{dose:1 mg}} IM; now responsive after {{drug:D50}} {{dose:25 g}} by EMS.
On {{drug:glyburide}} {{dose:5 mg}} BID (outside prescriber).
Vitals at send: {{vital:BP 144/70}}, {{vital:P 58}}, {{vital:R 16}}, {{vital:T 36.2}}.
Contact: great-grandson [[NAME:Kaden Benally]] (lives with resident's daughter [[NAME:Loretta]]), [[PHONE:505-863-4190]].
Facility nurse: [[NAME:Ashlynn T.]], LPN      Time sent: 0210""",
         summary="""[[AGE:99]]-year-old [[NAME:Tadeo Lucero-Benally]] sent to the ED with recurrent hypoglycemia ({{lab:glucose 38}}) on {{drug:glyburide}} despite {{drug:glucagon}}; great-grandson [[NAME:Kaden]] is the contact."""),

    dict(style="nursing_home_transfer", note="""\
TRANSFER TO INPATIENT HOSPICE HOUSE
Pt: [[NAME:Boon-Keat Ong]]   DOB [[DATE:Nov 30, 1951]]   Hospital MRN [[MRN:30042719]]
Hospice: Evergreen Hospice House, admissions RN [[NAME:Jocelyn Pastore-Obi]], [[PHONE:425-555-0149]]
Dx: metastatic gastric adenocarcinoma, malignant bowel obstruction; venting G-tube.
Symptom regimen: {{drug:hydromorphone}} PCA {{dose:0.4 mg/h}} basal + {{dose:0.3 mg}} demand q10 min; {{drug:octreotide}} {{dose:100 mcg}} SQ q8h; {{drug:dexamethasone}} {{dose:4 mg}} IV daily; {{drug:haloperidol}} {{dose:0.5 mg}} IV q6h prn nausea; {{drug:scopolamine}} patch.
{{score:PPS 20%}}. DNR.
Family: wife [[NAME:Siew Hoon]], son [[NAME:Jun Hao]]; Buddhist monk Venerable [[NAME:Dhammika]] visiting daily.
Transport by ambulance [[DATE:1/3/25]] 14:00.""",
         summary="""Transfer of [[NAME:Boon-Keat Ong]] with malignant bowel obstruction to a hospice house on [[DATE:1/3/25]] with {{drug:hydromorphone}} PCA and {{drug:octreotide}}; wife [[NAME:Siew Hoon]] and monk Venerable [[NAME:Dhammika]] involved."""),

    # ------------------------------------------------------------------ chaplain notes
    dict(style="chaplain_note", note="""\
Spiritual Care Note
Visited Mrs. [[NAME:Philomena Adeyemo-Clarke]] at request of RN [[NAME:Bartholomew]] ("[[NAME:Bart]]"). Pt is Catholic, {{age:79}}, new dx of metastatic ovarian cancer, started {{drug:carboplatin}}/{{drug:paclitaxel}} today.
Pt tearful, "God is testing me." Her husband [[NAME:Festus]] died 3 years ago; she draws strength from her parish and her grandchildren [[NAME:Ifunanya]] and [[NAME:Tobenna]].
Offered prayer (Hail Mary, pt led); offered Sacrament of the Sick - pt requests her own priest, Fr. [[NAME:Aloysius Mbanefo]] of St. Jude parish, phone [[PHONE:713-555-0124]]. Called and left message.
Plan: follow up [[DATE:Thursday 8/22]]; on-call chaplain aware if decline.
- [[NAME:Hester Vandersloot-Amoah]]""",
         summary="""Chaplain visit with [[NAME:Philomena Adeyemo-Clarke]], {{age:79}}, starting {{drug:carboplatin}}/{{drug:paclitaxel}} for ovarian cancer; prayed together and called her priest Fr. [[NAME:Mbanefo]]."""),

    dict(style="chaplain_note", note="""\
Chaplaincy - Muslim patient, end of life
Pt: [[NAME:Abdulkadir Hirsi Warfa]], {{age:68}}, CMO since this morning (ischemic bowel, {{lab:lactate 11.2}}).
Family present: wife [[NAME:Faadumo]], sons [[NAME:Abdirizak]] and [[NAME:Guled]], daughter [[NAME:Ubah]], and imam Sheikh [[NAME:Mustafe Abdullahi]] of the Riverside mosque.
Needs identified: bed turned to face the qiblah (southeast from this room); Qur'an recitation (Surah Yasin) - family brought recording; male staff for personal care where possible; body to be released quickly after death for burial within 24 h - decedent affairs ([[NAME:Rhonda Pettigrew]], ext [[PHONE:4410]]) informed; medical examiner not needed per Dr. [[NAME:Colquhoun]].
{{drug:Morphine}} {{dose:2 mg}} IV q1h prn and {{drug:glycopyrrolate}} {{dose:0.2 mg}} explained to family as comfort, not hastening.
Chaplain [[NAME:Nura Benhaddou]]""",
         summary="""Chaplain [[NAME:Nura Benhaddou]] supported the family of [[NAME:Abdulkadir Hirsi Warfa]] at end of life with imam [[NAME:Mustafe Abdullahi]], arranging qiblah positioning and quick release for burial; {{drug:morphine}} explained as comfort care."""),

    dict(style="chaplain_note", note="""\
Spiritual assessment (FICA)
F - Faith: describes self as "spiritual, not religious"; meditation and time in nature.
I - Importance: high; helped through prior {{eponym:Hodgkin lymphoma}} treatment with {{drug:ABVD}} twenty years ago.
C - Community: hiking group; not currently able to attend.
A - Address in care: wants quiet time 0600-0630 without vitals if possible; requests music therapy referral.
Current: post-op day 3 after {{eponym:Ivor Lewis}} esophagectomy; {{score:pain 5/10}}, anxious about nutrition via J-tube. {{score:GAD-7 12}}.
Interventions: reflective listening, guided breathing; referral to music therapy placed; RN agreed to cluster 0600 care.""",
         summary="""FICA spiritual assessment after {{eponym:Ivor Lewis}} esophagectomy in a patient who survived {{eponym:Hodgkin lymphoma}}; quiet morning time and music therapy arranged for anxiety ({{score:GAD-7 12}})."""),

    dict(style="chaplain_note", note="""\
Chaplain note - Jewish patient, Shabbat
Pt: [[NAME:Yehuda Leib Hirschhorn]], [[AGE:96]], Orthodox, admitted Friday afternoon with CHF ({{lab:BNP 3120}}, {{drug:furosemide}} {{dose:80 mg}} IV BID).
Met pt and daughter [[NAME:Chaya Mushka Zilberstein]]; son-in-law Rabbi [[NAME:Shmuel Zilberstein]] will stay over Shabbat.
Needs: kosher meals (ordered via dietary), Shabbat candles - electric candles provided per fire policy; non-electronic call system explained; family will not use elevator buttons - Shabbat elevator info given.
Pt concerned about a "DNR" discussion before Shabbat ends; family wants their posek, Rabbi [[NAME:Eliezer Sternbuch]], consulted first. Communicated to attending Dr. [[NAME:Temperance Oakes]].
Follow-up Sunday [[DATE:11/10]].""",
         summary="""Chaplain met [[NAME:Yehuda Leib Hirschhorn]], [[AGE:96]], and daughter [[NAME:Chaya Mushka Zilberstein]] to arrange Shabbat needs; code-status talk deferred until Rabbi [[NAME:Sternbuch]] is consulted."""),

    dict(style="chaplain_note", note="""\
Spiritual care - Buddhist patient
Pt [[NAME:Sokha Chhim]], {{age:57}}, Khmer-speaking; AML relapse, transitioning to comfort care. Interpreter [[NAME:Vanna]] (phone).
Wife [[NAME:Sreymom Kong]] asked for monks to chant; Venerable [[NAME:Sovann Pich]] and two monks from the Khmer temple in [[ADDRESS:Lowell]] visited 1400-1500. Offerings of food made in room (approved by infection control since pt not neutropenic - {{lab:ANC 1.2}}).
Family request: no one cry loudly at bedside; white cloth; body not to be moved for several hours after death if possible - conveyed to charge RN [[NAME:Thuy-Linh Vo]].
Symptoms controlled: {{drug:hydromorphone}} {{dose:0.5 mg}} IV prn; {{drug:lorazepam}} {{dose:0.5 mg}} prn.""",
         summary="""Chaplain coordinated Buddhist chanting by Venerable [[NAME:Sovann Pich]] for [[NAME:Sokha Chhim]], {{age:57}}, with relapsed AML, and relayed wife [[NAME:Sreymom Kong]]'s after-death wishes; {{drug:hydromorphone}} for comfort."""),

    dict(style="chaplain_note", note="""\
Pediatric chaplain - emergency baptism, NICU
Infant: [[NAME:Gianna Rose DeLuca]], born [[DATE:2/27/2025]] at 23w5d, DOL 1, {{lab:pH 6.91}}, on {{drug:epinephrine}} infusion; {{score:Apgar 1/3/4}}.
Parents [[NAME:Dominic DeLuca]] and [[NAME:Francesca]] ([[NAME:Frankie]]) [[NAME:Amato-DeLuca]] requested baptism. Godparents present: [[NAME:Luca Amato]] (uncle) and [[NAME:Teresa Scarpelli]] (family friend); paternal grandmother [[NAME:Annunziata]] by video from [[ADDRESS:Naples]].
Chaplain performed emergency baptism at 2140; parish priest Fr. [[NAME:Bonaventure Kasongo]] notified for record ([[PHONE:(401) 555-0137]]).
Hand and footprints, lock of hair and photos by [[NAME:Celestine]] (bereavement RN) with parents' consent.
Chaplain [[NAME:Cressida Abiodun]]""",
         summary="""Emergency NICU baptism by the chaplain for [[NAME:Gianna Rose DeLuca]], born [[DATE:2/27/2025]] at 23 weeks on {{drug:epinephrine}}, with parents [[NAME:Dominic]] and [[NAME:Frankie]] and godparents present."""),

    dict(style="chaplain_note", note="""\
Spiritual care - Native American traditional practice
Pt: [[NAME:Wanbli Two Crow]] ("[[NAME:Eagle]]" to family), {{age:70}}, Lakota, end-stage COPD ({{lab:pCO2 78}}), on BiPAP; {{score:mMRC 4}}.
Family: wife [[NAME:Charmayne Two Crow]]; grandson [[NAME:Tatanka]]; medicine man [[NAME:Lyman Iron Shell]] coming from [[ADDRESS:Pine Ridge]].
Request: smudging with sage and sweetgrass, eagle feather at bedside. Because pt is on O2, smudging done in the family room without O2 and brought the smoke-cleansed feather/items to bedside; facilities and RT ([[NAME:Obiageli]]) agreed; fire safety policy followed.
Singing at bedside approved for 1900 (quiet hours waived by manager [[NAME:Corrigan]]).
Pt's wish: to die at home if possible - palliative (Dr. [[NAME:Ekaterina Voss]]) informed; {{drug:morphine}} {{dose:2.5 mg}} PO q2h prn dyspnea.""",
         summary="""Chaplain arranged smudging away from oxygen and a visit from medicine man [[NAME:Lyman Iron Shell]] for [[NAME:Wanbli Two Crow]], {{age:70}}, with end-stage COPD; palliative care informed of his wish to die at home."""),
]
