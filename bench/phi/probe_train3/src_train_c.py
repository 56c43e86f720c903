NOTES = [
    dict(style="op_note_dictated", note="""
this is [[NAME:Donal Mac Cárthaigh]] consultant general surgeon dictating an operative note on [[NAME:Bríd Ní Mhurchú]] comma first name [[NAME:B R I D]] with a fada on the I comma surname [[NAME:N I space M H U R C H U]] period hospital number [[MRN:zero four seven seven one nine two]] period date of operation [[DATE:the fourteenth of March twenty twenty five]] period new paragraph
procedure colon laparoscopic cholecystectomy and on table cholangiogram period surgeon myself comma assistant Ms. [[NAME:Aoife Geraghty]] S P R comma anaesthetist Dr. [[NAME:Furlong]] comma scrub [[NAME:gay]] [[NAME:kinsella]] period new paragraph
indication colon {{age:fifty eight}} year old lady from [[ADDRESS:ballinrobe]] comma county [[ADDRESS:Mayo]] comma three admissions with biliary colic since last summer comma positive {{eponym:Murphy}} sign on the most recent one per Dr. [[NAME:Murphy]] on the take comma {{score:ASA 2}} period new paragraph
findings colon chronically inflamed gallbladder with omental adhesions comma no frank pus comma cystic duct of normal calibre comma cholangiogram shows free flow into the duodenum with no filling defects period new paragraph
technique colon {{drug:co-amoxiclav}} {{dose:one point two grams}} IV at induction period open {{eponym:Hasson}} entry at the umbilicus comma pneumoperitoneum to twelve millimetres of mercury comma three further five mil ports under vision period fundus retracted cephalad comma {{eponym:Calot}} triangle dissected with the hook comma critical view of safety obtained and photographed period cystic duct cannulated and cholangiogram screened by [[NAME:Tez]] from radiography comma then duct and artery double clipped and divided period gallbladder off the liver bed with diathermy and delivered in a bag through the umbilicus period haemostasis period {{drug:bupivacaine}} {{dose:zero point two five percent twenty mls}} to the port sites period umbilical fascia closed with zero PDS comma {{eponym:Mayo}} scissors to cut comma skin subcuticular four oh Monocryl period new paragraph
estimated blood loss minimal period no drain period new paragraph
plan colon diet as tolerated comma home tomorrow if comfortable comma follow up with [[NAME:Geraghty]] in six weeks with histology period end of dictation
D: [[DATE:14/03/2025]] 17:42   T: [[DATE:15/03/2025]]   [[NAME:DMC]]/[[NAME:mf]]
""", summary="""
[[NAME:Donal Mac Cárthaigh]] dictated an uncomplicated laparoscopic cholecystectomy with a normal cholangiogram for [[NAME:Bríd Ní Mhurchú]] ({{score:ASA 2}}) on [[DATE:14/03/2025]]. She is for discharge the next day and clinic review with [[NAME:Geraghty]] and histology.
"""),

    dict(style="endoscopy_report_dictated", note="""
NINEWELLS HOSPITAL - ENDOSCOPY UNIT - PROCEDURE REPORT (dictated)
Patient: [[NAME:DRUMMOND, ALASDAIR J]]    CHI: [[MRN:1407526631]]    DOB: [[DATE:14/07/1952]]
Procedure date: [[DATE:Wed 9 April 2025]]    Endoscopist: Dr [[NAME:R. Barrett]]
Nurses: [[NAME:Mhairi Lennox]], [[NAME:Baz]] (bank)    Referrer: Dr [[NAME:Shona Kerr]], [[ADDRESS:Kirriemuir]]
OGD on [[NAME:Alasdair]] comma surveillance of known long segment {{eponym:Barrett}} oesophagus comma last scope March 2023 with no dysplasia period consent confirmed comma throat spray plus {{drug:midazolam}} {{dose:2 milligrams}} and {{drug:fentanyl}} {{dose:50 micrograms}} period {{vital:sats 96 percent}} on room air throughout comma [[NAME:Baz]] monitoring period new paragraph
findings colon {{score:Prague C3M5}} with no visible lesion on white light or NBI comma small sliding hiatus hernia comma {{score:LA grade A}} oesophagitis above the Z line period stomach and D2 normal period quadrantic biopsies every two centimetres into pots one to four period new paragraph
plan colon increase {{drug:omeprazole}} to {{dose:40 mg}} twice daily comma histology to the {{eponym:Barrett}} MDT comma if no dysplasia repeat in two to three years period [[NAME:Barrett]] happy for discharge once {{score:Aldrete 9}} or above period end of dictation
Recovery: {{vital:BP 138/82}} {{vital:HR 74}}, tolerating fluids, escort = wife [[NAME:Morag]]. -[[NAME:ml]]
11:40 discharged home, leaflet given, {{drug:omeprazole}} script printed. [[NAME:bz]]
""", summary="""
Surveillance OGD for [[NAME:Alasdair Drummond]] on [[DATE:9 April 2025]] showed {{score:Prague C3M5}} {{eponym:Barrett}} oesophagus without a visible lesion, and quadrantic biopsies were taken. [[NAME:Barrett]] increased {{drug:omeprazole}} to {{dose:40 mg}} twice daily pending MDT review.
"""),

    dict(style="op_note_dictated", note="""
OPERATION NOTE (dictated)
Procedure: Right open inguinal hernia repair ({{eponym:Lichtenstein}}) under local anaesthetic with sedation
Anaesthetic: {{drug:lidocaine}} 1% with adrenaline {{dose:20 mL}} plus {{drug:Chirocaine}} {{dose:0.5% 10 mL}}; {{drug:propofol}} TCI by the anaesthetist
Findings: indirect sac extending towards the scrotum, small direct component, {{score:EHS PL2}}. Ilioinguinal nerve identified and preserved, iliohypogastric not seen.
Technique: sac dissected off the cord, transfixed with 2-0 Vicryl and reduced. Prolene mesh 7.5 x 15 cm fashioned and secured with 2-0 Prolene to the pubic tubercle and along the inguinal ligament, superior border to the conjoint tendon with interrupted sutures, tails crossed around the cord.
Haemostasis checked. External oblique closed with 2-0 Vicryl, {{eponym:Scarpa}} fascia 3-0 Vicryl, skin 4-0 Monocryl subcuticular. Opsite dressing.
Blood loss minimal. Pain in recovery {{score:2/10}}.
Post-op: day case. {{drug:Panadol}} {{dose:1 g}} QID, {{drug:Nurofen}} {{dose:400 mg}} TDS with food for 5 days, {{drug:Endone}} {{dose:5 mg}} PRN (max {{dose:4 tablets}}). No lifting over 5 kg for 4 weeks. Wound check with GP practice nurse at day 10. No routine follow-up.
""", summary="""
Day-case right {{eponym:Lichtenstein}} mesh repair of an indirect inguinal hernia under local anaesthetic with sedation, ilioinguinal nerve preserved. Discharged on {{drug:Panadol}}, {{drug:Nurofen}} and PRN {{drug:Endone}} with lifting restrictions and a wound check at day 10.
"""),

    dict(style="op_note_dictated", note="""
Waikato Hospital - Women's Health - Operation Note (dictated, transcribed)
Patient [[NAME:TE WHARE, AROHA]]   NHI [[MRN:ZKP4419]]   DOB [[DATE:02/11/1994]]
Date [[DATE:3/2/2025]]   Surgeon Dr [[NAME:Fergus Kerr]]   Assist Dr [[NAME:Jo Ng]]   Anaesthetist Dr [[NAME:Tama Rāwiri]]
category two caesarean section for failure to progress at seven centimetres after twelve hours of {{drug:Syntocinon}} comma [[NAME:Aroha]] and her partner [[NAME:wiremu]] consented period spinal by Dr [[NAME:Rāwiri]] with {{drug:bupivacaine}} heavy {{dose:2.4 mL}} and {{drug:fentanyl}} {{dose:15 mcg}} period {{drug:cefazolin}} {{dose:2 g}} before skin period {{eponym:Pfannenstiel}} incision comma lower segment transverse {{eponym:Kerr}} uterine incision comma baby boy delivered cephalic at 14:06 with difficulty disimpacting the head comma [[NAME:Hine]] the midwife pushed up from below period {{score:Apgar 7}} at one minute and {{score:9}} at five comma weight {{vital:3.86 kg}} period {{drug:carbetocin}} {{dose:100 mcg}} IV comma placenta by controlled cord traction comma complete period uterus closed in two layers comma small left angle extension secured period EBL {{vital:900 mL}} period {{eponym:Foley}} draining clear urine period
Plan: {{drug:enoxaparin}} {{dose:40 mg}} daily for 10 days, FBC tomorrow (pre-op {{lab:Hb 118}}), skin-to-skin in theatre done.
Baby Boy [[NAME:Te Whare]] to postnatal ward with mum. Whānau aware, [[NAME:wiremu]] with baby. LMC [[NAME:Hine Tūhoro]] to follow up at home in [[ADDRESS:te awamutu]].
Dictated [[NAME:FK]] / typed [[NAME:rh]] [[DATE:04/02/2025]]
""", summary="""
Category 2 caesarean for failure to progress for [[NAME:Aroha Te Whare]] on [[DATE:3/2/2025]] by Dr [[NAME:Fergus Kerr]] via {{eponym:Pfannenstiel}} and lower segment {{eponym:Kerr}} incisions, with a difficult head disimpaction and EBL {{vital:900 mL}}. Baby boy {{score:Apgar 7}} and {{score:9}}; {{drug:enoxaparin}} for 10 days.
"""),

    dict(style="theatre_list", note="""
ELECTIVE LIST - THEATRE 3 - [[DATE:Thu 22/5/2025]] - Surgeon: [[NAME:Hollingworth]] - Anaes: [[NAME:McInerney]]
# | Pt | Age | Proc | ASA | UR | Notes
1 | [[NAME:FITZGERALD, Brendan]] | {{age:62}} | lap chole | {{score:2}} | [[MRN:339102]] | done 0840-0955, D/C home, {{drug:Endone}} x10 ~[[NAME:tb]]
2 | [[NAME:HALLORAN, Summer]] | {{age:34}} | diag lap +/- excision endo | {{score:1}} | [[MRN:341877]] | stage 2 endo excised, {{drug:Mirena}} inserted, ok ~[[NAME:tb]]
3 | [[NAME:Pike]] | {{age:71}} | R TKR | {{score:3}} | [[MRN:207554]] | BUMPED - no ortho bed, rebooked [[DATE:29/5]]; [[NAME:Hollingworth]] spoke w daughter [[NAME:rose]] on [[PHONE:0427 118 360]]
4 | [[NAME:Brown, Ty]] | {{age:19}} | ORIF R ankle {{score:Weber B}} | {{score:1}} | [[MRN:352019]] | syndesmosis stable on stress, 1/3 tubular plate, old brown haematoma washed out
5 | [[NAME:O'Shea-Doyle]] | [[AGE:91]] | DHS L NOF | {{score:3}} | [[MRN:118803]] | {{score:AMTS 7/10}}, {{lab:Hb 104}}, {{lab:INR 1.1}}; to ortho-geri after
- case 3 cancelled 1115, d/w [[NAME:Hollingworth]] + NUM
- anaes reg [[NAME:Bazza]] relieved [[NAME:McInerney]] 1300
- counts correct all cases, scrub [[NAME:KL]] / scout [[NAME:jp]]
- next list [[DATE:Thu 29 May]], [[NAME:Pike]] first
""", summary="""
Elective list for [[NAME:Hollingworth]] on [[DATE:22/5/2025]]: four cases done, including a DHS for [[NAME:O'Shea-Doyle]] ([[AGE:91]]). [[NAME:Pike]]'s right TKR was cancelled for lack of a bed and rebooked for [[DATE:29/5]].
"""),

    dict(style="cath_report_dictated", note="""
CARDIAC CATHETERIZATION REPORT - dictated
Pt: [[NAME:KEANE, PATRICK F]] ("[[NAME:Paddy]]")   MRN [[MRN:00488213]]   HAR [[MRN:7730215]]   DOB [[DATE:08/19/1949]]   SSN last 4 [[SSN:8816]]
Date: [[DATE:11/06/2024]]   Operator: [[NAME:Cormac Dwyer]], MD   Fellow: [[NAME:Róisín Lally]], MD   RN: [[NAME:mb]]   CVT: [[NAME:jd]]
{{age:seventy five}} year old man from [[ADDRESS:Quincy]] admitted with NSTEMI comma {{lab:troponin 4210}} peak comma normal {{eponym:Allen}} test and {{eponym:Barbeau}} type A on the right period access right radial 6 French comma {{drug:heparin}} {{dose:5000 units}} and {{drug:verapamil}} {{dose:2.5 mg}} intra-arterial period new paragraph
findings colon left main normal comma LAD 90 percent mid stenosis comma circumflex 40 percent comma dominant RCA with mild disease period {{lab:LVEDP 22}} period {{vital:BP 142/88}} at start period new paragraph
intervention colon EBU 3.5 guide comma workhorse wire comma predilation 2.5 balloon comma Xience 3.0 by 28 deployed at 14 atmospheres comma post dilated with 3.25 non compliant comma {{score:TIMI 3}} flow comma no dissection period {{drug:Brilinta}} {{dose:180 mg}} load comma continue {{drug:aspirin}} {{dose:81 mg}} period new paragraph
TR band on at 13:20 by [[NAME:mb]], 12 mL air. Back to 6 North.
Called wife [[NAME:Maureen]] at [[PHONE:(617) 438-2290]] with results.
Dictated by [[NAME:C. Dwyer]] - cosigned [[NAME:RL]]
""", summary="""
[[NAME:Patrick Keane]], {{age:75}}, had an NSTEMI; cath on [[DATE:11/06/2024]] by [[NAME:Cormac Dwyer]] found a 90% mid-LAD stenosis treated with one drug-eluting stent and {{score:TIMI 3}} flow. His wife [[NAME:Maureen]] was called with the results.
"""),

    dict(style="op_note_dictated", note="""
operation note for [[NAME:Margaret]] quote [[NAME:Peggy]] unquote [[NAME:Ashworth]] comma hospital number [[MRN:R as in Robert X H four four zero one seven]] comma date [[DATE:the twenty second of January]] period surgeon Mr [[NAME:Alistair Cowan]] comma assistant Dr [[NAME:Wren]] comma anaesthetist Dr [[NAME:Siddall]] period new paragraph
{{age:sixty eight}} year old right hand dominant lady comma fall on outstretched hand on ice in [[ADDRESS:tewkesbury]] comma dorsally displaced intra-articular distal radius fracture comma what the referral calls a {{eponym:Colles}} fracture comma {{score:AO 23-C2}} period new paragraph
GA plus supraclavicular block period {{drug:cefuroxime}} {{dose:1.5 g}} at induction period arm tourniquet to 250 period volar {{eponym:Henry}} approach through the FCR sheath comma pronator quadratus elevated comma fracture reduced under image intensifier and held with a K wire by Dr [[NAME:Ren]] comma 2.4 variable angle volar locking plate with distal row of locking pegs comma screw lengths checked on the skyline view comma DRUJ stable period tourniquet time fifty four minutes period pronator repaired comma skin three oh Monocryl comma dorsal backslab period new paragraph
post-op colon elevate comma fingers free comma {{drug:co-codamol}} {{dose:30/500}} two tablets QDS PRN comma wound check and backslab off at two weeks in fracture clinic with Mr [[NAME:Cowan]] period husband [[NAME:henry]] updated by phone from recovery period end of dictation
[[NAME:AC]]/[[NAME:dw]]   D: [[DATE:22/01/2025]]   T: [[DATE:23/01/2025]]
""", summary="""
[[NAME:Peggy Ashworth]] underwent volar plating of an intra-articular distal radius fracture through a {{eponym:Henry}} approach on [[DATE:22/01/2025]] under Mr [[NAME:Cowan]], assisted by Dr [[NAME:Wren]]. Fracture clinic at 2 weeks; husband [[NAME:Henry]] was updated.
"""),

    dict(style="procedure_note_dictated", note="""
PROCEDURE: Flexible bronchoscopy + EBUS-TBNA      Date: [[DATE:2025-08-12]]
Pt: [[NAME:Sharon]] "[[NAME:Shaz]]" [[NAME:Whitlock]]   UR [[MRN:A884120]]   Operator: [[NAME:Kilpatrick]]   Sedation: [[NAME:JR]] (anaes)
dictated colon {{age:fifty one}} year old ex smoker with a PET avid right hilar mass and 4R node comma {{lab:SUVmax 11.2}} period consent witnessed by [[NAME:sue]] period sedation {{drug:midazolam}} {{dose:3 mg}} and {{drug:fentanyl}} {{dose:75 mcg}} titrated by [[NAME:JR]] comma topical {{drug:lidocaine}} {{dose:2 percent 12 mls}} total period new paragraph
airway colon cords normal comma trachea normal comma right upper lobe anterior segment partly occluded by endobronchial tumour period EBUS stations 4R comma 7 and 11R sampled with a 22 gauge needle comma four passes each comma ROSE positive at 4R per [[NAME:Dawn]] from cytology period {{vital:SpO2 nadir 89 percent}} responded to jaw thrust comma no significant bleeding period new paragraph
Post-procedure obs (vitals by [[NAME:LM]]): {{vital:BP 128/74}} {{vital:HR 88}} {{vital:RR 16}} {{vital:SpO2 95%}} RA. Nil by mouth 1 hour.
Scope to decon with [[NAME:will]], traceability sticker in notes.
Handed off to [[NAME:AS]] in recovery 10:55. -[[NAME:jk]]
Results to lung MDT [[DATE:Tue 19/8]].
""", summary="""
EBUS-TBNA of stations 4R, 7 and 11R for [[NAME:Sharon Whitlock]] on [[DATE:2025-08-12]] by [[NAME:Kilpatrick]], with ROSE positive at 4R and a brief desaturation to {{vital:89%}}. Results go to the lung MDT on [[DATE:Tue 19/8]].
"""),

    dict(style="procedure_note", note="""
Procedure note - intercostal catheter insertion (right)
Indication: right pneumothorax, 3.1 cm at the hilum on CXR, breathless on exertion
Consent: written; bleeding, infection, organ injury, failure and recurrence discussed
Position: semi-recumbent, right arm behind head; site marked with bedside ultrasound, 5th ICS mid-axillary line within the triangle of safety
Asepsis: full, {{drug:chlorhexidine}} 2%
LA: {{drug:lignocaine}} {{dose:1% 15 mL}}
Technique: {{eponym:Seldinger}}, 12 Fr; rush of air on entry; sutured with 1-0 silk; connected to underwater seal, swinging and bubbling
Pre: {{vital:RR 24}} {{vital:SpO2 93%}} RA {{vital:HR 104}}    Post: {{vital:RR 18}} {{vital:SpO2 97%}} RA {{vital:HR 88}}
CXR post: lung re-expanded, tip apical, no surgical emphysema
Analgesia: {{drug:paracetamol}} {{dose:1 g}} QID, {{drug:oxycodone}} {{dose:5 mg}} PRN; pain now {{score:3/10}}
Plan: do not clamp; no suction unless persistent air leak; CXR in the morning; ambulatory {{eponym:Heimlich}} valve not suitable at present. Respiratory team aware.
Complications: nil
""", summary="""
A {{eponym:Seldinger}} 12 Fr intercostal catheter was inserted for a symptomatic right pneumothorax with full re-expansion and {{vital:SpO2 97%}} afterwards. No complications; underwater seal without suction and a CXR in the morning.
"""),

    dict(style="op_note_dictated", note="""
this is [[NAME:Euan Graham]] consultant surgeon dictating on [[NAME:Isobel McAteer]] comma that's [[NAME:M C A T E E R]] comma CHI [[MRN:two one zero six three two four four eight one]] comma emergency laparotomy [[DATE:Saturday the fifth of July]] period new paragraph
a [[AGE:ninety two]] year old lady from [[ADDRESS:paisley]] comma sudden epigastric pain after a fortnight of NSAIDs for her knees comma free gas on CT comma {{lab:lactate 3.4}} comma {{score:GCS 14}} comma {{score:NELA risk 18 percent}} period discussed with her and with her nephew [[NAME:Jack McAteer]] comma she wished to proceed comma DNACPR in place period new paragraph
art line sited by [[NAME:art]] [[NAME:Gillespie]] from anaesthetics comma {{eponym:Foley}} catheter placed pre-op by staff nurse [[NAME:Foley]] comma {{eponym:Ryle}} tube on free drainage period new paragraph
findings colon two litres of bile stained fluid comma no frank faeculent contamination comma 6 mm anterior duodenal perforation period new paragraph
procedure colon upper midline laparotomy comma omental patch repair in the style of {{eponym:Graham}} with three 2-0 Vicryl sutures comma leak test negative comma washout with six litres warm saline comma two 20 French {{eponym:Robinson}} drains to the subhepatic space and pelvis comma mass closure with looped PDS comma [[NAME:Kenny]] closed skin with clips period new paragraph
post-op colon HDU comma {{drug:Tazocin}} {{dose:4.5 g}} TDS comma {{drug:omeprazole}} {{dose:40 mg}} IV BD comma nil by mouth comma H pylori serology comma {{vital:HR 112}} {{vital:BP 104/60}} leaving theatre period end of dictation
""", summary="""
Emergency laparotomy by [[NAME:Euan Graham]] on [[DATE:5 July]] for a perforated duodenal ulcer in [[NAME:Isobel McAteer]], [[AGE:92]], repaired with an omental {{eponym:Graham}} patch and washout. Post-op HDU care with {{drug:Tazocin}} and IV {{drug:omeprazole}}.
"""),

    dict(style="op_note_dictated", note="""
OPERATION NOTE - dictated - Trauma & Orthopaedics
Name [[NAME:Nora Twomey]]   MRN [[MRN:C 219 4470]]   DOB [[DATE:01.02.1931]]   Age [[AGE:94]]
Date [[DATE:Mon 17th Feb]]   Surgeon Mr [[NAME:Fachtna O'Donovan]]   Assistant [[NAME:Daithí]] (SHO)   Anaes Dr [[NAME:Ní Chonaill]]
right displaced intracapsular neck of femur fracture comma {{score:Garden IV}} comma lives at home in [[ADDRESS:Clonakilty]] with her son [[NAME:Austin]] comma {{score:AMTS 8/10}} pre-op comma {{lab:Hb 101}} period spinal with {{drug:Marcaine}} heavy {{dose:2.2 mL}} plus fascia iliaca block period {{drug:cefuroxime}} {{dose:1.5 g}} period new paragraph
lateral {{eponym:Hardinge}} approach comma capsulotomy comma head extracted and measured 47 comma neck cut one centimetre above lesser trochanter comma cemented {{eponym:Thompson}} hemiarthroplasty 47 millimetre head comma an uncemented {{eponym:Austin Moore}} was not used given her bone quality period on cementing transient {{vital:BP 88/50}} treated with {{drug:metaraminol}} {{dose:0.5 mg}} by Dr [[NAME:Ní Chonaill]] comma recovered within two minutes period hip stable through range comma leg lengths equal period closure in layers comma clips period new paragraph
Plan: full weight bearing, {{drug:tinzaparin}} {{dose:3500 units}} for 28 days, Hb day 1, ortho-geri review. [[NAME:Daithí]] to do the drug chart.
Son [[NAME:austin]] phoned on [[PHONE:+353 87 214 5590]] from recovery.
-- [[NAME:FOD]]/[[NAME:sc]]
""", summary="""
[[NAME:Nora Twomey]], [[AGE:94]], had a cemented {{eponym:Thompson}} hemiarthroplasty via a {{eponym:Hardinge}} approach for a {{score:Garden IV}} hip fracture on [[DATE:17th Feb]], with transient hypotension on cementing. Her son [[NAME:Austin]] was updated by phone.
"""),

    dict(style="op_note", note="""
OPERATION NOTE - ENT
[[NAME:PICKERING, Kayden]]   Hosp no [[MRN:RWD228190]]   NHS [[MRN:402 118 7793]]   DOB [[DATE:19/09/2018]] ({{age:6}}y)
Date: [[DATE:Fri 7 Mar 2025]]   Surgeon: Mr [[NAME:Oliver Stanhope]]   Anaes: Dr [[NAME:Harriet Oakes]]   ODP: [[NAME:Gaz]]
Procedure: bilateral tonsillectomy (coblation) and adenoidectomy
Indication: recurrent tonsillitis, 8 episodes in the last year, meets {{eponym:Paradise}} criteria; snoring and witnessed pauses per mum [[NAME:Shaz]]
dictated colon {{eponym:Boyle-Davis}} gag with {{eponym:Draffin}} rods comma grade 3 tonsils comma extracapsular coblation dissection both sides comma adenoids curetted and suction diathermy to the bed comma haemostasis good comma {{vital:EBL 15 mL}} period {{drug:dexamethasone}} {{dose:0.15 mg/kg}} and {{drug:ondansetron}} {{dose:0.1 mg/kg}} IV period
Post-op: {{drug:Calpol}} {{dose:240 mg}} QDS and {{drug:ibuprofen}} {{dose:150 mg}} TDS for 7 days; normal diet encouraged.
Leaflet given to mum [[NAME:Sharon]] "[[NAME:Shaz]]" [[NAME:Pickering]] and dad [[NAME:Tez]]; GP in [[ADDRESS:Much Wenlock]] informed. If any bleeding attend A&E or ring the ward on [[PHONE:01952 641 332]].
[[NAME:OS]]/[[NAME:kd]]
""", summary="""
{{age:6}}-year-old [[NAME:Kayden Pickering]] had coblation tonsillectomy and adenoidectomy on [[DATE:7 Mar 2025]] under Mr [[NAME:Stanhope]] for recurrent tonsillitis meeting {{eponym:Paradise}} criteria. Post-op advice was given to his parents [[NAME:Shaz]] and [[NAME:Tez]].
"""),

    dict(style="op_note_dictated", note="""
Urology - Operation Report
Patient: [[NAME:Hēmi Ranginui]]   NHI [[MRN:PLK2290]]   DOB [[DATE:23-06-1957]]   Date of op: [[DATE:19 Oct 2024]]
Surgeon: [[NAME:Rob Macrae]]   Registrar: [[NAME:Kiri Parata]]
rigid cystoscopy and TURBT comma painless visible haematuria comma current smoker period findings colon 3 cm papillary tumour right lateral wall above the ureteric orifice comma small satellite at the dome comma both resected to include detrusor comma bimanual afterwards no mass palpable period {{drug:mitomycin C}} {{dose:40 mg}} instilled in recovery within six hours comma three way {{eponym:Foley}} 22 French comma irrigation light pink period {{lab:Hb 141}} pre-op period
Plan: catheter out day 1 if clear, histology to MDT [[DATE:Thu 24/10]], wife [[NAME:Hinemoa]] to drive him home to [[ADDRESS:Katikati]].
--- transcription audit ---
[[DATE:19/10/2024]] 16:02 dictated by [[NAME:rmacrae]]
[[DATE:20/10/2024]]08:47 transcribed by [[NAME:tfeatherstone]]
[[DATE:20/10/2024]] 11:15 edited by [[NAME:kparata]] (tumour size corrected 2 to 3 cm)
[[DATE:21/10/2024]] 07:30 signed by [[NAME:rmacrae]]
""", summary="""
TURBT of a 3 cm right lateral wall papillary tumour and a dome satellite for [[NAME:Hēmi Ranginui]] on [[DATE:19 Oct 2024]], with post-op {{drug:mitomycin C}} {{dose:40 mg}}. Histology goes to MDT on [[DATE:24/10]]; the report was signed by [[NAME:rmacrae]].
"""),

    dict(style="op_note", note="""
Operation: Left open carpal tunnel release
Anaesthesia: WALANT, {{drug:lidocaine}} 1% with adrenaline 1:100,000 {{dose:15 mL}}; no tourniquet, so no {{eponym:Bier}} block or {{eponym:Esmarch}} needed
Pre-op: positive {{eponym:Tinel}} and {{eponym:Phalen}} tests, thenar wasting, nerve conduction severe ({{score:Bland grade 5}})
Incision in line with the radial border of the ring finger, proximal to {{eponym:Kaplan}} cardinal line.
Palmar fascia divided; flexor retinaculum divided fully under direct vision; hourglass constriction of the median nerve; recurrent motor branch not seen, no extension into the forearm needed.
Haemostasis with bipolar. Skin 4-0 nylon interrupted. Soft dressing, hand elevated in a sling.
Patient comfortable throughout, pain {{score:1/10}}.
Post-op: sutures out at 10-14 days with the practice nurse; hand therapy leaflet; {{drug:paracetamol}} {{dose:1 g}} QDS PRN. Review in 6 weeks, sooner if numbness worsens.
""", summary="""
Left open carpal tunnel release under WALANT for severe carpal tunnel syndrome ({{score:Bland grade 5}}) with an hourglass median nerve constriction. Sutures out at 10-14 days and review at 6 weeks.
"""),

    dict(style="endoscopy_report_dictated", note="""
colonoscopy report on [[NAME:Madison Price]] comma date of birth [[DATE:the ninth of September nineteen eighty eight]] comma medicare number [[MRN:two nine five one four four seven one eight three]] comma procedure date [[DATE:Tuesday the 3rd of June]] period endoscopist Dr [[NAME:Lachlan Pyke]] comma sedation Dr [[NAME:Bree Calloway]] comma recovery nurse [[NAME:bo]] period new paragraph
indication colon positive FIT through the bowel screening program comma father [[NAME:Lincoln Price]] had bowel cancer at {{age:52}} period prep {{drug:Moviprep}} split dose comma {{score:Boston Bowel Prep Score 8}} period {{drug:propofol}} {{dose:180 mg}} total period new paragraph
findings colon caecum reached at 09:12 comma appendiceal orifice and ileocaecal valve photographed comma terminal ileum normal comma withdrawal eleven minutes period 12 mm sessile polyp ascending colon {{score:Paris 0-Is}} {{score:NICE 2}} removed by cold snare piecemeal comma two clips period 4 mm diminutive polyp sigmoid removed cold snare period no diverticula period new paragraph
plan colon histology comma surveillance colonoscopy in three years given the family history comma GP Dr [[NAME:Nev Hosking]] in [[ADDRESS:yackandandah]] to be copied period she can be contacted on [[PHONE:0412 553 907]] period end of dictation
dictated [[NAME:LP]] typed [[NAME:ck]]
""", summary="""
[[NAME:Madison Price]] had a colonoscopy for a positive FIT with a family history (father [[NAME:Lincoln]] with bowel cancer at {{age:52}}); a 12 mm {{score:Paris 0-Is}} ascending polyp and a small sigmoid polyp were removed. Surveillance in 3 years, copy to Dr [[NAME:Nev Hosking]].
"""),

    dict(style="procedure_note_dictated", note="""
procedure note dictated by Dr [[NAME:Sorcha Gilligan]] haematology S P R period patient [[NAME:Caoimhe]] that's [[NAME:C A O I M H E]] [[NAME:Feeney]] [[NAME:F E E N E Y]] comma hospital number [[MRN:M as in mother two two zero eight one six]] comma date [[DATE:twenty ninth of April]] period new paragraph
indication colon pancytopenia comma {{lab:Hb 78}} comma {{lab:platelets 41}} comma {{lab:neutrophils 0.6}} comma query MDS versus marrow infiltration period consent from [[NAME:Caoimhe]] herself comma partner [[NAME:Dec]] present period new paragraph
procedure colon bone marrow aspirate and trephine comma left posterior iliac crest comma {{drug:lidocaine}} {{dose:1 percent 10 mls}} plus {{drug:Entonox}} comma {{eponym:Jamshidi}} needle comma dry tap on the first pass comma adequate aspirate on the second comma trephine 22 millimetres comma pressure five minutes comma dressing period new paragraph
samples colon morphology comma flow cytometry comma cytogenetics comma NGS myeloid panel period labelled in the room and checked with [[NAME:Ríona]] the nurse period new paragraph
plan colon two units red cells today comma results to haem MDT [[DATE:Friday 2nd May]] comma clinic with Dr [[NAME:Hegarty]] the week after period [[NAME:Dec]] driving her home to [[ADDRESS:Tubbercurry]] period end of dictation
[[NAME:SG]]/[[NAME:nb]]
""", summary="""
Dr [[NAME:Sorcha Gilligan]] performed a left posterior iliac crest marrow aspirate and trephine for [[NAME:Caoimhe Feeney]]'s pancytopenia ({{lab:Hb 78}}, {{lab:platelets 41}}) on [[DATE:29th of April]]. Results go to the haematology MDT on [[DATE:Friday 2nd May]].
"""),

    dict(style="ir_procedure_report", note="""
IR PROCEDURE REPORT
Name: [[NAME:CHASE, Georgia]]   UR [[MRN:5510288]]   DOB [[DATE:30.11.1979]]
Date: [[DATE:28 Aug 2024]]   Radiologist: Dr [[NAME:Angus Bramwell]]   Nurse: [[NAME:Kylie]]   Radiographer: [[NAME:Jodie Pratt]]
Procedure: right IJ implanted port (single lumen, 8 Fr, power injectable)
Indication: adjuvant {{drug:FOLFOX}}; Ms [[NAME:Chase]] has poor peripheral access.
Technique: US-guided micropuncture of a patent compressible right IJV; {{drug:lignocaine}} {{dose:1% 20 mL}}; {{drug:cefazolin}} {{dose:2 g}} IV; {{drug:midazolam}} {{dose:2 mg}} / {{drug:fentanyl}} {{dose:50 mcg}}. Pocket on the right upper chest, catheter tunnelled, tip at the cavoatrial junction on fluoro. Port accessed with a 20G {{eponym:Huber}} needle, good blood return, flushed, chase with {{dose:10 mL}} saline, then locked with {{drug:heparin}} {{dose:500 units}}. Closed 3-0 Vicryl deep, 4-0 Monocryl skin, Dermabond.
Complications: none. EBL {{vital:<5 mL}}.
Post: may be used immediately. Ms [[NAME:Chase]] to oncology day unit [[DATE:Mon 2/9]] for C1. [[NAME:Bramwell]] says {{drug:Clexane}} withheld this morning can restart at 18:00.
""", summary="""
Ms [[NAME:Georgia Chase]] had a right IJ port inserted on [[DATE:28 Aug 2024]] by Dr [[NAME:Angus Bramwell]] for adjuvant {{drug:FOLFOX}}, without complications. The port is ready for cycle 1 on [[DATE:2/9]].
"""),

    dict(style="op_note_dictated", note="""
total thyroidectomy for {{eponym:Graves}} disease on [[NAME:Niamh O'Dowd]] comma that's [[NAME:O apostrophe D O W D]] comma hospital number [[MRN:L T H nine nine one four zero two]] comma date [[DATE:eleventh of November twenty twenty four]] period surgeon Mr [[NAME:Hugo Pemberton]] comma registrar Dr [[NAME:Tamsin Graves]] period new paragraph
{{age:thirty nine}} year old from [[ADDRESS:Otley]] comma relapsed twice off {{drug:carbimazole}} comma now on {{drug:propylthiouracil}} {{dose:100 mg}} TDS with {{drug:Lugol}} iodine for ten days pre-op period {{lab:free T4 18.4}} on the day comma {{vital:HR 76}} comma {{eponym:Pemberton}} sign negative period new paragraph
{{eponym:Kocher}} collar incision comma strap muscles split in the midline comma middle thyroid veins ligated comma superior poles taken close to the gland with the harmonic comma both recurrent laryngeal nerves identified at the ligament of {{eponym:Berry}} and confirmed with the NIM comma good EMG signals at the end comma {{eponym:Zuckerkandl}} tubercle dissected off the nerve on the right period four parathyroids seen comma left inferior dusky and autotransplanted into the left sternocleidomastoid by Dr [[NAME:Graves]] period no drain period new paragraph
post-op colon {{lab:PTH 1.4}} at four hours comma start {{drug:Adcal-D3}} two tablets BD and {{drug:alfacalcidol}} {{dose:0.5 mcg}} comma corrected calcium BD comma {{drug:levothyroxine}} {{dose:100 mcg}} from tomorrow comma voice check by [[NAME:Pemberton]] on the ward round period end of dictation
[[NAME:HP]]/[[NAME:jw]]
""", summary="""
Mr [[NAME:Pemberton]] and Dr [[NAME:Tamsin Graves]] performed a total thyroidectomy for {{eponym:Graves}} disease on [[NAME:Niamh O'Dowd]] on [[DATE:11 November 2024]] with both recurrent laryngeal nerves preserved and one parathyroid autotransplanted. Post-op {{lab:PTH 1.4}}, so calcium and {{drug:alfacalcidol}} were started.
"""),

    dict(style="procedure_note_nursing", note="""
pt [[NAME:Jack Brennan]] {{age:22}}M   Hosp [[MRN:SH 0073319]]   Day Surgery
[[DATE:12.06.2025]]-14:20 procedure note (dict.): excision pilonidal sinus comma prone jackknife position comma buttocks taped apart comma four midline pits with a lateral sinus comma methylene blue injected comma elliptical excision down to sacral fascia comma off midline closure with a {{eponym:Karydakis}} flap comma 2-0 Vicryl deep comma 3-0 Prolene skin comma no drain period [[NAME:jack]] tolerated well period -Mr [[NAME:Ruddock]]
14:55 recovery {{vital:BP 124/70}} {{vital:P 68}} pain {{score:2/10}}, {{drug:fentanyl}} {{dose:25 mcg}} x1 -[[NAME:kd]]
15:40 back to DSU, eating toast, mum [[NAME:Jo]] here to collect ~[[NAME:tb]]
16:10 d/c: wound leaflet, {{drug:co-codamol}} {{dose:30/500}} x 16, DN referral to [[ADDRESS:church stretton]] for wound check day 5, sutures out day 14. No driving 48h.  RN: [[NAME:mb]]
""", summary="""
[[NAME:Jack Brennan]], {{age:22}}, had a pilonidal sinus excision with a {{eponym:Karydakis}} flap in prone jackknife on [[DATE:12.06.2025]] and went home the same day with his mum [[NAME:Jo]]. District nurse wound check at day 5 in [[ADDRESS:Church Stretton]].
"""),

    dict(style="endoscopy_report_dictated", note="""
ERCP REPORT (dictated)
Patient [[NAME:McALLISTER, Earl]]   H&C No [[MRN:321 884 0197]]   DOB [[DATE:13/05/1946]]
Endoscopist: Dr [[NAME:Ciarán Devlin]]   Radiographer: [[NAME:Ellie Page]]   Nurses: [[NAME:Bronagh]], [[NAME:Conor]]
[[NAME:earl]] is a {{age:seventy eight}} year old with obstructive LFTs comma {{lab:bilirubin 112}} comma {{lab:ALP 640}} comma CBD stones on MRCP period case started at 10:20 under propofol by the anaesthetic team comma {{drug:diclofenac}} {{dose:100 mg}} PR beforehand period new paragraph
ampulla of {{eponym:Vater}} at the edge of a diverticulum comma cannulation difficult comma pancreatic duct wire placed and a 5 French pancreatic stent left comma biliary sphincterotomy comma 12 mm CBD with three stones cleared with balloon and {{eponym:Dormia}} basket comma occlusion cholangiogram clear comma [[NAME:Page]] saved the images period new paragraph
plan colon IV fluids comma amylase at four hours and page the gastro reg if over three times the upper limit comma abdominal x-ray at two weeks to confirm the stent has passed comma referral to Mr [[NAME:McCusker]] for lap chole period daughter [[NAME:Dawn]] waiting in the day room and updated period end of dictation
[[NAME:CD]]/[[NAME:ap]]   dictated [[DATE:4/3/2025]]
""", summary="""
[[NAME:Earl McAllister]], {{age:78}}, had ERCP on [[DATE:4/3/2025]] with sphincterotomy and clearance of three CBD stones plus a prophylactic pancreatic stent. Referral to Mr [[NAME:McCusker]] for lap chole; daughter [[NAME:Dawn]] updated.
"""),
]
