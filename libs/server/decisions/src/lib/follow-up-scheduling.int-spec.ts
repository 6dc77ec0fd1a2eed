import { Queue } from 'bullmq';
import { CasesModule } from '@consilium/server-cases';
import { Clock } from '@consilium/server-core';
import { IdentityModule } from '@consilium/server-identity';
import { ImagingModule } from '@consilium/server-imaging';
import { createFeatureTestApp, PrivateRedis, startPrivateRedis, startTestApi, TestApi } from '@consilium/server-testing';
import { DecisionsModule, FollowUpProcessor, FollowUpSchedulerService, followUpJobId, FollowUpJobData, FollowUpJobKind, plannedJobs } from '../index';
import { DecisionsWorkerModule } from './decisions-worker.module';
import { DAY_MS, discussedCase, followUpQueue, insertPendingFollowUps, isoDay } from './testing/follow-up-fixtures';

const FU = `id dueDate status version`;
const DRAFT = `mutation C($input: CreateDecisionDraftInput!) { createDecisionDraft(input: $input) { id version } }`;
const PROPOSE = `mutation P($input: DecisionStepInput!) { proposeDecision(input: $input) { id version } }`;
const SIGN = `mutation S($input: DecisionStepInput!) { signDecision(input: $input) { id signedAt followUps { ${FU} } } }`;
const RESCHEDULE = `mutation RS($input: RescheduleFollowUpInput!) { rescheduleFollowUp(input: $input) { ${FU} } }`;
const CANCEL = `mutation CF($input: CancelFollowUpInput!) { cancelFollowUp(input: $input) { ${FU} } }`;
const GRACE = `mutation G($input: SetTeamFollowUpSettingsInput!) { setTeamFollowUpSettings(input: $input) { teamId graceDays } }`;

type FollowUp = { id: string; dueDate: string; status: string; version: number };

async function queuedJobs(queue: Queue<FollowUpJobData>) {
  const jobs = await queue.getJobs(['delayed', 'waiting', 'active', 'prioritized']);
  return jobs.map((j) => ({ id: j.id, runAt: j.data.runAt })).sort((a, b) => a.runAt.localeCompare(b.runAt));
}

