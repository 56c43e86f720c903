# fresh2 notes, part F. Each entry: (style, marked note, marked summary). Written by hand.
NOTES = [
('international_transfer_letter',
"""St Aldhelm's Hospital (synthetic), [[ADDRESS:14 Wexford Road, London SE1 7EH]]
Tel [[PHONE:+44 20 7946 0958]]

[[DATE:27/02/2024]]

Dear colleague,
Re: Mrs [[NAME:Kaʻiulani Makoa-Fairbairn]], NHS no. [[MRN:943 476 5919]]
This {{age:58}}-year-old lady was holidaying in London when she presented on the [[DATE:22nd]] with a STEMI. Primary PCI to the RCA was performed by Dr [[NAME:Aoife Ní Bhriain]]. She is flying home to Honolulu on the [[DATE:2nd of March]] with her husband, [[NAME:Graham]], escorted by nurse [[NAME:Precious]].
Medications: {{drug:aspirin}} {{dose:75 mg}}, {{drug:ticagrelor}} {{dose:90 mg}} BD, {{drug:bisoprolol}} {{dose:2.5 mg}}, {{drug:ramipril}} {{dose:2.5 mg}}, {{drug:atorvastatin}} {{dose:80 mg}}.
Echo: LVEF 50%, inferior hypokinesia.
Kind regards,
Dr [[NAME:Oluwatobi Adesanya]], Cardiology Registrar
[[EMAIL:o.adesanya@staldhelms-syn.example.nhs.uk]]""",
"""Mrs [[NAME:Makoa-Fairbairn]] had primary PCI in London and flies home on the [[DATE:2nd of March]] with her husband [[NAME:Graham]]."""),

('ed_multi_patient_board_dictation',
"""ed board dictation, resident [[NAME:kwame mensah]]:
bed 3 - [[NAME:ellis]], {{age:34}}, rule out PE, {{score:wells 4.5}}, ddimer {{lab:1,240}}, cta pending.
bed 5 - mrs [[NAME:oyelowo]] with her son [[NAME:dayo]], hyperglycemia {{lab:512}}, no gap.
bed 8 - the cook from the cafeteria, [[NAME:hector ibarra]], burn to forearm, silvadene.
bed 11 - [[NAME:grace]] and [[NAME:faith adeyemi-brooks]], twins age {{age:6}}, both vomiting, {{drug:zofran}} odt given.
attending dr [[NAME:price]] aware of all.""",
"""resident [[NAME:kwame mensah]] dictated updates on [[NAME:ellis]] (PE workup), [[NAME:hector ibarra]] (burn) and twins [[NAME:grace]] and [[NAME:faith adeyemi-brooks]]."""),

('obstetric_ultrasound',
"""OB US (anatomy scan) - [[NAME:Mei-Ling Chou]], G1P0, EDD [[DATE:7/15/24]] by LMP c/w 1st tri US.
Single live IUP, 20w2d. EFW 340 g (48%). Placenta posterior, clear of os. AFI normal. Anatomy: complete, normal. Cervical length 3.9 cm.
Pt and husband [[NAME:Yu Jie]] did not want to know sex - sealed envelope given to her sister [[NAME:Mei-Hua]] for a reveal party.
Sonographer [[NAME:Carys Pryce-Jones]], RDMS; read by [[NAME:Temitope Adegoke]], MD.""",
"""Normal 20-week anatomy scan for [[NAME:Mei-Ling Chou]]; sex kept sealed for her sister [[NAME:Mei-Hua]]."""),

('pharmacy_refill_fax',
"""REFILL REQUEST - Corner Drug (synthetic) [[PHONE:(406) 555-0110]] fax [[PHONE:(406) 555-0111]]
Patient: [[NAME:Wolf, Charlotte May]]   DOB [[DATE:08/08/1938]]   Address [[ADDRESS:PO Box 88, Two Dot, MT 59085]]
Rx: {{drug:Xarelto}} {{dose:15 mg}} #30, last fill [[DATE:1/29/24]]. Prescriber: Dr. [[NAME:Bjorn Halvorsen]]
[x] Approved, 5 refills - [[NAME:B. Halvorsen]] [[DATE:2/28/24]]""",
"""Dr. [[NAME:Halvorsen]] approved a {{drug:Xarelto}} refill for [[NAME:Charlotte May Wolf]] on [[DATE:2/28/24]]."""),

('nophi_procedure_note_lp',
"""LUMBAR PUNCTURE: consent obtained. L3-4, 20g {{eponym:Quincke}} needle, first pass. Opening pressure 28 cmH2O. Clear CSF, 4 tubes. {{lab:WBC 2}}, {{lab:protein 38}}, {{lab:glucose 62}}. Closing pressure 16. Pt tolerated well; {{drug:Tylenol}} {{dose:650 mg}} for post-LP headache prevention not needed. {{age:29}}F with IIH on {{drug:Diamox}} {{dose:500 mg}} BID.""",
"""LP in a {{age:29}}-year-old woman with IIH showed opening pressure 28 cmH2O and normal CSF; continue {{drug:Diamox}}."""),

]
