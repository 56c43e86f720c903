"""Hand-written probe-training notes, part k: imaging reports (CT, MRI, ultrasound, mammography), echo and
stress-test reports, EEG/EMG reports. UK/AU/NZ/Canadian name pools and formats. Every note written by hand."""

NOTES = [
    dict(style="ct_head_report", note="""
CT HEAD WITHOUT CONTRAST
Patient: [[NAME:TE WHATA, ARIHIA M]]     NHI: [[MRN:ZKB4471]]     DOB: [[DATE:23/11/1949]]
Referrer: Dr [[NAME:Hemi Parata-Walker]] (ED)     Acc: [[MRN:CTH-25-088213]]
Exam date: [[DATE:3rd February 2025]] 14:52

CLINICAL HISTORY: Fall at home this morning, struck occiput on doorframe. On {{drug:warfarin}} for AF, {{lab:INR 3.4}}. {{score:GCS 14}} on arrival. History from [[NAME:Mere]]; unwitnessed, ?LOC.

COMPARISON: CT head [[DATE:17/06/2022]].

TECHNIQUE: Axial 5 mm non-contrast images skull base to vertex, coronal and sagittal reformats.

FINDINGS: 8 mm left frontoparietal convexity subdural haematoma, no midline shift. Small focus of subarachnoid blood in the left sylvian fissure. Ventricles stable in size. Moderate chronic small-vessel change. No skull vault fracture. Opacified right maxillary sinus.

IMPRESSION:
1. Acute left convexity subdural haematoma, 8 mm, no mass effect.
2. Trace traumatic SAH.
Discussed with [[NAME:Parata-Walker]] at 15:10 by phone, who will contact neurosurgery re reversal ({{drug:Prothrombinex}}).

Reported by: Dr [[NAME:Kiri Hohaia]], Radiology Registrar
Verified by: Dr [[NAME:Nigel Ashworth]] FRANZCR
cc: Dr [[NAME:Aroha Ngata]], Kōtuku Medical Centre, [[ADDRESS:Whanganui]]
""", summary="""
[[NAME:Arihia Te Whata]], {{age:75}} and on {{drug:warfarin}}, fell and CT head on [[DATE:3rd February 2025]] showed an 8 mm acute left subdural haematoma with trace SAH and no shift. Result phoned to [[NAME:Parata-Walker]] in ED; reported by [[NAME:Hohaia]], verified by [[NAME:Ashworth]].
"""),

    dict(style="mri_spine_report", note="""
DEPARTMENT OF CLINICAL RADIOLOGY
MRI LUMBAR SPINE (non-contrast + post-gadolinium)
Name: [[NAME:Gethin Rhys PRITCHARD]]   NHS No: [[MRN:612 448 9073]]   Hosp No: [[MRN:C2281904]]
DOB: [[DATE:02/05/1968]]   Address: [[ADDRESS:27 Heol y Brenin, Rhiwbina, Cardiff CF14 6HF]]
Referring clinician: Mr [[NAME:Owain ap Gwilym]], Spinal Surgery
Date of exam: [[DATE:Wed 19/3/2025]]

Clinical history: 8/12 right L5 radicular pain, foot drop since mid-February. ?recurrent L4/5 disc. Previous right L4/5 microdiscectomy ([[NAME:Bevan]]) 2019.
Comparison: MRI L-spine [[DATE:11th April 2019]] (pre-op).

Findings: Post-operative change right L4/5 laminotomy. Recurrent right paracentral disc extrusion at L4/5 with caudal migration, compressing the traversing right L5 root. Enhancing epidural fibrosis surrounds but is separable from the non-enhancing fragment. {{eponym:Modic}} type 1 endplate change L4/5. L5/S1 moderate bilateral facet arthropathy. Conus terminates at L1 with normal signal.

Conclusion: Recurrent right L4/5 extrusion with L5 root compression. For spinal MDT.

Dictated by Dr [[NAME:Siân Llewelyn]], Consultant Radiologist / Transcribed by [[NAME:LJW]] [[DATE:20/03/2025]]
cc: Dr [[NAME:Catrin Howells]], Heathwood Medical Practice
""", summary="""
MRI on [[DATE:Wed 19/3/2025]] for [[NAME:Gethin Pritchard]], {{age:56}}, shows a recurrent right L4/5 disc extrusion compressing the L5 root after his 2019 microdiscectomy. Reported by [[NAME:Siân Llewellyn]] for [[NAME:Owain ap Gwilym]]'s spinal MDT.
"""),

    dict(style="us_paediatric_report", note="""
ULTRASOUND PYLORUS
Patient: [[NAME:KELLY, Harrison J]]   UR: [[MRN:0774152]]   DOB: [[DATE:28/12/2024]]
Medicare: [[MRN:2951 60417 3-2]]
Referring: Dr [[NAME:Tegan Mulholland]] (Paeds reg, ward C2)
Sonographer: [[NAME:Jo]] / student [[NAME:Savannah]]    Exam: [[DATE:14/02/2025]]

History from [[NAME:Bronwyn]]; projectile non-bilious vomiting x 4 days, {{age:7 weeks}} old, ?pyloric stenosis. Hypochloraemic alkalosis on VBG ({{lab:Cl 91}}, {{lab:HCO3 31}}).

Findings: Pyloric muscle wall thickness 4.6 mm, channel length 19 mm. No passage of gastric contents through the pylorus during 10 min observation despite a 30 mL dextrose feed. Stomach distended with vigorous peristalsis.

Impression: Consistent with infantile hypertrophic pyloric stenosis.

Result called to [[NAME:Mulholland]] 11:40, surgical team aware.
Reported: A/Prof [[NAME:Duncan McAlister]]   Verified: [[NAME:DM]]
""", summary="""
Ultrasound on [[DATE:14/02/2025]] for [[NAME:Harrison Kelly]], {{age:7 weeks}}, confirmed hypertrophic pyloric stenosis (wall 4.6 mm, channel 19 mm). Result called to [[NAME:Mulholland]]; reported by [[NAME:McAlister]].
"""),

    dict(style="mammography_screening", note="""
BILATERAL SCREENING MAMMOGRAM
Patient: [[NAME:BOUCHARD-LEBLANC, Marie-Ève]]   RAMQ: [[MRN:BOUM 7203 1542]]   DOB: [[DATE:1972-03-15]]
Referring MD: Dr. [[NAME:Jean-François Thibodeau]]
Exam date: [[DATE:2025-01-09]]

Clinical history: Routine screening. Maternal aunt ([[NAME:Hélène]]) breast ca at {{age:48}}. Asymptomatic.
Comparison: [[DATE:2022-12-05]] and [[DATE:2020-11-18]].
Breast composition: ACR category C, heterogeneously dense, which may obscure small masses.

Findings: New 7 mm irregular mass with indistinct margins, left breast upper outer quadrant, posterior depth, seen on CC and MLO. No associated calcifications. Right breast stable. Benign-appearing left axillary node with fatty hilum.

Impression: {{score:BI-RADS 0}} - incomplete. Recall for diagnostic spot compression views and targeted US left breast.
Letter to patient and to Dr. [[NAME:Thibodeaux]].

Read by: Dr. [[NAME:Sunny Gagnon-Arcand]]   2nd reader: [[NAME:Yves Lachance]], MD
""", summary="""
Screening mammogram of [[DATE:2025-01-09]] for [[NAME:Marie-Ève Bouchard-Leblanc]] shows a new 7 mm irregular left upper outer mass, {{score:BI-RADS 0}}, with recall for diagnostic views and ultrasound. Read by [[NAME:Gagnon-Arcand]] and [[NAME:Lachance]].
"""),

    dict(style="echo_tte_report", note="""
TRANSTHORACIC ECHOCARDIOGRAM
Name: Mr [[NAME:Alwyn Rees]]   Hosp: [[MRN:M0457213]]   NHS: [[MRN:703 219 8845]]   DOB [[DATE:06/09/1951]]
Requested by: Dr [[NAME:R. Ambrose]] (Cardiology OPD)
Indication: Exertional breathlessness, ejection systolic murmur. ?AS progression.
Previous echo: [[DATE:22/08/2023]] (peak gradient 48 mmHg).
Sonographer: [[NAME:GH]]   Image quality: fair, apical windows limited

LV: Non-dilated, concentric LVH, IVSd 1.4 cm. {{lab:LVEF 55%}} ({{eponym:Simpson's}} biplane). Grade 1 diastolic dysfunction, {{lab:E/e' 14}}.
AV: Heavily calcified trileaflet valve, restricted opening. {{lab:Vmax 4.3 m/s}}, peak gradient 74 mmHg, {{lab:mean gradient 44 mmHg}}, {{lab:AVA 0.8 cm2}} (continuity), DVI 0.23.
MV: Mild MR. LA moderately dilated, {{lab:LAVi 41 mL/m2}}.
RV: Normal size and function, {{lab:TAPSE 2.1 cm}}. PASP 38 mmHg + RAP.

Conclusion: Severe calcific aortic stenosis, progressed since 2023. Preserved LV systolic function.
Refer to valve MDT / TAVI clinic.

Reported by [[NAME:Gwenllian Hughes]], Chief Cardiac Physiologist (BSE accredited)
Verified: Dr [[NAME:Ambrose]]
""", summary="""
Echo in [[NAME:Alwyn Rees]] shows severe calcific aortic stenosis ({{lab:mean gradient 44 mmHg}}, {{lab:AVA 0.8 cm2}}) with preserved LV function, progressed since [[DATE:22/08/2023]]. [[NAME:Hughes]] reported and [[NAME:Ambrose]] verified; referral to TAVI clinic.
"""),

    dict(style="exercise_stress_test", note="""
EXERCISE STRESS TEST REPORT
Patient: [[NAME:Jedda WANAMBI]]   DOB [[DATE:04/07/1979]]   MRN [[MRN:5521078]]
Community: [[ADDRESS:Ltyentye Apurte]]
Referring: Dr [[NAME:Lachlan Firth]]
Aboriginal Health Practitioner present: [[NAME:Roslyn Kngwarraye]]

Indication: Atypical chest pain, T2DM, smoker 20 pack-years. Father passed at {{age:51}} (MI).
Protocol: {{eponym:Bruce}}. Baseline ECG SR 78, no ischaemic change. Resting {{vital:BP 138/84}}.
Exercise duration 7:12 (stage 3), 8.6 METs. Stopped for fatigue and chest tightness. {{vital:Peak HR 158}} (88% APMHR), {{vital:peak BP 182/90}}.
ST changes: 2 mm horizontal ST depression II, III, aVF, V4-V6 at peak, persisting 5 min into recovery. No arrhythmia.
{{score:Duke treadmill score -6}} (intermediate risk).

Conclusion: Positive for inducible ischaemia. Recommend CT coronary angiogram vs direct invasive angiography - discuss with [[NAME:Firth]]. Smoking cessation: pt keen to continue {{drug:Nicorette}} patches.

Supervised by: [[NAME:Sarah-Jane Pike]] (CN)   Reported: Dr. [[NAME:Mason King]], Cardiologist
""", summary="""
[[NAME:Jedda Wanambi]], {{age:45}}, had a positive {{eponym:Bruce}} exercise test with 2 mm inferolateral ST depression and a {{score:Duke treadmill score -6}}. [[NAME:King]] recommends coronary imaging, to be discussed with [[NAME:Firth]].
"""),

    dict(style="eeg_report", note="""
ROUTINE EEG REPORT
Patient: [[NAME:Gabriel Lafleur-Ouellet]]   DOB: [[DATE:2008-10-30]]   Chart #: [[MRN:99-014-772]]   OHIP: [[MRN:4417 882 913 KT]]
Referring: Dr. [[NAME:Geneviève Roy]], Pediatric Neurology, CHEO
Date of recording: [[DATE:Nov 5, 2024]]   Tech: [[NAME:Ty]] (R. EEG T.)

History: {{age:16}} y.o. with 2 nocturnal generalized tonic-clonic seizures, last [[DATE:2024-10-28]]. Sleep-deprived study. Meds: nil. [[NAME:Chantal]] (mother) reports morning myoclonic jerks, drops cereal spoon.
Technique: 21-channel digital recording, 10-20 system, 34 min, with photic stimulation and hyperventilation. Drowsiness and stage 2 sleep captured.
Background: Well organized, 10 Hz posterior dominant rhythm, reactive to eye opening.
Abnormalities: Frequent generalized 4-6 Hz polyspike-and-wave discharges, frontally predominant, up to 3 s, increased in drowsiness. Photoparoxysmal response at 14-18 Hz flash.

Impression: Abnormal EEG supportive of idiopathic generalized epilepsy, consistent with juvenile myoclonic epilepsy in the clinical context. Treatment choice ({{drug:valproate}} vs {{drug:levetiracetam}}) deferred to [[NAME:Roy]].

Interpreted by: [[NAME:Marc-André Lachance]], MD FRCPC
cc: Dr. [[NAME:Roy]]; Dr. [[NAME:Lisa Bishop]] (family physician), [[ADDRESS:Kanata]]
""", summary="""
EEG on [[DATE:Nov 5, 2024]] for [[NAME:Gabriel Lafleur-Ouellet]], {{age:16}}, showed generalized polyspike-and-wave and a photoparoxysmal response, consistent with juvenile myoclonic epilepsy. Read by [[NAME:Lachance]] for [[NAME:Geneviève Roy]].
"""),

    dict(style="ncs_emg_report", note="""
CLINICAL NEUROPHYSIOLOGY - NERVE CONDUCTION STUDIES / EMG
Patient: [[NAME:Hope Pritchard-Evans]]   DOB [[DATE:17.01.1963]]   Hosp no. [[MRN:RJ0092213]]
Referred by: Mr [[NAME:K. Davies]], Hand Surgery (clinic letter [[DATE:27/01/2025]])
Date tested: [[DATE:10 March 2025]]

History: Nocturnal paraesthesia R > L hands 18 months, thenar wasting R. {{eponym:Tinel}} and {{eponym:Phalen}} positive R. T2DM, hypothyroid on {{drug:levothyroxine}} {{dose:100 micrograms}}.
Hand temperature 32.5 C.
NCS: R median sensory (D2-wrist) absent. L median SNAP 9 uV, CV 38 m/s (reduced). R median motor DML 7.8 ms (L 4.9 ms), CMAP 2.1 mV from APB. Ulnar and radial sensory normal bilaterally. Sural normal.
EMG: R APB fibrillations 1+, reduced recruitment, large polyphasic MUPs. R FDI and R pronator teres normal.

Conclusion: Severe R carpal tunnel syndrome ({{score:Bland grade 5}}), moderate L ({{score:Bland grade 3}}). No evidence of a generalised neuropathy or C6/7 radiculopathy. We hope this is helpful; early decompression on the right is advised.

Dr [[NAME:Tomos Bowen]], Consultant Clinical Neurophysiologist
Typed: [[NAME:ce]]
""", summary="""
Nerve studies on [[DATE:10 March 2025]] for [[NAME:Hope Pritchard-Evans]] showed severe right ({{score:Bland grade 5}}) and moderate left carpal tunnel syndrome. [[NAME:Bowen]] advises early right decompression to [[NAME:Davies]].
"""),

    dict(style="ctpa_report", note="""
CT PULMONARY ANGIOGRAM
Clinical history: Day 5 post right TKR, acute pleuritic chest pain, {{vital:SpO2 89%}} RA, {{vital:HR 118}}. {{score:Wells score 7.5}}. {{lab:D-dimer 4.2}}.
Comparison: None available.
Technique: Bolus-tracked CTPA following {{dose:60 mL}} {{drug:Omnipaque 350}} IV.

Findings: Saddle embolus at the bifurcation of the main pulmonary artery extending into bilateral lobar and segmental arteries. RV:LV ratio 1.3 with straightening of the interventricular septum and reflux of contrast into the IVC and hepatic veins. Small right pleural effusion. Wedge-shaped peripheral consolidation right lower lobe, likely infarct. No pneumothorax. Visualised upper abdomen unremarkable.

IMPRESSION: Large-volume bilateral PE with CT evidence of right heart strain. Communicated to the requesting team by telephone per departmental Critical Results Policy; PERT activation advised.
""", summary="""
CTPA after knee replacement shows a saddle pulmonary embolus with bilateral lobar clot and right heart strain (RV:LV 1.3). Result telephoned under the critical results policy.
"""),

    dict(style="ct_abdomen_report", note="""
CT ABDOMEN AND PELVIS WITH CONTRAST (portal venous)
[[NAME:RĀWIRI, Tāne Hōhepa]]    NHI [[MRN:PQR8834]]    DOB [[DATE:12/12/1985]]
Referred by [[NAME:Ngaio Whaanga]], NP
Exam [[DATE:08/04/2025]]

Hx: 3/7 RIF pain, {{vital:T 38.4}}, {{lab:WCC 16.2}}, {{lab:CRP 188}}. No previous abdominal surgery. Partner [[NAME:Huia]] and brother [[NAME:Manaia]] gave history as pt drowsy after {{drug:fentanyl}}.
Comparison: CT KUB [[DATE:14/08/2023]] (left VUJ calculus).

Findings: Dilated 11 mm appendix with periappendiceal fat stranding and a 3.2 x 2.8 cm rim-enhancing collection at the tip, in keeping with perforated appendicitis with abscess. Appendicolith 6 mm. Small volume free fluid in the pelvis. Previously noted left VUJ stone no longer seen. Liver, spleen and pancreas unremarkable. Bilateral L5 pars defects without listhesis.

Impression: Perforated appendicitis with 3 cm pelvic abscess, amenable to percutaneous drainage.
Discussed with surg reg [[NAME:Te Rangi]] at 21:05.

Reported: Dr [[NAME:Anna Oh]] (fellow)   Verified: Dr [[NAME:Craig Bunting]] FRANZCR
""", summary="""
CT on [[DATE:08/04/2025]] for [[NAME:Tāne Rāwiri]] shows perforated appendicitis with a 3 cm abscess suitable for drainage. [[NAME:Oh]] discussed it with [[NAME:Te Rangi]] from surgery.
"""),

    dict(style="mri_brain_report", note="""
MRI HEAD WITH AND WITHOUT GADOLINIUM
Pt name: [[NAME:Ffion Angharad Morgan]]   D.O.B.: [[DATE:1/3/1994]]   NHS number [[MRN:944 027 1186]]
Address: [[ADDRESS:Flat 2, 9 Stryd y Castell, Caernarfon LL55 1SE]]   Tel [[PHONE:07723 418 906]]
Referrer: Dr [[NAME:Iolo Vaughan]], Neurology
Date of scan: [[DATE:Mon 24/2/2025]]

Clinical details: Two episodes of optic neuritis (L 2021, R Dec 2024), now R leg numbness. Oligoclonal bands positive. ?MS - assess dissemination in time and space.
Comparison: MRI brain [[DATE:07/01/2022]] at Glan Clwyd.

Findings: 14 ovoid T2/FLAIR hyperintense lesions: periventricular ({{eponym:Dawson's fingers}} configuration), juxtacortical and infratentorial (R middle cerebellar peduncle). Two lesions show nodular enhancement (L centrum semiovale, L periventricular). 6 new lesions since 2022. A further punctate focus in the R frontal white matter may be vascular. No mass effect.

Opinion: Appearances fulfil 2017 {{eponym:McDonald}} criteria for dissemination in space and time.

Reported by: Dr. [[NAME:Elin Pugh]]   Transcribed by: [[NAME:May Lewis]] [[DATE:25/02/2025]]
cc Dr [[NAME:Vaughan]]; GP Dr [[NAME:Rhodri Jenkins]], [[ADDRESS:Caernarfon]]
""", summary="""
MRI of [[DATE:Mon 24/2/2025]] in [[NAME:Ffion Morgan]], {{age:30}}, shows 14 demyelinating lesions with two enhancing, fulfilling {{eponym:McDonald}} criteria. Reported by [[NAME:Pugh]] for [[NAME:Iolo Vaughan]].
"""),

    dict(style="venous_duplex_report", note="""
VASCULAR LAB - BILATERAL LOWER LIMB VENOUS DUPLEX
Patient: [[NAME:Dorothy Winifred ASHCROFT]]   Age: [[AGE:93]]   MRN [[MRN:00481227]]
Ward: Kestrel (ortho-geriatrics)   Requested by: Dr. [[NAME:Hunter Fairweather]]
Date: [[DATE:6th January 2025]]

History from grandson [[NAME:Will]] as pt confused: L calf swelling since Sat, NOF repair 10 days ago, on {{drug:enoxaparin}} {{dose:40 mg}} daily prophylaxis.

Findings: Left: non-compressible, expanded popliteal vein with echogenic thrombus extending into the posterior tibial and peroneal veins. CFV and femoral vein compressible with phasic flow. Right: fully compressible, normal augmentation.
Incidental 4 cm {{eponym:Baker's cyst}} L popliteal fossa, intact, no rupture.

Impression: Acute L popliteal and calf DVT.
Result given to [[NAME:Hunter]] on ward at 16:20; team will switch to treatment-dose anticoagulation.

Vascular scientist: [[NAME:Ellie Baker]], AVS
""", summary="""
Duplex on [[DATE:6th January 2025]] for [[NAME:Dorothy Ashcroft]], [[AGE:93]], after hip fracture repair shows acute left popliteal and calf DVT and an incidental {{eponym:Baker's cyst}}. [[NAME:Baker]] gave the result to [[NAME:Fairweather]], who will start treatment-dose anticoagulation.
"""),

    dict(style="stress_echo_report", note="""
DOBUTAMINE STRESS ECHOCARDIOGRAM
Name: [[NAME:Whitfield, Dallas R.]]   MRN: [[MRN:7730145]]   Acct: [[MRN:40019827731]]   DOB: [[DATE:08/14/1956]]
Ordering: [[NAME:Austin Carraway]], MD    Sonographer: [[NAME:april n.]] (RDCS)
Date of study: [[DATE:11/19/2024]]

Indication: Pre-op risk stratification before open AAA repair; unable to use treadmill (R BKA).
Protocol: {{drug:Dobutamine}} {{dose:5 to 40 mcg/kg/min}} in 3-min stages, {{drug:atropine}} {{dose:0.5 mg}} x2 added. Target HR 139 (85% MPHR) reached at 141 bpm. BP {{vital:128/72}} -> {{vital:164/80}}.
Rest: Normal LV size, {{lab:EF 60%}}, no regional wall motion abnormality.
Peak: Hyperdynamic, all segments augment, cavity obliteration. No new RWMA.
ECG: No diagnostic ST changes; rare PVCs. Symptoms: none. Terminated at target.

Impression: Negative for inducible ischemia at adequate workload. Low risk for perioperative cardiac events.

Read by: [[NAME:K. Young]], MD   cc: Dr. [[NAME:Carraway]]; vascular surgery (Dr. [[NAME:Georgia Pennington]])
""", summary="""
{{drug:Dobutamine}} stress echo on [[DATE:11/19/2024]] for [[NAME:Dallas Whitfeild]] before AAA repair was negative for ischemia at target heart rate. Read by [[NAME:Young]] for [[NAME:Carraway]] and [[NAME:Pennington]].
"""),

    dict(style="toe_report", note="""
TRANSOESOPHAGEAL ECHOCARDIOGRAM
Patient: Mr [[NAME:Darcy O'LOUGHLIN]]   UR [[MRN:3318842]]   DOB [[DATE:21/05/1960]]   Medicare [[MRN:4187 22013 1]]
Cardiologist: Dr [[NAME:Grace McKinnon]]    Anaesthetist: Dr [[NAME:Ed Halloran]] ({{drug:propofol}} sedation)
Nurse: [[NAME:Faith]] (RN)   Date: [[DATE:Thursday 16 January 2025]]

Indication: S. aureus bacteraemia 3/3 sets, bioprosthetic AVR 2017 ([[NAME:Keneally]]). TTE non-diagnostic.
Findings:
- 9 x 6 mm mobile echodensity on the ventricular aspect of the bioprosthetic aortic valve, consistent with vegetation.
- Echo-free space posterior to the aortic root, 12 mm, with systolic expansion: aortic root abscess.
- Mild paravalvular regurgitation at 10 o'clock. Mean gradient 14 mmHg.
- LAA: no thrombus, emptying velocity 52 cm/s. {{lab:LVEF 50%}}.

Conclusion: Prosthetic valve endocarditis with aortic root abscess. Modified {{eponym:Duke}} criteria: definite. Urgent cardiothoracic referral made to Mr [[NAME:Hamish Tregear]]. ID aware. [[NAME:McKinnon]] spoke w [[NAME:darcy]]'s wife [[NAME:Leanne]] at bedside.
""", summary="""
TOE on [[DATE:Thursday 16 January 2025]] in [[NAME:Darcy O'Loughlin]] shows prosthetic aortic valve endocarditis with a root abscess. [[NAME:Grace McKinnon]] referred urgently to [[NAME:Tregear]] and updated his wife.
"""),

    dict(style="breast_imaging_symptomatic", note="""
BREAST IMAGING - SYMPTOMATIC CLINIC
[[NAME:April HAWORTH]]   NHS [[MRN:550 318 2274]]   DOB [[DATE:30/04/1981]]
Clinic consultant: Ms [[NAME:Rosalind Kerr]], Breast Surgery
Date: [[DATE:02/10/2024]]   Radiographers: [[NAME:KT]] / [[NAME:SB]]

History: 3/52 palpable lump L breast 2 o'clock. Seen in April 2024 with cyclical mastalgia only. FHx: sister ([[NAME:Jade]]) breast ca at {{age:39}}.
Mammography (2 view, bilateral): Dense breasts. At the palpable site a 17 mm spiculated mass with associated fine pleomorphic microcalcification. {{score:M5}}.
Ultrasound L breast: 18 x 15 mm irregular hypoechoic mass, 2 o'clock 4 cm FN, posterior acoustic shadowing. {{score:U5}}. L axilla: one node with cortical thickening 4 mm, {{score:U4}}.
Procedures: US-guided 14G core biopsy x3 of mass (marker clip placed) and FNA of node, under {{drug:lidocaine}} {{dose:1% 5 mL}}. No immediate complication.

Results clinic [[DATE:Tues 08/10/2024]] with [[NAME:Kerr]] and breast care nurse [[NAME:Rose Thackeray]].
Radiologist: Dr [[NAME:Imogen Cross]]
""", summary="""
[[NAME:April Haworth]] has a 17-18 mm spiculated left breast mass ({{score:M5}}/{{score:U5}}) with a suspicious axillary node; core biopsy and FNA were done by [[NAME:Cross]] on [[DATE:02/10/2024]]. Results with [[NAME:Kerr]] on [[DATE:Tues 08/10/2024]].
"""),

    dict(style="echo_limited_icu", note="""
LIMITED TTE - bedside, ICU Bay 4
Indication: Hypotension on {{drug:noradrenaline}} {{dose:0.3 mcg/kg/min}} 6 h post CABG x3; ?tamponade. {{vital:MAP 58}}, CVP 18.
Findings: Moderate loculated pericardial collection posterior to the LV and around the RA, max 18 mm. Diastolic RA collapse > 1/3 cycle; RV free wall collapse in early diastole. IVC 24 mm, plethoric, < 10% respiratory variation. Mitral inflow E-wave variation 32%. {{lab:LVEF 45%}} visually. No new RWMA.
Conclusion: Echocardiographic features of (regional) tamponade physiology.
Cardiothoracic registrar at bedside during scan; plan return to theatre. {{drug:Vasopressin}} started as bridge.
""", summary="""
Bedside echo after CABG shows a loculated posterior pericardial collection with RA and RV collapse consistent with tamponade. Plan return to theatre.
"""),

    dict(style="emg_mnd_report", note="""
Neurophysiology Report
[[NAME:KIRRA WALKER-JONES]]    UR [[MRN:11029384]]    DOB [[DATE:09/09/1970]]
Address: [[ADDRESS:4/18 Boundary St, West End QLD 4101]]   Ph [[PHONE:0431 772 058]]
Referring neurologist: Dr [[NAME:Bo Eriksen]]
Test date: [[DATE:27/11/2024]]

Clinical: 8 months progressive R hand weakness, cramps; fasciculations in both arms noticed by husband [[NAME:Daku]]. Mild dysarthria. No sensory symptoms. {{lab:CK 412}}.
NCS: Motor amplitudes reduced R median (APB 1.8 mV) and R ulnar (ADM 2.6 mV), normal distal latencies and CVs. No conduction block on segmental stimulation. Sensory studies normal in all 4 limbs. Split-hand pattern.
EMG: Active denervation (fibs/PSWs) and chronic reinnervation in R FDI, APB, biceps, L FDI, R tibialis anterior and T8 paraspinals. Widespread fasciculations. Tongue: fasciculations, no fibs.

Summary: Widespread active and chronic denervation in cervical, thoracic, lumbosacral and bulbar segments with normal sensory responses. Meets Gold Coast criteria for ALS in the appropriate clinical setting.

Dr [[NAME:Rhiannon Tully]], Neurophysiologist
cc [[NAME:Eriksen]]; GP Dr [[NAME:Alinta Collins]], Riverbend Family Practice
""", summary="""
EMG on [[DATE:27/11/2024]] for [[NAME:Kirra Walker-Jones]] shows widespread active and chronic denervation in four regions with normal sensory studies, meeting criteria for ALS. Reported by [[NAME:Tully]] to [[NAME:Eriksen]].
"""),

    dict(style="video_eeg_paeds", note="""
PAEDIATRIC VIDEO-EEG TELEMETRY - 48 h
Child: [[NAME:Māhina Tipoki-Reid]]   NHI: [[MRN:JRT5520]]   DOB: [[DATE:15/06/2019]]
Paediatric neurologist: Dr [[NAME:Rawiri Kingi]]
Admission: [[DATE:10/03/2025]] - [[DATE:12/03/2025]]

Hx: Episodes of staring and lip-smacking 5-10/day, first noticed in class by teacher [[NAME:Summer Lowe]]. History from mum [[NAME:Whetu]]; dad [[NAME:Nikau]] on the phone. On {{drug:levetiracetam}} {{dose:250 mg}} bd.
Events: 14 typical events captured (button pressed by [[NAME:Whetu]] or nursing staff). Each with 3 Hz generalised spike-and-wave lasting 6-14 s, behavioural arrest and eyelid flutter. HV provoked 3.
Interictal: Normal background for age; frequent brief 3 Hz generalised discharges.

Impression: Childhood absence epilepsy. No focal features. Suggest {{drug:ethosuximide}} as first line, per [[NAME:Kingi]].

Tech notes: electrodes reapplied [[DATE:11/03]] 02:00 by [[NAME:jm]], pt pulled off Fp1/F7 ~01:30. [[NAME:whetu]] staying overnight, nan [[NAME:Ripeka]] relieving in am.
Reported: Dr [[NAME:Sophie Delacroix-Hunt]]
""", summary="""
Video-EEG for [[NAME:Māhina Tipoki-Reid]], {{age:5}}, captured 14 typical absences with 3 Hz generalised spike-and-wave, diagnostic of childhood absence epilepsy. [[NAME:Delacroix-Hunt]] suggests {{drug:ethosuximide}} via [[NAME:Kingi]].
"""),

    dict(style="ct_kub_report", note="""
CT ABDOMEN/PELVIS - RENAL COLIC PROTOCOL (low-dose, non-contrast)
Patient: [[NAME:BÉLANGER, JEAN-PHILIPPE]]   MRN: [[MRN:H0089213]]   Visit: [[MRN:V2504418810]]
DOB: [[DATE:1988-07-02]]   Exam: [[DATE:2025-02-17]] 03:14
Ordering physician: Dr. [[NAME:Li Ng]], Emergency

History: L flank pain radiating to groin, hematuria. Prior stone passed spontaneously in Aug 2021 per patient. {{lab:Creatinine 118}}.
Comparison: US kidneys [[DATE:2021-08-30]].

Findings: 5 x 4 mm calculus at the L ureterovesical junction with moderate L hydroureteronephrosis and perinephric stranding. Non-obstructing 3 mm lower pole R renal stone. Normal appendix. Mild lumbar degenerative change.

Impression: Obstructing 5 mm L UVJ stone; likely to pass (< 6 mm). {{drug:Tamsulosin}} at ED discretion.
Preliminary report given to [[NAME:Ng]] by Dr. [[NAME:Jordan Cloutier]] (resident) at 04:02.
Final read: Dr. [[NAME:Hélène Boisvert]], FRCPC
""", summary="""
Non-contrast CT on [[DATE:2025-02-17]] for [[NAME:Jean-Philippe Bélanger]], {{age:36}}, shows an obstructing 5 mm left UVJ stone with moderate hydronephrosis. [[NAME:Cloutier]] gave the preliminary read to [[NAME:Ng]]; finalised by [[NAME:Boisvert]].
"""),

    dict(style="mri_knee_dictation", note="""
Dictated by Mr [[NAME:Gareth Price]] FRCS (Orth) / Transcribed by [[NAME:jpw]] [[DATE:04/12/2024]]
re: [[NAME:Bryn Catesby-Jones]], dob [[DATE:19/8/1999]], hosp no [[MRN:W448120]], NHS [[MRN:402 881 6635]]

MRI right knee, date of scan [[DATE:2nd December 2024]]. Clinical history twisting injury playing rugby on [[DATE:16th November]], locking and effusion since. Comparison radiographs [[DATE:18/11/2024]]. Findings there is a complete tear of the anterior cruciate ligament with bone bruising of the lateral femoral condyle and posterolateral tibial plateau in the typical pivot shift pattern. Bucket handle tear of the medial meniscus with the displaced fragment in the intercondylar notch comma the double PCL sign full stop. Posterior cruciate ligament otherwise intact. MCL grade 1 sprain. Moderate effusion. Articular cartilage preserved. Conclusion ACL rupture and displaced bucket handle medial meniscal tear, for urgent arthroscopy, I will discuss with [[NAME:Bryn]] in clinic on Friday and his mum [[NAME:Carys]] who has been ringing. Case to go on the knee MDT list, [[NAME:Rhian]] please add.
""", summary="""
MRI of [[DATE:2nd December 2024]] for [[NAME:Bryn Catesby-Jones]] shows ACL rupture with a displaced bucket handle medial meniscal tear. [[NAME:Price]] plans urgent arthroscopy and MDT listing.
"""),

    dict(style="nuclear_mpi_report", note="""
MYOCARDIAL PERFUSION SCAN (Tc-99m sestamibi, 1-day rest/stress, pharmacological)
Name: [[NAME:PAGE, Lorraine E]]    DOB [[DATE:11/11/1955]]    MRN [[MRN:2290415]]
Address: [[ADDRESS:33 Wattle Grove, Shepparton VIC 3630]]
Referring: Dr [[NAME:Nathan Kerslake]]   Study date: [[DATE:29/01/2025]]

Indication: Exertional dyspnoea, LBBB on ECG (precludes exercise ECG interpretation). Severe knee OA.
Stress: {{drug:Regadenoson}} ({{drug:Lexiscan}}) {{dose:400 mcg}} IV bolus. HR 72 -> 96. {{vital:BP 146/80}} -> {{vital:132/74}}. Mild flushing, no chest pain. {{drug:Aminophylline}} not required.
Images: Moderate-size, moderate-severity reversible defect in the anterior wall and apex. Fixed mild septal reduction consistent with LBBB artefact. {{score:Summed stress score 9}}, {{score:summed difference score 7}}. Gated LVEF 52% at rest, 46% post-stress with transient ischaemic dilatation ratio 1.21.
No major extracardiac uptake abnormality.

Conclusion: Reversible LAD territory ischaemia (~10% myocardium) with TID - high-risk features. Recommend coronary angiography.

Reported by Dr [[NAME:Siobhan Major]], Nuclear Medicine Physician. Technologist: [[NAME:Corey Finch]].
""", summary="""
{{drug:Regadenoson}} perfusion scan on [[DATE:29/01/2025]] for [[NAME:Lorraine Page]] shows reversible LAD-territory ischaemia with transient ischaemic dilatation. [[NAME:Major]] recommends angiography to [[NAME:Kerslake]].
"""),

    dict(style="carotid_duplex", note="""
CAROTID AND VERTEBRAL ARTERY DUPLEX
Indication: Transient L arm weakness and dysarthria lasting 40 min. {{score:ABCD2 score 5}}. On {{drug:aspirin}} {{dose:300 mg}} loading, {{drug:atorvastatin}} {{dose:80 mg}}.
Right ICA: Heterogeneous, irregular plaque at the origin. PSV 312 cm/s, EDV 118 cm/s, ICA/CCA ratio 4.6. Consistent with 70-99% stenosis (NASCET criteria equivalent). Post-stenotic turbulence.
Left ICA: Minor smooth plaque, PSV 78 cm/s, < 50%.
Vertebrals: antegrade flow bilaterally.
Conclusion: Severe symptomatic right ICA stenosis. Refer to vascular surgery for consideration of carotid endarterectomy within 2 weeks, as per National Stroke Guidelines. TIA clinic team informed.
""", summary="""
Duplex shows a severe (70-99%) symptomatic right ICA stenosis after a TIA with {{score:ABCD2 score 5}}. Referred for urgent endarterectomy assessment.
"""),

    dict(style="thyroid_us_report", note="""
THYROID ULTRASOUND
Pt: [[NAME:Lincoln Beaudoin]]   PHN [[MRN:9087 554 231]]   DOB [[DATE:1977-05-22]]   Tel [[PHONE:(250) 338-4127]]
Home: [[ADDRESS:Nanaimo]]
Referring: Dr. [[NAME:Sunny Arcand]], Harbourview Family Practice   Date: [[DATE:Feb 12, 2025]]

History: Palpable R neck nodule, euthyroid ({{lab:TSH 1.8}}). Mother had {{eponym:Hashimoto}} thyroiditis. No radiation exposure.
Findings: R lobe 5.8 x 2.1 x 2.0 cm. R mid-pole solid hypoechoic nodule 1.9 x 1.4 x 1.6 cm, taller-than-wide, microlobulated margins, punctate echogenic foci. {{score:ACR TI-RADS 5}} (TR5). L lobe: 6 mm spongiform nodule, TR1. Isthmus 3 mm. No abnormal cervical nodes.

Impression: TR5 R nodule, meets criteria for FNA. L nodule benign-appearing, no follow-up.
FNA booked [[DATE:2025-03-04]] with Dr. [[NAME:Nadine Thériault]]; pt informed by [[NAME:MK]] (clerk) - he asked that his wife [[NAME:Madison]] be called at same number.
Sonographer: [[NAME:D. Pelletier]]   Radiologist: [[NAME:Thériault N]]
""", summary="""
Thyroid ultrasound on [[DATE:Feb 12, 2025]] for [[NAME:Lincoln Beaudoin]] shows a 1.9 cm {{score:ACR TI-RADS 5}} right nodule; FNA booked with [[NAME:Thériault]] on [[DATE:2025-03-04]]. Results to [[NAME:Arcand]].
"""),

    dict(style="echo_paediatric", note="""
PAEDIATRIC ECHOCARDIOGRAM
Baby Girl [[NAME:TUDUR]] (mother [[NAME:Gwenno Tudur]])   Hosp no: [[MRN:N3320184]]   DOB: [[DATE:07/01/2025]]
Ref: Dr [[NAME:Dafydd Meredith]] (NICU) - murmur on day 2, sats pre-ductal 97% post-ductal 93%.
Parents present: [[NAME:Gwenno]] and [[NAME:Dai]].

Findings: Situs solitus, levocardia. Large (6 mm) perimembranous VSD, L->R shunt, peak gradient 22 mmHg. Moderate PDA 3 mm, L->R. PFO with L->R flow. Normal arch, no coarctation. Good biventricular function. No pericardial effusion.

Conclusion: Large perimembranous VSD and moderate PDA.
Plan: Start {{drug:furosemide}} {{dose:1 mg/kg}} bd; repeat echo at 2 weeks; discussed with the cardiac surgical centre in [[ADDRESS:Bristol]] - will review at joint clinic.

Echo performed by: [[NAME:Lowri ap Iorwerth]], Paediatric Cardiac Physiologist
Reported: Dr [[NAME:Nia Gruffydd]], Paediatric Cardiologist (e-signed [[NAME:ngruffydd]])
""", summary="""
Echo in newborn Baby Girl [[NAME:Tudur]] shows a large perimembranous VSD and a moderate PDA with left-to-right shunts. [[NAME:Gruffydd]] started {{drug:furosemide}} and will repeat the echo in 2 weeks.
"""),

    dict(style="cta_aorta_report", note="""
CTA AORTA (dissection protocol)
Mr [[NAME:Jarrah Cooper-Smith]]   UR [[MRN:4402918]]   DVA card [[MRN:QX224871B]]   DOB [[DATE:30/10/1962]]
Referring: ED, Dr [[NAME:Morgan Tait]]   Exam: [[DATE:Sat 8/2/2025]] 21:48

Hx: Sudden tearing interscapular pain, {{vital:BP 196/104}} R arm, {{vital:BP 170/96}} L arm. Known HTN, poorly adherent to {{drug:amlodipine}}.
Comparison: Nil.
Findings: Intimal flap originating just distal to the L subclavian artery, extending to the aortic bifurcation ({{eponym:Stanford}} type B, {{eponym:DeBakey}} IIIb). Ascending aorta and arch spared, 38 mm. Coeliac and SMA from true lumen. L renal artery from false lumen with delayed L nephrogram. No rupture, no mediastinal haematoma. Max descending diameter 44 mm.
Impression: Acute complicated type B dissection (L renal malperfusion).

ADDENDUM 22:40: Discussed with vascular surgeon Mr [[NAME:Cameron Hinds]] on [[PHONE:0409 663 120]]; he will review images and page the ICU registrar.
Reported: Dr [[NAME:Xavier Dunstan]]   cc: [[NAME:MT]]
""", summary="""
CTA on [[DATE:Sat 8/2/2025]] for [[NAME:Jarrah Cooper-Smith]] shows an acute type B aortic dissection with left renal malperfusion. [[NAME:Dunstan]] discussed it with [[NAME:Hinds]] from vascular surgery.
"""),

    dict(style="eeg_icu_continuous", note="""
CONTINUOUS EEG - ICU, day 2 post cardiac arrest
Indication: Out-of-hospital VF arrest, ROSC 22 min. Targeted temperature management completed. {{score:GCS E1VTM1}} off sedation for 12 h. {{lab:NSE 78}}.
Medications: {{drug:Propofol}} ceased 06:00; {{drug:levetiracetam}} {{dose:1 g}} bd; {{drug:midazolam}} prn.
Background: Burst suppression with identical bursts (highly epileptiform), suppression periods 4-8 s, < 10 uV. No reactivity to auditory, painful or passive eye-opening stimuli.
Periodic patterns: Generalised periodic discharges at 1 Hz during first 6 h, resolved.
No electrographic seizures.
Impression: Highly malignant EEG pattern (suppressed background with periodic discharges, unreactive), which in combination with the clinical examination, NSE and absent N20 SSEPs supports a poor neurological prognosis per ERC-ESICM guidelines. Discussed at ICU multidisciplinary meeting.
""", summary="""
Continuous EEG after cardiac arrest shows an unreactive burst-suppression pattern with identical bursts and periodic discharges, a highly malignant pattern. Together with {{lab:NSE 78}} and absent SSEPs this supports a poor prognosis.
"""),

    dict(style="obstetric_us_report", note="""
OBSTETRIC ULTRASOUND - DATING / NUCHAL TRANSLUCENCY
[[NAME:Hana KEREAMA]]   NHI [[MRN:MKD6631]]   DOB [[DATE:03/08/1997]]   LMP [[DATE:18/09/2024]]
LMC midwife: [[NAME:Tania Paewai]] (ph [[PHONE:027 448 3391]])
Scan date [[DATE:19/12/2024]]   Sonographer: [[NAME:Ngaire]]

Findings: Single live intrauterine pregnancy. FHR 158 bpm. CRL 62 mm = 12w4d, consistent with dates. EDD [[DATE:25/06/2025]] by LMP, confirmed. NT 1.4 mm (normal for CRL). Nasal bone present. Placenta posterior fundal, clear of os. Cervix 3.6 cm. Early anatomy: skull ossified, stomach and bladder seen, four limbs moving.

Comment: Low-risk NT. Combined first trimester screen bloods ({{lab:PAPP-A}}, free {{lab:beta-hCG}}) taken same day; risk to follow to [[NAME:Paewai]].
Partner [[NAME:Wiremu]] attended. Copy to GP Dr [[NAME:Kate Burrows]].
Reported: Dr [[NAME:Penelope Hart-Dyke]]
""", summary="""
Dating scan on [[DATE:19/12/2024]] for [[NAME:Hana Kereama]] shows a single live pregnancy at 12w4d consistent with dates and a normal NT of 1.4 mm. Screening result to follow to midwife [[NAME:Paewai]].
"""),

    dict(style="screening_results_letter", note="""
NHS Breast Screening Programme - Results letter
Ms [[NAME:Florence Baker]]
[[ADDRESS:12 Orchard Close]]
[[ADDRESS:Leominster]]
[[ADDRESS:HR6 8QE]]
Date: [[DATE:5th March 2025]]
NHS No: [[MRN:611 920 4478]]

Dear Ms [[NAME:Baker]],
Thank you for attending your breast screening appointment at the mobile unit in [[ADDRESS:Ledbury]] on [[DATE:20th February 2025]]. Your mammogram showed an area that we would like to look at more closely. This happens to about 4 in every 100 women screened, and most women who are recalled do not have cancer.
We have booked you an assessment appointment on [[DATE:Thursday 13th March 2025]] at 10:20. You may need further X-rays, an ultrasound scan and possibly a needle biopsy. Please allow up to 3 hours. If you cannot attend, please ring [[NAME:Sharon]] or [[NAME:Gail]] on [[PHONE:01432 364 118]].

Yours sincerely,
Dr [[NAME:Hywel Grace]], Director of Breast Screening
cc: Dr [[NAME:M. Green]], The Marches Surgery
""", summary="""
[[NAME:Florence Baker]] is recalled after screening mammography on [[DATE:20th February 2025]] for assessment on [[DATE:Thursday 13th March 2025]]. Letter from [[NAME:Grace]], copied to GP [[NAME:Green]].
"""),
]
