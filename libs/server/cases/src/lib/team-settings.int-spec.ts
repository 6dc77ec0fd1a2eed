import { IdentityModule } from '@consilium/server-identity';
import { createFeatureTestApp, errorCodes, startTestApi, TestApi } from '@consilium/server-testing';
import { CasesModule } from '../index';

const GET = `query G($teamId: ID!) { teamReadinessRules(teamId: $teamId) { teamId imagingMaxAgeDays requirePharmacistReview requireClinicalSummary requireQuestion } }`;
const SET = `mutation S($input: SetTeamReadinessRulesInput!) { setTeamReadinessRules(input: $input) { imagingMaxAgeDays requireQuestion } }`;
const CASE = `query C($id: ID!) { case(id: $id) { readiness { ready missing } } }`;

describe("a team's readiness rules (real PostgreSQL)", () => {
  let api: TestApi;
  let lung: string;
  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule]));
    [{ id: lung }] = await api.dataSource.query(`SELECT id FROM teams WHERE name = 'Lung'`);
  });
  afterAll(() => api.close());

  const rules = (patch: Record<string, unknown> = {}) => ({ teamId: lung, imagingMaxAgeDays: 28, requirePharmacistReview: false, requireClinicalSummary: true, requireQuestion: false, ...patch });

  it('starts from the defaults (56 days, everything required)', async () => {
    const { teamReadinessRules } = await api.gql.ok<{ teamReadinessRules: Record<string, unknown> }>(GET, { teamId: lung }, await api.tokenFor('coordinator'));
    expect(teamReadinessRules).toEqual({ teamId: lung, imagingMaxAgeDays: 56, requirePharmacistReview: true, requireClinicalSummary: true, requireQuestion: true });
  });

  it('lets administrators change them, and the checklist of every case of the team follows', async () => {
    const [{ id: patientId }] = await api.dataSource.query(`INSERT INTO patients (mrn, given_name, family_name, birth_date, sex) VALUES ('TS-1', 'A', 'B', '1960-01-01', 'MALE') RETURNING id`);
    const [{ id: caseId }] = await api.dataSource.query(
      `INSERT INTO cases (patient_id, team_id, referral_date, referral_source, clinical_summary, created_by) VALUES ($1, $2, '2026-11-01', 'GP', 'Summary', '00000000-0000-4000-8000-000000000001') RETURNING id`,
      [patientId, lung],
    );
    const coordinator = await api.tokenFor('coordinator');
    const before = await api.gql.ok<{ case: { readiness: { missing: string[] } } }>(CASE, { id: caseId }, coordinator);
    expect(before.case.readiness.missing).toContain('a question for the MDT');

    const set = await api.gql.ok<{ setTeamReadinessRules: { imagingMaxAgeDays: number } }>(SET, { input: rules() }, await api.tokenFor('admin'));
    expect(set.setTeamReadinessRules.imagingMaxAgeDays).toBe(28);
    const after = await api.gql.ok<{ case: { readiness: { ready: boolean; missing: string[] } } }>(CASE, { id: caseId }, coordinator);
    expect(after.case.readiness).toEqual({ ready: true, missing: [] });
  });

  it('refuses non-administrators, unknown teams and out-of-range values', async () => {
    expect(errorCodes(await api.gql.request(SET, { input: rules() }, await api.tokenFor('coordinator')))).toEqual(['FORBIDDEN']);
    const admin = await api.tokenFor('admin');
    const unknown = await api.gql.request(SET, { input: rules({ teamId: '00000000-0000-4000-8000-000000000000' }) }, admin);
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const zero = await api.gql.request(SET, { input: rules({ imagingMaxAgeDays: 0 }) }, admin);
    expect(errorCodes(zero)).toEqual(['BAD_USER_INPUT']);
    expect(zero.errors?.[0].extensions?.field).toBe('input.imagingMaxAgeDays');
    const [{ id: other }] = await api.dataSource.query(`INSERT INTO teams (name) VALUES ('Elsewhere') RETURNING id`);
    expect(errorCodes(await api.gql.request(GET, { teamId: other }, await api.tokenFor('coordinator')))).toEqual(['FORBIDDEN']);
  });
});
