import { IdentityModule } from '@consilium/server-identity';
import { createFeatureTestApp, errorCodes, startTestApi, TestApi } from '@consilium/server-testing';
import { KpisModule } from '../index';
import { KpiFixture, MeetingFixture } from './testing/kpi-fixture';

const DURATION = 'unit count median p90 mean withinTarget withinTargetPercent';
const RATE = 'numerator denominator percent';
const DASHBOARD = `query D($filter: KpiFilterInput!) { kpiDashboard(filter: $filter) {
  teamId from to refreshedAt
  referralToDiscussion { ${DURATION} } imagingTurnaround { ${DURATION} } decisionSigning { ${DURATION} }
  reviewBeforeDiscussion { ${RATE} } readinessComplete { ${RATE} } deferralRate { ${RATE} } followUpAdherence { ${RATE} }
  deferralReasons { reason count atMeeting } overdueFollowUps
  meetingsQuorate { ${RATE} } casesPerMeeting { unit count median p90 mean } minutesPerCase { unit count median p90 mean }
  attendanceByRole { role meetings meanPresent meetingsAtMinimum }
  trend { month referralToDiscussion { count median } deferralRate { ${RATE} } followUpAdherence { ${RATE} } meetingsQuorate { ${RATE} } }
} }`;
const CASES = `query C($filter: KpiFilterInput!, $figure: KpiFigure!, $month: String, $reason: String, $first: Int, $offset: Int) {
  kpiCases(filter: $filter, figure: $figure, month: $month, reason: $reason, first: $first, offset: $offset) {
    totalCount rows { caseId meetingId teamName subjectId at value meetsStandard reason } } }`;
const OVERDUE = `query O($teamId: ID) { overdueFollowUps(teamId: $teamId) { followUpId caseId dueDate status daysOverdue } }`;
const REFRESH = `mutation { refreshKpis { refreshedAt durationMs } }`;
const SET_TARGETS = `mutation S($input: SetTeamKpiTargetsInput!) { setTeamKpiTargets(input: $input) { teamId referralToDiscussionDays imagingReportHours decisionSigningHours } }`;
const GET_TARGETS = `query T($teamId: ID!) { teamKpiTargets(teamId: $teamId) { referralToDiscussionDays imagingReportHours decisionSigningHours } }`;

type Dashboard = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL JSON read by the assertions

/**
 * One hand-built team, January–February 2026, every KPI checked against arithmetic written
 * out below. Times are UTC; docs/kpis.md defines each figure.
 */
