NOTES = [
    dict(style="nicu_admission", note="""
NICU ADMISSION NOTE
Baby Girl [[NAME:Kavaliou]]     MRN [[MRN:40718823]]     DOB [[DATE:01/09/2025]] 03:12
Admitting NNP: [[NAME:Dana Whitcombe]], NNP-BC     Attending: Dr. [[NAME:R. Ellingson]]

HPI: 29 4/7 wk GA female born by emergent C/S to a {{age:31}} yo G2P0 mother ([[NAME:Hanna Zhuk-Kavaliou]]) for worsening
preeclampsia ({{vital:BP 172/110}}, {{lab:plt 88}}) despite {{drug:magnesium sulfate}}. {{drug:Betamethasone}} x2, last dose [[DATE:1/8]] 14:00.
ROM at delivery, clear fluid. GBS unknown. Maternal serologies neg, blood type O+.

Delivery: limp, apneic, HR <100 -> PPV x 45 s, then CPAP +6. Apgars 1' {{score:3}}, 5' {{score:7}}, 10' {{score:8}}.

Exam on arrival: BW {{vital:1280 g}} (50th %ile), {{vital:T 36.1}} ax, {{vital:HR 158}}, {{vital:RR 64}}, {{vital:SpO2 91%}} on CPAP FiO2 0.35.
Grunting, subcostal retractions, {{score:Silverman 4}}. AF soft and flat. No murmur. {{eponym:Moro}} incomplete (appropriate for GA).
Hips: {{eponym:Ortolani}}/{{eponym:Barlow}} deferred. Anus patent. {{eponym:Ballard}} consistent with dates ({{score:New Ballard 29 wk}}).

A/P
1. RDS: {{drug:Curosurf}} {{dose:200 mg/kg}} via LISA at 04:05, FiO2 weaned to 0.25. CXR ground glass, 8 ribs.
2. R/o sepsis: CBC, BCx; {{drug:ampicillin}} {{dose:100 mg/kg}} q8h + {{drug:gentamicin}} {{dose:5 mg/kg}} q36h. {{lab:CRP <5}} at 6 h.
3. FEN: {{lab:POC glucose 41}} -> D10 bolus {{dose:2 mL/kg}}, recheck {{lab:glucose 62}}. TF 80 mL/kg/d. UVC tip T9. TPN in AM.
4. Apnea of prematurity: {{drug:caffeine citrate}} {{dose:20 mg/kg}} load, then {{dose:5 mg/kg}} daily.
5. Social: father [[NAME:Aliaksandr]] at bedside, Belarusian + English spoken at home. Mother on L&D, mag running.
   Mom's cell [[PHONE:(414) 555-0187]]. Updated by Dr. [[NAME:Ellingson]] 05:30.

[[NAME:D. Whitcombe]], NNP / [[NAME:RE]]
""", summary="""
Baby Girl [[NAME:Kavaliou]], a 29-week preterm infant born [[DATE:01/09/2025]] for maternal preeclampsia, was admitted with RDS and given
{{drug:Curosurf}}, CPAP, {{drug:caffeine citrate}} and empiric {{drug:ampicillin}}/{{drug:gentamicin}}; father [[NAME:Aliaksandr]] was updated at the bedside.
"""),

    dict(style="nicu_nursing", note="""
NICU RN shift note 1900-0700   [[DATE:Thurs 2/13]]
Baby Boy [[NAME:Esposito]] ("[[NAME:Ciro]]" per parents)   Bed 14   MRN [[MRN:40733051]]   DOL 19, CGA 33+1

Resp: RA. {{vital:SpO2 95-99%}}. 1 brady to {{vital:HR 74}} @ 0215 w/ desat to 82%, self-resolved, no stim needed.
  {{drug:caffeine}} {{dose:5 mg/kg}} given 0600.
FEN: {{dose:28 mL}} EBM + HMF 24 kcal q3h. PO attempts x2 (took 12 and 9 mL, tired), rest via NG. Girth 23 cm, stable. Voided x4, stool x2 seedy.
Bili: {{lab:TSB 9.8}} @ 0400 (was {{lab:11.6}}), photo off per NNP [[NAME:Kate Brennan]].
Skin: intact. PIV L hand flushes well, site clean.
Neuro: tone appropriate, sucking on pacifier, settles with containment.
Family: mom [[NAME:Assunta]] called x2 overnight ([[PHONE:917-555-0143]]). Dad [[NAME:Gennaro]] in 2100-2300, kangaroo care 1 hr, baby tolerated well,
  temp {{vital:36.8}} after. Mom asking re: pump rental -> left msg for lactation ([[NAME:Moira]], day shift).
Wt {{vital:1745 g}} (+20).
Plan: cont q3h cares, PO w/ cues, repeat bili per team.
-- [[NAME:tl]] / [[NAME:T. Lindqvist]] RN
""", summary="""
Overnight Baby Boy [[NAME:Esposito]] ("[[NAME:Ciro]]") had one self-resolving bradycardia, fed well with partial PO intake, and came off phototherapy
after {{lab:TSB 9.8}}; father [[NAME:Gennaro]] did kangaroo care and mother [[NAME:Assunta]] called twice.
"""),

    dict(style="nicu_discharge", note="""
NEONATAL INTENSIVE CARE UNIT -- DISCHARGE SUMMARY (TWINS)

Twin A: [[NAME:Lalhriatpuia Hnamte]]   MRN [[MRN:40690012]]        Twin B: [[NAME:Lalhmangaihi Hnamte]]   MRN [[MRN:40690013]]
DOB [[DATE:14 Oct 2024]]   Admit [[DATE:14 Oct 2024]]   Discharge [[DATE:2024-12-02]]
Parents: [[NAME:Vanlalruati Ralte]] (mother), [[NAME:C. Lalrinpuia Hnamte]] (father)
Address: [[ADDRESS:1187 Portland Ave S, Apt 3, Minneapolis, MN 55404]]   Home phone [[PHONE:612-555-0110]]

Course (both): DCDA twins at 31+2 wk, brief CPAP (A 3 days, B 6 days), no surfactant. Full enteral feeds by DOL 9.
Twin B treated 48 h for r/o sepsis, BCx neg. Head US day 7 and 30 normal in both. Hearing (ABR) passed bilaterally both.
Twin A: ROP stage 1 zone II OU on [[DATE:11/25]] exam. Twin B: immature retina zone II, no ROP.

Discharge weights: A {{vital:2210 g}}, B {{vital:2045 g}}. Feeding Neosure 22 / EBM ad lib q3-4h.
Meds: {{drug:Poly-Vi-Sol with iron}} {{dose:1 mL}} PO daily (each). {{drug:Beyfortus}} given [[DATE:11/29/24]]. Hep B #1 given.
CCHD screen passed. Car seat challenge passed 90 min, both.

Follow-up:
- Pediatrician Dr. [[NAME:Amanda Cole]], Riverside Pediatrics, within 48 h (fax summary [[PHONE:(612) 555-0199]])
- Ophthalmology Dr. [[NAME:Pushkar Raina]] [[DATE:December 16]] (Twin A ROP, Twin B immature)
- NICU follow-up clinic at 4 mo corrected
Mizo and English spoken; father reads English, mother prefers Mizo -- teaching done with cousin [[NAME:Zothanpuii]] interpreting,
teach-back OK.

[[NAME:Sarah McAllister]], MD, Neonatology
""", summary="""
Twins [[NAME:Lalhriatpuia Hnamte]] and [[NAME:Lalhmangaihi Hnamte]], born at 31 weeks on [[DATE:14 Oct 2024]], were discharged [[DATE:2024-12-02]] after a mild
NICU course; Twin A has stage 1 ROP with eye follow-up with Dr. [[NAME:Pushkar Raina]] on [[DATE:December 16]].
"""),

    dict(style="nicu_progress", note="""
NNP Progress Note -- Interval

DOL 41, CGA 31+6. Former 26-weeker, BW 810 g.

Resp: NIPPV 20/6, rate 30, FiO2 0.28-0.32. A/B/D events x3 in 24 h, one needing stim. On {{drug:caffeine}}, {{drug:Diuril}} {{dose:10 mg/kg}} BID started for
evolving BPD. CBG {{lab:pH 7.31}} / {{lab:pCO2 58}}.
CV: soft 2/6 systolic murmur LUSB ({{score:2/6}}), echo last week small PDA, no intervention.
FEN/GI: full feeds 150 mL/kg/d fortified EBM. Abd soft, no bilious aspirates. Abdominal film negative for pneumatosis;
previous suspected NEC ({{score:modified Bell stage IA}}) resolved, abx completed.
Lines: {{eponym:Broviac}} R IJ, dressing changed, site clean.
ID: {{lab:CRP 0.4}}. MRSA nares neg.
Neuro: CUS -- grade I IVH L ({{eponym:Papile}}), stable.
Heme: {{lab:Hct 29}}, {{lab:retic 2.1%}} -- no transfusion, start {{drug:ferrous sulfate}} {{dose:3 mg/kg/day}} once on full fortified feeds x 1 wk.
Eyes: first ROP exam due next week.
Skin: {{score:Braden Q 18}}.

Plan: wean FiO2 as tolerated, cont {{drug:Diuril}}, weekly labs Monday, family meeting per social work.
""", summary="""
A former 26-week infant on NIPPV with evolving BPD was started on {{drug:Diuril}}, remains on full fortified feeds after resolved
{{score:modified Bell stage IA}} NEC, and will begin {{drug:ferrous sulfate}}.
"""),

    dict(style="home_birth_record", note="""
HOME BIRTH RECORD -- Sunrise Midwifery Collective
Client: [[NAME:Ivanilda Lopes Tavares]]     DOB [[DATE:22-07-1993]]     Chart # [[MRN:SMC-2291]]
Address: [[ADDRESS:48 Oakland St, Brockton, MA 02301]]
Partner: [[NAME:Djassi Tavares]] (cell [[PHONE:508-555-0126]])
Primary midwife: [[NAME:Hope Castellano]], CPM      Second attendant: [[NAME:Wren Adair]], LM

G3P2002, EDD [[DATE:3/28/25]] by LMP ({{eponym:Naegele}}) c/w 11 wk US. GBS neg, Rh pos, {{lab:Hgb 11.8}} at 28 wk.

Labor [[DATE:Mon Mar 24]]
02:40  SROM clear, client called.
04:10  arrived. 6/90/0, {{vital:FHR 135}} w/ accels. {{vital:BP 116/72}} {{vital:P 84}} {{vital:T 98.4}}.
05:30  in pool, coping well, partner + doula ([[NAME:Keisha Monroe]]) supporting.
06:55  complete, spontaneous pushing, hands and knees.
07:18  live girl, vigorous cry. Nuchal hand. Apgars {{score:8}}/{{score:9}}.
07:31  placenta spontaneous, intact, 3VC. EBL ~300 mL. Fundus firm; client declined prophylactic {{drug:Pitocin}}.
       1st degree lac, hemostatic, not repaired.
08:15  newborn exam WNL, {{vital:wt 3.62 kg}}, {{vital:HC 34.5 cm}}. {{drug:Vitamin K}} {{dose:1 mg}} IM given. {{drug:Erythromycin}} eye oint declined (informed).
09:40  breastfed x2, voided. Mom {{vital:BP 112/70}}, firm fundus, lochia mod. Midwives left.

Baby: [[NAME:Luz Tavares]]. Sibling [[NAME:Keila]] ({{age:6}}) and maternal grandmother Nha [[NAME:Bia]] present after birth.
Follow-up at home day 1, 3, 7. PKU on day 2.
[[NAME:H. Castellano]] CPM
""", summary="""
[[NAME:Ivanilda Lopes Tavares]] had an uncomplicated water birth at home on [[DATE:Mon Mar 24]] attended by midwife [[NAME:Hope Castellano]]; baby
[[NAME:Luz Tavares]] received {{drug:Vitamin K}} and the client declined {{drug:Pitocin}} and eye ointment.
"""),

    dict(style="midwife_prenatal_home", note="""
Prenatal visit, 34w2d -- home visit
Client [[NAME:Pemba Dolma Sherpa]], {{age:27}}, G1P0. Home: [[ADDRESS:37-19 74th St, Apt 5F, Jackson Heights, NY 11372]]
Husband [[NAME:Lhakpa]] at work; sister-in-law [[NAME:Dawa Futi Sherpa]] helped with Sherpa/Nepali where needed. Client's English is good for most topics.

S: Feeling well. Good FM. Occasional tightening in evenings, irregular, painless -- {{eponym:Braxton Hicks}} reviewed. Some heartburn,
using {{drug:Tums}}. No HA, vision changes, RUQ pain. Sleeping poorly, back ache.
O: {{vital:BP 124/78}}, {{vital:P 88}}. Urine dip: protein neg, glucose neg. FH 33 cm. FHT 140s by doppler.
{{eponym:Leopold}} maneuvers: vertex, back on maternal left, LOA. Trace pedal edema. Wt +11 kg total.
Labs from 28 wk: {{lab:Hgb 10.4}}, {{lab:ferritin 9}}, 1h GTT {{lab:glucose 118}}.
A: Normal progress. Iron deficiency anemia.
P:
- {{drug:ferrous sulfate}} {{dose:325 mg}} every other day with orange juice; recheck CBC at 36 wk.
- GBS swab + CBC at 36 wk visit.
- Birth plan reviewed: home birth, backup Elmhurst Hospital; birth kit list given. Family wants a lama to bless baby after birth -- fine.
- Discussed that she may hear "mountain" jokes about her name at the hospital; she laughed, says everyone assumes her husband is a
  climbing guide -- he did guide in [[ADDRESS:Solukhumbu]] years ago, now works as a line cook.
Next visit [[DATE:Tuesday 5/20]] 10:00.

[[NAME:Robin Harper]], CNM
""", summary="""
At 34 weeks [[NAME:Pemba Dolma Sherpa]] is progressing normally at home with a vertex fetus and {{vital:BP 124/78}}, but has iron deficiency anemia
({{lab:Hgb 10.4}}) and was started on {{drug:ferrous sulfate}}; next visit [[DATE:Tuesday 5/20]].
"""),

    dict(style="midwife_transfer_dictation", note="""
transfer of care note. this is [[NAME:bernat fabre]] c p m dictating on [[DATE:june fourteenth twenty twenty five]] regarding [[NAME:marie odile kieffer]],
date of birth [[DATE:four nine eighty nine]], planned home birth, g2 p1, forty-one weeks and one day. labor began about two a m with
regular contractions, fully dilated at 1320 and she pushed well for about three hours with poor descent, station plus one, OP
position suspected. fetal heart tones were reassuring until about 1630 when we heard decelerations to the 90s with slow recovery,
maternal {{vital:blood pressure 148 over 96}} repeat {{vital:142 over 94}}, {{vital:temp 37.9}}. decision to transfer made with client and her husband
[[NAME:theo]] at 1645. my second midwife [[NAME:azalais vidal]] called ahead to saint lukes labor and delivery. husband drove, i rode in the back with the
doppler, heart rate 120s to 130s during the drive. arrived 1740. report given to the charge nurse [[NAME:gemma]] and to doctor [[NAME:schaeffer]], OB on call.
client has no known allergies, GBS negative, rupture of membranes at 1100 clear. she had taken two {{drug:tylenol}} {{dose:500 milligrams}} at 1500.
records including the partogram sent with husband. i stayed for the vacuum delivery at 1812, baby boy, apgars {{score:seven}} and {{score:nine}},
mother stable. client's mother [[NAME:odile schweitzer]] notified by phone at [[PHONE:six zero eight five five five zero one nine one]]. end of dictation.
""", summary="""
Midwife [[NAME:bernat fabre]] transferred home-birth client [[NAME:marie odile kieffer]] to hospital on [[DATE:june fourteenth twenty twenty five]] for arrest of
descent with fetal decelerations and elevated blood pressure; she had a vacuum delivery with Apgars {{score:seven}} and {{score:nine}}.
"""),

    dict(style="midwife_postpartum_messages", note="""
Secure messages -- client [[NAME:Marie-Claire Hoareau]] / midwife [[NAME:Faith Donnelly]], CNM

[[DATE:08/04]] 06:12  [[NAME:MCH]]: morning!! he fed all night basically. nipples so sore, like 7/10 ({{score:7/10}}). is it ok to take {{drug:Panadol}}?
[[DATE:08/04]] 06:40  [[NAME:FD]]: Morning! Yes -- {{drug:Tylenol}}/{{drug:Panadol}} {{dose:1000 mg}} every 6 h (max {{dose:4 g}} a day) is fine, and you can add
                      {{drug:Advil}} {{dose:400 mg}} with food. Can you send a photo of the latch? Any fever?
[[DATE:08/04]] 06:58  [[NAME:MCH]]: no fever. my mum [[NAME:Ginette]] flew in from [[ADDRESS:Victoria]] last night she says use breastmilk on them lol
[[DATE:08/04]] 07:02  [[NAME:FD]]: Your mum is right, it helps! Also lanolin. I'll come by [[ADDRESS:212 Bellevue Rd]] at 2 to watch a feed.
[[DATE:08/04]] 13:30  [[NAME:MCH]]: ok. also [[NAME:Kenzo]] looks a bit yellow??
[[DATE:08/04]] 15:10  [[NAME:FD]] (visit): baby [[NAME:Kenzo]] day 4, {{vital:wt 3.21 kg}} (BW 3.44, -6.7%), jaundiced to chest, TcB {{lab:TcB 13.1}} -- below
                      photo line for age. Latch shallow, corrected w/ laid-back position. Mom {{vital:T 37.0}}, {{vital:BP 118/76}}, fundus firm,
                      lochia rubra light. Nipples: bilateral fissures, no signs of infection.
[[DATE:08/05]] 09:20  [[NAME:MCH]]: better today, 4/10 ({{score:4/10}}). 6 wet diapers
[[DATE:08/05]] 09:31  [[NAME:FD]]: Great. Recheck weight + TcB tomorrow [[DATE:8/6]] at the clinic, 11:00. Call [[PHONE:(206) 555-0137]] if fever, or baby
                      sleepy and not waking to feed.
""", summary="""
Postpartum messages between [[NAME:Marie-Claire Hoareau]] and midwife [[NAME:Faith Donnelly]] covered nipple pain treated with {{drug:Panadol}} and {{drug:Advil}}, a home
visit showing baby [[NAME:Kenzo]] with 6.7% weight loss and {{lab:TcB 13.1}}, and a recheck on [[DATE:8/6]].
"""),

    dict(style="genetic_counselling_letter", note="""
Cancer Genetics Program
[[DATE:17 February 2025]]

Ms. [[NAME:Perizaad Engineer]]
[[ADDRESS:22 Ridgeway Court]]
[[ADDRESS:Edison, NJ 08820]]

Re: Genetic counselling visit of [[DATE:February 4, 2025]]   MRN [[MRN:7730415]]

Dear Ms. [[NAME:Engineer]],

It was a pleasure meeting you and your husband, [[NAME:Cyrus]], to discuss your genetic test results. You were referred by
Dr. [[NAME:Roshan Daruwalla]] after your diagnosis of triple-negative breast cancer at age {{age:38}}. You mentioned that as a software
engineer you had already read a great deal, and we appreciated your questions.

Family history (Parsi Zoroastrian ancestry on both sides, no known consanguinity):
  - Mother, [[NAME:Khorshed Engineer]] (nee [[NAME:Contractor]]): ovarian cancer at {{age:52}}, died at {{age:55}}
  - Maternal aunt, [[NAME:Dinoo Bharucha]]: breast cancer at {{age:61}}
  - Father, [[NAME:Jamshed Engineer]]: {{age:70}}, well; brother [[NAME:Zubin]] ({{age:35}}, a building contractor) and sister [[NAME:Anahita]] ({{age:41}}), both well

Result: a pathogenic variant in BRCA1 (c.5266dupC) was identified. No other variants in the 47-gene panel.

What this means: this explains your cancer and your mother's. It affects your surgical choices, makes you eligible for {{drug:olaparib}}
if your oncologist recommends it, and means risk-reducing salpingo-oophorectomy is advised by age 35-40 -- we discussed that you
are past this window and Dr. [[NAME:Sandeep Kamat]] will see you about surgical timing. Annual breast MRI continues for the other breast.

Each of your siblings has a 50% chance of carrying the variant. We enclosed a family letter for [[NAME:Zubin]] and [[NAME:Anahita]]; they can
call us at [[PHONE:732-555-0164]] to arrange testing.

Sincerely,

[[NAME:Meera Naik]], MS, CGC
Licensed Genetic Counselor   |   [[EMAIL:meera.naik@rwjgenetics.org]]

cc: Dr. [[NAME:R. Daruwalla]], Medical Oncology; Dr. [[NAME:S. Kamat]], Breast Surgery
""", summary="""
Genetic counselor [[NAME:Meera Naik]] wrote to [[NAME:Perizaad Engineer]] after the [[DATE:February 4, 2025]] visit that she carries a pathogenic BRCA1 variant,
which makes her eligible for {{drug:olaparib}} and surgical risk reduction, and that siblings [[NAME:Zubin]] and [[NAME:Anahita]] should be offered testing.
"""),

    dict(style="genetic_counselling_letter", note="""
Prenatal Genetics Clinic -- Letter to referring obstetrician

[[DATE:March 11, 2025]]

Dr. [[NAME:Chantal Tremblay]]
Women's Health Centre, [[ADDRESS:1450 Dundas St W, Toronto, ON M6J 1Y5]]
Fax [[PHONE:416-555-0181]]

RE: [[NAME:MURA, BONARIA]] (DOB [[DATE:1990/05/02]], OHIP [[MRN:4471-902-883-KT]]) and partner [[NAME:DEIANA, EFISIO]]

Dear Dr. [[NAME:Tremblay]],

Thank you for referring Ms. [[NAME:Mura]], {{age:34}}, G1, currently 9+3 weeks, and her partner Mr. [[NAME:Deiana]], {{age:37}}, whom I saw together today.
Both were born in Sardinia ([[ADDRESS:Oristano]] and [[ADDRESS:Quartu Sant'Elena]]) and moved to Canada in 2019.

Her screening CBC showed {{lab:MCV 63}} and {{lab:MCH 20.1}}; Hb electrophoresis {{lab:HbA2 5.4%}}, {{lab:HbF 1.1%}}, {{lab:ferritin 48}}.
His indices: {{lab:MCV 66}}, {{lab:HbA2 5.1%}}. Both are therefore beta-thalassemia carriers. DNA analysis shows both carry
the beta-zero 39 (c.118C>T) variant, the most common variant in Sardinia.

Each pregnancy has a 25% chance of beta-thalassemia major, 50% carrier, 25% unaffected. Options discussed: CVS at 11-13 weeks,
amniocentesis from 15 weeks, or no invasive testing. The couple would like CVS; booked for [[DATE:Mar 24]] with Dr. [[NAME:Carmelo Di Stefano]].
Ms. [[NAME:Mura]]'s sister [[NAME:Antonella]] and Mr. [[NAME:Deiana]]'s brother [[NAME:Gavino]] were offered carrier testing through their own physicians.

Please continue {{drug:folic acid}} {{dose:5 mg}} daily; iron is not indicated.

Yours sincerely,
[[NAME:Giulia Piras]], MSc, CGC, for Dr. [[NAME:Alessandro Pinna]], Medical Genetics
""", summary="""
Both [[NAME:Bonaria Mura]] and partner [[NAME:Efisio Deiana]] are carriers of the Sardinian beta-zero 39 thalassemia variant ({{lab:HbA2 5.4%}} and
{{lab:HbA2 5.1%}}), giving a 25% fetal risk; CVS is booked for [[DATE:Mar 24]] with Dr. [[NAME:Carmelo Di Stefano]].
"""),

    dict(style="genetic_counselling_note", note="""
GENETICS CLINIC -- PRECONCEPTION CONSULT
Pt: [[NAME:Dar, Aarifa]]   MRN [[MRN:88120456]]   Age {{age:29}}      Partner: [[NAME:Showkat Ahmad Dar]], {{age:33}}
Counselor: [[NAME:Jennifer Walsh]], MS, LCGC   Geneticist: Dr. [[NAME:Ghulam Nabi Bhat]]   Visit [[DATE:10.04.2025]]

Indication: prior child with infantile-onset {{eponym:Pompe disease}}; couple are first cousins (fathers are brothers), Kashmiri Muslim family
originally from [[ADDRESS:Sopore]].

History: son [[NAME:Zayan]] born 2022, cardiomegaly and hypotonia at 3 mo, GAA enzyme absent, c.1935C>A homozygous. Started {{drug:Lumizyme}}
({{drug:alglucosidase alfa}}) {{dose:20 mg/kg}} q2wk but died at {{age:7 months}} of cardiorespiratory failure. Both parents confirmed carriers.

Pedigree (3 gen):
  - [[NAME:Aarifa]]: 2 healthy brothers; one paternal cousin died in infancy "weak heart", no diagnosis
  - [[NAME:Showkat]]: healthy sister ({{age:26}}) married to an unrelated man, 1 healthy child
  - Consanguinity loop drawn; no other known genetic disease.

Discussed 25% recurrence risk each pregnancy; options: PGT-M with IVF, CVS/amnio with targeted testing, donor gametes, adoption, or no testing.
Newborn screening in our state includes {{eponym:Pompe}}; early ERT improves outcome vs. [[NAME:Zayan]]'s course. Couple prefers PGT-M; religious
concerns about discarding embryos addressed -- they will speak with their imam. Referral to REI (Dr. [[NAME:Brian Kowalski]]).
Sister of [[NAME:Showkat]] offered carrier testing; he will pass on info.

Grief: Mrs. [[NAME:Dar]] became tearful discussing [[NAME:Zayan]]; bereavement resources offered, declined for now.
Time: 60 min, >50% counseling.
[[NAME:JW]] / [[NAME:GNB]]
""", summary="""
First-cousin couple [[NAME:Aarifa Dar]] and [[NAME:Showkat Ahmad Dar]], both carriers of a {{eponym:Pompe disease}} variant after losing son [[NAME:Zayan]], were counselled
about a 25% recurrence risk and chose PGT-M, with referral to Dr. [[NAME:Brian Kowalski]].
"""),

    dict(style="genetic_result_phone", note="""
Telephone encounter -- result disclosure                     [[DATE:2025-01-22]] 14:05
Pt: [[NAME:Fernand Dethier]]   DOB [[DATE:1958-03-30]] (verified)   MRN [[MRN:60029871]]
Called [[PHONE:514-555-0148]]. Pt answered, on speaker with wife [[NAME:Marie-Claire]] with his permission.

Result: pathogenic MSH2 variant (c.942+3A>T) -> {{eponym:Lynch syndrome}}. Consistent with his colon ca at {{age:49}} and his sister's
endometrial ca at {{age:46}}; family meets {{eponym:Amsterdam II}} criteria as documented at intake.

Discussed:
- colonoscopy q1-2y (last [[DATE:Oct 3]], clean); GI aware
- urothelial screening: UA yearly
- {{drug:aspirin}} {{dose:81 mg}}? -> defer to GI, data are for higher dose; pt already on {{drug:Plavix}} for stent, so no
- cascade testing: daughter [[NAME:Renée]] ({{age:31}}) lives in [[ADDRESS:Liège]], Belgium -- will send family letter in French;
  son [[NAME:Pol]] ({{age:28}}) in [[ADDRESS:Laval]], will call us.
Pt stated he "always knew it was the [[NAME:Dethier]] curse". Coping OK. Wants copy of report mailed to [[ADDRESS:4418 rue Saint-Denis, Montréal, QC H2J 2L1]].

Plan: letters to PCP Dr. [[NAME:Pierre Gagnon]] and GI. F/u visit in 3 mo.
-- [[NAME:G. Wathelet]], CGC (ext [[PHONE:4417]])
""", summary="""
By phone on [[DATE:2025-01-22]], [[NAME:Fernand Dethier]] learned he carries an MSH2 variant causing {{eponym:Lynch syndrome}}; surveillance was reviewed and
cascade testing planned for his daughter [[NAME:Renée]] in [[ADDRESS:Liège]] and son [[NAME:Pol]].
"""),

    dict(style="refugee_initial_screening", note="""
REFUGEE HEALTH PROGRAM -- INITIAL DOMESTIC SCREENING (household)
Household: [[NAME:GURUNG]]   US arrival [[DATE:09/03/2024]]   Visit [[DATE:10/01/2024]]
Resettlement caseworker: [[NAME:Megan Cross]], Community Refugee & Immigration Services, [[PHONE:614-555-0172]]
Origin: Bhutan (Lhotshampa); lived in [[ADDRESS:Beldangi II]] camp, [[ADDRESS:Jhapa]], Nepal, ~17 yrs before onward move.
Interpreter: Nepali, in person, [[NAME:Dil Bahadur Subba]].

Name                        DOB               Age   Findings
[[NAME:Hari Prasad Gurung]]          [[DATE:01/01/1961]]        {{age:63}}    {{vital:BP 162/98}}, {{lab:A1c 7.9%}}, QFT pos, CXR clear
[[NAME:Tika Maya Gurung]]            [[DATE:01/01/1966]]        {{age:58}}    {{lab:Hgb 10.1}}, diffuse goiter, {{lab:TSH 0.02}}
[[NAME:Bhim Kumari Gurung]]          [[DATE:06/15/2003]]        {{age:21}}    {{lab:eos 11%}}, Strongyloides IgG pending
[[NAME:Sanjay Gurung]]               [[DATE:11/30/2012]]        {{age:11}}    {{lab:lead 6.2}} mcg/dL, dental caries x6

Pre-departure: {{drug:albendazole}} {{dose:400 mg}} x1 documented [[DATE:8/21/24]]; no {{drug:ivermectin}} recorded.
Vaccines: MMR/Tdap records reviewed; catch-up per schedule for all 4.

Plan
- [[NAME:Hari]]: start {{drug:amlodipine}} {{dose:5 mg}}, {{drug:metformin}} {{dose:500 mg}} BID; LTBI -> {{drug:rifampin}} {{dose:600 mg}} daily x 4 mo after LFTs.
- [[NAME:Tika]]: hyperthyroid, likely {{eponym:Graves disease}} vs toxic MNG -> TRAb, T4, endocrine referral; {{drug:propranolol}} {{dose:10 mg}} TID for now.
- [[NAME:Bhim]]: {{drug:ivermectin}} {{dose:200 mcg/kg}} x2 days presumptive.
- [[NAME:Sanjay]]: repeat lead in 3 mo, dental referral, school enrollment forms.
Next visit [[DATE:October 22]] (whole family). Mental health screen (RHS-15) done for adults: [[NAME:Tika]] {{score:RHS-15 14}} -- referred.
[[NAME:Rachel Stone]], MD
""", summary="""
The four-member [[NAME:Gurung]] household, Bhutanese refugees resettled from [[ADDRESS:Beldangi II]], had initial screening on [[DATE:10/01/2024]]:
[[NAME:Hari Prasad Gurung]] has hypertension, diabetes and LTBI, and [[NAME:Tika Maya Gurung]] has likely hyperthyroidism with a positive {{score:RHS-15 14}}.
"""),

    dict(style="refugee_mental_health", note="""
Refugee Clinic -- follow-up, behavioral health integrated visit
Patient: [[NAME:Shirin Elias Khudeda]]   MRN [[MRN:55093117]]   DOB [[DATE:Feb 1, 1997]]
Interpreter: Kurmanji, phone, ID [[MRN:418822]] ("[[NAME:Jiyan]]"); pt preferred a female interpreter -- confirmed.

Ms. [[NAME:Khudeda]] is a {{age:28}} y/o Yazidi woman from [[ADDRESS:Sinjar]], captured in 2014 and held ~2 years, in [[ADDRESS:Lincoln]] since 2022.
Lives with brother [[NAME:Dakhil]] and his family at [[ADDRESS:3320 Vine St]]. She reports nightmares 4-5 nights/wk, startle, avoids news,
poor sleep since learning last month that remains of her mother were identified in a mass grave. Denies SI, no plan, no past attempts.
Headaches daily, takes {{drug:ibuprofen}} most days.

PHQ-9 {{score:PHQ-9 19}} (was {{score:14}} in Nov). PCL-5 {{score:PCL-5 58}}. {{vital:BP 108/66}}, {{vital:HR 92}}.

Assessment: PTSD, chronic, with MDD, moderate-severe, acute exacerbation around grief. Medication-overuse headache likely.
Plan:
- start {{drug:sertraline}} {{dose:25 mg}} x 1 wk then {{dose:50 mg}}; {{drug:prazosin}} {{dose:1 mg}} qhs for nightmares, titrate.
- limit {{drug:ibuprofen}} to 2 days/wk; {{drug:amitriptyline}} not started (would add sedation w/ prazosin).
- warm handoff to therapist [[NAME:Hannah Brooks]], LCSW (trauma-focused, works with Yazidi community); appt [[DATE:Thu 4/17]].
- safety plan completed; brother's phone [[PHONE:402-555-0133]] listed as support.
- She asked whether she could attend the Yazidi new year (Çarşema Sor) gathering -- encouraged.
[[NAME:Mark Lindgren]], MD
""", summary="""
[[NAME:Shirin Elias Khudeda]], a Yazidi survivor from [[ADDRESS:Sinjar]], has worsening PTSD and depression ({{score:PHQ-9 19}}, {{score:PCL-5 58}}) after news about her mother
and was started on {{drug:sertraline}} and {{drug:prazosin}} with therapy referral to [[NAME:Hannah Brooks]] on [[DATE:Thu 4/17]].
"""),

    dict(style="travel_clinic_pretravel", note="""
TRAVEL MEDICINE CONSULTATION
Traveller: [[NAME:WOODS, BROOKE A]]   DOB [[DATE:09-Nov-1988]]   Chart [[MRN:TC-20931]]   Seen [[DATE:Apr 2, 2025]]
Itinerary: [[ADDRESS:Kathmandu]] -> [[ADDRESS:Lukla]] -> Everest Base Camp trek (to 5,364 m), ~21 days, departs [[DATE:April 26]]; then 5 days [[ADDRESS:Chitwan]].
Companions: partner [[NAME:Jordan Reed]] (seen separately). Trekking with a Sherpa-run agency.

PMH: asthma (mild intermittent, {{drug:Ventolin}} prn), migraines. Meds: {{drug:Ventolin}}, {{drug:Maxalt}} {{dose:10 mg}} prn. OCP. NKDA.
Vaccines on file: Tdap 2019, Hep A/B complete, MMR x2. Flu this season.

Recommendations:
- Typhoid: {{drug:Vivotif}} oral x4 caps alternate days, finish by [[DATE:4/19]].
- JE: not indicated (trek season, short Terai stay) -- discussed, declined.
- Rabies PrEP: 2-dose IM series given today + [[DATE:Apr 9]] (dogs on trail, remote).
- Altitude: {{drug:acetazolamide}} {{dose:125 mg}} BID starting day before ascent above 3,000 m; sulfa allergy screen neg.
  {{eponym:Lake Louise}} AMS score explained; descend if worsening. {{drug:dexamethasone}} {{dose:4 mg}} q6h rescue x4 tabs.
- Malaria: [[ADDRESS:Chitwan]] low risk Apr; bite avoidance; no chemoprophylaxis.
- TD: {{drug:azithromycin}} {{dose:1000 mg}} single dose x2.
- Asthma: spacer, plan for cold air; {{drug:prednisone}} {{dose:40 mg}} x5d standby.
Insurance: evacuation coverage confirmed with World Nomads, policy # [[MRN:WN-88317442]].
[[NAME:Tom Baker]], RN, CTH / reviewed Dr. [[NAME:Lena Haegel]]
""", summary="""
[[NAME:Brooke Woods]] was prepared on [[DATE:Apr 2, 2025]] for an Everest Base Camp trek with typhoid and rabies vaccines, {{drug:acetazolamide}}
{{dose:125 mg}} BID and {{drug:dexamethasone}} rescue for altitude, and {{drug:azithromycin}} for travellers' diarrhea.
"""),

    dict(style="travel_clinic_posttravel", note="""
Post-travel clinic / ED consult -- fever in returned traveller
[[NAME:Armindo Tembe]], {{age:44}}M, MRN [[MRN:31907754]]. Born in [[ADDRESS:Inhambane]], Mozambique; lives in [[ADDRESS:Fall River]] x 15 yrs.
VFR trip to [[ADDRESS:Maputo]] and [[ADDRESS:Xai-Xai]] [[DATE:12/20/24]]-[[DATE:1/11/25]]. No pre-travel visit, no prophylaxis ("I grew up there, I'm immune").

Fever x3 days to 39.8, rigors, HA, myalgia, 2 episodes vomiting. Wife [[NAME:Lurdes Massingue]] says he was "talking strange" this morning.
Vitals: {{vital:T 39.4}}, {{vital:HR 118}}, {{vital:BP 96/58}}, {{vital:RR 24}}, {{vital:SpO2 95%}}. {{score:GCS 14}} (E4V4M6). Mild scleral icterus, spleen tip.
No {{eponym:Kernig}}/{{eponym:Brudzinski}} signs.

Thick/thin smear: P. falciparum, {{lab:parasitemia 6.2%}}. {{lab:plt 41}}, {{lab:Hgb 11.2}}, {{lab:Cr 1.9}}, {{lab:T bili 3.4}}, {{lab:lactate 3.8}},
{{lab:glucose 71}}. HIV neg.

Impression: severe falciparum malaria (parasitemia >5%, AKI, altered sensorium).
Plan: IV {{drug:artesunate}} {{dose:2.4 mg/kg}} at 0, 12, 24 h then daily; ICU consult; q12h smears; glucose q2h; cautious fluids.
Once parasitemia <1% and taking PO: {{drug:Coartem}} full course.
Counseled re: loss of immunity after years away; future trips -> travel clinic. His brother [[NAME:Celso]] travelling in June -- pt will refer.
ID: Dr. [[NAME:Felismina Cossa]] (pgr [[PHONE:2214]])
""", summary="""
[[NAME:Armindo Tembe]] returned from visiting family in [[ADDRESS:Maputo]] with severe falciparum malaria ({{lab:parasitemia 6.2%}}, AKI, {{score:GCS 14}}) and was started on IV
{{drug:artesunate}} with ICU consultation by Dr. [[NAME:Felismina Cossa]].
"""),

    dict(style="travel_clinic_vaccine_addendum", note="""
Travel Clinic -- Nursing Addendum (vaccine administration)

Pre-vaccination screen reviewed with traveller: no fever today, not pregnant, no thymus disorder, no immunosuppressive meds,
no egg/gelatin anaphylaxis. Age <60, so no extra YEL-AVD counselling needed beyond standard.

Given:
- Yellow fever ({{drug:YF-VAX}}) {{dose:0.5 mL}} SC, L deltoid. ICVP (yellow card) completed and stamped; valid 10 days after today.
- Typhoid Vi polysaccharide ({{drug:Typhim Vi}}) {{dose:0.5 mL}} IM, R deltoid.
- Hepatitis A ({{drug:Havrix 1440}}) {{dose:1 mL}} IM, R deltoid (separate site, 2.5 cm apart).
VIS sheets given for all three. Observed 15 min: {{vital:BP 122/80}}, {{vital:HR 76}}, no reaction.

Counselled: mild fever/myalgia after YF can occur 5-10 days; {{drug:acetaminophen}} ok. Mosquito avoidance (DEET 30%, permethrin on clothing).
Malaria prophylaxis per provider: {{drug:Malarone}} {{dose:250/100 mg}} daily, start 1-2 days before entering Ghana, continue 7 days after.
Hep A booster due in 6-12 months.
""", summary="""
A traveller received yellow fever, typhoid Vi and hepatitis A vaccines without reaction and was counselled on mosquito avoidance and
{{drug:Malarone}} prophylaxis.
"""),

    dict(style="military_sick_call", note="""
TROOP MEDICAL CLINIC -- SICK CALL (SF 600 continuation)
SPC [[NAME:VARELA, ADILSON J]]    DoD ID [[MRN:1587349920]]    DOB [[DATE:19990212]]
Unit: B Co 2-87 IN. Date [[DATE:11JUN25]] 0710.

S: {{age:26}} y/o M c/o R ankle pain after rolling it on a rock during ruck march yesterday ~1900. Able to walk off but swelled overnight.
   Pain 6/10 ({{score:6/10}}), worse w/ weight bearing. Took {{drug:Motrin}} {{dose:800 mg}} x1 from battle buddy PFC [[NAME:Jaylen Hill]].
O: {{vital:BP 128/76}} {{vital:P 68}} {{vital:T 98.1}}. R lateral ankle swelling + ecchymosis. TTP ATFL. No bony tenderness at posterior
   malleoli, base of 5th MT or navicular; able to bear weight 4 steps -> {{eponym:Ottawa}} ankle rules neg, no film. Ant drawer 1+, talar tilt neg.
   NV intact. Strength {{score:5/5}} except limited by pain.
A: R ankle sprain, grade II lateral.
P: RICE, ASO brace issued, crutches x3 days. {{drug:ibuprofen}} {{dose:600 mg}} q6h w/ food x7d. Temp profile (DA 3349) 14 days: no running,
   no rucking, no jumping; may walk at own pace/distance. Return if unable to bear wt or numbness. PT consult placed.
   SSG [[NAME:Brooks]] (squad ldr) notified of profile.
No major concerns for fracture; f/u in 10 days.

[[NAME:Lauren Major]], PA-C, CPT, MC
""", summary="""
SPC [[NAME:Adilson Varela]] was seen at sick call on [[DATE:11JUN25]] for a grade II right ankle sprain ({{eponym:Ottawa}} rules negative) and received a brace,
{{drug:ibuprofen}} and a 14-day profile from CPT [[NAME:Lauren Major]], PA-C.
"""),

    dict(style="va_primary_care", note="""
VA PRIMARY CARE -- PACT follow-up
[[NAME:NOVAK, FRANK J]]    Last 4 [[SSN:4471]]    DOB [[DATE:6/4/1946]]    Visit [[DATE:3/18/2025]]
PCP: [[NAME:Sunita Kriplani]], MD   RN care manager: [[NAME:Bill Dvorak]], RN   Team: Blue

78 y/o ({{age:78}}) Vietnam veteran (US Army, Mekong Delta 1967-68), here w/ wife [[NAME:Mildred]]. Service-connected: PTSD 50%, tinnitus 10%.

Interval: diagnosed {{eponym:Parkinson disease}} by neurology in Jan 2025; Dr. [[NAME:Prochazka]] started {{drug:Sinemet}} {{dose:25/100}} TID; tremor better.
[[NAME:Mildred]] reports 2 near-falls at night. Constipation. [[NAME:Frank]] says he "doesn't want another fight with the VA" about the claim.

Exam: {{vital:BP 136/80}} seated, {{vital:BP 112/70}} standing at 3 min -- orthostatic. {{vital:HR 72}}. Masked facies, R > L rigidity,
shuffling gait, pull test 3 steps. MoCA {{score:MoCA 25/30}}. PCL-5 {{score:PCL-5 38}} (stable). Denies frank blood in stool.

Plan:
1. PD: per neuro. Discussed Agent Orange -- PD is a presumptive condition; submitted claim support statement; VBA claim # [[MRN:C-29884371]].
   VSO [[NAME:Rudy Hruska]] (DAV, [[PHONE:319-555-0154]]) helping.
2. Orthostasis: stop {{drug:tamsulosin}} (BPH sx mild), fluids, compression stockings. Recheck 4 wk.
3. Falls: home safety eval via HBPC, PT referral, grab bars through HISA grant.
4. Constipation: {{drug:MiraLAX}} {{dose:17 g}} daily.
5. PTSD: continue {{drug:prazosin}} {{dose:2 mg}} qhs (monitor BP), sees Dr. [[NAME:Kucera]] (MH) [[DATE:4/2]].
Address confirmed: [[ADDRESS:2817 Bever Ave SE, Cedar Rapids, IA 52403]].
/es/ [[NAME:SUNITA KRIPLANI]], MD
""", summary="""
Vietnam veteran [[NAME:Frank Novak]] with new {{eponym:Parkinson disease}} on {{drug:Sinemet}} has orthostatic hypotension and near-falls, so {{drug:tamsulosin}} was stopped,
and an Agent Orange claim ([[MRN:C-29884371]]) is being supported with VSO [[NAME:Rudy Hruska]].
"""),

    dict(style="va_hbpc", note="""
HOME BASED PRIMARY CARE -- RN visit
Veteran: [[NAME:Józef Gąsienica]]  ("[[NAME:Joe]]")   [[AGE:93]] y/o   SSN xxx-xx-[[SSN:0912]]   Visit [[DATE:Friday, 7 March 2025]]
Home: [[ADDRESS:5541 W Belden Ave, Chicago, IL 60639]]   Daughter/caregiver: [[NAME:Zofia Stoch]] [[PHONE:773-555-0167]]

Korean War veteran (USMC, Chosin), born in [[ADDRESS:Zakopane]] area, came to [[ADDRESS:Chicago]] 1949 with his uncle. Lives with daughter; son [[NAME:Wojciech]]
visits weekends. Pt speaks Polish (Goral dialect) and English; hard of hearing L > R, hearing aids in.

S: Daughter reports more confusion in late afternoon, called her by her mother's name ([[NAME:Maria]]) twice. Eating less. No falls since last visit.
O: {{vital:T 97.6}}, {{vital:BP 148/72}}, {{vital:HR 64}} irreg, {{vital:RR 18}}, {{vital:SpO2 94%}} RA. {{vital:Wt 61.2 kg}} (-1.8 kg/1 mo).
   Mild BLE edema 1+. Lungs crackles R base. Sacrum intact, {{score:Braden 16}}.
   Meds reviewed w/ pillbox: {{drug:Eliquis}} {{dose:2.5 mg}} BID, {{drug:Lasix}} {{dose:20 mg}} daily, {{drug:donepezil}} {{dose:5 mg}}, {{drug:Tylenol}} prn.
   Found 4 {{drug:Lasix}} tabs in pillbox compartment for last wk -- missed doses.
Labs drawn: BMP, CBC, BNP -- to VA lab by courier.
A: weight loss + possible sundowning; CHF likely euvolemic-to-mildly overloaded; {{eponym:Alzheimer}} type dementia stable vs progressing.
P: daughter to set phone alarms; notify Dr. [[NAME:Andrzej Chowaniec]] (HBPC MD) re: crackles and missed {{drug:Lasix}}; dietitian referral; RN revisit [[DATE:3/14]].
Pt told stories of the Chosin reservoir, in good spirits; says he will make it to [[AGE:ninety-five]] "for the party".
[[NAME:Kathleen Moore]], RN
""", summary="""
[[AGE:93]]-year-old Korean War veteran [[NAME:Józef Gąsienica]] had an HBPC visit on [[DATE:Friday, 7 March 2025]] showing weight loss, afternoon confusion and missed
{{drug:Lasix}} doses; daughter [[NAME:Zofia Stoch]] will use phone alarms and Dr. [[NAME:Andrzej Chowaniec]] was notified.
"""),

    dict(style="military_deployment_health", note="""
PERIODIC HEALTH ASSESSMENT / PRE-DEPLOYMENT (DD 2795 review)
Member: LT [[NAME:Sowmya Bangera]], USN   EDIPI [[MRN:1622804715]]   Command: NMCSD, deploying w/ Expeditionary Medical Facility
Reviewed by: HM2 [[NAME:C. D'Souza]] (screening), LCDR [[NAME:Kishore Poojary]], MC (provider)   Date: [[DATE:05 May 2025]]

Hx: {{age:31}} y/o F, Nurse Corps, deploying 6 mo to Djibouti. Hx of mild persistent asthma (controlled on {{drug:Symbicort}}
{{dose:160/4.5}} 2 puffs BID, no exacerbations x3 yrs), hypothyroid on {{drug:Synthroid}} {{dose:75 mcg}}.
Meds: 180-day supply ordered via TRICARE mail order. Bringing spare inhaler.
Immunizations: Flu, Tdap, Hep A/B, MMR, typhoid, rabies PrEP -- current; anthrax series not required for this AOR.
Malaria: {{drug:doxycycline}} {{dose:100 mg}} daily, start 2 days prior, 4 wk after.
Labs: {{lab:TSH 2.1}}, {{lab:Hgb 12.9}}, HIV drawn (DoD), G6PD normal, pregnancy neg.
Vision: 20/20 OU ({{vital:20/20}}), gas mask inserts N/A. Hearing: H1 profile. Dental class 1.
PHQ-2 {{score:PHQ-2 0}}, AUDIT-C {{score:AUDIT-C 2}}. No behavioral health concerns.
Deployable: YES, with meds. DNA sample on file.
Emergency contact: husband [[NAME:Prakash Hegde]], [[PHONE:(619) 555-0193]].
""", summary="""
LT [[NAME:Sowmya Bangera]] was cleared on [[DATE:05 May 2025]] to deploy to Djibouti with a 180-day supply of {{drug:Symbicort}} and {{drug:Synthroid}}, plus
{{drug:doxycycline}} malaria prophylaxis.
"""),

    dict(style="offshore_medic_log", note="""
FPSO medical log -- Block 17, offshore Angola
Medic: [[NAME:K. MacLeod]] (RMP)      Topside doctor: Dr. [[NAME:Siobhan Doyle]], remote support [[ADDRESS:Aberdeen]], [[PHONE:+44 1224 555 801]]

[[DATE:23/06/2025]]
0920  Called to deck crane area. [[NAME:Edvaldo Ngunga]], emp no [[MRN:AO-77130]], {{age:38}}, rigger, L ring finger crushed between
      sling shackle and pad eye. Gloved. Conscious, pain 9/10 ({{score:9/10}}).
0930  Sick bay. Nail bed torn, tuft deformity, bleeding controlled w/ pressure. Cap refill distal pulp 3 s. Sensation reduced tip.
      Obs: {{vital:BP 138/86}}, {{vital:HR 102}}, {{vital:SpO2 99%}}, {{vital:RR 18}}, {{vital:T 36.7}}.
0935  {{drug:Penthrox}} {{dose:3 mL}} inhaled, good effect, pain 5/10 ({{score:5/10}}).
0950  Telemed with Dr. [[NAME:Doyle]]: photos sent. Advised digital block and dressing, x-ray needed onshore, tetanus status.
1005  Digital block {{dose:4 mL}} {{drug:lidocaine 1%}} plain. Irrigated, nail bed approximated loosely w/ steristrips, non-adherent dressing,
      aluminium splint. Tetanus: last 2016 -> Td given from stock. {{drug:Flucloxacillin}} {{dose:500 mg}} QDS started (open fx likely).
1030  OIM [[NAME:Nuno Ferreira]] informed; medevac on routine crew change flight to [[ADDRESS:Luanda]] 1430. Clinic Girassol notified.
1420  Handover to HLO. Obs stable. Pain 3/10 ({{score:3/10}}).
Incident report [[MRN:IR-2025-0623-04]] raised by HSE lead [[NAME:Teresa Cawaia]].
-- [[NAME:KM]]
""", summary="""
On [[DATE:23/06/2025]] offshore medic [[NAME:K. MacLeod]] treated rigger [[NAME:Edvaldo Ngunga]]'s crushed left ring finger with {{drug:Penthrox}}, a digital block and
{{drug:Flucloxacillin}} after telemedicine advice from Dr. [[NAME:Siobhan Doyle]], and sent him to [[ADDRESS:Luanda]] on the crew-change flight.
"""),

    dict(style="cruise_ship_medical", note="""
MS Aurora Serenade -- Medical Centre encounter
Guest: [[NAME:WHITFIELD, GRACE E.]]   Cabin 9214   Booking [[MRN:CSL-5530918]]   Age [[AGE:91]]   Nationality: UK
Date/time: [[DATE:14-Sep-2025]] 0215 (ship at sea, 1 day from [[ADDRESS:Ponta Delgada]])
Ship's doctor: Dr. [[NAME:Jean-Hugues Grondin]]   Nurse: [[NAME:Regis Fanchette]], RN

Called to cabin by husband [[NAME:Albert Whitfield]] ([[AGE:94]]). Mrs. [[NAME:Whitfield]] got up to the bathroom, fell, unable to get up. Sea state moderate.
Found on floor, alert, GCS 15 ({{score:GCS 15}}), c/o L hip pain. L leg shortened and externally rotated. No head strike per husband.
Obs: {{vital:BP 164/90}}, {{vital:HR 96}}, {{vital:SpO2 95%}}, BM {{lab:glucose 6.4}}. On {{drug:Xarelto}} {{dose:15 mg}} for AF, {{drug:bisoprolol}}, {{drug:Lasix}}.
Transferred by scoop stretcher to Medical Centre. IV access, {{drug:paracetamol}} {{dose:1 g}} IV, {{drug:morphine}} {{dose:2 mg}} IV x2 titrated, {{drug:ondansetron}} {{dose:4 mg}}.
Portable x-ray: displaced L femoral neck fracture. {{lab:Hb 118}}, {{lab:Na 133}}, {{lab:K 4.0}} (i-STAT).

Plan discussed with Captain and guest services: disembark on arrival at [[ADDRESS:Ponta Delgada]] 0800, ambulance to Hospital do Divino Espirito Santo;
port agent arranging. Husband will disembark with her; daughter [[NAME:Helen Whitfield-Barnes]] in [[ADDRESS:Guildford]] called ([[PHONE:+44 7700 900 318]]).
Travel insurer notified, claim ref [[MRN:AXA-UK-77410293]]. Last {{drug:Xarelto}} dose 2000 yesterday -- flagged for receiving team.
Mrs. [[NAME:Whitfield]] lucid, joking she wanted to see the Azores "but not like this".
[[NAME:JHG]]
""", summary="""
[[AGE:91]]-year-old cruise guest [[NAME:Grace Whitfield]] fell in her cabin on [[DATE:14-Sep-2025]] and sustained a displaced left femoral neck fracture while on
{{drug:Xarelto}}; she was disembarked at [[ADDRESS:Ponta Delgada]] with husband [[NAME:Albert Whitfield]].
"""),

    dict(style="cruise_ship_outbreak_report", note="""
MEDICAL CENTRE -- DAILY GI ILLNESS REPORT (Outbreak Prevention Plan, Level 2)

Voyage day 6 of 12. Onboard: 2,941 guests / 1,187 crew.

New cases last 24 h: guests 11, crew 3. Cumulative: guests 47 (1.6%), crew 9 (0.8%).
Symptoms: vomiting 71%, diarrhea 83%, fever >38.0 in 12%. Median duration 36 h. No hospital transfers.
Norovirus rapid test (RIDA QUICK) positive 4/6 samples; samples held for CDC VSP.

Treatment: oral rehydration; {{drug:ondansetron}} {{dose:4 mg}} ODT PRN for 29 cases; IV fluids x3 (two guests {{age:80}}+ with
orthostasis, one crew with {{lab:K 3.0}}, given {{drug:KCl}} {{dose:40 mEq}} PO).
Isolation: ill guests 48 h cabin isolation after last symptom; crew off duty 48 h, isolation in crew cabins deck 2.

Sanitation: Level 2 enhanced cleaning; self-service buffets converted to crew-served; hand wash stations at all dining entrances;
chlorine 1000 ppm on high-touch surfaces every 2 h; theatre shows continue with reduced seating.
Notification: VSP 24-hour report submitted; 4% threshold not met.
Next report 0800 tomorrow.
""", summary="""
A cruise ship medical centre reported 14 new gastroenteritis cases (norovirus positive on rapid testing), managed with {{drug:ondansetron}}, fluids and isolation,
under a Level 2 outbreak plan below the VSP notification threshold.
"""),

    dict(style="remote_clinic_radio_log", note="""
Lenakel Health Centre, [[ADDRESS:Tanna]] -- telephone/HF radio consult log

[[DATE:Wed 19 Feb 2025]], 2145. Nurse practitioner [[NAME:Hilda Tarilongi]] calling Vila Central Hospital O&G registrar Dr. [[NAME:Moses Natuman]]
on [[PHONE:+678 22 555]] ext [[PHONE:310]].

Pt: [[NAME:Serah Tabi]], {{age:23}}, G2P1, from [[ADDRESS:Imaki]] village (east [[ADDRESS:Tanna]]), walked + truck 5 h. ~36 wk by dates. Headache 2 days,
blurred vision today. {{vital:BP 168/112}}, repeat {{vital:162/110}}. Urine protein 3+. Reflexes brisk, clonus 2 beats.
FHR 148. No bleeding. Husband [[NAME:Jimmy Nafuki]] with her.
Advice: {{drug:magnesium sulfate}} {{dose:4 g}} IV over 20 min then {{dose:1 g/hr}} (nurse has 8 ampoules); {{drug:hydralazine}} {{dose:5 mg}} IV,
repeat BP in 20 min; IDC ({{eponym:Foley}}) for urine output; medevac first light -- Air Vanuatu charter requested via MoH duty officer
[[NAME:Leiwia Kalo]] ([[PHONE:5554410]]).

2230: {{vital:BP 148/98}}. Reflexes less brisk. No seizure. Mag running. Urine 40 mL/h.
0515 [[DATE:20/02]]: charter confirmed 0700 from [[ADDRESS:Whitegrass]] airfield. Family packing. Pt stable, {{vital:BP 146/94}}.
0710: departed with nurse escort [[NAME:Kalsakau Iauko]].
-- [[NAME:HT]]
""", summary="""
Nurse practitioner [[NAME:Hilda Tarilongi]] on [[ADDRESS:Tanna]] managed [[NAME:Serah Tabi]]'s severe preeclampsia at 36 weeks ({{vital:BP 168/112}}) on [[DATE:Wed 19 Feb 2025]] with
{{drug:magnesium sulfate}} and {{drug:hydralazine}} by radio advice from Dr. [[NAME:Moses Natuman]], then air medevac the next morning.
"""),

    dict(style="antarctic_station_medical", note="""
Station medical officer's log -- wintering season
SMO: Dr. [[NAME:Korbinian Gschwendtner]]  (station ext [[PHONE:2207]]; sat [[PHONE:+870 773 155 902]])

[[DATE:June 3]] -- Consult, [[NAME:Narspi Fedorova]] (station chef, {{age:41}}). Burn R forearm from oven tray, 4x6 cm superficial partial thickness,
blistered. Cooled 20 min on arrival (late). Deroofed large bulla, {{drug:silver sulfadiazine}} + non-adherent dressing. Pain 4/10 ({{score:4/10}}).
{{drug:Ibuprofen}} {{dose:400 mg}} TDS. Review daily. No work in kitchen 3 days -- [[NAME:Vroni Wimmer]] (field assistant) covering meals.

[[DATE:June 4]] -- [[NAME:Fedorova]] review: clean, no erythema. Redressed.

[[DATE:June 6]] -- Routine midwinter monthly checks, all 12 winterers: weights, BP within range except [[NAME:Alois Brandl]] (electrician)
{{vital:BP 152/96}} x2 -- known HTN, taking {{drug:ramipril}} {{dose:10 mg}} but stopped {{drug:amlodipine}} himself due to ankle swelling.
Restart at {{dose:2.5 mg}}. Sleep complaints x4 (polar night): sleep hygiene talk at Friday meeting, {{drug:melatonin}} {{dose:2 mg}} available.

[[DATE:June 9]] -- Telemed with BAS Medical Unit (Dr. [[NAME:Helen Pryce]], [[ADDRESS:Plymouth]]) re: [[NAME:Brandl]] BP and burn photos; agree with plan.
Pharmacy stock check: {{drug:ceftriaxone}} 10 g remaining, {{drug:morphine}} CD register correct (countersigned [[NAME:N.F.]]).
""", summary="""
The Antarctic station doctor, Dr. [[NAME:Korbinian Gschwendtner]], treated chef [[NAME:Narspi Fedorova]]'s forearm burn on [[DATE:June 3]], restarted {{drug:amlodipine}}
for electrician [[NAME:Alois Brandl]] ({{vital:BP 152/96}}), and reviewed the plan by telemedicine on [[DATE:June 9]].
"""),
]
