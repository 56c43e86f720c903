NOTES = [
    dict(style="portal_message", note="""
Patient: [[NAME:BYNUM, TAMIKA RENEE]]   MRN [[MRN:00481137]]   DOB [[DATE:06/30/1958]]
From (proxy): [[EMAIL:precious.h.bynum@gmail.com]]
Subject: mama's sugars
Sent: [[DATE:3/4/2025]] 9:14 PM

hi dr [[NAME:charles-mckenzie]] its [[NAME:precious]] again, [[NAME:tamika]]s daughter. mama sugars been running {{lab:240s}}-{{lab:310s}} all week even with the {{drug:lantus}} up to {{dose:22 units}} like you said. she also saying her feet burn at night and she cant hardly sleep. we dont want to bring her to the ER if we dont have to she hates it there. can you call me at [[PHONE:901-555-0143]] after 5 i work days. also her {{drug:metformin}} bottle says {{dose:1000 mg}} twice a day but the walgreens on [[ADDRESS:lamar]] gave her 500s?? is that right
thank u
[[NAME:precious]]

---- Reply: [[NAME:Marcus Charles-McKenzie]], MD   [[DATE:03/05/2025]] 07:52 ----
Hi [[NAME:Precious]], thanks for the numbers. Readings that high mean we should go up on the {{drug:Lantus}} to {{dose:26 units}} at bedtime starting tonight, then send me fasting readings Friday. The {{dose:500 mg}} tablets are fine if she takes 2 with breakfast and 2 with supper ({{dose:1000 mg}} twice daily total) - I called Walgreens to fix the label. The burning feet sound like diabetic neuropathy; we can talk about {{drug:gabapentin}} at her visit on [[DATE:3/18]]. If she gets confused, is vomiting, or the meter reads "HI", take her in.
Dr. [[NAME:C-M]]
""", summary="""
[[NAME:Precious]] messaged that her mother [[NAME:Tamika Bynum]]'s glucose runs {{lab:240s}}-{{lab:310s}} on {{drug:Lantus}} {{dose:22 units}}, with burning feet and a {{drug:metformin}} strength mix-up. Dr. [[NAME:Charles-McKenzie]] raised {{drug:Lantus}} to {{dose:26 units}}, fixed the label and planned to discuss {{drug:gabapentin}} on [[DATE:3/18]].
"""),

    dict(style="portal_message", note="""
Patient: [[NAME:FALEOLO, TAVITA S]]   DOB [[DATE:07/22/1951]]   MRN [[MRN:6620-4471]]
Message type: Medical Advice Request   Received [[DATE:04/14/2025]] 06:40
Pool: Heart Failure Clinic

talofa, this is [[NAME:ioane]] his son. dad got home from the hospital on [[DATE:saturday the 12th]] ([[DATE:12 Aperila]] my aunty wrote on the calendar lol). he is taking the {{drug:furosemide}} {{dose:40 mg}} in the morning but he pees so much he didnt want to go to church so he skipped. weight this morning {{vital:231 lb}}, it was {{vital:226}} when he left the hospital. legs look puffy again. my cousin [[NAME:sina]] checks on him when i work nights at the airport. also the home health lady never called, the paper says Aloha Home Care [[PHONE:808-555-0172]]. does he need to come in or can we wait for the appt with dr [[NAME:kahale]]
- [[NAME:ioane]] ([[NAME:jon]])

Reply - [[NAME:Leilani Kahananui]], APRN   [[DATE:04/14/2025]] 10:05
[[NAME:Ioane]], mahalo for sending the weight. A {{vital:5 lb}} gain in 2 days is a warning sign. Please have [[NAME:Tavita]] take an extra {{dose:40 mg}} of {{drug:furosemide}} at 2 pm today and tomorrow, keep the salt low, and bring him to clinic [[DATE:Wednesday 4/16]] at 1:30 for labs (BMP, BNP) and a visit with Dr. [[NAME:Kahale]]. I messaged the home health intake line; [[NAME:Makana]] there will call you today. If he is short of breath lying flat or his oxygen reads under {{vital:90%}}, go to the ED.
-[[NAME:lk]]
""", summary="""
[[NAME:Ioane]] reported that his father [[NAME:Tavita Faleolo]], home since [[DATE:April 12]], gained {{vital:5 lb}} with leg swelling on {{drug:furosemide}} {{dose:40 mg}}. [[NAME:Leilani Kahananui]], APRN, added an afternoon dose and booked labs and a visit with Dr. [[NAME:Kahale]] on [[DATE:4/16]].
"""),

    dict(style="patient_letter", note="""
[Scanned letter - received by post [[DATE:17/03/2025]] - indexed by [[NAME:rn_dcampbell]]]

[[ADDRESS:Flat 4, 22 Soho Road]]
[[ADDRESS:Handsworth]]
[[ADDRESS:Birmingham B21 9BH]]

Dear Dr [[NAME:Bell]],
I am writing to you concerning my face. Since the [[DATE:3rd of March]] the right side has been dropping and I cannot close the eye properly, and the water run out my mouth when I drink tea. The doctor at the walk-in centre said it is {{eponym:Bell's palsy}} and gave me {{drug:prednisolone}} {{dose:60 mg}} for 7 days, which I have finished. My granddaughter [[NAME:Unique]] says I must ask you if it is a stroke because my pressure was {{vital:168/94}} at the chemist on Tuesday. I am {{age:81}} years and live alone since my husband [[NAME:Clive]] passed. Please tell me what to do for the eye at night, it is very sore.
Yours faithfully,
[[NAME:Hyacinth M. Powell]] (Mrs)
Tel [[PHONE:0121 496 0734]]

Reply sent [[DATE:18/03/2025]] - Dr [[NAME:W. Bell]], GP:
Dear Mrs [[NAME:Powell]], thank you for your letter. Because the forehead is also weak and you have no arm, leg or speech problems, this fits {{eponym:Bell's palsy}} rather than a stroke. Tape the right eye closed at night and use {{drug:Lacri-Lube}} ointment at bedtime and lubricating drops 4 times a day. I have booked you with our practice nurse, [[NAME:Grace Ebanks]], on [[DATE:Thursday 20 March]] at 10:40 for a blood pressure check, and with me on [[DATE:1st April]]. If your arm or leg goes weak or your speech changes, call 999.
[[NAME:WB]]
""", summary="""
[[NAME:Hyacinth Powell]], {{age:81}}, wrote about right facial droop since the [[DATE:3rd of March]], treated as {{eponym:Bell's palsy}}, and a BP of {{vital:168/94}}. Dr [[NAME:Bell]] agreed it was {{eponym:Bell's palsy}}, advised eye protection with {{drug:Lacri-Lube}} and booked a BP check with [[NAME:Grace Ebanks]] on [[DATE:20 March]].
"""),

    dict(style="portal_message", note="""
Subject: prep question
Message type: Procedure Question   Dept: Endoscopy

is it ok if i mix the {{drug:MiraLAX}} with gatorade instead of crystal light? also i take {{drug:Jardiance}} {{dose:10 mg}} in the morning, do i skip it the day before. the sheet from the Endoscopy Center says clear liquids only after breakfast, does that mean no coffee at all. and do i still take the 2 {{drug:Dulcolax}} at 3 pm if i already went

Reply (GI Nurse Triage line):
Yes, Gatorade is fine - avoid red or purple flavors. Hold {{drug:Jardiance}} the day before and the morning of the colonoscopy (it can cause dehydration and ketoacidosis during the prep). Black coffee with no creamer is allowed until 4 hours before arrival. Take the {{drug:Dulcolax}} tablets as written even if you have already had a bowel movement. Your stool should be clear yellow liquid by the morning; if it is still brown, call the Endoscopy Center before you leave home. A {{score:Boston Bowel Preparation Scale under 6}} can mean repeating the test.
""", summary="""
A patient asked about mixing {{drug:MiraLAX}} with Gatorade, holding {{drug:Jardiance}}, coffee, and {{drug:Dulcolax}} timing before colonoscopy. GI triage approved Gatorade, advised holding {{drug:Jardiance}} and explained the clear-stool goal.
"""),

    dict(style="portal_thread", note="""
Pediatrics message thread - [[NAME:RAMCHARAN, JORDAN A]] (MRN [[MRN:30-118-4472]]), {{age:4}} y

[[DATE:05/02/2025]] 22:41 | [[NAME:Indira Ramcharan]] (mom): [[NAME:jordan]] fever {{vital:102.9}} again tonight, 2 days on the {{drug:amoxicillin}}. he spit out half of it. [[NAME:savannah]] his sister had the same ear thing last month and it took the {{drug:augmentin}} to clear. should we switch
[[DATE:05/03/2025]] 08:12 | [[NAME:Rosalind Chase]], RN: Good morning Mrs. [[NAME:Ramcharan]]. Fever on day 2 of {{drug:amoxicillin}} can still happen. Mix the dose with a little chocolate syrup, or chase it with juice right after. Give {{drug:ibuprofen}} {{dose:10 mL}} of the {{dose:100 mg/5 mL}} every 6 hours as needed. If fever goes past Monday or he is pulling at the ear, we will see him.
[[DATE:05/03/2025]] 08:13 | routed to Dr. [[NAME:Seepersad]] pool by [[NAME:rchase]]
[[DATE:05/05/2025]] 19:02 | [[NAME:Indira Ramcharan]] (mom): still fever {{vital:101}} today, his granny in [[ADDRESS:couva]] says give him bush tea, i said no lol. can we come tomorrow
[[DATE:05/06/2025]] 07:30 | appt made by [[NAME:kmoala]]: [[DATE:05/06/2025]] 10:15 w/ [[NAME:Seepersad]], Peds, Rm 4
""", summary="""
[[NAME:Indira Ramcharan]] reported persistent fever to {{vital:102.9}} in [[NAME:Jordan]] on day 2 of {{drug:amoxicillin}}. Nurse [[NAME:Chase]] gave dosing tips and {{drug:ibuprofen}} advice, and a visit with Dr. [[NAME:Seepersad]] was booked for [[DATE:05/06/2025]].
"""),

    dict(style="family_letter", note="""
From: [[NAME:Jerome Grant]] <[[EMAIL:jerome.grant77@btinternet.com]]>
To: Memory Clinic admin
Date: [[DATE:Mon 9 June 2025]] 08:03

Hello,
Following up re my dad [[NAME:Errol Grant]] (NHS no. [[MRN:485 777 3456]]), DOB [[DATE:02/11/1938]]. Since the {{drug:rivastigmine}} patch went up to {{dose:9.5 mg}} he has been sick most mornings and off his food. [[NAME:Marcia]] (my sister) stays weekdays, and his carer [[NAME:Blessing]] comes in from the agency at 7. He has also had two falls in the bathroom at night, the last one on [[DATE:Saturday 7th]]. We were told it might be {{eponym:Lewy body}} rather than {{eponym:Alzheimer's}} and that some tablets can make it worse - is that right? We are also trying to get the Attendance Allowance grant sorted so a letter would help.
Best, [[NAME:Jerome]]
[[PHONE:07700 900 482]]

Reply [[DATE:10/06/2025]] (Memory Clinic, entered by [[NAME:tbrowne]]):
Dear [[NAME:Jerome]], d/w [[NAME:JR]] (consultant) this morning. Please go back down to the {{dose:4.6 mg/24 h}} patch from tonight; the nausea usually settles within a week. Per [[NAME:RW]] (our OT) a bathroom assessment is booked for [[DATE:19/06]] at your dad's home in [[ADDRESS:Thornton Heath]]. Yes - with possible {{eponym:Lewy body}} disease, avoid {{drug:haloperidol}} and similar drugs; we will put this in the letter to his GP, Dr [[NAME:Oyelaran-Brown]]. A supporting letter for the grant will be posted this week.
~[[NAME:tb]]
""", summary="""
[[NAME:Jerome Grant]] reported nausea and two night-time falls in his father [[NAME:Errol Grant]] after the {{drug:rivastigmine}} patch was raised to {{dose:9.5 mg}}. After discussion with [[NAME:JR]], the clinic reduced it to {{dose:4.6 mg/24 h}}, booked an OT bathroom visit on [[DATE:19/06]] and warned against {{drug:haloperidol}}.
"""),

    dict(style="portal_message", note="""
Patient: [[NAME:KAMAKANA, KE'ALOHILANI]]   MRN [[MRN:7000158823]]   DOB [[DATE:01/19/1934]] ([[AGE:91]] y)
Sent via proxy by: [[NAME:Kapono Kamakana]] (grandson)
Sent: [[DATE:6/12/2025]] 5:47 AM

aloha kauka, grandma [[NAME:lani]] says the new water pill making her dizzy when she stands up, she almost fell by the lanai yesterday. bp on our cuff {{vital:98/60}} sitting. she also says her mouth dry all the time. [[NAME:bo]] at the longs pharmacy in [[ADDRESS:kaneohe]] said maybe the {{drug:hydrochlorothiazide}} plus the {{drug:lisinopril}} together is too much? she stay with us in [[ADDRESS:hauula]] now so closer to the Ko'olauloa clinic if you want to see her there. she is [[AGE:91]] but still sharp, she wants you to know lol
- [[NAME:kapono]]

Reply - Dr. [[NAME:Makoa Kanoho]]   [[DATE:06/12/2025]] 12:20
Aloha [[NAME:Kapono]], mahalo for checking her pressure. Please stop the {{drug:hydrochlorothiazide}} starting today and keep the {{drug:lisinopril}} {{dose:10 mg}}. Have Tutu drink more fluids and sit at the edge of the bed for a minute before standing. I'd like Tutu [[NAME:Lani]] seen [[DATE:Tuesday 6/17]] at the Ko'olauloa clinic with [[NAME:Mele Fifita]], RN for orthostatic vitals and a BMP.
[[NAME:Kanoho]]
""", summary="""
[[NAME:Kapono Kamakana]] reported orthostatic dizziness and BP {{vital:98/60}} in his grandmother [[NAME:Ke'alohilani Kamakana]], [[AGE:91]], on {{drug:hydrochlorothiazide}} and {{drug:lisinopril}}. Dr. [[NAME:Kanoho]] stopped the {{drug:hydrochlorothiazide}} and booked orthostatic vitals with [[NAME:Mele Fifita]], RN, on [[DATE:6/17]].
"""),

    dict(style="portal_message", note="""
Patient: [[NAME:HAVILI, SIONE T]]  |  MRN [[MRN:H0093317]]  |  Nephrology / Home Dialysis
Received [[DATE:05/28/2025]] 18:22

malo e lelei dr [[NAME:price]], its [[NAME:ofa]] ([[NAME:sione]]'s daughter). my dad wants to go home to tonga for his brothers funeral, they are holding it [[DATE:3 Siulai]] in [[ADDRESS:kolonga]]. he is on the PD machine every night. can we take the {{drug:Dianeal}} bags with us on the plane or can someone ship them? we will stay with my aunty [[NAME:losaline]], her number is [[PHONE:+676 771 4028]]. he will be there 3 weeks. also his potassium was high last time (i think {{lab:5.9}}) is it ok for him to eat the ota ika and the bananas at the feast lol. please tell us soon the flights are expensive
[[NAME:ofa havili-taufa]]

Reply from [[NAME:Dawn Price]], MD   [[DATE:05/29/2025]] 09:10
Hi [[NAME:Ofa]], I'm sorry about your uncle. Travel on PD is doable: our home dialysis nurse, [[NAME:Viliami Fonua]], RN, will contact Baxter today to arrange delivery of solution and a cycler to Tonga (they need about 3 weeks, so plan manual exchanges for a few days if it arrives late). Please bring a 5-day supply in the carry-on. His last potassium ({{lab:K 5.9}}) was high; at the feast a small piece of fruit is fine, but limit bananas, coconut water and taro leaves. [[NAME:Viliami]]'s direct line is [[PHONE:206-555-0189 x3]]. Safe travels.
Dr. [[NAME:Price]]
""", summary="""
[[NAME:'Ofa Havili-Taufa]] asked how her father [[NAME:Sione Havili]], on nightly PD, can travel to a funeral in Tonga on [[DATE:3 Siulai]] and whether he can eat feast foods with a {{lab:K 5.9}}. Dr. [[NAME:Price]] arranged supply shipment through [[NAME:Viliami Fonua]], RN, and advised limiting high-potassium foods.
"""),

    dict(style="portal_message", note="""
Subject: refill + [[NAME:will]]'s appt
From patient: [[NAME:GREEN, DOROTHY JEAN]] (MRN [[MRN:2219-0087]])
Sent [[DATE:11/03/2024]] 4:12 PM

hi its [[NAME:dot]]. i need my {{drug:amlodipine}} {{dose:10 mg}} refilled to the kroger on [[ADDRESS:elvis presley blvd]], i have 2 left. also [[NAME:will]] (my husband) has his eye appointment [[DATE:the 14th]] but he cant drive after the drops so we will need to move it to a day our daughter [[NAME:hope]] can take him, she works at the bank tuesdays thru fridays. i hope that is not too much trouble. his {{drug:Xalatan}} drops is almost out to. [[NAME:will]] says tell dr [[NAME:king]] he is still mad about the price of them drops lol
[[NAME:dot]]

Reply (Family Medicine front desk - [[NAME:Sunny Mayfield]], CMA)  [[DATE:11/04/2024]] 8:30 AM
Hi [[NAME:Dot]], I moved [[NAME:Will]]'s eye appointment with Dr. [[NAME:Major]] to [[DATE:Saturday 11/16]] at 9:00 so [[NAME:Hope]] can drive him. Dr. [[NAME:King]] sent your {{drug:amlodipine}} refill to the Kroger this morning. For the {{drug:Xalatan}}, ask them for generic {{drug:latanoprost}}, it is usually much cheaper.
-[[NAME:sm]]
""", summary="""
[[NAME:Dorothy Green]] asked for an {{drug:amlodipine}} refill and to move her husband [[NAME:Will]]'s eye visit so daughter [[NAME:Hope]] could drive. The clinic moved it to [[DATE:11/16]] with Dr. [[NAME:Major]], Dr. [[NAME:King]] sent the refill, and generic {{drug:latanoprost}} was suggested.
"""),

    dict(style="portal_message", note="""
Patient-initiated message - Lab result question
Patient: [[NAME:Kamla Persad-Boodram]]   MRN [[MRN:84410372]]   Acct [[MRN:0099-2281-6]]
Sent: [[DATE:2025-01-21]] 23:05

Good night Dr. [[NAME:Maharajh]],
I saw my results come out on the app tonight and I am worried. It say {{lab:TSH 0.02}} and {{lab:free T4 3.1}} and it is flagged red. My heart racing all the time ({{vital:pulse 118}} on my watch) and I lose 9 pounds since Christmas without trying. My mother had {{eponym:Graves}} disease back home in [[ADDRESS:Chaguanas]] and they give her the radioactive iodine. Is this the same thing? I start the new job on [[DATE:Feb 3rd]] so please let me know quick.
[[NAME:Kamla]]
[[EMAIL:kpersadboodram@yahoo.com]]

Reply - Dr. [[NAME:Ravindra Maharaj]], [[DATE:2025-01-22]] 07:40
[[NAME:Kamla]], these results show an overactive thyroid. With your symptoms and family history, {{eponym:Graves}} disease is the most likely cause. Start {{drug:propranolol}} {{dose:10 mg}} three times daily for the racing heart (sent to the pharmacy in [[ADDRESS:Richmond Hill]]). I have referred you to Dr. [[NAME:Lionel Graves]] in Endocrinology; his nurse [[NAME:Unique Hollins]] will call you at [[PHONE:718-555-0127]] to book this week, before your [[DATE:Feb 3]] start. Please come in today for thyroid antibodies (TRAb) and a CBC.
[[NAME:RM]]
""", summary="""
[[NAME:Kamla Persad-Boodram]] asked about a {{lab:TSH 0.02}} and {{lab:free T4 3.1}} with palpitations ({{vital:pulse 118}}) and weight loss. Dr. [[NAME:Maharaj]] diagnosed likely {{eponym:Graves}} disease, started {{drug:propranolol}} {{dose:10 mg}} and referred her to Dr. [[NAME:Graves]] before [[DATE:Feb 3]].
"""),

    dict(style="portal_message", note="""
Subject: ozempic not at pharmacy
Message type: Prescription Question

the pharmacy says the {{drug:Ozempic}} {{dose:1 mg}} pens are on backorder again and they dont know when. my {{lab:a1c was 7.9}} last time and i dont want to go backwards. can i switch to {{drug:Mounjaro}} or the {{drug:Trulicity}}? my insurance is Medicaid if that matters. also is it normal to still feel sick to my stomach after 3 months

Reply (Clinical Pharmacist, Endocrine):
Thanks for letting us know - {{drug:Ozempic}} supply has been spotty. Options: (1) take two {{dose:0.5 mg}} doses from the {{dose:0.5 mg}} pen if that strength is in stock, or (2) switch to {{drug:Trulicity}} {{dose:1.5 mg}} weekly, which Medicaid covers without prior authorization. {{drug:Mounjaro}} needs a PA and usually takes 1-2 weeks. Ongoing nausea after 3 months is common at higher doses; eat smaller meals, stop when full and avoid greasy food. If you have severe belly pain or vomiting, stop the medicine and call us. Reply with the option you prefer.
""", summary="""
A patient reported an {{drug:Ozempic}} backorder with an {{lab:a1c was 7.9}} and asked about switching. The pharmacist offered {{dose:0.5 mg}} pens or {{drug:Trulicity}} {{dose:1.5 mg}} weekly and explained that {{drug:Mounjaro}} needs prior authorization.
"""),

    dict(style="family_letter", note="""
[Card received by MICU, scanned to chart [[DATE:02/10/2025]] by [[NAME:ahunter]]]

To all the nurses & doctors on 7 east,
i just want to say thank you for how you took care of my husband [[NAME:earl]] when he was so sick with the {{eponym:Guillain-Barre}}. nurse [[NAME:june]] held my hand the night they put him on the ventilator, [[NAME:art]] the night guy always brought me a blanket and [[NAME:sue]] from respiratory explained every number on that machine. dr. [[NAME:madison ogunleye]] never once rushed us. our son [[NAME:dallas]] flew in from [[ADDRESS:atlanta]] and said he never seen a hospital like it. [[NAME:earl]] is home now walking with the walker, {{score:5/5}} strength in his arms the PT said. may God bless every one of you
with love,
[[NAME:pat]] & [[NAME:earl whitfield]]

Response from nurse manager, [[DATE:02/12/2025]]:
Dear Mrs. [[NAME:Whitfield]], thank you so much for your beautiful card. I shared it at our morning huddle and with [[NAME:June]], [[NAME:Art]] and [[NAME:Sue]] personally; it is now up on the board in our break room. Caring for [[NAME:Earl]] through his {{eponym:Guillain-Barre}} and the IVIG course was a privilege, and we are thrilled he is walking. Please give him our best.
Warmly, [[NAME:Faith Okonjo-Bright]], RN, MSN
""", summary="""
[[NAME:Pat Whitfield]] sent a thank-you card to the MICU for the care of her husband [[NAME:Earl]] during {{eponym:Guillain-Barre}}, naming [[NAME:June]], [[NAME:Art]], [[NAME:Sue]] and Dr. [[NAME:Ogunleye]]. Nurse manager [[NAME:Faith Okonjo-Bright]] replied and shared the card with staff.
"""),

    dict(style="portal_thread", note="""
MESSAGE  |  [[NAME:DORSEY, MARQUISE D]]  |  MRN [[MRN:5503128]]  |  Hem/Onc
[[DATE:04/02/2025]] 01:17
yo its [[NAME:quise]]. pain crisis started last night in my lower back and both legs {{score:8/10}}, took 2 of the {{drug:oxycodone}} {{dose:5 mg}} and the heating pad, not touching it. no fever. i dont want to sit in the ER 9 hours again like last time at Mercy where they treated me like a drug seeker. can i come to the day hospital in the morning for fluids and the {{drug:Dilaudid}} like the plan says. dr [[NAME:bishop]] wrote it in the plan in march

[[DATE:04/02/2025]] 07:05  [[NAME:Ivy Lockhart]], RN (Sickle Cell Day Hospital):
[[NAME:Marquise]], yes - come at 8:00 to the Day Hospital, 3rd floor. Per your individualized pain plan (Dr. [[NAME:Bishop]]) we will start IV fluids and {{drug:hydromorphone}} per protocol and check CBC, retic and LDH. If you get chest pain, fever over {{vital:101}}, or trouble breathing, go straight to the ED and show them the care plan letter.
[[DATE:04/02/2025]] 07:06  routed to pool by [[NAME:ilockhart]]; cosigned [[NAME:TKW]] [[DATE:04/02/2025]] 09:30
[[DATE:04/02/2025]] 11:48  ([[NAME:skaleo]]) pt arrived 0810, {{score:pain 8/10}} -> {{score:4/10}} after first dose, {{vital:SpO2 97%}} RA. -[[NAME:sk]]
""", summary="""
[[NAME:Marquise Dorsey]] messaged about a sickle cell pain crisis ({{score:8/10}}) not relieved by {{drug:oxycodone}} {{dose:5 mg}}. [[NAME:Ivy Lockhart]], RN, brought him to the Day Hospital per Dr. [[NAME:Bishop]]'s plan, where pain fell to {{score:4/10}} after {{drug:hydromorphone}}.
"""),

    dict(style="portal_message", note="""
Subject: swelling + baby kicks
Patient: [[NAME:TUIASOSOPO-LEOTA, LOSA]]  MRN [[MRN:4471-0932]]  OB
Sent [[DATE:Sun 06/01/2025]] 9:55 PM

talofa lava. my feet and hands are more swollen since friday and i have a headache today that {{drug:tylenol}} didnt help. Im 33 weeks, due [[DATE:15 Iulai]] (my mom keeps saying the samoan months lol). baby moving a bit less tonight. bp on my mom's machine {{vital:146/95}}. [[NAME:pesamino]] is at work till 11 and my mom does not drive. should i wait for my appt with the midwife on tuesday? we are in [[ADDRESS:carson]] off [[ADDRESS:avalon blvd]]
- [[NAME:losa]]

Reply - L&D Triage ([[NAME:Mercy Tufele]], RN)  [[DATE:06/01/2025]] 10:03 PM
[[NAME:Losa]], a headache that won't go away, new swelling and a BP of {{vital:146/95}} at 33 weeks need to be checked tonight for preeclampsia. Please come to Labor & Delivery triage now - call 911 if you can't get a ride. Count kicks on the way (10 movements in 2 hours). I have let [[NAME:Tusi Aumua]], CNM, know you are coming.
[[NAME:Mercy]]
""", summary="""
[[NAME:Losa Tuiasosopo-Leota]], 33 weeks pregnant, reported swelling, persistent headache, reduced movements and BP {{vital:146/95}}. [[NAME:Mercy Tufele]], RN, sent her to L&D triage for preeclampsia evaluation and alerted [[NAME:Tusi Aumua]], CNM.
"""),

    dict(style="patient_letter", note="""
From patient: [[NAME:Leroy Campbell]]
Re: hospital stay abroad
Sent [[DATE:20/05/2025]]

Hi Dr [[NAME:Page]], back home now. I was admitted in Germany while on the coach trip - the discharge letter says "stationäre Aufnahme [[DATE:12. Mai 2025]], Entlassung [[DATE:16.05.2025]]" at the Universitätsklinikum in [[ADDRESS:Freiburg]]. The diagnosis says "Vorhofflimmern", which my nephew [[NAME:Tunde]] says is atrial fibrillation. They started me on {{drug:Eliquis}} {{dose:5 mg}} twice a day and {{drug:bisoprolol}} {{dose:2.5 mg}}. I have 10 days of tablets left. Can I get these from the surgery and do I need a heart scan? I have scanned the letter in.
[[NAME:Leroy]] (DOB [[DATE:8/9/1956]])

Reply [[DATE:21/05/2025]] - Dr [[NAME:A. Page]] (GP), Riverside Medical Practice:
Dear [[NAME:Leroy]], glad you're home. I've read the letter (thanks to [[NAME:Tunde]] for translating). I've added {{drug:apixaban}} {{dose:5 mg}} BD and {{drug:bisoprolol}} {{dose:2.5 mg}} OD to your repeat prescriptions, sent to the Boots in [[ADDRESS:Lewisham]]. Your {{score:CHA2DS2-VASc 2}} means the anticoagulant is right for you. I've requested an echocardiogram and bloods (U&E, FBC, TFTs); please book bloods with the nurse for next week, and see me on [[DATE:Tues 3 June]].
""", summary="""
[[NAME:Leroy Campbell]] reported a German admission from [[DATE:12. Mai 2025]] to [[DATE:16.05.2025]] for new atrial fibrillation, started on {{drug:Eliquis}} and {{drug:bisoprolol}}. Dr [[NAME:Page]] added both to repeats, noted {{score:CHA2DS2-VASc 2}}, ordered an echo and bloods and booked review on [[DATE:3 June]].
"""),

    dict(style="portal_thread", note="""
In Basket history - [[NAME:AKANA, NOHEA K]] (MRN [[MRN:61-0045-823]]), {{age:14}} y F
[[DATE:05/19/25]] 16:02  Patient Medical Advice Request received (proxy: [[NAME:Keala Akana]], mother)
  "[[NAME:nohea]] used her {{drug:albuterol}} 6 times today, coughing at night, pe coach made her run in the vog. the {{drug:Flovent}} ran out 2 weeks ago sorry. peak flow {{lab:220}} her best is {{lab:340}}"
[[DATE:05/19/25]] 16:10  Routed to Peds RN pool by [[NAME:mkahananui]]
[[DATE:05/19/25]] 16:24  Opened by [[NAME:rn_tlatu]]
[[DATE:05/19/25]] 16:31  Phone call to mother at [[PHONE:808-555-0166]] - no answer, VM left. ~[[NAME:tl]]
[[DATE:05/19/25]] 16:45  Mother called back; spoke w/ [[NAME:Tevita Latu]], RN. {{lab:Peak flow now 200}} ({{lab:59%}} of best). Advised ED/urgent care tonight per Asthma Action Plan red zone.
[[DATE:05/19/25]] 17:02  {{drug:Flovent HFA}} {{dose:110 mcg}} refill pended to Dr. [[NAME:Kalua]]; signed by [[NAME:jkalua]] 17:20
[[DATE:05/20/25]] 08:15  f/u: pt seen at Kapiolani ED overnight, given {{drug:prednisolone}}, d/c home. Appt [[DATE:5/22]] w/ [[NAME:Kalua]]. -[[NAME:mk]]
""", summary="""
[[NAME:Keala Akana]] reported that her daughter [[NAME:Nohea]], {{age:14}}, needed {{drug:albuterol}} six times in a day after running out of {{drug:Flovent}}, with peak flow down to {{lab:59%}} of best. [[NAME:Tevita Latu]], RN, sent her to the ED, the {{drug:Flovent HFA}} refill was signed by Dr. [[NAME:Kalua]], and follow-up is [[DATE:5/22]].
"""),

    dict(style="portal_message", note="""
Subject: shingles shot question
Message type: General Question   Dept: Internal Medicine

I got the updated COVID booster 5 days ago at the pharmacy. Can I get the {{drug:Shingrix}} now or do I have to wait? My wife had shingles on her face last year and it was terrible. The pharmacist also said I'm due for {{drug:Prevnar 20}}. I'm {{age:67}} and on {{drug:methotrexate}} {{dose:15 mg}} weekly and {{drug:folic acid}} for rheumatoid arthritis, does that change anything?

Reply (Immunization RN, Internal Medicine):
You can get {{drug:Shingrix}} now; no waiting period is needed after a COVID vaccine. Because you take {{drug:methotrexate}}, {{drug:Shingrix}} (not a live vaccine) is the right choice - you will need 2 doses, 2 to 6 months apart. {{drug:Prevnar 20}} can be given the same day in the other arm. Medicare Part D usually covers {{drug:Shingrix}} at the pharmacy with no copay. Expect a sore arm and possibly a day of tiredness or low fever; {{drug:acetaminophen}} is fine afterwards.
""", summary="""
A {{age:67}}-year-old on {{drug:methotrexate}} asked about timing {{drug:Shingrix}} and {{drug:Prevnar 20}} after a COVID booster. The RN advised both can be given now, with a second {{drug:Shingrix}} dose in 2-6 months.
"""),

    dict(style="family_letter", note="""
[Handwritten letter, scanned [[DATE:07/08/2025]], HIM indexed by [[NAME:dwhitlow]]]

To Medical Records,
My name is [[NAME:Unique Mayweather]] and I am the daughter and power of attorney for my mother [[NAME:Georgia Mae Tillman]] (DOB [[DATE:4-2-1941]]). Mama was in your hospital from [[DATE:June 3]] to [[DATE:June 11]] after her hip fracture and they put the rod in. I need all her records sent to Dr. [[NAME:Oluwaseun Brown-Ife]] at the nursing home in [[ADDRESS:Albany]] so they can start her {{drug:Prolia}} shot. Her Medicare number is [[MRN:4TE9-QA2-MK71]] and her last 4 of social is [[SSN:6614]]. Please call me at [[PHONE:(229) 555-0198]] or mail to [[ADDRESS:118 Pecan Grove Ln, Sylvester GA 31791]]. I attached the POA paper.
Thank you and God bless,
[[NAME:Unique S. Mayweather]]

HIM response [[DATE:07/09/2025]]: Ms. [[NAME:Mayweather]], your request was received [[DATE:07/08/2025]]. Records for [[NAME:Georgia Tillman]], admission [[DATE:06/03/2025]]-[[DATE:06/11/2025]] (HAR [[MRN:7700981245]]), including the op note for the intramedullary nail and the DEXA, were faxed to Dr. [[NAME:Brown-Ife]]'s office at [[PHONE:(229) 555-0140]] today. - Release of Information, [[NAME:Cassius King]]
""", summary="""
[[NAME:Unique Mayweather]], POA for her mother [[NAME:Georgia Mae Tillman]], asked that records from the [[DATE:June 3]]-[[DATE:June 11]] hip fracture admission be sent to Dr. [[NAME:Brown-Ife]] for {{drug:Prolia}}. HIM ([[NAME:Cassius King]]) faxed them on [[DATE:07/09/2025]].
"""),

    dict(style="portal_message", note="""
Subject: gout again!!!
[[NAME:ELLISON, DESHAWN L]] | MRN [[MRN:1188-3305]] | Rheum
Sent [[DATE:09/14/2024]] 3:30 PM

dr [[NAME:okonko]] i know you said dont stop the {{drug:allopurinol}} during a flare but my big toe is on fire again since wednesday, cant put a sock on. took the {{drug:colchicine}} {{dose:0.6 mg}} x2 yesterday and had the runs all night. my uric acid was {{lab:9.4}} in august. my girl [[NAME:jazmine]] says i need to lay off the crab legs and hennessy lol she aint wrong. is there something stronger. also tell nurse [[NAME:summer]] thank u for the paperwork for my job at fedex, [[NAME:okonwko]] said she would do it and she did
- [[NAME:shawn]]

Reply [[DATE:09/16/2024]] - [[NAME:Summer Oyelowo]], RN, for Dr. [[NAME:Chinedu Okonkwo]]:
[[NAME:DeShawn]], d/w [[NAME:Okonkwo]]: keep {{drug:allopurinol}} at {{dose:300 mg}}, do not stop it. For this flare take {{drug:prednisone}} {{dose:30 mg}} daily for 5 days (sent to the CVS on [[ADDRESS:Poplar]]) and skip the {{drug:colchicine}} for now because of the diarrhea. Ice and elevate the foot. We will recheck uric acid in 6 weeks - goal is {{lab:under 6}}. And you're welcome for the FMLA form - summer is a busy time for those!
""", summary="""
[[NAME:DeShawn Ellison]] reported a gout flare with diarrhea on {{drug:colchicine}} and a uric acid of {{lab:9.4}}. After discussion with Dr. [[NAME:Okonkwo]], nurse [[NAME:Summer Oyelowo]] advised continuing {{drug:allopurinol}} {{dose:300 mg}} and a 5-day {{drug:prednisone}} {{dose:30 mg}} course.
"""),

    dict(style="portal_message", note="""
Subject: blood in urine
Patient: [[NAME:WASHINGTON, RICHARD E]]   MRN [[MRN:3390172]]
Sent [[DATE:12/02/2024]] 6:48 AM

this is [[NAME:rich washington]]. woke up and the toilet was red, frank blood the nurse at the hotline called it. no pain. i am on the {{drug:warfarin}} for my valve, last INR at the {{drug:coumadin}} clinic was {{lab:3.8}} on [[DATE:11/25]] and [[NAME:gay]] (my wife) says they changed my dose to {{dose:5 mg}}. my brother [[NAME:frank]] had bladder cancer at {{age:70}} so i am worried. my son [[NAME:hunter]] can bring me in today after 10. dr. [[NAME:jack-lewis]] said call if any bleeding
[[NAME:richard]]

Reply [[DATE:12/02/2024]] 7:15 AM - [[NAME:Beverley Jack-Lewis]], MD (Urology)
[[NAME:Rich]], please have [[NAME:Hunter]] bring you to the Urology clinic at 10:30 today. Hold tonight's {{drug:warfarin}}. We will check INR, CBC and a urinalysis, and likely set up a CT urogram and cystoscopy. If you pass clots, can't urinate, or feel faint, go to the ED right away rather than waiting.
-[[NAME:BJL]]
""", summary="""
[[NAME:Richard Washington]], on {{drug:warfarin}} with a recent {{lab:INR 3.8}}, reported painless gross hematuria. Dr. [[NAME:Jack-Lewis]] had his son [[NAME:Hunter]] bring him to Urology the same day, held {{drug:warfarin}} and planned labs, CT urogram and cystoscopy.
"""),
]
