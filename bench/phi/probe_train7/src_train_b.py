"""Hand-written training notes, part b: secure-chat threads between staff, hurried handoff sign-outs (lower case,
arrows, initials), dictation transcripts with no capitals. Name pools: Tiv, Igbo, Ewe, Fula, Amazigh, Somali,
Oromo, Malagasy, Zulu, Xhosa, plus names that are English words and surnames that look like clinical words."""

NOTES = [
    dict(style="secure_chat", note="""
SECURE CHAT | ED -> Hospitalist admitting | [[DATE:Oct 14]]
[[NAME:Thandeka Zungu]] (ED) 08:52
hi - admit for you, bed 14. [[NAME:Sipho Mkhize]] {{age:71}}M, CAP + new AF w RVR, {{vital:HR 140s}} -> {{drug:diltiazem}} {{dose:10 mg}} IV x2,
now ~105. {{lab:lactate 2.4}}, {{score:CURB-65 3}}. got ceftriaxone + azithro. MRN [[MRN:8821407]]
[[NAME:Ray Hart]] (Hospitalist) 08:55
ok. code status? pcp?
[[NAME:Thandeka Zungu]] (ED) 08:57
full code per him. pcp is [[NAME:Ngcobo]] at Eastside CHC. [[NAME:Lindiwe]] on her way from [[ADDRESS:Parma]], cell [[PHONE:216-555-0175]]
[[NAME:Ray Hart]] (Hospitalist) 08:58
will see him shortly. hold the 2nd liter pls - EF 35% on the echo in May
[[NAME:Thandeka Zungu]] (ED) 08:59
done. [[NAME:Xolani]] is his nurse, tele ordered
[[NAME:Will Ndlovu]] (Bed Mgmt) 09:20
6W 612 clean at 11. [[NAME:Ray]] ok to assign?
[[NAME:Ray Hart]] (Hospitalist) 09:21
yes
[[NAME:Ray Hart]] (Hospitalist) 09:40
seen + accepting. chest x-ray RLL only, no effusion. [[NAME:Sipho]] asking for [[NAME:Lindiwe]] - she here yet?
[[NAME:Xolani Mbeki]] (RN) 09:42
[[NAME:Lindiwe]] and [[NAME:Siya]] in the room now. he wants his rosary from home, [[NAME:Siya]] will bring it tonight
"""  , summary="""
[[NAME:Thandeka Zungu]] (ED) handed off [[NAME:Sipho Mkhize]] ({{age:71}}) with pneumonia and new AF with RVR; [[NAME:Ray Hart]] accepted
him to 6W. [[NAME:Lindiwe]] and [[NAME:Siya]] are at the bedside.
"""),

    dict(style="handoff_signout", note="""
6w night signout   [[NAME:sh]] -> [[NAME:fm]]   [[DATE:11/2]]

612  [[NAME:edem kpodo]] {{age:58}}m dka resolved, on sq now ({{drug:lantus}} {{dose:18u}} given 2100). am bmp. [[NAME:yayra]] asking re dc, told her tmrw maybe
614  [[NAME:hart, william]] {{age:77}}m chf, {{drug:lasix}} {{dose:80 iv}} bid, cr 1.6 -> 1.9. if uop < 30/h x2 call me or [[NAME:tk]].
     goes by "[[NAME:billy]]", hard of hearing L ear
617  [[NAME:tersoo gbande]] {{age:44}}m etoh w/d, {{score:ciwa 14}} at 1800, phenobarb protocol. behavioral -> page [[NAME:gg]] (psych cl) pgr [[PHONE:4471]]
620  [[NAME:faith ayua]] {{age:33}}f pyelo on ceftriaxone, afeb x24h. if she spikes -> bcx, ct a/p. hope to dc am
622  [[NAME:sewuese]] {{age:29}}f sickle cell crisis, pca {{drug:dilaudid}} {{dose:0.2}}/10 min lockout, pain 7 -> 5. don't wean overnight.
     [[NAME:doose]] (mom) stays, very involved, will want an update at 6
todo
- f/u [[NAME:gbande]] mag @ 2200, replete if < 2
- [[NAME:sh]] will call [[NAME:tk]] re [[NAME:kpodo]] insulin in am
- 614 code status conv pending w [[NAME:amber]] - don't start it overnight
"""  , summary="""
Night handoff from [[NAME:sh]] to [[NAME:fm]] covering resolved DKA in [[NAME:edem kpodo]], diuresis in [[NAME:william hart]], alcohol withdrawal
in [[NAME:tersoo gbande]] ({{score:ciwa 14}}), pyelonephritis in [[NAME:faith ayua]] and a sickle cell crisis in [[NAME:sewuese]].
"""),

    dict(style="dictation_transcript", note="""
this is doctor [[NAME:adaeze nwachukwu]] dictating a rheumatology follow up on [[NAME:obiageli eze]] last name [[NAME:e z e]] date of birth
[[DATE:june fourth nineteen fifty two]] medical record number [[MRN:five five zero two nine one eight]] date of service [[DATE:march third
twenty twenty five]] new paragraph [[NAME:obiageli]] is a {{age:seventy two}} year old woman with seropositive rheumatoid arthritis who comes
in with [[NAME:nkechi]] who helps with her medicines comma she reports about an hour of morning stiffness in both hands and the right
knee has been swollen since she danced at [[NAME:chidinma]]s wedding which she says was worth it and brought her joy period she is on
{{drug:methotrexate}} {{dose:fifteen milligrams}} weekly {{drug:folic acid}} {{dose:one milligram}} daily and {{drug:hydroxychloroquine}} {{dose:two hundred
milligrams}} twice daily she stopped the {{drug:prednisone}} in january on her own new paragraph exam synovitis of the second and third
m c p joints bilaterally {{eponym:heberden}} nodes without {{eponym:bouchard}} nodes right knee effusion moderate {{lab:sed rate forty one}}
{{lab:c r p two point eight}} {{score:d a s twenty eight four point one}} moderate activity new paragraph plan increase methotrexate to
{{dose:twenty milligrams}} weekly cbc and liver panel in four weeks right knee aspirated and injected with {{drug:kenalog}} {{dose:forty
milligrams}} under sterile technique she tolerated it well annual eye exam for the plaquenil is due she will see doctor [[NAME:okwuosa]]
at the eye clinic [[NAME:nkechi]] will call if the knee gets hot return in three months cc doctor [[NAME:ifeanyi obi]] end of dictation
"""  , summary="""
Rheumatology follow-up for [[NAME:obiageli eze]] ({{age:seventy two}}) with active rheumatoid arthritis ({{score:d a s twenty eight four point one}}):
methotrexate increased to {{dose:twenty milligrams}} weekly and the right knee injected; eye exam with Dr. [[NAME:okwuosa]] is due.
"""),

    dict(style="secure_chat", note="""
Secure Chat - 5 North / Inpatient Pharmacy                                  [[DATE:Sat 7/12]]
[[NAME:Hope Ball]], RN  06:41
trough on 512 ([[NAME:Fatoumata Sow]]) came back {{lab:vanc trough 24.8}}. next dose due 0800 - hold?
[[NAME:Will Sterling]], PharmD  06:44
hold it, we will redose by level. creat?
[[NAME:Hope Ball]], RN  06:45
{{lab:Cr 1.7}}, was 1.1 on admit. also on pip-tazo
[[NAME:Will Sterling]], PharmD  06:47
ugh, that combo. I'll message the team. who has 512 today - [[NAME:Jalloh]] or [[NAME:Gay]]?
[[NAME:Hope Ball]], RN  06:47
[[NAME:Gay]] until 7 then [[NAME:Hawa]]. added @[[NAME:hjalloh2]]
[[NAME:Hawa Jalloh]], MD  07:18
[[NAME:Will]] - agree. stop vanc, switch pip-tazo to {{drug:cefepime}} {{dose:2 g}} q8h. MRSA nares neg. renal US if Cr still up this pm
[[NAME:Will Sterling]], PharmD  07:20
entered. hope the level's < 15 by tomorrow in case we need it again
[[NAME:Hope Ball]], RN  07:31
fyi [[NAME:Fatoumata]]'s son [[NAME:Ousmane]] asking for a Pulaar interpreter for rounds, booked [[NAME:Aminata]] via language line for 9
[[NAME:Hawa Jalloh]], MD  07:33
ty [[NAME:Hope]]
"""  , summary="""
[[NAME:Hope Ball]], RN reported a {{lab:vanc trough 24.8}} with rising creatinine in [[NAME:Fatoumata Sow]]; [[NAME:Will Sterling]], PharmD and
[[NAME:Hawa Jalloh]], MD stopped vancomycin and switched to cefepime. A Pulaar interpreter was booked for rounds.
"""),

    dict(style="dictation_transcript", note="""
operative report preoperative diagnosis symptomatic cholelithiasis postoperative diagnosis same procedure laparoscopic cholecystectomy
anesthesia general endotracheal estimated blood loss minimal specimens gallbladder to pathology drains none complications none new
paragraph indications this is a {{age:forty six}} year old woman with recurrent biliary colic and gallstones on ultrasound new paragraph
description the patient was identified in the holding area and brought to the operating room and placed supine {{drug:ancef}} {{dose:two
grams}} iv was given before incision sequential compression devices were on a {{eponym:foley}} catheter was not placed access was obtained
at the umbilicus with the {{eponym:hasson}} technique and pneumoperitoneum established to fifteen millimeters of mercury three five
millimeter ports were placed under direct vision the patient was placed in reverse {{eponym:trendelenburg}} with the right side up the
fundus was retracted cephalad and {{eponym:calot}}s triangle was dissected until the critical view of safety was obtained the cystic
duct and artery were clipped and divided the gallbladder was taken off the liver bed with {{eponym:bovie}} electrocautery and placed in an
endocatch bag multiple stones were noted hemostasis was confirmed the ports were removed under vision the fascia at the umbilicus was
closed with zero vicryl and the skin with four oh monocryl {{drug:exparel}} {{dose:twenty milliliters}} was infiltrated at the port sites
the patient tolerated the procedure well and went to pacu in stable condition she will follow up in clinic in two weeks end of dictation
"""  , summary="""
Dictated operative report of an uncomplicated laparoscopic cholecystectomy for symptomatic cholelithiasis in a {{age:forty six}}-year-old
woman, with critical view of safety obtained and follow-up in two weeks.
"""),

    dict(style="handoff_signout", note="""
MICU sign-out  day -> night   [[NAME:OM]] -> [[NAME:LY]]   [[DATE:Tue 1/21]]

bed 3  [[NAME:RANDRIAMAMPIANINA, TSIORY]]  {{age:66}}M  septic shock 2/2 stone cholangitis, s/p ERCP + stent today ([[NAME:Ma]]).
       levo {{dose:0.12}} weaning, vaso off 1500. {{lab:lactate 4.1}} -> {{lab:1.9}}. zosyn. [[NAME:Miora]] at bedside, anxious, prefers
       French - interpreter via iPad.
bed 5  [[NAME:Fanja Rabemananjara]] {{age:52}}F  ARDS from flu A, prone #2 started 1400, P/F 88 -> 140. cisatracurium, {{score:RASS -5}}.
       [[NAME:Andry]] calls nightly ~2200 from [[ADDRESS:Antananarivo]], ok to update.
bed 7  [[NAME:Rich Stone]] {{age:70}}M  EtOH cirrhosis, variceal bleed, banded x4 by GI, octreotide + ceftriaxone, 4u PRBC total,
       {{lab:Hgb 7.9}} stable x2. {{eponym:Sengstaken-Blakemore}} at bedside just in case. {{score:MELD 27}}. protein-rich TF to start am.
       [[NAME:Pat]] is HCPOA.
bed 9  [[NAME:Hery Andriamanalina]] {{age:81}}M COPD exac on BiPAP, DNR/DNI confirmed today w [[NAME:Nirina]] and [[NAME:Lova]].
overnight: am CXR all. bed 5 back supine 0600 per [[NAME:OM]]. stent issues -> GI fellow [[NAME:Tahina]] pgr [[PHONE:3-2290]], not Dr. [[NAME:Ma]].
"""  , summary="""
MICU day-to-night sign-out from [[NAME:OM]] to [[NAME:LY]]: [[NAME:Tsiory Randriamampianina]] in septic shock after ERCP, [[NAME:Fanja Rabemananjara]]
proned for ARDS, [[NAME:Rich Stone]] with a variceal bleed ({{score:MELD 27}}) and [[NAME:Hery Andriamanalina]] DNR on BiPAP.
"""),

    dict(style="dictation_transcript", note="""
discharge summary dictated by [[NAME:mark le]] physician assistant for doctor [[NAME:guuleed]] patient [[NAME:maxamed cabdi warsame]] medical
record number [[MRN:six one one four zero two two]] admitted [[DATE:january ninth]] discharged [[DATE:january fourteenth twenty twenty five]]
new paragraph [[NAME:maxamed]] is a {{age:sixty one}} year old man with poorly controlled type two diabetes {{lab:a one c eleven point two}} who
came in with a diabetic foot infection of the left great toe mri showed osteomyelitis of the first metatarsal head podiatry doctor
[[NAME:nimco hirsi]] did a left first ray amputation on [[DATE:the eleventh]] margins clean cultures grew mssa new paragraph discharge
medications {{drug:cefadroxil}} {{dose:one gram}} twice daily for two weeks {{drug:lantus}} increased to {{dose:thirty units}} nightly
{{drug:metformin}} {{dose:one thousand milligrams}} twice daily no picc was needed new paragraph the incision is clean with a small
pressure mark from the dressing nonweight bearing left foot in a darco shoe home health for wound care follow up with [[NAME:hirsi]]
in one week and doctor [[NAME:guuleed]] in two weeks [[NAME:cawaale]] interprets at home but please use a professional somali
interpreter for teaching copy to doctor [[NAME:ubah farah]] at the somali community health clinic end of dictation
"""  , summary="""
[[NAME:maxamed cabdi warsame]] ({{age:sixty one}}) was admitted [[DATE:january ninth]] for diabetic foot osteomyelitis and had a left
first ray amputation by [[NAME:nimco hirsi]]; discharged on cefadroxil with follow-up with [[NAME:hirsi]] and [[NAME:guuleed]].
"""),

    dict(style="secure_chat", note="""
RRT thread - 4 West   [[DATE:2025-06-21]]
[[NAME:Chase Do]] (RRT RN) 14:02
4W rm 418 w [[NAME:Galgalo Boru]], {{vital:SpO2 84%}} on 4L, {{vital:RR 32}}, {{vital:HR 124}}, {{vital:BP 98/60}}. POD 2 ex-lap. hx OSA, no CPAP from home
[[NAME:Megersa]] (Surg res) 14:03
on my way. what do you want to do with the PCA?
[[NAME:Chase Do]] (RRT RN) 14:04
paused it. {{drug:hydromorphone}} {{dose:0.4 mg}} x6 in last 2h per pump log. [[NAME:Wade]] bringing BiPAP
[[NAME:Wade Ma]] (RT) 14:09
BiPAP 12/6 on, FiO2 60%, sats 91. ABG sent
[[NAME:Chase Do]] (RRT RN) 14:16
{{lab:pH 7.24}} {{lab:pCO2 68}}. {{drug:naloxone}} {{dose:0.04 mg}} IV x1 at 14:14, opening eyes, following commands
[[NAME:Kadiir Megersa]] (Surg res) 14:20
ok. chase a repeat gas in 1h. transfer to SDU, Dr. [[NAME:Jaarso]] aware. PCA off, scheduled {{drug:Tylenol}} + {{drug:Toradol}} if Cr ok
[[NAME:Chase Do]] (RRT RN) 14:22
[[NAME:Bontu]] just got here, asking what happened. [[NAME:Galgalo]] wants her to stay with him
[[NAME:Kadiir Megersa]] (Surg res) 14:31
[[NAME:Bontu]] updated at bedside. thanks [[NAME:Chase]], [[NAME:Wade]]
"""  , summary="""
Rapid response for opioid-induced hypercapnic respiratory failure in [[NAME:Galgalo Boru]] on POD 2 ({{lab:pH 7.24}}, {{lab:pCO2 68}}): PCA stopped,
naloxone and BiPAP given by [[NAME:Chase Do]] and [[NAME:Wade Ma]], and transfer to step-down arranged by [[NAME:Kadiir Megersa]].
"""),

    dict(style="handoff_signout", note="""
NF handoff  [[NAME:tk]] to [[NAME:jp]]  gold team  [[DATE:12/30]]
- 8102 [[NAME:Amadou Sow]] {{age:57}}M LLE cellulitis, vanc -> cefazolin today. borders marked 1600; if it spreads past the mark call [[NAME:Ng]]
- 8104 [[NAME:Ait Ahmed, Dihya]] {{age:39}}F SLE flare, {{drug:Solu-Medrol}} {{dose:1 g}} day 2/3. BG 300s on steroids -> SSI.
       [[NAME:Aksil]] is the contact [[PHONE:(313) 555-0184]], calls late
- 8107 [[NAME:Mark Payne]] {{age:64}}M NSTEMI, heparin gtt, cath tmrw w [[NAME:Ng]], NPO p MN. chest pain -> ECG, trop, page cards fellow
       [[NAME:Boubacar]] x[[PHONE:5520]]
- 8110 [[NAME:tinhinane meziane]] {{age:22}}F DKA, gap closed 1900, on {{drug:glargine}} {{dose:16 u}}. eating. [[NAME:Tinhinane]] wants to shower - ok
- 8112 [[NAME:Bill Wart]] {{age:83}}M hip fx POD1, {{eponym:Buck}} traction off, sundowns, {{score:CAM+}} last night. sitter ordered, no benzos
       pls. his wife [[NAME:Pearl]] will sleep in the room
to do: [[NAME:jp]] f/u 8107 PTT at 0200. [[NAME:tk]] already spoke w [[NAME:Aksil]] at 1830
"""  , summary="""
Night float handoff from [[NAME:tk]] to [[NAME:jp]]: cellulitis in [[NAME:Amadou Sow]], lupus flare in [[NAME:Dihya Ait Ahmed]], NSTEMI on heparin in
[[NAME:Mark Payne]] awaiting cath with [[NAME:Ng]], resolved DKA in [[NAME:Tinhinane Meziane]] and delirium in [[NAME:Bill Wart]].
"""),

    dict(style="dictation_transcript", note="""
geriatrics consult this is [[NAME:lily ng]] nurse practitioner dictating for doctor [[NAME:idir amellal]] date of service [[DATE:the twenty
second of may]] patient [[NAME:dihya ouahrani]] [[NAME:o u a h r a n i]] she is a [[AGE:ninety five]] year old woman born in nineteen twenty nine
admitted after a fall at home asked to see her for delirium new paragraph history from [[NAME:tiziri]] who lives with her and from the
chart she speaks kabyle and french [[NAME:tiziri]] says at baseline she walks with a cane cooks couscous for the whole family on
fridays and knows everyone by name since admission she has been up at night pulling at her iv and calling for [[NAME:amayas]] who
died in two thousand eighteen new paragraph medications reviewed {{drug:oxybutynin}} {{dose:five milligrams}} twice daily and {{drug:zolpidem}}
{{dose:five milligrams}} at bedtime both on the {{eponym:beers}} list {{drug:donepezil}} {{dose:ten milligrams}} new paragraph exam {{vital:heart rate
eighty four}} {{vital:blood pressure one twenty eight over seventy}} inattentive {{score:cam positive}} {{score:moca fourteen}} no focal deficits
new paragraph assessment hyperactive delirium on mild dementia likely from the fall pain poor sleep and anticholinergics plan stop
oxybutynin and zolpidem melatonin {{dose:three milligrams}} at eight pm lights and blinds open by day glasses and hearing aids on
[[NAME:tiziri]] and [[NAME:yuba]] to stay nights if they can we will follow end of dictation
"""  , summary="""
Geriatrics consult for hyperactive delirium in [[NAME:dihya ouahrani]] ([[AGE:ninety five]]) after a fall; oxybutynin and zolpidem
({{eponym:beers}} list) were stopped and family ([[NAME:tiziri]], [[NAME:yuba]]) asked to stay nights.
"""),

    dict(style="secure_chat", note="""
Care coordination thread - 7 East discharge planning
[[NAME:Iveren Orkuma]] (CM)  [[DATE:Mon 9/8]] 10:02
[[NAME:Aondona Tyokase]] in 714 is medically ready per Dr. [[NAME:Ayua]]. PT rec SNF, {{score:AM-PAC 14}}. Auth started, ref #
[[MRN:AUTH-77104352]]. [[NAME:Mnena]] wants Heritage Manor in [[ADDRESS:Gahanna]], second choice Wellspring
[[NAME:Pearl Hart]] (Heritage liaison) 10:40
we can take him [[DATE:the twelfth]] if auth is back. does he need dialysis chair times?
[[NAME:Iveren Orkuma]] (CM) 10:44
no HD. he does have a wound vac - KCI unit, changes M/W/F
[[NAME:Pearl Hart]] (Heritage liaison) 10:52
ok. we have the vac supplies. need the H&P, last 3 days of MAR and the covid swab
[[NAME:Terkula Ayua]] (Hospitalist) 11:15
[[NAME:Iveren]] - H&P signed, d/c summary pending. fyi [[NAME:Aondona]] asked for his pastor, [[NAME:Iorwuese]], to visit before he goes
[[NAME:Grace Stone]] (SW) 11:20
I'll reach [[NAME:Iorwuese]]. [[NAME:Mnena]] also asked about transport - she can't drive him, it's a van w/c transport.
[[NAME:Iveren Orkuma]] (CM) [[DATE:Tue 9/9]] 09:05
auth approved, [[MRN:AUTH-77104352]] valid through [[DATE:9/22]]. transport booked for [[DATE:9/12]] 1300. [[NAME:Pearl]] confirmed bed 2B.
[[NAME:Mnena]] told by phone [[PHONE:614-555-0153]]; she will meet him there.
"""  , summary="""
Case management ([[NAME:Iveren Orkuma]]) arranged SNF transfer for [[NAME:Aondona Tyokase]] to Heritage Manor with a wound vac; auth was
approved and transport booked for [[DATE:9/12]], with [[NAME:Grace Stone]] contacting his pastor [[NAME:Iorwuese]].
"""),

    dict(style="handoff_signout", note="""
PACU -> 5 South handoff (SBAR), verbal + typed

S: lap sigmoid colectomy for diverticulitis, uncomplicated, GA. out of OR 13:40.
B: {{age:68}} yo, HTN, DM2 on {{drug:metformin}} (held), OSA w CPAP - machine came from home, in the bag. PCN allergy (rash).
A: {{score:Aldrete 9}}. {{vital:BP 136/82}} {{vital:HR 78}} {{vital:RR 14}} {{vital:SpO2 95%}} 2L NC. pain 4/10, PCA {{drug:Dilaudid}} {{dose:0.2 mg}} q10 min,
   no basal. {{drug:ondansetron}} {{dose:4 mg}} x1 for nausea, resolved. {{eponym:Jackson-Pratt}} LLQ with 40 mL serosang.
   {{eponym:Foley}} in, 150 mL since OR, yellow. 5 small port sites + {{eponym:Pfannenstiel}} dressings dry. Bair Hugger off, temp 36.8.
   {{lab:BG 182}} at 13:30, SSI given per protocol. ERAS pathway.
R: CPAP at all sleep. ambulate tonight w PT/RN. clear liquids now. Foley out POD 1 am. {{drug:Lovenox}} {{dose:40 mg}} SC starts tonight.
   I&S q1h awake. call surgery for JP output > 100 mL/h, HR > 120, UOP < 30 mL/h x 2.
"""  , summary="""
PACU-to-floor handoff after an uncomplicated laparoscopic sigmoid colectomy: {{score:Aldrete 9}}, pain controlled on a Dilaudid PCA,
{{eponym:Jackson-Pratt}} and {{eponym:Foley}} in place, and CPAP required for sleep.
"""),

    dict(style="dictation_transcript", note="""
emergency department note dictated by doctor [[NAME:kofi amegashie]] on [[NAME:mawuli dzokoto]] date of service [[DATE:october twelfth]] he is a
{{age:forty}} year old right hand dominant carpenter who fell about six feet from a ladder onto an outstretched right hand no head strike no
loss of consciousness [[NAME:akpene]] drove him in new paragraph exam obvious dinner fork deformity of the right wrist radial pulse two plus
cap refill brisk median nerve intact snuffbox nontender x-ray of the right wrist shows a dorsally angulated distal radius fracture
{{eponym:colles}} type no ulnar styloid involvement new paragraph procedure hematoma block with {{drug:lidocaine}} {{dose:one percent ten
milliliters}} closed reduction with finger traps by myself and [[NAME:ray]] our ortho tech post reduction films show near anatomic alignment
sugar tong splint neurovascularly intact after new paragraph {{drug:ibuprofen}} {{dose:six hundred milligrams}} and {{drug:norco}} {{dose:five
three twenty five}} for breakthrough follow up with doctor [[NAME:gbeho]] at hand clinic in one week [[NAME:akpene]] asked us to call her
cell at [[PHONE:six one four five five five zero one nine three]] with the ortho appointment [[NAME:mawuli]] understands he cannot work
until cleared end of dictation
"""  , summary="""
[[NAME:mawuli dzokoto]] ({{age:forty}}) fell from a ladder and sustained a {{eponym:colles}}-type distal radius fracture, reduced under
hematoma block with [[NAME:ray]] and splinted; follow-up with Dr. [[NAME:gbeho]] in one week.
"""),

    dict(style="secure_chat", note="""
OR desk / Anesthesia / Gen Surg - add-on chat   [[DATE:Thu 5 Jun]]
[[NAME:Khanyisa]] (OR desk) 11:05
add-on: [[NAME:Zola Majola]] {{age:47}}F lap appy, ready 1300, NPO since 0400. [[NAME:Unathi]] booked it
[[NAME:Unathi Gqola]] (Gen Surg PGY3) 11:07
yes pls. consent signed, she's in ED bay 9
[[NAME:Bill Ng]] (Anes) 11:10
room 6 after the hernia. airway hx? BMI?
[[NAME:Unathi Gqola]] (Gen Surg PGY3) 11:12
BMI 38, no airway issues w c-section 2019
[[NAME:Qhama Sobukwe]] (pre-op RN) 11:22
{{lab:hCG neg}}, {{lab:K 3.3}}. [[NAME:Zola]] says she took her {{drug:Ozempic}} 2 days ago
[[NAME:Bill Ng]] (Anes) 11:25
GLP-1 within a week -> RSI, not cancelling. {{drug:KCl}} {{dose:20 mEq}} IV pre-op pls
[[NAME:Ayanda]] (charge RN) 11:31
[[NAME:Bill]] - room 6 hernia running long, ~1330. [[NAME:Lwazi]] can open room 3 at 1245 if you have a CRNA
[[NAME:Bill Ng]] (Anes) 11:33
[[NAME:Ayanda]] yes, [[NAME:Mandla]] is free. room 3 at 1245. note for billing: urgent add-on, don't bill as elective
[[NAME:Khanyisa]] (OR desk) 11:35
moved. [[NAME:Zola]]'s husband [[NAME:Xolani]] in the family waiting room, cell [[PHONE:(216) 555-0138]]
"""  , summary="""
Add-on laparoscopic appendectomy for [[NAME:Zola Majola]] ({{age:47}}) moved to room 3 at 1245; [[NAME:Bill Ng]] planned RSI because of recent
Ozempic and ordered potassium for {{lab:K 3.3}}.
"""),

    dict(style="handoff_signout", note="""
L&D board handoff 0700   [[NAME:CN]] -> [[NAME:OU]]   [[DATE:Sunday 6/8]]

LDR 2  [[NAME:Adaeze Okafor]] {{age:31}} G2P1 39+2, SROM at dawn, clear. {{drug:Pitocin}} {{dose:6 mU/min}}, 6/80/-1 at 0630, GBS neg, cat I.
       [[NAME:Sky]] + [[NAME:Dawn]] (doula) at bedside. wants epidural "only if [[NAME:Dawn]] says so" lol
LDR 4  [[NAME:Ifeoma]] {{age:34}} G1P0 PEC w severe features. BP sky high at 0500 {{vital:BP 168/104}} -> {{drug:labetalol}} {{dose:20 mg}} IV, now 148/92.
       Mag {{dose:2 g/h}}, UOP 40/h, DTRs 2+, {{lab:plt 118}}. {{eponym:Foley}} bulb in for IOL at 0400. [[NAME:Chidi]] and her mum here.
PP 6   [[NAME:Uchenna Nwosu]] POD1 c/s, baby [[NAME:River]] 3.4 kg, {{score:Apgars 8/9}}, in NICU for TTN on CPAP. pumping.
       [[NAME:uche]] asks to go up to NICU at 0900 - ok once foley out + voids
triage [[NAME:OBI, CHINWE]] 28+1 decreased FM, NST reactive, BPP 8/8, dc home per Dr. [[NAME:Eze]] (typo'd as [[NAME:Ezeh]] on the
       AVS - fixed). kick counts reviewed.
other: river of texts from [[NAME:Nnamdi]] (family of LDR 4) at the desk - pls redirect to [[NAME:Ifeoma]]'s RN.
"""  , summary="""
L&D morning handoff from [[NAME:CN]] to [[NAME:OU]]: [[NAME:Adaeze Okafor]] laboring on Pitocin, [[NAME:Ifeoma]] with severe preeclampsia on
magnesium, [[NAME:Uchenna Nwosu]] post-cesarean with baby [[NAME:River]] in NICU, and [[NAME:Chinwe Obi]] sent home after a reactive NST.
"""),
]
