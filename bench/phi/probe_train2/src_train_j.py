# Hand-written synthetic notes (school nurse, school-based health center, pediatric well-child and immunization
# catch-up, camp and daycare health forms). Every person, number, date, phone, e-mail and street is invented.
NOTES = [
    dict(style="school_nurse", note="""
HEALTH OFFICE DAILY LOG - Mattahunt Elementary                          [[DATE:Wed 1/15/25]]
Time | Student                    | Gr | Complaint            | Action / Disposition
0812 | [[NAME:Jean-Baptiste, Wisly]]     | 3  | wheeze, cough        | {{drug:albuterol}} MDI {{dose:4 puffs}} via spacer; {{vital:SpO2 93%}} -> {{vital:97%}}; mom [[NAME:Marie-Ange]] notified [[PHONE:617-555-0175]]; back to class
0840 | [[NAME:Dorvil, Grace]]            | K  | stomachache          | ate no breakfast; crackers + water, rested 15 min; back to class
0915 | [[NAME:Hope Désir]]               | 5  | HA, "blurry board"   | vision {{vital:20/40}} OU on {{eponym:Snellen}}; referral letter home; hope to get glasses via Vision Van [[DATE:2/4]]
1005 | [[NAME:Tavares, Djaniel]]         | 2  | fell at recess       | abrasion L knee, cleaned, bandage; no LOC
1120 | [[NAME:Fils, Bo]]                 | 4  | daily med            | {{drug:methylphenidate}} {{dose:10 mg}} PO given 1118 (count 22 remaining)
1250 | [[NAME:Monteiro, Lincoln]]        | 1  | T {{vital:100.9}}    | dismissed to grandmother Nha [[NAME:Fatinha]] 1315; may return when fever-free 24 h
1330 | [[NAME:Jean-Baptiste, W.]]        | 3  | recheck              | {{vital:RR 20}}, no wheeze, {{vital:SpO2 98%}}
Immunization grace period for 3 students ends [[DATE:1/31]]; letters sent [[DATE:1/10]]. Per [[NAME:mgrace]] (registrar) [[NAME:Grace]]'s
enrollment packet still lacks a physical.
RN: [[NAME:S. Exume]]  ([[NAME:SE]])   x[[PHONE:2214]]
""", summary="""
On [[DATE:1/15/25]] the nurse gave [[NAME:Wisly Jean-Baptiste]] {{drug:albuterol}} for wheeze ({{vital:SpO2 93%}}), referred [[NAME:Hope Désir]] for {{vital:20/40}} vision, and sent [[NAME:Lincoln Monteiro]] home with fever.
"""),

    dict(style="school_based_clinic", note="""
SBHC VISIT - East Boston High School Health Center          DOS [[DATE:091624]]
Student: [[NAME:Brayan Josué Mejía Henríquez]]   DOB [[DATE:2008-11-03]]   MRN [[MRN:EB-558102]]   Grade 10
Insurance: MassHealth Standard, member [[MRN:100562273018]]
Reason: sports physical (soccer) + knee pain x 2 mo.
Consent on file (signed by mother [[NAME:Xiomara Henríquez]] [[DATE:8/29/24]]); teen seen alone for HEADSS.
HEADSS: lives w/ mom + sister [[NAME:Kimberly]] in [[ADDRESS:Eagle Hill]]; works weekends at a bakery; denies vaping/sex; {{score:PHQ-A 3}}.
Knee: tender tibial tubercle bilat, R > L, no effusion -> {{eponym:Osgood-Schlatter}}. Ottawa rules neg.
Exam: {{vital:BP 118/76}}, {{vital:HR 64}}, BMI 21.4, vision {{vital:20/20}} R, {{vital:20/25}} L. Heart RRR; the {{score:1/6}} flow murmur heard by PCP in Aug '23 not
heard today, standing or supine, no click. Strength {{score:5/5}} throughout. {{eponym:Marfan}} features absent.
Immunizations: {{drug:MenACWY}} #2 and {{drug:Tdap}} up to date; flu vaccine given today (lot on MIIS).
Plan: cleared for full participation. Ice, {{drug:ibuprofen}} {{dose:400 mg}} q8h PRN max 3 days in a row, quad/hamstring stretching.
Form faxed to Athletic Trainer [[NAME:Dallas Ramírez]], ATC ([[PHONE:617-555-0166]] fax) [[DATE:9/16]] 1410. RTC PRN.
[[NAME:G. Portillo]], NP
""", summary="""
[[NAME:Brayan Mejía Henríquez]] was cleared for soccer at the SBHC on [[DATE:9/16/24]] and diagnosed with {{eponym:Osgood-Schlatter}}, with {{vital:BP 118/76}} and no murmur.
The form was faxed to trainer [[NAME:Dallas Ramírez]].
"""),

    dict(style="well_child", note="""
4 YEAR WELL CHILD CHECK
[[NAME:ANDRADE SPENCER, NAYARA]]          MRN [[MRN:0049913]]      DOB [[DATE:02/19/2021]]      Visit [[DATE:02-24-2025]]
Accompanied by: mother ([[NAME:Ivone Spencer]]) and aunt [[NAME:Djenifer]]. Language: Kriolu/English, no interpreter requested.
Concerns: snoring, picky eating. Attends Head Start on [[ADDRESS:Purchase St]].
Growth: wt 16.2 kg (50%), ht 103 cm (55%), BMI 15.3 (45%). {{vital:BP 96/58}}. Vision {{vital:20/30}} OU (HOTV). Hearing pass OAE.
Development: ASQ-3 all domains above cutoff; speaks in sentences in both languages, draws person w/ 3 parts.
Exam: tonsils 3+, no adenoid facies. Teeth - 2 caries lower molars; no dental home.
Labs: {{lab:Hgb 11.8}}; {{lab:lead < 1}} (done at 2 y, [[DATE:3/4/23]]).
Vaccines today: {{drug:DTaP}} #5, {{drug:IPV}} #4, {{drug:MMR}} #2, {{drug:Varivax}} #2 (VIS given, mom consented). Flu declined.
Plan: sleep hygiene; ENT referral if witnessed apneas. Fluoride varnish applied; referral to Dr. [[NAME:Fortes]] pediatric dentist [[PHONE:508 555 0132]].
Daycare/school form completed and given to mom. Next WCC at 5 y. -- [[NAME:Euclides Rodrigues]], MD   after-visit summary sent to [[EMAIL:ivone.spencer22@gmail.com]]
""", summary="""
[[NAME:Nayara Andrade Spencer]] had her 4-year well visit on [[DATE:02-24-2025]] with normal development, {{lab:Hgb 11.8}}, and four vaccines given.
She has dental caries and was referred to Dr. [[NAME:Fortes]].
"""),

    dict(style="immunization_catchup", note="""
NEWCOMER HEALTH / IMMUNIZATION CATCH-UP - Refugee & Immigrant Pediatrics
Pt: [[NAME:Tomasa Ramírez Bámaca]]   DOB [[DATE:15/07/2015]] (per Guatemalan birth certificate; entered as [[DATE:07/15/2015]])   MRN [[MRN:RIP-77120]]
Visit [[DATE:Thu 10 Oct 2024]]. Mam speaker; Spanish second language. Interpreter: [[NAME:Alberto Gómez Tema]] (Mam, by phone, ID [[MRN:MAM-0042]]).
Arrived [[ADDRESS:Providence]] [[DATE:8/19/24]] with father [[NAME:Fermín Ramírez]] and brother [[NAME:Eswin]] (seen separately, MRN [[MRN:RIP-77121]]).
Foreign vaccine card (Carné de Vacunación, [[ADDRESS:Huehuetenango]]), day-first dates:
   BCG [[DATE:16/07/2015]] - scar present L deltoid
   Pentavalente #1 [[DATE:20/09/2015]], #2 [[DATE:18/11/2015]], #3 [[DATE:03/02/2016]]
   OPV x3 same dates; SPR (MMR) [[DATE:22/07/2016]], 2nd dose [[DATE:5/8/2019]]
Valid per ACIP minimum intervals except SPR #2 (needs verification of day/month order - interpreted as [[DATE:5 Aug 2019]]).
Screening: {{lab:QFT negative}}, {{lab:Hgb 10.9}}, {{lab:eos 14%}}, Strongyloides IgG pending, {{lab:lead 4.2}}, {{eponym:Chagas}} serology
(T. cruzi IgG) sent - mother from endemic area, died [[DATE:2021-04-30]] of "heart problem" per father.
Given today: {{drug:HPV}} #1, {{drug:Hep B}} #1, {{drug:Varivax}} #1, {{drug:IPV}} #4; {{drug:Tdap}} not due until {{age:11}}.
Plan: {{drug:albendazole}} {{dose:400 mg}} x1 given; {{drug:ferrous sulfate}} {{dose:3 mg/kg/day}}; return [[DATE:11/7]] for Hep B #2 and results.
School form for Fogarty Elementary completed. Father's phone [[PHONE:401-555-0189]]; uncle [[NAME:Ovidio]] [[PHONE:+502 5512 8847]].
[[NAME:C. Tzoc]], MD
""", summary="""
At a newcomer visit on [[DATE:10 Oct 2024]], [[NAME:Tomasa Ramírez Bámaca]]'s Guatemalan vaccine card was reviewed with a Mam interpreter and catch-up vaccines were given.
{{eponym:Chagas}} and Strongyloides tests were sent and she returns [[DATE:11/7]].
"""),

    dict(style="camp_health_form", note="""
CAMP WIKOSA - CAMPER HEALTH HISTORY (parent-completed; reviewed by camp nurse)
Camper: [[NAME:Santiago]] "[[NAME:Santi]]" [[NAME:Olvera Ruelas]]     DOB: [[DATE:Mar. 2, 2014]]     Session 2 ([[DATE:July 7-18]])     Cabin: Otter
Parent/guardian 1: [[NAME:Araceli Ruelas]]  cell [[PHONE:(312) 555-0129]]  work [[PHONE:312-555-0100 x 4417]]
Parent/guardian 2: [[NAME:Fidencio Olvera]]  cell [[PHONE:312.555.0152]]  (Spanish preferred)
Emergency contact (if parents unreachable): tía [[NAME:Nayeli]], [[ADDRESS:Cicero]], [[PHONE:708-555-0117]]
Insurance: BCBS IL PPO   Member ID [[MRN:XOF918273645]]   Group [[MRN:00412780]]   Subscriber: [[NAME:RUELAS, ARACELI]]
Allergies: PEANUT (anaphylaxis 6/2019, ED visit) -> carries {{drug:EpiPen Jr}} {{dose:0.15 mg}} x2; seasonal - {{drug:Zyrtec}} {{dose:5 mg}} daily.
Medications to be given at camp: {{drug:cetirizine}} {{dose:5 mg}} qAM; {{drug:Flonase}} {{dose:1 spray}} each nostril PRN.
Conditions: mild intermittent asthma - last {{drug:albuterol}} use "in the spring"; no ED visits since age {{age:6}}.
Last tetanus: [[DATE:3/2/2024]] ({{drug:Tdap}}, with 10-yr physical). Physical exam date: [[DATE:4-11-24]], Dr. [[NAME:Ximena Tapia]], Alivio Medical Center.
Swim: may swim, wears goggles. Dietary: no pork (family preference). Bedwetting: no.
Parent signature: [[NAME:A. Ruelas]]  date [[DATE:5/20/24]]
Nurse review: EpiPens x2 labeled, expire 01/2025 - ok for session. Reviewed w/ counselor [[NAME:June]] - epi in waist pack on hikes. -- [[NAME:mk]], RN
""", summary="""
[[NAME:Santiago Olvera Ruelas]], attending camp [[DATE:July 7-18]], has peanut anaphylaxis with two {{drug:EpiPen Jr}} {{dose:0.15 mg}} and mild asthma.
Parents [[NAME:Araceli Ruelas]] ([[PHONE:312-555-0129]]) and [[NAME:Fidencio Olvera]] are the contacts.
"""),

    dict(style="daycare_form", note="""
CHILD HEALTH CARE APPRAISAL - for child care / early education program
Child's name: [[NAME:Mercidieu Théodore]]        Date of birth: [[DATE:11-30-2022]]        Sex: M
Parent: [[NAME:Roseline Bien-Aimé]]   Address: [[ADDRESS:1540 NW 119th St, North Miami, FL 33167]]   Phone: [[PHONE:(786) 555-0142]]
Program: Ti Zanj Early Learning Center (VPK)
Date of exam: [[DATE:08/05/2024]]      Medicaid #: [[MRN:4401837726]]
Height 88 cm  Weight 12.9 kg  {{vital:HC 48.5 cm}}   Hearing: passed   Vision: fixes and follows, red reflex present bilat
Immunizations: Florida DH 680 form attached - up to date for age (last {{drug:Hep A}} #2 [[DATE:6/10/24]]).
Lead screen: {{lab:Pb 2}} ([[DATE:Dec 2, 2023]]).  Hgb: {{lab:11.6}}.  TB risk: low.
Allergies: amoxicillin (rash).  Chronic conditions: eczema - {{drug:hydrocortisone}} {{dose:2.5%}} cream BID PRN; {{drug:Vaseline}} daily.
Special needs / diet: none; speech - 10 words in Creole + English, referred to Early Steps [[DATE:8/5]] (ref [[MRN:ES-24-091552]]).
This child may participate in all program activities: YES
Health care provider: [[NAME:Jordan Saintil]], ARNP    Little Haiti Pediatrics    NPI [[MRN:1730284419]]    Tel [[PHONE:305-555-0183]]
Signature: [[NAME:JSaintil]]  [[DATE:8/5/2024]]
""", summary="""
[[NAME:Mercidieu Théodore]], age {{age:1}}, was examined [[DATE:08/05/2024]] for child care and is up to date on vaccines with eczema and an amoxicillin rash allergy.
He was referred to Early Steps for speech by [[NAME:Jordan Saintil]], ARNP.
"""),

    dict(style="school_nurse", note="""
SCHOOL NURSE PROTOCOL NOTE - Pediculosis
Student sent to Health Office by classroom teacher for scratching scalp. Inspected with comb under good light.
Findings: live lice x3 and nits within 1/4 inch of scalp, occipital and post-auricular areas. No secondary infection, no LAD.
Per district policy (AAP/NASN guidance) student remains in class until end of day; no-nit policy not used.
Parent phone call completed; treatment information sheet sent in English, Spanish, and Haitian Creole.
Recommended: {{drug:Nix}} ({{drug:permethrin}} {{dose:1%}}) cream rinse, repeat on day 9; alternative {{drug:Natroba}} ({{drug:spinosad}} {{dose:0.9%}})
or {{drug:Sklice}} ({{drug:ivermectin}} {{dose:0.5%}} lotion) by prescription if treatment failure.
Avoid {{drug:lindane}}. Wash bedding on hot; bag stuffed animals 2 weeks; combing with nit comb every 2-3 days.
Classroom notification letter NOT sent (per policy, to protect privacy). Siblings at Middle School checked - negative.
Follow-up head check in 7-10 days. Student comfortable, returned to class, grade-level work unaffected.
""", summary="""
A student found with live lice was kept in class and the parent was advised to use {{drug:Nix}} ({{drug:permethrin}} {{dose:1%}}), repeating on day 9.
A recheck is due in 7-10 days.
"""),

    dict(style="school_nurse", note="""
NURSE PARENT CONTACT LOG -- [[NAME:ZELAYA FÚNEZ, KENSY]] (Gr 7)   Student ID [[MRN:S0048172]]   Homeroom 212
[[DATE:Mon 2/3]]  0915  c/o dizziness, pale, {{vital:HR 118}}, {{vital:BP 94/60}}. Says she skips breakfast ("fasting like my mom"). Juice + crackers,
                 {{lab:BG 68}} -> {{lab:102}} at 0935. Called mom [[NAME:Lesly Fúnez]] [[PHONE:+1 (469) 555-0119]] - no answer, LM in Spanish.
[[DATE:Mon 2/3]]  1140  mom returned call from work ([[PHONE:469.555.0134 ext. 61]]). Aware; will bring her to clinic.
[[DATE:Tue 2/4]]   0800  student reports she ate pupusa this am. Weight 38.1 kg (was 41.0 on [[DATE:9/9]]).
[[DATE:2/6/25]]    1300  3rd visit this wk. Spoke w counselor [[NAME:Hunter Maradiaga]] - friends report [[NAME:kensy]] throws away lunch;
                 {{score:SCOFF 3}}. Called mom again; referral to SBHC ([[NAME:Leticia Banegas]], NP) for [[DATE:Feb 10]] with consent.
[[DATE:2/10/25]]   SBHC: orthostatic ({{vital:HR 82}} -> {{vital:HR 124}} standing), {{lab:K 3.3}}, {{lab:TSH 1.9}}. Adolescent medicine appt
                 at Children's Health [[DATE:2/18]] (auth [[MRN:PA-7731902]]). Dad [[NAME:Marvin Zelaya]] also notified [[PHONE:972-555-0161]].
Plan: daily check-in w nurse before lunch; lunch in Health Office until seen. [[NAME:Banegas]] will share notes per ROI signed [[DATE:2/10]].
-- [[NAME:Faith O. Castellanos]], BSN, RN, NCSN
""", summary="""
After repeated dizzy visits from [[DATE:Mon 2/3]], [[NAME:Kensy Zelaya Fúnez]] was found to be restricting food ({{score:SCOFF 3}}) and orthostatic with {{lab:K 3.3}}.
She was referred to adolescent medicine for [[DATE:2/18]], and her mother [[NAME:Lesly Fúnez]] was notified.
"""),

    dict(style="well_child", note="""
12 mo WCC   [[DATE:5.14.24]]   [[NAME:Pierre, Faith-Anne]]   MRN [[MRN:8830-1146]]   Acct [[MRN:A00994812]]
Here w/ mom [[NAME:Nadège Pierre]] + grandmother (Creole; interp [[NAME:Wilfrid]] in person, #[[MRN:118]]). Dad [[NAME:Bensky]] at work.
Born 38 wk at BMC, {{score:Apgar 8/9}}, NICU x0. Breastfed + {{drug:Enfamil}}; starting whole milk. Eats diri, bannann, soup.
Dev: pulls to stand, cruises, pincer, "manman", "papa", waves bye. No concerns.
Exam: wt 9.6 kg (40%), len 75 cm (45%), HC 45.5 cm (50%). {{vital:T 36.9}}. TMs clear. Heart no murmur. Hips stable ({{eponym:Ortolani}}/{{eponym:Barlow}} neg).
Mongolian spots sacrum/buttocks - documented with photos so not mistaken for bruising.
Labs: {{lab:Hgb 10.4}} -> start {{drug:ferrous sulfate}} {{dose:15 mg}} elemental daily; {{lab:lead 3}} (venous).
Vaccines: {{drug:MMR}} #1, {{drug:Varivax}} #1, {{drug:Hep A}} #1, {{drug:PCV20}} #4. {{drug:Tylenol}} {{dose:120 mg}} q6h PRN fever ({{dose:3.75 mL}} of 160/5).
Flu vaccine: due in fall. Dental: fluoride varnish; first dentist by 1 y - list given.
Grandmother asks about "tèt fè mal" (teething) remedies - avoid honey/teas, OK to use cold teether.
RTC 15 mo ([[DATE:8/14/24]]) + Hgb recheck in 1 mo ([[DATE:June 14]]). Mom cell [[PHONE:857-555-0115]]; WIC # [[MRN:WIC 2207 3194]].
[[NAME:Cross]], MD / [[NAME:Young]] (MS3)
""", summary="""
At 12 months on [[DATE:5.14.24]], [[NAME:Faith-Anne Pierre]] was developing normally, received {{drug:MMR}} and {{drug:Varivax}}, and started iron for {{lab:Hgb 10.4}}.
Her Mongolian spots were documented, and she returns [[DATE:8/14/24]].
"""),

    dict(style="school_nurse", note="""
HEALTH OFFICE NOTE      Lincoln Middle School      [[DATE:12/03/2024]]  10:52
Student: [[NAME:Reyes, Isaí]]  (gr 6)   DOB [[DATE:4/22/13]]   ID# [[MRN:2013-00471]]
S: "my whole body hurts," HA, sore throat since last night. Brother [[NAME:Ángel]] home w/ flu per mom.
O: {{vital:T 101.8}} (oral), {{vital:HR 108}}, {{vital:RR 18}}, {{vital:SpO2 98%}}. Flushed, mild pharyngeal erythema, no exudate. Lungs clear.
A: influenza-like illness.
P: Called mom [[NAME:Itzel Reyes]] 1055 at [[PHONE:509-555-0123]]; she will pick up ~1130. Reminded: NO aspirin or Pepto-Bismol
(salicylate) for kids w/ flu or chickenpox - risk of {{eponym:Reye syndrome}}. OK {{drug:acetaminophen}} {{dose:480 mg}} or {{drug:ibuprofen}}
{{dose:400 mg}} per weight. Return when fever-free 24 h without meds. Flu vaccine: not received this season; SBHC clinic [[DATE:12/10]].
[[NAME:Isai]]'s teacher Ms. [[NAME:Price]] notified of absence; homework via Google Classroom.
Picked up 1128 by mom. Note to file. -- [[NAME:ap]] RN (sub nurse [[NAME:April Tum]])
""", summary="""
[[NAME:Isaí Reyes]] was sent home from school on [[DATE:12/03/2024]] with influenza-like illness and {{vital:T 101.8}}.
His mother [[NAME:Itzel Reyes]] was told to avoid aspirin because of {{eponym:Reye syndrome}} and offered the flu clinic on [[DATE:12/10]].
"""),

    dict(style="immunization_catchup", note="""
BROCKTON PUBLIC SCHOOLS - Health Services
[[ADDRESS:43 Crescent St]], [[ADDRESS:Brockton]], MA [[ADDRESS:02301]]     Tel [[PHONE:508-555-0108]]  Fax [[PHONE:508-555-0109]]

[[DATE:17 September 2024]]

To the parent/guardian of [[NAME:DELGADO LOPES, KEVIN]]   (DOB [[DATE:2011-01-29]], Student # [[MRN:1048823]])

NOTICE OF EXCLUSION - IMMUNIZATION REQUIREMENTS (105 CMR 220.000)
Our records show that your child is missing: {{drug:Tdap}} (required for grade 7) and {{drug:MenACWY}} dose 1.
Records received from Escola Básica de Achada Santo António ([[ADDRESS:Praia]]) list {{drug:DTP}} doses on [[DATE:12/03/2011]],
[[DATE:14/05/2011]] and [[DATE:20.07.2011]] (day/month/year) - these were accepted.
Your child may not attend school after [[DATE:Friday, Oct. 4, 2024]] unless we receive proof of vaccination or a valid exemption.
Free vaccines: Brockton Neighborhood Health Center, or our school clinic on [[DATE:9/26]] and [[DATE:10/3]] (consent form enclosed, Kriolu version).
Questions: call Nurse [[NAME:Lurdes Semedo]], RN at x[[PHONE:30417]], or e-mail [[EMAIL:lsemedo@bpsma.org]].
Falta vacinas: por favor liga pa nos.

[[NAME:Zeca Brito]], MSN, RN, Director of Health Services
""", summary="""
Brockton schools notified the parent of [[NAME:Kevin Delgado Lopes]] on [[DATE:17 September 2024]] that missing {{drug:Tdap}} and {{drug:MenACWY}} will lead to exclusion after [[DATE:Oct. 4, 2024]].
His DTP doses from [[ADDRESS:Praia]] were accepted.
"""),

    dict(style="school_nurse", note="""
INDIVIDUALIZED HEALTH PLAN (IHP) - Type 1 Diabetes                         School year 2024-25
Student: [[NAME:Gabriela Alejandra Chávez Rivas]]   Grade 4   DOB [[DATE:01/08/2015]]   Dx March 2022 (presented in DKA)
School: Cresthaven ES, [[ADDRESS:Langley Park]]     Nurse: [[NAME:Magaly Orellana]], RN  [[EMAIL:morellana@mcpsmd.net]]
Parents: [[NAME:Roxana Rivas]] [[PHONE:(240) 555-0112]] (Spanish) / [[NAME:Edwin Chávez]] [[PHONE:240-555-0199]]
Endocrine: Children's National, Dr. [[NAME:Marisela Quintanilla]], diabetes line [[PHONE:202-555-0147]] (option 3), fax [[PHONE:202-555-0148]]
Devices: Dexcom G7 CGM (receiver S/N [[MRN:SM74210938]]); Omnipod 5 (PDM serial [[MRN:OP5-2291-07736]]); Follow app on nurse iPad.
Targets: BG 80-180. {{drug:Humalog}} ICR {{dose:1 unit:15 g}}; correction {{dose:1 unit per 50 mg/dL}} above {{lab:150}}. Last {{lab:A1c 7.4%}} ([[DATE:7/30/24]]).
LOW (< {{lab:70}}): 15 g fast carbs ({{dose:4 oz}} juice or 4 glucose tabs), recheck in 15 min. Severe/unresponsive: {{drug:Baqsimi}} {{dose:3 mg}}
intranasal, call 911, then parents. Never send student to office alone when low.
HIGH (> {{lab:300}}): check blood ketones; if {{lab:ketones 0.6-1.4}} give water, recheck 1 h; if {{lab:>1.5}} call parent for pickup.
Field trips: trained delegates [[NAME:Mayra]] (para) and Mr. [[NAME:Salvador Mejía]] carry kit. PE: snack if BG < 120 before class.
Signed Dr. [[NAME:Quintanilla]] [[DATE:8/20/24]]; reviewed with mom [[DATE:08/26/2024]]; 504 meeting [[DATE:Sept. 9]].
""", summary="""
An IHP for [[NAME:Gabriela Chávez Rivas]] sets {{drug:Humalog}} dosing, low-glucose treatment with {{drug:Baqsimi}}, and ketone rules, with a last {{lab:A1c 7.4%}}.
It was reviewed with her mother on [[DATE:08/26/2024]] and a 504 meeting is set for [[DATE:Sept. 9]].
"""),

    dict(style="well_child", note="""
WELL CHILD - 24 MONTH - ANTICIPATORY GUIDANCE (patient education section)
Nutrition: switch to low-fat milk, 16-24 oz/day max; limit juice to 4 oz. Offer iron-rich foods; continue {{drug:multivitamin with iron}} if picky.
Oral health: brush twice daily with a smear of fluoride toothpaste; dental home established; fluoride varnish every 3-6 months.
Sleep: consistent routine, 11-14 hours/24 h including nap.
Safety: rear-facing car seat as long as the seat allows; window guards; store medicines up high and locked - including grandparents'
{{drug:metformin}}, {{drug:amlodipine}} and iron tablets; Poison Help line posted on the fridge. Water safety: touch supervision.
Development: M-CHAT-R/F low risk ({{score:M-CHAT 1}}); ASQ-3 passed; 50+ words, two-word phrases. Read together daily (Reach Out and Read book given).
Screen time: avoid except video chat with family abroad.
Screening: {{lab:Hgb 11.9}}; {{lab:lead 1.8}}; TB risk questionnaire negative; hearing and {{eponym:Snellen}}-style vision deferred to 3 y (photoscreen passed).
Vaccines: {{drug:Hep A}} #2 given; influenza given (left thigh); others up to date.
Next visit: 30 months. Call for fever > {{vital:104 F}}, lethargy, or breathing trouble.
""", summary="""
Anticipatory guidance at a 24-month well visit covered nutrition, dental care, safe medicine storage, and development, with {{score:M-CHAT 1}} and {{lab:Hgb 11.9}}.
{{drug:Hep A}} #2 and influenza vaccine were given.
"""),

    dict(style="daycare_form", note="""
INCIDENT / INJURY REPORT - Little Sprouts Child Development Center
Child: [[NAME:Yoselin Tzunún Ajpop]]     Age: 2 y 3 mo     Classroom: Butterflies (Toddler B)
Date of incident: [[DATE:04/17/25]]   Time: 10:20   Location: playground, sand area
What happened: another child bit [[NAME:Yoselin]] on the R forearm (other child's name withheld per policy). Two small breaks in skin, no bleeding
after pressure. Washed with soap/water 5 min, ice pack 10 min, bandage. Child cried ~3 min then returned to play.
Staff present: teacher [[NAME:Fabiola]] and aide [[NAME:S. Ixcoy]]. Director [[NAME:N. Xicará]] notified 10:28.
Parent notified: mother [[NAME:Micaela Ajpop]] (K'iche'; limited Spanish) at [[PHONE:(561) 555-0172]] 10:35 - message relayed through
her cousin [[NAME:Tomás Sic]] ([[PHONE:561 555 0108]]), who interprets for the family. Mom picked up at 12:15 from [[ADDRESS:Lake Worth Beach]] site.
Follow-up [[DATE:4/18]]: mom reports seen at FoundCare; started {{drug:Augmentin}} {{dose:45 mg/kg/day}} x 3 days (prophylaxis); tetanus up to date.
Parent signature: [[NAME:M. Ajpop]] (mark, witnessed by [[NAME:Tomás]])   Date: [[DATE:4/17/2025]]
Staff signature: [[NAME:Fabiola Tahay]]    Reviewed by director: [[NAME:NX]]  [[DATE:4-17-25]]
""", summary="""
On [[DATE:04/17/25]] [[NAME:Yoselin Tzunún Ajpop]] was bitten on the forearm at daycare, and her mother [[NAME:Micaela Ajpop]] was told through cousin [[NAME:Tomás Sic]].
She started {{drug:Augmentin}} prophylaxis on [[DATE:4/18]].
"""),

    dict(style="camp_health_form", note="""
camp infirmary log - session B wk 2          (RN initials at end of each entry)
[[DATE:7/9]] 0745  med pass: [[NAME:diego v]] {{drug:Concerta}} {{dose:36 mg}}; [[NAME:nayelly]] {{drug:Zyrtec}} {{dose:10 mg}}; [[NAME:bo]] ([[NAME:Robenson Jeune]]) {{drug:Flovent}} {{dose:2 puffs}}. -[[NAME:tl]]
[[DATE:7/9]] 1410  Heron cabin - [[NAME:Yaretzi Cux]], bee sting R hand, no hx allergy. stinger scraped, ice, {{drug:Benadryl}} {{dose:25 mg}} PO, obs 30 min, no hives/SOB.
             counselor [[NAME:summer]] aware. -[[NAME:tl]]
[[DATE:7/9]] 1600  heat index 97, typical summer afternoon; 4 campers w/ mild HA -> water + shade, all back to activity. -[[NAME:tl]]
[[DATE:7/9]] 2130  [[NAME:will]] (Loon) homesick + HA, {{vital:T 98.4}}. talked, cold cloth, back to cabin; nurse will call his mom in am. -[[NAME:jr]]
[[DATE:7/10]] 0300  [[NAME:Mason Exil]] (Loon) vomiting x2, {{vital:T 100.4}}, {{vital:HR 110}}; 2 other Loon campers w/ GI sx -> all 3 isolated in infirmary.
             {{drug:Zofran}} ODT {{dose:4 mg}} per standing order. -[[NAME:jr]]
[[DATE:7/10]] 0700  called [[NAME:Mason]]'s mom [[NAME:Guerda Exil]] [[PHONE:617-555-0125]] - pickup by 1000. called [[NAME:will]]'s mom [[NAME:Marlène Dessources]]
             ([[PHONE:774.555.0186]]) - he's fine now, no pickup. -[[NAME:tl]]
[[DATE:7/10]] 1100  director [[NAME:Rosalba Coj]] notified local board of health re GI cluster (3 campers), ref [[MRN:BOH-0710-22]].
             handwashing huddle w/ Loon counselors ([[NAME:summer]], [[NAME:Jordy]]). -[[NAME:tl]]
[[DATE:Thu 7/11]] 0800  no new cases. all 3 tolerating po, afebrile. -[[NAME:TL]] ([[NAME:Tatiana Louis]], RN)
""", summary="""
The camp nurse treated [[NAME:Yaretzi Cux]]'s bee sting with {{drug:Benadryl}} on [[DATE:7/9]], and three Loon campers including [[NAME:Mason Exil]] were isolated for vomiting on [[DATE:7/10]].
Director [[NAME:Rosalba Coj]] reported the GI cluster to the board of health.
"""),

    dict(style="school_nurse", note="""
CONCUSSION - RETURN TO LEARN / RETURN TO PLAY  (School Nurse + Athletic Trainer)
Student: [[NAME:DORSAINVIL, JHONNY R]]    Gr 11    DOB [[DATE:Sept 27 2008]]    Student ID [[MRN:200871455]]
Injury: helmet-to-helmet hit, varsity football, Friday night game [[DATE:10/4/24]]. Removed from play by ATC [[NAME:Kettly Augustin]]:
{{score:SCAT5 symptom severity 38}}, no LOC, amnesia for 2nd quarter. Coach [[NAME:Major]] notified on sideline.
ED [[DATE:10/4]] 22:30: CT head negative; d/c w/ {{drug:acetaminophen}} {{dose:650 mg}} PRN, avoid {{drug:ibuprofen}} first 48 h per ED.
ImPACT baseline [[DATE:08/12/2024]]: verbal memory 88. Post-injury [[DATE:10/8]]: {{score:verbal memory 71}}, {{score:visual motor 29.4}}.
Academic adjustments [[DATE:10/7]]-[[DATE:10/18]]: rest breaks, no tests/quizzes, reduced reading, sunglasses OK, no band.
Nurse symptom log:
   [[DATE:10/7]]   HA {{score:6/10}}, nausea, left after 3rd period
   [[DATE:10/9]]   HA {{score:3/10}}, light sensitive; full day with breaks
   [[DATE:10/14]]  symptom-free x 48 h; full day, no breaks
Graduated RTP (ATC): step 2 [[DATE:10/15]], step 3 [[DATE:10/16]], step 4 [[DATE:10/17]], step 5 full-contact practice [[DATE:10/18]] - no symptoms.
Written clearance: Dr. [[NAME:Gaëlle Lamarre]], Sports Medicine, [[DATE:10/18/24]] (faxed from [[PHONE:617 555 0193]]).
Parent [[NAME:Yvrose Dorsainvil]] signed [[DATE:10/18]]. Return to game [[DATE:Fri 10/25]].
-- [[NAME:K. Augustin]], ATC  /  [[NAME:E. Benoît]], RN
""", summary="""
[[NAME:Jhonny Dorsainvil]] had a concussion in football on [[DATE:10/4/24]] ({{score:SCAT5 symptom severity 38}}) and followed academic adjustments and a graduated return to play.
Dr. [[NAME:Lamarre]] cleared him on [[DATE:10/18/24]], and he returns to games [[DATE:10/25]].
"""),

    dict(style="well_child", note="""
dictation begins. this is doctor [[NAME:ocampo]] with a well adolescent visit for [[NAME:katherine abigail ventura cruz]] ventura is
[[NAME:v e n t u r a]] comma date of birth [[DATE:the second of november two thousand nine]] comma medical record [[MRN:nine three three zero eight one two]]
comma seen [[DATE:january eighth]] period she prefers [[NAME:kathy]] period she is {{age:fifteen}} and came with her grandmother doña [[NAME:tránsito]]
comma parents are in [[ADDRESS:san miguel]] el salvador period new paragraph. she is in tenth grade in [[ADDRESS:wheaton]] comma
grades mostly b's comma plays volleyball period confidential portion comma not sexually active comma no vaping comma
{{score:phq a four}} period. vitals blood pressure {{vital:one twelve over seventy}} comma bmi {{vital:twenty two point one}} period exam normal comma
scoliosis screen negative comma tanner five period. immunizations {{drug:gardasil}} number two today comma {{drug:menquadfi}} booster today comma
flu declined period. labs {{lab:hemoglobin twelve point six}} comma lipid panel normal last year period. plan return one year comma
sports form signed comma her cell for results is [[PHONE:two four zero, five five five, zero one six eight]] period end of dictation.
transcribed [[DATE:01/09/2025]] [[NAME:rgs]]      doc id [[MRN:DX-55120938]]
""", summary="""
Dr. [[NAME:Ocampo]] dictated a normal well visit for [[NAME:Katherine Ventura Cruz]], {{age:15}}, seen [[DATE:january eighth]] with her grandmother.
She received {{drug:Gardasil}} #2 and a {{drug:MenQuadfi}} booster, with {{score:PHQ-A 4}}.
"""),

    dict(style="immunization_catchup", note="""
SCHOOL ENTRY PHYSICAL / NEWCOMER VISIT - Pediatrics
[[NAME:SEMEDO VARELA, AILTON]]     {{age:7}} y     DOB [[DATE:03/09/2016]] (Cabo Verde order d/m/y = [[DATE:3 Sept 2016]])     MRN [[MRN:CS-412209]]     DOS [[DATE:2024.08.28]]
Interpreter: Kriolu, [[NAME:Arlindo Gonçalves]] (in person).
Arrived from [[ADDRESS:Assomada]], Santiago island, on [[DATE:14/07/2024]]; lives with father [[NAME:Amílcar Varela]] off [[ADDRESS:Bowdoin St]], [[ADDRESS:Dorchester]].
Mother [[NAME:Edna Semedo]] remains in Cabo Verde, WhatsApp [[PHONE:+238 952 31 17]]. Dad's cell [[PHONE:617-555-0131]] (works at Logan; call after 4 pm).
Boletim de Vacinas (dates d/m/y): {{drug:BCG}} [[DATE:05/09/2016]]; {{drug:Hep B}} birth dose [[DATE:04/09/2016]]; Penta x3 [[DATE:08/11/2016]],
[[DATE:10/01/2017]], [[DATE:07/03/2017]]; {{drug:OPV}} x3 same days; measles-rubella (SR) [[DATE:11/06/2017]]; DTP booster [[DATE:22-09-2020]].
Missing for MA K-12: varicella x2, Hep B #2-3 (only birth dose + Penta), mumps component, 2nd measles.
Given today: {{drug:MMR}} #1, {{drug:Varivax}} #1, {{drug:IPV}} #1. Return in 4 weeks ([[DATE:Sept 25]]) for {{drug:MMRV}}/{{drug:Hep B}}.
Screening: {{lab:IGRA positive}}; CXR clear -> LTBI. {{drug:rifampin}} {{dose:15 mg/kg}} daily x 4 months ({{dose:300 mg}}), Rx sent.
{{lab:Hgb 12.4}}, {{lab:eos 6%}}, {{lab:HBsAg neg}}; stool O&P x3 ordered. Vision {{vital:20/25}} OU. Hearing pass. Dental caries - referral.
Forms: MA school health record + TB clearance letter for BPS Welcome Center.
[[NAME:T. Lima]], MD
""", summary="""
[[NAME:Ailton Semedo Varela]], {{age:7}}, newly arrived from [[ADDRESS:Assomada]], had his Cabo Verde vaccine booklet reviewed on [[DATE:2024.08.28]] and received {{drug:MMR}}, {{drug:Varivax}} and {{drug:IPV}}.
A positive IGRA with a clear CXR was treated as LTBI with {{drug:rifampin}}.
"""),

    dict(style="school_based_clinic", note="""
SBHC - CONFIDENTIAL (minor consent, reproductive health) - DO NOT RELEASE TO PARENT PORTAL
Pt: [[NAME:Anyeli Suyapa Matamoros]]   {{age:16}} F   DOB [[DATE:10-31-2008]]   MRN [[MRN:SB0077162]]   DOS [[DATE:03-05-2025]]
Portal message rec'd [[DATE:3/4/25]] 9:47 PM (copied from MyChart):
  "hi miss [[NAME:yoli]] its [[NAME:anyeli]] from 10th grade. can i come tmrw during 3rd period? my period is late like 2 weeks
   and i dont want my mom to know. my bf is [[NAME:jeison]] hes 17 same grade. pls dont call my house"
Visit: LMP ~[[DATE:1/20]]. Urine {{lab:hCG negative}}. GC/CT NAAT sent, HIV/RPR offered - accepted. Partner {{age:17}}, no reportable concern.
{{score:PHQ-A 6}}, feels safe at home; lives w/ mom and stepdad in [[ADDRESS:Garland]]; Honduran, bilingual.
Contraception: chose implant after counseling on all methods. {{drug:Nexplanon}} ({{drug:etonogestrel}} {{dose:68 mg}}) placed L arm, no complications.
Backup method x 7 days; condoms given. {{drug:Plan B}} not indicated (last UPSI > 3 wks).
Confidential contact: pt's own cell [[PHONE:214-555-0157]] - text OK, say "school clinic". Bill Title X, not parent insurance.
F/u [[DATE:March 12th]] for results + arm check.
[[NAME:Yolanda Bonilla]], WHNP-BC
""", summary="""
[[NAME:Anyeli Matamoros]], {{age:16}}, messaged on [[DATE:3/4/25]] about a late period and at her confidential SBHC visit on [[DATE:03-05-2025]] had a negative {{lab:hCG}} test.
A {{drug:Nexplanon}} implant was placed and she returns [[DATE:March 12th]].
"""),

    dict(style="school_nurse", note="""
MEDICATION AUTHORIZATION - ADMINISTRATION OF MEDICATION DURING SCHOOL HOURS
District: [[ADDRESS:Santa Ana]] Unified     School: Jefferson Elementary     Grade 3     School year 24-25
Student: [[NAME:Emiliano Nava Cisneros]]     DOB [[DATE:06/06/2016]]     Wt 27 kg     Allergies: NKDA
Medication #1: {{drug:Ritalin}} {{dose:5 mg}} ({{dose:1/2 tab}} of {{dose:10 mg}}) PO at 12:00 daily. Dx: ADHD, combined.
Medication #2: {{drug:albuterol HFA}} {{dose:90 mcg}}, {{dose:2 puffs}} q4h PRN wheeze/cough; may self-carry: NO. Dx: mild persistent asthma.
Start [[DATE:8/26/24]]   Stop [[DATE:6/12/25]]
Prescriber: [[NAME:Rubén Ibarra Xochitl]], MD     CA license [[MRN:A 148273]]     DEA [[MRN:BI4829103]]     NPI [[MRN:1588204736]]
Office [[PHONE:714-555-0137]]   Fax [[PHONE:714-555-0138]]   Signature [[NAME:R. Ibarra]]   Date [[DATE:8-19-2024]]
Parent/guardian: [[NAME:Claudia Cisneros]]   cell [[PHONE:714 555 0190]]   alt (abuelo [[NAME:Rogelio Nava]]) [[PHONE:657-555-0114]]
Parent signature: [[NAME:Claudia Cisneros]]   Date [[DATE:08/21/24]]
NURSE USE: Rx # [[MRN:RX0918274]] (CVS #9921), received [[DATE:8/26]] by [[NAME:LM]] - count 30 half-tabs, pharmacy label matches.
Double-count witness: [[NAME:Paz]] (health aide). Locked cabinet, log started.
""", summary="""
[[NAME:Emiliano Nava Cisneros]] is authorized for {{drug:Ritalin}} {{dose:5 mg}} at noon and PRN {{drug:albuterol HFA}} at school from [[DATE:8/26/24]] to [[DATE:6/12/25]].
The order was signed by Dr. [[NAME:Rubén Ibarra Xochitl]] on [[DATE:8-19-2024]] and by parent [[NAME:Claudia Cisneros]].
"""),

    dict(style="school_based_clinic", note="""
SBHC ACUTE VISIT - asthma follow-up
CC: cough at night x 1 wk, used rescue inhaler 4x this week. No fever. Missed gym 2 days.
Hx: moderate persistent asthma; triggers URI, cold air, cats. ED visit last winter; no PICU; no oral steroids in past 6 months.
Controller: {{drug:Symbicort}} {{dose:80/4.5 mcg}} 2 puffs BID - admits taking it "most mornings", rarely at night.
{{score:ACT 16}} (not well controlled). Spacer technique: poor seal, corrected with teach-back.
Exam: {{vital:RR 20}}, {{vital:SpO2 97%}}, {{vital:HR 92}}; scattered end-expiratory wheeze, no retractions. {{vital:PEF 280}} ({{vital:72%}} of personal best).
Plan: SMART regimen - {{drug:budesonide-formoterol}} as maintenance and reliever, max {{dose:8 puffs}}/day.
Updated Asthma Action Plan (Green/Yellow/Red zones) printed in English and Spanish; copy to School Nurse office.
Flu vaccine given today. Recheck in 2 weeks in SBHC; refer to Pulmonology if ACT < 20 at recheck.
""", summary="""
At an SBHC asthma visit with {{score:ACT 16}} and {{vital:PEF 280}}, the student was switched to a SMART {{drug:budesonide-formoterol}} regimen and given an updated Asthma Action Plan.
A recheck is due in two weeks.
"""),
]
