NOTES = [
    dict(style="icu_attending_progress", note="""
MICU ATTENDING PROGRESS NOTE   [[DATE:11/06/2025]]   Hospital day 5
[[NAME:MUNTEANU, GRIGORE I]]   {{age:68}}M   MRN [[MRN:3318204]]
Interval: Extubated yesterday 1400, now HFNC 40 L/50%. Delirious overnight, {{drug:Seroquel}} {{dose:25 mg}} x1 by cross-cover ([[NAME:Le]]). Afebrile. Net -1.2 L.
Exam: {{vital:T 37.4}} {{vital:HR 92}} {{vital:BP 128/70}} {{vital:RR 24}} {{vital:SpO2 93%}}. Coarse rhonchi R base, no accessory muscle use. {{score:RASS 0}}, CAM-ICU neg this AM. Trace LE edema.
Data: {{lab:WBC 11.2}} (15.8), {{lab:Cr 1.4}}, {{lab:procalcitonin 0.6}}. Sputum {{eponym:Klebsiella}} pneumoniae, ceftriaxone-S. CXR: RLL improving.
A/P:
1. Hypoxemic resp failure from {{eponym:Klebsiella}} RLL PNA - wean HFNC to NC; narrow {{drug:Zosyn}} -> {{drug:ceftriaxone}} {{dose:2 g}} daily, day 5/7. [[NAME:Lazarescu]] (ID) to weigh in on duration.
2. ICU delirium - lights/sleep bundle, {{drug:Seroquel}} qhs PRN, family at bedside.
3. AKI on CKD 3a - improving, renally dose, avoid contrast.
4. T2DM - {{drug:Lantus}} {{dose:14 units}}, {{lab:A1c 8.9}}.
Dispo: floor tomorrow if on 6 L or less. Updated daughter [[NAME:Georgia]] at bedside; she will call her brother in [[ADDRESS:Sighișoara]].
I saw and examined the patient with Dr. [[NAME:Ed Kowalchyk]] (fellow) and agree with his note. Critical care time 35 min.
[[NAME:Mariana Crăciun]], MD - MICU attending
""", summary="""
[[NAME:Grigore Munteanu]] ({{age:68}}) is improving after extubation for {{eponym:Klebsiella}} pneumonia, antibiotics were narrowed to ceftriaxone, and he may go to the floor tomorrow. Dr. [[NAME:Mariana Crăciun]] updated daughter [[NAME:Georgia]] on [[DATE:11/06/2025]].
"""),

    dict(style="icu_fellow_progress", note="""
MICU fellow note - hd 12 - [[DATE:Sat 3/22]]
[[NAME:Hristova]], {{age:45}}F, influenza A ARDS, VV-ECMO day 8.
Overnight: circuit chatter ~0300, flow fell to 3.1 L/min -> {{dose:500 mL}} 5% albumin per perfusionist [[NAME:sue]]. Spoke w [[NAME:will]] (RN) re: ooze at R IJ cannula site - pressure dsg, {{lab:Hgb 7.4}} -> 1u PRBC. d/w [[NAME:JR]] 0330, agreed.
Vent: PC 10 / PEEP 12, VT ~150 mL, {{vital:FiO2 30%}}. Sweep 4 L, FDO2 100%, BF 4.2 L/min.
Anticoag: {{drug:bivalirudin}}, {{lab:aPTT 62}} (goal 60-80). {{lab:LDH 410}}, {{lab:pfHb 18}}, {{lab:fibrinogen 220}}.
Neuro: {{score:RASS -4}} on fent/prop, pupils 3 mm brisk, head CT [[DATE:3/20]] neg.
ID: {{drug:oseltamivir}} day 8/10, MRSA nares neg -> stop {{drug:linezolid}}.
Plan: we will trial sweep-off tomorrow if CXR better. Husband [[NAME:Plamen]] updated by phone 0900; he will bring the kids at 1600 and asked about trach timing - said we will revisit Monday.
[[NAME:Yevhen Lysenko]], MD (PCCM fellow), pager [[PHONE:6-2290]]. d/w attending [[NAME:Price]].
""", summary="""
[[NAME:Hristova]], on day 8 of VV-ECMO for influenza ARDS, had a flow drop and cannula-site bleeding overnight handled with albumin and a transfusion after discussion with [[NAME:JR]]. Fellow [[NAME:Yevhen Lysenko]] plans a sweep-off trial and updated husband [[NAME:Plamen]].
"""),

    dict(style="family_meeting", note="""
FAMILY MEETING - MICU conference room - [[DATE:09/10/2025]] 14:00-14:55
Patient: [[NAME:Kazimierz Zieliński]], MRN [[MRN:50921377]], {{age:82}}, day 16 after OHCA with anoxic brain injury.
Present: wife [[NAME:Grażyna]]; sons [[NAME:Tomasz]] and [[NAME:Krzysztof]] "[[NAME:Krzyś]]" [[NAME:Zieliński]]; [[NAME:Tomasz]]'s wife [[NAME:Summer]]; niece [[NAME:Agnieszka Bąk]] by phone from [[ADDRESS:Nowy Targ]]. Team: Dr. [[NAME:Kaminski-Reyes]] (attending), [[NAME:Pat Greenlee]] (SW), [[NAME:Faith Odom]], RN, chaplain [[NAME:Wanda Ostrowska]].
Medical update: MRI diffuse cortical DWI restriction; SSEP absent N20 bilat; EEG burst suppression off sedation. [[NAME:Hrabal]] (neurology) reviewed - prognosis for meaningful recovery very poor. {{score:GCS 4T}}, no cough.
Values: [[NAME:Grażyna]] says he was a carpenter who "fixed things, did not want to be fixed." [[NAME:Krzyś]] - "Tata would never want this." They had planned a trip to Poland this summer.
Decision: DNR now. Transition to comfort care after son [[NAME:Marek]] arrives from [[ADDRESS:Rzeszów]] ([[DATE:Sat 9/13]]). Continue current support until then, no escalation, no further labs.
Follow-up: [[NAME:Greenlee]] to help w/ [[NAME:Marek]]'s travel letter; Catholic sacrament requested, [[NAME:Ostrowska]] to arrange.
Total time 55 min. [[NAME:L. Kaminski-Reyes]], MD
""", summary="""
At a family meeting on [[DATE:09/10/2025]] about [[NAME:Kazimierz Zieliński]]'s anoxic brain injury, wife [[NAME:Grażyna]] and sons [[NAME:Tomasz]] and [[NAME:Krzysztof]] chose DNR and comfort care once son [[NAME:Marek]] arrives. Dr. [[NAME:Kaminski-Reyes]] led it with SW [[NAME:Pat Greenlee]].
"""),

    dict(style="goals_of_care", note="""
Goals of Care Conversation - [[DATE:2025-01-09]]
Pt: [[NAME:Miloš Hájek]], {{age:73}}, ALS on BiPAP ~22 h/day, admitted w/ aspiration PNA. Has capacity; communicates by eye-gaze tablet. Czech-speaking; declined phone interpreter (offered, ID [[MRN:CZ-2219]]) and asked daughter [[NAME:Alena]] to interpret.
Pt's words, typed on tablet:
"I DONT WANT THE TUBE. I TOLD DR [[NAME:HOLUB]] ON [[DATE:3. ŘÍJNA 2024]]. NO TRACH. KEEP THE MASK. I WANT TO SEE [[NAME:BARUNKA]] GRADUATE [[DATE:24 MAY]]"
Discussed: PNA improving on {{drug:Unasyn}}; NIV dependence is permanent; intubation would almost surely mean trach/PEG and LTACH. {{lab:FVC 18%}} on last PFTs, {{lab:pCO2 58}}.
Decisions: DNR/DNI. Continue BiPAP, antibiotics, PEG feeds, {{drug:glycopyrrolate}} {{dose:1 mg}} TID for secretions. POLST updated. Home hospice info for discharge to [[ADDRESS:Berwyn]].
Present: pt, [[NAME:Alena Hájková]], son-in-law [[NAME:Mason]], [[NAME:sunny]] (palliative RN), writer.
45 min, >50% counseling. -[[NAME:AW]] ([[NAME:Adam Wójtowicz]], MD, palliative fellow)
""", summary="""
[[NAME:Miloš Hájek]], who has ALS, typed that he wants no intubation or tracheostomy but to keep BiPAP, and he was made DNR/DNI on [[DATE:2025-01-09]]. Daughter [[NAME:Alena]] interpreted and Dr. [[NAME:Wójtowicz]] documented the visit.
"""),

    dict(style="palliative_consult", note="""
PALLIATIVE CARE CONSULT - INITIAL
Requesting: Dr. [[NAME:Brown]], MICU.  Reason: symptoms + GOC, metastatic pancreatic ca w/ malignant ascites.
Pt: [[NAME:Halyna Melnychuk]], {{age:61}}F, MRN [[MRN:6620931]].
HPI: Dx [[DATE:Oct 14, 2024]], s/p 6 cycles FOLFIRINOX, progression on CT in February. Admitted w/ SBO, NGT to LIWS, {{lab:Na 129}}, {{lab:albumin 2.1}}.
Symptoms: {{score:pain 8/10}} epigastric/back, nausea 6, dyspnea 5 (ascites), insomnia. {{score:PPS 30%}}.
Meds: {{drug:Dilaudid}} {{dose:0.5 mg}} IV q3h PRN (using 6 doses/day), {{drug:Zofran}}, {{drug:Reglan}} (stopped - SBO).
Social: lives in [[ADDRESS:Parma]] w/ husband [[NAME:Vasyl]]; daughter [[NAME:Iryna]] in [[ADDRESS:Lviv]], joins by WhatsApp [[PHONE:+380 67 555 4410]]. Orthodox; priest Fr. [[NAME:Mykola]] visits.
Document: pt brought handwritten note in Ukrainian dated "[[DATE:5 березня 2025 р.]]" - "no artificial breathing, no resuscitation"; read to team by interpreter [[NAME:Oleh]] (ID [[MRN:UA-7731]]). She confirmed it today.
Recs:
1. {{drug:hydromorphone}} PCA {{dose:0.2 mg}} q10 min, basal {{dose:0.2 mg/hr}}.
2. {{drug:olanzapine}} {{dose:2.5 mg}} qhs; {{drug:octreotide}} {{dose:100 mcg}} SQ q8h for SBO secretions.
3. IR for PleurX peritoneal drain.
4. DNR/DNI per pt; hospice discussion w/ [[NAME:Vasyl]] tomorrow 1100.
[[NAME:Rose Ferenczi]], NP, Palliative Care, pager [[PHONE:3390]] - seen with Dr. [[NAME:Bogdan Ionescu]]
""", summary="""
Palliative care saw [[NAME:Halyna Melnychuk]] ({{age:61}}) for pain, nausea and ascites from metastatic pancreatic cancer and started a PCA, olanzapine and octreotide. Her Ukrainian note of [[DATE:5 березня 2025 р.]] refusing resuscitation was confirmed, and [[NAME:Rose Ferenczi]], NP, will meet husband [[NAME:Vasyl]] about hospice.
"""),

    dict(style="icu_attending_progress", note="""
CCU Attending Note - Cardiogenic shock, day 3
SCAI stage C -> improving. {{eponym:Impella}} CP weaned P6 -> P4 overnight, no suction alarms.
PA catheter: CI 2.4, PCWP 16, PAPi 1.3, {{lab:SvO2 64%}}.
Meds: {{drug:Milrinone}} {{dose:0.25 mcg/kg/min}}, {{drug:Levophed}} off since 0200, {{drug:Heparin}} per anti-Xa ({{lab:anti-Xa 0.34}}).
Labs: {{lab:lactate 1.2}}, {{lab:Cr 1.6}} (2.1), {{lab:LDH 380}}, {{lab:plasma free Hgb 22}} - no hemolysis.
Exam: {{vital:MAP 72}}, {{vital:HR 88}} NSR, warm, JVP 10 cm, R groin Impella site dry, distal pulses dopplerable.
A/P: LAD STEMI s/p PCI with cardiogenic shock. Plan Impella wean to P2 today, remove tomorrow if CI >2.2 on P2. GDMT once off inotropes - start {{drug:Jardiance}} {{dose:10 mg}} at discharge. {{drug:Brilinta}} + ASA.
Critical care time 40 min, exclusive of procedures.
""", summary="""
A patient in cardiogenic shock after an LAD STEMI is improving on milrinone alone with the {{eponym:Impella}} weaned to P4 and lactate normal. The plan is further weaning toward device removal tomorrow.
"""),

    dict(style="icu_fellow_progress", note="""
MICU FELLOW ADMISSION ADDENDUM - dictated, voice recognition, not proofread
this is doctor [[NAME:iliana petrova]] dictating for patient [[NAME:Dobromir Kirilov]] that is [[NAME:K I R I L O V]] medical record number [[MRN:M as in Mary seven seven two zero nine four]] date of admission [[DATE:april nineteenth twenty twenty five]]. {{age:fifty nine}} year old man transferred from [[ADDRESS:Shamokin]] with severe {{lab:sodium of one oh nine}} and seizure. received {{dose:one hundred milliliters}} of three percent at the outside hospital. home meds include {{drug:zero quel}} correction {{drug:Seroquel}} and {{drug:hydrochlorothiazide}}. beer potomania suspected, wife [[NAME:Nevena]] reports twelve beers a day. discussed with doctor [[NAME:car check]] correction doctor [[NAME:Karczek]] nephrology who agrees with correction goal no more than {{lab:eight}} in twenty four hours. {{drug:DDAVP}} clamp {{dose:two micrograms}} IV every eight hours. {{drug:thiamine}} {{dose:five hundred milligrams}} IV three times daily. CIWA scoring every four hours. code status full code confirmed with patient and with [[NAME:Nevena]] phone [[PHONE:five seven oh five five five oh one nine one]]. end of dictation.
-- [[NAME:IP]]/[[NAME:vrs]]   Reviewed and signed by attending [[NAME:Jo McCallister]] [[DATE:04/20/2025]]
""", summary="""
Dictated fellow addendum for [[NAME:Dobromir Kirilov]] ({{age:59}}), admitted [[DATE:4/19/2025]] with a sodium of {{lab:109}} and a seizure, managed with a {{drug:DDAVP}} clamp and slow correction agreed with Dr. [[NAME:Karczek]]. Wife [[NAME:Nevena]] confirmed full code.
"""),

    dict(style="family_meeting", note="""
Family Meeting Note - Neuro ICU - [[DATE:5/6/2025]]
Pt [[NAME:Dorina Stănescu]], {{age:57}}, SAH {{score:Hunt-Hess 4}}, {{score:modified Fisher 4}}, day 9, vasospasm on TCDs.
Attendees: husband [[NAME:Ovidiu]]; daughters [[NAME:Ioana]] and [[NAME:Bianca Stănescu-Reid]]; Romanian interpreter [[NAME:Cornel Dinu]] (badge [[MRN:4418-RO]]); Dr. [[NAME:Jordan Pike]] (neurocritical care); [[NAME:Om]] (NP); [[NAME:Grace Whitfield]], SW.
[[NAME:Ovidiu]] showed a card she signed at church in [[ADDRESS:Suceava]] on "[[DATE:4 mai 2025]]", two days before the bleed, naming him as the one to decide. Explained that in our state he is surrogate as spouse regardless.
Update: EVD draining, ICP 12-18. Coiled [[DATE:4/28]]. {{drug:Nimodipine}} {{dose:60 mg}} q4h; intra-arterial {{drug:verapamil}} x2. Exam: opens eyes to pain, localizes L. Realistic range: survival likely, severe disability likely, trach/PEG within 1-2 wks.
Family: "She is strong, give her time." Agree to full support x 2 more weeks, re-meet [[DATE:5/20]]. Open to trach when needed.
Questions answered through the interpreter with teach-back. [[NAME:Pike]] / [[NAME:gw]]
""", summary="""
A meeting on [[DATE:5/6/2025]] with [[NAME:Dorina Stănescu]]'s husband [[NAME:Ovidiu]] and daughters, through interpreter [[NAME:Cornel Dinu]], reviewed her poor-grade SAH with vasospasm. The family chose full support for two more weeks with a repeat meeting on [[DATE:5/20]].
"""),

    dict(style="palliative_consult", note="""
Palliative f/u, day 3 - [[NAME:GÁBOROVÁ, MARGITA]]
S: more comfortable, "the morphine is good now", slept 5 h. dtr [[NAME:precious]] at bedside all night, said "every day with mama is precious." son [[NAME:hunter]] flew in from [[ADDRESS:Anchorage]] last night. grandson [[NAME:pat]] asked about hospice house.
O: {{vital:RR 18}}, {{vital:HR 96}}, {{vital:SpO2 90%}} 4 L. Mottling knees, UO ~10 mL/hr. {{score:PPS 10%}}, {{score:RDOS 2}}.
Meds: {{drug:morphine}} gtt {{dose:2 mg/hr}} + {{dose:2 mg}} bolus q15 min PRN (used 3 in 24 h), {{drug:glycopyrrolate}} {{dose:0.2 mg}} q4h, {{drug:lorazepam}} {{dose:0.5 mg}} PRN.
A/P: actively dying, likely hours to days. Not stable for transfer to hospice house, and [[NAME:hunter]] and [[NAME:precious]] prefer she stay here; GIP hospice in place on unit. Lift visitor limit. Lutheran chaplain, Pastor [[NAME:Ingrid Halvorsen]], at 1500.
d/w bedside RN [[NAME:kb]] and attending [[NAME:Vass]]. -[[NAME:rh]]
""", summary="""
[[NAME:Margita Gáborová]] is actively dying and comfortable on a morphine drip with her daughter [[NAME:precious]] and son [[NAME:hunter]] present. Hospice care will continue on the unit rather than transfer, per the family.
"""),

    dict(style="goals_of_care", note="""
GOC note - SICU - [[NAME:Lakatos, Béla]]   {{age:88}}   MRN [[MRN:70-44-1923]]
Context: POD 6 ex-lap for perforated sigmoid, now septic shock again, {{drug:vasopressin}} + {{drug:Levophed}} {{dose:18 mcg/min}}, new AKI, {{score:SOFA 11}}.
Met w/ pt's wife [[NAME:Katalin]] and son [[NAME:Zoltán]] (HCP), son [[NAME:Ádám]] via FaceTime from [[ADDRESS:Kecskemét]].
[[NAME:Zoltán]] brought his father's living will, Hungarian, signed "[[ADDRESS:Kecskemét]], [[DATE:2025. március 4.]]" - states no dialysis, no long-term machines. Reviewed with interpreter [[NAME:Réka Fodor]] (phone, ID [[MRN:88210]]).
Surgery (Dr. [[NAME:Wiley]], aware) - no further operative options.
Plan agreed: DNR, no CRRT, no re-intubation if extubated; continue pressors 24 h, if rising -> comfort care. [[NAME:Wiley]] in agreement.
Family wants Reformed minister; SW [[NAME:Dawn Bishop]] calling Rev. [[NAME:Tóth-Kiss]] ([[PHONE:216-555-0186]]).
Note copied to Dr. [[NAME:Wiley]] and [[NAME:dbishop]]. Time 50 min. [[NAME:Oana Mihăilă]], MD (SICU)
""", summary="""
For [[NAME:Béla Lakatos]] ({{age:88}}) in recurrent septic shock after surgery, son [[NAME:Zoltán]] presented a Hungarian living will dated [[DATE:2025. március 4.]] declining dialysis. The family agreed to DNR, no CRRT and a 24-hour trial of pressors before comfort care.
"""),

    dict(style="icu_attending_progress", note="""
Attending attestation - [[DATE:02/27/25]]
Pt seen, examined, plan discussed on rounds w/ [[NAME:Oh]] and [[NAME:Yu]] (residents) and [[NAME:MV]] (pharmacy).
[[NAME:Sârbu]], {{age:71}}, COPD/HFpEF, day 3 BiPAP -> NC today. I agree with the resident note with these additions: {{lab:pCO2 52}} from 78, mental status at baseline; stop {{drug:methylprednisolone}}, start {{drug:prednisone}} {{dose:40 mg}} x4 more days; {{drug:azithromycin}} day 3/5. Diurese {{drug:furosemide}} {{dose:40 mg}} IV BID, {{lab:BNP 880}}.
Wife ([[NAME:Lucia]]) updated at bedside. Floor transfer.
Critical care time not billed today.
cosigned [[NAME:TKW]] 1622
""", summary="""
Attending attestation for [[NAME:Sârbu]], whose COPD and heart failure exacerbation improved from BiPAP to nasal cannula and who will transfer to the floor. Wife [[NAME:Lucia]] was updated.
"""),

    dict(style="family_meeting", note="""
Family Meeting - MICU
Participants: patient's spouse, two adult children, bedside RN, MICU attending, social work, chaplain.
Reason: prolonged mechanical ventilation (day 14), failed SBT x3, tracheostomy decision.
Medical summary: {{eponym:Guillain-Barré}} variant (AMAN), s/p IVIG x5 days and PLEX x5. NIF -18, FVC 9 mL/kg, {{score:MRC 24/60}}. Neurology expects slow recovery over months; many patients walk again by 6-12 months.
Options: trach + PEG and LTACH/rehab vs. continued oral ETT (not recommended) vs. comfort-focused care (family did not want to discuss).
Family: "He would want every chance." All agreed to trach/PEG.
Plan: ENT consult for trach this week, PEG by GI, case management starting LTACH referrals. Continue {{drug:Lovenox}} {{dose:40 mg}} daily, PT/OT daily.
Time 40 min. Questions answered; family given the Trach Education booklet.
""", summary="""
At a family meeting for a patient ventilated for 14 days with {{eponym:Guillain-Barré}} variant, the family chose tracheostomy and PEG with LTACH rehab. ENT and GI were consulted.
"""),

    dict(style="palliative_consult", note="""
Palliative Medicine - consult note   [[DATE:12 Mar 2025]]
[[NAME:Todorov, Rumen]], {{age:76}}, IPF on 6 L home O2, now HFNC 60 L/{{vital:FiO2 80%}}, refused intubation in ED.
Daughter [[NAME:Desislava]] "[[NAME:Desi]]" [[NAME:Todorova-Kyle]] (HCP) at bedside; son [[NAME:Ivo]] lives in [[ADDRESS:Gabrovo]], Bulgaria - phone [[PHONE:+359 66 555 217]].
Pt (Bulgarian, fluent English) shows a notebook entry "[[DATE:12 март 2025]] - no tubes, let me go home" written this morning.
Symptoms: {{score:dyspnea 9/10}} ({{score:RDOS 6}}), anxiety, cough. Using {{drug:morphine}} {{dose:2 mg}} IV x2 with partial relief.
Assessment: end-stage IPF, in-hospital mortality very high. Pt decisional, wants home with hospice if possible, otherwise comfort here.
Recs: {{drug:morphine}} {{dose:1 mg/hr}} + {{dose:2 mg}} q1h PRN; {{drug:lorazepam}} {{dose:0.5 mg}} q4h PRN; fan at bedside; wean HFNC for comfort, not sats. DNR/DNI entered. Hospice intake (Crossroads) called, nurse [[NAME:Brandy O'Toole]]. Son's flight lands [[DATE:3/14]].
[[NAME:Li]] (palliative NP) to follow. Discussed w/ [[NAME:Kirkland]] (MICU).
""", summary="""
[[NAME:Rumen Todorov]] ({{age:76}}), with end-stage IPF who refused intubation and wrote "no tubes" on [[DATE:12 март 2025]], was made DNR/DNI with morphine for breathlessness. His daughter [[NAME:Desislava]] is at the bedside and son [[NAME:Ivo]] arrives on [[DATE:3/14]].
"""),

    dict(style="icu_fellow_progress", note="""
Cross-cover event note - MICU - [[DATE:2025-07-03]] 02:15
Called by RN [[NAME:Kestrel]] for [[NAME:Holub]] bed 6, {{vital:HR 150s}} narrow, {{vital:BP 86/50}}.
ECG: SVT vs flutter 2:1. Vagal w/o effect. {{drug:Adenosine}} {{dose:6 mg}} -> {{dose:12 mg}} revealed flutter waves. {{vital:MAP 58}} -> synchronized cardioversion {{dose:100 J}} after {{drug:etomidate}} {{dose:10 mg}} (already intubated), converted to sinus 90s.
{{lab:K 3.4}}, {{lab:Mg 1.6}} - repleted. {{drug:Heparin}} gtt started, {{score:CHA2DS2-VASc 4}}, {{score:HAS-BLED 2}}.
d/w [[NAME:Price]] by phone 0210, agreed. Will let day team discuss anticoag w/ EP ([[NAME:Ó Briain]]).
Pt's partner [[NAME:Jack Ferris]] called at 0240 - he asked that we not call again before 6 unless "it's bad"; documented in Family Contacts.
[[NAME:Aleksandra Wiśniewska-Hart]], MD, PGY-5 fellow - [[NAME:awh]]
""", summary="""
Overnight on [[DATE:2025-07-03]] [[NAME:Holub]] developed atrial flutter with hypotension and was cardioverted to sinus rhythm by fellow [[NAME:Aleksandra Wiśniewska-Hart]] after discussion with [[NAME:Price]]. Heparin was started and partner [[NAME:Jack Ferris]] was called.
"""),

    dict(style="icu_fellow_progress", note="""
PCCM FELLOW SIGN-OUT - MICU team B - [[DATE:10/20]] PM -> night ([[NAME:Yu]] -> [[NAME:Lysenko]])
Bed | Name | One-liner | Code | To do / if-then
2 | [[NAME:Kertészová]] | {{age:64}}F MDR PNA, trach day 4 | FULL | f/u sputum cx; if fever -> BCx, no abx change
3 | [[NAME:Popa, Aurel]] | {{age:80}}M GIB on PPI gtt | DNR | Hgb 2100, if <7 -> 1u, call GI ([[NAME:Case]])
5 | [[NAME:Bondarenko]] | {{age:52}}M DKA | FULL | gap closing, transition to SQ if AG <12 x2
8 | [[NAME:Ferencz-Moore]] | {{age:39}}F status asthmaticus | FULL | {{drug:ketamine}} gtt, if pH <7.15 call [[NAME:Price]]
9 | [[NAME:Wu]] | {{age:73}}M CAP + delirium | FULL | family (son [[NAME:Dex]]) coming 0700
11 | [[NAME:de la Vega]] | {{age:58}}F post-arrest TTM | FULL | rewarm started 1800, BSAS q1h, EEG overnight
12 | [[NAME:Dąbrowski]] | {{age:67}}M CHF/cardiorenal | DNR/DNI | {{drug:lasix}} gtt {{dose:20 mg/hr}}, UO goal 150/h
Overnight admits: ED has [[NAME:Varga]] (COPD) - [[NAME:BR]] accepted.
[[NAME:Case]] is GI on call tonight - pager [[PHONE:7714]]. Misc: the case in 9 is ready for floor if bed.
""", summary="""
Evening sign-out from [[NAME:Yu]] to [[NAME:Lysenko]] covers seven MICU patients, including [[NAME:Popa]]'s GI bleed with a transfusion threshold and [[NAME:de la Vega]]'s rewarming after cardiac arrest, plus an incoming admission for [[NAME:Varga]].
"""),

    dict(style="icu_attending_progress", note="""
MICU Attending Note - [[DATE:January 30, 2025]]
[[NAME:Babiak, Oleksandra]], {{age:49}}F, submassive PE. {{score:Wells 7.5}}, {{score:PESI class IV}}.
CTA: saddle embolus, RV/LV 1.4. Initial CXR read by Dr. [[NAME:Hampton]] (radiology) showed a pleural-based opacity, c/w {{eponym:Hampton hump}}, plus {{eponym:Westermark sign}}.
Interval: s/p catheter-directed thrombolysis (EKOS) by IR, {{drug:alteplase}} {{dose:1 mg/hr}} per catheter x12 h, done 0600. {{vital:HR 96}} (from 128), {{vital:BP 124/80}}, {{vital:SpO2 96%}} 2 L, {{lab:troponin 0.41}} (0.88), {{lab:BNP 640}}.
Exam: no bleeding at R femoral sheath site, no hematoma.
Plan: sheath out today, {{drug:heparin}} gtt -> {{drug:Eliquis}} {{dose:10 mg}} BID x7 d then {{dose:5 mg}} BID in 48 h. Hypercoag w/u not indicated acutely (on OCP - stop). PERT f/u w/ [[NAME:Gutiérrez-Moss]]; [[NAME:Hampton]] to compare on AM film.
Sister [[NAME:Nadiya]] in [[ADDRESS:Hamtramck]] updated w/ pt present.
[[NAME:Cyrus Beaulieu]], MD
""", summary="""
[[NAME:Oleksandra Babiak]] ({{age:49}}) with a submassive saddle PE improved after catheter-directed thrombolysis and will switch to {{drug:Eliquis}}. Dr. [[NAME:Hampton]]'s chest film had shown a {{eponym:Hampton hump}}.
"""),

    dict(style="goals_of_care", note="""
Goals-of-care / code status discussion - CVICU - [[DATE:8/19/25]]
Participants: pt [[NAME:Ferdinand Olteanu]] (decisional), wife [[NAME:Cristina]], Dr. [[NAME:Major]] (CT surgery), [[NAME:Ana-Maria Ghiță]], DNP (palliative).
Pt {{age:81}}, POD 11 AVR/CABG, prolonged vent wean, now trached. Asked for a "straight answer".
Discussed: he may wean from the vent over weeks; likely discharge to LTACH; a major complication (stroke, renal failure) would change things.
His wishes: continue trach/vent and rehab for now. If he needs dialysis or has a stroke, "no more" - comfort. DNR but otherwise full treatment (DNR-CCA). POLST form completed, copy to [[EMAIL:olteanu.cristina@lakemail.net]] at wife's request.
HCP: [[NAME:Cristina Olteanu]], [[PHONE:(412) 555-0122]]; alternate: son [[NAME:Mihai]], [[PHONE:412 555 0199]].
Follow-up: palliative weekly, re-discuss if renal function worsens ({{lab:Cr 1.9}} today).
[[NAME:AMG]] / [[NAME:aghita]]
""", summary="""
On [[DATE:8/19/25]] [[NAME:Ferdinand Olteanu]], trached after valve and bypass surgery, chose to continue ventilator weaning and rehab but to be DNR and to move to comfort care if he needs dialysis or has a stroke. His wife [[NAME:Cristina]] is HCP and a POLST was completed.
"""),

    dict(style="icu_attending_progress", note="""
Neuro ICU Attending Note
ICH, L basal ganglia, 28 mL, IVH extension; {{score:ICH score 3}}, {{score:GCS 8}} on arrival, now {{score:GCS 10T}}.
Overnight: ICP 14-19 w/ EVD open at 10. One {{dose:23.4%}} saline bolus for ICP 24 at 0200. {{lab:Na 152}} (goal 145-155).
BP: {{drug:nicardipine}} {{dose:5 mg/hr}}, SBP goal <140, {{vital:BP 136/78}}.
Exam: pupils 3 -> 2 equal, R hemiplegia, withdraws L, cough/gag present.
Imaging: repeat CT stable hematoma, IVH decreased, no hydrocephalus.
A/P: continue EVD, Keppra not indicated (no seizures), {{drug:Nimodipine}} not indicated. SCDs; SQ {{drug:heparin}} {{dose:5000 units}} TID starting tomorrow if CT stable. Early trach/PEG conversation planned with family later this week.
CC time 35 min.
""", summary="""
A patient with a left basal ganglia hemorrhage and IVH had one hypertonic saline bolus overnight for raised ICP but is stable on repeat CT. Subcutaneous heparin will start tomorrow and a trach/PEG discussion is planned.
"""),

    dict(style="family_meeting", note="""
Family mtg - MICU - [[DATE:Thurs 6/12]]  (pt: [[NAME:SOKOLOVSKA, ANHELINA]], {{age:34}}, AML, neutropenic sepsis + DAH)
Present: mom [[NAME:Tetiana]], partner [[NAME:Austin Reyes]], sister [[NAME:Mila]], BMT attending [[NAME:Brezina]], MICU [[NAME:McGarrity]], SW [[NAME:april]].
[[NAME:Austin]] read texts from her phone, shown to team with permission:
  "hey [[NAME:austin]] if this goes bad I want mom and [[NAME:mila]] here, not the whole church lol"   (sent [[DATE:5/30]] 21:14)
  "tell [[NAME:june]] im sorry about the wedding"   (sent [[DATE:5/30]] 21:16)
Team asked who [[NAME:june]] is - [[NAME:Mila]]: "[[NAME:June]] is her best friend, the wedding was in June, she was maid of honor."
Update from [[NAME:Brezina]]: marrow day 28 shows persistent blasts 40%; no further curative therapy. DAH worsening, {{vital:FiO2 80%}}, PEEP 14.
Decision: DNR; no escalation beyond current; will allow visitors per her texts; plan compassionate extubation when [[NAME:Mila]] and [[NAME:Tetiana]] ready, likely [[DATE:Sat 6/14]].
[[NAME:april]] to arrange overnight stay; [[NAME:June Castellanos]] (friend) allowed to visit per partner.
""", summary="""
At a family meeting on [[DATE:6/12]], [[NAME:Anhelina Sokolovska]]'s mother [[NAME:Tetiana]], partner [[NAME:Austin Reyes]] and sister [[NAME:Mila]] learned her AML is refractory and chose DNR with compassionate extubation planned for [[DATE:6/14]]. Her texts asked that her friend [[NAME:June]] be told and visit.
"""),

    dict(style="palliative_consult", note="""
PALLIATIVE CARE - FOLLOW-UP / ADVANCE DIRECTIVE REVIEW   [[DATE:10/02/2025]]
[[NAME:Kováčik, Pavol]]   MRN [[MRN:1198-4473]]   DOB [[DATE:1944-02-09]]   {{age:81}}M
MICU day 6, HFrEF with cardiorenal syndrome, now anuric; nephrology offering CRRT. {{lab:K 6.1}}, {{lab:BUN 112}}.
Advance directive (Slovak, notarized in [[ADDRESS:Bardejov]], dated "[[DATE:3. marca 2024]]"): no CPR, no intubation, no dialysis "ani na skúšku" (not even as a trial); yes to antibiotics and comfort. Translated by staff interpreter [[NAME:Ľudmila Hrušovská]] (x[[PHONE:5530]]).
Pt now {{score:RASS -2}}, not decisional.
Called daughter [[NAME:Jana Kováčiková-Lemaire]] in [[ADDRESS:Annecy]], France ([[PHONE:+33 6 55 41 20 87]]) - she says they last talked about it le [[DATE:4 avril]] and "Papa wrote it himself." Son [[NAME:Peter]] (lives in [[ADDRESS:olyphant]]) at bedside, agrees.
Recs:
1. No CRRT per AD - d/w Dr. [[NAME:Ivanchuk]] (nephro), agrees. Stop labs; no further {{drug:Lokelma}}.
2. DNR/DNI, comfort focus: {{drug:hydromorphone}} {{dose:0.2 mg}} IV q2h PRN dyspnea (renal), {{drug:haloperidol}} {{dose:0.5 mg}} PRN agitation, {{drug:glycopyrrolate}} PRN secretions.
3. Slovak-speaking Catholic priest requested - Fr. [[NAME:Milan Šimko]] coming at 1800.
Time 60 min. [[NAME:Merritt Vance]], MD, Palliative Medicine  -[[NAME:mv]]
""", summary="""
[[NAME:Pavol Kováčik]]'s Slovak advance directive of [[DATE:3. marca 2024]] refusing dialysis was translated and confirmed by his children [[NAME:Jana]] and [[NAME:Peter]], so CRRT was declined and care became comfort-focused with nephrologist Dr. [[NAME:Ivanchuk]]'s agreement.
"""),
]
