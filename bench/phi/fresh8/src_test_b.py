NOTES = [
    dict(style="fracture_clinic", note="""
FRACTURE CLINIC (ORTHOPAEDICS & TRAUMATOLOGY)                  Date: [[DATE:03/02/2025]]
Name: [[NAME:LEUNG Ka Man Ivy]]      Sex/Age: F/{{age:67}}      HN: [[MRN:HN19004552(3)]]
Tel: [[PHONE:9476 2218]]      Escort: daughter [[NAME:Apple Leung]]

Hx: slipped on wet floor at MTR station [[DATE:24/1]], FOOSH L wrist. CR + below-elbow POP in AED same day.
C/o: {{score:pain 3/10}} at rest, mild finger swelling in the mornings. No numbness.
O/E: POP intact, not tight. Fingers pink, cap refill < 2 s, full active finger flexion/extension. Median/ulnar/radial sensation intact. Thumb IP extension OK (EPL intact).
XR L wrist (today): extra-articular distal radius # ({{eponym:Colles}} type), position maintained post-CR; dorsal tilt 5 deg, radial height 10 mm, ulnar variance +1 mm. No further collapse.
Imp: L distal radius # - conservative, satisfactory.
Plan:
- continue BE POP to total 6/52
- finger & shoulder exercises, elevation
- {{drug:paracetamol}} {{dose:500 mg}} 2 tab QID prn
- explained CRPS ({{eponym:Sudeck}}) warning signs; to return earlier if pain/swelling escalate
- DXA referral (fragility #, postmenopausal)
- FU [[DATE:17/2/2025]] 09:30 with check XR out of POP

Dr. [[NAME:CHEUNG Chi Wai]] (MO)
""", summary="""
[[NAME:Ivy Leung]], {{age:67}}, has a conservatively managed L distal radius ({{eponym:Colles}}) fracture from [[DATE:24/1]] in satisfactory position; she continues in plaster with review on [[DATE:17/2/2025]].
"""),

    dict(style="ortho_postop_progress", note="""
ORTHO POST-OP NOTE - POD 1
Pt: [[NAME:Muthulakshmi Arumugam]]     [[AGE:93]]F     MRN [[MRN:8820415]]     Bed 7N-22
s/p R cemented hemiarthroplasty [[DATE:10/14/2024]] for displaced subcapital NOF fx ({{score:Garden IV}}). Surgeon Dr. [[NAME:McKenna]].

S: Overnight confused, pulling at lines, settled with reorientation by granddaughter. Pain controlled. Ate half of breakfast (idli brought by family).
O: {{vital:T 37.4}} {{vital:HR 92}} {{vital:BP 118/60}} {{vital:SpO2 95%}} 2L. {{score:CAM positive}}. Dressing dry, wound ok. Calf soft, foot WWP, DP palpable, EHL/FHL firing.
{{lab:Hb 8.4}} (pre-op 10.9), {{lab:Na 133}}, {{lab:Cr 1.3}}, {{lab:eGFR 28}}.
A/P:
- transfuse 1 unit PRBC, recheck Hb in AM
- VTE: {{drug:Lovenox}} {{dose:30 mg}} SC daily (renal dose) x 28 days
- analgesia: fascia iliaca block wearing off - {{drug:acetaminophen}} {{dose:1 g}} q8h scheduled, {{drug:oxycodone}} {{dose:2.5 mg}} q4h prn; avoid {{drug:tramadol}}
- delirium: geriatrics co-managing (Dr. [[NAME:Ruth Abernathy]]) - glasses/hearing aid, sleep hygiene, no benzos
- WBAT with PT, posterior hip precautions
- {{eponym:Foley}} out today
Family: grandson [[NAME:Karthik Selvaraj]] is main contact, [[PHONE:(732) 555-0148]]; Tamil interpreter for patient.
-- [[NAME:J. Oduya]], PA-C
""", summary="""
[[NAME:Muthulakshmi Arumugam]], [[AGE:93]], is POD 1 after a R hemiarthroplasty on [[DATE:10/14/2024]] for a {{score:Garden IV}} hip fracture, with delirium and {{lab:Hb 8.4}} requiring transfusion; {{drug:Lovenox}} and geriatrics co-management continue.
"""),

    dict(style="anaesthesia_preop", note="""
ANESTHESIA PRE-OPERATIVE EVALUATION
Patient: [[NAME:Kim, Soo-jin]]      DOB: [[DATE:1979.05.23]]      MRN: [[MRN:4471209]]
Procedure: laparoscopic cholecystectomy      Surgeon: Dr. [[NAME:Andrew Pak]]      DOS: [[DATE:11/19/2024]]

HPI: {{age:45}}F with recurrent biliary colic. No cholangitis/pancreatitis.
PMH: hypothyroidism, anxiety. Prior anesthesia: C-section (spinal) 2015, severe PONV after D&C under GA.
Meds: {{drug:levothyroxine}} {{dose:88 mcg}}, {{drug:sertraline}} {{dose:50 mg}}. NKDA. Non-smoker, rare EtOH.
Airway: {{score:Mallampati II}}, TMD > 6 cm, mouth opening 3 FB, full neck ROM, no loose teeth.
{{vital:BP 122/76}}, {{vital:HR 66}}, {{vital:SpO2 99%}}, BMI 26. Heart RRR no murmur, lungs clear.
METs > 4 (climbs 3 flights). {{score:STOP-BANG 1}}. {{score:Apfel 3}} (female, non-smoker, post-op opioids) + hx PONV.
Labs: {{lab:Hb 12.8}}, {{lab:TSH 1.9}}. Urine hCG day of surgery.
{{score:ASA II}}
Plan: GA/ETT, TIVA with {{drug:propofol}}, {{drug:dexamethasone}} {{dose:4 mg}} at induction, {{drug:ondansetron}} {{dose:4 mg}} at end, {{drug:scopolamine}} patch pre-op, multimodal analgesia, minimize opioids.
NPO: no solids after midnight; clear fluids until 2 h before arrival. Take {{drug:levothyroxine}} and {{drug:sertraline}} AM of surgery with sip of water.
Husband [[NAME:Lee Jung-hoon]] will drive; reachable at [[PHONE:571-555-0129]].
[[NAME:Kristen Holloway]], CRNA / attending Dr. [[NAME:V. Natarajan]]
""", summary="""
Pre-op evaluation for [[NAME:Kim Soo-jin]], {{age:45}}, before laparoscopic cholecystectomy on [[DATE:11/19/2024]]: {{score:ASA II}}, easy airway, high PONV risk, planned TIVA with multimodal antiemetics.
"""),

    dict(style="pacu_nursing", note="""
PACU  - [[NAME:Kaur, Simran]]  #[[MRN:6629018]]
Proc: L TKA under spinal + adductor canal block. Anes: Dr. [[NAME:B. Sidhu]]

1435 arrived. {{vital:BP 98/54}} {{vital:HR 58}} {{vital:SpO2 94%}} 6L FM {{vital:RR 14}} {{vital:T 36.1}}. Drowsy, rousable. {{score:Aldrete 8}}. Dressing dry, ice machine on.
1450 {{vital:BP 104/60}}. Weaned to 2L NC, {{vital:SpO2 97%}}. Warm blanket.
1505 {{score:Aldrete 9}}. {{score:Pain 3/10}} knee. c/o nausea -> {{drug:Zofran}} {{dose:4 mg}} IV.
1530 spinal receding, level ~T10 -> L1, wiggling toes bilat. Bladder scan 410 mL, unable to void -> straight cath 450 mL per protocol.
1540 husband [[NAME:Balwinder]] updated in family waiting area, he asks for Punjabi-speaking staff for teaching tomorrow if possible.
1610 {{score:Aldrete 10}}, {{score:pain 2/10}}, nausea resolved. Sensation returning L leg, block still dense.
1620 report to [[NAME:Jasmine]], RN on 5 North. Transferred via bed with all belongings.
-- [[NAME:T. Reyes]], RN ([[NAME:TR]])
""", summary="""
[[NAME:Simran Kaur]] recovered in PACU after a L total knee arthroplasty under spinal anaesthesia, needing {{drug:Zofran}} for nausea and a straight cath, and went to the ward at {{score:Aldrete 10}}.
"""),

    dict(style="colonoscopy_report", note="""
COLONOSCOPY REPORT
Patient: [[NAME:Thanawat Srisuk]]      MRN: [[MRN:7720341]]      DOB: [[DATE:08/14/1968]]
Date of procedure: [[DATE:2025-03-11]]
Endoscopist: [[NAME:Somchai Pattanapong]], MD      Fellow: [[NAME:Sydney Gallagher]], MD
Nurse: [[NAME:A. Quiñones]], RN      Anesthesia: MAC ({{drug:propofol}}), Dr. [[NAME:Obiora]]

Indication: surveillance - 3 tubular adenomas 2019; father with CRC at {{age:60}}.
Prep: {{score:Boston Bowel Prep Scale 8}} (3/3/2), split-dose PEG.
Extent: cecum, identified by appendiceal orifice and ileocecal valve (photos). Withdrawal time 11 min.
Findings:
1. 6 mm sessile polyp, ascending colon - cold snare, retrieved (jar 1).
2. 12 mm pedunculated polyp, sigmoid - hot snare after {{drug:epinephrine}} stalk injection, 1 clip (jar 2).
3. Scattered sigmoid diverticulosis without inflammation.
4. Small non-bleeding internal hemorrhoids on retroflexion.
Pathology accession: [[MRN:GS25-04418]]
Complications: none. EBL minimal.

Impression: two polyps removed, diverticulosis.
Recommendations: await pathology; likely repeat colonoscopy in 3 years. Hold {{drug:aspirin}} {{dose:81 mg}} x3 days given clip/hot snare, then resume. High-fiber diet. Results to patient by letter and portal.
""", summary="""
Surveillance colonoscopy for [[NAME:Thanawat Srisuk]] on [[DATE:2025-03-11]] removed two polyps (pathology [[MRN:GS25-04418]]) with a {{score:Boston Bowel Prep Scale 8}}; {{drug:aspirin}} is held for 3 days.
"""),

    dict(style="egd_report", note="""
ESOPHAGOGASTRODUODENOSCOPY (EGD)                     [[DATE:Wed, 9 Apr 2025]]
Patient: [[NAME:Shafiqul Islam]], {{age:57}} M       Acct [[MRN:30094177]]       Ref: Dr. [[NAME:Nusrat Jahan]]
Endoscopist: [[NAME:Arjun Mehta]], MD
Indication: chronic GERD despite PPI, dysphagia to solids (meat, rice), weight stable.
Sedation: {{drug:midazolam}} {{dose:4 mg}} IV, {{drug:fentanyl}} {{dose:100 mcg}} IV (moderate, nurse-administered).

Findings:
- Esophagus: salmon-colored mucosa extending above GEJ, {{score:Prague C2M4}}. {{score:LA grade B}} esophagitis distally. {{eponym:Schatzki}} ring at GEJ, dilated with 18 mm balloon, minor mucosal disruption.
- Biopsies per {{eponym:Seattle}} protocol (4-quadrant q2 cm), jars 1-3; mapping to be repeated after 8 wk high-dose PPI as esophagitis may obscure dysplasia.
- Stomach: 3 cm hiatal hernia ({{eponym:Hill}} grade III flap valve). Mild antral erythema, biopsies per updated {{eponym:Sydney}} protocol for H. pylori.
- Duodenum: normal to D2.
Impression: suspected {{eponym:Barrett}} esophagus (C2M4) with LA B esophagitis; {{eponym:Schatzki}} ring dilated.
Plan: {{drug:omeprazole}} {{dose:40 mg}} BID x8 wk, then daily; soft diet today; await path; repeat EGD ~8-12 wk for mapping biopsies. Call [[PHONE:(347) 555-0102]] for chest pain, fever or vomiting blood.
""", summary="""
EGD on [[DATE:9 Apr 2025]] for [[NAME:Shafiqul Islam]], {{age:57}}, showed suspected {{eponym:Barrett}} esophagus ({{score:Prague C2M4}}) with {{score:LA grade B}} esophagitis and a {{eponym:Schatzki}} ring that was dilated; high-dose {{drug:omeprazole}} and repeat EGD are planned.
"""),

    dict(style="palliative_consult", note="""
PALLIATIVE CARE CONSULT
Patient: [[NAME:Grace Wambui Njoroge]]     {{age:71}} F     MRN [[MRN:9103472]]     Consult date [[DATE:01/22/2025]]
Requested by: Dr. [[NAME:Onyango]] (Oncology) - symptom management, goals of care

Metastatic pancreatic adenocarcinoma (liver, peritoneum) dx Aug 2024, progressed on FOLFIRINOX, now off treatment.
Symptoms (ESAS): {{score:pain 8/10}}, tiredness 7, nausea 4, appetite 8, drowsiness 3, depression 2, anxiety 5, SOB 1.
{{score:PPS 40%}}, {{score:ECOG 3}}.
Pain: epigastric boring pain -> back. Using {{drug:oxycodone}} {{dose:10 mg}} ~6x/day ({{dose:60 mg}}/day = {{dose:90 mg}} OME). Constipated 4 days.
Plan:
1. Start {{drug:OxyContin}} {{dose:20 mg}} q12h + {{drug:oxycodone}} {{dose:10 mg}} q2h prn breakthrough.
2. IR referral for celiac plexus neurolysis.
3. {{drug:Senna}} {{dose:2 tabs}} BID + {{drug:Miralax}} {{dose:17 g}} daily; {{drug:bisacodyl}} supp today.
4. Nausea: {{drug:Haldol}} {{dose:0.5 mg}} PO q6h prn; stop {{drug:Reglan}}.
5. GOC meeting held with pt, husband [[NAME:Peter Njoroge]], daughter [[NAME:Wanjiku]] in person and daughter [[NAME:Nyambura]] by video from [[ADDRESS:Nairobi]]. [[NAME:Grace]] understands time is likely short (weeks to few months). Priorities: be at home, be comfortable, see grandchildren at Easter. DNR/DNI confirmed, MOLST signed.
6. Hospice referral - family prefers home hospice; SW to assist.
7. Chaplaincy: she would like a visit from her own PCEA pastor, Rev. [[NAME:Kamande]].
Total time 90 min, >50% counseling.
[[NAME:Annette Fairweather]], MD - Palliative Medicine, pager [[PHONE:5582]]
""", summary="""
Palliative care saw [[NAME:Grace Wambui Njoroge]], {{age:71}}, on [[DATE:01/22/2025]] for metastatic pancreatic cancer pain, starting {{drug:OxyContin}} and a bowel regimen; she chose DNR/DNI and home hospice with her husband [[NAME:Peter Njoroge]] and daughters.
"""),

    dict(style="pacu_handoff", note="""
Anesthesia -> PACU Handoff (I-PASS)
Procedure: open reduction internal fixation R ankle (bimalleolar), prone then supine.
Anesthetic: GA via LMA + popliteal sciatic & saphenous blocks ({{drug:ropivacaine}} {{dose:0.5%}} {{dose:25 mL}} total).
Airway: LMA size 4, easy. No difficult airway.
Intra-op: {{drug:propofol}} induction {{dose:200 mg}}, {{drug:fentanyl}} {{dose:100 mcg}}, {{drug:Decadron}} {{dose:8 mg}}, {{drug:Zofran}} {{dose:4 mg}}, {{drug:Ancef}} {{dose:2 g}} at 0812. Tourniquet 78 min at 250 mmHg.
Fluids: LR 1100 mL. EBL 20 mL. UOP not measured (no {{eponym:Foley}}).
Last vitals: {{vital:BP 126/70}}, {{vital:HR 72}}, {{vital:SpO2 98%}} on 3L NC, {{vital:EtCO2 38}}, {{vital:T 36.4}}.
Issues: HTN hx, held {{drug:lisinopril}} AM; glucose {{lab:BG 146}}. Block working - expect insensate foot 12-18 h, protect heel.
PONV risk low. {{score:Pain 0/10}} on arrival.
To do: ankle XR in PACU, elevate on 2 pillows, neurovascular checks q1h, d/c when {{score:Aldrete 9}}+ and XR read.
Questions? Call anesthesia resident via OR desk.
""", summary="""
Anaesthesia handed over a patient after R ankle ORIF under GA with LMA and sciatic/saphenous blocks, stable with {{score:Pain 0/10}}; PACU needs ankle X-ray and neurovascular checks.
"""),

    dict(style="ortho_sports_clinic", note="""
Sports Orthopaedics - New Patient
Pt: [[NAME:Rizky Pratama]]      {{age:23}} M      MRN [[MRN:5550832]]      Seen [[DATE:6/19/2025]]

Twisted R knee playing futsal on [[DATE:6/7]] - planted and pivoted, felt a pop, immediate swelling, couldn't continue. Now walking but knee "gives way" on stairs; clicking and catching medially.
Exam: small effusion, ROM 5-125 deg, medial joint line tender. {{eponym:Lachman}} 2B (soft endpoint), pivot shift 2+, anterior drawer +. {{eponym:McMurray}} + medially, {{eponym:Thessaly}} +. Valgus stress stable at 0 and 30. Neurovasc intact.
MRI (outside, [[DATE:6/14/25]]): complete ACL tear; vertical longitudinal tear posterior horn medial meniscus, possible bucket-handle component.
A/P: R ACL rupture with MM tear in a young athlete.
- R ACL reconstruction with BTB autograft + meniscal repair vs partial meniscectomy - tentatively [[DATE:Tues 7/15]]
- prehab with PT (quad activation, full extension) until then
- {{drug:naproxen}} {{dose:500 mg}} BID prn with food
- crutches, hinged brace for comfort
- work note for [[NAME:Rizky]] (warehouse, light duty)
Scheduling will call from [[PHONE:(503) 555-0161]]; he asked for confirmation by e-mail at [[EMAIL:rizky.pratama23@gmail.com]].
Dr. [[NAME:Marcus Bell]], Sports Medicine / Orthopaedic Surgery
""", summary="""
[[NAME:Rizky Pratama]], {{age:23}}, has a R ACL rupture with a medial meniscus tear from a futsal injury on [[DATE:6/7]]; reconstruction with Dr. [[NAME:Bell]] is tentatively planned for [[DATE:Tues 7/15]].
"""),

    dict(style="anaesthesia_preop_high_risk", note="""
PRE-ANAESTHESIA CLINIC - HIGH RISK AIRWAY
[[NAME:Themba Khumalo]]    DOB [[DATE:17 Oct 1975]]    MRN [[MRN:6018254]]
Planned: laparoscopic sleeve gastrectomy, [[DATE:03/04/2025]], Dr. [[NAME:Lindiwe Mahlangu]]

{{age:49}}M. BMI 44.2 (wt 141 kg). OSA on CPAP 12 cmH2O, good adherence (device download 6.8 h/night). HTN, prediabetes ({{lab:A1c 6.2%}}). No cardiac symptoms, walks 2 miles slowly.
Meds: {{drug:Wegovy}} {{dose:1.7 mg}} weekly (last dose [[DATE:2/23]]), {{drug:amlodipine}} {{dose:10 mg}}, {{drug:losartan}} {{dose:100 mg}}.
Airway: {{score:Mallampati IV}}, neck circ 48 cm, TMD 6 cm, beard, limited jaw protrusion. Previous intubation (appendectomy 2010): "grade 3 view, bougie" per wife [[NAME:Nomvula]], who was told at the time.
{{vital:BP 142/88}}, {{vital:HR 80}}, {{vital:SpO2 95%}} RA. {{score:STOP-BANG 7}}.
Echo: EF 55-60%, RVSP 38. ECG NSR. {{lab:Hb 15.1}}, {{lab:Cr 1.0}}.
{{score:ASA III}}
Plan:
- hold {{drug:Wegovy}} 1 week pre-op (done, last dose [[DATE:2/23]]); clear-liquid diet 24 h before; gastric US in pre-op holding
- bring CPAP on day of surgery, use in PACU
- ramped position, HFNO pre-oxygenation, video laryngoscope first attempt, bougie + FOB in room, second anaesthetist present
- opioid-sparing: {{drug:lidocaine}} infusion, {{drug:ketamine}}, TAP blocks by surgeon; {{drug:Bridion}} reversal
- continuous SpO2/capnography post-op, step-down bed booked
Reviewed with Dr. [[NAME:Fiona O'Dwyer]] (airway lead). Pt agrees.
[[NAME:D. Mokoena]], anaesthesia registrar
""", summary="""
[[NAME:Themba Khumalo]], {{age:49}}, with BMI 44, OSA and a predicted difficult airway ({{score:Mallampati IV}}, prior grade 3 view) was planned for video laryngoscopy and step-down monitoring for his sleeve gastrectomy on [[DATE:03/04/2025]], with {{drug:Wegovy}} held since [[DATE:2/23]].
"""),

    dict(style="ercp_report", note="""
ERCP PROCEDURE REPORT
Patient: [[NAME:Hélène Mbuyi Kabamba]]     DOB: [[DATE:02.06.1960]]     MRN: [[MRN:4302671]]
Date: [[DATE:14.01.2025]]     Endoscopist: [[NAME:Ahmed Rahman]], MD     Anaesthesia: Dr. [[NAME:Katz]] (GA, ETT)

Indication: acute cholangitis ({{eponym:Charcot}} triad on admission), CBD 11 mm with distal stones on MRCP. {{lab:T bili 4.8}}, {{lab:ALP 310}}, {{lab:WBC 16.2}}. {{score:Tokyo Guidelines grade II}}. On {{drug:Zosyn}} {{dose:4.5 g}} q6h.
Pre-procedure: {{drug:indomethacin}} {{dose:100 mg}} PR for post-ERCP pancreatitis prophylaxis; aggressive LR.
Findings:
- Normal major papilla. Deep biliary cannulation with sphincterotome and guidewire, 2 min, no PD cannulation.
- Cholangiogram: dilated CBD 11 mm with three filling defects, largest 9 mm. Intrahepatics mildly dilated. Cystic duct patent, gallbladder with stones.
- Biliary sphincterotomy (moderate). Balloon sweeps x4 extracted 3 stones and pus. Occlusion cholangiogram clear.
- 10 Fr x 7 cm plastic biliary stent placed given purulence.
Complications: none.
Recs: NPO 4 h then clears; monitor lipase/abdominal pain; continue {{drug:Zosyn}}; lap chole this admission (surgery aware, Dr. [[NAME:Benjamin Ashford]]); stent removal ERCP in 6-8 wk.
Family: daughter [[NAME:Sandrine]] informed in French via interpreter, [[PHONE:(614) 555-0133]].
""", summary="""
ERCP on [[DATE:14.01.2025]] for [[NAME:Hélène Mbuyi Kabamba]] with cholangitis cleared three common bile duct stones after sphincterotomy and placed a plastic stent; cholecystectomy is planned this admission.
"""),

    dict(style="palliative_dictation", note="""
palliative care follow up, dictated. patient is hajah [[NAME:siti khadijah binti omar]], [[AGE:ninety six]] years old, medical record [[MRN:7 3 1 0 5 5 8]], seen on the ward on the afternoon of [[DATE:the ninth of december]].

she has advanced dementia, bedbound, now taking only a few spoons of porridge a day, and over the last 48 hours has developed noisy breathing and more drowsiness. no distress per nursing when turned, but grimaces with mouth care. family at bedside, granddaughter [[NAME:farah]] and son encik [[NAME:rahman]], who is the decision maker. they are clear that they do not want her to go back to the ICU or have a feeding tube, consistent with the discussion with doctor [[NAME:lim]] last week.

on exam she rouses to voice briefly, {{vital:resp rate 24}}, upper airway secretions, no accessory muscle use, {{vital:sats 91 percent}} on room air, mottling of the knees. {{score:PPS 10 percent}}.

plan. one, comfort care order set. stop routine bloods, observations and the {{drug:enoxaparin}}. two, {{drug:glycopyrrolate}} {{dose:200 micrograms}} subcut every four hours as needed for secretions, reposition side lying. three, {{drug:morphine}} {{dose:1 to 2 milligrams}} subcut hourly as needed for breathlessness or pain, renal function poor so hold off on a driver for now. four, {{drug:midazolam}} {{dose:1 milligram}} subcut as needed for agitation. five, family would like the imam to visit and to be able to recite yasin at the bedside, nursing aware, and they asked that after death washing be done by female family members, ward has the contact for the mosque. six, estimated prognosis short days. i'll see her again tomorrow. end of dictation, [[NAME:isabel de la fuente]], palliative medicine.
""", summary="""
Hajah [[NAME:Siti Khadijah binti Omar]], [[AGE:96]], with advanced dementia appears to be dying; on [[DATE:the ninth of december]] palliative care started comfort care with as-needed {{drug:glycopyrrolate}}, {{drug:morphine}} and {{drug:midazolam}} and arranged the religious care her family asked for.
"""),

    dict(style="fracture_clinic_letter", note="""
Orthopaedic Fracture Clinic
[[DATE:5th August 2024]]

Dr [[NAME:N. Fernando]]
Lakeside Medical Practice
[[ADDRESS:22 Harrow Road]]
[[ADDRESS:Wembley HA9 6DE]]

Dear Dr [[NAME:Fernando]],

Re: Mr [[NAME:Ruwan Senanayake]], DOB [[DATE:12.09.1981]], Hosp No. [[MRN:RX4471902]]
Diagnosis: right ankle {{score:Weber B}} lateral malleolus fracture - stable

I reviewed Mr [[NAME:Senanayake]] in the fracture clinic today following an inversion injury playing cricket on [[DATE:Saturday 27th July]]. He met the {{eponym:Ottawa}} ankle rules in ED and radiographs showed an undisplaced {{score:Weber B}} fibular fracture. Weight-bearing views today show no widening of the medial clear space and the talus is congruent, so this is a stable injury.

He is comfortable in a walking boot and may fully weight bear as pain allows. VTE risk assessment is low and he has not been started on prophylaxis. I would be grateful if you could provide {{drug:co-codamol}} {{dose:30/500}} if his current {{drug:ibuprofen}} is insufficient. We will see him again in 4 weeks with a repeat weight-bearing X-ray and expect to wean him from the boot at 6 weeks. He can return to office work now; cricket not before 12 weeks.

Yours sincerely,

Mr [[NAME:Daniel Whitcombe]] FRCS (Tr & Orth)
Consultant Orthopaedic Surgeon
pp [[NAME:Kasun Jayasuriya]], Specialty Registrar

cc: Mr [[NAME:Ruwan Senanayake]], [[ADDRESS:41 Elmstead Avenue, Wembley HA9 8NX]]
""", summary="""
Mr [[NAME:Ruwan Senanayake]] has a stable {{score:Weber B}} right ankle fracture from [[DATE:27th July]], managed with a walking boot and full weight bearing, with review in 4 weeks.
"""),

    dict(style="hepatology_clinic", note="""
Hepatology Clinic - Cirrhosis follow-up
[[NAME:Lü Guoqiang]] ([[NAME:吕国强]]), {{age:58}}M, MRN [[MRN:2917736]], seen [[DATE:4/28/2025]] with wife [[NAME:Wang Xiuying]]. Mandarin interpreter [[NAME:Helen Qiu]] in person.

HBV cirrhosis, decompensated last year (ascites, one episode of HE). On {{drug:entecavir}} {{dose:0.5 mg}} daily since 2021, DNA undetectable.
Interval: no confusion per wife, 2-3 soft BMs daily on {{drug:lactulose}}. Abdominal girth stable, no paracenteses since Jan.
Meds: {{drug:entecavir}}, {{drug:lactulose}} {{dose:20 g}} BID, {{drug:Xifaxan}} {{dose:550 mg}} BID, {{drug:spironolactone}} {{dose:100 mg}}, {{drug:furosemide}} {{dose:40 mg}}, {{drug:carvedilol}} {{dose:6.25 mg}} BID.
Exam: {{vital:BP 104/62}}, {{vital:HR 64}}. No asterixis, mild shifting dullness, trace edema. Spider angiomata.
Labs: {{lab:Na 134}}, {{lab:Cr 0.9}}, {{lab:T bili 2.1}}, {{lab:albumin 2.9}}, {{lab:INR 1.5}}, {{lab:plt 71}}, {{lab:AFP 6}}.
{{score:Child-Pugh B8}}, {{score:MELD-Na 16}}.
US [[DATE:4/15]]: nodular liver, moderate ascites, no focal lesion, patent portal vein.
A/P:
- continue current regimen; HCC surveillance US + AFP q6mo
- varices: EGD w/ banding [[DATE:Friday 30 May 2025]], hold {{drug:carvedilol}} AM of procedure
- refer to transplant center; needs dental clearance, social work eval
- no alcohol (none since 2019), avoid NSAIDs, 2 g Na diet
- wife asks for results by e-mail: [[EMAIL:wangxy1969@163.com]]; home [[PHONE:(718) 555-0177]]
[[NAME:Priya Natarajan-Cole]], MD, Transplant Hepatology
""", summary="""
[[NAME:Lü Guoqiang]], {{age:58}}, with decompensated HBV cirrhosis ({{score:Child-Pugh B8}}, {{score:MELD-Na 16}}) was stable on [[DATE:4/28/2025]]; variceal banding is set for [[DATE:30 May 2025]] and he was referred for transplant evaluation.
"""),

    dict(style="endoscopy_sedation_record", note="""
ENDOSCOPY UNIT - NURSING SEDATION RECORD
Procedure: EGD + colonoscopy (bidirectional)       Room 2
Pre: {{vital:BP 134/80}}, {{vital:HR 76}}, {{vital:SpO2 98%}} RA, {{score:ASA II}}, {{score:Mallampati II}}. NPO since 2200, last clear 0530. Allergies: latex (room prepped). Consent signed, time-out done.
Time | Med / event                          | BP      | HR | SpO2
0802 | {{drug:Versed}} {{dose:2 mg}} IV, {{drug:fentanyl}} {{dose:50 mcg}} IV   | {{vital:128/78}}  | 74 | 98
0806 | scope in (EGD)                       | {{vital:122/74}}  | 80 | 97
0811 | EGD out, position change             | {{vital:118/70}}  | 78 | 97
0814 | {{drug:Versed}} {{dose:1 mg}}, {{drug:fentanyl}} {{dose:25 mcg}}         | {{vital:116/70}}  | 72 | 96
0816 | scope in (colon)                     | {{vital:114/68}}  | 70 | 95
0829 | cecum reached                        | {{vital:112/66}}  | 68 | 94 -> 2L NC
0845 | scope out                            | {{vital:120/72}}  | 72 | 98
Total: {{drug:Versed}} {{dose:3 mg}}, {{drug:fentanyl}} {{dose:75 mcg}}. No reversal ({{drug:Narcan}}/{{drug:Romazicon}}) needed.
Recovery: {{score:Aldrete 10}} at 0910, tolerated juice, ambulated to bathroom steady. {{score:Pain 1/10}} (bloating). Discharge instructions reviewed with escort; no driving until tomorrow.
""", summary="""
A bidirectional endoscopy under moderate sedation with {{drug:Versed}} {{dose:3 mg}} and {{drug:fentanyl}} {{dose:75 mcg}} was uneventful apart from a brief saturation dip, and recovery reached {{score:Aldrete 10}}.
"""),

    dict(style="paediatric_fracture_ed_consult", note="""
Ortho consult - ED, paeds
[[NAME:Aayush Tamang]]   {{age:6}} yo M   MRN [[MRN:8841025]]   [[DATE:09-21-2024]] 19:40
Fell ~5 ft from monkey bars at school playground around 4 pm, landed on outstretched L arm. Father [[NAME:Pasang Tamang]] and mother [[NAME:Sunita]] at bedside; mom more comfortable in Nepali - phone interpreter [[NAME:Bimala]] #[[MRN:70622]].
Exam: gross deformity + swelling L elbow, pucker sign absent. Radial pulse palpable, hand pink and warm, CR < 2 s. Weak "OK" sign (FPL/FDP index) - AIN neurapraxia. Radial and ulnar motor/sensation intact.
XR: displaced extension-type supracondylar humerus fx, {{score:Gartland III}}. Anterior humeral line anterior to capitellum.
Plan:
- posterior long-arm splint at ~30 deg flexion, elevate, NPO
- OR tonight/early AM: CRPP (Dr. [[NAME:Adèle Mbah]] on call)
- hourly neurovascular checks, call for pain out of proportion / pallor / pulse change (compartment)
- {{drug:ibuprofen}} {{dose:10 mg/kg}}, {{drug:morphine}} {{dose:0.05 mg/kg}} IV prn
- AIN palsy explained to parents: usually recovers over weeks-months
Parents consented with interpreter; father's cell [[PHONE:720-555-0158]].
-- [[NAME:Sam Whitlock]], MD (ortho PGY-3) / [[NAME:SW]]
""", summary="""
{{age:6}}-year-old [[NAME:Aayush Tamang]] has a {{score:Gartland III}} supracondylar humerus fracture with an AIN palsy from a fall on [[DATE:09-21-2024]] and is booked for closed reduction and pinning; his parents consented through an interpreter.
"""),

    dict(style="pacu_event_note", note="""
PACU NURSING EVENT NOTE
[[NAME:LAU, CHUN KIT KELVIN]]     {{age:27}}M     MRN [[MRN:5730418]]     [[DATE:18-Jun-2025]]
Proc: septorhinoplasty, GA/ETT (Dr. [[NAME:Wong]], anaesthesia). Nasal packs + external splint.

1112 arrived extubated, reversed with {{drug:Bridion}} {{dose:200 mg}} in OR.
1118 emerged abruptly - thrashing, pulling at nasal splint and IV, shouting in Cantonese, not following commands. {{score:RASS +3}}. {{vital:SpO2 93%}} on FM, {{vital:HR 128}}, {{vital:BP 158/92}}. Called for help; [[NAME:Mercy Achieng]], RN and Dr. [[NAME:Wong]] to bedside.
1120 airway patent, no stridor, oral suction - small amount of blood. Bladder scan 180 mL. Glucose {{lab:BG 112}}.
1122 {{drug:dexmedetomidine}} {{dose:0.5 mcg/kg}} IV over 10 min per Dr. [[NAME:Wong]]. Reassurance in Cantonese by [[NAME:Ho Wing-yan]] (PCA).
1135 calm, {{score:RASS 0}}, oriented, apologetic, no recall of episode. {{score:Pain 4/10}}. Splint intact, no epistaxis.
1200 {{vital:HR 84}}, {{vital:BP 126/78}}, {{vital:SpO2 97%}} 2L. {{score:Aldrete 9}}.
Pt's partner [[NAME:Janice]] updated by phone [[PHONE:+852 6112 0934]] (visiting from [[ADDRESS:Hong Kong]]). Incident report filed (no injury).
[[NAME:Mercy Achieng]], RN / [[NAME:MA]]
""", summary="""
[[NAME:Kelvin Lau]], {{age:27}}, had emergence delirium in PACU after septorhinoplasty on [[DATE:18-Jun-2025]], settled with {{drug:dexmedetomidine}} without injury, and reached {{score:Aldrete 9}}.
"""),

    dict(style="palliative_hospice_referral", note="""
HOSPICE REFERRAL - faxed to Meadowbrook Hospice intake, fax [[PHONE:301-555-0175]], ph [[PHONE:301-555-0170]]
Date: [[DATE:Oct 3, 2024]]     From: Palliative Care Service, pager [[PHONE:4810]]

Patient: [[NAME:Emmanuel Tabi Ebai]]     DOB: [[DATE:1/12/1945]]     SSN: [[SSN:531-88-4417]]
Medicare MBI: [[MRN:1EG4-TE5-MK72]]     Hospital MRN: [[MRN:6672091]]
Address: [[ADDRESS:7702 Greenbelt Rd, Apt 5]], [[ADDRESS:Greenbelt, MD 20770]]
Hospice diagnosis: end-stage heart failure, HFrEF (EF 15%), NYHA IV, not a candidate for LVAD/transplant.
Also: CKD 4, AF on {{drug:Eliquis}}.
Recent: 3 admissions in 4 months for decompensation; dyspneic at rest, {{score:PPS 30%}}. Home milrinone discussed and declined.
Current meds: {{drug:torsemide}} {{dose:40 mg}} BID, {{drug:metolazone}} {{dose:2.5 mg}} prn, {{drug:Eliquis}} {{dose:2.5 mg}} BID, {{drug:morphine}} oral solution {{dose:2.5 mg}} q4h prn dyspnea.
ICD: deactivation of shocks completed today by EP (pacing left on).
Code status: DNR, MOLST on chart.
Caregivers: daughter [[NAME:Hope Tabi]] (HCP), cell [[PHONE:240-555-0142]], [[EMAIL:hope.tabi.rn@gmail.com]]; son [[NAME:Fon Ebai]] in [[ADDRESS:Buea]], speaks to dad nightly by WhatsApp.
Goals: home, with family, no more hospitalizations. Mr. [[NAME:Tabi Ebai]] had hoped to travel home once more; he understands now that is not possible and wants a video call with his village church.
Attending certifying: Dr. [[NAME:Nicole Ferreira]], NPI on file.
""", summary="""
[[NAME:Emmanuel Tabi Ebai]], with end-stage heart failure and {{score:PPS 30%}}, was referred to home hospice on [[DATE:Oct 3, 2024]] after ICD shock deactivation; daughter [[NAME:Hope Tabi]] is his health care proxy.
"""),

    dict(style="ibd_clinic", note="""
IBD Clinic - transition visit (from peds GI)
Name: [[NAME:Navneet Kaur Grewal]]   DOB [[DATE:2005/08/30]]   MRN [[MRN:3390512]]   Date [[DATE:Jan 8, 2025]]
Previous GI: Dr. [[NAME:Ravi Bhullar]], Children's GI. Mom [[NAME:Rupinder]] present for first half; saw [[NAME:Navneet]] alone for second half (HEADSS).

Ileocolonic {{eponym:Crohn}} disease dx age {{age:14}}, B1 (non-stricturing), no perianal disease. On {{drug:Humira}} {{dose:40 mg}} weekly (escalated 2023) + {{drug:methotrexate}} {{dose:15 mg}} SC weekly.
Now at college in [[ADDRESS:Davis]], doing well. 1-2 formed BMs/day, no blood, no abdominal pain. Occasional missed {{drug:Humira}} dose when traveling.
{{score:HBI 3}} (remission).
Labs: {{lab:CRP 2}}, {{lab:fecal calprotectin 85}}, {{lab:Hb 12.6}}, {{lab:ferritin 18}}, {{lab:B12 410}}, {{lab:vit D 22}}; {{lab:adalimumab trough 9.8}}, antibodies negative.
Plan:
1. Continue {{drug:Humira}} weekly; discussed stopping {{drug:methotrexate}} given good trough - will stop after next colonoscopy if mucosal healing; must use reliable contraception while on MTX (has {{drug:Nexplanon}}).
2. Iron: {{drug:ferrous sulfate}} {{dose:325 mg}} every other day; {{drug:vitamin D3}} {{dose:2000 IU}} daily.
3. Ileocolonoscopy in spring.
4. Sharps disposal + refrigerated shipping to college address; specialty pharmacy updated.
5. Transition: she'll manage her own refills and portal messages; mom OK with this.
Vaccines: HPV done, flu today; no live vaccines.
[[NAME:Camille Dubois-Nakamura]], MD, Adult IBD
""", summary="""
[[NAME:Navneet Kaur Grewal]], transitioning from paediatric care on [[DATE:Jan 8, 2025]], has {{eponym:Crohn}} disease in remission ({{score:HBI 3}}) on weekly {{drug:Humira}} with a good trough; iron deficiency is being treated and {{drug:methotrexate}} may be stopped.
"""),

    dict(style="ortho_postop_tka", note="""
Ortho Progress Note - POD 2
[[NAME:Kiprotich, Daniel K.]]  {{age:68}}M  MRN [[MRN:4188503]]  s/p R TKA [[DATE:2/11/25]] (Dr. [[NAME:Ellen Marsh]])

S: Slept OK. {{score:Pain 4/10}} at rest, {{score:7/10}} with PT. Passing flatus, tolerating diet. Voiding after {{eponym:Foley}} out yesterday. Wife [[NAME:Chebet]] visiting daily.
O: {{vital:T 37.6}} {{vital:HR 84}} {{vital:BP 134/76}} {{vital:SpO2 96%}} RA.
Dressing (Aquacel) with small strikethrough, marked. Calf soft, non-tender, {{eponym:Homan}} neg. Foot WWP, DP/PT palpable, EHL/FHL/TA/GS {{score:5/5}}, SILT.
ROM 5-85 deg (goal 0-90 before d/c). Walking 150 ft with RW, stairs x4 with rail.
{{lab:Hb 10.9}} (11.8), {{lab:Cr 1.0}}, {{lab:K 4.2}}, {{lab:glucose 168}}.
A/P:
- pain: {{drug:acetaminophen}} {{dose:1 g}} q8h, {{drug:celecoxib}} {{dose:200 mg}} BID, {{drug:oxycodone}} {{dose:5-10 mg}} q4h prn, ice/elevate
- VTE: {{drug:Xarelto}} {{dose:10 mg}} daily x 14 days
- DM2: resume {{drug:metformin}} {{dose:500 mg}} BID; SSI
- PT BID, CPM not used
- dispo: home tomorrow with HHPT if ROM > 90; f/u clinic 2 wks for wound check ([[DATE:Feb 25]])
[[NAME:DKM]] / [[NAME:Derek K. Mills]], PA-C
""", summary="""
[[NAME:Daniel Kiprotich]], {{age:68}}, is doing well on POD 2 after a R TKA on [[DATE:2/11/25]], on {{drug:Xarelto}} prophylaxis, with discharge home planned once knee flexion exceeds 90 degrees.
"""),

    dict(style="preop_phone_call", note="""
PRE-ADMISSION TELEPHONE CALL
Called pt [[NAME:Ratana Chaiyasit]] ("[[NAME:Nok]]") at [[PHONE:(619) 555-0112]] on [[DATE:7/10/25]], 2:15 PM. Identity confirmed with name + DOB ([[DATE:02/19/1962]]).

Procedure: R shoulder arthroscopy, rotator cuff repair, with interscalene block - Dr. [[NAME:Gregory Sato]]
Date/time: [[DATE:Thursday, July 17]] - arrive 5:45 AM, Pavilion Surgery Center, [[ADDRESS:900 Westlake Pkwy]], 3rd floor (park in garage B).
Instructions given:
- nothing to eat after midnight; clear liquids until 4:30 AM, then nothing
- {{drug:Eliquis}}: last dose Monday evening ([[DATE:Mon 7/14]]) per Dr. [[NAME:Sato]] + cardiology ok
- {{drug:Jardiance}}: stop 3 days before (last dose [[DATE:7/13]])
- take {{drug:metoprolol}} {{dose:25 mg}} and {{drug:Synthroid}} {{dose:75 mcg}} morning of surgery with a sip of water
- hold {{drug:lisinopril}} morning of surgery
- bring CPAP? - N/A, no OSA
- shower with CHG night before and morning of
Ride: niece [[NAME:Pim Chaiyasit]] will drive and stay 24 h. Pt speaks English well, Thai preferred for detailed consent - interpreter requested.
Questions re: sling and sleeping in recliner answered. Pt verbalized understanding by teach-back.
[[NAME:Dao]] (pharmacist) reviewed med list - no other changes.
-- [[NAME:Kelly Ann McBride]], RN, Pre-Admission Testing, ext [[PHONE:6-3390]]
""", summary="""
Pre-admission call on [[DATE:7/10/25]] prepared [[NAME:Ratana Chaiyasit]] for R rotator cuff repair on [[DATE:July 17]], with {{drug:Eliquis}} stopped after [[DATE:Mon 7/14]] and {{drug:Jardiance}} after [[DATE:7/13]].
"""),

    dict(style="palliative_opioid_conversion", note="""
Palliative Care - opioid rotation note
Reason: neurotoxicity on {{drug:hydromorphone}} (myoclonus, vivid hallucinations) with worsening renal function ({{lab:Cr 2.4}}, from 1.3).

Current 24 h use: {{drug:Dilaudid}} PCA basal {{dose:0.4 mg/h}} + demand ~{{dose:4 mg}}/24h = {{dose:13.6 mg}} IV/24h.
Conversion: IV {{drug:hydromorphone}} {{dose:13.6 mg}} ~ OME 272 mg/day (1 mg IV HM = 20 mg PO morphine).
Chosen: {{drug:methadone}} not preferred given {{lab:QTc 498 ms}} on ECG; {{drug:fentanyl}} chosen (no active metabolites).
OME 272 -> {{drug:fentanyl}} ~{{dose:135 mcg/h}}; reduce 30% for incomplete cross-tolerance -> {{dose:90-100 mcg/h}}.
Plan:
- Stop {{drug:Dilaudid}} PCA.
- Start {{drug:fentanyl}} IV infusion {{dose:75 mcg/h}} now (patch not reliable yet - cachexia, fever), breakthrough {{dose:25 mcg}} IV q1h prn (~10-15% of daily dose split).
- Reassess in 4 h; titrate by 25%.
- Myoclonus: {{drug:lorazepam}} {{dose:0.5 mg}} IV q6h prn; hydration as per goals.
- {{drug:Haldol}} {{dose:0.5-1 mg}} IV q4h prn for hallucinations/agitation.
- Recheck QTc in AM. RASS and CPOT q2h by nursing.
Discussed with primary team and bedside RN; family at bedside in agreement.
""", summary="""
Palliative care rotated a patient with opioid neurotoxicity and worsening renal function from a {{drug:Dilaudid}} PCA to a {{drug:fentanyl}} infusion at {{dose:75 mcg/h}} with breakthrough dosing and prn {{drug:Haldol}} and {{drug:lorazepam}}.
"""),

    dict(style="gi_bleed_consult", note="""
GI CONSULT - upper GI bleed
Pt [[NAME:Park Soon-ja]] ([[NAME:박순자]]), [[AGE:92]] y.o. F, MRN [[MRN:9055124]], ICU bed 4. Date [[DATE:2025/02/20]].
Consult requested by MICU (Dr. [[NAME:Ogunleye]]).

Two days of black stools, syncope at home this AM; found by son [[NAME:Park Min-soo]]. On {{drug:Plavix}} {{dose:75 mg}} (stent 2022) + {{drug:meloxicam}} for knees.
{{vital:BP 86/50}} on arrival -> {{vital:BP 108/64}} after 2 u PRBC; {{vital:HR 104}}. {{lab:Hb 6.8}} (baseline ~11), {{lab:BUN 68}}, {{lab:Cr 1.2}}, {{lab:INR 1.1}}.
{{score:Glasgow-Blatchford 14}}. Pre-endoscopy {{score:Rockall 4}}.
Started {{drug:pantoprazole}} {{dose:80 mg}} IV bolus then {{dose:8 mg/h}}; {{drug:erythromycin}} {{dose:250 mg}} IV 30 min pre-scope.

EGD (bedside, 14:30): 1.5 cm duodenal bulb ulcer with non-bleeding visible vessel ({{score:Forrest IIa}}). {{drug:Epinephrine}} 1:10,000 {{dose:6 mL}} + 2 through-the-scope clips. Small amount of old blood in stomach. Biopsies for H. pylori (gastric antrum/body).
Recs:
1. {{drug:pantoprazole}} infusion x72 h then {{dose:40 mg}} BID x8 weeks.
2. Hold {{drug:Plavix}}; d/w cardiology re: restart in 3-5 days (stent > 12 mo old). Stop {{drug:meloxicam}} permanently.
3. Transfuse to {{lab:Hb > 7}}; rescope/IR if rebleed.
4. Treat H. pylori if positive.
Son [[NAME:Min-soo]] (HCP) updated at bedside in Korean with interpreter; [[PHONE:213-555-0104]].
[[NAME:J. Castellanos]], MD, GI fellow / attending Dr. [[NAME:Eun-ji Seo]]
""", summary="""
[[NAME:Park Soon-ja]], [[AGE:92]], had an upper GI bleed on {{drug:Plavix}} and {{drug:meloxicam}} ({{score:Glasgow-Blatchford 14}}) from a {{score:Forrest IIa}} duodenal ulcer that was treated endoscopically on [[DATE:2025/02/20]]; {{drug:Plavix}} is held and {{drug:pantoprazole}} continues.
"""),

    dict(style="palliative_family_meeting", note="""
PALLIATIVE CARE - FAMILY MEETING NOTE
Patient: [[NAME:MIAH, ABDUL KARIM]]     MRN [[MRN:1148760]]     Meeting [[DATE:11/27/2024]] 15:00-16:10, 6th floor family room

Present:
  - [[NAME:Rahima Khatun]] (wife)
  - [[NAME:Jamal Miah]] (son, HCP) and [[NAME:Faruk Miah]] (son)
  - [[NAME:Shirin Akter]] (daughter) by phone from [[ADDRESS:Sylhet]]
  - Imam [[NAME:Abdullah Siddiqui]] (family's mosque)
  - Dr. [[NAME:Isabel de la Fuente]] (Palliative), Dr. [[NAME:Kevin Tran]] (Oncology)
  - [[NAME:Tamika Jones]], LCSW; Bengali interpreter Mr. [[NAME:Habib]]

Patient ({{age:83}}, metastatic NSCLC to bone and brain) was too drowsy to participate; before this admission he told [[NAME:Jamal]] he did not want to "die on machines".
Medical update given by Dr. [[NAME:Tran]]: no further cancer-directed treatment is recommended; {{score:ECOG 4}}, likely weeks or less.
Family's questions: whether stopping IV fluids is permitted (discussed with Imam [[NAME:Siddiqui]] - family comfortable with comfort-focused care), whether he can be at home.
Outcome:
1. DNR/DNI - agreed by [[NAME:Jamal]] as HCP with family consensus.
2. Transition to comfort care; continue {{drug:dexamethasone}} {{dose:4 mg}} daily for headache, {{drug:morphine}} prn.
3. Home hospice referral; hospital bed and oxygen to home.
4. Family to arrange for prayers at bedside; staff to allow Zamzam water on lips.
Total time 70 min.
""", summary="""
At a family meeting on [[DATE:11/27/2024]], the family of [[NAME:Abdul Karim Miah]], {{age:83}}, with metastatic lung cancer, led by son [[NAME:Jamal Miah]], agreed to DNR/DNI, comfort care and home hospice.
"""),

    dict(style="hand_clinic", note="""
Hand & Upper Extremity Clinic
Patient: [[NAME:Pieter van der Merwe]]   {{age:55}}M   MRN [[MRN:7263019]]   [[DATE:03-Dec-2024]]
Referred by Dr. [[NAME:Sakura Ong]] (PCP). Wife [[NAME:Annelie]] present.

R > L hand numbness, thumb-index-middle, waking him at night x 1 yr; now dropping coffee cups. Works as a diesel mechanic (vibrating tools). Also R ring finger locking in the mornings.
Exam R: thenar atrophy, APB {{score:4-/5}}. {{eponym:Tinel}} + at carpal tunnel, {{eponym:Phalen}} + at 20 s, {{eponym:Durkan}} +. 2-pt discrimination 8 mm index. Ring finger A1 pulley nodule, triggering reproducible. {{eponym:Finkelstein}} neg. Palmar cords absent - no {{eponym:Dupuytren}}.
L: {{eponym:Tinel}} equivocal, {{eponym:Phalen}} + at 45 s, strength {{score:5/5}}.
NCS/EMG ([[DATE:11/18]]): severe R median neuropathy at wrist with denervation of APB; mild L.
Assessment: severe R CTS; R ring trigger finger; mild L CTS.
Plan:
- R open carpal tunnel release + R ring A1 pulley release under WALANT ({{drug:lidocaine}} {{dose:1%}} with {{drug:epinephrine}}) - consented
- continue {{drug:aspirin}} {{dose:81 mg}}, no need to hold for WALANT
- L: night splint, reassess
- off work ~2-4 wk; note given
Contact for scheduling: [[PHONE:405-555-0187]], or his old SA number [[PHONE:+27 82 555 0193]] (still has it on WhatsApp).
[[NAME:Ines Albuquerque]], MD, Hand Surgery
""", summary="""
[[NAME:Pieter van der Merwe]], {{age:55}}, has severe R carpal tunnel syndrome with thenar atrophy confirmed on NCS ([[DATE:11/18]]) and a R ring trigger finger; both releases under WALANT were planned on [[DATE:03-Dec-2024]].
"""),
]
