NOTES = [
    dict(style="interpreter_visit", note="""
FAMILY MEDICINE - FOLLOW-UP (interpreter-mediated)
Pt: [[NAME:Dolores Cuéllar Ríos]]   DOB [[DATE:02/27/1959]]   MRN [[MRN:8830147]]   Visit [[DATE:04/10/2025]]
Spanish interpreter by phone: [[NAME:Maricruz]], ID [[MRN:441902]] (CyraCom). Daughter [[NAME:Yesenia]] present; pt prefers interpreter for medical content.
S: "Tengo dolores de cabeza todos los días" - daily bitemporal HA x 3 wk, worse in AM, jaw pain when chewing, one episode of blurred vision R eye on [[DATE:4/6]] lasting ~5 min. Shoulder/hip stiffness in mornings. No fever.
O: {{vital:BP 138/82}} {{vital:HR 84}} {{vital:T 36.9}}. R temporal artery tender, nodular, diminished pulse. Fundi grossly nl. Strength {{score:5/5}}.
Labs today: {{lab:ESR 78}}, {{lab:CRP 4.1 mg/dL}}, {{lab:plt 468}}.
A: suspected GCA ({{eponym:Horton}} disease) with PMR sx and transient visual sx.
P: {{drug:prednisone}} {{dose:60 mg}} daily starting today; urgent temporal artery bx, Dr. [[NAME:Zúñiga]] (vascular) - referral sent; same-day ophthalmology. {{drug:Calcium}} + {{drug:vitamin D}}; continue home {{drug:omeprazole}} {{dose:20 mg}}.
Teach-back via [[NAME:Maricruz]]: pt repeated "si pierdo la vista, voy a emergencias." Daughter cell [[PHONE:(323) 660-7182]].
[[NAME:Dolores]] to return in 1 wk; [[NAME:ek]] to schedule.
""", summary="""
[[NAME:Dolores Cuéllar Ríos]] was seen on [[DATE:04/10/2025]] through a phone interpreter for 3 weeks of headaches, jaw claudication and transient visual loss with {{lab:ESR 78}}, concerning for giant cell arteritis. {{drug:Prednisone}} {{dose:60 mg}} was started with urgent biopsy by Dr. [[NAME:Zúñiga]] and same-day ophthalmology.
"""),

    dict(style="clinic_abroad", note="""
CONSULTORIO EXTERNO DE ENDOCRINOLOGÍA
Paciente: [[NAME:FERNÁNDEZ PAZ, MARÍA JIMENA]]   DNI [[MRN:32.418.907]]   HC [[MRN:551.230]]
Fecha: [[DATE:12 de marzo de 2025]]   Domicilio: [[ADDRESS:Ramos Mejía]]   Tel. [[PHONE:+54 9 11 4492-3318]]
Derivada por Dr. [[NAME:Sosa]] (clínica médica) por palpitaciones y pérdida de peso.
MC: palpitaciones, temblor fino, intolerancia al calor, pérdida de 6 kg desde diciembre. Niega dolor precordial.
EF: {{vital:FC 112}}, {{vital:TA 130/70}}, {{vital:peso 54 kg}}. Bocio difuso grado II, exoftalmos leve bilateral, temblor fino distal.
Lab ([[DATE:28/2/25]]): {{lab:TSH <0,01}}, {{lab:T4L 3,9}}, {{lab:TRAb 12,4}}. Hemograma normal.
Dx: enfermedad de {{eponym:Graves-Basedow}}.
Plan: {{drug:metimazol}} {{dose:20 mg}}/día, {{drug:propranolol}} {{dose:40 mg}} c/12 h. Hemograma y hepatograma en 3 semanas. Oftalmología (Dra. [[NAME:Iñíguez]]).
Se explica riesgo de agranulocitosis: si fiebre o dolor de garganta, suspender y consultar.
Próximo control: [[DATE:2/4/25]] (2 de abril).
Dra. [[NAME:Cecilia Graves]] - MN [[MRN:118.442]]
""", summary="""
On [[DATE:12 de marzo de 2025]] Dra. [[NAME:Graves]] diagnosed [[NAME:María Jimena Fernández Paz]] with {{eponym:Graves-Basedow}} disease ({{lab:TSH <0.01}}, {{lab:TRAb 12.4}}) and started {{drug:metimazol}} {{dose:20 mg}} and {{drug:propranolol}}. Follow-up is on [[DATE:2/4/25]].
"""),

    dict(style="clinic_abroad", note="""
UBS - ATENDIMENTO HIPERDIA (hipertensão e diabetes)
Data: [[DATE:2 de junho de 2024]]
Paciente: [[NAME:Sebastião Ferreira dos Santos]], {{age:68}} anos, CNS [[MRN:702 4048 1163 2218]]
Endereço: [[ADDRESS:Rua das Acácias, 415]], bairro [[ADDRESS:Vila Nova]], [[ADDRESS:Ibirité]]/MG
Visita domiciliar prévia pela acs [[NAME:rosângela]] em [[DATE:28/05]]: paciente sem remédio há 10 dias.
S: cefaleia occipital, visão "embaçada", poliúria. Toma irregular - "faltou na farmácia popular."
O: {{vital:PA 168/98}} (2ª medida {{vital:PA 162/96}}), {{vital:FC 88}}, {{lab:glicemia capilar 246}}, {{vital:peso 91 kg}}. {{lab:HbA1c 9,8%}} ([[DATE:15/05/2024]]).
Medicamentos: {{drug:losartana}} {{dose:50 mg}} 12/12h, {{drug:hidroclorotiazida}} {{dose:25 mg}}/dia, {{drug:metformina}} {{dose:850 mg}} 3x/dia.
Conduta: reforço de adesão, receita renovada por 6 meses, encaminhado para oftalmologia (fundo de olho) e nutricionista. Solicitado creatinina, potássio, EAS, microalbuminúria.
Retorno [[DATE:30/06]] com a enf. [[NAME:Jô]] para aferição.
Dra. [[NAME:Thaís Nogueira]] - CRM-MG [[MRN:58.112]]
""", summary="""
[[NAME:Sebastião Ferreira dos Santos]], {{age:68}}, seen on [[DATE:2 de junho de 2024]] with uncontrolled hypertension ({{vital:PA 168/98}}) and diabetes ({{lab:HbA1c 9.8%}}) after 10 days without medication. Prescriptions were renewed and he returns on [[DATE:30/06]].
"""),

    dict(style="med_reconciliation", note="""
CONCILIACIÓN DE MEDICACIÓN AL INGRESO (con intérprete telefónico)
Trae bolsa con:
 - {{drug:Sintrom}} {{dose:4 mg}} (pauta según hoja de control)
 - {{drug:Adiro}} {{dose:100 mg}} 1 al día
 - {{drug:Omeprazol}} {{dose:20 mg}}, {{drug:Enalapril}} {{dose:10 mg}}, {{drug:Seguril}} {{dose:40 mg}}
 - {{drug:Nolotil}} {{dose:575 mg}} "cuando duele"
 - {{drug:Orfidal}} {{dose:1 mg}} por la noche
Alergia: Penicilina (exantema).
Discrepancia: {{drug:Adiro}} + {{drug:Sintrom}} sin indicación clara -> consultar con Cardiología.
{{lab:INR 3,8}} hoy (rango 2-3).
Antecedentes: FA permanente, ictus en 2019, enfermedad de {{eponym:Parkinson}} leve, síndrome de {{eponym:Sjögren}}.
Se explica al paciente y al familiar con teach-back; entienden la suspensión del {{drug:Adiro}} hasta revisión por Cardiología y Hematología.
""", summary="""
Admission medication reconciliation, done through a phone interpreter, found {{drug:Adiro}} taken with {{drug:Sintrom}} without a clear indication and an {{lab:INR 3.8}}. {{drug:Adiro}} was held pending Cardiology review.
"""),

    dict(style="clinic_abroad", note="""
USF - CONSULTA DE SAÚDE DO ADULTO
Utente: [[NAME:Maria da Graça Sequeira Lopes]]   Nº utente [[MRN:284 119 037]]   {{age:86}} anos
Data: [[DATE:03/04/2025]]   Morada: [[ADDRESS:Paço de Sousa]], [[ADDRESS:Penafiel]]
Acompanhada pela neta [[NAME:Inês]] ([[PHONE:+351 912 448 307]]), que vive em França e traduz por vezes para a avó, que ouve mal.
Queixas: cansaço para pequenos esforços, edemas dos MI há 2 semanas, ortopneia (3 almofadas).
Exame: {{vital:TA 152/84}}, {{vital:FC 96}} irregular, {{vital:SpO2 93%}}, fervores bibasais, edema com godet até meio da perna. {{vital:Peso 68 kg}} (+4 kg).
Análises: {{lab:NT-proBNP 2140}}, {{lab:creatinina 1,3}}, {{lab:K 4,6}}.
Plano: {{drug:furosemida}} {{dose:40 mg}} de manhã, pesar diariamente, restrição hídrica 1,5 L. Ecocardiograma pedido. ECG: FA - discutir anticoagulação ({{score:CHA2DS2-VASc 5}}).
Enf. [[NAME:Zé]] fará visita domiciliária na próxima semana.
Próxima consulta a [[DATE:17 de abril]]. Dra. [[NAME:Leonor Brito]] / [[NAME:LB]]
""", summary="""
[[NAME:Maria da Graça Sequeira Lopes]], {{age:86}}, was seen on [[DATE:03/04/2025]] with decompensated heart failure ({{lab:NT-proBNP 2140}}) and new atrial fibrillation; {{drug:furosemida}} was started and anticoagulation will be discussed. Her granddaughter [[NAME:Inês]] helped communicate.
"""),

    dict(style="clinic_abroad", note="""
PUESTO DE SALUD - ATENCIÓN INTEGRAL DEL ADULTO MAYOR
Fecha: [[DATE:21/08/2024]]   HC [[MRN:00-4471]]   DNI [[MRN:23881045]]
Paciente: [[NAME:Teodora Huillca Mamani]], {{age:79}} a., quechuahablante monolingüe.
Intérprete: técnico de enfermería [[NAME:Eusebio Quispe]] (quechua-castellano).
Procedencia: anexo de [[ADDRESS:Ccatca]]; vino caminando 2 h con su nieto [[NAME:Yoni]].
Motivo: "tos con flema" hace 3 semanas, sudoración nocturna, baja de peso (ropa le queda grande).
Examen: {{vital:T 37,9}}, {{vital:FR 22}}, {{vital:SatO2 88%}} (3700 msnm), {{vital:FC 100}}. Crepitantes en vértice derecho. {{vital:Peso 41 kg}}.
Impresión: sintomática respiratoria - descartar TBC pulmonar.
Plan: baciloscopia de esputo x2 (hoy y mañana temprano), RX tórax en [[ADDRESS:Urcos]]. Estudio de contactos: hija [[NAME:Justina]] y [[NAME:Yoni]].
Se explica por intérprete; paciente refiere entender, dice "allinmi" (está bien).
Lic. Enf. [[NAME:R. Condori]] / Méd. SERUMS [[NAME:Diego Alarcón Vela]]
""", summary="""
[[NAME:Teodora Huillca Mamani]], {{age:79}}, a Quechua-speaking woman from [[ADDRESS:Ccatca]], was seen on [[DATE:21/08/2024]] through interpreter [[NAME:Eusebio Quispe]] for 3 weeks of productive cough, night sweats and weight loss. Sputum smears, a chest X-ray and contact tracing were ordered.
"""),

    dict(style="clinic_abroad", note="""
RURAL HEALTH UNIT - PRENATAL CONSULTATION RECORD
Date: [[DATE:April 3, 2025]]
Name: [[NAME:DELA CRUZ, PRECIOUS JOY B.]]   Age: {{age:27}}   PhilHealth # [[MRN:12-050884123-7]]
Address: [[ADDRESS:Purok 3, Brgy. San Isidro]], [[ADDRESS:Tanauan]], Batangas
G2P1 (1001), AOG 28 wks by LMP [[DATE:Sept 14, 2024]].
C/o headache x2 days, "nanlalabo ang paningin" (blurry vision) this AM, face and hands swollen.
{{vital:BP 150/100}} (repeat after 15 min {{vital:BP 146/96}}), {{vital:PR 92}}, wt 68 kg. Urine protein +2 by dipstick. FHT {{vital:FHT 148}}.
Imp: Preeclampsia w/ severe features to consider.
Given {{drug:MgSO4}} {{dose:4 g}} IV loading + {{dose:5 g}} IM each buttock per protocol, {{drug:nifedipine}} {{dose:10 mg}} PO.
Referred to provincial hospital, accompanied by midwife Gng. [[NAME:Lovely Tolentino]], RM and BHW ate [[NAME:Bing]].
Husband [[NAME:Jun]] informed, [[PHONE:0917 884 2201]].
TD2 given last visit ([[DATE:03/06/25]]). Continue {{drug:ferrous sulfate}} + {{drug:folic acid}}, {{drug:calcium carbonate}}.
Dr. [[NAME:R. Villanueva]], MHO
""", summary="""
[[NAME:Precious Joy Dela Cruz]], {{age:27}}, at 28 weeks, presented on [[DATE:April 3, 2025]] with headache, blurred vision, {{vital:BP 150/100}} and 2+ proteinuria. She received {{drug:MgSO4}} and {{drug:nifedipine}} and was referred with midwife [[NAME:Lovely Tolentino]].
"""),

    dict(style="clinic_abroad", note="""
EPICRISIS - SERVICIO DE URGENCIAS
Paciente: [[NAME:Jhon Fredy Zapata Restrepo]]   CC [[MRN:1.036.654.982]]   Edad {{age:34}} años
Ingreso: [[DATE:14/02/2025]] 22:40   Egreso: [[DATE:16/02/2025]] 11:00
Residencia: vereda [[ADDRESS:La Clara]], [[ADDRESS:Guarne]] (Antioquia)
Acompañante: esposa [[NAME:Leidy]], cel. [[PHONE:310 442 8190]]
MC: "fiebre hace 5 días y dolor en la barriga."
Dx: Dengue con signos de alarma (dolor abdominal intenso, vómito persistente, hemoconcentración).
Paraclínicos: {{lab:plaquetas 38.000}} -> {{lab:plaquetas 71.000}}, {{lab:Hto 48%}} -> {{lab:Hto 41%}}, {{lab:NS1 positivo}}, {{lab:AST 142}}.
Manejo: LEV con cristaloides {{dose:10 mL/kg/h}}, {{drug:acetaminofén}} {{dose:1 g}} c/8h. No AINES, no {{drug:dipirona}}.
Valorado por Medicina Interna, Dra. [[NAME:Luz Marina Arango]].
Egreso con signos de alarma explicados a paciente y esposa; control en su IPS en 48 h con hemograma.
Médico tratante: Dr. [[NAME:Ospina]] - RM [[MRN:05-2271]]
""", summary="""
[[NAME:Jhon Fredy Zapata Restrepo]], {{age:34}}, from [[ADDRESS:Guarne]] was admitted from [[DATE:14/02/2025]] to [[DATE:16/02/2025]] with dengue with warning signs ({{lab:platelets 38,000}}, hemoconcentration) and improved with IV fluids. He was discharged by Dr. [[NAME:Ospina]] with a 48-hour blood count check.
"""),

    dict(style="clinic_abroad", note="""
CESFAM - CONTROL PROGRAMA CARDIOVASCULAR
[[DATE:Lunes 7 de abril de 2025]]
Paciente: [[NAME:Héctor Aravena Pincheira]], {{age:72}} años, RUT [[MRN:6.221.893-4]], Fonasa B
Dirección: [[ADDRESS:Pasaje Los Aromos 1182]], [[ADDRESS:Curacaví]]
Antecedentes: HTA, DM2, ERC etapa 3b, ex tabáquico.
Exámenes ([[DATE:24/03/2025]]): {{lab:creatinina 1,6}}, {{lab:VFG 44}}, {{lab:HbA1c 7,2%}}, {{lab:RAC 180 mg/g}}, {{lab:K 5,1}}, {{lab:LDL 112}}.
Examen: {{vital:PA 146/88}}, {{vital:FC 72}}, {{vital:IMC 29}}. Pie diabético: monofilamento alterado pie izq.
Indicaciones: cambio {{drug:enalapril}} -> {{drug:losartán}} {{dose:50 mg}} c/12h; {{drug:metformina}} baja a {{dose:850 mg}} al día; inicia {{drug:empagliflozina}} {{dose:10 mg}}; {{drug:atorvastatina}} sube a {{dose:40 mg}}.
Derivación a podología. Control con EU [[NAME:Paz Riquelme]] en 3 meses, nutricionista [[NAME:Mauricio]] en 1 mes.
Dr. [[NAME:Tomás O'Ryan]] / [[NAME:TOR]]
""", summary="""
[[NAME:Héctor Aravena Pincheira]], {{age:72}}, with diabetes and CKD stage 3b ({{lab:eGFR 44}}, albuminuria) was seen on [[DATE:7 de abril de 2025]]; he was switched to {{drug:losartán}}, started {{drug:empagliflozina}}, and had his {{drug:metformina}} reduced. Dr. [[NAME:O'Ryan]] referred him to podiatry.
"""),

    dict(style="interpreter_visit", note="""
TELEHEALTH VISIT - BEHAVIORAL HEALTH (video) - Portuguese interpreter
Pt: [[NAME:Gisele Aparecida Rocha]]   MRN [[MRN:40918837]]   Visit [[DATE:2025-01-22]] 15:00
Interpreter: [[NAME:Vinícius]] (vendor ID [[MRN:PT-3391]]), joined 15:02, 3-way video.
Pt {{age:29}}, from [[ADDRESS:Governador Valadares]], 4 mo postpartum (son [[NAME:Heitor]]). Husband [[NAME:Wellington]] works nights.
"Não tenho vontade de nada, choro o dia todo." Poor sleep even when baby sleeps, guilt, low appetite. Denies SI/HI; no psychotic sx.
{{score:PHQ-9 18}}, {{score:GAD-7 14}}, {{score:EPDS 19}}.
Plan: {{drug:sertraline}} {{dose:25 mg}} x 1 wk then {{dose:50 mg}} (compatible with breastfeeding); weekly therapy with Portuguese-speaking LICSW; safety plan reviewed, 988 explained via interpreter.
She hopes to go back to work in June; will reassess then.
--- audit ---
note started by [[NAME:aferraz]] 15:31; interpreter attestation added by [[NAME:vmoura]]; addended by [[NAME:kbarros]] [[DATE:01/23/2025]] 09:12
[[DATE:01/24]] rn [[NAME:pat]] called pt back w/ interpreter line - picked up Rx, no side effects.
""", summary="""
In a video visit on [[DATE:2025-01-22]] with Portuguese interpreter [[NAME:Vinícius]], [[NAME:Gisele Aparecida Rocha]], {{age:29}}, was diagnosed with postpartum depression ({{score:EPDS 19}}) and started on {{drug:sertraline}}. A nurse confirmed on [[DATE:01/24]] that she had picked up the prescription.
"""),

    dict(style="clinic_abroad", note="""
INFORME DE ALTA - SERVICIO DE CIRUGÍA GENERAL Y DIGESTIVA
NHC [[MRN:1.204.887]]   SIP [[MRN:11894422]]
Paciente: [[NAME:Amparo Bellver Climent]]   F. nac. [[DATE:19/11/1953]]   Domicilio: [[ADDRESS:C/ Sant Roc, 14, 2º]], [[ADDRESS:Alzira]]
Ingreso: [[DATE:08/01/2025]]   Alta: [[DATE:12/01/2025]]
Motivo de ingreso: dolor en hipocondrio derecho de 48 h, fiebre 38,6 ºC, vómitos.
Exploración: {{eponym:Murphy}} positivo. {{vital:TA 128/74}}, {{vital:FC 104}}.
Analítica: {{lab:leucocitos 16.800}}, {{lab:PCR 212}}, {{lab:bilirrubina 1,1}}. Ecografía: colelitiasis, pared 5 mm, líquido perivesicular.
Evolución: colecistectomía laparoscópica el [[DATE:9/1]] sin incidencias. Tolera dieta, afebril.
Diagnóstico: colecistitis aguda litiásica ({{score:Tokio grado II}}).
Tratamiento: {{drug:Paracetamol}} {{dose:1 g}}/8h, {{drug:Enantyum}} {{dose:25 mg}}/8h si dolor, {{drug:Clexane}} {{dose:40 mg}}/24h x 10 días.
Control en CCEE de Cirugía con Dr. [[NAME:Peris]] el [[DATE:27 de enero]]. Tel. cita previa [[PHONE:962 41 88 03]].
Fdo.: [[NAME:J. V. Peris Ferrer]] (FEA) / MIR [[NAME:Nerea Ódena]]
""", summary="""
[[NAME:Amparo Bellver Climent]] was admitted from [[DATE:08/01/2025]] to [[DATE:12/01/2025]] for acute calculous cholecystitis with a positive {{eponym:Murphy}} sign and had an uneventful laparoscopic cholecystectomy. Follow-up is with Dr. [[NAME:Peris]] on [[DATE:27 de enero]].
"""),

    dict(style="patient_education", note="""
PATIENT EDUCATION - Warfarin ({{drug:Coumadin}}), Spanish, in-person interpreter
Topics covered: {{lab:INR}} goal 2-3; vitamin K foods (espinaca, brócoli, col, lechuga romana) - keep intake steady, don't avoid.
Bleeding precautions; avoid {{drug:Aleve}}, {{drug:Advil}}, {{drug:Motrin}}; {{drug:Tylenol}} OK up to {{dose:3 g}}/day.
Pt uses "té de manzanilla" and "ruda" at home - discussed herbal interactions; ajo and ginkgo supplements may raise bleeding risk.
Teach-back: pt states dose correctly ({{dose:5 mg}} Mon/Wed/Fri, {{dose:2.5 mg}} other days) and tablet colors (durazno = 5 mg, verde = 2.5 mg).
Materials given: Spanish {{drug:Coumadin}} booklet, pill calendar, wallet card.
{{lab:INR 1.8}} today. Next INR in 1 week at Anticoagulation Clinic.
""", summary="""
Spanish-language warfarin teaching with an in-person interpreter covered INR goals, vitamin K, NSAID avoidance and herbal interactions, with successful teach-back. {{lab:INR 1.8}} today; recheck in 1 week.
"""),

    dict(style="patient_message", note="""
Mensaje del portal - De: [[NAME:Rocío Valdivia]] -> Clínica de Medicina Familiar
Asunto: cita para mi hija
hola Dra. [[NAME:Medina]], soy la mamá de [[NAME:june]] ([[NAME:June Valdivia Salas]], nació el [[DATE:4 de abril de 2019]]). mi hija [[NAME:june]] tiene fiebre desde el domingo, 39.2, le di {{drug:tylenol}} infantil {{dose:5 ml}} cada 6 horas. hoy le salieron manchitas en las manos y en la boca y no quiere comer. en la guardería dijeron que otro niño tiene mano-pie-boca. la puedo llevar mañana? mi cel es [[PHONE:(956) 412-0387]] o el de mi esposo [[NAME:will]] [[PHONE:956-271-5540]]. gracias, [[NAME:rocío]]
---
Reply ([[DATE:4/14/25]] 13:02): Hola [[NAME:Rocío]], we will call you this afternoon with a Spanish interpreter. Please keep [[NAME:June]] drinking fluids (paletas are fine). We can see her tomorrow [[DATE:4/15]] at 9:20 with Dr. [[NAME:Medina]]. If she stops drinking or has no wet diaper/urine in 8 h, go to urgent care. Her 6-year checkup is still due in June.
- [[NAME:ag]], RN (portal pool)
[[DATE:4/14/25]] 15:40 called mom w/ interpreter #[[MRN:52210]]; spoke w/ dad, [[NAME:will]], appt confirmed. -[[NAME:ag]]
""", summary="""
[[NAME:Rocío Valdivia]] messaged on [[DATE:4/14/25]] that her daughter [[NAME:June]] had fever and a rash on the hands and mouth, likely hand-foot-and-mouth disease. A nurse arranged a visit with Dr. [[NAME:Medina]] for [[DATE:4/15]] and confirmed it with the father, [[NAME:Will]].
"""),

    dict(style="dictation", note="""
DICTATION - OUTPATIENT NEUROLOGY - job [[MRN:D-558201]] - transcribed [[NAME:mjl]]
patient name [[NAME:ochoa]] [[NAME:O C H O A]] first name [[NAME:eulalia]] medical record number [[MRN:S as in sugar zero zero four one seven two]] date of visit [[DATE:may fifth twenty twenty five]]. referred by doctor [[NAME:irigoyen]] correction [[NAME:Y R I G O Y E N]].
spanish interpreter present in person mister [[NAME:baltazar ruiz]].
history: {{age:71}} year old woman with {{eponym:parkinson}} disease diagnosed 2019 on {{drug:carbidopa levodopa}} {{dose:twenty five one hundred}} one tablet three times a day, now wearing off about two and a half hours after each dose, morning freezing, two falls since march. daughter [[NAME:hope ochoa]] reports vivid dreams, no hallucinations.
exam: masked facies, rest tremor right greater than left, rigidity right arm, {{score:hoehn and yahr two point five}}, pull test three steps. {{vital:blood pressure one twenty four over seventy}} sitting, {{vital:one oh two over sixty}} standing.
plan: increase to one tablet four times a day, add {{drug:entacapone}} {{dose:two hundred}} with each dose if still wearing off, PT for gait and falls, home safety. return in three months. copy to doctor [[NAME:yrigoyen]]. end of dictation.
""", summary="""
Neurology dictation for [[NAME:Eulalia Ochoa]], {{age:71}}, seen on [[DATE:may fifth twenty twenty five]] with a Spanish interpreter, for {{eponym:Parkinson}} disease with wearing-off and falls. {{drug:Carbidopa-levodopa}} was increased to four times daily, with PT and a copy to Dr. [[NAME:Yrigoyen]].
"""),

    dict(style="interpreter_visit", note="""
OB PRENATAL VISIT - 32 wk
[[NAME:YUPANQUI CHAMBI, MARIBEL]]   G4P3003   EDD [[DATE:06/28/2025]]   MRN [[MRN:5510984]]
Language: Spanish (also speaks Quechua). Pt's daughter ({{age:11}}) began interpreting - stopped; video interpreter [[NAME:Esperanza]] ID [[MRN:77120]] used for the visit.
Pt: "tengo la esperanza de que esta vez sea parto normal." Prior LTCS x1 (breech, 2019), 2 SVDs before.
GDM A1 on diet: fasting {{lab:FBG 92-104}}, 1-h PP 118-134.
{{vital:BP 118/76}}, wt +9 kg total, FH 31 cm, {{vital:FHR 142}}. {{eponym:Leopold}} maneuvers: cephalic.
TOLAC counseling done through interpreter, consent form in Spanish given to read at home.
Tdap today. Growth US at 34 wk; weekly NST from 36 wk.
Husband [[NAME:Percy]] cell [[PHONE:(509) 877-3016]]; works in orchards in [[ADDRESS:wapato]], wants to be present at delivery.
[[NAME:Esperanza]] stayed on for scheduling. -[[NAME:CV]], CNM
""", summary="""
[[NAME:Maribel Yupanqui Chambi]] at 32 weeks with diet-controlled gestational diabetes and one prior cesarean received TOLAC counseling through video interpreter [[NAME:Esperanza]]. Growth ultrasound is planned at 34 weeks, with NSTs from 36 weeks.
"""),

    dict(style="interpreter_visit", note="""
WELL CHILD - 18 MONTHS - Portuguese interpreter in person ([[NAME:Cleide]])
Pt: [[NAME:Enzo Gabriel Tavares Lima]]   DOB [[DATE:09/14/2023]]   MRN [[MRN:6621054]]   Visit [[DATE:03/18/2025]]
Mom [[NAME:Thaynara]] brought the Caderneta da Criança from [[ADDRESS:Criciúma]] (vaccines before move to [[ADDRESS:Framingham]] in August 2024):
  Vacina            | Data (DD/MM/AAAA)
  BCG               | [[DATE:15/09/2023]]
  Hepatite B        | [[DATE:15/09/2023]]
  Penta 1ª          | [[DATE:16/11/2023]]
  VIP 1ª            | [[DATE:16/11/2023]]
  Pneumo 10 1ª      | [[DATE:16/11/2023]]
  Rotavírus 1ª      | [[DATE:16/11/2023]]
  Penta 2ª / VIP 2ª | [[DATE:18/01/2024]]
Missing: 6-mo, 12-mo series. Catch-up today per CDC: DTaP-IPV-Hib ({{drug:Pentacel}}), {{drug:MMR}}, {{drug:varicella}}, {{drug:Hep A}}; PCV15 next visit.
Growth: wt 11.1 kg (50%), length 81 cm. {{score:M-CHAT-R 0}}. Walks, 6-8 words, points.
{{lab:Hgb 11.6}}, {{lab:lead <2}}. Mom says "ele é muito esperto."
RTC 4 wk for catch-up #2. [[NAME:Thaynara]] cell [[PHONE:508-405-7713]].
""", summary="""
[[NAME:Enzo Gabriel Tavares Lima]], born [[DATE:09/14/2023]], had his 18-month visit on [[DATE:03/18/2025]] with a Portuguese interpreter; his Brazilian vaccine card stopped after 4 months, so catch-up vaccines were started. Development and screening were normal.
"""),

    dict(style="clinic_abroad", note="""
VISITA DOMICILIÁRIA - ENFERMAGEM (UCC)
[[DATE:14-02-2025]] 10h30
Utente: D. [[NAME:Albertina Rosa Carvalhal]], [[AGE:94]] anos, acamada, dependente total ({{score:Barthel 10}}).
Morada: [[ADDRESS:Lugar do Outeiro]], [[ADDRESS:Arouca]]
Cuidadora principal: filha [[NAME:Fernanda]]; ajuda da vizinha Dª [[NAME:Bia]] à tarde.
Úlcera por pressão sagrada categoria III, 4 x 3 cm, leito 70% granulação / 30% fibrina, exsudado moderado, sem odor. {{score:Braden 11}}.
Penso: limpeza com SF, alginato de cálcio + espuma. Colchão de pressão alterna em funcionamento.
Calcanhares íntegros, protegidos. Posicionamentos de 3/3 h - filha refere dificuldade durante a noite.
{{vital:TA 118/64}}, {{vital:FC 78}}, {{vital:T 36,4}}. Alimentação pastosa, come metade do prato.
Ensino à cuidadora sobre reforço proteico. Informada a médica de família, Dra. [[NAME:Ribau]].
Próxima visita [[DATE:18/02]]. Enf. [[NAME:Sónia]] / [[NAME:SMC]]
""", summary="""
Home nursing visit on [[DATE:14-02-2025]] to D. [[NAME:Albertina Rosa Carvalhal]], [[AGE:94]], bedbound with a category III sacral pressure ulcer ({{score:Braden 11}}); the wound was dressed with alginate and her daughter [[NAME:Fernanda]] was taught about protein supplementation. Next visit is on [[DATE:18/02]].
"""),

    dict(style="clinic_abroad", note="""
URGENCIAS - TRIAJE (Sistema Español de Triaje)
Nivel II. Motivo: dolor torácico opresivo de 40 min, irradiado a brazo izquierdo, con cortejo vegetativo.
Constantes: {{vital:TA 92/60}}, {{vital:FC 48}}, {{vital:SatO2 94%}}, {{vital:Tª 36,2}}, {{score:Glasgow 15}}, {{score:EVA 8/10}}.
ECG en triaje (<10 min): elevación ST en II, III, aVF; BAV de 2º grado {{eponym:Mobitz I}}.
Activado Código Infarto. Se avisa a Hemodinámica y a UCI.
Tratamiento: {{drug:AAS}} {{dose:300 mg}} VO masticado, {{drug:Ticagrelor}} {{dose:180 mg}}, {{drug:Heparina sódica}} {{dose:5.000 UI}} IV; no nitroglicerina por hipotensión y sospecha de IAM de VD (V4R pendiente).
Acompañante: esposa; se le informa en sala de familiares.
""", summary="""
Spanish ED triage for inferior STEMI with hypotension and {{eponym:Mobitz I}} block; the infarct code was activated and aspirin, {{drug:ticagrelor}} and heparin were given, with nitrates withheld for possible right ventricular infarction.
"""),

    dict(style="clinic_abroad", note="""
PRE-EMPLOYMENT MEDICAL EXAMINATION (SEAFARER) - DOH-accredited clinic, [[ADDRESS:Ermita]], [[ADDRESS:Manila]]
Date of exam: [[DATE:08 Sept 2025]]
Name: [[NAME:ABAD, FRANCISCO C.]]   DOB [[DATE:1988-11-05]]   Passport [[MRN:P4471028B]]   SRN [[MRN:2201187732]]
Position: Able Seaman. Goes by [[NAME:frank]] per pt.
Hx: no HTN on file; father with stroke at {{age:58}}. Smoker 1/2 ppd.
PE: BMI 28, {{vital:BP 146/94}} -> repeat {{vital:BP 138/88}} after rest. {{vital:VA 20/20}} OU, {{score:Ishihara 14/14}}. Audiometry normal.
Labs: {{lab:FBS 118}}, {{lab:HBsAg nonreactive}}, {{lab:RPR nonreactive}}, drug/alcohol test negative, stool: no frank blood, ova neg.
CXR: normal. ECG: normal.
Assessment: FIT for sea duty. Advised BP log, smoking cessation, repeat FBS in 3 mo.
Emergency contact: wife [[NAME:Cherry]] [[PHONE:+63 917 552 0814]].
Examining physician: Dr. [[NAME:Marites Buenaventura]], PRC Lic. [[MRN:0098211]]
""", summary="""
Seafarer pre-employment exam on [[DATE:08 Sept 2025]] for [[NAME:Francisco Abad]] found borderline blood pressure ({{vital:BP 138/88}}) and {{lab:FBS 118}} but was otherwise normal; he was declared fit for sea duty by Dr. [[NAME:Marites Buenaventura]].
"""),

    dict(style="clinic_abroad", note="""
GUARDIA - CLÍNICA MÉDICA   [[DATE:sábado 15/3]] 02:40
Paciente: [[NAME:Horacio Bell]], {{age:54}}, OSDE [[MRN:6 3321 884 0102 00]]. Vive en [[ADDRESS:Bernal]].
MC: "se me cayó la cara" desde las 23 h; no puede cerrar el ojo derecho, se le cae el mate de la boca.
EF: paresia facial periférica derecha completa, incluye frente, {{score:House-Brackmann IV}}. Resto del examen neurológico normal, {{score:NIHSS 0}} excluyendo cara. Otoscopia sin vesículas.
{{vital:TA 138/86}}, {{vital:FC 76}}, {{lab:glucemia 104}}.
Impresión: parálisis de {{eponym:Bell}}.
Plan: {{drug:meprednisona}} {{dose:60 mg}}/día x 5 días y descenso, {{drug:valaciclovir}} {{dose:1 g}} c/8h x 7 días, lágrimas artificiales, oclusión ocular nocturna.
Se explica al Sr. [[NAME:Bell]] (y a su esposa [[NAME:Mirta]], tel. [[PHONE:11 5933-2047]]) que no es un ACV.
Control con neurología, Dra. [[NAME:Bustos]], [[DATE:lunes 17/3]].
Dr. [[NAME:Facundo Ledesma]] - MN [[MRN:142.770]]
""", summary="""
[[NAME:Horacio Bell]], {{age:54}}, presented on [[DATE:sábado 15/3]] with complete right peripheral facial palsy diagnosed as {{eponym:Bell}} palsy and was started on {{drug:meprednisona}} and {{drug:valaciclovir}} with eye protection. Neurology follow-up with Dra. [[NAME:Bustos]] is on [[DATE:lunes 17/3]].
"""),

    dict(style="interpreter_visit", note="""
ICU FAMILY MEETING - European Portuguese interpreter (in person)
[[NAME:Calado]], {{age:62}}, ICU day 9 after out-of-hospital arrest, anoxic brain injury.
Pt: [[NAME:Joaquim Manuel Calado]]   MRN [[MRN:7714092]]   [[DATE:Thurs 9/25]] 14:00, ICU family room
Present: wife [[NAME:Rosa Maria]]; son [[NAME:Nuno]] (flew in from [[ADDRESS:Ponta Delgada]]); daughter-in-law [[NAME:Sunny Calado]]; interpreter [[NAME:Amélia]] (badge [[MRN:I-0417]]); Dr. [[NAME:Arruda]]; RN [[NAME:dawn]]; SW [[NAME:rich]]; chaplain Fr. [[NAME:Tiago]].
Reviewed: off sedation > 72 h, {{score:GCS 3}} (E1VtM1), pupils sluggish, corneals absent bilat, early myoclonus. EEG burst suppression; SSEP bilateral absent N20; MRI diffuse restriction cortex + basal ganglia.
Explained through [[NAME:Amélia]] that meaningful recovery is not expected. Wife: "ele não queria viver assim, preso a uma máquina." Son agrees.
Decision: DNR today; transition to comfort-focused care with compassionate extubation.
Family asks to wait until brother [[NAME:Artur]] arrives from [[ADDRESS:Fall River]] on Saturday - we will hold until [[NAME:art]] has seen him.
Organ donation: OPO notified per policy, referral # [[MRN:NEDS-25-3318]]; OPO to approach family separately.
Time spent 55 min, > 50% counseling. [[NAME:ma]] / d/w [[NAME:Arruda]]
""", summary="""
At an ICU family meeting on [[DATE:9/25]] held with Portuguese interpreter [[NAME:Amélia]], [[NAME:Joaquim Manuel Calado]]'s family was told he has severe anoxic brain injury, and they chose DNR and compassionate extubation. Extubation will wait for his brother [[NAME:Artur]], and the OPO was notified.
"""),
]
