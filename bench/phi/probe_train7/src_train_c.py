NOTES = [
    dict(style="family_meeting", note="""
MICU FAMILY MEETING NOTE
Pt: [[NAME:TURSUN, AYGUL R]]   MRN [[MRN:40718826]]   Mtg [[DATE:11/18/2024]] 14:00, 4B conf rm
Present: [[NAME:Memet]], [[NAME:Zulpiye Ablimit]], [[NAME:Parhat Nurmemet]], [[NAME:Sakaw]], [[NAME:Iris Blood]], [[NAME:Hunter Cho]], [[NAME:Storm]]; [[NAME:Gulnar]] by phone from [[ADDRESS:Alexandria]]

[[NAME:Sakaw]] opened by walking through the nine days since admission: urosepsis from an obstructed ureteral stent, intubated in the ED, still on {{drug:Levophed}} {{dose:0.14 mcg/kg/min}} plus {{drug:vasopressin}}, {{lab:lactate 3.9}} this am, {{score:SOFA 12}}. [[NAME:Parhat]] interpreted in Uyghur for [[NAME:Memet]], who speaks English but wanted nothing lost. [[NAME:Gulnar]] asked twice whether dialysis would fix her mother's kidneys; [[NAME:Sakaw]] explained CRRT could support them but would not reverse the shock.
[[NAME:Memet]] and [[NAME:Zulpiye]] both said [[NAME:Aygül]] told them at her sister's funeral that she never wanted "the machines." [[NAME:Gulnar]] was silent a long while, then asked to hear it from [[NAME:Zulpiye]] directly, which [[NAME:Parhat]] relayed word for word.
[[NAME:Iris]] described how [[NAME:Aygül]] looks at the bedside ({{score:CPOT 2}} with turns, {{score:RASS -3}}), that her blood pressure drops with every turn, and that the family can stay overnight in shifts.
[[NAME:Storm]] offered to pray with them; [[NAME:Memet]] asked instead for an imam, and [[NAME:Hunter]] will call the community contact [[NAME:Memet]] gave, [[PHONE:703-555-0146]].
Plan: DNR as of today, continue current support without escalation (no CRRT, no third pressor), reconvene tomorrow 15:00 with [[NAME:Gulnar]] on video. We will not discuss extubation until the imam has visited.
-- [[NAME:H. Cho]], LICSW, pgr [[PHONE:4471]]
""", summary="""
At the [[DATE:11/18/2024]] MICU meeting led by [[NAME:Sakaw]], [[NAME:Memet]] and [[NAME:Zulpiye Ablimit]] relayed that [[NAME:Aygül Tursun]] never wanted machines, and the family agreed to DNR without escalation. [[NAME:Hunter Cho]] will arrange an imam, and [[NAME:Gulnar]] will join tomorrow by video.
"""),

    dict(style="social_work", note="""
SOCIAL WORK ASSESSMENT - 6 West Medicine
[[NAME:VANG, PAO]]   DOB [[DATE:02/11/1951]]   CSN [[MRN:7720193846]]

Referral from [[NAME:Colt Ha]], RN: "family conflict re: discharge." {{age:73}} y/o Hmong-speaking man, 4th CHF admission this year ({{lab:BNP 2140}}, {{vital:SpO2 88%}} RA on arrival), diuresing on {{drug:Lasix}} {{dose:40 mg IV BID}}.
Met [[NAME:Pao]] at bedside; he declined the phone interpreter and asked that [[NAME:Tou]], his eldest son, interpret. [[NAME:Pao]] lives with [[NAME:Mai Nou]], his wife of 51 years, in a duplex off [[ADDRESS:Arcade St]] in [[ADDRESS:St. Paul]]; three of their nine children live within a mile. [[NAME:Mai Nou]] fills his pill box weekly but broke her wrist ({{eponym:Colles}}) in August and cannot lift him.
[[NAME:Tou]] and his sister [[NAME:Yer]] disagree about TCU vs home. [[NAME:Yer]] works nights and thinks [[NAME:Mai Nou]] cannot keep up with daily weights and the fluid limit; [[NAME:Tou]] says the brothers will rotate evenings. [[NAME:Pao]] wants to go home and asked that [[NAME:Chue Lor]], the clan elder, be part of any decision.
called [[NAME:chue]] at 1430, he can come after 5 tomorrow. spoke w [[NAME:yer]] by phone ([[PHONE:651-555-0187]]), she will come if [[NAME:chue]] is there.
Plan: family meeting [[DATE:Thurs 5/16]] 1700 with [[NAME:Chue]], [[NAME:Tou]], [[NAME:Yer]], [[NAME:Mai Nou]]; [[NAME:Kue]] from the Hmong health navigator program (x[[PHONE:3390]]) to attend; PT/OT recs pending; Hmong-language heart failure zones handout given.
[[NAME:Gay Dorsey]], LGSW
""", summary="""
[[NAME:Gay Dorsey]] assessed [[NAME:Pao Vang]], whose children [[NAME:Tou]] and [[NAME:Yer]] disagree about TCU versus home after his fourth CHF admission. A family meeting including clan elder [[NAME:Chue Lor]] is set for [[DATE:Thurs 5/16]].
"""),

    dict(style="chaplaincy", note="""
Spiritual Care Note - 9 Oncology
Visited [[NAME:Tenzin Dolma]] at the request of [[NAME:Dorje]], who stopped me in the hall outside the nurses' station. [[NAME:Tenzin]] is Tibetan Buddhist; she was reciting mantras on her mala when I came in and [[NAME:Dorje]] asked that I not interrupt, so I sat with them. [[NAME:Grace]] came in to check the {{drug:Dilaudid}} PCA and kept the lights low.
Afterward [[NAME:Tenzin]] said in English that she is not afraid of dying but of dying "confused," and asked that her medicine not be raised so high she cannot pray. I passed this to [[NAME:Grace]] and to Dr. [[NAME:Sonam Tsering]], who is covering for [[NAME:Lhamo]] this week; they will discuss a lower basal with PRN boluses.
[[NAME:Dorje]] asked whether Geshe [[NAME:Ngawang Chödak]] from the dharma center in [[ADDRESS:Minneapolis]] could do phowa at the bedside as she declines. Confirmed with [[NAME:Ruby]] (charge) that up to 6 visitors are fine and that LED butter lamps are allowed; real flame is not, because of the wall O2.
Hope to see them again Monday. [[NAME:Tenzin]]'s daughter [[NAME:Pema]] arrives from [[ADDRESS:Dharamsala]] on the [[DATE:22nd]], and [[NAME:Dorje]] wants her there for any big decisions.
Grace and peace,
[[NAME:Heather Moss]], MDiv, BCC
""", summary="""
Chaplain [[NAME:Heather Moss]] sat with [[NAME:Tenzin Dolma]] and [[NAME:Dorje]]; [[NAME:Tenzin]] fears sedation more than death, which was relayed to [[NAME:Grace]] and Dr. [[NAME:Sonam Tsering]]. Geshe [[NAME:Ngawang Chödak]] may do phowa at the bedside, and daughter [[NAME:Pema]] arrives on the [[DATE:22nd]].
"""),

    dict(style="bereavement", note="""
BEREAVEMENT FOLLOW-UP - hospice, 2 wk call
called [[NAME:lorraine begay-yazzie]] at [[PHONE:928-555-0113]]. [[NAME:harrison]] died at home in [[ADDRESS:Chinle]] on [[DATE:the twelfth]], age [[AGE:91]], with [[NAME:lorraine]], their granddaughter [[NAME:jade]] and his brother [[NAME:wilson tsosie]] at the bedside.
[[NAME:Lorraine]] says she is "ok in the daytime." Nights are hard; she has been sleeping on the couch, not in their bed. [[NAME:Jade]] is staying through the end of the month and drives her to the chapter house. The family had a ceremony four days after (she asked that we not write the medicine man's name), and she said the rain came the next morning and they took that as [[NAME:Harrison]] letting them know he got there.
She asked about returning the oxygen concentrator and hospital bed; gave the DME pickup line [[PHONE:1-800-555-0172]]. She still has [[NAME:Harrison]]'s {{drug:morphine}} {{dose:20 mg/mL}} oral solution in the cupboard; explained take-back at the IHS pharmacy, and [[NAME:Ruby Etsitty]] can witness disposal on her Friday visit.
{{score:PHQ-2 2}}, denies SI. Appetite poor, eating mutton stew [[NAME:Jade]] makes. Declined the grief group in [[ADDRESS:Gallup]], open to calls.
Plan: next call 4 wks. Card mailed, signed by [[NAME:Ruby]], [[NAME:Dean]], [[NAME:Wade]] and me.
- [[NAME:Rain Nez]], bereavement coordinator
""", summary="""
[[NAME:Rain Nez]] called [[NAME:Lorraine Begay-Yazzie]] two weeks after [[NAME:Harrison]] died at [[AGE:91]]; she copes by day but sleeps poorly, and granddaughter [[NAME:Jade]] is staying with her. [[NAME:Ruby Etsitty]] will witness disposal of leftover {{drug:morphine}}, and the next call is in 4 weeks.
"""),

    dict(style="case_management", note="""
CASE MGMT PROGRESS NOTE
[[NAME:ZHAKSYLYKOV, NURLAN B]]   MRN [[MRN:51220974]]   Medicaid # [[MRN:QX41180273]] (pending)
LOS 12. L MCA CVA w R hemiparesis + expressive aphasia. {{score:NIHSS 9}} -> {{score:NIHSS 5}}, {{score:mRS 4}}. Osteoporosis w low bone density on {{drug:Fosamax}}; high fall risk.
- 1040 spoke w [[NAME:Aigerim]] (wife) on cell [[PHONE:(347) 555-0128]]. [[NAME:Nurlan]] understands Russian better than English; [[NAME:Aigerim]] asks Russian interpreter for all teaching (done via Cyracom, interp ID [[MRN:281904]]).
- IRF denied x2 (cannot tolerate 3 hrs/day). Appeal sent [[DATE:1/23]]; peer-to-peer w Dr. [[NAME:Bone]] at 1530.
- [[NAME:Dauren]] ({{age:19}}) will cover afternoons; [[NAME:Aigerim]] works 5a-1p at a bakery. [[NAME:Yerlan]], [[NAME:Nurlan]]'s brother in [[ADDRESS:Almaty]], is wiring money for a shower chair + hemi-walker; told them DME is covered once Medicaid is active.
- PT per [[NAME:Mark Sorensen]]: 40 ft w hemi-walker, mod A, gait belt. [[NAME:Mark]] will mark rail heights at the home eval if d/c home.
- Backup: SNF bed at St. Olaf Care Center (accepts Medicaid pending).
Next: P2P result, update [[NAME:Aigerim]] by 1700.
[[NAME:SO]] ([[NAME:Saule Omarova]]), RN CM x[[PHONE:6621]]
""", summary="""
[[NAME:Saule Omarova]] is working on discharge for [[NAME:Nurlan Zhaksylykov]] after a left MCA stroke; IRF was denied twice and a peer-to-peer with Dr. [[NAME:Bone]] is pending. Wife [[NAME:Aigerim]] and son [[NAME:Dauren]] will share care at home, with a SNF bed as backup.
"""),

    dict(style="family_meeting", note="""
CVICU Family Meeting
Participants: patient's wife, two adult sons, CT Surgery attending, CVICU fellow, bedside RN, Palliative Care NP, Social Work. Patient not able to participate ({{score:RASS -4}} on {{drug:Precedex}} and {{drug:fentanyl}}).
Course reviewed: POD 11 s/p redo AVR and CABG x3, post-op cardiogenic shock requiring Impella CP, then VA-ECMO since POD 3. {{eponym:Swan-Ganz}} numbers have not improved ({{lab:CI 1.6}}), {{lab:Cr 3.4}} on CRRT, new L MCA stroke on CT Head yesterday. Not a candidate for LVAD or Heart Transplant per the Advanced Heart Failure team.
The wife described the last two weeks as "a storm we keep waiting to pass." The sons asked whether there is any hope of him waking up and talking again; Neurology's read is that meaningful recovery is very unlikely.
He has a Living Will on file (scanned to Media) naming his wife as agent and declining prolonged life support with no reasonable hope of recovery. The family's Catholic faith matters a great deal; they asked for Anointing of the Sick before any change, and said they find grace in being able to choose the time.
Plan: comfort-focused care; decannulation from ECMO tomorrow afternoon after the priest visits; Palliative to manage symptoms ({{drug:hydromorphone}} infusion, {{drug:glycopyrrolate}} PRN); open visiting; Social Work to help with funeral home information.
""", summary="""
The CVICU team met with the wife and sons of a patient in refractory cardiogenic shock on ECMO with a new stroke and no LVAD or transplant option. Consistent with his Living Will, the family chose comfort care with decannulation after Anointing of the Sick.
"""),

    dict(style="social_work", note="""
sw note dictated [[DATE:june fourth twenty twenty five]] for [[NAME:saw htoo klei]] medical record number [[MRN:6 6 0 2 1 4 8 9]] met with [[NAME:saw htoo]] and his wife [[NAME:naw paw say]] in room 512 with [[NAME:hser nay moo]] interpreting in sgaw karen by video patient is a {{age:58}} year old man from the camps on the thai border resettled to [[ADDRESS:utica]] in june 2014 admitted with spinal tb {{eponym:Pott}} disease now on RIPE with {{drug:rifampin}} {{dose:600 mg}} daily and {{drug:isoniazid}} {{dose:300 mg}} daily he is on airborne precautions which upset him a lot because [[NAME:naw paw]] cannot sit with him without a mask
he worries most about his job at the meat plant and whether the health department will tell his boss I explained they will not [[NAME:naw paw say]] asked whether their daughter [[NAME:eh say]] who is {{age:7}} needs to be tested I told her the county tb nurse [[NAME:jo htoo]] will do the contact investigation and she also speaks karen her number is [[PHONE:315-555-0164]]
their sponsor from the church [[NAME:dallas whitford]] has been paying rent through the end of the month and called me yesterday [[NAME:dallas]] says the family can stay in the apartment on [[ADDRESS:genesee street]] but [[NAME:naw paw]] does not drive and the bus does not run sundays
[[NAME:june]] the charge nurse will let [[NAME:naw paw]] visit during day shift with an n95 after fit testing
plan sw to follow apply for emergency snap and help with the employer letter dictated by [[NAME:ty le]] msw
""", summary="""
[[NAME:Ty Le]] met [[NAME:Saw Htoo Klei]], admitted with spinal TB, and his wife [[NAME:Naw Paw Say]] with [[NAME:Hser Nay Moo]] interpreting; county TB nurse [[NAME:Jo Htoo]] will test daughter [[NAME:Eh Say]]. Sponsor [[NAME:Dallas Whitford]] is covering rent, and SW will help with SNAP and an employer letter.
"""),

    dict(style="chaplaincy", note="""
Spiritual Care - Smudging Request, 5 North
[[NAME:Vernon Two Bulls]] ({{age:67}}, ESRD, admitted for a clotted AV fistula, now dialyzing via L IJ tunneled cath) asked through his sister [[NAME:Darlene Kills Enemy]] for a smudge on the eve of tomorrow's thrombectomy. Met with [[NAME:Vernon]], [[NAME:Darlene]] and their cousin [[NAME:Joy Brings Plenty]], who drove up from [[ADDRESS:Pine Ridge]] overnight with sage and sweetgrass.
Coordinated with Facilities ([[NAME:Austin]] in Engineering disabled the smoke detector in 5N-22 for 20 min) and Security (Officer [[NAME:Blood]], badge [[MRN:4471-S]]) per the Traditional Healing policy. RT confirmed no O2 in use; [[NAME:Vernon]] is on RA, {{vital:SpO2 96%}}. The 0500 blood draw was moved so the room could air out.
[[NAME:Lincoln Iron Cloud]] led the prayer in Lakota; [[NAME:Joy]] translated a little for [[NAME:Eve]], the nurse, who stayed at [[NAME:Vernon]]'s request. [[NAME:Vernon]] said afterward it was the first real joy he has felt since dialysis started. [[NAME:Darlene]] cried and said their grandmother did the same for her before her kidney surgery.
[[NAME:Vernon]] wants his sister to be the one called, not his son in [[ADDRESS:Rapid City]]; noted in chart and told charge RN ([[NAME:K.W.]]).
Plan: [[NAME:Lincoln]] returns Thursday evening; I will check back after the procedure.
Chaplain [[NAME:Sky O'Neil]], ext. [[PHONE:5-2290]]
""", summary="""
Chaplain [[NAME:Sky O'Neil]] arranged a smudging ceremony led by [[NAME:Lincoln Iron Cloud]] for [[NAME:Vernon Two Bulls]] before his fistula thrombectomy, with [[NAME:Darlene Kills Enemy]] and [[NAME:Joy Brings Plenty]] present. [[NAME:Vernon]] asked that [[NAME:Darlene]] be his contact.
"""),

    dict(style="family_meeting", note="""
Palliative Care Family Meeting - Onc 7
[[NAME:Sopheap Chhim]], {{age:64}}, metastatic cholangiocarcinoma, {{score:ECOG 3}}, {{lab:T bili 8.7}} after stent occlusion; GI says no repeat ERCP.
In the room: [[NAME:Sopheap]]; [[NAME:Dara]], [[NAME:Bopha]] and [[NAME:Vuthy]]; [[NAME:Srey Mom]] on FaceTime from [[ADDRESS:Long Beach]]; [[NAME:Savannah Keo]] interpreting in Khmer; [[NAME:Rich Lo]] (Palliative NP); Dr. [[NAME:Ha]] (Onc); me.
Dr. [[NAME:Ha]] shared that the cancer is growing and more chemo would likely do more harm than good. [[NAME:Savannah]] paused twice to ask whether [[NAME:Sopheap]] wanted to hear the rest; she did. [[NAME:Sopheap]] said she already knew ("my body told me") and asked only to go home to [[ADDRESS:Lowell]] in time for Pchum Ben.
[[NAME:Bopha]] asked about a trial at Dana-Farber; [[NAME:Dara]] said their mother has decided. [[NAME:Vuthy]] said little until [[NAME:Rich]] asked him directly; he lives with her and is scared of her dying at home. We talked about home hospice, what the last days may look like, and the night phone line.
Food: she wants rice porridge. [[NAME:Rich]] suggested protein-rich shakes only if she enjoys them; no more forcing.
Outcome: DNR/DNI; home hospice referral today; [[NAME:Vuthy]] meets the liaison tomorrow; a monk from the wat in [[ADDRESS:Lowell]] will visit at home.
Meds for transition: {{drug:oxycodone}} {{dose:5 mg}} q4h prn, {{drug:Senna}} {{dose:8.6 mg}} BID, {{drug:ondansetron}} {{dose:4 mg}} prn. [[NAME:Sopheab]]'s pruritus: {{drug:cholestyramine}} not tolerated, try {{drug:sertraline}} {{dose:25 mg}}.
-- [[NAME:Georgia Cross]], LCSW
""", summary="""
[[NAME:Sopheap Chhim]] learned from Dr. [[NAME:Ha]], with [[NAME:Savannah Keo]] interpreting, that her cholangiocarcinoma is progressing, and chose DNR and home hospice in [[ADDRESS:Lowell]]. [[NAME:Rich Lo]] drew out son [[NAME:Vuthy]]'s fear of a home death, and he will meet the hospice liaison tomorrow.
"""),

    dict(style="social_work", note="""
SW Progress Note - Mother-Baby
[[NAME:Nur Begum]], {{age:24}}, G4P4, POD 2 s/p repeat C-section; baby girl in NICU ({{score:Apgar 6/8}}, 34 wk, on CPAP).
Phone interpreter [[NAME:Anowar]] (Rohingya, ID [[MRN:51187]]); [[NAME:Nur]] speaks no Burmese and only a little Bengali. [[NAME:Mohammed Ayaz]] was here for the first half, then left for his shift at the poultry plant.
[[NAME:Nur]] says they moved from [[ADDRESS:Fort Wayne]] to [[ADDRESS:Chicago]] in January to be near her brother, [[NAME:Abdul Rahim bin Sayed]], and share his 3BR on [[ADDRESS:N Western Ave]] (11 people). The other children (6, 4, 2) are with [[NAME:Rahim]]'s wife [[NAME:Hasina]]. No car seat. WIC not transferred. Medicaid active, ID [[MRN:IL7730219845]].
{{score:EPDS 11}}: [[NAME:Nur]] said "I am not sad, I am tired." Will rescreen. No IPV disclosed (asked with [[NAME:Mohammed]] out of the room).
Done: car seat from [[NAME:Jordan Pill]] at Safe Kids; WIC transfer faxed to [[PHONE:312-555-0199]]; left vm for [[NAME:Mark Ngo]] at RefugeeOne. [[NAME:Anowar]] helped me mark NICU visiting hours in her phone calendar.
Plan: f/u tomorrow before DC; NICU SW ([[NAME:Madison]]) updated.
[[NAME:Ed Wu]], MSW
""", summary="""
[[NAME:Ed Wu]] met [[NAME:Nur Begum]] after her repeat C-section with interpreter [[NAME:Anowar]]; the family recently moved to [[ADDRESS:Chicago]] and lacks a car seat and WIC. [[NAME:Jordan Pill]] is supplying a car seat and NICU social worker [[NAME:Madison]] was updated.
"""),

    dict(style="bereavement", note="""
Bereavement contact - Nunavut medical travel patient
Deceased: [[NAME:AKULUKJUK, PAULOOSIE]]   d. [[DATE:2025-02-03]] 0412, ICU bed 9   NU health card [[MRN:140288193]]
Phoned the family home in [[ADDRESS:Pangnirtung]] ([[PHONE:867-555-0131]]) with [[NAME:Ittu Kilabuk]] interpreting in Inuktitut. Spoke with [[NAME:Siku]], the eldest daughter, and briefly with [[NAME:Annie]], who handed the phone back after a minute.
[[NAME:Siku]] said the community held a feast at the hall and that her father came home on the cargo flight through [[ADDRESS:Iqaluit]]. The family is hurt that nobody from home was with him at the end; his granddaughter [[NAME:Nuka]] had flown back the day before for exams. [[NAME:Siku]] asked us to thank [[NAME:Holly]], the night nurse, for holding the phone to his ear so [[NAME:Annie]] could sing to him.
Told [[NAME:Siku]] that [[NAME:Holly]] will get the message. Explained no autopsy was done (family declined) and the death certificate lists acute respiratory failure from influenza A pneumonia with COPD. [[NAME:Siku]] said her father kept his faith to the end and the Anglican minister buried him.
Offered the memorial book and a Nunavut bereavement counsellor ([[NAME:Sheila Qillaq]], [[EMAIL:sqillaq@nuhealth.example.ca]]). [[NAME:Siku]] will call back after [[DATE:march third]], when the family has finished sewing for the memorial.
[[NAME:Faith Mackenzie]], SW
""", summary="""
[[NAME:Faith Mackenzie]] reached [[NAME:Siku]] and [[NAME:Annie]] in [[ADDRESS:Pangnirtung]] after [[NAME:Pauloosie Akulukjuk]] died on [[DATE:2025-02-03]], with [[NAME:Ittu Kilabuk]] interpreting. The family thanked night nurse [[NAME:Holly]] and was offered counselling with [[NAME:Sheila Qillaq]].
"""),

    dict(style="social_work", note="""
SOCIAL WORK - ED consult (EtOH withdrawal, housing)
Pt [[NAME:BATBAYAR GANBOLD]], {{age:46}}, 5th ED visit this quarter. {{score:CIWA 18}} on arrival, {{lab:EtOH 312}}, {{lab:Mg 1.4}}; asking for detox.
[[NAME:Batbayar]] came from [[ADDRESS:Ulaanbaatar]] on a student visa in 2009, uninsured, works drywall when sober. He sleeps on and off at [[NAME:Bo]]'s ([[NAME:Bolormaa Tseren]]) above the Mongolian grocery on [[ADDRESS:Columbia Pike]]. [[NAME:Bo]] called at 0900 ([[PHONE:571-555-0190]]) and said he can stay there only if he finishes detox this time.
Estranged wife [[NAME:Oyuntsetseg]] ("[[NAME:Oyuna]]") lives in [[ADDRESS:Arlington]] with their son [[NAME:Temuulen]], {{age:15}}; she texts [[NAME:Bo]] to check on him. [[NAME:Batbayar]] asked me not to call [[NAME:Oyuna]]. Prior ED note lists her as "[[NAME:Oyuntsetsg Ganbold]]" (same person).
Plan: secured a bed at the county detox for 1600, cab voucher; {{drug:chlordiazepoxide}} taper per ED, {{drug:thiamine}} {{dose:100 mg}} given. Gave info for the Mongolian-language AA group that [[NAME:Enkhjargal]] runs on Sundays at the community center.
[[NAME:BATBAYAR]] signed a release for [[NAME:Bo]] only.
[[NAME:Dallas Ng]], LCSW-C
""", summary="""
[[NAME:Dallas Ng]] arranged detox for [[NAME:Batbayar Ganbold]] after an ED visit for alcohol withdrawal; his friend [[NAME:Bo]] will house him only if he completes it. He signed a release for [[NAME:Bo]] only and asked that [[NAME:Oyuna]] not be called.
"""),

    dict(style="bereavement", note="""
Bereavement Support Group - Oncology Family Lounge
Attendance: 7 (4 returning, 3 new). Co-facilitated by Chaplaincy and Social Work.
Theme: the first holidays. Two members lost spouses to ALS and glioblastoma; one lost a father with {{eponym:Alzheimer}} disease after a long decline; one lost a daughter to relapsed {{eponym:Hodgkin}} lymphoma.
A widow said Christmas Eve is the night she fears most, because that was their ruby anniversary. Another said she feels guilty for any moment of joy, "like laughing is cheating on him." Group talked about grief as waves, not the five stages of the {{eponym:Kübler-Ross}} model, which several found unhelpful.
One father described standing in the rain at the cemetery and finally being able to cry. A new member asked whether it is normal to still reach for the phone to call; everyone nodded.
A member whose husband died on Hospice (Medicare Hospice Benefit) asked how long the hospice bereavement program lasts; reminded the group it runs 13 months after the death.
Handouts: "Surviving the Holidays," local GriefShare schedule. Screened informally for complicated grief; one member referred for individual follow-up with consent.
Next group: same time in two weeks.
""", summary="""
The oncology bereavement group met with seven members and focused on the first holidays after a loss, guilt about joy, and grief as waves rather than stages. One member was referred for individual follow-up.
"""),

    dict(style="family_meeting", note="""
FAMILY MEETING - ALS Clinic conference room
[[NAME:Gene Wapachee]], {{age:52}}, bulbar-onset ALS dx 14 months ago, {{score:ALSFRS-R 26}}, {{lab:FVC 48%}} predicted, weight down 9 kg. Travelled from [[ADDRESS:Moosonee]] with [[NAME:Agnes]], nephew [[NAME:Sterling Bearskin]], and Elder [[NAME:Mary Cheechoo]], [[NAME:Gene]]'s auntie.
Dr. [[NAME:Ó Briain]] went over the FVC trend and said [[NAME:Gene]] now meets criteria for BiPAP and a PEG. [[NAME:Gene]] typed on his tablet that he wants the feeding tube but not a trach, "ever."
[[NAME:Agnes]] asked about the gene test from last spring. [[NAME:Ó Briain]] explained that [[NAME:Gene]]'s SOD1 and C9orf72 results were negative, so the children are not at a known higher risk. [[NAME:Sterling]] asked if the boys can stop worrying; answer: as far as current testing can tell, yes.
[[NAME:Mary]] spoke in Cree about [[NAME:Gene]]'s grandfather; [[NAME:Sterling]] translated that she wanted the doctor to know [[NAME:Gene]] has always made his own choices. [[NAME:Zoe Lafferty]] reviewed BiPAP at 12/5 overnight and noted the PEG in [[ADDRESS:Timmins]] needs a medical escort through NIHB (client # [[MRN:B0049127703]]).
Plan: PEG in [[ADDRESS:Timmins]]; [[NAME:Zoe]] to arrange NIHB travel; directive: no trach, no CPR, [[NAME:Agnes]] as SDM; {{drug:Nuedexta}} {{dose:20/10 mg}} BID for pseudobulbar affect; next visit by OTN video [[DATE:April 9]].
-- [[NAME:Chase McLeod]], MSW, for the ALS team
""", summary="""
[[NAME:Gene Wapachee]], with bulbar ALS, agreed to BiPAP and a PEG but declined tracheostomy, with [[NAME:Agnes]] as decision-maker and Elder [[NAME:Mary Cheechoo]] supporting his choices. [[NAME:Zoe Lafferty]] will arrange NIHB travel to [[ADDRESS:Timmins]], and the next video visit is [[DATE:April 9]].
"""),

    dict(style="case_management", note="""
CM NOTE [[DATE:03MAR2025]] 1105
[[NAME:Khamphone Phommachanh]] ({{age:78}}) is medically ready per Dr. [[NAME:Souksavanh]] after LLL pneumonia + COPD flare. Still has a wet cough but {{vital:SpO2 91%}} on {{dose:2 L}} NC at rest and {{vital:SpO2 86%}} RA walking, so qualifies for home O2 (order signed, Apria to deliver tonight).
Lives w wife [[NAME:Vilayvanh]] and daughter [[NAME:Noy]] in [[ADDRESS:Elgin]]. [[NAME:Noy]] speaks for the family and wants calls on her cell [[PHONE:224-555-0153]], not the house line.
Home health: [[NAME:Eve Cough]], intake at Sunrise Home Health, accepted for RN/PT start [[DATE:3/5]]; she asked for the {{drug:Trelegy}} and {{drug:prednisone}} taper on the referral.
Auth: plan requires PA for HH. Spoke w [[NAME:Al Sick]] at the plan, ref # [[MRN:PA-2025-0388170]], 6 visits approved. Member ID [[MRN:H88104563-01]].
[[NAME:Noy]] wants a Lao interpreter for the first RN visit; [[NAME:Eve]] said [[NAME:Bounmy]], their Lao-speaking nurse, can take the case.
[[NAME:Vilayvanh]] asked (via [[NAME:Noy]]) whether monks may visit during recovery: yes. Reminded no smoking or incense near the O2.
[[NAME:K. Phan]], RN CM
""", summary="""
[[NAME:K. Phan]] set up home O2 and home health for [[NAME:Khamphone Phommachanh]] after pneumonia and a COPD flare, with [[NAME:Eve Cough]] starting visits [[DATE:3/5]] and [[NAME:Al Sick]] approving 6 visits. Daughter [[NAME:Noy]] is the family contact and asked for a Lao-speaking nurse.
"""),
]
