import { IdentityModule } from '@consilium/server-identity';
import { createFeatureTestApp, errorCodes, startTestApi, TestApi } from '@consilium/server-testing';
import { CasesModule, ClinicalDataService } from '../index';

const CASE = `query C($id: ID!) { case(id: $id) {
  measures { kind value unit normalizedValue measuredOn }
  allergies { substance severity contrastReaction }
  medications { id drug dose stopDate version }
  renalStatus { aki onDialysis }
  imagingRequests { modality contrastAgent contrastRoute plannedDate status }
} }`;
const MEASURE = `mutation M($input: RecordMeasureInput!) { recordClinicalMeasure(input: $input) { id } }`;
const RENAL = `mutation R($input: SetRenalStatusInput!) { setRenalStatus(input: $input) { id } }`;
const ALLERGY = `mutation A($input: RecordAllergyInput!) { recordAllergy(input: $input) { id } }`;
const ADD_MED = `mutation A($input: MedicationInput!) { addMedication(input: $input) { id } }`;
const STOP_MED = `mutation S($input: StopMedicationInput!) { stopMedication(input: $input) { id } }`;
const IMAGING = `mutation I($input: RequestImagingInput!) { requestImaging(input: $input) { id } }`;

describe('clinical records of a case (real PostgreSQL)', () => {
  let api: TestApi;
  let caseId: string;
  let patientId: string;
  let otherCaseId: string;
  let pharmacist: string;
  const changes: string[] = [];

  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule]));
    api.app.get(ClinicalDataService).onChange(async (id) => void changes.push(id));
    const [{ id: lung }] = await api.dataSource.query(`SELECT id FROM teams WHERE name = 'Lung'`);
    [{ id: patientId }] = await api.dataSource.query(`INSERT INTO patients (mrn, given_name, family_name, birth_date, sex) VALUES ('CR-1', 'Ann', 'Smith', '1950-05-05', 'FEMALE') RETURNING id`);
    [{ id: caseId }] = await api.dataSource.query(`INSERT INTO cases (patient_id, team_id, referral_date, referral_source, created_by) VALUES ($1, $2, '2026-11-01', 'GP', '00000000-0000-4000-8000-000000000001') RETURNING id`, [patientId, lung]);
    const [{ id: foreign }] = await api.dataSource.query(`INSERT INTO teams (name) VALUES ('Foreign') RETURNING id`);
    [{ id: otherCaseId }] = await api.dataSource.query(`INSERT INTO cases (patient_id, team_id, referral_date, referral_source, created_by) VALUES ($1, $2, '2026-11-01', 'GP', '00000000-0000-4000-8000-000000000001') RETURNING id`, [patientId, foreign]);
    pharmacist = await api.tokenFor('pharmacist');
  });
  afterAll(() => api.close());

  const read = async () => (await api.gql.ok<{ case: Record<string, unknown[] & Record<string, unknown>> }>(CASE, { id: caseId }, pharmacist)).case;

  it('records measures with their dates, converting creatinine from µmol/L to mg/dL (÷ 88.4), and tells listeners', async () => {
    changes.length = 0;
    await api.gql.ok(MEASURE, { input: { caseId, kind: 'SERUM_CREATININE', value: 88.4, unit: 'µmol/L', measuredOn: '2026-11-10' } }, pharmacist);
    await api.gql.ok(MEASURE, { input: { caseId, kind: 'WEIGHT', value: 61.5, unit: 'kg', measuredOn: '2026-11-09' } }, pharmacist);
    const { measures } = await read();
    // 88.4 µmol/L ÷ 88.4 = 1.0 mg/dL
    expect(measures).toEqual(
      expect.arrayContaining([
        { kind: 'SERUM_CREATININE', value: 88.4, unit: 'µmol/L', normalizedValue: 1, measuredOn: '2026-11-10' },
        { kind: 'WEIGHT', value: 61.5, unit: 'kg', normalizedValue: 61.5, measuredOn: '2026-11-09' },
      ]),
    );
    expect(changes).toEqual([patientId, patientId]);
  });

  it.each([
    ['a creatinine in the wrong unit', { kind: 'SERUM_CREATININE', value: 1, unit: 'kg', measuredOn: '2026-11-01' }, 'input.unit'],
    ['an implausible weight', { kind: 'WEIGHT', value: -4, unit: 'kg', measuredOn: '2026-11-01' }, 'input.value'],
    ['a creatinine of 0', { kind: 'SERUM_CREATININE', value: 0, unit: 'mg/dL', measuredOn: '2026-11-01' }, 'input.value'],
    ['a measurement in the future', { kind: 'HEIGHT', value: 170, unit: 'cm', measuredOn: '2099-01-01' }, 'input.measuredOn'],
    ['NaN as a value', { kind: 'HEIGHT', value: 'NaN', unit: 'cm', measuredOn: '2026-11-01' }, 'value'],
  ])('refuses %s naming the field; nothing is written', async (_label, input, field) => {
    const before = await api.dataSource.query('SELECT count(*)::int AS n FROM clinical_measures');
    const response = await api.gql.request(MEASURE, { input: { caseId, ...input } }, pharmacist);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0].extensions?.field ?? response.errors?.[0].message).toContain(field);
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM clinical_measures')).toEqual(before);
  });

  it('sets the renal status and records allergies, including contrast reactions', async () => {
    await api.gql.ok(RENAL, { input: { caseId, aki: false, onDialysis: true } }, pharmacist);
    await api.gql.ok(ALLERGY, { input: { caseId, substance: 'Iohexol', reaction: 'Urticaria and wheeze', severity: 'MODERATE', contrastReaction: true } }, pharmacist);
    const kase = await read();
    expect(kase.renalStatus).toEqual({ aki: false, onDialysis: true });
    expect(kase.allergies).toEqual([{ substance: 'Iohexol', severity: 'MODERATE', contrastReaction: true }]);
    const snapshot = await api.app.get(ClinicalDataService).snapshot(patientId, '2026-11-20');
    expect(snapshot.priorContrastReaction).toBe('MODERATE');
    expect(snapshot.creatinine).toMatchObject({ value: 1, enteredValue: 88.4, enteredUnit: 'µmol/L', measuredOn: '2026-11-10' });
    expect(snapshot.onDialysis).toBe(true);
  });

  it('adds and stops medications; a stale version is CONFLICT; a stopped drug leaves the active list', async () => {
    await api.gql.ok(ADD_MED, { input: { caseId, drug: 'Metformin', dose: '1 g', route: 'oral', frequency: 'twice daily', startDate: '2024-01-01' } }, pharmacist);
    const [med] = (await read()).medications as unknown as { id: string; drug: string; version: number }[];
    expect(med.drug).toBe('metformin');
    await api.gql.ok(STOP_MED, { input: { caseId, medicationId: med.id, expectedVersion: med.version, stopDate: '2026-11-15' } }, pharmacist);
    const stale = await api.gql.request(STOP_MED, { input: { caseId, medicationId: med.id, expectedVersion: med.version, stopDate: '2026-11-16' } }, pharmacist);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const before = await api.app.get(ClinicalDataService).snapshot(patientId, '2026-11-14');
    const after = await api.app.get(ClinicalDataService).snapshot(patientId, '2026-11-16');
    expect(before.activeMedications.map((m) => m.drug)).toEqual(['metformin']);
    expect(after.activeMedications).toEqual([]);
    const backwards = await api.gql.request(ADD_MED, { input: { caseId, drug: 'x', startDate: '2026-02-01', stopDate: '2026-01-01' } }, pharmacist);
    expect(backwards.errors?.[0].extensions?.field).toBe('input.stopDate');
  });

  it('requests imaging; a contrast study needs its route', async () => {
    const physician = await api.tokenFor('physician');
    const noRoute = await api.gql.request(IMAGING, { input: { caseId, modality: 'CT', bodyRegion: 'Chest', contrastAgent: 'IODINATED', plannedDate: '2026-12-01' } }, physician);
    expect(noRoute.errors?.[0].extensions?.field).toBe('input.contrastRoute');
    await api.gql.ok(IMAGING, { input: { caseId, modality: 'CT', bodyRegion: 'Chest, abdomen, pelvis', contrastAgent: 'IODINATED', contrastRoute: 'IV', plannedDate: '2026-12-01' } }, physician);
    expect((await read()).imagingRequests).toEqual([{ modality: 'CT', contrastAgent: 'IODINATED', contrastRoute: 'IV', plannedDate: '2026-12-01', status: 'REQUESTED' }]);
  });

  it.each([
    ['renal status with a string flag', 'RENAL', { aki: 'yes', onDialysis: false }, 'aki'],
    ['an allergy with a 1 MB substance', 'ALLERGY', { substance: 'a'.repeat(1024 * 1024), severity: 'MILD' }, 'input.substance'],
    ['an allergy with an unknown severity', 'ALLERGY', { substance: 'latex', severity: 'EXTREME' }, 'severity'],
    ['a medication with a 1 MB name', 'ADD_MED', { drug: 'd'.repeat(1024 * 1024) }, 'input.drug'],
    ['a medication with an impossible start date', 'ADD_MED', { drug: 'aspirin', startDate: '2026-13-01' }, 'input.startDate'],
    ['stopping with a malformed medication id', 'STOP_MED', { medicationId: 'm1', expectedVersion: 1, stopDate: '2026-11-01' }, 'input.medicationId'],
    ['imaging with an unknown modality', 'IMAGING', { modality: 'SPECT', bodyRegion: 'Chest', plannedDate: '2026-12-01' }, 'modality'],
    ['imaging with a 1 MB body region', 'IMAGING', { modality: 'CT', bodyRegion: 'b'.repeat(1024 * 1024), plannedDate: '2026-12-01' }, 'input.bodyRegion'],
  ])('refuses %s naming the field; nothing is written', async (_label, mutation, input, field) => {
    const queries: Record<string, string> = { RENAL, ALLERGY, ADD_MED, STOP_MED, IMAGING };
    const count = () =>
      api.dataSource.query(`SELECT (SELECT count(*) FROM allergies) + (SELECT count(*) FROM medication_statements) + (SELECT count(*) FROM imaging_requests) + (SELECT count(*) FROM patient_renal_status) AS n`);
    const before = await count();
    const response = await api.gql.request(queries[mutation], { input: { caseId, ...input } }, await api.tokenFor('physician'));
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const error = response.errors?.[0];
    if (error?.extensions?.field) expect(error.extensions.field).toBe(field);
    else expect(error?.message).toContain(field);
    expect(await count()).toEqual(before);
  });

  it('refuses radiologists writing medications (FORBIDDEN) and any write through a case of another team (NOT_FOUND)', async () => {
    const radiologist = await api.tokenFor('radiologist');
    expect(errorCodes(await api.gql.request(ADD_MED, { input: { caseId, drug: 'aspirin' } }, radiologist))).toEqual(['FORBIDDEN']);
    for (const [query, input] of [
      [MEASURE, { caseId: otherCaseId, kind: 'HEIGHT', value: 170, unit: 'cm', measuredOn: '2026-11-01' }],
      [RENAL, { caseId: otherCaseId, aki: true, onDialysis: false }],
      [ALLERGY, { caseId: otherCaseId, substance: 'x', severity: 'MILD' }],
      [ADD_MED, { caseId: otherCaseId, drug: 'aspirin' }],
    ] as const) {
      expect(errorCodes(await api.gql.request(query, { input }, pharmacist))).toEqual(['NOT_FOUND']);
    }
    const imaging = { caseId: otherCaseId, modality: 'US', bodyRegion: 'Liver', plannedDate: '2026-12-01' };
    expect(errorCodes(await api.gql.request(IMAGING, { input: imaging }, await api.tokenFor('physician')))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await api.gql.request(IMAGING, { input: imaging }, pharmacist))).toEqual(['FORBIDDEN']);
  });
});
