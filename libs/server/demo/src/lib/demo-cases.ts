import { EntityManager } from 'typeorm';

/** Synthetic patients only: names, MRNs and histories are invented. */
interface DemoCase {
  key: string;
  team: 'Lung' | 'Hepatobiliary' | 'Neuro-oncology';
  patient: { mrn: string; givenName: string; familyName: string; birthDate: string; sex: 'FEMALE' | 'MALE' };
  referralDaysAgo: number;
  referralSource: string;
  question: string | null;
  summary: string | null;
  diagnosis: [string, string];
  tnm?: { prefix: string; t: string; n: string; m: string; stageGroup: string | null; edition: string };
  ecog: number;
  priority: 'ROUTINE' | 'URGENT';
  /** Steps after REFERRED, in order, with the reason where one is needed. */
  path: [string, string | null][];
  targetInDays?: number;
  measures?: { kind: 'HEIGHT' | 'WEIGHT' | 'SERUM_CREATININE'; value: number; unit: string; normalized: number; daysAgo: number }[];
  renal?: { aki: boolean; onDialysis: boolean };
  allergies?: { substance: string; reaction: string; severity: 'MILD' | 'MODERATE' | 'SEVERE'; contrast: boolean }[];
  medications?: { drug: string; dose: string; route: string; frequency: string; startDaysAgo: number }[];
  imagingRequests?: { modality: string; bodyRegion: string; agent: string; route: string | null; inDays: number }[];
}

const h = (cm: number, daysAgo = 30) => ({ kind: 'HEIGHT' as const, value: cm, unit: 'cm', normalized: cm, daysAgo });
const w = (kg: number, daysAgo = 10) => ({ kind: 'WEIGHT' as const, value: kg, unit: 'kg', normalized: kg, daysAgo });
const scr = (mgDl: number, daysAgo = 7) => ({ kind: 'SERUM_CREATININE' as const, value: mgDl, unit: 'mg/dL', normalized: mgDl, daysAgo });

