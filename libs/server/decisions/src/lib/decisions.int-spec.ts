import { Client } from 'pg';
import { CasesModule } from '@consilium/server-cases';
import { IdentityModule } from '@consilium/server-identity';
import { ImagingModule } from '@consilium/server-imaging';
import { PharmacyModule } from '@consilium/server-pharmacy';
import { createFeatureTestApp, errorCodes, GqlResponse, startTestApi, TestApi } from '@consilium/server-testing';
import { DecisionsModule } from '../index';
import { addDays } from './follow-up-plan';

const DECISION = `id caseId status version revision rationale amendsDecisionId amendmentReason signedAt signedBy supersededBy
  evidence { imagingReports { id version status } pharmacistReviews { id version status } }
  followUps { id dueDate status modality criteria reminderLeadDays version cancelReason }`;
const REFER = `mutation R($input: ReferCaseInput!) { referCase(input: $input) { id status version } }`;
const CREATE = `mutation C($input: CreateDecisionDraftInput!) { createDecisionDraft(input: $input) { ${DECISION} } }`;
const UPDATE = `mutation U($input: UpdateDecisionDraftInput!) { updateDecisionDraft(input: $input) { ${DECISION} } }`;
const PROPOSE = `mutation P($input: DecisionStepInput!) { proposeDecision(input: $input) { ${DECISION} } }`;
const SIGN = `mutation S($input: DecisionStepInput!) { signDecision(input: $input) { ${DECISION} } }`;
const AMEND = `mutation A($input: AmendDecisionInput!) { amendDecision(input: $input) { ${DECISION} } }`;
const GET = `query G($id: ID!) { decision(id: $id) { ${DECISION} } }`;
const CASE = `query K($id: ID!) { case(id: $id) { id status events { fromStatus toStatus reason } decisions { id status revision followUps { id } } } }`;
const RESCHEDULE = `mutation RS($input: RescheduleFollowUpInput!) { rescheduleFollowUp(input: $input) { id dueDate status version } }`;
const CANCEL = `mutation CF($input: CancelFollowUpInput!) { cancelFollowUp(input: $input) { id status cancelReason version } }`;
const AWAITING = `query W($first: Int, $after: String) { decisionsAwaitingSignature(first: $first, after: $after) {
  edges { cursor node { id status caseId followUps { id } } } pageInfo { hasNextPage endCursor } } }`;

type FollowUp = { id: string; dueDate: string; status: string; modality: string; criteria: string; reminderLeadDays: number; version: number; cancelReason: string | null };
type Decision = {
  id: string;
  caseId: string;
  status: string;
  version: number;
  revision: number;
  rationale: string;
  amendsDecisionId: string | null;
  amendmentReason: string | null;
  signedAt: string | null;
  signedBy: string | null;
  supersededBy: string | null;
  evidence: { imagingReports: { id: string; version: number }[]; pharmacistReviews: { id: string; version: number; status: string }[] } | null;
  followUps: FollowUp[];
};
type CaseView = { id: string; status: string; events: { fromStatus: string | null; toStatus: string; reason: string | null }[]; decisions: { id: string; status: string; revision: number; followUps: { id: string }[] }[] };

const today = () => new Date().toISOString().slice(0, 10);
const CT_IN_56_DAYS = { modality: 'CT', criteria: 'RECIST_1_1', intervalDays: 56, reminderLeadDays: 7 };

