# Hand-written dev notes, part a: psychiatry intake, obstetric triage, oncology infusion visit, home-health visit.
# All people, places, numbers and dates are invented.

NOTES = [
    dict(style="psychiatry_intake", note="""
PSYCHIATRY INTAKE -- Crisis Stabilization Unit
Pt: [[NAME:Quintanilla-Oyarzún, Marisol]]   MRN [[MRN:40-118-3372]]   DOB [[DATE:04/19/1991]]
Date of eval: [[DATE:Mon 3/10/2025]]

CC: "I stopped sleeping and the voices got mean again."
HPI: {{age:33}} yo woman brought in by her brother. [[NAME:Teodoro]] reports she stopped {{drug:Zyprexa}} {{dose:10 mg}} qhs about three weeks ago after gaining weight. [[NAME:Marisol]] called him at 3 am saying neighbors were "recording her thoughts." Per [[NAME:Teodoro]], no weapons at home. She lives with [[NAME:Ximena]] at [[ADDRESS:2217 Alder Bend Rd, Corvallis]]; [[NAME:Ximena]] confirms pt has not eaten well since [[DATE:Feb 26]].
Past trials: {{drug:Risperdal}} (galactorrhea), {{drug:Abilify}} {{dose:15 mg}} (akathisia), {{drug:Seroquel}} {{dose:300 mg}} (sedation).
Screens: {{score:PHQ-9 17}}, C-SSRS screen positive for passive ideation, no plan. {{lab:UDS negative}}, {{lab:TSH 2.1}}.
MSE: disheveled, guarded, AH+, denies VH. Insight poor.
Collateral: outpatient psychiatrist Dr. [[NAME:Haldane-Ruiz]] at [[PHONE:(541) 330-7186]]; last seen [[DATE:1/14/25]].
Plan: restart olanzapine {{dose:5 mg}} qhs and titrate; {{drug:Ativan}} {{dose:1 mg}} PRN agitation. [[NAME:Teodoro]] asks to be called daily; [[NAME:Marisol]] agrees, signed ROI for [[NAME:Teodoro]] and [[NAME:Ximena]] only -- NOT for [[NAME:Rogelio]].
""", summary="""
[[NAME:Marisol]] was admitted after stopping {{drug:Zyprexa}}; [[NAME:Teodoro]] and [[NAME:Ximena]] may receive updates but [[NAME:Rogelio]] may not.
"""),
    dict(style="psychiatry_intake", note="""
Adolescent psychiatry intake, outpatient
Name: [[NAME:Kwabena Asante-Mensah]] ("[[NAME:Kobby]]")   Acct [[MRN:7730914]]
Seen [[DATE:2025-01-22]] with mother.

[[NAME:Kobby]] is {{age:15}}, referred by the school counselor for panic attacks in class. [[NAME:Efua]] says episodes started after a car accident in the fall in which [[NAME:Yaw]] was hurt. [[NAME:Kobby]] describes racing heart, tingling hands, "like I'm going to die." {{score:GAD-7 16}}, {{score:SCARED 41}}. Denies SI. No substances per [[NAME:Kobby]]; UDS deferred.
He stays with [[NAME:Efua]] during the week and with [[NAME:Kofi Boateng]] on weekends in [[ADDRESS:Kettering]].
Discussed {{drug:Zoloft}} {{dose:25 mg}} daily x 1 week then {{dose:50 mg}}; black box warning reviewed. CBT referral to [[NAME:Hope Adeyemi-Stroud]], LPC, next available [[DATE:Feb 5]].
[[NAME:Efua]] prefers text at [[PHONE:937-555-0142]]. [[NAME:Kobby]] asked that [[NAME:Yaw]] not be told about the visit.
""", summary="""
[[NAME:Kobby]] starts {{drug:Zoloft}} for panic attacks; therapy is with [[NAME:Hope Adeyemi-Stroud]] and [[NAME:Efua]] wants updates by text.
"""),
    dict(style="psychiatry_intake", note="""
Geriatric psych consult / intake
[[NAME:SOLHEIM, INGEBORG M]]   MRN [[MRN:00981276]]   DOB [[DATE:08-02-1931]]   Age [[AGE:93]]
Admitted [[DATE:12 Dec 2024]] from Fjordview Assisted Living.

Reason: new agitation, hitting staff. Per [[NAME:Liv]], "Mamma was fine at Thanksgiving." Night aide [[NAME:Jarrah]] noticed she was picking at the air and calling for [[NAME:Arvid]], her late husband.
Meds on arrival: {{drug:Aricept}} {{dose:10 mg}}, {{drug:Namenda}} {{dose:10 mg BID}}, {{drug:oxybutynin}} {{dose:5 mg}} TID (anticholinergic burden high), {{drug:Tylenol PM}} nightly.
{{score:MoCA 11/30}} (was 17 in spring per [[NAME:Liv]]). {{score:CAM positive}}. {{lab:UA >50 WBC}}, {{lab:Na 131}}. {{vital:T 37.9}}.
Impression: delirium superimposed on {{eponym:Alzheimer}} dementia, likely UTI plus anticholinergics.
Recs: stop oxybutynin and {{drug:Tylenol PM}}; avoid {{drug:Haldol}} if possible, {{drug:Seroquel}} {{dose:12.5 mg}} only for danger to self/others. Reorient; glasses and hearing aids. [[NAME:Liv]] ([[PHONE:541.555.0199]]) and [[NAME:Magnus]] may visit after 6pm.
""", summary="""
[[NAME:Ingeborg]], [[AGE:93]], has delirium on dementia; [[NAME:Liv]] reports she was fine at Thanksgiving and [[NAME:Jarrah]] noted picking at the air.
"""),
    dict(style="psychiatry_intake", note="""
INTAKE ASSESSMENT - Dual diagnosis program

Client reports drinking a fifth daily for about 2 years, last drink yesterday evening. History of withdrawal seizure once. {{score:CIWA-Ar 14}} on arrival, {{vital:HR 112}}, {{vital:BP 158/96}}, tremor present. {{lab:AST 142}}, {{lab:ALT 66}}, {{lab:GGT 410}}, {{lab:Mg 1.5}}, {{lab:plt 98}}.
Started {{drug:Librium}} {{dose:50 mg}} q6h taper, {{drug:thiamine}} {{dose:100 mg}} IV before glucose, {{drug:folate}} {{dose:1 mg}}, {{drug:magnesium sulfate}} {{dose:2 g}} IV. {{score:AUDIT 31}}.
Interested in {{drug:naltrexone}} after detox; LFTs to be rechecked. Motivational interviewing begun. {{eponym:Wernicke}} signs absent (no nystagmus, gait deferred).
""", summary="""
Alcohol withdrawal on a {{drug:Librium}} taper with {{drug:thiamine}} and magnesium; {{drug:naltrexone}} to be considered after detox.
"""),
    dict(style="psychiatry_intake", note="""
Psych ED eval, [[DATE:November 3rd]]
Patient: [[NAME:tariq haddadin]]   Med rec # [[MRN:MR-2290417]]

{{age:27}} M, grad student, brought by campus police after texting a friend goodbye. [[NAME:Noor Salameh]] forwarded the texts; [[NAME:Noor]] and [[NAME:Dmitri Volkonsky]] are in the waiting room. [[NAME:Tariq]] states "it was a bad night" and minimizes. Lives at [[ADDRESS:418 Hollis St Apt 3B]]. Recent breakup with [[NAME:Sunniva]]. Access to a hunting rifle at his parents' home in [[ADDRESS:Dearborn, MI]] -- [[NAME:Dmitri]] says [[NAME:Tariq]] talked about driving there this weekend.
{{score:PHQ-9 22}}, {{score:C-SSRS high risk}}. {{lab:BAL 0.00}}. {{vital:HR 88}}.
On {{drug:Lexapro}} {{dose:10 mg}} prescribed by Student Health (Dr [[NAME:Farnaz Mohebbi]], ext [[PHONE:4471]]).
Plan: voluntary admission; lethal means counseling -- [[NAME:Noor]] will ask [[NAME:Issa]] to lock the rifle at a relative's. Safety plan drafted; [[NAME:Tariq]] listed [[NAME:Noor]] and [[NAME:Sunniva]] as people to call.
""", summary="""
[[NAME:Tariq]] was admitted voluntarily after goodbye texts to [[NAME:Noor]]; [[NAME:Issa]] will be asked to remove the rifle.
"""),
    dict(style="obstetric_triage", note="""
L&D TRIAGE NOTE   [[DATE:02/07/2025]] 0215
[[NAME:Nwachukwu, Adaeze]]  MRN [[MRN:5530187]]  G3P1011 at 38w2d by 9-wk US. EDD [[DATE:2/19/25]].

CC: ctx q5min since 2300, LOF? [[NAME:Chidi]] drove her from [[ADDRESS:Fairborn]]. Denies VB. +FM.
{{vital:BP 128/82}}, {{vital:HR 94}}, {{vital:T 36.8}}. SVE 4/80/-1, soft, mid. {{score:Bishop score 9}}. {{lab:Nitrazine neg}}, {{lab:fern neg}}, pooling absent.
FHT: baseline 135, mod var, +accels, no decels -- {{score:Category I}}. Toco q4-5 min.
{{lab:GBS positive}} ([[DATE:1/8]]) -> {{drug:Penicillin G}} {{dose:5 million units}} IV load then {{dose:2.5 million units}} q4h.
Prior SVD in 2021 with [[NAME:Oyelaran]], uncomplicated per [[NAME:Adaeze]].
Admit to L&D. Epidural requested. [[NAME:Chidi]] and [[NAME:Ngozi]] to be support persons. Doula [[NAME:Beatriz Ferreira-Lobo]] to arrive ~0400.
""", summary="""
[[NAME:Adaeze]] was admitted in active labor with GBS prophylaxis ({{drug:Penicillin G}}); [[NAME:Chidi]] and [[NAME:Ngozi]] are her support persons.
"""),
    dict(style="obstetric_triage", note="""
OB triage -- rule out preeclampsia
Pt [[NAME:Priyamvada Raghunathan]]  DOB [[DATE:11.23.1988]]  MRN [[MRN:7719-042]]
{{age:36}} G1P0 @ 34w5d, sent from clinic by [[NAME:Venkatesh]] for {{vital:BP 152/98}} x2.
Headache since noon, no scotomata, mild RUQ ache. {{vital:BP 148/94}}, repeat {{vital:BP 156/101}}. Clonus absent, DTR 2+.
{{lab:Plt 142}}, {{lab:AST 38}}, {{lab:ALT 41}}, {{lab:Cr 0.7}}, {{lab:P/C ratio 0.42}}, {{lab:uric acid 6.1}}.
A: preeclampsia without severe features at 34w5d.
P: admit for monitoring, {{drug:Celestone}} {{dose:12 mg}} IM x2 24h apart, {{drug:labetalol}} {{dose:200 mg}} PO BID. NST reactive. [[NAME:Arjun]] asked about transfer to [[ADDRESS:Cincinnati]] where [[NAME:Kamala]] lives -- explained not needed now.
Call [[NAME:Arjun]] at [[PHONE:513-555-0187]] with updates. Prefers to be called [[NAME:Priya]].
""", summary="""
[[NAME:Priya]] has preeclampsia without severe features and got {{drug:Celestone}}; [[NAME:Arjun]] is to be called with updates.
"""),
    dict(style="obstetric_triage", note="""
TRIAGE: decreased fetal movement
[[DATE:Sat 4/12/2025]] 1840   [[NAME:June Bergqvist]]   MRN [[MRN:83-04461]]
{{age:29}} yo G2P1 at 36w0d. Felt "quieter baby" since lunch. Drank juice, lay on left side, counted 4 kicks in 2 h. [[NAME:Sigrun]] on speaker from work.
NST: baseline 140, mod variability, reactive within 20 min. {{score:BPP 8/8}}. {{lab:AFI 11}}. {{vital:BP 114/70}}.
Reassured. Kick counts reviewed. Discharged home with return precautions. [[NAME:June]] will follow up Mon with [[NAME:Hunter Mabry]] CNM in clinic.
""", summary="""
[[NAME:June]] had a reactive NST and {{score:BPP 8/8}}; she follows up with [[NAME:Hunter Mabry]].
"""),
    dict(style="obstetric_triage", note="""
OB TRIAGE NOTE

{{age:22}} G1P0 at 31w3d with cramping and spotting after intercourse. No LOF. {{vital:BP 110/64}}, {{vital:HR 102}}. SSE: small amount dark blood at os, cervix closed by visual. {{lab:fFN negative}}. TVUS cervical length 3.4 cm. Toco: irritability, no regular ctx.
{{lab:Hgb 10.9}}, {{lab:Rh positive}}, {{lab:UA negative}}. FHT {{score:Category I}}.
Given {{dose:1 L}} LR bolus, {{drug:nifedipine}} not started. Pelvic rest x 1 week, return for bleeding, LOF or regular ctx.
""", summary="""
Preterm cramping with spotting at 31 weeks, {{lab:fFN negative}} and a long cervix; discharged on pelvic rest.
"""),
    dict(style="obstetric_triage", note="""
L&D Triage -- MVC
Patient: [[NAME:TAUFA, SIONE LUPE]]   MRN [[MRN:6602219]]   DOB [[DATE:19-Jun-1997]]   EDD [[DATE:Aug 30 2025]]
Arrived by EMS [[DATE:6/14/25]] after rear-end collision on [[ADDRESS:Route 35 near Xenia]], restrained passenger. Driver was [[NAME:Losaline]], evaluated in main ED. [[NAME:Lupe]] (goes by her middle name) at 28w. Abdominal tenderness mild, no VB.
{{vital:BP 122/76}}, {{vital:HR 96}}. Continuous monitoring x 4h per trauma protocol: occasional ctx q15min resolving. {{lab:KB test negative}}, {{lab:fibrinogen 410}}, {{lab:Hgb 11.6}}, {{lab:blood type O neg}} -> {{drug:RhoGAM}} {{dose:300 mcg}} IM given.
[[NAME:Viliami]] arrived 2130; [[NAME:Lupe]] and [[NAME:Viliami]] both speak English, [[NAME:'Ana]] speaks Tongan only.
Discharged [[DATE:6/15]] 0200. [[NAME:Losaline]] admitted to trauma for clavicle fx.
""", summary="""
[[NAME:Lupe]] was monitored after a collision and given {{drug:RhoGAM}}; [[NAME:Losaline]] was admitted and [[NAME:Viliami]] came at 2130.
"""),
    dict(style="oncology_infusion", note="""
INFUSION VISIT -- C4D1 pembrolizumab
[[NAME:Wróblewska, Zofia]]   MRN [[MRN:3318845]]   [[DATE:03/03/2025]]
Stage IIIB NSCLC, PD-L1 80%. Here for {{drug:Keytruda}} {{dose:200 mg}} IV q3wk.
[[NAME:Zofia]] reports mild fatigue, new itchy rash on forearms. No diarrhea, no cough change. {{score:ECOG 1}}.
{{lab:TSH 6.8}} (up from 3.2), {{lab:free T4 0.9}}, {{lab:AST 29}}, {{lab:Cr 0.8}}, {{lab:ANC 3.4}}. {{vital:SpO2 95% RA}}.
Rash grade 1 -> {{drug:triamcinolone}} {{dose:0.1%}} cream. TSH to recheck next cycle.
[[NAME:Agnieszka]] present, asked about the trial at [[ADDRESS:Columbus]]; [[NAME:Baptiste]] to discuss. Pharmacy: Kroger on [[ADDRESS:Brown St]].
Infusion tolerated, no reaction. Next [[DATE:3/24]]. [[NAME:Wiktor]] will drive.
""", summary="""
[[NAME:Zofia]] received cycle 4 of {{drug:Keytruda}} with a grade 1 rash; [[NAME:Wiktor]] will drive her on [[DATE:3/24]].
"""),
    dict(style="oncology_infusion", note="""
Chemo unit nursing note -- FOLFOX C6
Pt [[NAME:Ng, Lan]]   DOB [[DATE:1962-05-30]]   MRN [[MRN:2047751]]
Port accessed, +blood return. {{vital:BP 134/80}} {{vital:HR 76}} {{vital:Wt 58.2 kg}}.
Pre-meds: {{drug:Zofran}} {{dose:16 mg}}, {{drug:Decadron}} {{dose:12 mg}}. {{drug:oxaliplatin}} {{dose:85 mg/m2}}, {{drug:leucovorin}} {{dose:400 mg/m2}}, {{drug:5-FU}} bolus {{dose:400 mg/m2}} then {{dose:2400 mg/m2}} CADD pump x 46h.
Neuropathy grade 1, cold-induced. {{lab:plt 112}}, {{lab:ANC 1.9}}, {{lab:CEA 4.1}}.
[[NAME:Wu Jian]] speaks Cantonese; [[NAME:Lan]] interpreted herself and declined interpreter. Pump disconnect [[DATE:Thu 2/20]] at home by [[NAME:Grace]] from Ascend Home Infusion ([[PHONE:800-555-0163]]).
[[NAME:Ng]] asked about {{drug:Neulasta}} -- not indicated this cycle per [[NAME:Pellerin]].
""", summary="""
[[NAME:Lan Ng]] got FOLFOX cycle 6 with a 46-hour pump that [[NAME:Grace]] will disconnect at home.
"""),
    dict(style="oncology_infusion", note="""
INFUSION NOTE -- hypersensitivity reaction
[[DATE:January 9, 2025]]. Patient [[NAME:Hendrik van der Spoel]], MRN [[MRN:918-2206-4]], {{age:71}}.
Cycle 2 {{drug:paclitaxel}} {{dose:175 mg/m2}} / {{drug:carboplatin}} {{dose:AUC 5}}. 8 min into paclitaxel: flushing, back pain, {{vital:BP 88/50}}, {{vital:SpO2 89%}}.
Infusion stopped. {{drug:Benadryl}} {{dose:50 mg}} IV, {{drug:Solu-Medrol}} {{dose:125 mg}} IV, {{drug:Pepcid}} {{dose:20 mg}} IV, {{dose:500 mL}} NS. Epinephrine not needed. Resolved in 15 min, {{vital:BP 118/70}}.
[[NAME:Amaechi]] at chairside. Rechallenged at half rate after 30 min -- tolerated.
[[NAME:Joost]] was in the lobby; updated by [[NAME:Sterling]]. Rapid-response not called.
""", summary="""
[[NAME:Hendrik van der Spoel]] reacted to {{drug:paclitaxel}}, was treated with {{drug:Benadryl}} and {{drug:Solu-Medrol}}, and tolerated a slower rechallenge; [[NAME:Joost]] was updated.
"""),
    dict(style="oncology_infusion", note="""
Onc infusion - Lupron + Xgeva
ID: [[NAME:OM PRAKASH BHATTARAI]]  MRN [[MRN:771130]]  Visit [[DATE:10/28/2024]]

Mr [[NAME:Bhattarai]], {{age:68}}, mCRPC, here for {{drug:Lupron}} {{dose:22.5 mg}} IM q12wk and {{drug:Xgeva}} {{dose:120 mg}} SQ. {{lab:PSA 3.4}} (nadir 1.1), {{lab:Ca 9.1}}, {{lab:testosterone <20}}. Hot flashes bother him most at night.
Teeth: dental clearance on file from [[NAME:Sapkota]]. [[NAME:Om]] takes {{drug:calcium}} {{dose:600 mg}} + {{drug:vitamin D}} {{dose:800 IU}}.
[[NAME:Bishnu]] translated (Nepali) and asks for the next visit on a Saturday; unit closed weekends. [[NAME:Sita]] waits in car.
""", summary="""
[[NAME:Om]] received {{drug:Lupron}} and {{drug:Xgeva}}; [[NAME:Bishnu]] interpreted and asked about Saturday visits.
"""),
    dict(style="oncology_infusion", note="""
INFUSION CENTER NOTE

Day 1 of {{drug:Opdivo}} {{dose:240 mg}} flat dose q2wk for metastatic melanoma. {{eponym:Hickman}} line in place, flushed with {{dose:10 mL}} NS and {{drug:heparin}} {{dose:100 units/mL}} lock. {{lab:TSH 1.9}}, {{lab:cortisol 14}}, {{lab:LDH 310}}, {{lab:lipase 40}}. {{score:ECOG 0}}. {{vital:T 36.6}} {{vital:BP 126/78}}.
Reviewed irAE card: colitis, pneumonitis, hepatitis, endocrinopathy. Patient to call triage line with 4 or more stools/day over baseline. No reaction during 30-min infusion.
""", summary="""
First {{drug:Opdivo}} infusion via {{eponym:Hickman}} was tolerated, and immune side effects were reviewed.
"""),
    dict(style="home_health", note="""
HOME HEALTH SKILLED NURSING VISIT
Client: [[NAME:Tayanita Redcloud]]   Agency ID [[MRN:HH-66120]]   Visit [[DATE:2/11/2025]]
Address: [[ADDRESS:7 Kinnick Loop, Pine Ridge, SD 57770]]

SN visit for CHF and wound care. {{vital:Wt 91.4 kg}} (up 1.8 kg from [[DATE:2/8]]), {{vital:BP 144/88}}, {{vital:SpO2 93% RA}}, 2+ pitting edema to knees. Taking {{drug:Lasix}} {{dose:40 mg}} daily but skipped 2 days -- "had to drive to [[ADDRESS:Rapid City]]." [[NAME:Hoka]] helps with pills; [[NAME:Hoka]] was at school today. [[NAME:Delphine Two Bulls]] checks on her evenings.
L heel stage 2, 1.5 x 1 cm, cleaned NS, foam dressing.
Called [[NAME:Whitehorse]] office ([[PHONE:605-555-0114]]): ok to take extra {{dose:40 mg}} {{drug:Lasix}} today, BMP Thursday. [[NAME:Tayanita]] verbalized understanding. Next visit [[DATE:2/13]].
""", summary="""
[[NAME:Tayanita]] gained weight after missing {{drug:Lasix}}; [[NAME:Hoka]] helps with pills and [[NAME:Delphine Two Bulls]] checks on her.
"""),
    dict(style="home_health", note="""
PT home visit #4 -- [[NAME:kowalczyk, bogdan]]  ([[DATE:01/16/25]])

s/p L TKA [[DATE:12/20/24]]. Pain 3/10 after {{drug:Norco}} {{dose:5/325}}. ROM flexion 96, ext -4. {{score:TUG 14 sec}}, {{score:Berg 44/56}}. {{eponym:Homans}} negative (not reliable; calf soft, no swelling).
[[NAME:Bogdan]] walks with RW household distances; stairs x 12 with rail, step-to. [[NAME:Halina]] stands behind him on stairs -- instructed not to hold the belt from below.
[[NAME:Bogdan]] asked if [[NAME:Krystian]] (lives on [[ADDRESS:Galewood Dr]]) could install grab bars; yes, left handout. Plan 2x/wk x 3 wk.
""", summary="""
[[NAME:Bogdan]] is progressing after knee replacement ({{score:Berg 44/56}}); [[NAME:Halina]] was coached on stair guarding and [[NAME:Krystian]] will add grab bars.
"""),
    dict(style="home_health", note="""
Home health aide supervisory visit / RN
Wednesday

Pt {{age:84}}, lives alone, {{score:Braden 16}}, {{score:Morse 55}}. Aide visits M/W/F for bathing. {{vital:BP 136/74}}, {{vital:HR 68}}, {{vital:glucose 164}}. On {{drug:Eliquis}} {{dose:5 mg}} BID, {{drug:metformin}} {{dose:500 mg}} BID, {{drug:Senna}} {{dose:8.6 mg}} qhs. No falls since last visit. Aide care plan reviewed, no changes. Lifeline button worn.
""", summary="""
Supervisory visit: no falls, {{score:Morse 55}}, on {{drug:Eliquis}}; aide plan unchanged.
"""),
    dict(style="home_health", note="""
HOME INFUSION VISIT - PICC care
Pt: [[NAME:Ebere Okafor-Lindqvist]]   MRN [[MRN:HI-303187]]   DOB [[DATE:7/4/1959]]
[[ADDRESS:1150 Sorrel Ct, Beavercreek OH 45434]]   Home [[PHONE:(937) 555-0126]]

Day 18 of 42 {{drug:cefazolin}} {{dose:2 g}} IV q8h for MSSA vertebral osteomyelitis via elastomeric pump, R arm {{eponym:PICC}}. Dressing change, site clean, ext length 1 cm unchanged. Weekly labs drawn: CBC, {{lab:CRP 2.4}} (was 11.8), {{lab:ESR 38}}, {{lab:Cr 0.9}}.
[[NAME:Lars]] does the pump swaps; return demo correct. Labs sent to ID, [[NAME:Papadakis-Oduya]], fax [[PHONE:937-555-0177]].
Next visit [[DATE:Tues 3/4]].
""", summary="""
[[NAME:Ebere]] is on day 18 of {{drug:cefazolin}} by {{eponym:PICC}}; [[NAME:Lars]] manages the pump and labs went to [[NAME:Papadakis-Oduya]].
"""),
    dict(style="home_health", note="""
MSW home visit -- [[DATE:Dec 2, 2024]]
Client: [[NAME:Paige Whitcomb]] (chart spells "[[NAME:Page]]"; she prefers [[NAME:Paige]])

{{age:79}} yo widow, lives at [[ADDRESS:33 Orchard Lane, Yellow Springs]]. Concern from RN re: unopened mail, food spoilage, {{score:SLUMS 19}}. [[NAME:Tobias Ekwueme-Hart]] visits Sundays; [[NAME:Tobias]] reports she gave $2,000 to a caller "from Medicare." Adult Protective Services report made (APS # [[MRN:24-118807]]). [[NAME:Hunter]] mows the lawn and was present.
[[NAME:Paige]] has {{drug:donepezil}} {{dose:5 mg}} but pill box unfilled. Discussed POA -- [[NAME:Paige]] wants [[NAME:Tobias]], not [[NAME:Celestine]] in [[ADDRESS:Tucson]].
[[NAME:Page W.]] signed consent for Meals on Wheels.
""", summary="""
[[NAME:Paige]] may have been scammed; APS was called, and she wants [[NAME:Tobias]] rather than [[NAME:Celestine]] as POA.
"""),
]
