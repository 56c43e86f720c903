NOTES = [
    dict(style="polst_form", note="""
HAWAII PROVIDER ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST) - scanned copy, indexed [[DATE:02/18/2025]] by [[NAME:mkealamakia]]
Patient Last Name: [[NAME:KAHALE]]     First: [[NAME:PUALANI]]     MI: [[NAME:K]]
DOB: [[DATE:10/04/1932]]   Age: [[AGE:92]]   MRN: [[MRN:000-77-1834]]
Address: [[ADDRESS:41-221 Kalanianaole Hwy, Waimanalo HI 96795]]

Section A  CPR: [X] Do Not Attempt Resuscitation (DNR)
Section B  Medical Interventions: [X] Limited Additional Interventions - IV fluids, antibiotics, BiPAP; no intubation; transfer to hospital only if comfort needs cannot be met at home
Section C  Artificial Nutrition: [X] No artificial nutrition by tube
Section D  Discussed with: [ ] Patient  [X] Legal surrogate - [[NAME:Keoni Kahale]] (son, agent under AHCD)  [[PHONE:808-555-0131]]
Basis: advanced {{eponym:Alzheimer}} dementia ({{score:FAST 7a}}), HFrEF ({{lab:EF 25%}}), {{score:PPS 30%}}

Physician/APRN: [[NAME:Noelani Kealoha]], MD   License [[MRN:MD-18842]]   Phone [[PHONE:808-555-0107]]   Date [[DATE:2/14/2025]]
Surrogate signature: [[NAME:Keoni K. Kahale]]   Date [[DATE:02/14/2025]]
Copy sent to: Hope Hospice (fax [[PHONE:808-555-0190]]); original stays with patient - on the refrigerator per family. ~[[NAME:nk]]
""", summary="""
[[NAME:Pualani Kahale]], [[AGE:92]], has a Hawaii POLST signed [[DATE:02/14/2025]] by her son [[NAME:Keoni Kahale]] and Dr. [[NAME:Kealoha]]: DNR, limited interventions and no tube feeding. The basis is advanced {{eponym:Alzheimer}} dementia and HFrEF with {{score:PPS 30%}}.
"""),

    dict(style="chaplaincy_note", note="""
SPIRITUAL CARE NOTE (dictated)
Dictated [[DATE:03/22/2025]] 16:40   Transcribed [[DATE:03/22/2025]] 18:05 by [[NAME:TKW]]

This is chaplain [[NAME:blessing oduya]] dictating a spiritual care visit for patient [[NAME:Malietoa Fa'amausili]], spelled [[NAME:F-A apostrophe A-M-A-U-S-I-L-I]], medical record number [[MRN:F as in Frank zero zero seven two two nine one]]. Referral came from [[NAME:Kekoa]], charge nurse on 5 West, after the family meeting with Dr. [[NAME:Leota]] this morning. Patient is a {{age:78}}-year-old Samoan matai now on comfort measures, {{drug:morphine}} infusion at {{dose:2 mg per hour}}, {{score:RASS minus 3}}. Roughly fourteen family members at bedside including his wife [[NAME:Sina]], daughters [[NAME:Lagi]] and [[NAME:Mele]], son [[NAME:Pesa]], and their minister, Reverend [[NAME:Tavita Sefo]] of the Samoan Congregational church in [[ADDRESS:Wahiawa]]. The family sang hymns in Samoan and Rev. [[NAME:Seffo]] led a lotu. I offered a blessing at [[NAME:Sina]]'s request and anointed with oil. Daughter [[NAME:Lagi]] asked that his body not be moved after death until his brother arrives from [[ADDRESS:Pago Pago]] on [[DATE:Monday the 24th]]; I let [[NAME:Kekoa]] and the house supervisor, [[NAME:Dawn Makanani]], know. Wife tearful but states "he is ready, we are at peace." Plan: follow up tomorrow; chaplain on call overnight is [[NAME:Jack Tuimavave]], pager [[PHONE:4417]].
end of dictation
""", summary="""
Chaplain [[NAME:Blessing Oduya]] visited [[NAME:Malietoa Fa'amausili]], {{age:78}}, on comfort measures, with family and Rev. [[NAME:Tavita Sefo]] at the bedside. The family asked that the body not be moved until his brother arrives from [[ADDRESS:Pago Pago]] on [[DATE:Monday the 24th]], and [[NAME:Kekoa]] and [[NAME:Dawn Makanani]] were told.
"""),

    dict(style="social_work_note", note="""
SW Psychosocial Assessment    [[DATE:04/08/2025]] 1420    SW: [[NAME:Tiana Broussard]], LCSW ([[NAME:tbroussard]])
Pt: [[NAME:JEFFERSON, LATOYA N]]   {{age:46}}F   MRN [[MRN:71190348]]   FIN [[MRN:2250098813]]   Rm 9E-14
Referral: [[NAME:Thibodeaux]] (hospitalist) - housing insecurity; {{eponym:Crohn}} flare on {{drug:prednisone}} {{dose:40 mg}}.

- Lives w/ 2 kids ([[NAME:Ja'Naya]] {{age:12}}, [[NAME:Trey]] {{age:9}}) in extended-stay motel on [[ADDRESS:Airline Hwy]], [[ADDRESS:Metairie]]. Evicted from apt in [[ADDRESS:Gretna]] [[DATE:2/28]].
- Income: lost job in hospital dietary after missed shifts. SNAP active. Medicaid ID [[MRN:1004-772-5561]] (Healthy Blue).
- Support: mother [[NAME:Earline Jefferson]] ([[PHONE:504-555-0152]]) keeps kids while pt inpatient. Friend "[[NAME:Peaches]]" ([[NAME:Tanisha Guidry]]) drives.
- {{score:PHQ-9 = 14}}; denies SI. {{score:GAD-7 = 11}}.
- Pt tearful, "I can't lose my babies over this." Strong coping, very involved parent.

Plan: Unity rapid rehousing referral sent; Medicaid transport set up for GI f/u w/ [[NAME:Boudreaux]] [[DATE:4/22]]; FMLA/short-term disability forms to [[NAME:Thibodeaux]] to sign. [[NAME:Thibodeaux]] aware. -[[NAME:tb]]
""", summary="""
SW [[NAME:Tiana Broussard]] assessed [[NAME:Latoya Jefferson]], {{age:46}}, admitted with a {{eponym:Crohn}} flare and living in a motel in [[ADDRESS:Metairie]] with two children after eviction; {{score:PHQ-9 = 14}}. Rehousing, Medicaid transport and disability forms were arranged, and [[NAME:Thibodeaux]] is aware.
"""),

    dict(style="complaint_record", note="""
PATIENT RELATIONS - GRIEVANCE RECORD
Received: [[DATE:01/13/2025]] by phone   Entered by: [[NAME:kbaptiste]]   Last edited by: [[NAME:jprice]] [[DATE:01/16/2025]]
Patient: [[NAME:PRITCHETT, LINCOLN D]]   MRN [[MRN:4028817]]   Acct [[MRN:880-1124-7]]   Unit: 6 North
Complainant: [[NAME:Savannah Pritchett-Okoye]] (daughter), [[PHONE:678-555-0114]], [[EMAIL:savannah.okoye@outlook.com]]

Concern: Daughter states her father ({{age:84}}, {{eponym:Parkinson}} disease) had a {{eponym:Foley}} catheter placed in the ED on [[DATE:1/9]] and no one removed it for 4 days despite her asking; he developed a UTI and delirium. She states the night nurse "[[NAME:Foley]] or [[NAME:Folley]], the tall one" told her it was "easier for everyone" to leave it in. She also states his {{drug:carbidopa-levodopa}} {{dose:25/100}} doses were late on [[DATE:1/10]] and [[DATE:1/11]] ("he froze up and couldn't swallow breakfast").

Investigation: Chart reviewed with unit manager [[NAME:Bishop]]. Catheter order had no stop date; CAUTI bundle not followed. {{drug:Levodopa}} given 2-3 hours late x4 per MAR. Spoke with RN [[NAME:Desmond Foley]] [[DATE:01/15]] - states catheter was continued for "strict I&O" but no order found. Education given; time-critical med list posted on unit.

Response: Letter mailed [[DATE:01/20/2025]] to [[ADDRESS:212 Redbud Ct, Stone Mountain GA 30083]]. Daughter satisfied per call [[DATE:01/21]]. Closed. -[[NAME:kb]]
""", summary="""
[[NAME:Savannah Pritchett-Okoye]] complained that her father [[NAME:Lincoln Pritchett]]'s {{eponym:Foley}} catheter stayed in four days after [[DATE:1/9]], with UTI and delirium, and that his {{drug:carbidopa-levodopa}} was late. Review with [[NAME:Bishop]] confirmed no stop date and late doses; RN [[NAME:Desmond Foley]] was educated and a letter went out [[DATE:01/20/2025]].
"""),

    dict(style="advance_directive", note="""
ADVANCE DIRECTIVE FOR HEALTH CARE (Georgia statutory form) - abstracted by HIM, scanned [[DATE:09/30/2024]] by [[NAME:dgrantham]]

Declarant: [[NAME:Winsome Beverley Thompson-Clarke]]   DOB [[DATE:12/05/1949]]   MRN [[MRN:20-66183]]
Address: [[ADDRESS:3470 Old Norcross Rd, Apt 12C, Duluth GA 30096]]

PART ONE - Health care agent: [[NAME:Desmond A. Clarke]] (husband), cell [[PHONE:470-555-0163]]
  Back-up agent: [[NAME:Shereen Thompson]] (daughter), [[ADDRESS:Kingston, Jamaica]], [[PHONE:+1 876 555 0144]]
  Agent may: consent to or refuse any care; admit to a nursing home; authorize autopsy; donate organs.
PART TWO - Treatment preferences: If I have a terminal condition or am in a state of permanent unconsciousness, I do NOT want CPR, a breathing machine, or tube feeding. I DO want medicine for pain even if it shortens my life. "I am a member of Bethel Seventh-day Adventist; please call Pastor [[NAME:Fitzgerald Ebanks]]."
PART THREE - Guardian, if ever needed: [[NAME:Desmond A. Clarke]].
Signed: [[NAME:W. B. Thompson-Clarke]]   Date: [[DATE:9/12/2024]]
Witness 1: [[NAME:Jamal Price]]   Witness 2: [[NAME:Dawn R. Mitchell]]
Notary: [[NAME:Precious A. Lyles]], [[ADDRESS:Gwinnett County]], commission expires 04/2027
""", summary="""
[[NAME:Winsome Thompson-Clarke]]'s advance directive of [[DATE:9/12/2024]] names her husband [[NAME:Desmond Clarke]] as agent and daughter [[NAME:Shereen Thompson]] as back-up. She declines CPR, ventilation and tube feeding in terminal illness and asks that Pastor [[NAME:Fitzgerald Ebanks]] be called.
"""),

    dict(style="chaplaincy_note", note="""
Spiritual Care - brief visit
Unit: MICU. Referral: routine (ICU stay > 72 h).
Pt intubated, {{score:RASS -2}}, on {{drug:propofol}} and {{drug:Levophed}}; {{eponym:Foley}} and {{eponym:Swan-Ganz}} in place. No family at bedside. Spiritual preference in EHR: Baptist.
Offered silent prayer and read Psalm 23 aloud at bedside; RN reports pt calmer with familiar voices and music.
Left Spiritual Care card and a prayer shawl for family.
Will return this evening when family expected; on-call chaplain to follow if pt declines overnight.
Ethics not needed at this time. Code status: Full Code.
""", summary="""
A chaplain visited an intubated MICU patient on {{drug:propofol}} and {{drug:Levophed}} with no family present, offered prayer and Psalm 23, and left a card. Follow-up is planned for the evening when family arrives.
"""),

    dict(style="social_work_note", note="""
SOCIAL WORK - Transplant Psychosocial Evaluation (Kidney)
Date: [[DATE:10/21/2024]]   SW: [[NAME:Lupe Havea]], MSW   Interpreter: [[NAME:Siosaia Latu]] (Tongan), badge #[[MRN:I-2291]], in person

Candidate: [[NAME:Viliami Moala Vaipulu]], {{age:58}}, in-center HD MWF since 2022; MRN [[MRN:5531-2008]].
Born in [[ADDRESS:Vava'u]]; came to [[ADDRESS:Honolulu]] 1998. Lives w/ wife [[NAME:'Ofa]], 3 adult children, 2 grandkids in [[ADDRESS:Ewa Beach]]. Primary language Tongan; reads some English.
Caregiver plan: wife [[NAME:'Ofa]] (primary) and daughter [[NAME:Kalolaine]] "[[NAME:Kala]]" [[NAME:Vaipulu-Fifita]] (backup, works nights). [[NAME:Kala]]'s cell [[PHONE:808-555-0127]].
Support: Free Wesleyan Church - Rev. [[NAME:Sione Halaholo]] visits weekly.
Adherence: missed 2 HD sessions in Sept for a family funeral in [[ADDRESS:Neiafu]] (left [[DATE:6 Sepitema]], back [[DATE:20 Sepitema]] per passport stamps); otherwise good. IDWG {{lab:2.5 kg}}.
Substances: kava socially at church; no alcohol or tobacco.
Finances: Medicare A/B (MBI [[MRN:7FJ3-WK8-TR44]]) + Med-QUEST. Son [[NAME:Tevita]] drives to appts.
Concerns: wife worries about living donation from [[NAME:Tevita]]; family prefers to "wait for God's time."
Assessment: adequate support; recommend approval pending caregiver class. Discussed w/ Dr. [[NAME:Kauwila-Ng]] (nephrology) - agrees.
""", summary="""
SW [[NAME:Lupe Havea]] evaluated [[NAME:Viliami Vaipulu]], {{age:58}}, for kidney transplant with interpreter [[NAME:Siosaia Latu]]; wife [[NAME:'Ofa]] and daughter [[NAME:Kala]] are the caregivers. Support was judged adequate pending a caregiver class, and Dr. [[NAME:Kauwila-Ng]] agrees.
"""),

    dict(style="complaint_record", note="""
PALS CONTACT RECORD - telephone
Date/time: [[DATE:14/02/2025]] 11:20   Taken by: [[NAME:Comfort Adeyemi]] (PALS Officer)
Caller: Mr [[NAME:Delroy Hinds]], son of patient   Tel: [[PHONE:07700 900 216]]
Patient: Mrs [[NAME:Novelette HINDS]], DOB [[DATE:30/07/1936]], NHS No. [[MRN:943 476 5919]], Ward 7B (Elderly Care)

Concern: Mr [[NAME:Hinds]] says his mother ({{age:88}}) has not had her hair washed or been got out of bed since admission on [[DATE:Sunday 9th Feb]]. She is diabetic and he found her {{lab:BM 2.8}} at visiting on [[DATE:12/02]] with no one checking. He says Staff Nurse [[NAME:Bo Yeboah]] told him "she's just confused, that's her age", and he wants to speak to the consultant, Dr [[NAME:Ng]]. His mother's church minister, Bishop [[NAME:Errol Fagan]], wishes to visit out of hours.
Actions: Emailed Ward 7B sister (Sister [[NAME:A. Cross]]) 11:35 - asked for hypo review and DATIX if indicated. Bishop [[NAME:Fagan]]'s visit approved by Matron [[NAME:May Okafor]]. Dr [[NAME:Ng]]'s secretary to call Mr [[NAME:Hinds]] by [[DATE:17/02]]. Call-back to Mr [[NAME:Hinds]] 15:05 - he may accept informal resolution, agreed plan.
Outcome: Informal resolution. Follow-up [[DATE:21/02]]. [[NAME:CA]]
""", summary="""
[[NAME:Delroy Hinds]] called PALS about poor basic care and an unchecked {{lab:BM 2.8}} for his mother [[NAME:Novelette Hinds]], {{age:88}}, and a dismissive remark by [[NAME:Bo Yeboah]]. Sister [[NAME:Cross]] was asked to review, Bishop [[NAME:Fagan]]'s visit was approved and Dr [[NAME:Ng]]'s secretary will call by [[DATE:17/02]].
"""),

    dict(style="social_work_note", note="""
Palliative Care SW Note - POLST review    [[DATE:Thurs 8/14/2025]]
Pt: [[NAME:Ernestine]] "[[NAME:Teeny]]" [[NAME:Walker-Hollis]], {{age:79}}, MRN [[MRN:662-10-4470]], Rm 412B. Dx metastatic breast CA to bone/liver, {{score:ECOG 3}}, {{score:PPS 40%}}.
Present: pt, daughter [[NAME:Faith Hollis]] (agent per AHCD 2019), granddaughter [[NAME:Madison]], Dr. [[NAME:Akinyemi-Rhodes]], Chaplain [[NAME:Solomon Grant]], this SW.
Pt had a Full Treatment POLST from 3/2024 (outside health system). Today, with [[NAME:Faith]] putting her mother's wishes into "plain talk," pt stated "I want to go home and I don't want them pounding on my chest."
New CA POLST completed: Section A DNR; Section B Selective Treatment (IV abx/fluids OK, no ICU, no intubation); Section C no tube feeding, trial of IV fluids.
Signed by pt (mark "X", witnessed by [[NAME:Grant]]) and Dr. [[NAME:Akinyemi-Rhodes]]. Old form voided, marked VOID and scanned.
Pt asked that her pastor at Greater Ward AME in [[ADDRESS:Pomona]] be notified - [[NAME:Faith]] to call. Hospice referral to VITAS placed; intake nurse [[NAME:Monique]] will call [[NAME:Faith]] at [[PHONE:(909) 555-0158]].
[[NAME:faith]] expressed relief - "we prayed on it and we have peace." Pt's faith is central; she asked for a large-print Bible.
- [[NAME:D. Broadnax]], LCSW
""", summary="""
Palliative SW documented a new POLST on [[DATE:8/14/2025]] for [[NAME:Ernestine Walker-Hollis]], {{age:79}}, with metastatic breast cancer: DNR, selective treatment and no tube feeding, replacing a Full Treatment form. Her daughter and agent [[NAME:Faith Hollis]] will notify her pastor, and hospice intake will call her.
"""),

    dict(style="chaplaincy_note", note="""
CHAPLAINCY - Spiritual Assessment (FICA)   [[DATE:10/18/2025]] 09:30   by [[NAME:S. Ramnarine]], MDiv ([[NAME:sramnarine]])
Patient: [[NAME:Kamaldeo]] "[[NAME:Dave]]" [[NAME:Sookdeo]], {{age:71}}M, MRN [[MRN:0045517763]], 8 West - s/p {{eponym:Whipple}} POD 4.
F - Faith: Sanatan Dharma (Hindu); grew up in [[ADDRESS:Penal]], Trinidad; now attends a mandir in [[ADDRESS:Richmond Hill]].
I - Importance: "Prayer is my medicine." Does morning jhandi puja at home; worried he will miss Divali on [[DATE:Oct 20]] with the grandkids.
C - Community: Pundit [[NAME:Ramesh Persad-Maharaj]] ([[PHONE:718-555-0175]]). Wife [[NAME:Indra]] and son [[NAME:Vishnu]] (lives in [[ADDRESS:Ozone Park]]) visit daily.
A - Address in care: requests a deya (small oil lamp) - explained fire policy, offered LED deya; vegetarian diet order placed with dietary (per PA [[NAME:Hunter]]); wishes to keep sacred thread (janeu) on during procedures - communicated to RN, OK per Dr. [[NAME:Lalla]].
Interventions: prayer with pt and [[NAME:Indra]]; Hanuman Chalisa played from phone. {{score:Pain 3/10}} on {{drug:hydromorphone}} PCA.
Plan: follow daily; Pundit [[NAME:Persad-Maharaj]] may do a short puja at bedside on [[DATE:10/20]] - cleared by charge RN [[NAME:Sunny Dookie]]. ~[[NAME:sr]]
""", summary="""
Chaplain [[NAME:S. Ramnarine]] completed a FICA assessment for [[NAME:Kamaldeo Sookdeo]], {{age:71}}, a Hindu patient on POD 4 after a {{eponym:Whipple}}, who fears missing Divali on [[DATE:Oct 20]]. An LED deya, vegetarian diet and a bedside puja by Pundit [[NAME:Persad-Maharaj]] were arranged.
"""),

    dict(style="social_work_note", note="""
CM/SW WEEKEND SIGN-OUT   [[DATE:Sat 11/8/2025]]   (from [[NAME:AB]] to weekend SW, pager [[PHONE:6631]])
Rm | Pt              | Dx                               | Dispo / issue                                                   | Owner
4  | [[NAME:Okonkwo]]         | CHF exac, {{lab:BNP 2140}}               | SNF - bed offer Brookdale, needs auth (Humana ref [[MRN:88120347]])    | [[NAME:AB]]
7  | [[NAME:Tuilagi]]         | {{eponym:Guillain-Barre}}                   | IPR? son [[NAME:Junior]] ([[PHONE:973-555-0119]]) wants closer to home      | [[NAME:KW]]
11 | [[NAME:Brown, Precious]] | sickle cell VOC                  | home Sun w/ mom; needs bus pass                                 | [[NAME:AB]]
12 | [[NAME:Kealoha]]         | ESLD, {{score:MELD 31}}                     | hospice eval; wants to die at home on [[ADDRESS:Maui]] ([[ADDRESS:Hana]])          | [[NAME:ms]]
15 | [[NAME:Price]]           | PNA, {{vital:SpO2 89%}} RA                  | home O2 qualifies - Apria order in, deliver to daughter's in [[ADDRESS:Irvington]] | [[NAME:KW]]
18 | [[NAME:King, Dallas]]    | EtOH w/d, {{score:CIWA 14}}                 | shelter bed held til Mon; AMA risk                              | [[NAME:ms]]
22 | [[NAME:Mahabir]]         | s/p fall, SDH                    | APS case open (#[[MRN:24-3380-77]]); nephew [[NAME:Ravi]] NOT to visit per pt   | [[NAME:AB]]
[[NAME:Adeyemi]] to see Rm 22 Sun AM re: APS. [[NAME:Dupree]] aware re [[NAME:King]] AMA risk. Call [[NAME:Thompson]] (on-call MD) for any dispo change. -[[NAME:AB]]
""", summary="""
The weekend SW sign-out for [[DATE:11/8/2025]] lists seven patients, including [[NAME:Okonkwo]] awaiting SNF authorization, [[NAME:Kealoha]] wanting hospice on [[ADDRESS:Maui]] and [[NAME:Mahabir]] with an open APS case. [[NAME:Adeyemi]] will see Rm 22 on Sunday and [[NAME:Dupree]] is aware of [[NAME:King]]'s AMA risk.
"""),

    dict(style="complaint_record", note="""
Patient Relations - web complaint form
Submitted: [[DATE:2025-03-03]] 23:58   Routed: [[DATE:2025-03-04]] 08:02 (auto) -> prel_queue; assigned to [[NAME:dkealoha]]
Name given: [[NAME:june rose tillery]]     phone: [[PHONE:314 555 0186]]    email: [[EMAIL:junebug.tillery@gmail.com]]
Patient (if different): my son [[NAME:Hunter Tillery-Mack]], dob [[DATE:11-19-2003]]

message:
my son has {{eponym:Crohn's}} and was in your ER friday night with bloody diarrhea and pain {{score:9/10}}. we waited 7 hours in the lobby he almost passed out and nobody rechecked his vitals even tho his heart rate was {{vital:128}} at triage. when we finally got back the doctor, dr [[NAME:white]] i think, was nice and said his white count was high, but the nurse (name tag said [[NAME:PAGE]] or [[NAME:PAIGE]]) rolled her eyes when i asked for a blanket. he got admitted and is doing better now on the {{drug:Entyvio}}. i know you are busy but this is not ok. i will be writing to the state too. - [[NAME:june]]

Log:
[[DATE:03/04]] 08:40 [[NAME:dkealoha]] - ack letter emailed; case to ED nurse mgr ([[NAME:tgrant]]) and Dr. [[NAME:White]].
[[DATE:03/06]] 14:10 [[NAME:tgrant]] - reviewed: door-to-room 6h52m, repeat vitals not done x2 (policy q2h). RN [[NAME:Paige Oduya]] counseled; ED huddle re: waiting-room reassessment.
[[DATE:03/07]] 09:15 [[NAME:dkealoha]] - called [[NAME:june]] [[PHONE:314-555-0186]], apologized, explained changes; mother asked that [[NAME:white]] (dr) be thanked. Closed.
""", summary="""
[[NAME:June Tillery]] complained that her son [[NAME:Hunter Tillery-Mack]], who has {{eponym:Crohn's}} disease, waited 7 hours in the ED with a heart rate of {{vital:128}} and no repeat vitals. Review by [[NAME:tgrant]] confirmed missed reassessments; RN [[NAME:Paige Oduya]] was counseled and the case closed [[DATE:03/07]].
"""),

    dict(style="ethics_consult", note="""
ETHICS CONSULTATION - summary of recommendations
Question: Who may consent to withdrawal of ventilator support for an unrepresented, incapacitated adult with no advance directive and no POLST?
Background: MICU day 19 after out-of-hospital cardiac arrest; anoxic brain injury on MRI, absent N20 responses on SSEP x2, {{score:GCS 3T}} off sedation > 72 h. No family located despite SW search (DMV, prior records, Salvation Army, shelter lists, police welfare check).
Recommendations:
1. Per hospital policy ADM-114 and state statute, the unrepresented-patient process applies: two attending physicians concur, plus Ethics Committee review.
2. Continued ventilation is not expected to achieve the patient's likely goals; transition to comfort-focused care is ethically permissible.
3. Continue the surrogate search 48 h more and document all efforts.
4. Palliative Care to manage symptoms ({{drug:morphine}}, {{drug:glycopyrrolate}}); Chaplaincy to offer a blessing at extubation.
5. Medical Examiner notification per county rules after death.
""", summary="""
An ethics consult for an unrepresented patient with anoxic brain injury ({{score:GCS 3T}}) found withdrawal of ventilation ethically permissible after two-physician concurrence and committee review. The surrogate search continues 48 hours, with Palliative Care and Chaplaincy support.
"""),

    dict(style="chaplaincy_note", note="""
Chaplain Progress Note   [[DATE:Tues 12/9/2025]]   Oncology 4 South
[[NAME:Hope Ellington]] ({{age:52}}, AML relapsed after {{drug:venetoclax}}/{{drug:azacitidine}}) asked to see a chaplain after Dr. [[NAME:Grace Mbeki-Stone]] told her this morning that further chemo is unlikely to help. Sister [[NAME:Faith]] (her sister, not a religious title) and cousin [[NAME:Rich]] at bedside.
[[NAME:Hope]] stated she has "lost hope in the treatment, not in God." She grew up in the Church of God in Christ in [[ADDRESS:Clarksdale]] and says grace before every meal, even the hospital trays. [[NAME:Faith]] asked whether it is wrong to still pray for a miracle; we talked about holding hope and honest preparation together. [[NAME:Rich]] (quiet, stepped out twice) shared that their mother died on this same floor in 2011.
Offered prayer and anointing; pt asked for "Blessed Assurance" - sang with family.
[[NAME:Hope]] would like her pastor, Elder [[NAME:Marcus Young]], to visit; number given by [[NAME:Faith]]: [[PHONE:662-555-0197]]. Discussed advance directive - pt wants [[NAME:Faith]] as agent; SW [[NAME:Dupree]] to bring forms tomorrow.
Plan: revisit [[DATE:12/10]]; notify Palliative (Dr. [[NAME:Oh]]) re: goals conversation.
- Chaplain [[NAME:J. Marquis Bell]] (page [[PHONE:5512]])
""", summary="""
Chaplain [[NAME:Bell]] saw [[NAME:Hope Ellington]], {{age:52}}, with relapsed AML after she learned further chemo is unlikely to help; sister [[NAME:Faith]] and cousin [[NAME:Rich]] were present. Prayer and a hymn were offered, [[NAME:Faith]] is to be named agent, and Palliative (Dr. [[NAME:Oh]]) will be updated.
"""),

    dict(style="social_work_note", note="""
SOCIAL WORK NOTE - Suspected financial exploitation / APS report
Date: [[DATE:06/27/2025]]   Author: [[NAME:Keisha Ambrose]], LCSW   cosigned [[NAME:LM]]
Pt: [[NAME:Cyril Augustus Brathwaite]], DOB [[DATE:03/03/1940]], MRN [[MRN:3308-5521]], adm [[DATE:6/24]] w/ dehydration, {{lab:Na 151}}, {{lab:Cr 2.4}} (baseline {{lab:1.1}}).
[[NAME:Brathwaite]], {{age:85}}, Jamaican-born widower living alone at [[ADDRESS:1907 Tuxedo Ave, Parkville MD 21234]]. Alert, oriented x3, {{score:SLUMS 24}}.
Per pt, grand-nephew "[[NAME:Tiny]]" ([[NAME:Andre Brathwaite]], 30s) moved in in March and took over his bank card and Social Security deposits (SSN on file ends [[SSN:4471]]). Pt states his rent check bounced and the power was cut off on [[DATE:June 2]]. Pt tearful: "I raise that boy." Niece [[NAME:Marjorie Brathwaite-Lindo]] ([[ADDRESS:Ocho Rios]], [[PHONE:+1 876 555 0121]]) called PCP Dr. [[NAME:Eze]] with concerns last week.
Pt agrees to APS report; wants nephew out but "no police."
Actions: APS report filed by phone [[DATE:06/27]] 14:05, intake worker Ms. [[NAME:Gaye Ricketts]], ref #[[MRN:B-25-061904]]. Bank fraud line called with pt. Utility medical certificate faxed. PT/OT: {{score:Tinetti 17/28}}.
Plan: no discharge to prior living arrangement until APS safety plan in place. d/w [[NAME:JR]] (attending) - agrees. Vitals stable per [[NAME:LM]].
""", summary="""
SW [[NAME:Keisha Ambrose]] filed an APS report on [[DATE:06/27]] for [[NAME:Cyril Brathwaite]], {{age:85}}, admitted with dehydration ({{lab:Na 151}}), whose grand-nephew [[NAME:Andre Brathwaite]] allegedly took control of his money. Discharge home is on hold until APS sets a safety plan; [[NAME:JR]] agrees.
"""),

    dict(style="advance_directive", note="""
ADVANCE HEALTH-CARE DIRECTIVE - State of Hawai'i form (scanned; abstract for chart)
Principal: [[NAME:KA'AIHUE, 'OKALANI MAPUANA]]   DOB [[DATE:1/30/1947]]   MRN [[MRN:89-1102-44]]
Address: [[ADDRESS:68-3610 Kaualoa St, Waikoloa HI 96738]]
Part 1 - Agent: [[NAME:Kawika Ka'aihue]] (brother), [[ADDRESS:Hilo]], [[PHONE:808-555-0183]]. Alternate: [[NAME:Leimomi Ka'aihue-Pa]] (niece), [[EMAIL:kaaihuepa.leimomi@hawaiiantel.net]]
Part 2 - Instructions: "If I am dying, let me go with no machines. I want to be home on [[ADDRESS:Hawai'i Island]], near the ocean. Play my Aunty [[NAME:Mahina]]'s slack key." [X] Do not prolong life if (a) incurable and irreversible condition, (b) unconscious and unlikely to regain consciousness, (c) burdens outweigh benefits.
Relief from pain: wants comfort care even if it hastens death. Ho'oponopono requested if family conflict - Kahu [[NAME:Daniel Kaleikini]] to lead.
Part 3 - Organ donation: any needed organs/tissues.
Part 4 - Primary physician: Dr. [[NAME:Keala Yu]], North Hawai'i Community Hospital.
Signed [[DATE:3/8/2023]]. Witnesses: [[NAME:Pilialoha Kanahele]], [[NAME:Jo Ann Kaupu]]. Not notarized (not required in HI).
Reviewed with pt [[DATE:11/2/2025]] by Case Management ([[NAME:cm_bkahananui]]): still reflects her wishes.
""", summary="""
[[NAME:'Okalani Ka'aihue]]'s advance directive signed [[DATE:3/8/2023]] names her brother [[NAME:Kawika Ka'aihue]] as agent, declines life-prolonging machines and asks for comfort care, organ donation and ho'oponopono led by Kahu [[NAME:Daniel Kaleikini]]. It was reviewed with her on [[DATE:11/2/2025]] and still reflects her wishes.
"""),

    dict(style="complaint_record", note="""
PATIENT RELATIONS - VOICEMAIL (auto-transcribed, uncorrected)   rec'd [[DATE:07/01/2025]] 07:12
"Yes good morning my name is [[NAME:jordan baptiste]] that's [[NAME:B A P T I S T E]] calling about my mother [[NAME:Marguerite Baptiste]], her account number is [[MRN:A as in apple four four seven zero nine one two]]. She was seen in the cardiology clinic by doctor [[NAME:wren]] on [[DATE:june twenty third]] and she was told her echo would be read in two days and nobody has called. Dr. [[NAME:Ren]]'s office phone just rings and rings. She is taking the {{drug:Entresto}} and the {{drug:Farxiga}} and she's dizzy, her pressure was {{vital:92 over 58}} this morning. Please have somebody call me back at [[PHONE:five zero four, five five five, zero one nine three]]. Thank you."
Transcription note ([[NAME:mtaufa]]): "doctor [[NAME:wren]]" / "Dr. [[NAME:Ren]]" = Dr. [[NAME:Lauren Wrenn]], Cardiology. Acct verified [[DATE:7/1]] as [[MRN:A4470912]].
[[DATE:07/01/2025]] 09:30 [[NAME:mtaufa]] - forwarded to [[NAME:Wrenn]]'s nurse [[NAME:Ty Mahoe]] as urgent (dizziness).
[[DATE:07/01/2025]] 11:05 [[NAME:Ty Mahoe]], RN - spoke w/ [[NAME:Jordan]]; echo shows {{lab:EF 35%}} (improved from {{lab:25%}}). Dizziness reviewed w/ [[NAME:Wrenn]]: reduce {{drug:Entresto}} to {{dose:24/26 mg}} BID. Appt [[DATE:7/8]].
""", summary="""
[[NAME:Jordan Baptiste]] left a voicemail that his mother [[NAME:Marguerite Baptiste]] had no echo result from Dr. [[NAME:Wrenn]] and is dizzy on {{drug:Entresto}} with BP {{vital:92 over 58}}. Nurse [[NAME:Ty Mahoe]] called back with {{lab:EF 35%}}, reduced {{drug:Entresto}} to {{dose:24/26 mg}} and booked a visit on [[DATE:7/8]].
"""),

    dict(style="social_work_note", note="""
SW Note - Death / Bereavement / Disposition   [[DATE:04/28/2025]] 2215
Pt [[NAME:Fuimaono Tauiliili Leaupepe]], {{age:67}}M, MRN [[MRN:4419-0076]], expired 2141 on 3 East (time of death per Dr. [[NAME:Lavea]]). Not an ME case: ME investigator [[NAME:Makoa Pahia]] called 2150, declined jurisdiction, ME #[[MRN:25-01177]].
Family present: wife [[NAME:Fetu]], sons [[NAME:Ioane]] and [[NAME:Sefa]], daughter [[NAME:Losa]], ~20 extended family, and Faife'au (pastor) [[NAME:Mose Ale]]. Family sang pese; prayer led by Faife'au [[NAME:Ale]].
Disposition: family chose Borthwick Mortuary; body to be flown to [[ADDRESS:Apia]] for burial on family land in [[ADDRESS:Falealupo]], [[ADDRESS:Savai'i]]. Son [[NAME:Sefa]] ([[PHONE:808-555-0124]]) is point of contact; wants death certificate expedited - flight booked [[DATE:5 Me]] (Samoan calendar on family printout) = [[DATE:5/5]].
Family request: to dress pt in his ie lavalava and 'ula before transport - OK per nursing sup. [[NAME:Lehua Keawe]].
Organ/tissue: Legacy of Life notified 2148, ref [[MRN:LL-88413]]; pt not a candidate.
Bereavement packet given. Chaplain on call ([[NAME:Ivy Akana]]) present. Family thanked staff - "you treated him like a chief." -[[NAME:fl]]
""", summary="""
SW documented the death of [[NAME:Fuimaono Leaupepe]], {{age:67}}, on [[DATE:04/28/2025]]; the ME declined jurisdiction and family were present with Faife'au [[NAME:Mose Ale]]. The body will be flown to [[ADDRESS:Apia]] for burial, son [[NAME:Sefa]] is the contact, and the flight is on [[DATE:5/5]].
"""),

    dict(style="chaplaincy_letter", note="""
Spiritual Care & Bereavement Service - copy of letter to record
[[DATE:4 August 2025]]

Mrs [[NAME:Marcia Ogunbanjo-Pryce]]
[[ADDRESS:Flat 9, Carrow Court]]
[[ADDRESS:Wandsworth Road]]
[[ADDRESS:London SW8 2TE]]

Dear [[NAME:Marcia]],
It is now six weeks since your husband [[NAME:Kofi]] died on Ward 12 (on [[DATE:22 June]]), and I wanted to write, as I promised when we sat together in the family room with your daughters [[NAME:Abena]] and [[NAME:Precious]]. I still remember [[NAME:Kofi]]'s laugh when Nurse [[NAME:Temi]] brought him the flag for the cup final.
Grief comes in waves, and many people find the second and third months harder than the first. Our bereavement group meets on the first Wednesday of each month in the Chapel (next: [[DATE:Wednesday 3 September]], 6pm). The bereavement charity helpline is [[PHONE:0800 046 9912]].
If you would like to talk, ring me directly on [[PHONE:020 7946 0832]] or email [[EMAIL:r.ifill@stmarthas.example.nhs.uk]].
With warm wishes,
Revd [[NAME:Ruth Ifill]]
Lead Chaplain
cc: Dr [[NAME:T. Adebayo-Lowe]] (GP)
""", summary="""
Lead Chaplain [[NAME:Ruth Ifill]] wrote to [[NAME:Marcia Ogunbanjo-Pryce]] six weeks after her husband [[NAME:Kofi]] died on [[DATE:22 June]], inviting her to the bereavement group on [[DATE:Wednesday 3 September]] and offering direct contact.
"""),

    dict(style="complaint_report", note="""
PATIENT EXPERIENCE - Q2 GRIEVANCE & COMPLAINT SUMMARY (aggregate, no identifiers)
Total contacts: 212 (grievances 61, complaints 118, compliments 33)
By category: Communication 54 | Wait times / access 41 | Clinical care 29 | Billing 22 | Staff attitude 19 | Discharge planning 14 | Food / environment 11 | Privacy 6 | Interpreter access 5 | Other 11
Top units: Emergency Department (38), 6 North Med-Surg (17), Cardiology Clinic (12), Labor & Delivery (9)
Themes:
- ED waiting-room reassessment (repeat vitals q2h) missed in 14 cases; ED huddle education done; Press Ganey likelihood-to-recommend up to 71%.
- {{eponym:Foley}} catheter (CAUTI) duration concerns x3; nurse-driven removal protocol relaunched.
- Late time-critical meds ({{drug:carbidopa-levodopa}}, {{drug:insulin}}, antiepileptics) x6; Pyxis override list updated.
- Interpreter access: video interpreter carts added to L&D and Dialysis; Tongan and Marshallese on-demand added.
Timeliness: 94% of grievances closed with a written response within 7 days (CMS standard).
Next steps: {{eponym:Schwartz Rounds}} in September on "when families feel unheard"; trends to Quality Council.
""", summary="""
The Q2 patient-experience report counts 212 contacts, led by communication and wait-time concerns, with themes of missed ED reassessment, {{eponym:Foley}} catheter duration and late time-critical medications. Fixes include a nurse-driven removal protocol and {{eponym:Schwartz Rounds}} on families feeling unheard.
"""),

    dict(style="schedule", note="""
SPIRITUAL CARE / SW ON-CALL - week of [[DATE:12/15/2025]] (whiteboard photo transcribed by [[NAME:lt]])
Day          | Chaplain (pager)              | SW (pager)               | Notes
[[DATE:Mon 12/15]]    | [[NAME:Oduya]] ([[PHONE:4417]])                  | [[NAME:Broadnax]] ([[PHONE:6631]])          | Hanukkah candle kits at desk
[[DATE:Tue 12/16]]    | [[NAME:Tuimavave]] ([[PHONE:4418]])              | [[NAME:dupree]] ([[PHONE:6632]])            | [[NAME:Ramnarine]] covers 0800-1200
[[DATE:Wed 12/17]]    | [[NAME:Ifill R]] ([[PHONE:4419]])                | [[NAME:Ambrose K]] ([[PHONE:6631]])         | {{eponym:Schwartz Rounds}} 12:00 Aud B
[[DATE:Thu 12/18]]    | [[NAME:Bell]] ([[PHONE:4417]])                   | [[NAME:Havea]] ([[PHONE:6633]])             | Bishop from Greater Ward AME visiting 6N
[[DATE:Fri 12/19]]    | [[NAME:Oduya]] ([[PHONE:4417]])                  | [[NAME:Broadnax]] ([[PHONE:6631]])          | POLST audit due - [[NAME:mb]]
[[DATE:Sat 12/20]]    | [[NAME:Akana, Ivy]] ([[PHONE:4420]])             | [[NAME:Jo Kaupu]] ([[PHONE:6634]])          |
[[DATE:Sun 12/21]]    | [[NAME:Makanani D]] ([[PHONE:4418]])             | on-call SW via operator  | carol rounds 3pm w/ choir
Reminders: all DNR/POLST changes to HIM same day (ask for [[NAME:Summer]] or [[NAME:Dawn]], x[[PHONE:5530]]). If no answer call [[NAME:Price]], x[[PHONE:5531]].
""", summary="""
The on-call whiteboard for the week of [[DATE:12/15/2025]] pairs chaplains such as [[NAME:Oduya]] and [[NAME:Bell]] with social workers such as [[NAME:Broadnax]] and [[NAME:Havea]], with pagers. DNR/POLST changes go to HIM through [[NAME:Summer]] or [[NAME:Dawn]] at x[[PHONE:5530]].
"""),
]