describe('decisions and follow-up plans (real PostgreSQL)', () => {
  let api: TestApi;
  let lung: string;
  let physician: string;
  let coordinator: string;
  let mrn = 5000;

  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule, ImagingModule, PharmacyModule, DecisionsModule]));
    [{ id: lung }] = await api.dataSource.query(`SELECT id FROM teams WHERE name = 'Lung'`);
    physician = await api.tokenFor('physician');
    coordinator = await api.tokenFor('coordinator');
  });
  afterAll(() => api.close());

  /** A case of the Lung team, put in DISCUSSED with SQL (the meetings feature will produce that step). */
  async function discussedCase(): Promise<string> {
    mrn += 1;
    const input = {
      teamId: lung,
      patient: { mrn: `DEC-${mrn}`, givenName: 'Grace', familyName: 'Hopper', birthDate: '1950-12-09', sex: 'FEMALE' },
      referralDate: today(),
      referralSource: 'Oncology clinic',
      priority: 'ROUTINE',
    };
    const { referCase } = await api.gql.ok<{ referCase: { id: string } }>(REFER, { input }, coordinator);
    await api.dataSource.query(`UPDATE cases SET status = 'DISCUSSED' WHERE id = $1`, [referCase.id]);
    return referCase.id;
  }

  function content(patch: Record<string, unknown> = {}) {
    return {
      recommendation: 'START_SYSTEMIC_THERAPY',
      recommendationText: 'Carboplatin + pemetrexed + pembrolizumab, 4 cycles',
      intent: 'PALLIATIVE',
      rationale: 'Stage IVA non-squamous NSCLC, PD-L1 60 %, ECOG 1.',
      followUps: [CT_IN_56_DAYS],
      ...patch,
    };
  }

  const draft = async (caseId: string, patch: Record<string, unknown> = {}, token = physician) =>
    (await api.gql.ok<{ createDecisionDraft: Decision }>(CREATE, { input: { caseId, ...content(patch) } }, token)).createDecisionDraft;
  const step = (mutation: string, d: { id: string; version: number }, token = physician) =>
    api.gql.request<Record<string, Decision>>(mutation, { input: { decisionId: d.id, expectedVersion: d.version } }, token);
  const ok = <T>(response: GqlResponse<Record<string, T>>): T => {
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0];
  };
  async function signed(caseId: string, patch: Record<string, unknown> = {}): Promise<Decision> {
    const proposed = ok(await step(PROPOSE, await draft(caseId, patch)));
    return ok(await step(SIGN, proposed));
  }
  const readCase = async (id: string) => (await api.gql.ok<{ case: CaseView }>(CASE, { id }, coordinator)).case;
  const countRows = async (table: string) => Number((await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  it('draft → propose → sign: "CT in 56 days" becomes one follow-up due 56 days after signing, and the case moves to IN_FOLLOW_UP', async () => {
    const caseId = await discussedCase();
    const [{ id: userId }] = await api.dataSource.query(`SELECT id FROM users WHERE email = 'physician@consilium.test'`);
    const [{ id: review }] = await api.dataSource.query(
      `INSERT INTO pharmacist_reviews (case_id, status, opened_by, review_date, computed, computed_at, signed_by, signed_at, version)
       VALUES ($1, 'SIGNED', $2, CURRENT_DATE, '{}', now(), $2, now(), 3) RETURNING id`,
      [caseId, userId],
    );
    const created = await draft(caseId);
    expect(created).toMatchObject({ status: 'DRAFT', revision: 1, version: 1, followUps: [], signedAt: null });
    const proposed = ok(await step(PROPOSE, created));
    expect(proposed).toMatchObject({ status: 'PROPOSED', version: 2 });

    const decision = ok(await step(SIGN, proposed));
    expect(decision).toMatchObject({ status: 'SIGNED', version: 3, signedBy: userId });
    expect(decision.evidence).toEqual({ imagingReports: [], pharmacistReviews: [{ id: review, version: 3, status: 'SIGNED' }] });
    expect(decision.followUps).toEqual([
      expect.objectContaining({ modality: 'CT', criteria: 'RECIST_1_1', status: 'SCHEDULED', reminderLeadDays: 7, dueDate: addDays(decision.signedAt!.slice(0, 10), 56) }),
    ]);
    expect(await api.dataSource.query(`SELECT decision_id, case_id FROM follow_ups WHERE case_id = $1`, [caseId])).toEqual([{ decision_id: decision.id, case_id: caseId }]);

    const kase = await readCase(caseId);
    expect(kase.status).toBe('IN_FOLLOW_UP');
    expect(kase.events.slice(-2)).toEqual([
      { fromStatus: 'DISCUSSED', toStatus: 'DECISION_SIGNED', reason: 'MDT decision signed' },
      { fromStatus: 'DECISION_SIGNED', toStatus: 'IN_FOLLOW_UP', reason: '1 follow-up scan scheduled' },
    ]);
    expect(kase.decisions).toEqual([{ id: decision.id, status: 'SIGNED', revision: 1, followUps: [{ id: decision.followUps[0].id }] }]);
    const actions = await api.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [decision.id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['decision.drafted', 'decision.proposed', 'decision.signed']);
  });

  it('two physicians signing the same proposal at once: one signs, the other gets CONFLICT, and one set of follow-ups exists', async () => {
    const caseId = await discussedCase();
    const proposed = ok(await step(PROPOSE, await draft(caseId)));
    const results = await Promise.all([step(SIGN, proposed), step(SIGN, proposed), step(SIGN, proposed)]);
    expect(results.map((r) => (r.errors ? errorCodes(r)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM follow_ups WHERE case_id = $1`, [caseId])).toEqual([{ n: 1 }]);
    expect((await readCase(caseId)).events.filter((e) => e.toStatus === 'DECISION_SIGNED')).toHaveLength(1);
  });

  it('a decision without follow-ups leaves the case at DECISION_SIGNED', async () => {
    const caseId = await discussedCase();
    await signed(caseId, { recommendation: 'BEST_SUPPORTIVE_CARE', followUps: [] });
    expect((await readCase(caseId)).status).toBe('DECISION_SIGNED');
  });

  it('signs only when the case has been discussed, and then changes nothing', async () => {
    const caseId = await discussedCase();
    await api.dataSource.query(`UPDATE cases SET status = 'LISTED' WHERE id = $1`, [caseId]);
    const proposed = ok(await step(PROPOSE, await draft(caseId)));
    const refused = await step(SIGN, proposed);
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors?.[0].extensions?.reason).toBe('CASE_NOT_DISCUSSED');
    expect((await api.gql.ok<{ decision: Decision }>(GET, { id: proposed.id }, physician)).decision).toMatchObject({ status: 'PROPOSED', version: 2, followUps: [] });
    expect((await readCase(caseId)).status).toBe('LISTED');
  });

  describe('a signed decision is immutable', () => {
    let decision: Decision;
    beforeAll(async () => {
      decision = await signed(await discussedCase());
    });

    it('through GraphQL: editing, proposing or signing again is a CONFLICT', async () => {
      const edit = await api.gql.request(UPDATE, { input: { decisionId: decision.id, expectedVersion: decision.version, ...content({ rationale: 'changed' }) } }, physician);
      expect(errorCodes(edit)).toEqual(['CONFLICT']);
      expect(edit.errors?.[0].extensions?.reason).toBe('SIGNED_IS_IMMUTABLE');
      expect(errorCodes(await step(PROPOSE, decision))).toEqual(['CONFLICT']);
      expect(errorCodes(await step(SIGN, decision))).toEqual(['CONFLICT']);
      expect((await api.gql.ok<{ decision: Decision }>(GET, { id: decision.id }, physician)).decision).toEqual(decision);
    });

    it('in the database: a direct UPDATE or DELETE of the signed row raises', async () => {
      await expect(api.dataSource.query(`UPDATE decisions SET rationale = 'x' WHERE id = $1`, [decision.id])).rejects.toThrow(/SIGNED: it cannot be changed/);
      await expect(api.dataSource.query(`UPDATE decisions SET status = 'DRAFT' WHERE id = $1`, [decision.id])).rejects.toThrow(/cannot be changed/);
      await expect(
        api.dataSource.query(`UPDATE decisions SET status = 'SUPERSEDED', superseded_by = id, superseded_at = now(), rationale = 'x' WHERE id = $1`, [decision.id]),
      ).rejects.toThrow(/cannot be changed/);
      await expect(api.dataSource.query(`DELETE FROM decisions WHERE id = $1`, [decision.id])).rejects.toThrow(/cannot be deleted/);
      const [row] = await api.dataSource.query(`SELECT status, rationale, version FROM decisions WHERE id = $1`, [decision.id]);
      expect(row).toEqual({ status: 'SIGNED', rationale: decision.rationale, version: decision.version });
    });

    it('drafts stay editable and deletable in the database (the trigger guards signed rows only)', async () => {
      const other = await draft(decision.caseId);
      await api.dataSource.query(`UPDATE decisions SET rationale = 'edited' WHERE id = $1`, [other.id]);
      await api.dataSource.query(`DELETE FROM decisions WHERE id = $1`, [other.id]);
      expect(await api.dataSource.query(`SELECT id FROM decisions WHERE id = $1`, [other.id])).toEqual([]);
    });
  });

  it('amend → sign: the amendment is a new version, the earlier one becomes SUPERSEDED with its pending follow-ups cancelled; the case does not move', async () => {
    const caseId = await discussedCase();
    const first = await signed(caseId);
    const eventsBefore = (await readCase(caseId)).events.length;

    const amendment = ok(await api.gql.request<Record<string, Decision>>(AMEND, { input: { decisionId: first.id, expectedVersion: first.version, reason: 'Renal function worse' } }, physician));
    expect(amendment).toMatchObject({ status: 'DRAFT', revision: 2, amendsDecisionId: first.id, amendmentReason: 'Renal function worse', rationale: first.rationale });
    const again = await api.gql.request(AMEND, { input: { decisionId: first.id, expectedVersion: first.version, reason: 'twice' } }, physician);
    expect(errorCodes(again)).toEqual(['CONFLICT']);

    const edited = ok(
      await api.gql.request<Record<string, Decision>>(
        UPDATE,
        { input: { decisionId: amendment.id, expectedVersion: amendment.version, ...content({ followUps: [{ modality: 'MRI', criteria: 'RECIST_1_1', intervalDays: 28, reminderLeadDays: 3 }] }) } },
        physician,
      ),
    );
    const second = ok(await step(SIGN, ok(await step(PROPOSE, edited))));
    expect(second.status).toBe('SIGNED');
    expect(second.followUps).toEqual([expect.objectContaining({ modality: 'MRI', status: 'SCHEDULED', dueDate: addDays(second.signedAt!.slice(0, 10), 28) })]);

    const earlier = (await api.gql.ok<{ decision: Decision }>(GET, { id: first.id }, physician)).decision;
    expect(earlier).toMatchObject({ status: 'SUPERSEDED', supersededBy: second.id, rationale: first.rationale });
    expect(earlier.followUps).toEqual([expect.objectContaining({ id: first.followUps[0].id, status: 'CANCELLED', cancelReason: 'Superseded by revision 2 of the decision' })]);
    const kase = await readCase(caseId);
    expect(kase.status).toBe('IN_FOLLOW_UP');
    expect(kase.events).toHaveLength(eventsBefore);
    expect(kase.decisions.map((d) => [d.revision, d.status])).toEqual([
      [1, 'SUPERSEDED'],
      [2, 'SIGNED'],
    ]);
    expect(errorCodes(await api.gql.request(AMEND, { input: { decisionId: first.id, expectedVersion: earlier.version, reason: 'old one' } }, physician))).toEqual(['CONFLICT']);
    await expect(api.dataSource.query(`UPDATE decisions SET rationale = 'x' WHERE id = $1`, [first.id])).rejects.toThrow(/SUPERSEDED/);
  });

  describe('who may do what', () => {
    it('only physicians sign: a radiologist or a coordinator is FORBIDDEN and nothing changes', async () => {
      const caseId = await discussedCase();
      const proposed = ok(await step(PROPOSE, await draft(caseId)));
      expect(errorCodes(await step(SIGN, proposed, await api.tokenFor('radiologist')))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await step(SIGN, proposed, coordinator))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await step(PROPOSE, proposed, coordinator))).toEqual(['FORBIDDEN']);
      expect((await api.gql.ok<{ decision: Decision }>(GET, { id: proposed.id }, physician)).decision.status).toBe('PROPOSED');
      expect((await readCase(caseId)).status).toBe('DISCUSSED');
    });

    it('coordinators may draft; pharmacists and radiologists may not; only physicians see the signature list', async () => {
      const caseId = await discussedCase();
      expect((await draft(caseId, {}, coordinator)).status).toBe('DRAFT');
      const input = { caseId, ...content() };
      expect(errorCodes(await api.gql.request(CREATE, { input }, await api.tokenFor('pharmacist')))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql.request(CREATE, { input }, await api.tokenFor('radiologist')))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gql.request(AWAITING, { first: 5 }, coordinator))).toEqual(['FORBIDDEN']);
    });

    it("another team's case and its decisions read as NOT_FOUND", async () => {
      const caseId = await discussedCase();
      const proposed = ok(await step(PROPOSE, await draft(caseId)));
      const [{ id: breast }] = await api.dataSource.query(`INSERT INTO teams (name) VALUES ('Breast (decisions)') RETURNING id`);
      await api.dataSource.query(`UPDATE cases SET team_id = $2 WHERE id = $1`, [caseId, breast]);
      expect(errorCodes(await api.gql.request(CREATE, { input: { caseId, ...content() } }, physician))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await api.gql.request(GET, { id: proposed.id }, physician))).toEqual(['NOT_FOUND']);
      const refused = await step(SIGN, proposed);
      expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
      expect(refused.errors?.[0].extensions?.field).toBe('input.decisionId');
      expect((await api.gql.ok<{ decisionsAwaitingSignature: { edges: { node: { id: string } }[] } }>(AWAITING, { first: 100 }, physician)).decisionsAwaitingSignature.edges.map((e) => e.node.id)).not.toContain(proposed.id);
    });
  });

  it('a stale expectedVersion is a CONFLICT for update, propose and sign', async () => {
    const caseId = await discussedCase();
    const created = await draft(caseId);
    const edited = ok(await api.gql.request<Record<string, Decision>>(UPDATE, { input: { decisionId: created.id, expectedVersion: 1, ...content({ rationale: 'first edit' }) } }, physician));
    expect(edited.version).toBe(2);
    const stale = await api.gql.request(UPDATE, { input: { decisionId: created.id, expectedVersion: 1, ...content({ rationale: 'lost update' }) } }, physician);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].extensions?.field).toBe('input.expectedVersion');
    expect(errorCodes(await step(PROPOSE, created))).toEqual(['CONFLICT']);
    const proposed = ok(await step(PROPOSE, edited));
    expect(errorCodes(await step(SIGN, edited))).toEqual(['CONFLICT']);
    expect((await api.gql.ok<{ decision: Decision }>(GET, { id: proposed.id }, physician)).decision).toMatchObject({ status: 'PROPOSED', rationale: 'first edit' });
  });

  describe('bad input is refused naming the field, and nothing is written', () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = await discussedCase();
    });
    const yesterday = () => addDays(today(), -1);
    const cases: [string, () => Record<string, unknown>, string][] = [
      ['an empty rationale', () => ({ rationale: '   ' }), 'input.rationale'],
      ['a 1 MB rationale', () => ({ rationale: 'x'.repeat(1_000_000) }), 'input.rationale'],
      ['a 1 MB recommendation text', () => ({ recommendationText: 'x'.repeat(1_000_000) }), 'input.recommendationText'],
      ['a 1 MB dissent note', () => ({ dissentNotes: 'x'.repeat(1_000_000) }), 'input.dissentNotes'],
      ['interventional radiology without its procedure', () => ({ recommendation: 'INTERVENTIONAL_RADIOLOGY' }), 'input.interventionalProcedure'],
      ['a procedure on a non-interventional recommendation', () => ({ interventionalProcedure: 'TACE' }), 'input.interventionalProcedure'],
      ['an interval of 0 days', () => ({ followUps: [{ ...CT_IN_56_DAYS, intervalDays: 0 }] }), 'input.followUps.0.intervalDays'],
      ['a negative interval', () => ({ followUps: [{ ...CT_IN_56_DAYS, intervalDays: -7 }] }), 'input.followUps.0.intervalDays'],
      ['a due date in the past', () => ({ followUps: [{ ...CT_IN_56_DAYS, intervalDays: null, dueDate: yesterday() }] }), 'input.followUps.0.dueDate'],
      ['an impossible due date', () => ({ followUps: [{ ...CT_IN_56_DAYS, intervalDays: null, dueDate: '2027-02-30' }] }), 'input.followUps.0.dueDate'],
      ['neither interval nor date', () => ({ followUps: [{ ...CT_IN_56_DAYS, intervalDays: null }] }), 'input.followUps.0.intervalDays'],
      ['both interval and date', () => ({ followUps: [CT_IN_56_DAYS, { ...CT_IN_56_DAYS, dueDate: '2099-01-01' }] }), 'input.followUps.1.intervalDays'],
      ['a reminder after the scan', () => ({ followUps: [{ ...CT_IN_56_DAYS, intervalDays: 3, reminderLeadDays: 5 }] }), 'input.followUps.0.reminderLeadDays'],
      ['a case id that is not an id', () => ({ caseId: 'nope' }), 'input.caseId'],
    ];
    it.each(cases)('%s', async (_name, patch, field) => {
      const before = await countRows('decisions');
      const response = await api.gql.request(CREATE, { input: { caseId, ...content(patch()) } }, physician);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0].extensions?.field).toBe(field);
      expect(await countRows('decisions')).toBe(before);
    });

    it('a missing required field is refused before anything runs', async () => {
      const before = await countRows('decisions');
      const { rationale: _omitted, ...rest } = content();
      expect(errorCodes(await api.gql.request(CREATE, { input: { caseId, ...rest } }, physician))).toEqual(['BAD_USER_INPUT']);
      expect(await countRows('decisions')).toBe(before);
    });

    it('the same checks apply to updating a draft', async () => {
      const created = await draft(caseId);
      const response = await api.gql.request(UPDATE, { input: { decisionId: created.id, expectedVersion: 1, ...content({ followUps: [{ ...CT_IN_56_DAYS, intervalDays: 0 }] }) } }, physician);
      expect(response.errors?.[0].extensions?.field).toBe('input.followUps.0.intervalDays');
      expect((await api.gql.ok<{ decision: Decision }>(GET, { id: created.id }, physician)).decision.version).toBe(1);
    });
  });

  describe('rescheduling and cancelling follow-ups', () => {
    let followUp: FollowUp;
    beforeAll(async () => {
      followUp = (await signed(await discussedCase())).followUps[0];
    });
    const reschedule = (f: { id: string; version: number }, dueDate: string, token = coordinator) =>
      api.gql.request<{ rescheduleFollowUp: FollowUp }>(RESCHEDULE, { input: { followUpId: f.id, expectedVersion: f.version, dueDate } }, token);
    const cancel = (f: { id: string; version: number }, token = coordinator) =>
      api.gql.request<{ cancelFollowUp: FollowUp }>(CANCEL, { input: { followUpId: f.id, expectedVersion: f.version, reason: 'Patient moved to another hospital' } }, token);

    it('reschedules with the current version, refuses a stale one, a past date and a radiologist', async () => {
      const target = addDays(today(), 30);
      const moved = (await reschedule(followUp, target)).data!.rescheduleFollowUp;
      expect(moved).toMatchObject({ dueDate: target, status: 'SCHEDULED', version: followUp.version + 1 });
      expect(errorCodes(await reschedule(followUp, addDays(today(), 40)))).toEqual(['CONFLICT']);
      const past = await reschedule(moved, addDays(today(), -1));
      expect(errorCodes(past)).toEqual(['BAD_USER_INPUT']);
      expect(past.errors?.[0].extensions?.field).toBe('input.dueDate');
      expect(errorCodes(await reschedule(moved, addDays(today(), 40), await api.tokenFor('radiologist')))).toEqual(['FORBIDDEN']);
      followUp = { ...followUp, ...moved };
      const [row] = await api.dataSource.query(`SELECT to_char(due_date, 'YYYY-MM-DD') AS due, version FROM follow_ups WHERE id = $1`, [followUp.id]);
      expect(row).toEqual({ due: target, version: moved.version });
    });

    it('cancels with the current version and a reason; a stale version or a second cancel is a CONFLICT', async () => {
      expect(errorCodes(await cancel({ ...followUp, version: followUp.version - 1 }))).toEqual(['CONFLICT']);
      const cancelled = (await cancel(followUp, physician)).data!.cancelFollowUp;
      expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'Patient moved to another hospital', version: followUp.version + 1 });
      expect(errorCodes(await cancel(cancelled))).toEqual(['CONFLICT']);
      expect(errorCodes(await reschedule(cancelled, addDays(today(), 10)))).toEqual(['CONFLICT']);
    });
  });

  describe('decisions awaiting signature', () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = await discussedCase();
    });

    async function propose(n: number) {
      for (let i = 0; i < n; i += 1) ok(await step(PROPOSE, await draft(caseId)));
    }

    async function countStatements(work: () => Promise<unknown>): Promise<number> {
      const original = Client.prototype.query;
      let count = 0;
      Client.prototype.query = function (this: Client, ...args: unknown[]) {
        count += 1;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof Client.prototype.query;
      try {
        await work();
      } finally {
        Client.prototype.query = original;
      }
      return count;
    }

    type Page = { decisionsAwaitingSignature: { edges: { cursor: string; node: { id: string; status: string; followUps: unknown[] } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

    it('costs the same number of SQL statements for 5 decisions as for 50', async () => {
      await propose(5);
      const small = await countStatements(() => api.gql.ok<Page>(AWAITING, { first: 5 }, physician));
      await propose(45);
      let rows = 0;
      const large = await countStatements(async () => {
        rows = (await api.gql.ok<Page>(AWAITING, { first: 50 }, physician)).decisionsAwaitingSignature.edges.length;
      });
      expect(rows).toBe(50);
      expect(large).toBe(small);
      expect(small).toBeLessThan(10);
    });

    it('pages with cursors through every proposed decision exactly once, and refuses a forged cursor', async () => {
      const [{ n: total }] = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM decisions d JOIN cases c ON c.id = d.case_id JOIN teams t ON t.id = c.team_id WHERE d.status = 'PROPOSED' AND t.name IN ('Lung', 'Hepatobiliary', 'Neuro-oncology')`,
      );
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: Page = await api.gql.ok<Page>(AWAITING, { first: 7, after }, physician);
        seen.push(...page.decisionsAwaitingSignature.edges.map((e) => e.node.id));
        expect(page.decisionsAwaitingSignature.edges.every((e) => e.node.status === 'PROPOSED')).toBe(true);
        after = page.decisionsAwaitingSignature.pageInfo.hasNextPage ? page.decisionsAwaitingSignature.pageInfo.endCursor : null;
      } while (after);
      expect(seen.length).toBe(total);
      expect(new Set(seen).size).toBe(total);
      const forged = await api.gql.request(AWAITING, { first: 5, after: Buffer.from('["x","y"]').toString('base64url') }, physician);
      expect(errorCodes(forged)).toEqual(['BAD_USER_INPUT']);
      expect(forged.errors?.[0].extensions?.field).toBe('after');
    });
  });
});
