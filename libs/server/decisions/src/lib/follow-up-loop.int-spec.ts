import { Queue } from 'bullmq';
import { CasesModule } from '@consilium/server-cases';
import { Clock } from '@consilium/server-core';
import { IdentityModule } from '@consilium/server-identity';
import { ImagingModule } from '@consilium/server-imaging';
import { createFeatureTestApp, errorCodes, startTestApi, TestApi, waitFor } from '@consilium/server-testing';
import { NotificationsModule } from '@consilium/server-notifications';
import { DecisionsModule, FOLLOW_UP_MAINTENANCE_QUEUE, FollowUpJobData, followUpJobId, FollowUpJobKind, FollowUpSchedulerService } from '../index';
import { DecisionsWorkerModule } from './decisions-worker.module';
import { DAY_MS, discussedCase, followUpQueue, isoDay } from './testing/follow-up-fixtures';

const REPORT = `id status version response { category }`;
const CREATE_REPORT = `mutation C($input: CreateImagingReportInput!) { createImagingReport(input: $input) { ${REPORT} } }`;
const DESIGNATE = `mutation D($input: ReportVersionInput!) { designateBaselineReport(input: $input) { ${REPORT} } }`;
const FINALISE = `mutation F($input: ReportVersionInput!) { finaliseImagingReport(input: $input) { report { ${REPORT} } } }`;
const DRAFT = `mutation C($input: CreateDecisionDraftInput!) { createDecisionDraft(input: $input) { id version } }`;
const PROPOSE = `mutation P($input: DecisionStepInput!) { proposeDecision(input: $input) { id version } }`;
const SIGN = `mutation S($input: DecisionStepInput!) { signDecision(input: $input) { id followUps { id dueDate status } } }`;
const CASE = `query K($id: ID!) { case(id: $id) { id status priority events { toStatus reason }
  decisions { followUps { id status dueDate fulfilledByReportId fulfilledAt } } } }`;
