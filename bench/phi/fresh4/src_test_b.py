# Hand-written test notes, part B: prior-authorization / appeal letters, death summaries, telehealth visits,
# secure chat / pager logs, notes from the UK, Canada and Australia.
NOTES = [
dict(style="prior_auth_appeal", note="""
[[DATE:January 28, 2025]]

Cardinal Health Plan -- Appeals Unit
Re: [[NAME:Lucretia Hollingworth-Whitby]]   Member ID [[MRN:CHP-8830217-01]]   Claim # [[MRN:2025-00441983]]
DOB [[DATE:06/30/1972]]

To the reviewer:
I am writing to appeal the denial of {{drug:Dupixent}} {{dose:300 mg}} every 2 weeks for my patient, Ms. [[NAME:Hollingworth-Whitby]], who has severe atopic dermatitis (EASI {{score:31}}) despite {{drug:tacrolimus}} {{dose:0.1%}} ointment and a course of {{drug:cyclosporine}} {{dose:3 mg/kg}} stopped for {{lab:Cr 1.5}}.
Her husband, [[NAME:Anselm Whitby]], has documented the nightly scratching; photographs from [[DATE:11/2/2024]] are enclosed.
Please contact my nurse [[NAME:Perla Sotomayor]] at [[PHONE:(615) 936-4410, option 3]] with questions.

Sincerely,
[[NAME:Violetta Kerensky]], MD, Dermatology
cc: [[NAME:L. Hollingworth-Whitby]]; file
""", summary="""
Dr. [[NAME:Kerensky]] appealed the {{drug:Dupixent}} denial for [[NAME:Lucretia Hollingworth-Whitby]] (member [[MRN:CHP-8830217-01]]) with {{score:EASI 31}} after {{drug:cyclosporine}} failure.
"""),
dict(style="prior_auth_appeal", note="""
PRIOR AUTHORIZATION REQUEST -- fax to [[PHONE:1-866-402-7719]]
Patient: [[NAME:Cheng, Yu-Fen]]   Member # [[MRN:XHB904417762]]   Group 77102
Drug: {{drug:Repatha}} {{dose:140 mg}} SC q14d
Dx: HeFH, {{lab:LDL 212}} on {{drug:rosuvastatin}} {{dose:40 mg}} + {{drug:ezetimibe}} {{dose:10 mg}} x 6 mo.
Dutch Lipid Clinic score {{score:8}}. Father [[NAME:Cheng Kuo-Wei]] MI at {{age:46}}; sister [[NAME:Yu-Ting]] LDL {{lab:240}}.
Prescriber: [[NAME:Winifred Thackeray]], MD   ph [[PHONE:(503) 494-8811]]   fax [[PHONE:(503) 494-8812]]
Office contact: [[NAME:Yadira Campos]] in prior auth, [[EMAIL:ycampos.pa@summitcardiology.org]]
""", summary="""
PA request for {{drug:Repatha}} for [[NAME:Yu-Fen Cheng]] with HeFH ({{lab:LDL 212}} on maximal therapy); prescriber Dr. [[NAME:Thackeray]].
"""),
dict(style="prior_auth_appeal", note="""
Appeal letter template (blank; for staff training)
Dear Medical Director,
We request reconsideration of the denial for {{drug:Humira}} {{dose:40 mg}} every other week. The patient failed {{drug:methotrexate}} {{dose:25 mg}} weekly and {{drug:sulfasalazine}} {{dose:3 g}}/day.
DAS28-CRP {{score:5.4}}. {{eponym:Crohn disease}} was excluded. Step therapy requirements are met.
Sincerely, [prescriber]
""", summary="""
Blank appeal template for {{drug:Humira}} after failure of {{drug:methotrexate}} and {{drug:sulfasalazine}}, {{score:DAS28-CRP 5.4}}.
"""),
dict(style="prior_auth_appeal", note="""
Second-level appeal -- peer-to-peer summary
Pt: [[NAME:Obafemi Ikwuemesi]]  (ref # [[MRN:PA-77193-K]])  P2P held [[DATE:Thurs 10/24]] 11:30
Requested: inpatient rehab after L MCA stroke. Denied as "SNF level".
On {{drug:aspirin}} {{dose:81 mg}} + {{drug:atorvastatin}} {{dose:80 mg}}.
Argued: FIM {{score:58}}, tolerates 3 h therapy, NIHSS {{score:6}}. Caregiver: wife [[NAME:Temitope]], works nights; son [[NAME:Dayo]] in [[ADDRESS:Raleigh]].
Plan reviewer: Dr. [[NAME:Garfield Ashdown]]. Overturned.
Case manager [[NAME:Lindiwe Khumalo]], RN  [[PHONE:(704) 355-2208 ext 41]]
""", summary="""
Peer-to-peer for [[NAME:Obafemi Ikwuemesi]] on [[DATE:10/24]] overturned the rehab denial ({{score:NIHSS 6}}, {{score:FIM 58}}); reviewer Dr. [[NAME:Ashdown]].
"""),
dict(style="prior_auth_appeal", note="""
Medicare Part D Redetermination -- Exception request
Enrollee: [[NAME:Rosa Ferrante-Quigley]]   MBI [[MRN:4TR9-JK2-LW83]]   DOB [[DATE:3/3/1932]] ([[AGE:92]])
Drug: {{drug:Eliquis}} {{dose:2.5 mg}} BID (tier exception). {{drug:Warfarin}} failed: labile INR (TTR 38%), GI bleed on {{drug:Coumadin}} in February 2024.
Address: [[ADDRESS:19 Fenwood Rd, Apt 4C, Boston MA 02115]]. Representative: granddaughter [[NAME:Ottavia Quigley]] (AOR form signed [[DATE:1/6/25]]).
Prescriber: Dr. [[NAME:Wendeline Strand]], geriatrics.
""", summary="""
Tier exception for {{drug:Eliquis}} {{dose:2.5 mg}} for [[AGE:92]]-year-old [[NAME:Rosa Ferrante-Quigley]] after {{drug:warfarin}} failure; granddaughter [[NAME:Ottavia Quigley]] is her representative.
"""),
dict(style="prior_auth_appeal", note="""
Letter of medical necessity   [[DATE:14 March 2025]]
RE: [[NAME:Jasper Oyelami-Crewe]], age {{age:11}}, Medicaid ID [[MRN:MD0445129037]]
Request: continuous glucose monitor (Dexcom G7) and {{drug:Omnipod}} pump supplies.
T1DM since age {{age:4}}; 3 severe hypoglycemic events ({{lab:BG 31}}) despite {{drug:Lantus}} {{dose:12 units}} + {{drug:Humalog}} 1:15.
School nurse [[NAME:Ruthanne Polk]] cannot check BG overnight at camp.
Mother [[NAME:Folasade Oyelami]] and stepfather [[NAME:Warrick Crewe]] trained on the device.
[[NAME:Bronwen Tregear]], MD, Pediatric Endocrinology, [[PHONE:(608) 263-6420]]
""", summary="""
Dr. [[NAME:Tregear]] requested a CGM and {{drug:Omnipod}} for [[NAME:Jasper Oyelami-Crewe]] ({{age:11}}) after lows to {{lab:BG 31}}; mother [[NAME:Folasade]] trained.
"""),
dict(style="prior_auth_appeal", note="""
Insurance appeal (external review) -- submitted by patient
From: [[NAME:Benedict Arrowsmith]] <[[EMAIL:b.arrowsmith@rivermail.net]]>, [[ADDRESS:4 Old Mill Lane, Stowe VT 05672]]
"My doctor, Dr. [[NAME:Oyinkansola Bright]], prescribed {{drug:Wegovy}} {{dose:2.4 mg}} for obesity (BMI {{vital:41}}) with sleep apnea (AHI {{score:38}}). The plan denied it on [[DATE:12/19/2024]]. My wife [[NAME:Marigold]] can confirm I lost 30 lb on it."
Claim [[MRN:EXT-24-88120]]. Phone [[PHONE:802.253.7740]].
Reviewed by [[NAME:Millard Quist]], JD, for the IRO.
""", summary="""
[[NAME:Benedict Arrowsmith]] appealed the [[DATE:12/19/2024]] denial of {{drug:Wegovy}} prescribed by Dr. [[NAME:Bright]] for BMI {{vital:41}} with sleep apnea.
"""),
dict(style="prior_auth_appeal", note="""
PA criteria sheet (no patient)
{{drug:Xolair}}: IgE {{lab:30-700 IU/mL}}, positive perennial aeroallergen, failure of high-dose ICS/LABA.
{{drug:Nucala}} {{dose:100 mg}}: eos {{lab:>=150}}.
{{drug:Tezspire}} {{dose:210 mg}}: no biomarker threshold.
{{eponym:Churg-Strauss}} (EGPA) dosing {{dose:300 mg}}.
""", summary="""
Criteria sheet for asthma biologics: {{drug:Xolair}} by IgE, {{drug:Nucala}} by eosinophils {{lab:>=150}}, {{drug:Tezspire}} without biomarker.
"""),
dict(style="death_summary", note="""
DEATH SUMMARY
Patient: [[NAME:Marchbanks, Eudora]]   MRN [[MRN:30-11874-2]]   DOB [[DATE:11/11/1929]]   Age [[AGE:95]]
Admitted [[DATE:2/14/2025]], expired [[DATE:2/19/2025]] at 04:52.
Cause: aspiration pneumonia -> septic shock; contributing: advanced {{eponym:Alzheimer dementia}} (FAST {{score:7c}}).
Comfort measures from [[DATE:2/17]] per HCP son [[NAME:Rupert Marchbanks]]. {{drug:Morphine}} {{dose:2 mg}} IV q2h PRN, {{drug:glycopyrrolate}} {{dose:0.2 mg}}.
Pronounced by Dr. [[NAME:Aoife Brennan-Kuti]]. Present: [[NAME:Rupert]], daughter-in-law [[NAME:Sabine]], chaplain Rev. [[NAME:Thaddeus Ocloo]].
Autopsy declined. Not an ME case. Funeral home: Harwell & Sons.
""", summary="""
[[AGE:95]]-year-old [[NAME:Eudora Marchbanks]] died [[DATE:2/19/2025]] of aspiration pneumonia on comfort care with {{drug:morphine}}; son [[NAME:Rupert]] was HCP.
"""),
dict(style="death_summary", note="""
Expiration note  [[DATE:2024-12-01]] 23:18
Called to see [[NAME:Kazimierz Ołdakowski]] ({{age:67}}, MRN [[MRN:K0092837]]) for no respirations.
No pulse, no heart sounds x 1 min, pupils fixed and dilated. No response to sternal rub. DNR-CC.
Time of death 23:18. Hx: metastatic RCC on {{drug:cabozantinib}} {{dose:40 mg}}; last {{lab:Ca 13.1}}.
Wife [[NAME:Bożena]] at bedside; daughter [[NAME:Agnieszka Ołdakowska]] notified at [[PHONE:(847) 605-1298]].
Gift of Life notified, ref [[MRN:GOL-24-55310]]; corneas only.
Attending Dr. [[NAME:Eamon Fairlie]] notified. -- [[NAME:Priya Sundaresan]], MD, night hospitalist
""", summary="""
[[NAME:Kazimierz Ołdakowski]] ({{age:67}}) with metastatic RCC on {{drug:cabozantinib}} was pronounced dead at 23:18 on [[DATE:2024-12-01]]; wife [[NAME:Bożena]] present.
"""),
dict(style="death_summary", note="""
Mortality review summary (de-identified for M&M)
{{age:58}} yo with cirrhosis, MELD-Na {{score:33}}, variceal bleed. Massive transfusion, {{drug:octreotide}} {{dose:50 mcg/h}}, {{eponym:Sengstaken-Blakemore tube}}, TIPS not feasible.
Arrest on day 2; ROSC not achieved after {{drug:epinephrine}} {{dose:1 mg}} x6.
Learning point: earlier {{eponym:Minnesota tube}} / TIPS referral.
""", summary="""
M&M summary: variceal bleed with {{score:MELD-Na 33}} despite {{drug:octreotide}} and a {{eponym:Sengstaken-Blakemore tube}}; arrest on day 2.
"""),
dict(style="death_summary", note="""
DISCHARGE SUMMARY -- DECEASED
[[NAME:Tewodros Haile Mariam]]  ({{age:43}})  Acct [[MRN:7720019843]]
Adm [[DATE:Oct 2]], died [[DATE:Oct 9, 2024]].
Course: fulminant myocarditis, VA-ECMO day 1-6, Impella; biopsy: giant cell myocarditis. {{drug:methylprednisolone}} {{dose:1 g}} x3, {{drug:ATG}}.
Withdrawal after family meeting with wife [[NAME:Selamawit]], brother [[NAME:Dawit Haile]], and priest Abba [[NAME:Gebremedhin]].
Amharic interpreter [[NAME:Meskerem Tadesse]] (ID [[MRN:AMH-214]]).
Copy: Dr. [[NAME:Jurgen Aalders]] (referring), [[ADDRESS:Silver Spring, MD]].
""", summary="""
[[NAME:Tewodros Haile Mariam]] ({{age:43}}) died [[DATE:Oct 9, 2024]] of giant cell myocarditis after ECMO and {{drug:methylprednisolone}}; wife [[NAME:Selamawit]] and brother [[NAME:Dawit]] chose withdrawal.
"""),
dict(style="death_summary", note="""
Death pronouncement -- home hospice
Pt: [[NAME:Mabel Oyeyemi-Strickland]], [[AGE:99]], at home [[ADDRESS:620 Dogwood Trail, Anniston AL 36207]].
Death [[DATE:Saturday 5/10/2025]] 06:05 per daughter [[NAME:Loretta]]; RN visit 06:50 confirmed.
Meds destroyed w/ witness [[NAME:Kenyatta Strickland]] (grandson): {{drug:morphine}} {{dose:20 mg/mL}} 22 mL, {{drug:lorazepam}} {{dose:0.5 mg}} x14.
Hospice MD Dr. [[NAME:Hamish Auchterlonie]] notified; funeral home called by family.
RN [[NAME:Joy Pettigrew]], hospice
""", summary="""
[[AGE:99]]-year-old [[NAME:Mabel Oyeyemi-Strickland]] died at home [[DATE:5/10/2025]]; {{drug:morphine}} and {{drug:lorazepam}} destroyed with grandson [[NAME:Kenyatta]] as witness.
"""),
dict(style="death_summary", note="""
Neonatal death summary
Baby Boy [[NAME:Achterhof]], born [[DATE:8/2/2024]] at 23w4d, Apgar {{score:1}} and {{score:3}}, {{vital:BW 540 g}}.
Surfactant ({{drug:Curosurf}} {{dose:200 mg/kg}}), HFOV. Grade IV IVH bilateral day 2.
Redirection of care [[DATE:8/5]]; died in parents' arms.
Parents: [[NAME:Femke Achterhof]] and [[NAME:Ruben Oduro]]. Bereavement support: Sister [[NAME:Angelique Mbala]], chaplain.
NICU attending [[NAME:Rafferty Quill]], MD
""", summary="""
Baby Boy [[NAME:Achterhof]], born at 23 weeks ({{vital:BW 540 g}}) with grade IV IVH, died after redirection of care on [[DATE:8/5]]; parents [[NAME:Femke Achterhof]] and [[NAME:Ruben Oduro]].
"""),
dict(style="death_summary", note="""
Death summary (training example -- fictional)
Cause A: hemorrhagic stroke (ICH score {{score:4}}). B: hypertension ({{vital:SBP 240}} on arrival).
Brain death exam x2 with apnea test ({{lab:PaCO2 68}}). OPO notified.
{{drug:Nicardipine}} {{dose:15 mg/h}}, {{drug:mannitol}} {{dose:1 g/kg}}.
""", summary="""
Training death summary: hemorrhagic stroke, {{score:ICH score 4}}, brain death confirmed with apnea test ({{lab:PaCO2 68}}).
"""),
dict(style="death_summary", note="""
Expired -- ED
[[NAME:D'Angelo Marchetti-Pryor]], {{age:31}}, GSW chest, arrived in traumatic arrest via PD transport.
Resuscitative thoracotomy; {{dose:4 units}} O-neg, {{drug:TXA}}. Pronounced [[DATE:06/15/2024]] 02:41 by Dr. [[NAME:Okpara-Castillo]].
ME case # [[MRN:ME-24-01377]] (investigator [[NAME:Harold Quintero]]).
Mother [[NAME:Rochelle Pryor]] arrived 03:20; social worker [[NAME:Natasha Vukić]] with family.
""", summary="""
[[NAME:D'Angelo Marchetti-Pryor]] ({{age:31}}) died of a chest GSW on [[DATE:06/15/2024]] despite thoracotomy and {{drug:TXA}}; ME case [[MRN:ME-24-01377]].
"""),
]
