import { Client } from 'pg';
import { Role } from '@consilium/contracts';
import { CasesModule } from '@consilium/server-cases';
import { DecisionsModule } from '@consilium/server-decisions';
import { IdentityModule } from '@consilium/server-identity';
import { ImagingModule } from '@consilium/server-imaging';
import { PharmacyModule } from '@consilium/server-pharmacy';
import { createFeatureTestApp, startTestApi, TestApi } from '@consilium/server-testing';
import { AttendanceService, MeetingsModule } from '../index';
import {
  ADD,
  CLOSE,
  DEFER,
  DISCUSSED,
  firstError,
  GET,
  hoursFromNow,
  Item,
  Meeting,
  MeetingFixtures,
  MINUTES,
  PRESENT,
  REMOVE,
  REORDER,
  SCHEDULE,
  START,
  UPDATE,
} from './testing/meeting-fixtures';

const WORKLIST = `query W($filter: CaseWorklistFilter) { caseWorklist(first: 100, filter: $filter) { edges { node { id status } } } }`;
const MEETINGS = `query M($teamId: ID!, $from: DateTime!, $to: DateTime!) { meetings(teamId: $teamId, from: $from, to: $to) { id status } }`;
const UPCOMING = `query Up($teamId: ID) { upcomingMeetings(teamId: $teamId) { id status } }`;