export const DEMO_CASES: DemoCase[] = [
  {
    key: 'lungResponse',
    team: 'Lung',
    patient: { mrn: 'DEMO-L001', givenName: 'Margaret', familyName: 'Hughes', birthDate: '1959-04-17', sex: 'FEMALE' },
    referralDaysAgo: 160,
    referralSource: 'Respiratory oncology clinic',
    question: 'Restaging CT after 4 cycles of carboplatin–pemetrexed–pembrolizumab: continue, or change treatment?',
    summary: 'Stage IV adenocarcinoma (PD-L1 60 %), baseline CT with a right upper lobe mass and a right hilar node. Partial response at the first restaging.',
    diagnosis: ['C34.1', 'Adenocarcinoma of the right upper lobe'],
    tnm: { prefix: 'c', t: 'T2b', n: 'N1', m: 'M1a', stageGroup: 'IVA', edition: '8' },
    ecog: 1,
    priority: 'ROUTINE',
    path: [['TRIAGED', null], ['READY', null], ['LISTED', null], ['DISCUSSED', null], ['DECISION_SIGNED', null], ['IN_FOLLOW_UP', null], ['TRIAGED', 'Follow-up CT reported; back for discussion']],
    targetInDays: 6,
    measures: [h(164), w(62), scr(0.8)],
    medications: [
      { drug: 'pemetrexed', dose: '500 mg/m²', route: 'IV', frequency: 'every 3 weeks', startDaysAgo: 120 },
      { drug: 'pembrolizumab', dose: '200 mg', route: 'IV', frequency: 'every 3 weeks', startDaysAgo: 120 },
      { drug: 'ibuprofen', dose: '400 mg', route: 'oral', frequency: 'as needed', startDaysAgo: 40 },
    ],
    imagingRequests: [{ modality: 'CT', bodyRegion: 'Chest, abdomen and pelvis', agent: 'IODINATED', route: 'IV', inDays: 14 }],
  },
  {
    key: 'metforminContrast',
    team: 'Lung',
    patient: { mrn: 'DEMO-L002', givenName: 'Harold', familyName: 'Okafor', birthDate: '1952-09-02', sex: 'MALE' },
    referralDaysAgo: 12,
    referralSource: 'Chest pain clinic',
    question: 'Staging and treatment of a new left lower lobe mass in a patient with CKD stage 4.',
    summary: 'Type 2 diabetes on metformin, CKD (creatinine 2.4 mg/dL, eGFR about 28). Staging contrast CT booked.',
    diagnosis: ['C34.3', 'Suspected carcinoma of the left lower lobe'],
    ecog: 2,
    priority: 'URGENT',
    path: [['TRIAGED', null]],
    targetInDays: 9,
    measures: [h(176), w(81), scr(2.4, 3)],
    medications: [
      { drug: 'metformin', dose: '500 mg', route: 'oral', frequency: 'twice daily', startDaysAgo: 2000 },
      { drug: 'ramipril', dose: '5 mg', route: 'oral', frequency: 'once daily', startDaysAgo: 1500 },
    ],
    imagingRequests: [{ modality: 'CT', bodyRegion: 'Chest and abdomen', agent: 'IODINATED', route: 'IV', inDays: 5 }],
  },
  {
    key: 'missingReview',
    team: 'Lung',
    patient: { mrn: 'DEMO-L003', givenName: 'Priya', familyName: 'Raman', birthDate: '1968-12-11', sex: 'FEMALE' },
    referralDaysAgo: 20,
    referralSource: 'Thoracic surgery',
    question: 'Adjuvant treatment after right lower lobectomy (pT2a pN1)?',
    summary: 'Lobectomy 5 weeks ago, R0. EGFR exon 19 deletion. Recovering well.',
    diagnosis: ['C34.3', 'Adenocarcinoma of the right lower lobe, resected'],
    tnm: { prefix: 'p', t: 'T2a', n: 'N1', m: 'M0', stageGroup: 'IIB', edition: '8' },
    ecog: 0,
    priority: 'ROUTINE',
    path: [['TRIAGED', null]],
    targetInDays: 6,
    measures: [h(158), w(55), scr(0.7)],
  },
  {
    key: 'lungNew',
    team: 'Lung',
    patient: { mrn: 'DEMO-L004', givenName: 'Thomas', familyName: 'Brennan', birthDate: '1961-06-30', sex: 'MALE' },
    referralDaysAgo: 2,
    referralSource: 'General practitioner (two-week-wait)',
    question: null,
    summary: null,
    diagnosis: ['R91', 'Solitary pulmonary nodule'],
    ecog: 0,
    priority: 'ROUTINE',
    path: [],
  },
  {
    key: 'lungWithdrawn',
    team: 'Lung',
    patient: { mrn: 'DEMO-L005', givenName: 'Evelyn', familyName: 'Marsh', birthDate: '1944-02-21', sex: 'FEMALE' },
    referralDaysAgo: 40,
    referralSource: 'Care of the elderly',
    question: 'Is treatment appropriate for a frail patient with a 4 cm mass?',
    summary: 'Patient has decided on best supportive care after discussion with family.',
    diagnosis: ['C34.9', 'Suspected lung cancer'],
    ecog: 3,
    priority: 'ROUTINE',
    path: [['TRIAGED', null], ['WITHDRAWN', 'Patient chose best supportive care']],
  },
  {
    key: 'hccTace',
    team: 'Hepatobiliary',
    patient: { mrn: 'DEMO-H001', givenName: 'Giovanni', familyName: 'Ferri', birthDate: '1963-01-08', sex: 'MALE' },
    referralDaysAgo: 130,
    referralSource: 'Hepatology',
    question: 'Response after the first TACE: repeat TACE, or move to systemic therapy?',
    summary: 'HCC on alcohol-related cirrhosis, Child–Pugh A6, BCLC B. Two segment VII/VIII lesions treated with TACE.',
    diagnosis: ['C22.0', 'Hepatocellular carcinoma'],
    ecog: 0,
    priority: 'ROUTINE',
    path: [['TRIAGED', null], ['READY', null], ['LISTED', null], ['DISCUSSED', null], ['DECISION_SIGNED', null], ['IN_FOLLOW_UP', null], ['TRIAGED', 'Post-TACE MRI reported']],
    targetInDays: 13,
    measures: [h(172), w(78), scr(0.9)],
  },
  {
    key: 'capecitabine',
    team: 'Hepatobiliary',
    patient: { mrn: 'DEMO-H002', givenName: 'Walter', familyName: 'Lindqvist', birthDate: '1954-03-27', sex: 'MALE' },
    referralDaysAgo: 15,
    referralSource: 'Hepatobiliary surgery',
    question: 'Adjuvant capecitabine after resection of a perihilar cholangiocarcinoma: dose with reduced renal function?',
    summary: 'R0 resection 8 weeks ago. Creatinine 1.65 mg/dL (CrCl about 40 mL/min). Capecitabine started by the referring team.',
    diagnosis: ['C24.0', 'Perihilar cholangiocarcinoma, resected'],
    tnm: { prefix: 'p', t: 'T2a', n: 'N0', m: 'M0', stageGroup: 'II', edition: '8' },
    ecog: 1,
    priority: 'ROUTINE',
    path: [['TRIAGED', null]],
    targetInDays: 13,
    measures: [h(180), w(70), scr(1.65, 4)],
    medications: [
      { drug: 'capecitabine', dose: '1250 mg/m²', route: 'oral', frequency: 'twice daily, days 1–14', startDaysAgo: 5 },
      { drug: 'warfarin', dose: '3 mg', route: 'oral', frequency: 'once daily', startDaysAgo: 900 },
    ],
  },
  {
    key: 'colorectalMets',
    team: 'Hepatobiliary',
    patient: { mrn: 'DEMO-H003', givenName: 'Sofia', familyName: 'Almeida', birthDate: '1971-10-19', sex: 'FEMALE' },
    referralDaysAgo: 25,
    referralSource: 'Colorectal MDT',
    question: 'Are three liver metastases resectable after 6 cycles of FOLFOX?',
    summary: 'Sigmoid primary resected; synchronous liver metastases responding to chemotherapy.',
    diagnosis: ['C78.7', 'Colorectal liver metastases'],
    ecog: 0,
    priority: 'URGENT',
    path: [['TRIAGED', null]],
    targetInDays: 13,
    measures: [h(165), w(68), scr(0.75)],
    allergies: [{ substance: 'Iodinated contrast (iopromide)', reaction: 'Generalised urticaria', severity: 'MILD', contrast: true }],
  },
  {
    key: 'pancreasDeferred',
    team: 'Hepatobiliary',
    patient: { mrn: 'DEMO-H004', givenName: 'Arthur', familyName: 'Whitfield', birthDate: '1957-07-04', sex: 'MALE' },
    referralDaysAgo: 35,
    referralSource: 'Gastroenterology',
    question: 'Borderline resectable pancreatic head mass: neoadjuvant treatment?',
    summary: 'Awaiting EUS-guided biopsy for tissue diagnosis.',
    diagnosis: ['C25.0', 'Suspected carcinoma of the pancreatic head'],
    ecog: 1,
    priority: 'URGENT',
    path: [['TRIAGED', null], ['READY', 'Discussed for planning of the biopsy'], ['LISTED', null], ['DEFERRED', 'Missing pathology: awaiting EUS biopsy']],
  },
  {
    key: 'glioma',
    team: 'Neuro-oncology',
    patient: { mrn: 'DEMO-N001', givenName: 'Daniel', familyName: 'Kowalski', birthDate: '1972-05-23', sex: 'MALE' },
    referralDaysAgo: 150,
    referralSource: 'Neurosurgery',
    question: 'Post-chemoradiation MRI: progression or pseudoprogression, and is adjuvant temozolomide to continue?',
    summary: 'IDH-wildtype glioblastoma, subtotal resection, 60 Gy with concurrent temozolomide. Dexamethasone tapered.',
    diagnosis: ['C71.1', 'Glioblastoma, IDH-wildtype, frontal lobe'],
    ecog: 1,
    priority: 'ROUTINE',
    path: [['TRIAGED', null], ['READY', null], ['LISTED', null], ['DISCUSSED', null], ['DECISION_SIGNED', null], ['IN_FOLLOW_UP', null], ['TRIAGED', 'Follow-up MRI reported']],
    targetInDays: 8,
    measures: [h(182), w(88), scr(1.0)],
    medications: [{ drug: 'temozolomide', dose: '150 mg/m²', route: 'oral', frequency: 'days 1–5 of 28', startDaysAgo: 30 }],
  },
  {
    key: 'brainMets',
    team: 'Neuro-oncology',
    patient: { mrn: 'DEMO-N002', givenName: 'Helen', familyName: 'Osei', birthDate: '1966-08-14', sex: 'FEMALE' },
    referralDaysAgo: 6,
    referralSource: 'Lung MDT',
    question: 'Three brain metastases from NSCLC: stereotactic radiosurgery or whole-brain radiotherapy?',
    summary: 'ALK-negative adenocarcinoma; extracranial disease controlled.',
    diagnosis: ['C79.3', 'Secondary malignant neoplasm of the brain'],
    ecog: 1,
    priority: 'URGENT',
    path: [['TRIAGED', null]],
    targetInDays: 8,
    measures: [h(168), w(64), scr(0.8)],
    imagingRequests: [{ modality: 'MRI', bodyRegion: 'Brain (SRS planning)', agent: 'GBCA_GROUP_II', route: 'IV', inDays: 3 }],
  },
  {
    key: 'meningioma',
    team: 'Neuro-oncology',
    patient: { mrn: 'DEMO-N003', givenName: 'Robert', familyName: 'Ashby', birthDate: '1949-11-30', sex: 'MALE' },
    referralDaysAgo: 3,
    referralSource: 'General practitioner',
    question: 'Incidental 2 cm convexity meningioma: surveillance?',
    summary: null,
    diagnosis: ['D32.0', 'Meningioma (presumed)'],
    ecog: 0,
    priority: 'ROUTINE',
    path: [],
  },
];