const WORKLIST = `query W { caseWorklist(first: 100) { edges { node { id status priority } } } }`;
const NOTIFICATIONS = `query N($unreadOnly: Boolean) { notifications(first: 50, unreadOnly: $unreadOnly) { unreadCount nodes { id kind title caseId readAt } } }`;
const READ = `mutation M($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;

type Report = { id: string; status: string; version: number; response: { category: string } | null };
type Notification = { id: string; kind: string; title: string; caseId: string | null; readAt: string | null };

const BASELINE = [
  { label: 'RUL mass', organ: 'Lung', role: 'TARGET', longAxisMm: 30 },
  { label: 'Subcarinal node', organ: 'Lymph node', nodal: true, role: 'TARGET', longAxisMm: 28, shortAxisMm: 22 },
];
// Sum 30 + 22 = 52 mm at baseline; 45 + 25 = 70 mm: +35 % and +18 mm over the nadir → PD (RECIST 1.1).
const PROGRESSION = [
  { label: 'RUL mass', role: 'TARGET', longAxisMm: 45 },
  { label: 'Subcarinal node', role: 'TARGET', longAxisMm: 30, shortAxisMm: 25 },
];


describe('closing the loop through GraphQL, with the worker running (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  let queue: Queue<FollowUpJobData>;
  let tokens: Record<'radiologist' | 'physician' | 'coordinator' | 'pharmacist', string>;

  /** Signs everyone in at the clock's current time (moving the clock 56 days expires earlier tokens, as it should). */
  async function signIn() {
    tokens = { radiologist: await api.signIn('radiologist'), physician: await api.signIn('physician'), coordinator: await api.signIn('coordinator'), pharmacist: await api.signIn('pharmacist') };
  }

  beforeAll(async () => {
    api = await startTestApi((config) =>
      createFeatureTestApp(config, [IdentityModule, CasesModule, ImagingModule, DecisionsModule, NotificationsModule, DecisionsWorkerModule]),
    );
    queue = followUpQueue(api);
  });
  beforeEach(() => signIn());
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await queue.close();
    await api.close();
  });

  const gql = <T>(query: string, variables: Record<string, unknown>, who: keyof typeof tokens) => api.gql.ok<T>(query, variables, tokens[who]);
  async function report(input: Record<string, unknown>): Promise<Report> {
    return (await gql<{ createImagingReport: Report }>(CREATE_REPORT, { input: { modality: 'CT', bodyRegion: 'Chest', criteria: 'RECIST_1_1', ...input } }, 'radiologist')).createImagingReport;
  }
  const finalise = async (r: Report) => (await gql<{ finaliseImagingReport: { report: Report } }>(FINALISE, { input: { reportId: r.id, expectedVersion: r.version } }, 'radiologist')).finaliseImagingReport.report;

  it('the worker runs its reconciler on a job scheduler', async () => {
    const maintenance = new Queue(FOLLOW_UP_MAINTENANCE_QUEUE, { connection: queue.opts.connection, prefix: queue.opts.prefix });
    const scheduler = await maintenance.getJobScheduler('follow-up-reconcile');
    await maintenance.close();
    expect(scheduler).toMatchObject({ key: 'follow-up-reconcile', every: 600_000 });
  });

  it('decision → follow-up due → report arrives → follow-up fulfilled → case back on the worklist, urgent on PD', async () => {
    const { caseId } = await discussedCase(api.dataSource, `loop-${process.pid}`);
    const baselineDraft = await report({ caseId, studyDate: isoDay(new Date(Date.now() - 20 * DAY_MS)), accessionNumber: `LOOP-${process.pid}-1`, lesions: BASELINE });
    const designated = (await gql<{ designateBaselineReport: Report }>(DESIGNATE, { input: { reportId: baselineDraft.id, expectedVersion: baselineDraft.version } }, 'radiologist')).designateBaselineReport;
    await finalise(designated);

    const content = { caseId, recommendation: 'START_SYSTEMIC_THERAPY', intent: 'PALLIATIVE', rationale: 'Stage IV NSCLC', followUps: [{ modality: 'CT', criteria: 'RECIST_1_1', intervalDays: 56, reminderLeadDays: 7 }] };
    const draft = (await gql<{ createDecisionDraft: { id: string; version: number } }>(DRAFT, { input: content }, 'physician')).createDecisionDraft;
    const proposed = (await gql<{ proposeDecision: { id: string; version: number } }>(PROPOSE, { input: { decisionId: draft.id, expectedVersion: draft.version } }, 'physician')).proposeDecision;
    const signed = (await gql<{ signDecision: { followUps: { id: string; dueDate: string; status: string }[] } }>(SIGN, { input: { decisionId: proposed.id, expectedVersion: proposed.version } }, 'physician')).signDecision;
    const followUp = signed.followUps[0];
    expect(followUp.status).toBe('SCHEDULED');

    // 56 days pass: the clock moves to 08:00 UTC on the due date; the reconciler runs the steps now due.
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(`${followUp.dueDate}T08:00:00.000Z`));
    await signIn();
    const run = await api.app.get(FollowUpSchedulerService).reconcile();
    expect(run.promoted).toBe(2); // reminder and due; overdue waits for the grace period
    const readCase = async () => (await gql<{ case: { status: string; priority: string; events: { toStatus: string; reason: string }[]; decisions: { followUps: { id: string; status: string; fulfilledByReportId: string | null; fulfilledAt: string | null }[] }[] } }>(CASE, { id: caseId }, 'coordinator')).case;
    await waitFor('the follow-up to be DUE', readCase, (c) => c.decisions[0].followUps[0].status === 'DUE');
    const overdueJob = followUpJobId(followUp.id, 1, FollowUpJobKind.OVERDUE);
    expect(await (await queue.getJob(overdueJob))!.getState()).toBe('delayed');

    const { notifications: dueNotes } = await gql<{ notifications: { unreadCount: number; nodes: Notification[] } }>(NOTIFICATIONS, { unreadOnly: true }, 'coordinator');
    const due = dueNotes.nodes.find((n) => n.kind === 'FOLLOW_UP_DUE' && n.caseId === caseId);
    expect(due).toMatchObject({ title: 'Follow-up CT due today', readAt: null });

    // The follow-up CT is reported: PD.
    const fu = await finalise(await report({ caseId, studyDate: followUp.dueDate, accessionNumber: `LOOP-${process.pid}-2`, nonTargetResponse: 'NONE', lesions: PROGRESSION }));
    expect(fu.response?.category).toBe('PD');

    const kase = await readCase();
    expect(kase.decisions[0].followUps[0]).toMatchObject({ status: 'FULFILLED', fulfilledByReportId: fu.id, fulfilledAt: `${followUp.dueDate}T08:00:00.000Z` });
    expect(kase).toMatchObject({ status: 'TRIAGED', priority: 'URGENT' });
    expect(kase.events.at(-1)).toEqual({ toStatus: 'TRIAGED', reason: `Follow-up CT of ${followUp.dueDate} reported: PD; back to the worklist for the next meeting` });
    const worklist = await gql<{ caseWorklist: { edges: { node: { id: string; status: string; priority: string } }[] } }>(WORKLIST, {}, 'coordinator');
    expect(worklist.caseWorklist.edges.map((e) => e.node)).toContainEqual({ id: caseId, status: 'TRIAGED', priority: 'URGENT' });
    // Fulfilled: the overdue step is gone from the queue.
    await waitFor('the overdue job to be removed', () => queue.getJob(overdueJob), (job) => job === undefined);

    const { notifications } = await gql<{ notifications: { unreadCount: number; nodes: Notification[] } }>(NOTIFICATIONS, {}, 'coordinator');
    const fulfilled = notifications.nodes.find((n) => n.kind === 'FOLLOW_UP_FULFILLED' && n.caseId === caseId);
    expect(fulfilled?.title).toBe('Follow-up CT reported: PD — urgent');

    // Notifications are each user's own: marking read works once, another user's is NOT_FOUND.
    const read = (await gql<{ markNotificationRead: { readAt: string } }>(READ, { id: fulfilled!.id }, 'coordinator')).markNotificationRead;
    expect(read.readAt).toBe(`${followUp.dueDate}T08:00:00.000Z`);
    const after = (await gql<{ notifications: { unreadCount: number } }>(NOTIFICATIONS, {}, 'coordinator')).notifications;
    expect(after.unreadCount).toBe(notifications.unreadCount - 1);
    expect(errorCodes(await api.gql.request(READ, { id: fulfilled!.id }, tokens.pharmacist))).toEqual(['NOT_FOUND']);
    expect((await gql<{ notifications: { nodes: Notification[] } }>(NOTIFICATIONS, {}, 'pharmacist')).notifications.nodes).toEqual([]);
  });

  it('a report of another modality, or before the decision, fulfils nothing', async () => {
    const { caseId } = await discussedCase(api.dataSource, `nomatch-${process.pid}`);
    const content = { caseId, recommendation: 'RADIOTHERAPY', intent: 'CURATIVE', rationale: 'Oligometastatic', followUps: [{ modality: 'MRI', criteria: 'NONE', intervalDays: 30, reminderLeadDays: 3 }] };
    const draft = (await gql<{ createDecisionDraft: { id: string; version: number } }>(DRAFT, { input: content }, 'physician')).createDecisionDraft;
    const proposed = (await gql<{ proposeDecision: { id: string; version: number } }>(PROPOSE, { input: { decisionId: draft.id, expectedVersion: draft.version } }, 'physician')).proposeDecision;
    await gql(SIGN, { input: { decisionId: proposed.id, expectedVersion: proposed.version } }, 'physician');
    await finalise(await report({ caseId, criteria: 'NONE', studyDate: isoDay(new Date()), accessionNumber: `NOMATCH-${process.pid}-1`, lesions: [] }));
    const earlier = await report({ caseId, modality: 'MRI', criteria: 'NONE', bodyRegion: 'Brain', studyDate: isoDay(new Date(Date.now() - 5 * DAY_MS)), accessionNumber: `NOMATCH-${process.pid}-2`, lesions: [] });
    await finalise(earlier);
    const rows = await api.dataSource.query(`SELECT status::text AS status FROM follow_ups WHERE case_id = $1`, [caseId]);
    expect(rows).toEqual([{ status: 'SCHEDULED' }]);
    expect(await api.dataSource.query(`SELECT status::text AS status FROM cases WHERE id = $1`, [caseId])).toEqual([{ status: 'IN_FOLLOW_UP' }]);
  });
});