describe('KPIs from recorded facts (real PostgreSQL)', () => {
  let api: TestApi;
  let admin: string;
  let team: string;
  let lung: string;
  const c: Record<string, string> = {};
  const f: Record<string, string> = {};
  const m: Record<string, string> = {};
  const filter = () => ({ teamId: team, from: '2026-01-01', to: '2026-02-28' });

  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, KpisModule]));
    admin = await api.tokenFor('admin');
    const [{ id: actor }] = await api.dataSource.query(`SELECT id FROM users WHERE email = 'admin@consilium.test'`);
    [{ id: lung }] = await api.dataSource.query(`SELECT id FROM teams WHERE name = 'Lung'`);
    const fx = new KpiFixture(api.dataSource, actor);
    team = await fx.team('KPI fixture');
    const path = (ready: string, readyReason: string | undefined, listed: string, discussed: string): [string, string, string?][] => [
      ['TRIAGED', `${ready}T08:00:00Z`],
      ['READY', `${ready}T09:00:00Z`, readyReason],
      ['LISTED', `${listed}T09:00:00Z`],
      ['DISCUSSED', `${discussed}T10:00:00Z`],
    ];
    // C1: referred 01-02, discussed 01-12 → 10 days; review signed before; ready without override.
    c.c1 = await fx.kase(team, '2026-01-02', path('2026-01-05', undefined, '2026-01-06', '2026-01-12'));
    // C2: override at first READY, deferred from the agenda 01-19, ready again (complete) 01-25, discussed 02-02 → 30 days; review signed after.
    c.c2 = await fx.kase(team, '2026-01-03', [
      ['TRIAGED', '2026-01-04T08:00:00Z'],
      ['READY', '2026-01-10T09:00:00Z', 'Readiness override: urgent'],
      ['LISTED', '2026-01-11T09:00:00Z'],
      ['DEFERRED', '2026-01-19T10:00:00Z', 'Deferred at MDT: MISSING_PATHOLOGY'],
      ['READY', '2026-01-25T09:00:00Z'],
      ['LISTED', '2026-01-26T09:00:00Z'],
      ['DISCUSSED', '2026-02-02T10:00:00Z'],
    ]);
    // C3: referred 01-10, ready with override, discussed 02-09 → 30 days; no review.
    c.c3 = await fx.kase(team, '2026-01-10', path('2026-01-20', 'Readiness override: no imaging', '2026-02-04', '2026-02-09'));
    // C4: referred 02-01, discussed 02-09 10:00 → 8 days; review signed 02-09 09:00 (before).
    c.c4 = await fx.kase(team, '2026-02-01', path('2026-02-03', undefined, '2026-02-04', '2026-02-09'));
    // C5: deferred at triage (outside a meeting), then listed and not reached; never discussed.
    c.c5 = await fx.kase(team, '2026-02-10', [
      ['TRIAGED', '2026-02-11T08:00:00Z'],
      ['DEFERRED', '2026-02-12T08:00:00Z', 'Awaiting pathology'],
      ['READY', '2026-02-18T08:00:00Z'],
      ['LISTED', '2026-02-20T08:00:00Z'],
      ['READY', '2026-02-23T10:00:00Z', 'Not reached at MDT'],
    ]);
    // C7: discussed before the range (2025-12-20): in no figure.
    c.c7 = await fx.kase(team, '2025-12-01', path('2025-12-10', undefined, '2025-12-11', '2025-12-20'));
    // C6: another team (Lung): referred 01-01, discussed 01-15 → 14 days.
    c.c6 = await fx.kase(lung, '2026-01-01', path('2026-01-05', undefined, '2026-01-06', '2026-01-15'));

    await fx.review(c.c1, '2026-01-04T12:00:00Z');
    await fx.review(c.c2, '2026-02-05T12:00:00Z');
    await fx.review(c.c4, '2026-02-09T09:00:00Z');

    // Imaging (study date at 00:00 UTC → finalised): 36 h, 6 h, 72 h; R3's amendment and R4 (draft) do not count.
    await fx.report(c.c1, '2026-01-03', '2026-01-04T12:00:00Z');
    await fx.report(c.c2, '2026-01-05', '2026-01-05T06:00:00Z');
    const r3 = await fx.report(c.c3, '2026-02-01', '2026-02-04T00:00:00Z');
    await fx.report(c.c3, '2026-02-01', '2026-02-06T00:00:00Z', r3);
    await fx.report(c.c4, '2026-02-02', null);
    // Reports that fulfil follow-ups: RF1 (01-25, finalised after 24 h) counts in imaging; RF2 is dated after the range.
    const rf1 = await fx.report(c.c1, '2026-01-25', '2026-01-26T00:00:00Z');
    const rf2 = await fx.report(c.c2, '2026-03-01', '2026-03-01T10:00:00Z');

    // Decisions (first versions): proposed → signed 4 h and 72 h; C4's is still proposed; an amendment does not count.
    const d1 = await fx.decision(c.c1, '2026-01-12T11:00:00Z', '2026-01-12T15:00:00Z');
    const d2 = await fx.decision(c.c2, '2026-02-02T11:00:00Z', '2026-02-05T11:00:00Z');
    await fx.decision(c.c4, '2026-02-09T11:00:00Z', null);
    await fx.decision(c.c1, '2026-01-20T11:00:00Z', '2026-02-20T11:00:00Z', 2);

    // Follow-ups (grace 14 days): F1 fulfilled 5 days after due (in time), F2 19 days after (late),
    // F3 still pending long after due + grace (overdue), F4 cancelled (not counted).
    f.f1 = await fx.followUp(c.c1, d1, '2026-01-20', 'FULFILLED', rf1);
    f.f2 = await fx.followUp(c.c2, d2, '2026-02-10', 'FULFILLED', rf2);
    f.f3 = await fx.followUp(c.c1, d1, '2026-02-15', 'OVERDUE');
    f.f4 = await fx.followUp(c.c2, d2, '2026-02-20', 'CANCELLED');

    // Meetings of the team (quorum: 1 physician and 1 radiologist), the agenda outcomes matching the case events above.
    const people = Object.fromEntries(
      (await api.dataSource.query(`SELECT id, split_part(email, '@', 1) AS who FROM users`)).map((u: { id: string; who: string }) => [u.who, u.id]),
    );
    await api.dataSource.query(`INSERT INTO team_quorum_rules (team_id, minimums) VALUES ($1, '{"PHYSICIAN": 1, "RADIOLOGIST": 1}')`, [team]);
    const mx = new MeetingFixture(api.dataSource, actor);
    // M1 01-12 09:00–10:30: C1 discussed at 10:00 with physician, radiologist and coordinator present → quorate.
    m.m1 = await mx.meeting(team, '2026-01-12', '09:00', '10:30');
    await mx.item(m.m1, c.c1, 1, 'DISCUSSED', '2026-01-12T10:00:00Z');
    await mx.attend(m.m1, people.physician, ['PHYSICIAN'], '2026-01-12T08:55:00Z', '2026-01-12T10:30:00Z');
    await mx.attend(m.m1, people.radiologist, ['RADIOLOGIST'], '2026-01-12T08:55:00Z', '2026-01-12T10:30:00Z');
    await mx.attend(m.m1, people.coordinator, ['COORDINATOR'], '2026-01-12T09:00:00Z', '2026-01-12T10:30:00Z');
    // M2 01-19 09:00–10:00: C2 deferred (MISSING_PATHOLOGY); nothing discussed; the physician came.
    m.m2 = await mx.meeting(team, '2026-01-19', '09:00', '10:00');
    await mx.item(m.m2, c.c2, 1, 'DEFERRED', '2026-01-19T10:00:00Z', 'MISSING_PATHOLOGY');
    await mx.attend(m.m2, people.physician, ['PHYSICIAN'], '2026-01-19T09:00:00Z', '2026-01-19T10:00:00Z');
    // M3 02-02 09:00–11:00: C2 discussed at 10:00, but the radiologist left at 09:45 → not quorate.
    m.m3 = await mx.meeting(team, '2026-02-02', '09:00', '11:00');
    await mx.item(m.m3, c.c2, 1, 'DISCUSSED', '2026-02-02T10:00:00Z');
    await mx.attend(m.m3, people.physician, ['PHYSICIAN'], '2026-02-02T09:00:00Z', '2026-02-02T11:00:00Z');
    await mx.attend(m.m3, people.radiologist, ['RADIOLOGIST'], '2026-02-02T09:00:00Z', '2026-02-02T09:45:00Z');
    // M4 02-09 09:00–11:00: C3 and C4 discussed at 10:00, physician and radiologist present → quorate.
    m.m4 = await mx.meeting(team, '2026-02-09', '09:00', '11:00');
    await mx.item(m.m4, c.c3, 1, 'DISCUSSED', '2026-02-09T10:00:00Z');
    await mx.item(m.m4, c.c4, 2, 'DISCUSSED', '2026-02-09T10:00:00Z');
    await mx.attend(m.m4, people.physician, ['PHYSICIAN'], '2026-02-09T09:00:00Z', '2026-02-09T11:00:00Z');
    await mx.attend(m.m4, people.radiologist, ['RADIOLOGIST'], '2026-02-09T09:00:00Z', '2026-02-09T10:15:00Z');
    // M5 02-23 09:00–10:00: C5 not reached; nobody recorded. M6 is still scheduled: in no figure.
    m.m5 = await mx.meeting(team, '2026-02-23', '09:00', '10:00');
    await mx.item(m.m5, c.c5, 1, 'NOT_REACHED', '2026-02-23T10:00:00Z');
    await mx.meeting(team, '2026-02-27', '09:00', null, 'SCHEDULED');

    await api.gql.ok(
      SET_TARGETS,
      {
        input: {
          teamId: team,
          referralToDiscussionDays: 14,
          imagingReportHours: 48,
          decisionSigningHours: 72,
        },
      },
      admin,
    );
    await api.gql.ok(REFRESH, {}, admin);
  });
  afterAll(() => api.close());

  const dashboard = async (filterInput = filter()) => (await api.gql.ok<{ kpiDashboard: Dashboard }>(DASHBOARD, { filter: filterInput }, admin)).kpiDashboard;

  it('referral → first discussion: median, 90th percentile and % within the team target', async () => {
    const d = await dashboard();
    // Days: C1 10, C2 30, C3 30, C4 8 → sorted 8, 10, 30, 30 (C7 outside the range, C6 another team).
    // median = (10 + 30) / 2 = 20; p90 at rank 0.9 × (4 − 1) = 2.7 → 30 + 0.7 × (30 − 30) = 30;
    // mean = 78 / 4 = 19.5; within 14 days: 8 and 10 → 2 of 4 = 50 %.
    expect(d.referralToDiscussion).toEqual({
      unit: 'days',
      count: 4,
      median: 20,
      p90: 30,
      mean: 19.5,
      withinTarget: 2,
      withinTargetPercent: 50,
    });
  });

  it('imaging study → final report, in hours', async () => {
    const d = await dashboard();
    // 6, 24, 36, 72 h (original reports only; the amendment, the draft and RF2 dated 03-01 do not count).
    // median = (24 + 36) / 2 = 30; p90: rank 2.7 → 36 + 0.7 × 36 = 61.2; mean = 138 / 4 = 34.5; ≤ 48 h: 3 of 4 = 75 %.
    expect(d.imagingTurnaround).toEqual({
      unit: 'hours',
      count: 4,
      median: 30,
      p90: expect.closeTo(61.2, 6),
      mean: 34.5,
      withinTarget: 3,
      withinTargetPercent: 75,
    });
  });

  it('pharmacist review before discussion, and readiness complete at discussion', async () => {
    const d = await dashboard();
    // Review signed before the first discussion: C1 yes, C2 no (signed after), C3 no (none), C4 yes → 2 / 4.
    expect(d.reviewBeforeDiscussion).toEqual({
      numerator: 2,
      denominator: 4,
      percent: 50,
    });
    // Latest READY before the first discussion without an override: C1 yes, C2 yes (its second READY), C3 no, C4 yes → 3 / 4.
    expect(d.readinessComplete).toEqual({
      numerator: 3,
      denominator: 4,
      percent: 75,
    });
  });

  it('deferral rate of listings and the deferral reasons', async () => {
    const d = await dashboard();
    // Agenda outcomes: M1 C1 discussed, M2 C2 deferred, M3 C2 discussed, M4 C3 and C4 discussed, M5 C5 not reached → 2 of 6 not discussed.
    expect(d.deferralRate).toEqual({ numerator: 2, denominator: 6, percent: expect.closeTo(33.3333, 3) });
    // Reasons: the agenda's coded ones (C2 MISSING_PATHOLOGY, C5 NOT_REACHED) and C5's deferral at triage, outside a meeting
    // (its case event's reason). C2's LISTED → DEFERRED case event is the agenda deferral again, not counted twice.
    expect(d.deferralReasons).toEqual([
      { reason: 'Awaiting pathology', count: 1, atMeeting: 0 },
      { reason: 'MISSING_PATHOLOGY', count: 1, atMeeting: 1 },
      { reason: 'NOT_REACHED', count: 1, atMeeting: 1 },
    ]);
  });

  it('decision proposed → signed, in hours (first versions only)', async () => {
    const d = await dashboard();
    // 4 h and 72 h: median = 38; p90 = 4 + 0.9 × 68 = 65.2; mean 38; ≤ 72 h: 2 of 2.
    expect(d.decisionSigning).toEqual({
      unit: 'hours',
      count: 2,
      median: 38,
      p90: expect.closeTo(65.2, 6),
      mean: 38,
      withinTarget: 2,
      withinTargetPercent: 100,
    });
  });

  it('follow-up adherence and the overdue list', async () => {
    const d = await dashboard();
    // F1 in time (+5 ≤ 14), F2 late (+19), F3 overdue; F4 cancelled → 1 of 3.
    expect(d.followUpAdherence).toEqual({
      numerator: 1,
      denominator: 3,
      percent: expect.closeTo(33.3333, 3),
    });
    expect(d.overdueFollowUps).toBe(1);
    const { overdueFollowUps } = await api.gql.ok<{
      overdueFollowUps: Dashboard[];
    }>(OVERDUE, { teamId: team }, admin);
    const days = Math.floor((Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse('2026-02-15')) / 86_400_000);
    expect(overdueFollowUps).toEqual([
      {
        followUpId: f.f3,
        caseId: c.c1,
        dueDate: '2026-02-15',
        status: 'OVERDUE',
        daysOverdue: days,
      },
    ]);
  });

  it("follows the team's follow-up grace period", async () => {
    // Grace 20 days instead of the default 14: F2 (+19 days) is now in time → 2 of 3.
    await api.dataSource.query(`INSERT INTO team_follow_up_settings (team_id, grace_days) VALUES ($1, 20)`, [team]);
    try {
      expect((await dashboard()).followUpAdherence).toMatchObject({ numerator: 2, denominator: 3 });
    } finally {
      await api.dataSource.query(`DELETE FROM team_follow_up_settings WHERE team_id = $1`, [team]);
    }
  });

  it('gives the monthly trend with the same definitions', async () => {
    const d = await dashboard();
    expect(d.trend.map((m: Dashboard) => m.month)).toEqual(['2026-01', '2026-02']);
    // January: C1 (10 days); agenda C1 discussed, C2 deferred → 1 / 2; follow-up F1 in time → 1 / 1.
    expect(d.trend[0]).toMatchObject({
      referralToDiscussion: { count: 1, median: 10 },
      deferralRate: { numerator: 1, denominator: 2 },
      followUpAdherence: { numerator: 1, denominator: 1 },
    });
    // February: 30, 30, 8 → median 30; agenda C2, C3, C4 discussed, C5 not reached → 1 / 4; F2 late, F3 overdue → 0 / 2.
    expect(d.trend[1]).toMatchObject({
      referralToDiscussion: { count: 3, median: 30 },
      deferralRate: { numerator: 1, denominator: 4 },
      followUpAdherence: { numerator: 0, denominator: 2 },
    });
  });

  it('drills down from a figure (and a month, or a reason) to the cases behind it', async () => {
    const all = await api.gql.ok<{ kpiCases: Dashboard }>(CASES, { filter: filter(), figure: 'REFERRAL_TO_DISCUSSION' }, admin);
    expect(all.kpiCases.totalCount).toBe(4);
    expect(all.kpiCases.rows.map((r: Dashboard) => [r.caseId, r.value, r.meetsStandard])).toEqual([
      [c.c1, 10, true],
      [c.c2, 30, false],
      ...[
        [c.c3, 30, false],
        [c.c4, 8, true],
      ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)), // same instant: ordered by id
    ]);
    const january = await api.gql.ok<{ kpiCases: Dashboard }>(CASES, { filter: filter(), figure: 'REFERRAL_TO_DISCUSSION', month: '2026-01' }, admin);
    expect(january.kpiCases.rows.map((r: Dashboard) => r.caseId)).toEqual([c.c1]);
    const pathology = await api.gql.ok<{ kpiCases: Dashboard }>(CASES, { filter: filter(), figure: 'DEFERRALS', reason: 'MISSING_PATHOLOGY' }, admin);
    expect(pathology.kpiCases.rows.map((r: Dashboard) => r.caseId)).toEqual([c.c2]);
    const page2 = await api.gql.ok<{ kpiCases: Dashboard }>(
      CASES,
      {
        filter: filter(),
        figure: 'REFERRAL_TO_DISCUSSION',
        first: 2,
        offset: 2,
      },
      admin,
    );
    expect(page2.kpiCases.totalCount).toBe(4);
    expect(page2.kpiCases.rows.map((r: Dashboard) => r.caseId)).toEqual(all.kpiCases.rows.slice(2).map((r: Dashboard) => r.caseId));
    const missed = await api.gql.ok<{ kpiCases: Dashboard }>(CASES, { filter: filter(), figure: 'FOLLOW_UP_ADHERENCE' }, admin);
    expect(missed.kpiCases.rows.map((r: Dashboard) => [r.subjectId, r.value, r.meetsStandard])).toEqual([
      [f.f1, 5, true],
      [f.f2, 19, false],
      [f.f3, null, false],
    ]);
  });

  it('filters by team: every team together adds the Lung case (14 days)', async () => {
    const d = await dashboard({
      teamId: null as unknown as string,
      from: '2026-01-01',
      to: '2026-02-28',
    });
    // 8, 10, 14, 30, 30 → median 14; Lung's target is the default 28 days → within: 8, 10, 14 (14 ≤ 14 too) → 3 of 5.
    expect(d.referralToDiscussion).toMatchObject({
      count: 5,
      median: 14,
      withinTarget: 3,
    });
  });

  it('meetings: quorate %, cases per meeting, minutes per case', async () => {
    const d = await dashboard();
    // Closed meetings that discussed a case: M1 quorate, M3 not (no radiologist at 10:00), M4 quorate → 2 / 3.
    expect(d.meetingsQuorate).toEqual({ numerator: 2, denominator: 3, percent: expect.closeTo(66.6667, 3) });
    // Cases discussed per closed meeting: M1 1, M2 0, M3 1, M4 2, M5 0 → sorted 0, 0, 1, 1, 2: median 1, mean 4 / 5 = 0.8,
    // p90 rank 0.9 × 4 = 3.6 → 1 + 0.6 × (2 − 1) = 1.6.
    expect(d.casesPerMeeting).toEqual({ unit: 'cases', count: 5, median: 1, p90: expect.closeTo(1.6, 6), mean: 0.8 });
    // Minutes start → close per case discussed: M1 90 / 1, M3 120 / 1, M4 120 / 2 = 60 → median 90, mean 90, p90 rank 1.8 → 90 + 0.8 × 30 = 114.
    expect(d.minutesPerCase).toEqual({ unit: 'minutes', count: 3, median: 90, p90: expect.closeTo(114, 6), mean: 90 });
    expect(d.trend.map((t: Dashboard) => t.meetingsQuorate)).toEqual([
      { numerator: 1, denominator: 1, percent: 100 },
      { numerator: 1, denominator: 2, percent: 50 },
    ]);
  });

  it('meetings: attendance by role, against the quorum minimums', async () => {
    const d = await dashboard();
    const byRole = Object.fromEntries(d.attendanceByRole.map((r: Dashboard) => [r.role, r]));
    // Five closed meetings. Physicians present: 1, 1, 1, 1, 0 → mean 0.8, at the minimum (1) in 4.
    expect(byRole.PHYSICIAN).toEqual({ role: 'PHYSICIAN', meetings: 5, meanPresent: 0.8, meetingsAtMinimum: 4 });
    // Radiologists: 1, 0, 1 (left early, but came), 1, 0 → mean 0.6, at the minimum in 3.
    expect(byRole.RADIOLOGIST).toEqual({ role: 'RADIOLOGIST', meetings: 5, meanPresent: 0.6, meetingsAtMinimum: 3 });
    // Coordinator in M1 only → 0.2; no minimum for the role → all 5 meet it. Pharmacists: none.
    expect(byRole.COORDINATOR).toEqual({ role: 'COORDINATOR', meetings: 5, meanPresent: 0.2, meetingsAtMinimum: 5 });
    expect(byRole.PHARMACIST).toEqual({ role: 'PHARMACIST', meetings: 5, meanPresent: 0, meetingsAtMinimum: 5 });
    const quorate = await api.gql.ok<{ kpiCases: Dashboard }>(CASES, { filter: filter(), figure: 'MEETINGS_QUORATE' }, admin);
    expect(quorate.kpiCases.rows.map((r: Dashboard) => [r.meetingId, r.caseId, r.meetsStandard])).toEqual([
      [m.m1, null, true],
      [m.m3, null, false],
      [m.m4, null, true],
    ]);
    const radiologists = await api.gql.ok<{ kpiCases: Dashboard }>(CASES, { filter: filter(), figure: 'ATTENDANCE', reason: 'RADIOLOGIST' }, admin);
    expect(radiologists.kpiCases.rows.map((r: Dashboard) => [r.meetingId, r.value])).toEqual([
      [m.m1, 1],
      [m.m2, 0],
      [m.m3, 1],
      [m.m4, 1],
      [m.m5, 0],
    ]);
  });

  it('keeps targets per team, with defaults, for administrators', async () => {
    expect((await api.gql.ok<{ teamKpiTargets: Dashboard }>(GET_TARGETS, { teamId: lung }, admin)).teamKpiTargets).toEqual({
      referralToDiscussionDays: 28,
      imagingReportHours: 48,
      decisionSigningHours: 72,
    });
    expect((await api.gql.ok<{ teamKpiTargets: Dashboard }>(GET_TARGETS, { teamId: team }, admin)).teamKpiTargets.referralToDiscussionDays).toBe(14);
    const bad = await api.gql.request(
      SET_TARGETS,
      {
        input: {
          teamId: team,
          referralToDiscussionDays: 0,
          imagingReportHours: 48,
          decisionSigningHours: 72,
        },
      },
      admin,
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0].extensions?.field).toBe('input.referralToDiscussionDays');
    const [audit] = await api.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1 AND action = 'team.kpi-targets-set'`, [team]);
    expect(audit).toBeDefined();
  });

  it('refuses bad ranges and unknown teams', async () => {
    const backwards = await api.gql.request(DASHBOARD, { filter: { teamId: team, from: '2026-02-01', to: '2026-01-01' } }, admin);
    expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(backwards.errors?.[0].extensions?.field).toBe('filter.to');
    const unknown = await api.gql.request(
      DASHBOARD,
      {
        filter: {
          teamId: '00000000-0000-4000-8000-000000000000',
          from: '2026-01-01',
          to: '2026-01-31',
        },
      },
      admin,
    );
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
  });

  it.each(['coordinator', 'radiologist', 'physician', 'pharmacist'] as const)(
    'lets only administrators read KPIs or administer teams (not a %s)',
    async (who) => {
      const token = await api.tokenFor(who);
      const calls: [string, Record<string, unknown>][] = [
        [DASHBOARD, { filter: filter() }],
        [CASES, { filter: filter(), figure: 'REFERRAL_TO_DISCUSSION' }],
        [OVERDUE, { teamId: team }],
        [REFRESH, {}],
        [GET_TARGETS, { teamId: team }],
        [
          SET_TARGETS,
          {
            input: {
              teamId: team,
              referralToDiscussionDays: 1,
              imagingReportHours: 1,
              decisionSigningHours: 1,
            },
          },
        ],
        [`mutation { createTeam(input: { name: "Sneaky" }) { id } }`, {}],
        [
          `mutation M($input: TeamMemberInput!) { addTeamMember(input: $input) { id } }`,
          {
            input: {
              teamId: team,
              userId: '00000000-0000-4000-8000-000000000000',
            },
          },
        ],
        [`query { users { id } }`, {}],
      ];
      for (const [query, variables] of calls) expect(errorCodes(await api.gql.request(query, variables, token))).toEqual(['FORBIDDEN']);
      expect(
        (await api.dataSource.query(`SELECT referral_to_discussion_days FROM team_kpi_targets WHERE team_id = $1`, [team]))[0].referral_to_discussion_days,
      ).toBe(14);
    },
  );
});