function daysFrom(today: Date, days: number): string {
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Creates the demo cases that do not exist yet (by MRN); returns every demo case's id by key. */
export async function seedDemoCases(manager: EntityManager, today: Date): Promise<{ created: number; ids: Record<string, string> }> {
  const [{ id: coordinatorId }] = await manager.query(`SELECT id FROM users WHERE email = 'coordinator@consilium.test'`);
  const [{ id: physicianId }] = await manager.query(`SELECT id FROM users WHERE email = 'physician@consilium.test'`);
  const ids: Record<string, string> = {};
  let created = 0;
  for (const spec of DEMO_CASES) {
    const existing: { id: string }[] = await manager.query(
      `SELECT c.id FROM cases c JOIN patients p ON p.id = c.patient_id WHERE p.mrn = $1 ORDER BY c.created_at LIMIT 1`,
      [spec.patient.mrn],
    );
    if (existing.length) {
      ids[spec.key] = existing[0].id;
      continue;
    }
    const p = spec.patient;
    const [{ id: patientId }] = await manager.query(
      `INSERT INTO patients (mrn, given_name, family_name, birth_date, sex) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [p.mrn, p.givenName, p.familyName, p.birthDate, p.sex],
    );
    const referralDate = daysFrom(today, -spec.referralDaysAgo);
    const status = spec.path.length ? spec.path[spec.path.length - 1][0] : 'REFERRED';
    const [{ id: caseId }] = await manager.query(
      `INSERT INTO cases (patient_id, team_id, referral_date, referral_source, question, clinical_summary, diagnosis_code, diagnosis_text,
                          tnm, ecog, priority, status, target_discussion_date, readiness_override_reason, created_by, version)
       SELECT $1, t.id, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16 FROM teams t WHERE t.name = $2 RETURNING id`,
      [
        patientId, spec.team, referralDate, spec.referralSource, spec.question, spec.summary, spec.diagnosis[0], spec.diagnosis[1],
        spec.tnm ? JSON.stringify(spec.tnm) : null, spec.ecog, spec.priority, status,
        spec.targetInDays === undefined ? null : daysFrom(today, spec.targetInDays),
        spec.path.find(([to, reason]) => to === 'READY' && reason)?.[1] ?? null, coordinatorId, spec.path.length + 1,
      ],
    );
    // The journey so far, spread evenly between the referral and yesterday.
    const steps: [string | null, string, string | null][] = [[null, 'REFERRED', `Referred by ${spec.referralSource}`]];
    let from = 'REFERRED';
    for (const [to, reason] of spec.path) {
      steps.push([from, to, reason]);
      from = to;
    }
    for (const [i, [fromStatus, toStatus, reason]] of steps.entries()) {
      const at = new Date(today.getTime() - spec.referralDaysAgo * 86_400_000 + (i * (spec.referralDaysAgo - 1) * 86_400_000) / Math.max(steps.length - 1, 1));
      await manager.query(
        `INSERT INTO case_events (case_id, from_status, to_status, actor_id, occurred_at, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
        [caseId, fromStatus, toStatus, toStatus === 'DECISION_SIGNED' ? physicianId : coordinatorId, at, reason],
      );
    }
    for (const m of spec.measures ?? []) {
      await manager.query(
        `INSERT INTO clinical_measures (patient_id, kind, value, unit, normalized_value, measured_on, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [patientId, m.kind, m.value, m.unit, m.normalized, daysFrom(today, -m.daysAgo), coordinatorId],
      );
    }
    if (spec.renal) {
      await manager.query(`INSERT INTO patient_renal_status (patient_id, aki, on_dialysis) VALUES ($1, $2, $3)`, [patientId, spec.renal.aki, spec.renal.onDialysis]);
    }
    for (const a of spec.allergies ?? []) {
      await manager.query(
        `INSERT INTO allergies (patient_id, substance, reaction, severity, contrast_reaction, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)`,
        [patientId, a.substance, a.reaction, a.severity, a.contrast, coordinatorId],
      );
    }
    for (const med of spec.medications ?? []) {
      await manager.query(
        `INSERT INTO medication_statements (patient_id, drug, dose, route, frequency, start_date, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [patientId, med.drug, med.dose, med.route, med.frequency, daysFrom(today, -med.startDaysAgo), physicianId],
      );
    }
    for (const r of spec.imagingRequests ?? []) {
      await manager.query(
        `INSERT INTO imaging_requests (case_id, modality, body_region, contrast_agent, contrast_route, planned_date, requested_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [caseId, r.modality, r.bodyRegion, r.agent, r.route, daysFrom(today, r.inDays), physicianId],
      );
    }
    ids[spec.key] = caseId;
    created += 1;
  }
  return { created, ids };
}
