NOTES = [
    dict(style="immunization_record", note="""
IMMUNIZATION RECORD - Riverside Family Medicine, Pediatrics
Patient: [[NAME:LINDQVIST, ASTRID M]]      DOB: [[DATE:04/07/2019]]      MRN: [[MRN:40-771-2398]]
Guardian: [[NAME:Henrik Lindqvist]] (father)   ph [[PHONE:(612) 555-0174]]   alt [[PHONE:612.555.0938]]
MN Medicaid ID [[MRN:00871245X]]

Date         Vaccine                         Dose      Site     Lot        By
[[DATE:02/11/2025]]   DTaP-IPV ({{drug:Kinrix}})              {{dose:0.5 mL}}   L delt   4K7B2      [[NAME:JT]]
[[DATE:02/11/2025]]   MMRV ({{drug:ProQuad}})                 {{dose:0.5 mL}}   R delt   Y019827    [[NAME:JT]]
[[DATE:10/03/2024]]   Influenza ({{drug:Fluzone}} Quad)       {{dose:0.5 mL}}   L delt   UT8812AA   [[NAME:ms]]
[[DATE:2023-09-28]]   Influenza ({{drug:Flucelvax}})          {{dose:0.5 mL}}   R thigh  AQ4490     [[NAME:ms]]

Forecast: HPV due at {{age:11}} y; Tdap at {{age:11}}-12 y; MenACWY at {{age:11}} y. Flu yearly each fall.
VIS (DTaP, MMRV) given to dad, questions answered. Observed 15 min, no reaction. Temp {{vital:36.8 C}}.
Hx of febrile seizure in sibling discussed re MMRV; dad prefers combined shot.
Entered by [[NAME:Jonna Tuominen]], RN [[DATE:02/11/2025]] 10:42 / cosign [[NAME:Maarit Saarela]], LPN
""", summary="""
[[NAME:Astrid Lindqvist]] received {{drug:Kinrix}} and {{drug:ProQuad}} on [[DATE:02/11/2025]] with her father [[NAME:Henrik Lindqvist]] present and had no reaction. She is next due for HPV, Tdap and MenACWY at {{age:11}}.
"""),

    dict(style="contact_tracing", note="""
TB CONTACT INVESTIGATION - Hennepin Co. Public Health, TB Program
Index: [[NAME:VORONTSOV, DMITRI OLEGOVICH]]  case # [[MRN:TB25-0117]]  DOB [[DATE:11.02.1971]]
Sputum AFB smear 3+, NAAT pos, collected [[DATE:1/14/25]]. Cavitary RUL on CXR. Infectious period back-dated to [[DATE:Oct 14]].
Household (priority 1):
 - [[NAME:Svetlana Vorontsova]] (wife) - IGRA ({{drug:QuantiFERON}}) neg [[DATE:1/21]]; repeat 8 wk after last exposure ~[[DATE:3/18]]
 - [[NAME:kostya]] (son, {{age:9}}) - TST {{lab:14 mm}} read [[DATE:Thurs 1/23]] -> CXR clear, start {{drug:rifampin}} {{dose:15 mg/kg}} x4 mo
 - [[NAME:Ludmila Petrovna Orlova]] (mother-in-law, {{age:74}}) - IGRA indeterminate, redraw sched [[DATE:01-30-2025]]
Work (priority 2): auto body shop on [[ADDRESS:Lyndale Ave]], [[ADDRESS:Richfield]]. Owner [[NAME:Gennady Sokol]] [[PHONE:952-555-0461]] gave list of 6 coworkers; 4 tested [[DATE:2/4]], 1 TST+ ([[NAME:Arvo Kask]], {{lab:11 mm}}, foreign-born, BCG as child).
Interp: Russian via LanguageLine, ID [[MRN:218804]].
Next: DOT with [[NAME:ek]] M-F starting [[DATE:1/27]]; home visit [[DATE:Tues 1/28]] @ 0900.
Case mgr [[NAME:Ilse Vandamme]], PHN  pgr [[PHONE:4-7720]]  desk [[PHONE:612-555-0302 x118]]
""", summary="""
TB contact investigation for [[NAME:Dmitri Vorontsov]] (smear-positive, collected [[DATE:1/14/25]]): his son [[NAME:Kostya]] is TST positive and starting {{drug:rifampin}}, and coworker [[NAME:Arvo Kask]] tested positive. Case manager [[NAME:Ilse Vandamme]] is arranging DOT from [[DATE:1/27]].
"""),

    dict(style="travel_clinic", note="""
Travel Medicine Consult
[[NAME:Sigrún Þórsdóttir]]  |  {{age:29}} F  |  Acct [[MRN:A0093318842]]  |  seen [[DATE:14 Feb 2025]]
Itinerary: [[ADDRESS:Lima]] -> [[ADDRESS:Cusco]] -> [[ADDRESS:Iquitos]] (Amazon) [[DATE:Mar 22]] to [[DATE:Apr 19]]; backpacking, hostels, river boat.
Hx: healthy, no meds except OCP ({{drug:Yaz}}). NKDA. Egg OK. Not pregnant (urine hCG neg today).
Records from Iceland reviewed (Heilsugæslan card): MMR x2, last Td in 2019; Tdap status unknown.
Given today:
  - Yellow fever ({{drug:YF-Vax}}) {{dose:0.5 mL}} SC, ICVP signed, stamp #22 -> valid from [[DATE:24 Feb 2025]]
  - Typhoid Vi ({{drug:Typhim Vi}}) {{dose:0.5 mL}} IM
  - Hep A #1 ({{drug:Havrix}} {{dose:1440 EL.U}}) - #2 due on/after [[DATE:8/14/2025]]
Rx: {{drug:Malarone}} {{dose:250/100 mg}} 1 tab daily, start 1-2 d before [[ADDRESS:Iquitos]], continue 7 d after; {{drug:azithromycin}} {{dose:1000 mg}} x1 for TD; {{drug:acetazolamide}} {{dose:125 mg}} BID for [[ADDRESS:Cusco]].
Counseled: mosquito avoidance (DEET 30%), altitude, rabies (declined pre-exposure series, cost), freshwater/schisto.
BP {{vital:112/70}}  Wt {{vital:61 kg}}
Pt email [[EMAIL:sigrun.thors@gmail.com]], cell [[PHONE:+354 862 4471]] (US # [[PHONE:651-555-0129]]).
[[NAME:A. Bergkvist]], PA-C
""", summary="""
[[NAME:Sigrún Þórsdóttir]] was seen on [[DATE:14 Feb 2025]] before an Amazon trip and received yellow fever, typhoid and hepatitis A vaccines. She was prescribed {{drug:Malarone}}, {{drug:azithromycin}} and {{drug:acetazolamide}}.
"""),

    dict(style="infection_control_report", note="""
INFECTION PREVENTION - MONTHLY UNIT SURVEILLANCE, 5 West Med/Surg
Reporting period: January. Prepared for Infection Control Committee.

CLABSI: 1 event (1.2 per 1000 line-days). Central line days 812. Organism: {{eponym:Klebsiella}} pneumoniae, ESBL.
CAUTI: 2 events; {{eponym:Foley}} days 640 (3.1 per 1000). Both >5 days without documented indication.
C. difficile HO-CDI: 3 cases; 2 linked by room (same bed space, terminal clean w/ bleach not verified by ATP).
MRSA bacteremia: 0. VRE new acquisitions: 1.
Hand hygiene (secret shopper, n=214): 81%, down from 88% prior month. Lowest: Transport, PT.
Isolation cart compliance: 92%.
Actions:
 1. Nurse-driven {{eponym:Foley}} removal protocol re-education at huddles.
 2. UV-C room disinfection after every C. diff discharge; EVS to log ATP readings.
 3. CHG bathing audit for all central lines.
 4. Antimicrobial Stewardship review of {{drug:ceftriaxone}} and {{drug:piperacillin-tazobactam}} use.
Next review at committee meeting.
""", summary="""
5 West had one ESBL {{eponym:Klebsiella}} CLABSI, two CAUTIs, three hospital-onset C. difficile cases and a drop in hand hygiene to 81% for January. Actions include {{eponym:Foley}} removal re-education, UV-C cleaning and CHG bathing audits.
"""),

    dict(style="public_health_report", note="""
CONFIDENTIAL MORBIDITY REPORT - MEASLES (report immediately by phone)
To: Ocean Co. Health Dept, Communicable Disease   Fax [[PHONE:(732) 555-0188]]   Phone [[PHONE:732-555-0100]]
Reporter: Dr. [[NAME:Miriam Halevy]], Pediatric Urgent Care; called 1/9 16:20, spoke with [[NAME:Bracha]] on call.
Patient: [[NAME:ROSENBAUM, YITZCHAK]] ("[[NAME:Itzik]]")   Sex M   DOB [[DATE:2011-06-30]]   Age {{age:13}}
Address: [[ADDRESS:41 Cedarbridge Ave]], [[ADDRESS:Lakewood]], NJ [[ADDRESS:08701]]
Parent: [[NAME:Chana Rosenbaum]] [[PHONE:848 555 0213]]
Onset: fever [[DATE:1/3]], cough/coryza/conjunctivitis, rash onset [[DATE:1/7/2025]] face -> trunk. {{eponym:Koplik}} spots seen.
Temp {{vital:39.6 C}}, HR {{vital:128}}, SpO2 {{vital:96%}}.
Vaccination: 0 doses MMR (parental exemption).
Travel: returned from [[ADDRESS:Antwerp]] [[DATE:12/29]] (flight EL AL via TLV).
Specimens: NP swab + urine for measles PCR to state lab [[DATE:01/09/25]], accession [[MRN:PHL-25-000412]]; IgM sent, acc [[MRN:LC 0409-7718]].
Exposures: waiting room 14:00-16:30; siblings x5 at home, none vaccinated.
Given {{drug:vitamin A}} {{dose:200,000 IU}} PO.
""", summary="""
Suspected measles in unvaccinated {{age:13}}-year-old [[NAME:Yitzchak Rosenbaum]] with rash onset [[DATE:1/7/2025]] after travel to [[ADDRESS:Antwerp]] was reported to the county by Dr. [[NAME:Miriam Halevy]]. PCR specimens went to the state lab under accession [[MRN:PHL-25-000412]].
"""),

    dict(style="immunization_record", note="""
Pharmacy Immunization Note - Ostrander Drug #0412
Pt: [[NAME:Will Hendriks]]   DOB [[DATE:3-19-1953]]   Medicare MBI [[MRN:1EG4-TE5-MK72]]
Vaccine: Recombinant zoster ({{drug:Shingrix}}) dose 2 of 2, {{dose:0.5 mL}} IM L deltoid, lot 7Y3PT
Dose 1 given here [[DATE:Sept 12, 2024]] - interval OK (>2 mo).
Screening: no fever today, no hx GBS, not immunocompromised; on {{drug:Eliquis}} {{dose:5 mg}} BID -> pressure 2 min post.
Pt reports arm soreness and fatigue x36 h after dose 1. Advised {{drug:acetaminophen}} PRN.
Also due: PCV20 ({{drug:Prevnar 20}}) - pt will think about it, will return w/ wife.
Updated MIIC registry. Copy to PCP Dr. [[NAME:de Wit]], fax [[PHONE:507-555-0770]].
Administered by: [[NAME:kvirtanen2]] ([[NAME:Kaisa Virtanen]], PharmD) [[DATE:11/20/24]] 13:05
""", summary="""
[[NAME:Will Hendriks]] received his second {{drug:Shingrix}} dose at the pharmacy on [[DATE:11/20/24]], with extra pressure because he takes {{drug:Eliquis}}. PCV20 was offered and he will decide later.
"""),

    dict(style="contact_tracing", note="""
pertussis - daycare exposure log (Little Acorns, Toddler room)  -- entered by [[NAME:tl]]
case: [[NAME:bo nyberg]] ({{age:2}}), PCR + B. pertussis [[DATE:2/24]]; cough onset [[DATE:2/10]]; in room [[DATE:2/10]]-[[DATE:2/21]]
parent [[NAME:Ingrid Nyberg]] [[PHONE:763 555 0146]] / wk [[PHONE:763-555-0811]]; lives [[ADDRESS:Anoka]]
close contacts in room (ppx {{drug:azithromycin}} {{dose:10 mg/kg}} d1 then {{dose:5 mg/kg}} d2-5):
  [[NAME:Ida]] H. - mom [[NAME:Faith Holm]] [[PHONE:763.555.0421]] - called [[DATE:2/25]] 10:15, Rx sent
  [[NAME:Eli Abramov]] - dad [[NAME:Mikhail]] [[PHONE:(763) 555-0399]] - VM x2, text [[DATE:2/25]], reached [[DATE:2/26]]
  [[NAME:June]] - grandmother [[NAME:Aili Rantanen]] - no phone on file, letter sent home
  [[NAME:Noa Sasson]] - infant sibling at home < 12 mo -> HIGH PRIORITY, peds notified
staff: [[NAME:Greet Peeters]] (lead teacher, 5 mo pregnant, 3rd trimester soon - Tdap in Jan? verify), [[NAME:Mercy]] aide
exclude case until 5 d of abx done, ~[[DATE:3/1]]. hope to close by [[DATE:3/21]] (21 d post last exposure).
""", summary="""
A pertussis case in {{age:2}}-year-old [[NAME:Bo Nyberg]] led to {{drug:azithromycin}} prophylaxis for toddler-room contacts, with [[NAME:Noa Sasson]]'s infant sibling flagged high priority. The exposure window was [[DATE:2/10]]-[[DATE:2/21]] and the investigation should close by [[DATE:3/21]].
"""),

    dict(style="travel_clinic", note="""
TRAVEL CLINIC - RABIES PRE-EXPOSURE / INDIA
[[NAME:Belyakova, Oksana V.]]   MRN [[MRN:0087 2231 5]]   visit [[MRN:V-55129043]]
{{age:41}}yo F, veterinarian, volunteering at a street-dog sterilization program in [[ADDRESS:Jaipur]] [[DATE:3/2]]-[[DATE:3/9]], then [[ADDRESS:Goa]] through [[DATE:March 30]].
Interpreter not needed (pt prefers English; mother [[NAME:Valentina]] present, Russian only).
Prior vaccines per Russian card (прививочный сертификат): BCG at birth, DT [[DATE:12.05.1994]], hep B x3 (dates illegible).
Today ([[DATE:Feb 3, 2025]]): rabies {{drug:Imovax}} {{dose:1 mL}} IM day 0; day 7 on [[DATE:Feb 10]]. Per ACIP 2-dose PrEP; titer check in 1-3 y given occupational risk.
  JE ({{drug:Ixiaro}}) - not indicated (urban, short stay).
  Typhoid oral ({{drug:Vivotif}}) 4 caps, take QOD, finish by [[DATE:2/24]].
Counsel: wound washing 15 min with soap, still needs 2 booster doses after any bite; carry card.
Labs: none. BP {{vital:126/84}}, HR {{vital:72}}.
Pt phone [[PHONE:+7 921 555 38 04]] (whatsapp), local [[PHONE:218-555-0457]].
Nursing: [[NAME:RM]] / Provider: [[NAME:Pieter-Jan Claes]], MD
""", summary="""
Veterinarian [[NAME:Oksana Belyakova]] began rabies pre-exposure vaccination with {{drug:Imovax}} on [[DATE:Feb 3, 2025]] before dog work in [[ADDRESS:Jaipur]], with dose 2 due [[DATE:Feb 10]]. She was also given oral typhoid vaccine.
"""),

    dict(style="infection_control_report", note="""
IP Isolation Note
Pt [[NAME:Haugen, Marit]] rm 612B, admitted [[DATE:3/4/25]] from Solvang Care Center (SNF).
Admission screen: nares PCR MRSA pos; rectal swab CRE PCR pos (KPC) collected [[DATE:03/04/2025]] 22:10, acc [[MRN:M25-063-0871]].
Prior: CRE {{eponym:Klebsiella}} urine culture [[DATE:Dec 2]] at OSH per transfer packet.
Plan: Contact Plus precautions, dedicated equipment, private room, flag in chart (MDRO banner).
{{eponym:Foley}} in place since OSH - asked team (Dr. [[NAME:Kuusela]], hospitalist, pgr [[PHONE:3381]]) re: removal; pt retaining? PVR {{lab:420 mL}} -> keep for now.
Notified SNF IP nurse [[NAME:Dorit Mizrahi]] [[PHONE:805 555 0124]] and County CDPH per CRE reporting rule, ref [[MRN:CR-24-11873]].
Family (son [[NAME:Lars]]) educated re gown/glove at bedside.
-- [[NAME:Hanna Ruokonen]], RN, CIC  x[[PHONE:6619]]
""", summary="""
[[NAME:Marit Haugen]], admitted [[DATE:3/4/25]] from a nursing facility, screened positive for MRSA and KPC-producing CRE and was placed on Contact Plus precautions. Her {{eponym:Foley}} stays for retention, and the facility and county were notified.
"""),

    dict(style="public_health_report", note="""
Hepatitis B Perinatal Prevention Program - case management checklist

Infant: Baby Boy [[NAME:Kaplan]]   born [[DATE:8/19/2024]], 38 wk, BW {{vital:3.21 kg}}
Mother: [[NAME:Shoshana Kaplan]], HBsAg+ (HBeAg+, HBV DNA {{lab:8.2 log IU/mL}}), on {{drug:tenofovir}} {{dose:300 mg}} from 28 wk
HBIG {{dose:0.5 mL}} + HepB #1 ({{drug:Engerix-B}}) within 12 h:  both [[DATE:08/19/24]] 23:40  - YES
HepB #2 [[DATE:9/23/24]] - YES (peds office, Dr. [[NAME:Adler]])
HepB #3 due at 6 mo: given [[DATE:2/20/2025]]
PVST (HBsAg + anti-HBs) at 9-12 mo: ordered for [[DATE:May 27]]; result anti-HBs {{lab:142 mIU/mL}}, HBsAg neg -> PROTECTED
Household contacts: father [[NAME:Ariel Kaplan]] immune (anti-HBs {{lab:>1000}}); sister [[NAME:Hope]] ({{age:4}}) vaccinated x3.
Case closed [[DATE:06/03/2025]]. Coordinator [[NAME:Tuula Heikkinen]], RN  [[PHONE:(651) 555-0780]]  [[EMAIL:tuula.heikkinen@co.ramsey.mn.us]]
""", summary="""
The infant of HBsAg-positive [[NAME:Shoshana Kaplan]] received HBIG and hepatitis B vaccine at birth on [[DATE:8/19/2024]] and finished the series, and post-vaccination testing showed anti-HBs {{lab:142 mIU/mL}}. The case was closed [[DATE:06/03/2025]].
"""),

    dict(style="immunization_record", note="""
Transcription of foreign immunization record (Netherlands, Rijksvaccinatieprogramma "vaccinatiebewijs")
Child: [[NAME:Daan van den Broek]]   geb. [[DATE:17-09-2020]] (= [[DATE:Sept 17, 2020]])   new pt MRN [[MRN:5520714]]
Parent: [[NAME:Marloes van den Broek-Jansen]]   [[PHONE:+31 6 4127 8830]] / US [[PHONE:919-555-0652]]
Card dated in day-month-year; converted below.
  DKTP-Hib-HepB ({{drug:Vaxelis}})   [[DATE:29-10-2020]]  [[DATE:07-12-2020]]  [[DATE:01/04/2021]] (1 April)  [[DATE:20.09.2021]]
  Pneumo ({{drug:Synflorix}})      [[DATE:29-10-2020]]  [[DATE:01/04/2021]]  [[DATE:20.09.2021]]
  BMR (= MMR, {{drug:M-M-RvaxPro}})  [[DATE:14/10/2021]]
  MenACWY ({{drug:Nimenrix}})       [[DATE:14/10/2021]]
Not given in NL schedule: varicella, hep A, rotavirus (given? "{{drug:Rotarix}}" stamped [[DATE:29-10-2020]] only - count as incomplete).
Catch-up plan (US): varicella #1 today; DTaP #5 and IPV #4 at {{age:4}}-6 y; MMR #2 at {{age:4}} y; Hep A #1 today, #2 in 6 mo; flu now.
Doses counted as valid per CDC minimum intervals. Consultatiebureau record no. [[MRN:CB-0331-8842]] on scanned copy.
Reviewed by [[NAME:Floor Wouters]], RN; approved [[NAME:N. Lemmens]], MD [[DATE:1/15/25]]
""", summary="""
The Dutch vaccine record of [[NAME:Daan van den Broek]] (born [[DATE:17-09-2020]]) was converted from day-first dates and accepted as valid. He is catching up on varicella, hepatitis A and flu vaccines under the US schedule.
"""),

    dict(style="contact_tracing", note="""
HEPATITIS A - FOOD HANDLER FOLLOW-UP  (Env Health + CD joint)
Case: [[NAME:Tomas Jankauskas]], line cook, Birchwood Bistro, [[ADDRESS:218 Water St]], [[ADDRESS:Excelsior]]
IgM anti-HAV pos (collected [[DATE:Wed 5/14]]), ALT {{lab:1,842}}, T bili {{lab:6.3}}. Jaundice onset [[DATE:5/11]].
Worked shifts: [[DATE:4/27]], [[DATE:4/28]], [[DATE:5/2]]-[[DATE:5/5]], [[DATE:5/9]]. Handles salads & garnish (ready-to-eat).
Restaurant mgr: [[NAME:Rasmus Dahl]] [[PHONE:952.555.0217]] - schedule + staff roster obtained [[DATE:5/15]].
PEP offered to coworkers (HepA vaccine {{dose:1 mL}} IM, or {{drug:GamaSTAN}} {{dose:0.1 mL/kg}} if >40 y/immunocompromised) within 14 d of last exposure ([[DATE:5/23]] deadline):
  [[NAME:Aleksandr Melnik]] - vaccinated [[DATE:5/16]]
  [[NAME:Saara]] ([[NAME:Saara Leinonen]]) - prior hep A series 2016?? - per pt, in Finland, card pending -> vaccinated anyway
  [[NAME:Jordan Visser]] - declined, signed
  [[NAME:Bishop]] (dishwasher, first name [[NAME:Marcus]]? verify spelling "[[NAME:Markus]]")
Patron notification: not indicated (no diarrhea, glove use confirmed by inspector).
Close household: partner [[NAME:Rūta Jankauskienė]] vaccinated [[DATE:5/16]].
Inspector [[NAME:O. Halvorsen]]. Epi [[NAME:SvH]].
""", summary="""
Line cook [[NAME:Tomas Jankauskas]] had acute hepatitis A with jaundice from [[DATE:5/11]], and coworkers were offered post-exposure prophylaxis by [[DATE:5/23]]. [[NAME:Jordan Visser]] declined, and patron notification was not needed.
"""),

    dict(style="travel_clinic", note="""
TRAVEL HEALTH - student, study abroad Kenya
NAME: [[NAME:MÄKINEN, JUHO PETTERI]]    DOB [[DATE:1/6/2004]]    CSN [[MRN:301188457]]
Visit [[DATE:10/02/24]] 15:30. Departs [[DATE:Jan 8]]; semester in [[ADDRESS:Kisumu]] + field trips Maasai Mara; returns [[DATE:May 20]].
Born Finland, vaccines per Finnish neuvola record: BCG no; MMR x2; DTaP-IPV; HPV x2 (2016, 2017); Hep B none.
Today: Yellow fever ({{drug:Stamaril}}, supply issue w/ YF-Vax) - ICVP issued, cert # [[MRN:YF-MN-24-01622]].
        Hep A/B combined ({{drug:Twinrix}}) #1; #2 on [[DATE:11/01]]; #3 on [[DATE:4/2/2025]] - will be abroad: accelerated 0,7,21 d + booster 12 mo instead -> #2 [[DATE:10/9]], #3 [[DATE:10/23]]
        Meningococcal ACWY ({{drug:Menveo}}) booster (last at {{age:16}})
        Typhoid inj.
Malaria: {{drug:doxycycline}} {{dose:100 mg}} daily (cheaper for 4.5 mo), sun sensitivity counseled. Alt {{drug:atovaquone-proguanil}}.
TST/IGRA baseline: IGRA drawn, repeat 8-10 wk after return. Result {{lab:QFT negative}}.
Mom in [[ADDRESS:Tampere]]: [[NAME:Päivi Mäkinen]] [[PHONE:+358 40 733 1902]]; student [[PHONE:(612) 555-0391]], [[EMAIL:makin047@umn.edu]]
Seen by [[NAME:Birgitta Sjöberg]], NP
""", summary="""
Student [[NAME:Juho Mäkinen]] got yellow fever, {{drug:Twinrix}}, {{drug:Menveo}} and typhoid vaccines on [[DATE:10/02/24]] before a semester in Kenya starting [[DATE:Jan 8]]. He got {{drug:doxycycline}} for malaria prevention and a baseline IGRA was negative.
"""),

    dict(style="public_health_report", note="""
ANIMAL EXPOSURE / RABIES PEP ASSESSMENT   County Public Health    ref [[MRN:AB-2025-00388]]
Exposed: [[NAME:Gustav Eklund]], {{age:67}} M, [[ADDRESS:N4410 County Rd K]], [[ADDRESS:Grantsburg]], WI [[ADDRESS:54840]]   home [[PHONE:715-555-0193]]
Event: woke [[DATE:Sun 8/17]] ~0300 with bat in bedroom; bat not captured (wife [[NAME:Ulla]] released it out window).
No known bite; sleeping person = exposure per guidance. Bat unavailable for testing.
Recommend PEP: HRIG {{dose:20 IU/kg}} (wt {{vital:88 kg}} -> {{dose:1760 IU}}, {{drug:HyperRAB}} {{dose:300 IU/mL}}) infiltrate / IM + vaccine days 0, 3, 7, 14.
  d0 [[DATE:8/18/25]] ED Burnett Medical Ctr  acct [[MRN:BMC8816043]]
  d3 [[DATE:8/21]]  d7 [[DATE:8/25]]  d14 [[DATE:09/01/2025]] (Labor Day - clinic open?)
Not immunosuppressed (on {{drug:metoprolol}}, {{drug:atorvastatin}}). Wife also in room -> PEP for [[NAME:Ulla Eklund]] as well, same schedule.
Animal control officer [[NAME:Jens Mortensen]] [[PHONE:715 555 0102]] notified; no pets exposed.
Call-back from ED RN [[NAME:Liesbeth]] [[DATE:8/18]] 14:22: both got d0, no reaction.
""", summary="""
[[NAME:Gustav Eklund]] and his wife [[NAME:Ulla Eklund]] woke with a bat in their bedroom on [[DATE:Sun 8/17]] and were advised rabies PEP, as the bat could not be tested. Both got day 0 HRIG and vaccine on [[DATE:8/18/25]].
"""),

    dict(style="immunization_record", note="""
EMPLOYEE HEALTH - Seasonal Influenza Clinic, Pod 3 (Cafeteria B)   Date: [[DATE:10/14/2024]]
Vaccinator: [[NAME:Mirjam Levi]], RN (badge [[MRN:E20417]])   Recorder: [[NAME:Anneli Koskinen]]
Product: {{drug:Flucelvax}} Trivalent {{dose:0.5 mL}} IM; {{drug:Flublok}} for egg-avoiders/age 50+ on request.
  #   Employee                 Badge      Dept          Product     Arm
  1   [[NAME:Noor, Jasper]]             [[MRN:E11873]]     Pharmacy      Flucelvax   L
  2   [[NAME:Sørensen, Kirsten]]        [[MRN:E09342]]     NICU          Flucelvax   L
  3   [[NAME:Young, Price]]             [[MRN:E31770]]     EVS           Flublok     R
  4   [[NAME:Kuznetsova, Alla]]         [[MRN:E28105]]     Lab           Flucelvax   L
  5   [[NAME:Peeters, Wout]]            [[MRN:C-4471]]     Contractor    Flucelvax   R
  6   [[NAME:Friedman, Noa]]            [[MRN:E30022]]     Radiology     DECLINED (medical exemption on file)
Vasovagal: #3 felt faint after, seated, BP {{vital:98/60}} -> {{vital:118/74}} after 10 min, juice, released to work.
Declination #6 routed to Occ Health mgr [[NAME:Kjell Aune]] x[[PHONE:2274]].
Totals today Pod 3: 142 vaccinated, 4 declined. Price per dose billed to cost center, not employee.
""", summary="""
On [[DATE:10/14/2024]] the employee flu clinic vaccinated staff including [[NAME:Kirsten Sørensen]] and [[NAME:Alla Kuznetsova]]. [[NAME:Price Young]] had a brief vasovagal episode after {{drug:Flublok}}, and [[NAME:Noa Friedman]] declined with a medical exemption.
"""),

    dict(style="infection_control_report", note="""
dictated by infection preventionist, transcribed - reviewed

this is candida auris screening follow up on patient [[NAME:ivar jonsson]] that's i v a r j o n s s o n m r n [[MRN:six six zero four two one nine]] admitted from the LTACH in [[ADDRESS:Des Plaines]] on [[DATE:february twenty eighth]]. axilla groin composite swab collected [[DATE:march first]] came back positive [[DATE:march fourth twenty twenty five]] accession [[MRN:C A two five dash zero six one four]]. he's in room 4 on the step down unit, enhanced barrier and contact precautions, EPA list P disinfectant only, no quats. roommate before the result was mr. [[NAME:Fedorov]] correction [[NAME:Fyodorov]] - mister [[NAME:Fyodorov]], who now needs point prevalence screening, ordered for [[DATE:3/5]] and weekly x3. IDPH notified by phone [[PHONE:eight four seven five five five zero one three six]], spoke with [[NAME:karin]]. {{eponym:Foley}} and PICC in place, both needed per team. dictated [[DATE:03/04/25]] at 17:40, [[NAME:Elin Bäckström]] RN CIC. transcribed by [[NAME:mjh]].
""", summary="""
[[NAME:Ivar Jonsson]], admitted [[DATE:february twenty eighth]] from an LTACH, screened positive for Candida auris on [[DATE:march fourth twenty twenty five]] and is on enhanced barrier precautions. His former roommate Mr. [[NAME:Fyodorov]] is being screened and IDPH was notified.
"""),

    dict(style="infection_control_report", note="""
HAND HYGIENE & PPE OBSERVATION AUDIT - Surgical ICU
Method: direct observation, WHO 5 Moments, trained observers, 3 shifts.
Opportunities observed: 168
  Before patient contact ............ 71%
  Before aseptic task ............... 84%  (CVC dressing, {{eponym:Foley}} insertion, ETT suctioning)
  After body fluid exposure ......... 96%
  After patient contact ............. 90%
  After touching surroundings ....... 62%
PPE on Contact Precautions rooms: gown donned 79%, gloves 97%; doffing sequence correct 58%.
Alcohol rub dispensers: 3 of 22 empty at time of audit; 1 mounted behind Pyxis station, relocated.
Glove use replacing hand hygiene observed 11 times (mostly around {{eponym:Swan-Ganz}} and arterial line zeroing).
Themes: high workload during 0700 handoff; physicians and residents lowest (68%); RTs highest (94%).
Recommendations: just-in-time coaching, glove-removal signage, add dispenser at bed 7 headwall, re-audit in 4 wk.
""", summary="""
The Surgical ICU hand hygiene audit found compliance from 62% to 96% by moment, with poor PPE doffing and glove use in place of hand hygiene. Coaching, signage and a re-audit in 4 weeks are recommended.
"""),

    dict(style="contact_tracing", note="""
STI Partner Services - Field Record (syphilis)   DIS: [[NAME:anton.rybakov]]   [[DATE:04/22/2025]]
Original patient (OP): [[NAME:Kirill Sergeyevich Lapin]]  OP# [[MRN:SY-25-0892]]  {{age:34}}M  cell [[PHONE:(415) 555-0627]]
Dx: secondary syphilis, RPR {{lab:1:128}}, TP-PA reactive, rash palms/soles. Treated {{drug:Bicillin L-A}} {{dose:2.4 million units}} IM x1 on [[DATE:4/18]].
Interview period: 6 mo + duration of sx -> back to [[DATE:Oct 1]].
Partners elicited:
  1. "[[NAME:Misha]]" - no last name, app contact, username [[NAME:misha_sf88]] - app notification sent [[DATE:4/22]]
  2. [[NAME:Yonatan Peretz]] - [[PHONE:415.555.0284]] - reached [[DATE:4/23]] 11:05, tested at City Clinic same day, RPR {{lab:1:4}}, treated epi
  3. [[NAME:Stellan]] ([[NAME:Stellan Ahlgren]]?) - lives [[ADDRESS:Oakland]], OOJ referral to Alameda Co. DIS ([[NAME:Hope Ingvarsdóttir]]) [[PHONE:510 555 0173]] on [[DATE:Apr 24]]
HIV test OP: neg ([[DATE:4/18]]); PrEP referral made, pt will call back. Also RPR recheck at 6 and 12 mo (~[[DATE:10/18]], [[DATE:4/18/26]]).
Disposition codes: #2 = C (infected, brought to tx); #1 = pending; #3 = OOJ.
""", summary="""
[[NAME:Kirill Lapin]] was treated for secondary syphilis on [[DATE:4/18]] and named three partners: [[NAME:Yonatan Peretz]] was tested and treated, [[NAME:Stellan Ahlgren]] was referred to Alameda County, and one was notified through an app.
"""),

    dict(style="travel_clinic", note="""
Pre-travel visit  --  [[DATE:Thu 13 Mar 2025]]
Pt: [[NAME:Ozoliņa, Laura]] (prefers "[[NAME:Laura]]", pronounced LOW-ra), {{age:52}} F, Latvian-American; spouse [[NAME:Jānis Ozoliņš]] also seen, separate encounter [[MRN:ENC 77109542]].
This enc: [[MRN:ENC 77109538]]   MRN [[MRN:M0412-6687]]
Trip: Japan/Vietnam/rural Cambodia (rice paddies, homestays): [[DATE:Apr 2-9]] [[ADDRESS:Tokyo]], [[DATE:4/10]]-[[DATE:4/28]] Vietnam + Cambodia.
PMH: HTN on {{drug:lisinopril}} {{dose:10 mg}}; {{eponym:Hashimoto}} thyroiditis on {{drug:levothyroxine}} {{dose:88 mcg}}. BP today {{vital:138/86}}.
Vax hx: Tdap June 2019 (month-year only on card). Hep A/B complete.
Given: {{drug:Ixiaro}} JE #1 today; adults 18-65 may use accelerated 0, 7 d -> #2 [[DATE:3/20/25]] (pt wrote [[DATE:20/03/2025]] in her planner).
Typhoid Vi. Rabies: discussed, declined.
Malaria: Cambodia W. provinces only - not on itinerary, mosquito avoidance only.
Rx {{drug:azithromycin}} {{dose:500 mg}} daily x1-3 d for TD.
Sister in [[ADDRESS:Riga]] (emergency contact): [[NAME:Inese Bērziņa]] [[PHONE:+371 2914 8830]].
[[NAME:Bo Lindahl]], MD, CTH
""", summary="""
[[NAME:Laura Ozoliņa]] got her first {{drug:Ixiaro}} dose on [[DATE:Thu 13 Mar 2025]] before rural Vietnam and Cambodia, with the second due [[DATE:3/20/25]], plus typhoid vaccine. Her {{eponym:Hashimoto}} thyroiditis and hypertension are stable.
"""),

    dict(style="immunization_record", note="""
voice-recognized note, school-based health center

immunization visit for [[NAME:freya johansen]] date of birth [[DATE:the ninth of may two thousand eleven]] m r n [[MRN:four four seven one zero eight two]] grade eight at Roosevelt middle. mom [[NAME:Kari Johansen]] gave phone consent today [[DATE:march twelfth]] at 10:10, her number [[PHONE:five oh eight, five five five, zero one four two]]. state requires Tdap and MenACWY for seventh grade, she was missing both, exclusion letter dated [[DATE:2/28]]. given today Tdap {{drug:boost rix}} point five mls left deltoid and {{drug:men quadfi}} right deltoid. also HPV dose one {{drug:gardasil nine}}, mom agreed, dose two in six to twelve months so around [[DATE:Sept 12th]] or later. no allergies. temp {{vital:ninety eight point four}}. tolerated well, sat fifteen minutes. school nurse [[NAME:Grace Lindholm]] updated the state registry and cleared exclusion. note by [[NAME:Sunny Åkesson]] NP.
""", summary="""
[[NAME:Freya Johansen]] got Tdap, MenACWY and a first HPV dose at the school health center on [[DATE:march twelfth]] with her mother's phone consent, which cleared her school exclusion. HPV dose 2 is due from about [[DATE:Sept 12th]].
"""),

    dict(style="public_health_report", note="""
HEALTH ADVISORY - Increase in Pertussis Cases (for clinicians)
Summary: Reported pertussis in the region is roughly three times the 5-year median, with most cases in children 10-14 y and infants under 6 mo.
Clinical: consider pertussis in any cough > 2 wk, paroxysms, post-tussive emesis, inspiratory whoop or apnea in infants; fever usually absent.
Testing: NP swab PCR (Dacron/flocked, not cotton); serology not recommended for routine dx.
Treatment (don't wait for results if high suspicion):
  - {{drug:Azithromycin}} {{dose:10 mg/kg}} day 1 (max {{dose:500 mg}}), then {{dose:5 mg/kg}} days 2-5 (max {{dose:250 mg}})
  - Alt {{drug:TMP-SMX}} (not < 2 mo)
PEP for household and high-risk contacts (infants, pregnant in 3rd trimester, immunocompromised).
Vaccinate: Tdap every pregnancy at 27-36 wk; DTaP on time; adolescent Tdap at {{age:11}}-12 y.
Exclude cases from school/childcare until 5 days of therapy completed.
Report within one working day of suspicion to Communicable Disease Control.
""", summary="""
A public health advisory describes a rise in pertussis and gives testing, {{drug:azithromycin}} treatment, prophylaxis and Tdap vaccination advice. Suspected cases must be reported within one working day.
"""),

    dict(style="contact_tracing", note="""
LEGIONELLA CLUSTER - case interview summaries (hotel-associated?)
[[NAME:KT]] / [[NAME:SB]] interviewing; spreadsheet "LD_cluster_v3" has full line list.
Case 1 - [[NAME:Eero Laaksonen]], {{age:71}}, onset [[DATE:7/22/24]], UAT pos, ICU at Regions, CSN [[MRN:4418027731]]. Stayed Lakeview Inn [[ADDRESS:Duluth]] [[DATE:7/11]]-[[DATE:7/14]], used hot tub daily. Wife [[NAME:Raili]] well.
Case 2 - [[NAME:Abraham Toledano]], {{age:58}}, onset [[DATE:07/25/2024]]; stayed same hotel [[DATE:7/12]]-[[DATE:7/16]], conference. Sputum culture Legionella pneumophila sg1, isolate to MDH lab (spec [[MRN:24-LG-0091]]).
Case 3 - [[NAME:Margrét Einarsdóttir]] - decline to interview, daughter [[NAME:Guðrún]] spoke for her via [[PHONE:+354 555 8802]]; stayed [[DATE:7/13]] one night only, no hot tub, showered.
Common: Lakeview Inn, 2nd floor pool area. Hotel GM [[NAME:Cross]] ([[NAME:Daniel Cross]]) [[PHONE:218-555-0654]] agreed to close spa pending sampling [[DATE:7/30]].
Per [[NAME:RW]]: environmental samples (spa filter, 6 showerheads) collected [[DATE:Tues 7/30]], results in ~10 d.
Cross-check w/ other jurisdictions: none so far. Will send Epi-X if another case.
""", summary="""
Three Legionnaires' disease cases, including [[NAME:Eero Laaksonen]] (onset [[DATE:7/22/24]]) and [[NAME:Abraham Toledano]], stayed at the same [[ADDRESS:Duluth]] hotel in mid-July. Hotel manager [[NAME:Daniel Cross]] closed the spa and environmental samples were taken [[DATE:Tues 7/30]].
"""),
]