describe('meetings and agendas (real PostgreSQL)', () => {
  let api: TestApi;
  let f: MeetingFixtures;
  let outsider: { id: string; token: string };

  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule, ImagingModule, PharmacyModule, DecisionsModule, MeetingsModule]));
    f = await new MeetingFixtures(api, 'agenda', 'consilium-demo').init();
    outsider = await f.user('neuro-coordinator', [Role.COORDINATOR, Role.PHYSICIAN], [f.teams.neuro]);
  });
  afterAll(() => api.close());

  const call = <T>(query: string, input: Record<string, unknown>, token = f.tokens.coordinator) => api.gql.request<Record<string, T>>(query, { input }, token);
  const data = <T>(response: { data?: Record<string, T> | null; errors?: unknown }): T => {
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0];
  };

  describe('scheduling', () => {
    it('a coordinator schedules a meeting of their team; the update is versioned and both are audited', async () => {
      const meeting = await f.schedule({ title: 'Lung MDT — weekly', durationMinutes: 120 });
      expect(meeting).toMatchObject({ teamId: f.teams.lung, title: 'Lung MDT — weekly', durationMinutes: 120, chairId: f.users.physician, status: 'SCHEDULED', version: 1, agenda: [] });

      const startsAt = hoursFromNow(48);
      const input = { meetingId: meeting.id, expectedVersion: 1, title: 'Lung MDT (moved)', startsAt, durationMinutes: 60, chairId: f.users.radiologist, videoLink: null };
      const updated = data<Meeting>(await call(UPDATE, input));
      expect(updated).toMatchObject({ title: 'Lung MDT (moved)', startsAt, durationMinutes: 60, chairId: f.users.radiologist, videoLink: null, version: 2 });
      expect(firstError(await call(UPDATE, input))).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION', field: 'input.expectedVersion' });
      expect(await f.auditActions(meeting.id)).toEqual(['meeting.scheduled', 'meeting.updated']);
    });

    it('refuses a chair outside the team, a start in the past and a non-https link, naming the field', async () => {
      const base = { teamId: f.teams.lung, title: 'Lung MDT', startsAt: hoursFromNow(24), durationMinutes: 60, chairId: f.users.physician };
      expect(firstError(await call(SCHEDULE, { ...base, chairId: outsider.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.chairId' });
      expect(firstError(await call(SCHEDULE, { ...base, startsAt: hoursFromNow(-1) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsAt' });
      expect(firstError(await call(SCHEDULE, { ...base, videoLink: 'http://meet.example.org/x' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.videoLink' });
      expect(firstError(await call(SCHEDULE, { ...base, durationMinutes: 5 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.durationMinutes' });
    });

    it('lists a team’s meetings in a date range, and upcoming meetings without closed or past ones', async () => {
      const inRange = await f.schedule({ teamId: f.teams.hepato, startsAt: hoursFromNow(24 * 10), chairId: f.users.physician });
      const later = await f.schedule({ teamId: f.teams.hepato, startsAt: hoursFromNow(24 * 40), chairId: f.users.physician });
      const closed = await f.start(await f.schedule({ teamId: f.teams.hepato, startsAt: hoursFromNow(24 * 11), chairId: f.users.physician }));
      data<Meeting>(await call(CLOSE, { meetingId: closed.id, expectedVersion: closed.version }));

      const { meetings } = await api.gql.ok<{ meetings: { id: string; status: string }[] }>(
        MEETINGS,
        { teamId: f.teams.hepato, from: hoursFromNow(24 * 9), to: hoursFromNow(24 * 20) },
        f.tokens.pharmacist,
      );
      expect(meetings).toEqual([
        { id: inRange.id, status: 'SCHEDULED' },
        { id: closed.id, status: 'CLOSED' },
      ]);

      const { upcomingMeetings } = await api.gql.ok<{ upcomingMeetings: { id: string }[] }>(UPCOMING, { teamId: f.teams.hepato }, f.tokens.radiologist);
      expect(upcomingMeetings.map((m) => m.id)).toEqual([inRange.id, later.id]);
      const forOutsider = await api.gql.ok<{ upcomingMeetings: { id: string }[] }>(UPCOMING, { teamId: f.teams.hepato }, outsider.token);
      expect(forOutsider.upcomingMeetings).toEqual([]);
    });
  });

  describe('the agenda', () => {
    it('listing a READY case moves it to LISTED with a case event; a case that is not READY is refused', async () => {
      const caseId = await f.readyCase();
      const meeting = await f.schedule();
      const listed = await f.withCases(meeting, [caseId], 15);
      expect(listed.version).toBe(2);
      expect(listed.agenda).toEqual([expect.objectContaining({ caseId, position: 1, allocatedMinutes: 15, status: 'LISTED', version: 1 })]);
      const kase = await f.readCase(caseId);
      expect(kase.status).toBe('LISTED');
      expect(kase.events.at(-1)).toEqual({ fromStatus: 'READY', toStatus: 'LISTED', reason: expect.stringContaining('Listed for Lung MDT') });

      const again = await call(ADD, { meetingId: meeting.id, expectedVersion: listed.version, caseId, allocatedMinutes: 10 });
      expect(firstError(again)).toEqual({ code: 'CONFLICT', reason: 'CASE_NOT_READY', field: 'input.caseId' });
      const triaged = await f.triagedCase();
      const notReady = await call(ADD, { meetingId: meeting.id, expectedVersion: listed.version, caseId: triaged, allocatedMinutes: 10 });
      expect(firstError(notReady)).toEqual({ code: 'CONFLICT', reason: 'CASE_NOT_READY', field: 'input.caseId' });
      expect(notReady.errors![0].message).toContain('TRIAGED');
      expect((await f.readCase(triaged)).status).toBe('TRIAGED');
      expect((await f.get(meeting.id)).agenda).toHaveLength(1);
    });

    it('refuses a case of another team and a stale meeting version, leaving the case READY', async () => {
      const meeting = await f.schedule();
      const neuroCase = await f.readyCase(f.teams.neuro);
      expect(firstError(await call(ADD, { meetingId: meeting.id, expectedVersion: 1, caseId: neuroCase, allocatedMinutes: 10 }))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'CASE_OF_OTHER_TEAM',
        field: 'input.caseId',
      });
      const caseId = await f.readyCase();
      expect(firstError(await call(ADD, { meetingId: meeting.id, expectedVersion: 7, caseId, allocatedMinutes: 10 }))).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      expect((await f.readCase(caseId)).status).toBe('READY');
    });

    it('reorders the agenda with the meeting version, and takes a listed case off it back to READY', async () => {
      const [a, b, c] = [await f.readyCase(), await f.readyCase(), await f.readyCase()];
      const meeting = await f.withCases(await f.schedule(), [a, b, c]);
      const [ia, ib, ic] = meeting.agenda;
      expect(meeting.agenda.map((i) => [i.caseId, i.position])).toEqual([[a, 1], [b, 2], [c, 3]]);

      const reordered = data<Meeting>(await call(REORDER, { meetingId: meeting.id, expectedVersion: meeting.version, itemIds: [ic.id, ia.id, ib.id] }));
      expect(reordered.agenda.map((i) => [i.caseId, i.position])).toEqual([[c, 1], [a, 2], [b, 3]]);
      expect(reordered.version).toBe(meeting.version + 1);
      expect(firstError(await call(REORDER, { meetingId: meeting.id, expectedVersion: meeting.version, itemIds: [ia.id, ib.id, ic.id] }))).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      expect(firstError(await call(REORDER, { meetingId: meeting.id, expectedVersion: reordered.version, itemIds: [ia.id, ib.id] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.itemIds' });
      expect(firstError(await call(REORDER, { meetingId: meeting.id, expectedVersion: reordered.version, itemIds: [ia.id, ia.id, ib.id] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.itemIds' });

      const itemA = reordered.agenda.find((i) => i.caseId === a)!;
      const removed = data<Meeting>(await call(REMOVE, { itemId: itemA.id, expectedVersion: itemA.version }));
      expect(removed.agenda.map((i) => [i.caseId, i.position])).toEqual([[c, 1], [b, 2]]);
      const kase = await f.readCase(a);
      expect(kase.status).toBe('READY');
      expect(kase.events.at(-1)).toMatchObject({ fromStatus: 'LISTED', toStatus: 'READY' });
      expect(await f.auditActions(meeting.id)).toEqual(['meeting.scheduled', 'meeting.case_listed', 'meeting.case_listed', 'meeting.case_listed', 'meeting.agenda_reordered', 'meeting.case_unlisted']);

      const minutes = data<Item>(await call(MINUTES, { itemId: ib.id, expectedVersion: removed.agenda[1].version, allocatedMinutes: 25 }));
      expect(minutes).toMatchObject({ allocatedMinutes: 25 });
      expect(firstError(await call(MINUTES, { itemId: ib.id, expectedVersion: removed.agenda[1].version, allocatedMinutes: 30 }))).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    });
  });

  describe('the live meeting', () => {
    it('present → discussed moves the case to DISCUSSED, and a physician can then sign its first decision', async () => {
      const [a, b] = [await f.readyCase(), await f.readyCase()];
      const scheduled = await f.withCases(await f.schedule(), [a, b]);
      const notLive = await call(DISCUSSED, { itemId: scheduled.agenda[0].id, expectedVersion: 1 });
      expect(firstError(notLive)).toMatchObject({ code: 'CONFLICT', reason: 'MEETING_NOT_LIVE' });

      const live = await f.start(scheduled, f.tokens.physician); // the chair
      expect(live).toMatchObject({ status: 'LIVE', startedBy: f.users.physician });
      const presenting = await f.present(live.agenda[0]);
      expect(presenting).toMatchObject({ status: 'PRESENTING', version: 2 });
      expect(firstError(await call(PRESENT, { itemId: live.agenda[1].id, expectedVersion: 1 }))).toMatchObject({ code: 'CONFLICT', reason: 'ANOTHER_ITEM_PRESENTING' });

      const discussed = data<Item>(await call(DISCUSSED, { itemId: presenting.id, expectedVersion: presenting.version }));
      expect(discussed).toMatchObject({ status: 'DISCUSSED', outcomeBy: f.users.coordinator });
      const kase = await f.readCase(a);
      expect(kase.status).toBe('DISCUSSED');
      expect(kase.events.at(-1)).toMatchObject({ fromStatus: 'LISTED', toStatus: 'DISCUSSED' });

      const draft = await api.gql.ok<{ createDecisionDraft: { id: string; version: number } }>(
        `mutation C($input: CreateDecisionDraftInput!) { createDecisionDraft(input: $input) { id version } }`,
        { input: { caseId: a, recommendation: 'SURGERY', intent: 'CURATIVE', rationale: 'Resectable stage IB.' } },
        f.tokens.physician,
      );
      const proposed = await api.gql.ok<{ proposeDecision: { id: string; version: number } }>(
        `mutation P($input: DecisionStepInput!) { proposeDecision(input: $input) { id version } }`,
        { input: { decisionId: draft.createDecisionDraft.id, expectedVersion: draft.createDecisionDraft.version } },
        f.tokens.physician,
      );
      const signed = await api.gql.ok<{ signDecision: { status: string } }>(
        `mutation S($input: DecisionStepInput!) { signDecision(input: $input) { status } }`,
        { input: { decisionId: proposed.proposeDecision.id, expectedVersion: proposed.proposeDecision.version } },
        f.tokens.physician,
      );
      expect(signed.signDecision.status).toBe('SIGNED');
      expect((await f.readCase(a)).status).toBe('DECISION_SIGNED');
    });

    it('defers with a coded reason (OTHER needs a note): the case becomes DEFERRED with the reason on its event', async () => {
      const [a, b] = [await f.readyCase(), await f.readyCase()];
      const meeting = await f.withCases(await f.schedule(), [a, b]);
      const [ia, ib] = meeting.agenda;
      const noNote = await call(DEFER, { itemId: ia.id, expectedVersion: ia.version, reason: 'OTHER' });
      expect(firstError(noNote)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
      const badCode = await call(DEFER, { itemId: ia.id, expectedVersion: ia.version, reason: 'BORED' });
      expect(badCode.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

      // Deferral before the meeting starts is allowed: the coordinator learns imaging is missing.
      const deferred = data<Item>(await call(DEFER, { itemId: ia.id, expectedVersion: ia.version, reason: 'MISSING_IMAGING' }));
      expect(deferred).toMatchObject({ status: 'DEFERRED', deferralReason: 'MISSING_IMAGING', deferralNote: null, outcomeBy: f.users.coordinator });
      const kase = await f.readCase(a);
      expect(kase.status).toBe('DEFERRED');
      expect(kase.events.at(-1)).toEqual({ fromStatus: 'LISTED', toStatus: 'DEFERRED', reason: expect.stringContaining('MISSING_IMAGING') });

      const live = await f.start(await f.get(meeting.id));
      const other = data<Item>(await call(DEFER, { itemId: ib.id, expectedVersion: live.agenda[1].version, reason: 'OTHER', note: 'Patient asked to discuss with family first' }));
      expect(other).toMatchObject({ status: 'DEFERRED', deferralReason: 'OTHER', deferralNote: 'Patient asked to discuss with family first' });
      expect((await f.readCase(b)).events.at(-1)!.reason).toContain('Patient asked to discuss with family first');
      expect(firstError(await call(DISCUSSED, { itemId: ib.id, expectedVersion: other.version }))).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_ITEM_STEP' });
    });

    it('closing marks unreached items NOT_REACHED, returns their cases to READY on the worklist, and ends attendance', async () => {
      const [a, b, c] = [await f.readyCase(), await f.readyCase(), await f.readyCase()];
      const live = await f.start(await f.withCases(await f.schedule(), [a, b, c]));
      const presenting = await f.present(live.agenda[0]);
      data<Item>(await call(DISCUSSED, { itemId: presenting.id, expectedVersion: presenting.version }));
      await f.present(live.agenda[1]); // still being presented when the meeting closes
      const attendance = api.app.get(AttendanceService);
      await attendance.recordJoin(live.id, f.users.physician);

      const current = await f.get(live.id);
      const closed = data<Meeting>(await call(CLOSE, { meetingId: live.id, expectedVersion: current.version }, f.tokens.physician));
      expect(closed).toMatchObject({ status: 'CLOSED', closedBy: f.users.physician });
      expect(closed.agenda.map((i) => [i.caseId, i.status])).toEqual([[a, 'DISCUSSED'], [b, 'NOT_REACHED'], [c, 'NOT_REACHED']]);
      expect(closed.agenda[2]).toMatchObject({ outcomeBy: f.users.physician, outcomeAt: closed.closedAt });

      for (const id of [b, c]) {
        const kase = await f.readCase(id);
        expect(kase.status).toBe('READY');
        expect(kase.events.at(-1)).toEqual({ fromStatus: 'LISTED', toStatus: 'READY', reason: expect.stringContaining('Not reached at Lung MDT') });
      }
      expect((await f.readCase(a)).status).toBe('DISCUSSED');
      const { caseWorklist } = await api.gql.ok<{ caseWorklist: { edges: { node: { id: string; status: string } }[] } }>(
        WORKLIST,
        { filter: { teamId: f.teams.lung, statuses: ['READY'] } },
        f.tokens.coordinator,
      );
      expect(caseWorklist.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([b, c]));
      expect((await attendance.presentRoles(live.id)).people).toEqual([]);
      expect(await attendance.intervals(live.id)).toEqual([expect.objectContaining({ userId: f.users.physician, leftAt: expect.any(Date) })]);
      expect(await f.auditActions(live.id)).toEqual(expect.arrayContaining(['meeting.started', 'meeting.closed']));

      // A closed meeting takes no more changes, and a case not reached can be listed again.
      expect(firstError(await call(CLOSE, { meetingId: live.id, expectedVersion: closed.version }))).toMatchObject({ code: 'CONFLICT', reason: 'MEETING_NOT_LIVE' });
      expect(firstError(await call(ADD, { meetingId: live.id, expectedVersion: closed.version, caseId: b, allocatedMinutes: 5 }))).toMatchObject({ code: 'CONFLICT', reason: 'MEETING_CLOSED' });
      const next = await f.withCases(await f.schedule(), [b]);
      expect(next.agenda).toEqual([expect.objectContaining({ caseId: b, status: 'LISTED' })]);
    });
  });

  describe('reading', () => {
    const PAGE = `query M($teamId: ID!, $from: DateTime!, $to: DateTime!) { meetings(teamId: $teamId, from: $from, to: $to) {
      id quorum { quorate missing { role } present { role count } } attendance { userId }
      agenda { id position case { id status patient { mrn } } tally { total } votes { choice } notesText } } }`;

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

    it('costs the same number of SQL statements for one meeting of one case as for four meetings of three', async () => {
      const window = { teamId: f.teams.neuro, from: hoursFromNow(24 * 100), to: hoursFromNow(24 * 200) };
      const at = (day: number) => hoursFromNow(24 * (100 + day));
      await f.withCases(await f.schedule({ teamId: f.teams.neuro, startsAt: at(1) }), [await f.readyCase(f.teams.neuro)]);
      let meetings: { agenda: { case: { id: string } }[] }[] = [];
      const read = async () => {
        meetings = (await api.gql.ok<{ meetings: typeof meetings }>(PAGE, window, f.tokens.pharmacist)).meetings;
      };
      const small = await countStatements(read);
      expect(meetings.map((m) => m.agenda.length)).toEqual([1]);

      await f.withCases(await f.schedule({ teamId: f.teams.neuro, startsAt: at(2) }), [await f.readyCase(f.teams.neuro), await f.readyCase(f.teams.neuro)]);
      for (const day of [3, 4]) {
        const cases = [await f.readyCase(f.teams.neuro), await f.readyCase(f.teams.neuro), await f.readyCase(f.teams.neuro)];
        await f.withCases(await f.schedule({ teamId: f.teams.neuro, startsAt: at(day) }), cases);
      }
      const large = await countStatements(read);
      expect(meetings.map((m) => m.agenda.length)).toEqual([1, 2, 3, 3]);
      expect(large).toBe(small);
    });
  });

  describe('authorisation', () => {
    let meeting: Meeting;
    beforeAll(async () => {
      meeting = await f.withCases(await f.schedule(), [await f.readyCase()]);
    });

    it('reads as NOT_FOUND outside the team, and team-scoped lists are refused', async () => {
      const read = await api.gql.request(GET, { id: meeting.id }, outsider.token);
      expect(firstError(read)).toMatchObject({ code: 'NOT_FOUND', reason: 'MEETING_NOT_FOUND' });
      const missing = await api.gql.request(GET, { id: '00000000-0000-4000-8000-000000000000' }, f.tokens.coordinator);
      expect(firstError(missing)).toMatchObject({ code: 'NOT_FOUND', reason: 'MEETING_NOT_FOUND' });
      const list = await api.gql.request(MEETINGS, { teamId: f.teams.lung, from: hoursFromNow(0), to: hoursFromNow(100) }, outsider.token);
      expect(firstError(list)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_TEAM_MEMBER' });
      for (const [query, input] of [
        [ADD, { meetingId: meeting.id, expectedVersion: meeting.version, caseId: meeting.agenda[0].caseId, allocatedMinutes: 5 }],
        [REORDER, { meetingId: meeting.id, expectedVersion: meeting.version, itemIds: [meeting.agenda[0].id] }],
        [REMOVE, { itemId: meeting.agenda[0].id, expectedVersion: 1 }],
        [DEFER, { itemId: meeting.agenda[0].id, expectedVersion: 1, reason: 'OUT_OF_TIME' }],
        [START, { meetingId: meeting.id, expectedVersion: meeting.version }],
      ] as const) {
        expect(firstError(await call(query, input, outsider.token))?.code).toBe('NOT_FOUND');
      }
      const schedule = await call(SCHEDULE, { teamId: f.teams.lung, title: 'x', startsAt: hoursFromNow(5), durationMinutes: 60, chairId: f.users.physician }, outsider.token);
      expect(firstError(schedule)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_TEAM_MEMBER' });
      expect((await f.get(meeting.id)).agenda[0].status).toBe('LISTED');
    });

    it('lets only coordinators build agendas, and only the chair or a coordinator start and record outcomes', async () => {
      for (const who of ['physician', 'radiologist', 'pharmacist', 'admin'] as const) {
        const add = await call(SCHEDULE, { teamId: f.teams.lung, title: 'x', startsAt: hoursFromNow(5), durationMinutes: 60, chairId: f.users.physician }, f.tokens[who]);
        expect(firstError(add)).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
        const reorder = await call(REORDER, { meetingId: meeting.id, expectedVersion: meeting.version, itemIds: [meeting.agenda[0].id] }, f.tokens[who]);
        expect(firstError(reorder)).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
      }
      // The pharmacist is a team member but not the chair (the physician is): refused.
      const start = await call(START, { meetingId: meeting.id, expectedVersion: meeting.version }, f.tokens.pharmacist);
      expect(firstError(start)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_CHAIR_OR_COORDINATOR' });
      const defer = await call(DEFER, { itemId: meeting.agenda[0].id, expectedVersion: 1, reason: 'OUT_OF_TIME' }, f.tokens.radiologist);
      expect(firstError(defer)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_CHAIR_OR_COORDINATOR' });
      expect((await f.get(meeting.id)).status).toBe('SCHEDULED');

      const anonymous = await api.gql.request(GET, { id: meeting.id });
      expect(firstError(anonymous)?.code).toBe('UNAUTHENTICATED');
    });
  });
});
