import { Role } from '@consilium/contracts';
import { CasesModule } from '@consilium/server-cases';
import { Principal } from '@consilium/server-core';
import { IdentityModule } from '@consilium/server-identity';
import { createFeatureTestApp, startTestApi, TestApi } from '@consilium/server-testing';
import { DecisionsModule, DecisionSigningService } from '../index';
import { discussedCase } from './testing/follow-up-fixtures';

const DRAFT = `mutation C($input: CreateDecisionDraftInput!) { createDecisionDraft(input: $input) { id version } }`;
const PROPOSE = `mutation P($input: DecisionStepInput!) { proposeDecision(input: $input) { id version } }`;

describe('signing inside a live meeting records the room (real PostgreSQL)', () => {
  let api: TestApi;
  let signer: Principal;
  let n = 0;

  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule, DecisionsModule]));
    const [user] = await api.dataSource.query(`SELECT id, email, display_name FROM users WHERE email = 'physician@consilium.test'`);
    const teams = await api.dataSource.query(`SELECT team_id FROM team_memberships WHERE user_id = $1`, [user.id]);
    signer = { userId: user.id, email: user.email, displayName: user.display_name, roles: [Role.PHYSICIAN], teamIds: teams.map((t: { team_id: string }) => t.team_id), sessionId: 'test' };
  });
  afterAll(() => api.close());

  async function proposal() {
    n += 1;
    const { caseId } = await discussedCase(api.dataSource, `meet-${process.pid}-${n}`);
    const token = await api.tokenFor('physician');
    const draft = (await api.gql.ok<{ createDecisionDraft: { id: string; version: number } }>(DRAFT, { input: { caseId, recommendation: 'SURGERY', intent: 'CURATIVE', rationale: 'Resectable' } }, token)).createDecisionDraft;
    return (await api.gql.ok<{ proposeDecision: { id: string; version: number } }>(PROPOSE, { input: { decisionId: draft.id, expectedVersion: draft.version } }, token)).proposeDecision;
  }

  it('stores the meeting, the roles present and quorate', async () => {
    const p = await proposal();
    const meetingId = '8d6f1a0e-5b7c-4c3e-9d2a-1f0e3b4c5d6e';
    const signed = await api.app.get(DecisionSigningService).sign({ decisionId: p.id, expectedVersion: p.version }, signer, { meetingId, rolesPresent: { PHYSICIAN: 2, RADIOLOGIST: 1 }, quorate: true });
    expect(signed).toMatchObject({ status: 'SIGNED', meetingId, rolesPresent: { PHYSICIAN: 2, RADIOLOGIST: 1 }, quorate: true, inquorateReason: null });
  });

  it('refuses to sign in an inquorate meeting without a reason, and records the reason when given', async () => {
    const p = await proposal();
    const service = api.app.get(DecisionSigningService);
    const room = { meetingId: '8d6f1a0e-5b7c-4c3e-9d2a-1f0e3b4c5d6f', rolesPresent: { PHYSICIAN: 1 }, quorate: false };
    await expect(service.sign({ decisionId: p.id, expectedVersion: p.version }, signer, room)).rejects.toMatchObject({ field: 'inquorateReason' });
    expect(await api.dataSource.query(`SELECT status::text AS status FROM decisions WHERE id = $1`, [p.id])).toEqual([{ status: 'PROPOSED' }]);
    const signed = await service.sign({ decisionId: p.id, expectedVersion: p.version }, signer, { ...room, inquorateReason: 'Radiologist absent; urgent surgical slot' });
    expect(signed).toMatchObject({ status: 'SIGNED', quorate: false, inquorateReason: 'Radiologist absent; urgent surgical slot' });
  });
});