describe('follow-up scheduling on BullMQ (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  let queue: Queue<FollowUpJobData>;
  let physician: string;
  let n = 0;

  beforeAll(async () => {
    // The worker's module too: its processor is run by hand here; its steps are all weeks ahead, so its workers stay idle.
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule, ImagingModule, DecisionsModule, DecisionsWorkerModule]));
    queue = followUpQueue(api);
    physician = await api.tokenFor('physician');
  });
  afterAll(async () => {
    await queue.close();
    await api.close();
  });
  afterEach(() => jest.restoreAllMocks());

  async function signCtIn56Days(): Promise<{ caseId: string; teamId: string; followUp: FollowUp; signedAt: string }> {
    n += 1;
    const { caseId, teamId } = await discussedCase(api.dataSource, `${process.pid}-${n}`);
    const content = {
      caseId,
      recommendation: 'START_SYSTEMIC_THERAPY',
      intent: 'PALLIATIVE',
      rationale: 'Stage IV NSCLC, PD-L1 60 %',
      followUps: [{ modality: 'CT', criteria: 'RECIST_1_1', intervalDays: 56, reminderLeadDays: 7 }],
    };
    const draft = (await api.gql.ok<{ createDecisionDraft: { id: string; version: number } }>(DRAFT, { input: content }, physician)).createDecisionDraft;
    const proposed = (await api.gql.ok<{ proposeDecision: { id: string; version: number } }>(PROPOSE, { input: { decisionId: draft.id, expectedVersion: draft.version } }, physician)).proposeDecision;
    const { signDecision } = await api.gql.ok<{ signDecision: { signedAt: string; followUps: FollowUp[] } }>(SIGN, { input: { decisionId: proposed.id, expectedVersion: proposed.version } }, physician);
    expect(signDecision.followUps).toHaveLength(1);
    return { caseId, teamId, followUp: signDecision.followUps[0], signedAt: signDecision.signedAt };
  }

  const jobsOf = async (followUpId: string) => (await queuedJobs(queue)).filter((j) => j.id?.startsWith(`fu_${followUpId}_`));

  it('signing "CT in 56 days" creates one follow-up and its three delayed jobs; rescheduling moves them; cancelling removes them', async () => {
    const before = Date.now();
    const { followUp, signedAt } = await signCtIn56Days();
    const due = isoDay(new Date(Date.parse(signedAt) + 56 * DAY_MS));
    expect(followUp).toMatchObject({ dueDate: due, status: 'SCHEDULED' });

    const jobs = await jobsOf(followUp.id);
    expect(jobs).toEqual([
      { id: followUpJobId(followUp.id, 1, FollowUpJobKind.REMINDER), runAt: `${isoDay(new Date(Date.parse(due) - 7 * DAY_MS))}T00:00:00.000Z` },
      { id: followUpJobId(followUp.id, 1, FollowUpJobKind.DUE), runAt: `${due}T00:00:00.000Z` },
      { id: followUpJobId(followUp.id, 1, FollowUpJobKind.OVERDUE), runAt: `${isoDay(new Date(Date.parse(due) + 15 * DAY_MS))}T00:00:00.000Z` },
    ]);
    const dueJob = await queue.getJob(jobs[1].id!);
    expect(await dueJob!.getState()).toBe('delayed');
    // BullMQ holds it until the due instant: delay = runAt − now at signing.
    expect(dueJob!.timestamp + dueJob!.delay).toBeGreaterThanOrEqual(Date.parse(jobs[1].runAt) - (Date.now() - before) - 1000);
    expect(dueJob!.timestamp + dueJob!.delay).toBeLessThanOrEqual(Date.parse(jobs[1].runAt) + 1000);

    const newDue = isoDay(new Date(Date.parse(due) + 14 * DAY_MS));
    const { rescheduleFollowUp } = await api.gql.ok<{ rescheduleFollowUp: FollowUp }>(RESCHEDULE, { input: { followUpId: followUp.id, expectedVersion: followUp.version, dueDate: newDue } }, physician);
    const moved = await jobsOf(followUp.id);
    expect(moved.map((j) => j.id)).toEqual([FollowUpJobKind.REMINDER, FollowUpJobKind.DUE, FollowUpJobKind.OVERDUE].map((k) => followUpJobId(followUp.id, 2, k)));
    expect(moved[1].runAt).toBe(`${newDue}T00:00:00.000Z`);
    expect(await queue.getJob(jobs[1].id!)).toBeUndefined();

    await api.gql.ok(CANCEL, { input: { followUpId: followUp.id, expectedVersion: rescheduleFollowUp.version, reason: 'Patient moved to hospice care' } }, physician);
    expect(await jobsOf(followUp.id)).toEqual([]);
  });

  it('a reminder job run twice claims the row and notifies the coordinator and radiologists once', async () => {
    const { followUp } = await signCtIn56Days();
    const job = (await queue.getJob(followUpJobId(followUp.id, 1, FollowUpJobKind.REMINDER)))!;
    // Time moves to the reminder instant instead of the test sleeping for 49 days.
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.parse(job.data.runAt) + 60_000));
    const run = api.app.get(FollowUpProcessor);
    const first = await run.process(job);
    const second = await run.process(job);
    expect(first).toEqual({ claimed: true, notified: 2 });
    expect(second).toEqual({ claimed: false, notified: 0 });
    const notes = await api.dataSource.query(
      `SELECT u.email, n.kind FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.case_id = (SELECT case_id FROM follow_ups WHERE id = $1) ORDER BY u.email`,
      [followUp.id],
    );
    expect(notes).toEqual([
      { email: 'coordinator@consilium.test', kind: 'FOLLOW_UP_REMINDER' },
      { email: 'radiologist@consilium.test', kind: 'FOLLOW_UP_REMINDER' },
    ]);
    expect(await api.dataSource.query(`SELECT status, version FROM follow_ups WHERE id = $1`, [followUp.id])).toEqual([{ status: 'REMINDED', version: 2 }]);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'follow_up.reminder'`, [followUp.id])).toEqual([{ n: 1 }]);
  });

  it("changing the team's grace period moves the overdue jobs of its pending follow-ups", async () => {
    const { followUp, teamId } = await signCtIn56Days();
    const admin = await api.tokenFor('admin');
    await api.gql.ok(GRACE, { input: { teamId, graceDays: 30 } }, admin);
    const overdue = (await jobsOf(followUp.id)).find((j) => j.id?.endsWith('_overdue'))!;
    expect(overdue.runAt).toBe(`${isoDay(new Date(Date.parse(followUp.dueDate) + 31 * DAY_MS))}T00:00:00.000Z`);
    const refused = await api.gql.request(GRACE, { input: { teamId, graceDays: 400 } }, admin);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.graceDays' });
    expect((await api.gql.request(GRACE, { input: { teamId, graceDays: 10 } }, physician)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await api.gql.ok(GRACE, { input: { teamId, graceDays: 14 } }, admin);
  });
});

describe('the reconciler: PostgreSQL is the truth (own redis-server)', () => {
  let redis: PrivateRedis;
  let api: TestApi;
  let queue: Queue<FollowUpJobData>;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule, ImagingModule, DecisionsModule]), { config: { REDIS_URL: redis.url } });
    queue = followUpQueue(api);
  });
  afterAll(async () => {
    await queue.close();
    await api.close();
    await redis.stop();
  });

  it('restores all 1,000 pending follow-ups after FLUSHALL: none lost, none duplicated', async () => {
    const { caseId } = await discussedCase(api.dataSource, `recon-${process.pid}`);
    const ids = await insertPendingFollowUps(api.dataSource, caseId, 1000, new Date(Date.now() + 10 * DAY_MS));
    const scheduler = api.app.get(FollowUpSchedulerService);
    const rows = await api.dataSource.query(
      `SELECT id, status::text AS status, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", reminder_lead_days AS "reminderLeadDays", schedule_revision AS "scheduleRevision" FROM follow_ups WHERE case_id = $1`,
      [caseId],
    );
    const expected = rows.flatMap((r: Parameters<typeof plannedJobs>[0]) => plannedJobs(r, 14).map((p) => p.jobId)).sort();
    expect(new Set(expected.map((id: string) => id.split('_')[1]))).toEqual(new Set(ids));

    const first = await scheduler.reconcile();
    expect(first).toMatchObject({ rows: 1000, added: expected.length });
    const queued = async () => (await queue.getJobs(['delayed', 'waiting'])).map((j) => j.id!).sort();
    expect(await queued()).toEqual(expected);

    await redis.client.flushall();
    expect(await queue.getJobCounts('delayed', 'waiting')).toEqual({ delayed: 0, waiting: 0 });

    const again = await scheduler.reconcile();
    expect(again).toMatchObject({ rows: 1000, added: expected.length, corrected: 0 });
    expect(await queued()).toEqual(expected);
    // A second run finds nothing to do: no duplicates.
    expect(await scheduler.reconcile()).toMatchObject({ rows: 1000, added: 0, corrected: 0, removed: 0 });
    expect(await queued()).toEqual(expected);
  });

  it('corrects jobs whose row changed behind its back and removes jobs no row plans', async () => {
    const { caseId } = await discussedCase(api.dataSource, `drift-${process.pid}`);
    const [a, b] = await insertPendingFollowUps(api.dataSource, caseId, 2, new Date(Date.now() + 30 * DAY_MS));
    const scheduler = api.app.get(FollowUpSchedulerService);
    await scheduler.sync([a, b]);
    // Changed with SQL, as a restore or a manual fix would: a new date for a, b cancelled.
    await api.dataSource.query(`UPDATE follow_ups SET due_date = due_date + 7 WHERE id = $1`, [a]);
    await api.dataSource.query(`UPDATE follow_ups SET status = 'CANCELLED', cancel_reason = 'test' WHERE id = $1`, [b]);
    const result = await scheduler.reconcile();
    expect(result.corrected).toBeGreaterThanOrEqual(1);
    expect(result.removed).toBeGreaterThanOrEqual(1);
    const [row] = await api.dataSource.query(`SELECT to_char(due_date, 'YYYY-MM-DD') AS due, status::text AS status FROM follow_ups WHERE id = $1`, [a]);
    const due = await queue.getJob(followUpJobId(a, 1, FollowUpJobKind.DUE));
    expect(due!.data.runAt).toBe(`${row.due}T00:00:00.000Z`);
    const left = (await queue.getJobs(['delayed', 'waiting'])).filter((j) => j.data.followUpId === b);
    expect(left).toEqual([]);
  });
});
