NOTES = [
    dict(style="portal_message", note="""
Subject: mom bp pills

hi this is her daughter writing for her. mama [[NAME:ngozi]] has been dizzy since they changed the {{drug:amlodipine}} to {{dose:10}} last week,
she almost fell in the kitchen tuesday and [[NAME:chidi]] had to catch her. her bp on the wrist machine was {{vital:98/60}} this morning
and {{vital:102/64}} at lunch. she is still taking the {{drug:losartan}} {{dose:100}} and the water pill. should she go back to the {{dose:5 mg}}??
dr [[NAME:okafor]] said last visit to message if it went low. also she need refill on {{drug:metformin}} sent to the cvs on
[[ADDRESS:Bladensburg Rd]] not the one in [[ADDRESS:hyattsville]]. [[NAME:kemi]] at the pharmacy said they never got the last one

you can call me [[PHONE:240 555 0187]] after 3 i work mornings
thank you!!
-- [[NAME:jess]] ([[NAME:Jessica Ezeh]])
""", summary="""
[[NAME:Jessica Ezeh]] reports her mother [[NAME:Ngozi]] is dizzy with home BP near {{vital:98/60}} since {{drug:amlodipine}} was raised to {{dose:10 mg}} and asks about going back to {{dose:5 mg}}. She also requests a {{drug:metformin}} refill to the pharmacy on [[ADDRESS:Bladensburg Rd]].
"""),
    dict(style="portal_message", note="""
Subject: Sugar high

Good morning doctor. I am [[NAME:Guerline]], mother of [[NAME:Wislande]]. My own sugar it is {{lab:289}} this morning before eat, yesterday {{lab:310}}.
I take the {{drug:Janumet}} 2 time a day like Dr [[NAME:Pierre-Louis]] say. I dont have pain but I am thirsty all the time and
go to bathroom plenty in the night. My glucometer strips is finish, the pharmacy say need new prescription.
My daughter [[NAME:Wislande]] help me to write this, she is in nursing school. If you need to call, call her
[[PHONE:305.919.2266]] because my english not so good, or send to her email [[EMAIL:wislandejb03@gmail.com]]
Thank you and God bless

[[NAME:Guerline J.]]
""", summary="""
[[NAME:Guerline]] reports fasting sugars around 289-310 on {{drug:Janumet}} with thirst and nocturia, and needs a new glucometer strip prescription. [[NAME:Wislande]] helped write the message and is the contact at [[PHONE:305.919.2266]].
"""),
    dict(style="text_message", note="""
secure chat - 5 West
[02:14] [[NAME:e.kwarteng]]: pt in 12 ([[NAME:jean-baptiste]]) asking for more {{drug:dilaudid}}, pca maxed, pain 8/10, {{vital:sat 93}} on 2L
[02:16] [[NAME:tmusa2]]: ok coming. is mom still there
[02:16] [[NAME:e.kwarteng]]: yes [[NAME:guerline]] here. interpreter off till 7, using phone line
[02:31] [[NAME:tmusa2]]: gave {{dose:0.5 mg}} iv bolus. called [[NAME:pierre-louis]], she'll see at 7. pls add retic + LDH to am labs
[02:32] [[NAME:e.kwarteng]]: thx. also {{vital:temp 38.3}} now
[02:33] [[NAME:tmusa2]]: bcx x2, CXR, {{drug:tylenol}}. ill update [[NAME:Yaw]] at signout
[02:50] [[NAME:e.kwarteng]]: cxr done. [[NAME:Esi]] (charge) wants to know if we should move her to stepdown
[02:52] [[NAME:tmusa2]]: not yet. recheck sat q1h, call me < 92
""", summary="""
Overnight, nurse [[NAME:e.kwarteng]] messaged [[NAME:tmusa2]] about uncontrolled sickle cell pain and a new fever of {{vital:38.3}} in [[NAME:Jean-Baptiste]]. A bolus, cultures and chest X-ray were ordered and [[NAME:Pierre-Louis]] will see her at 7.
"""),
    dict(style="dictation_transcript", note="""
this is doctor [[NAME:adebayo fashola]] dictating a discharge summary on patient [[NAME:kwabena]] [[NAME:K-W-A-B-E-N-A]] last name [[NAME:asante hyphen mensah]]
[[NAME:A-S-A-N-T-E M-E-N-S-A-H]] medical record number [[MRN:three three zero one eight eight four two]] date of birth [[DATE:june fourth nineteen fifty eight]]
admission date [[DATE:march third twenty twenty five]] discharge date [[DATE:march seventh twenty twenty five]] period new paragraph
history colon mister [[NAME:asante mensa]] is a {{age:sixty six}} year old gentleman with end stage renal disease on hemodialysis tuesday
thursday saturday who presented with shortness of breath after missing two sessions comma potassium was {{lab:six point eight}} period
he was dialyzed emergently and his potassium normalized period he was also started on {{drug:jar dance}} scratch that delete {{drug:jar dance}}
he was started on {{drug:low kelma}} correction {{drug:lokelma}} {{dose:ten grams}} daily period new paragraph
follow up with his nephrologist doctor [[NAME:men sa]] correction doctor [[NAME:mensah]] no relation at his dialysis unit in [[ADDRESS:bridgeport]]
and with [[NAME:kofi]] his social worker regarding transportation period his wife [[NAME:abena]] can be reached at
[[PHONE:two zero three five five five zero one nine two]] period end of dictation
dictated by [[NAME:adebayo fashola]] transcribed by [[NAME:pkl]]
""", summary="""
[[NAME:Kwabena Asante-Mensah]], a {{age:66}}-year-old on hemodialysis, was admitted [[DATE:march third twenty twenty five]] with hyperkalemia after missed sessions and discharged on {{drug:Lokelma}}. He follows up with Dr. [[NAME:Mensah]] and social worker [[NAME:Kofi]].
"""),
    dict(style="portal_message", note="""
From: [[NAME:abdi.warsame88]] (proxy access)
Re: appointment for my father [[NAME:Abdullahi Warsame]]

salaam, my father had the eye surgery at your clinic on [[DATE:5/2]] and the paper says see you in one week but nobody called us.
his eye is red and he says it is like looking thru water. he is putting the drops ({{drug:prednisolone}} and {{drug:moxifloxacin}}) 4 times,
[[NAME:hodan]] is doing the drops when i am at work. also he need somali interpreter, last time they gave arabic. please call
me or my sister [[NAME:Sahra]] [[PHONE:612-555-0139]]. my email is [[EMAIL:abdi.warsame88@yahoo.com]]

[[NAME:abdi]]
""", summary="""
[[NAME:Abdi]] writes that [[NAME:Abdullahi Warsame]] has a red eye and blurry vision after eye surgery on [[DATE:5/2]] and no follow-up has been scheduled. He asks for a Somali interpreter and a call to him or [[NAME:Sahra]].
"""),
    dict(style="text_message", note="""
SMS thread - HF clinic care coordinator
Clinic ([[NAME:Faith]], RN): Hi this is [[NAME:Faith]] from the heart failure clinic checking on [[NAME:Delroy]]. What was his weight today?
[[PHONE:+1 718-555-0121]]: morning miss [[NAME:faith]] its [[NAME:marcia]]. 214 today, 209 on sunday. ankles bigger
Clinic: Thanks. Is he short of breath lying flat? Did he take the extra {{drug:torsemide}} like we discussed?
[[PHONE:+1 718-555-0121]]: yes took extra one yesterday. sleeps in the chair now. he dont want to come in, says its nothing
Clinic: A 5 lb gain with new orthopnea is not nothing. Can he come at 1pm today? Dr [[NAME:Clarke-Morrison]] can see him.
[[PHONE:+1 718-555-0121]]: ok who can drive... me, [[NAME:shanice]], or [[NAME:dwayne]] after work. we will try 1
Clinic: Great. Bring all his pill bottles and his weight log.
[[PHONE:+1 718-555-0121]]: ok bless u
""", summary="""
[[NAME:Marcia]] texted that [[NAME:Delroy]] gained 5 lb over two days with ankle swelling and new orthopnea despite extra {{drug:torsemide}}. [[NAME:Faith]] arranged a same-day visit with [[NAME:Clarke-Morrison]].
"""),
    dict(style="dictation_transcript", note="""
clinic letter dictation begin
dear doctor [[NAME:o'neil]] spelled [[NAME:O apostrophe N E I L]] comma new paragraph
thank you for referring mister [[NAME:felipe d'angelo]] that is [[NAME:D apostrophe A N G E L O]] who i saw in the movement disorders clinic
on [[DATE:october twenty first]] period he is a {{age:seventy one}} year old retired teacher from [[ADDRESS:waterbury]] with a three year history of
right hand rest tremor and micrographia period examination showed bradykinesia comma cogwheel rigidity on the right comma and reduced
arm swing period his motor UPDRS was {{score:twenty eight}} period i believe this is idiopathic {{eponym:parkinson}} disease period
we discussed starting {{drug:carbidopa levodopa}} {{dose:twenty five one hundred one half tablet three times daily}} and titrating period
his wife [[NAME:rosa]] asked about exercise and i referred him to the rock steady boxing program at the Y period
i will see him back in three months period sincerely [[NAME:yohannes desta]] m d
cc colon [[NAME:rosa d'angelo]] comma [[NAME:O'Neil, Brendan]] M D
""", summary="""
[[NAME:Felipe D'Angelo]], {{age:71}}, was seen [[DATE:october twenty first]] and diagnosed with idiopathic {{eponym:Parkinson}} disease. He is starting {{drug:carbidopa-levodopa}} with exercise referral, per a letter from [[NAME:Yohannes Desta]] to Dr. [[NAME:O'Neil]].
"""),
    dict(style="portal_message", note="""
Subject: question about new med

hello, I started the {{drug:metformin}} {{dose:500 mg}} twice a day on Monday like the doctor said. Since then I have had loose stools
3-4 times a day and some cramping after dinner. No blood. I am still eating normal and drinking water. Is this normal and will it
go away? Should I stop it? Someone told me there is an extended release kind ({{drug:Glucophage XR}}) that is easier on the stomach.
I also take {{drug:lisinopril}} {{dose:20 mg}}, {{drug:atorvastatin}} {{dose:40}} and a {{drug:vitamin D}}. My sugars in the morning have been
{{lab:145}}, {{lab:152}}, {{lab:138}}. Thanks for your help.
""", summary="""
A patient reports diarrhea and cramping since starting {{drug:metformin}} {{dose:500 mg}} twice daily and asks whether to stop it or switch to {{drug:Glucophage XR}}. Morning sugars are 138-152.
"""),
    dict(style="portal_message", note="""
Asunto: mi tio [[NAME:aurelio]] / my uncle

hello i am the niece of [[NAME:Aurelio Tzul]], i write for him because he speak kiche and little spanish, no english.
he was in hospital in may for the kidney infection and the sugar. now he use the insulina every night 20 units but
yesterday he feel shaky and sweaty at work in the field, his sugar was {{lab:54}}. [[NAME:rigoberta]] gave him coca cola and he is ok.
the patron [[NAME:chavajay]] dont let him stop to eat lunch sometimes. what he should do with the insulin?
also the pharmacy in [[ADDRESS:immokalee]] say the pen needles is not cover.
his phone is [[PHONE:239-555-0108]] but better call me, [[NAME:ixchel]] [[PHONE:239-555-0174]]
gracias
[[NAME:Ixchel Batz Tzul]] (sobrina)
""", summary="""
[[NAME:Ixchel Batz Tzul]] writes that [[NAME:Aurelio Tzul]] had a hypoglycemic episode ({{lab:54}}) at work on nightly insulin and sometimes cannot eat lunch. She asks about adjusting the insulin and coverage of pen needles in [[ADDRESS:Immokalee]].
"""),
    dict(style="text_message", note="""
paging log / texts - night float, med B
2215 to [[NAME:ndour]]: bed 4 [[NAME:diallo]] K {{lab:5.9}} repeat, ekg no peaked t. ok for {{drug:lokelma}} {{dose:10g}}? -[[NAME:ab]]
2219 from [[NAME:ndour]]: yes give + recheck 0400. thx
2240 to [[NAME:Ed]]: can u look at bed 9 IV, [[NAME:Jo]] tried twice
2302 from [[NAME:Ed]]: got it, 20g L forearm w US
2330 to [[NAME:ndour]]: bed 11 [[NAME:Mbaye]] c/o cp 4/10 reproducible, trop neg x1, ecg unchanged. repeat trop 0130?
2331 from [[NAME:ndour]]: yes. if 2nd neg just {{drug:tylenol}}. call if pain changes
0045 to [[NAME:N'Dour]]: fyi bed 4 K {{lab:5.2}} after {{drug:lokelma}}
0412 to [[NAME:Kadiatou]] (day charge): handoff ready, [[NAME:Sy]], [[NAME:Gueye]], [[NAME:Diallo]] all stable
""", summary="""
Overnight pages from [[NAME:ab]] to [[NAME:N'Dour]] covered hyperkalemia in bed 4 treated with {{drug:Lokelma}} ({{lab:K 5.9}} to {{lab:5.2}}), a difficult IV placed by [[NAME:Ed]], and atypical chest pain in [[NAME:Mbaye]]. Handoff to [[NAME:Kadiatou]] reported all patients stable.
"""),
    dict(style="dictation_transcript", note="""
operative note patient name [[NAME:campbell delroy]] medical record number [[MRN:one nine nine two zero four seven five]]
date of surgery [[DATE:july eighth twenty twenty five]] surgeon doctor [[NAME:bishop]] assistant doctor [[NAME:fosu]] correction [[NAME:fosu bediako]]
anesthesia doctor [[NAME:hope]] general endotracheal period
preoperative diagnosis colon symptomatic cholelithiasis period postoperative diagnosis colon same period procedure colon laparoscopic
cholecystectomy period findings colon distended gallbladder with a stone impacted in {{eponym:hartman's}} pouch scratch that {{eponym:hartmann's}} pouch
comma critical view of safety obtained period the cystic duct and artery were clipped and divided period estimated blood loss
{{dose:twenty milliliters}} period specimen gallbladder to pathology period
the patient tolerated the procedure well and was taken to recovery in stable condition period there is hope for same day discharge
if he voids period {{drug:cefazolin}} {{dose:two grams}} given prior to incision period
[[NAME:marcia campbell]] was updated in the family waiting area by doctor [[NAME:bishop]] period end
""", summary="""
[[NAME:Delroy Campbell]] underwent an uncomplicated laparoscopic cholecystectomy on [[DATE:july eighth twenty twenty five]] by Dr. [[NAME:Bishop]] for symptomatic cholelithiasis. Same-day discharge is hoped for and [[NAME:Marcia Campbell]] was updated.
"""),
    dict(style="portal_message", note="""
Subject: [[NAME:jaden]] inhaler

hi dr [[NAME:baker]] its [[NAME:tanesha]] [[NAME:jaden]]'s mom. hes been coughing every night this week and using the blue
inhaler ({{drug:albuterol}}) like 4 5 times a day. school nurse ms [[NAME:gayle]] called me today said he was wheezing at recess.
he ran out of the orange one ({{drug:flovent}}) 2 weeks ago i couldnt get it refilled the insurance said prior auth.
no fever. he is eating and playing. do i need to bring him in? i can do tomorrow after 3. [[NAME:keisha]] can bring him if i cant
leave work. member id is [[MRN:JXM447120893]] if that helps with the auth

thx
[[NAME:tanesha brown]]
sent from my iphone
""", summary="""
[[NAME:Tanesha Brown]] reports [[NAME:Jaden]] has nightly cough and uses {{drug:albuterol}} 4-5 times daily after running out of {{drug:Flovent}} pending prior authorization. She asks whether [[NAME:Baker]] wants to see him.
"""),
    dict(style="text_message", note="""
rn-to-rn txt handoff, PACU -> 6N
pt from OR 3, lap R hemicolectomy. A&Ox3, pain 3/10 on {{drug:hydromorphone}} PCA {{dose:0.2 mg}}/10 min lockout, no basal.
{{vital:bp 128/72}} {{vital:hr 84}} {{vital:sat 96}} 2L NC, wean. {{eponym:foley}} in, uop 45/h. JP x1 serosang 30 cc.
ERAS pathway: clears tonight, {{drug:gabapentin}} {{dose:300}} qhs, {{drug:tylenol}} {{dose:1 g}} q8 sched, no ketorolac (cr {{lab:1.4}}).
SCDs on, {{drug:heparin}} {{dose:5000}} sq q8 starts 2200. {{lab:glucose 188}} in PACU got {{dose:2u}} lispro.
abx done. ng none. incentive spirometer taught, pulls 1250.
fyi hx OSA - brought own cpap, in bag. Ok to send?
""", summary="""
PACU handoff for a patient after laparoscopic right hemicolectomy on a {{drug:hydromorphone}} PCA, with stable vitals, a drain and a urinary catheter. ERAS orders, VTE prophylaxis and home CPAP for OSA are noted.
"""),
    dict(style="dictation_transcript", note="""
emergency department dictation this is [[NAME:selam haile]] physician assistant dictating on [[NAME:miss fin]] correction [[NAME:mesfin]] [[NAME:M-E-S-F-I-N]]
[[NAME:tekle]] [[NAME:T-E-K-L-E]] medical record number [[MRN:six one seven seven zero four two two]] date of service [[DATE:january ninth]]
chief complaint colon abdominal pain period history of present illness colon this is a {{age:forty four}} year old man who drives
for a rideshare company who presents with epigastric pain radiating to the back since last night after drinking at a party
period he was brought in by his friend [[NAME:dawit]] period vital signs {{vital:heart rate one oh eight}} {{vital:blood pressure one forty two over ninety}}
period {{lab:lipase was eleven hundred}} period ultrasound shows no gallstones period assessment colon acute alcoholic pancreatitis period
plan colon lactated {{eponym:ringer's}} at {{dose:one fifty an hour}} comma {{drug:morphine}} comma admit to medicine under doctor [[NAME:ng]]
period his brother [[NAME:yonas]] can be reached at [[PHONE:five one oh five five five zero one three three]] and wants updates period
end of dictation
""", summary="""
[[NAME:Mesfin Tekle]], {{age:44}}, was seen [[DATE:january ninth]] by [[NAME:Selam Haile]], PA, for acute alcoholic pancreatitis with lipase 1,100 and no gallstones. He was admitted to medicine under Dr. [[NAME:Ng]], and [[NAME:Yonas]] wants updates.
"""),
    dict(style="portal_message", note="""
From: [[EMAIL:valeoszuluaga@hotmail.com]]
Subject: Foto del lunar / mole photo

Hi Dr. [[NAME:Restrepo]],
I'm attaching a photo of the mole on my back that [[NAME:Santiago]] noticed changed color. It was flat and brown, now part is
darker and it itches sometimes. I think it's bigger than in the pictures from my visit on [[DATE:3 de marzo]]. My mom had
melanoma in [[ADDRESS:Pereira]] so I'm a little nervous. I use the {{drug:tretinoin}} cream at night, could that do it?
Can I get an appointment sooner than August? The front desk ([[NAME:Yuli]]?) said the first open one is [[DATE:Aug 14]].

Gracias,
[[NAME:Valentina Ospina Zuluaga]]
DOB [[DATE:04/11/1990]]
""", summary="""
[[NAME:Valentina Ospina Zuluaga]] sent a photo of a changing, itchy mole and notes a family history of melanoma. She asks [[NAME:Restrepo]] for an appointment sooner than [[DATE:Aug 14]].
"""),
    dict(style="portal_message", note="""
Subject: refil

selam. i need refil for my {{drug:amlodipine}} and {{drug:atorvastatin}}, i have 3 pill left. the pharmacy is the walgreens on
[[ADDRESS:Georgia Ave]]. also my blood pressure at home is {{vital:150/95}}, {{vital:148/92}}. is that ok? [[NAME:tigist]] at the front desk
said i need appointment first but i cannot come until after ethiopian christmas my work is very busy.
thank you very much
[[NAME:Almaz Gebreyes]]
[[NAME:almaz g]]
""", summary="""
[[NAME:Almaz Gebreyes]] requests refills of {{drug:amlodipine}} and {{drug:atorvastatin}} to the pharmacy on [[ADDRESS:Georgia Ave]] and reports home BP around {{vital:150/95}}. She cannot come in until after the holidays.
"""),
    dict(style="text_message", note="""
Texts with patient (care coordination line)
[[PHONE:(508) 555-0162]]: hi its [[NAME:yaw]] [[NAME:owusu-ansah]] for my father in law [[NAME:kwame]] the stroke one. he has pt tues and speech thurs
   but the van didnt come today
Clinic ([[NAME:Adjoa]]): Hi [[NAME:Yaw]], sorry about that. Which company? I'll call them.
[[PHONE:(508) 555-0162]]: ride health. also his bp machine says {{vital:168/96}} is that bad
Clinic ([[NAME:Adjoa]]): Is he having new weakness, speech trouble or headache? If yes call 911.
[[PHONE:(508) 555-0162]]: no same as before. he took his pills
Clinic ([[NAME:Adjoa]]): OK. Recheck in 30 min sitting quietly. I'll message Dr [[NAME:Mensah]] and [[NAME:Akosua]]'s number is the backup right?
[[PHONE:(508) 555-0162]]: yes or [[NAME:efua]]. thx [[NAME:adjoa]]
""", summary="""
[[NAME:Yaw Owusu-Ansah]] texted that his father-in-law's transport did not come and home BP was {{vital:168/96}} without new neuro symptoms. [[NAME:Adjoa]] will rebook the ride and message Dr. [[NAME:Mensah]].
"""),
    dict(style="dictation_transcript", note="""
this is [[NAME:wanjiru mwangi]] nurse practitioner hepatology clinic dictating a follow up note for [[NAME:njeri kamau]] that is
[[NAME:N J E R I]] [[NAME:K A M A U]] date of birth [[DATE:nine twelve nineteen seventy nine]] referred by doctor [[NAME:kevin d'souza]] spelled
[[NAME:D apostrophe S O U Z A]] period interval history colon she was seen in july scratch that she was last seen [[DATE:july ninth]] with
chronic hepatitis b comma e antigen negative comma viral load {{lab:eighteen thousand}} and {{lab:a l t sixty two}} period she started
{{drug:tenofovir alafenamide}} also called {{drug:vemlidy}} {{dose:twenty five milligrams}} daily and reports taking it every day with [[NAME:kip]]
reminding her period no jaundice no bleeding period today {{lab:a l t thirty one}} viral load {{lab:less than twenty}} period fibroscan
{{lab:six point one kilopascals}} period plan colon continue {{drug:vemlidy}} comma ultrasound every six months for surveillance comma screen
household contacts [[NAME:kipchoge]] comma [[NAME:chebet]] comma and [[NAME:ty]] period [[NAME:chebet]] is already vaccinated period
return in six months period end of note
""", summary="""
[[NAME:Njeri Kamau]], referred by Dr. [[NAME:Kevin D'Souza]], has chronic hepatitis B now suppressed on {{drug:Vemlidy}} with normal ALT. She continues therapy with ultrasound surveillance, and household contacts [[NAME:Kipchoge]] and [[NAME:Ty]] will be screened.
"""),
    dict(style="portal_message", note="""
Subject: colonoscopy prep question

Hi, my colonoscopy is next week and I have some questions about the prep. The instructions say {{drug:Suprep}} split dose, but my
pharmacy gave me {{drug:GoLytely}} instead. Is that ok? Also I take {{drug:Eliquis}} {{dose:5 mg}} twice a day for AFib and {{drug:Jardiance}}
{{dose:10 mg}}. The sheet says stop some diabetes pills 3 days before - is Jardiance one of them? And when do I stop the Eliquis?
I also have {{drug:Dulcolax}} tablets at home, do I take those too? I get really nauseous with big volumes so any tips help.
My ride is set up so I'm fine on that part.
Thanks
""", summary="""
A patient preparing for colonoscopy asks whether {{drug:GoLytely}} can replace {{drug:Suprep}} and when to hold {{drug:Eliquis}} and {{drug:Jardiance}}. They also ask about {{drug:Dulcolax}} and nausea with large-volume prep.
"""),
    dict(style="portal_message", note="""
Subject: [[NAME:wislandy]] discharge

bonjou, this is [[NAME:jonas]] brother of [[NAME:wislandy]] ([[NAME:Wislande Jean-Baptiste]] in your system, they spell it wrong at the
registration). she come home [[DATE:friday 3/7]] but now tonight again pain in her chest and she breathing fast. mami [[NAME:guerline]] want
to know if she go back to the emergency or wait for clinic tomorrow with dr [[NAME:pierrelouis]]? her temp is {{vital:38.4}}.
she take the {{drug:hydroxyurea}} and the {{drug:oxycodone}} already. please respond fast
[[NAME:jonas jb]]
""", summary="""
[[NAME:Jonas]] writes that [[NAME:Wislande Jean-Baptiste]], home since [[DATE:3/7]], has recurrent chest pain, fast breathing and a fever of {{vital:38.4}}. He asks whether she should return to the emergency department or wait for [[NAME:Pierre-Louis]].
"""),
    dict(style="text_message", note="""
aide texts to RN case mgr
[[NAME:Mercy]] (aide) 8:05a: good morning [[NAME:grace]] i am at mr [[NAME:young]]'s house. he didnt sleep, says his legs burning. sugar {{lab:62}}
[[NAME:Grace]] RN 8:07a: give him juice + crackers now pls, recheck in 15. did he take his {{drug:glipizide}} already?
[[NAME:Mercy]] 8:09a: yes at 6 he took it himself. [[NAME:hope]] (his daughter) put it in the box wrong i think
[[NAME:Grace]] RN 8:24a: recheck?
[[NAME:Mercy]] 8:25a: {{lab:104}} now he is eating oatmeal. thank god for mercy lol
[[NAME:Grace]] RN 8:26a: good job. i will call [[NAME:Hope]] and Dr [[NAME:Cross]] about stopping the {{drug:glipizide}}. we hope to see
   him thursday anyway. by grace of god no fall
""", summary="""
Home aide [[NAME:Mercy]] reported a blood sugar of {{lab:62}} in Mr. [[NAME:Young]] after {{drug:glipizide}}, treated with juice to {{lab:104}}. RN [[NAME:Grace]] will contact [[NAME:Hope]] and Dr. [[NAME:Cross]] about stopping {{drug:glipizide}}.
"""),
    dict(style="dictation_transcript", note="""
podiatry clinic note dictated by doctor [[NAME:kingsley baptiste]] patient [[NAME:guadalupe]] quote [[NAME:lupita]] unquote [[NAME:ramírez]] correction
[[NAME:ramírez ochoa]] [[NAME:O-C-H-O-A]] date of visit [[DATE:february the twentieth]] period she is a {{age:fifty nine}} year old woman with
type two diabetes here for a right plantar first metatarsal head ulcer period her daughter [[NAME:dallas]] drove her in from
[[ADDRESS:pflugerville]] period the ulcer measures one point two by one point zero centimeters comma {{score:wagner grade one}}
comma no probe to bone period pedal pulses palpable period sharp debridement performed period offloading with a total contact
cast scratch that with a {{eponym:darco}} boot since she drives period a one c was {{lab:nine point one}} per doctor [[NAME:austin]] her p c p
period she is on {{drug:metformin}} and {{drug:trulicity}} {{dose:one point five}} period return in one week period [[NAME:dallas]] can be reached
at [[PHONE:five one two five five five zero one four seven]] period end
""", summary="""
[[NAME:Guadalupe Ramírez Ochoa]], {{age:59}}, had a {{score:Wagner grade 1}} plantar diabetic foot ulcer debrided on [[DATE:February 20]] and was offloaded in a boot. She returns in one week, and [[NAME:Dallas]] is the contact.
"""),
    dict(style="portal_message", note="""
Subject: family visit + questions for dr [[NAME:wu]]

hello dr [[NAME:wu]], we have my mum's appointment on [[DATE:the 14th]] about the dialysis decision. can more of the family come in? it
would be me, [[NAME:jo]], [[NAME:ed]], [[NAME:otieno]] and maybe auntie [[NAME:akinyi]] on video from [[ADDRESS:nairobi]]. mum wants everyone to hear it
together. she is tired all the time now, itchy, and her legs swell by evening. we are also confused about the {{drug:sodium bicarbonate}}
{{dose:650}} - the pharmacy label says twice a day but dr [[NAME:le]] said three times.
my work email is [[EMAIL:achieng.omondi@meridianlogistics.com]] if easier than the portal.
- [[NAME:Achieng]]
""", summary="""
[[NAME:Achieng]] asks Dr. [[NAME:Wu]] whether several relatives, including [[NAME:Jo]], [[NAME:Ed]] and [[NAME:Otieno]], can join her mother's dialysis decision visit on [[DATE:the 14th]]. She also asks to clarify the {{drug:sodium bicarbonate}} frequency.
"""),
    dict(style="dictation_transcript", note="""
procedure note thoracentesis period indication colon large right pleural effusion with dyspnea period consent obtained after
discussion of risks including pneumothorax comma bleeding comma infection comma and re expansion pulmonary edema period time out
performed period ultrasound guidance used period the patient was positioned sitting leaning forward period the right posterior
chest was prepped with chlorhexidine and draped sterilely period {{dose:ten milliliters}} of {{drug:one percent lidocaine}} was infiltrated
period an eight french catheter was advanced over the rib and {{dose:one point two liters}} of straw colored fluid was removed period
the procedure was stopped for chest tightness period post procedure ultrasound showed lung sliding period no pneumothorax period
fluid sent for {{lab:L D H}} comma protein comma cell count comma gram stain and culture comma cytology period {{eponym:light's}} criteria
to be applied period estimated blood loss minimal period the patient tolerated the procedure well period end of dictation
""", summary="""
Ultrasound-guided right thoracentesis removed 1.2 liters of straw-colored fluid, stopped early for chest tightness, without pneumothorax. Fluid was sent for {{eponym:Light's}} criteria, culture and cytology.
"""),
    dict(style="text_message", note="""
Teams chat - inpatient pharmacy / 7 East
[[NAME:kdiallo_pharm]] 10:02: hey re bed 22 [[NAME:Farah]] - {{drug:vanc}} trough {{lab:24.6}}, held AM dose. AKI? cr {{lab:1.8}} from {{lab:1.1}}
[[NAME:rnguyen]] 10:04: yes cr up. team is [[NAME:Ortega]] / [[NAME:Ilunga]]. want me to page?
[[NAME:kdiallo_pharm]] 10:05: pls. suggest switch to {{drug:linezolid}} or {{drug:dapto}} depending on cx, [[NAME:Marisol]] from ID agreed
[[NAME:rnguyen]] 10:11: [[NAME:ortega]] says ok {{drug:dapto}} {{dose:8 mg/kg}} pending ID final. also pt asking abt her {{drug:warfarin}} inr {{lab:3.4}}
[[NAME:kdiallo_pharm]] 10:13: hold {{drug:warfarin}} tonight, recheck am. [[NAME:Kadi]] will do the education with the somali interpreter at 2
[[NAME:rnguyen]] 10:14: 👍 [[NAME:Ruth]] (her daughter-in-law) will be here too
[[NAME:kdiallo_pharm]] 10:15: perfect
""", summary="""
Pharmacist [[NAME:Kadi Diallo]] and nurse [[NAME:rnguyen]] found a high {{drug:vancomycin}} trough with AKI in [[NAME:Farah]], and [[NAME:Ortega]] agreed to switch to {{drug:daptomycin}}. {{drug:Warfarin}} is held for {{lab:INR 3.4}}.
"""),
    dict(style="portal_message", note="""
Objet: resultats / results

Bonjour docteur [[NAME:N'Diaye]],
I am [[NAME:Mamadou Diop]], the husband of [[NAME:Fatou]]. We receive letter that her scan show "nodule 8 mm" in the thyroid but nobody
explain. she is very worried, she cannot sleep. Her sister [[NAME:Awa]] in [[ADDRESS:Saint-Louis]] had thyroid cancer. Is it cancer?
We need the biopsy? We move to new apartment, the address now is [[ADDRESS:1187 Kelly St Apt 3B, Bronx, NY 10459]] please change
it for the letters. Our new number is [[PHONE:(347) 555-0119]].
Merci beaucoup,
[[NAME:M. Diop]] / [[EMAIL:mamadoudiop.sn@gmail.com]]
""", summary="""
[[NAME:Mamadou Diop]] asks Dr. [[NAME:N'Diaye]] to explain [[NAME:Fatou]]'s 8 mm thyroid nodule and whether a biopsy is needed, noting [[NAME:Awa]]'s thyroid cancer. He updates their address and phone.
"""),
    dict(style="dictation_transcript", note="""
letter of medical necessity dictation to the plan comma attention appeals department period re colon [[NAME:hassan ayaan]] comma member
i d [[MRN:m h six six four zero two one one nine]] comma date of birth [[DATE:august third nineteen eighty six]] period to whom it may concern
comma i am writing on behalf of my patient [[NAME:ayaan]] [[NAME:A-Y-A-A-N]] [[NAME:hassan]] who has severe plaque psoriasis involving
twenty two percent body surface area with {{score:P A S I twenty four}} period she has failed {{drug:clobetasol}} comma {{drug:calcipotriene}}
comma narrowband u v b for twelve weeks comma and {{drug:methotrexate}} {{dose:fifteen milligrams}} weekly which caused transaminitis period
i am requesting coverage of {{drug:skyrizi}} correction {{drug:risankizumab}} {{dose:one hundred fifty milligrams}} at week zero and four then every
twelve weeks period denial reference number [[MRN:P A two five dash zero zero eight one seven]] period please contact my office at
[[PHONE:six one two five five five zero one five five]] extension [[PHONE:two two]] period sincerely [[NAME:ilhan jama]] nurse practitioner
for doctor [[NAME:abdiweli hassan]] no relation period
""", summary="""
[[NAME:Ilhan Jama]], NP, dictated an appeal letter for [[NAME:Ayaan Hassan]] (DOB [[DATE:august third nineteen eighty six]]) requesting coverage of {{drug:risankizumab}} for severe plaque psoriasis after failure of topical therapy, phototherapy and {{drug:methotrexate}}.
"""),
    dict(style="portal_message", note="""
Subject: hiii question

hi its [[NAME:summer]] ({{age:14}}) my mom said i can message u myself now lol. so i started the birth control pill {{drug:sprintec}} like
3 weeks ago and i keep spotting, is that normal?? also i forgot it 2 days in a row last weekend bc i slept at [[NAME:june]]'s and
[[NAME:hunter]] + [[NAME:mason]] were there (nothing happened lol). do i need to take 2?? my period is supposed to come in june not
sure. also can u not tell my mom abt the sleepover part pls. my username is [[NAME:summerbee.k]] if u need it
ty
-[[NAME:sum]]
""", summary="""
[[NAME:Summer]], {{age:14}}, reports spotting 3 weeks after starting {{drug:Sprintec}} and missing two pills in a row, and asks about confidentiality. She needs missed-pill and backup contraception guidance.
"""),
]
