import { Role } from '@consilium/contracts';
import { CasesModule } from '@consilium/server-cases';
import { DecisionsModule } from '@consilium/server-decisions';
import { IdentityModule } from '@consilium/server-identity';
import { ImagingModule } from '@consilium/server-imaging';
import { PharmacyModule } from '@consilium/server-pharmacy';
import { createFeatureTestApp, errorCodes, startTestApi, TestApi } from '@consilium/server-testing';
import { AttendanceService, MeetingsModule, MeetingsException, NotesService, VoteChoice, VotesService } from '../index';
import { firstError, Item, Meeting, MeetingFixtures } from './testing/meeting-fixtures';

const RULES = `query R($teamId: ID!) { teamQuorumRules(teamId: $teamId) { teamId isDefault version minimums { role count } } }`;
const SET_RULES = `mutation SR($input: SetTeamQuorumRulesInput!) { setTeamQuorumRules(input: $input) { teamId isDefault version minimums { role count } } }`;
const QUORUM = `query Q($id: ID!) { meeting(id: $id) { id quorum { quorate missing { role required present } present { role count } } attendance { userId roles leftAt } } }`;
const VOTE = `mutation V($input: CastMeetingVoteInput!) { castMeetingVote(input: $input) {
  duplicate vote { id itemId voterId choice comment decisionId } tally { agree disagree abstain total } } }`;
const ITEM_VOTES = `query IV($id: ID!) { meeting(id: $id) { agenda { id notesText tally { agree disagree abstain total } votes { voterId choice } } } }`;

type Quorum = { quorate: boolean; missing: { role: string; required: number; present: number }[]; present: { role: string; count: number }[] };
type VotePayload = { duplicate: boolean; vote: { id: string; itemId: string; voterId: string; choice: string; comment: string | null; decisionId: string | null }; tally: { agree: number; disagree: number; abstain: number; total: number } };

describe('the meeting room: quorum, attendance, votes and notes (real PostgreSQL)', () => {
  let api: TestApi;
  let f: MeetingFixtures;
  let attendance: AttendanceService;

  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule, ImagingModule, PharmacyModule, DecisionsModule, MeetingsModule]));
    f = await new MeetingFixtures(api, 'room', 'consilium-demo').init();
    attendance = api.app.get(AttendanceService);
  });
  afterAll(() => api.close());

  const quorumOf = async (meetingId: string, token = f.tokens.pharmacist) =>
    (await api.gql.ok<{ meeting: { quorum: Quorum; attendance: { userId: string; roles: string[]; leftAt: string | null }[] } }>(QUORUM, { id: meetingId }, token)).meeting;

  /** A live Lung meeting whose first item is being presented. */
  async function liveMeeting(): Promise<{ meeting: Meeting; item: Item }> {
    const live = await f.start(await f.withCases(await f.schedule(), [await f.readyCase()]));
    const item = await f.present(live.agenda[0]);
    return { meeting: live, item };
  }

  describe('quorum rules', () => {
    it('start as the defaults, are set by administrators with a version, and read by members', async () => {
      const initial = await api.gql.ok<{ teamQuorumRules: unknown }>(RULES, { teamId: f.teams.neuro }, f.tokens.radiologist);
      expect(initial.teamQuorumRules).toEqual({
        teamId: f.teams.neuro,
        isDefault: true,
        version: 0,
        minimums: [
          { role: 'RADIOLOGIST', count: 1 },
          { role: 'PHYSICIAN', count: 2 },
          { role: 'PHARMACIST', count: 1 },
        ],
      });
      const input = { teamId: f.teams.neuro, expectedVersion: 0, minimums: [{ role: 'PHYSICIAN', minimum: 1 }, { role: 'RADIOLOGIST', minimum: 1 }, { role: 'PHARMACIST', minimum: 0 }] };
      const set = await api.gql.ok<{ setTeamQuorumRules: unknown }>(SET_RULES, { input }, f.tokens.admin);
      expect(set.setTeamQuorumRules).toEqual({ teamId: f.teams.neuro, isDefault: false, version: 1, minimums: [{ role: 'RADIOLOGIST', count: 1 }, { role: 'PHYSICIAN', count: 1 }] });
      expect(firstError(await api.gql.request(SET_RULES, { input }, f.tokens.admin))).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', field: 'input.expectedVersion' });
      const again = await api.gql.ok<{ setTeamQuorumRules: { version: number } }>(SET_RULES, { input: { ...input, expectedVersion: 1, minimums: [{ role: 'PHYSICIAN', minimum: 3 }] } }, f.tokens.admin);
      expect(again.setTeamQuorumRules.version).toBe(2);
      const read = await api.gql.ok<{ teamQuorumRules: unknown }>(RULES, { teamId: f.teams.neuro }, f.tokens.coordinator);
      expect(read.teamQuorumRules).toMatchObject({ isDefault: false, version: 2, minimums: [{ role: 'PHYSICIAN', count: 3 }] });
      const actions = await f.auditActions(f.teams.neuro);
      expect(actions.filter((a) => a === 'team.quorum-rules-set')).toHaveLength(2);
    });

    it('refuses a role listed twice, a minimum out of range, non-administrators and non-members', async () => {
      const dup = { teamId: f.teams.hepato, expectedVersion: 0, minimums: [{ role: 'PHYSICIAN', minimum: 1 }, { role: 'PHYSICIAN', minimum: 2 }] };
      expect(firstError(await api.gql.request(SET_RULES, { input: dup }, f.tokens.admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.minimums.1.role' });
      const big = { teamId: f.teams.hepato, expectedVersion: 0, minimums: [{ role: 'PHYSICIAN', minimum: 50 }] };
      expect(firstError(await api.gql.request(SET_RULES, { input: big }, f.tokens.admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.minimums.0.minimum' });
      const ok = { teamId: f.teams.hepato, expectedVersion: 0, minimums: [{ role: 'PHYSICIAN', minimum: 1 }] };
      for (const who of ['coordinator', 'physician', 'radiologist', 'pharmacist'] as const) {
        expect(firstError(await api.gql.request(SET_RULES, { input: ok }, f.tokens[who]))).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
      }
      const outsider = await f.user('neuro-pharmacist', [Role.PHARMACIST], [f.teams.neuro]);
      expect(firstError(await api.gql.request(RULES, { teamId: f.teams.hepato }, outsider.token))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_TEAM_MEMBER' });
      const absent = { ...ok, teamId: '00000000-0000-4000-8000-000000000000' };
      expect(firstError(await api.gql.request(SET_RULES, { input: absent }, f.tokens.admin))).toMatchObject({ code: 'NOT_FOUND', reason: 'TEAM_NOT_FOUND' });
      expect((await api.gql.ok<{ teamQuorumRules: { isDefault: boolean } }>(RULES, { teamId: f.teams.hepato }, f.tokens.admin)).teamQuorumRules.isDefault).toBe(true);
    });
  });

  describe('attendance and quorum', () => {
    it('counts the people in the room per role against the team’s rules, with several intervals per person', async () => {
      const rules = await api.gql.ok<{ teamQuorumRules: { version: number } }>(RULES, { teamId: f.teams.lung }, f.tokens.admin);
      const input = { teamId: f.teams.lung, expectedVersion: rules.teamQuorumRules.version, minimums: [{ role: 'PHYSICIAN', minimum: 2 }, { role: 'RADIOLOGIST', minimum: 1 }, { role: 'PHARMACIST', minimum: 1 }] };
      await api.gql.ok(SET_RULES, { input }, f.tokens.admin);
      const second = await f.user('lung-physician-2', [Role.PHYSICIAN], [f.teams.lung]);
      const { meeting } = await liveMeeting();

      expect((await quorumOf(meeting.id)).quorum).toEqual({
        quorate: false,
        missing: [
          { role: 'RADIOLOGIST', required: 1, present: 0 },
          { role: 'PHYSICIAN', required: 2, present: 0 },
          { role: 'PHARMACIST', required: 1, present: 0 },
        ],
        present: [],
      });

      const t0 = new Date();
      await attendance.recordJoin(meeting.id, f.users.physician, t0);
      await attendance.recordJoin(meeting.id, f.users.physician, t0); // a second tab: still one interval
      await attendance.recordJoin(meeting.id, f.users.radiologist, t0);
      await attendance.recordJoin(meeting.id, f.users.pharmacist, t0);
      await attendance.recordJoin(meeting.id, f.users.coordinator, t0);
      const short = await attendance.quorumOf(meeting.id);
      expect(short).toMatchObject({ quorate: false, missing: [{ role: 'PHYSICIAN', required: 2, present: 1 }] });
      expect(short.present).toEqual({ PHYSICIAN: 1, RADIOLOGIST: 1, PHARMACIST: 1, COORDINATOR: 1 });

      await attendance.recordJoin(meeting.id, second.id, t0);
      expect(await attendance.quorumOf(meeting.id)).toMatchObject({ quorate: true, missing: [] });

      // The radiologist steps out and comes back: two intervals, quorum lost then regained.
      expect(await attendance.recordLeave(meeting.id, f.users.radiologist, new Date(t0.getTime() + 60_000))).toMatchObject({ leftAt: new Date(t0.getTime() + 60_000) });
      expect(await attendance.recordLeave(meeting.id, f.users.radiologist)).toBeNull();
      const gql = await quorumOf(meeting.id);
      expect(gql.quorum).toEqual({ quorate: false, missing: [{ role: 'RADIOLOGIST', required: 1, present: 0 }], present: [
        { role: 'COORDINATOR', count: 1 },
        { role: 'PHYSICIAN', count: 2 },
        { role: 'PHARMACIST', count: 1 },
      ] });
      await attendance.recordJoin(meeting.id, f.users.radiologist, new Date(t0.getTime() + 120_000));
      expect((await quorumOf(meeting.id)).quorum.quorate).toBe(true);
      const intervals = (await attendance.intervals(meeting.id)).filter((a) => a.userId === f.users.radiologist);
      expect(intervals.map((a) => ({ roles: a.roles, open: a.leftAt === null }))).toEqual([
        { roles: ['RADIOLOGIST'], open: false },
        { roles: ['RADIOLOGIST'], open: true },
      ]);
      expect((await attendance.intervals(meeting.id)).filter((a) => a.userId === f.users.physician)).toHaveLength(1);
      expect((await attendance.presentRoles(meeting.id)).people.map((p) => p.userId).sort()).toEqual(
        [f.users.physician, f.users.radiologist, f.users.pharmacist, f.users.coordinator, second.id].sort(),
      );
    });

    it('refuses to record a non-member (NOT_FOUND) or anyone in a closed meeting', async () => {
      const { meeting } = await liveMeeting();
      const outsider = await f.user('neuro-radiologist', [Role.RADIOLOGIST], [f.teams.neuro]);
      await expect(attendance.recordJoin(meeting.id, outsider.id)).rejects.toMatchObject({ reason: 'MEETING_NOT_FOUND' });
      const current = await f.get(meeting.id);
      await api.gql.ok(`mutation C($input: MeetingStepInput!) { closeMeeting(input: $input) { id } }`, { input: { meetingId: meeting.id, expectedVersion: current.version } }, f.tokens.coordinator);
      await expect(attendance.recordJoin(meeting.id, f.users.physician)).rejects.toBeInstanceOf(MeetingsException);
      await expect(attendance.recordJoin(meeting.id, f.users.physician)).rejects.toMatchObject({ reason: 'MEETING_CLOSED' });
      expect(await attendance.intervals(meeting.id)).toEqual([]);
    });
  });

  describe('votes', () => {
    const vote = (input: Record<string, unknown>, token: string) => api.gql.request<{ castMeetingVote: VotePayload }>(VOTE, { input }, token);

    it('counts a vote once per client event id, and a changed vote replaces the earlier one', async () => {
      const { meeting, item } = await liveMeeting();
      const notPresent = await vote({ itemId: item.id, choice: 'AGREE', clientEventId: 'evt-absent-0001' }, f.tokens.physician);
      expect(firstError(notPresent)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PRESENT' });

      await attendance.recordJoin(meeting.id, f.users.physician);
      await attendance.recordJoin(meeting.id, f.users.pharmacist);
      const first = await vote({ itemId: item.id, choice: 'AGREE', comment: 'Agree with surgery', clientEventId: 'evt-phys-0001' }, f.tokens.physician);
      expect(first.data!.castMeetingVote).toMatchObject({ duplicate: false, vote: { voterId: f.users.physician, choice: 'AGREE', comment: 'Agree with surgery' }, tally: { agree: 1, disagree: 0, abstain: 0, total: 1 } });

      const replay = await vote({ itemId: item.id, choice: 'AGREE', comment: 'Agree with surgery', clientEventId: 'evt-phys-0001' }, f.tokens.physician);
      expect(replay.data!.castMeetingVote).toMatchObject({ duplicate: true, vote: { id: first.data!.castMeetingVote.vote.id }, tally: { agree: 1, total: 1 } });

      const changed = await vote({ itemId: item.id, choice: 'DISAGREE', clientEventId: 'evt-phys-0002' }, f.tokens.physician);
      expect(changed.data!.castMeetingVote).toMatchObject({ duplicate: false, tally: { agree: 0, disagree: 1, total: 1 } });
      // A late replay of the first event must not bring the old vote back.
      const late = await vote({ itemId: item.id, choice: 'AGREE', clientEventId: 'evt-phys-0001' }, f.tokens.physician);
      expect(late.data!.castMeetingVote).toMatchObject({ duplicate: true, tally: { agree: 0, disagree: 1, total: 1 } });

      const pharmacist = await vote({ itemId: item.id, choice: 'ABSTAIN', clientEventId: 'evt-pharm-0001' }, f.tokens.pharmacist);
      expect(pharmacist.data!.castMeetingVote.tally).toEqual({ agree: 0, disagree: 1, abstain: 1, total: 2 });
      const reused = await vote({ itemId: item.id, choice: 'AGREE', clientEventId: 'evt-phys-0002' }, f.tokens.pharmacist);
      expect(firstError(reused)).toMatchObject({ code: 'CONFLICT', reason: 'CLIENT_EVENT_REUSED', field: 'input.clientEventId' });

      const rows = await api.dataSource.query(`SELECT choice::text, superseded_at IS NULL AS current FROM meeting_votes WHERE agenda_item_id = $1 AND voter_id = $2 ORDER BY cast_at`, [item.id, f.users.physician]);
      expect(rows).toEqual([{ choice: 'AGREE', current: false }, { choice: 'DISAGREE', current: true }]);
      const read = await api.gql.ok<{ meeting: { agenda: { tally: unknown; votes: { voterId: string; choice: string }[] }[] } }>(ITEM_VOTES, { id: meeting.id }, f.tokens.coordinator);
      expect(read.meeting.agenda[0].tally).toEqual({ agree: 0, disagree: 1, abstain: 1, total: 2 });
      expect(read.meeting.agenda[0].votes).toEqual([{ voterId: f.users.physician, choice: 'DISAGREE' }, { voterId: f.users.pharmacist, choice: 'ABSTAIN' }]);
      expect((await f.auditActions(item.id)).filter((a) => a === 'meeting.vote_cast')).toHaveLength(3);
    });

    it('records one vote when the same event arrives several times at once', async () => {
      const { meeting, item } = await liveMeeting();
      await attendance.recordJoin(meeting.id, f.users.radiologist);
      const results = await Promise.all(Array.from({ length: 6 }, () => vote({ itemId: item.id, choice: 'AGREE', clientEventId: 'evt-burst-0001' }, f.tokens.radiologist)));
      expect(results.map((r) => r.errors)).toEqual(Array(6).fill(undefined));
      expect(results.filter((r) => !r.data!.castMeetingVote.duplicate)).toHaveLength(1);
      expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM meeting_votes WHERE agenda_item_id = $1`, [item.id])).toEqual([{ n: 1 }]);
    });

    it('takes votes only from present clinicians of the team, on an item being presented or discussed', async () => {
      const { meeting, item } = await liveMeeting();
      await attendance.recordJoin(meeting.id, f.users.coordinator);
      expect(errorCodes(await vote({ itemId: item.id, choice: 'AGREE', clientEventId: 'evt-coord-0001' }, f.tokens.coordinator))).toEqual(['FORBIDDEN']);
      const outsider = await f.user('neuro-physician', [Role.PHYSICIAN], [f.teams.neuro]);
      expect(firstError(await vote({ itemId: item.id, choice: 'AGREE', clientEventId: 'evt-out-0001' }, outsider.token))).toMatchObject({ code: 'NOT_FOUND', reason: 'AGENDA_ITEM_NOT_FOUND' });
      expect(firstError(await vote({ itemId: item.id, choice: 'AGREE', clientEventId: 'short' }, f.tokens.physician))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.clientEventId' });

      const listed = await f.withCases(await f.start(await f.schedule()), [await f.readyCase()]);
      await attendance.recordJoin(listed.id, f.users.physician);
      const notPresented = await vote({ itemId: listed.agenda[0].id, choice: 'AGREE', clientEventId: 'evt-listed-0001' }, f.tokens.physician);
      expect(firstError(notPresented)).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_ITEM_STEP' });
      expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM meeting_votes WHERE meeting_id = ANY($1)`, [[meeting.id, listed.id]])).toEqual([{ n: 0 }]);
    });
  });

  it('the service path the gateway uses checks the command itself (no GraphQL validation in front of it)', async () => {
    const votes = api.app.get(VotesService);
    const { meeting, item } = await liveMeeting();
    await attendance.recordJoin(meeting.id, f.users.physician);
    const principal = { userId: f.users.physician, email: 'physician@consilium.test', displayName: 'Dr Phoebe Physician', roles: [Role.PHYSICIAN], teamIds: [f.teams.lung], sessionId: 'test' };
    await expect(votes.castVote(principal, { itemId: item.id, choice: VoteChoice.AGREE, clientEventId: 'x'.repeat(101) })).rejects.toMatchObject({ field: 'input.clientEventId' });
    await expect(votes.castVote(principal, { itemId: item.id, choice: 'MAYBE' as VoteChoice, clientEventId: 'evt-gw-00001' })).rejects.toMatchObject({ field: 'input.choice' });
    await expect(votes.castVote({ ...principal, teamIds: [f.teams.neuro] }, { itemId: item.id, choice: VoteChoice.AGREE, clientEventId: 'evt-gw-00002' })).rejects.toMatchObject({ reason: 'AGENDA_ITEM_NOT_FOUND' });
    const cast = await votes.castVote(principal, { itemId: item.id, choice: VoteChoice.AGREE, clientEventId: 'evt-gw-00003' });
    expect(cast).toMatchObject({ duplicate: false, tally: { agree: 1, total: 1 } });
    await expect(attendance.quorumOf('not-a-meeting')).rejects.toMatchObject({ reason: 'MEETING_NOT_FOUND' });
    expect(await attendance.recordLeave('not-a-meeting', f.users.physician)).toBeNull();
  });

  describe('signing in the room', () => {
    const SIGN = `mutation SI($input: SignDecisionInMeetingInput!) { signDecisionInMeeting(input: $input) {
      decisionId decisionVersion meetingId inquorateReason quorum { quorate missing { role required present } present { role count } } } }`;
    const DISCUSSED = `mutation D($input: AgendaItemStepInput!) { markAgendaItemDiscussed(input: $input) { id status version } }`;

    async function proposedDecision(caseId: string): Promise<{ id: string; version: number }> {
      const draft = await api.gql.ok<{ createDecisionDraft: { id: string; version: number } }>(
        `mutation C($input: CreateDecisionDraftInput!) { createDecisionDraft(input: $input) { id version } }`,
        { input: { caseId, recommendation: 'RADIOTHERAPY', intent: 'CURATIVE', rationale: 'Inoperable, fit for SBRT.' } },
        f.tokens.physician,
      );
      const proposed = await api.gql.ok<{ proposeDecision: { id: string; version: number } }>(
        `mutation P($input: DecisionStepInput!) { proposeDecision(input: $input) { id version } }`,
        { input: { decisionId: draft.createDecisionDraft.id, expectedVersion: draft.createDecisionDraft.version } },
        f.tokens.physician,
      );
      return proposed.proposeDecision;
    }

    /** A live Hepatobiliary meeting (default quorum: physician 2, radiologist 1, pharmacist 1) with two discussed cases. */
    async function discussedItems() {
      const cases = [await f.readyCase(f.teams.hepato), await f.readyCase(f.teams.hepato), await f.readyCase(f.teams.hepato)];
      const live = await f.start(await f.withCases(await f.schedule({ teamId: f.teams.hepato }), cases));
      for (const item of live.agenda.slice(0, 2)) await api.gql.ok(DISCUSSED, { input: { itemId: item.id, expectedVersion: item.version } }, f.tokens.coordinator);
      return { meeting: live, items: live.agenda, cases };
    }
    const sign = (input: Record<string, unknown>) => api.gql.request<{ signDecisionInMeeting: { decisionId: string; inquorateReason: string | null; quorum: Quorum } }>(SIGN, { input }, f.tokens.physician);

    it('records the roles present and the quorum on the decision; inquorate signing needs a reason', async () => {
      const { meeting, items, cases } = await discussedItems();
      const decision = await proposedDecision(cases[0]);
      const input = { meetingId: meeting.id, itemId: items[0].id, decisionId: decision.id, expectedVersion: decision.version };

      expect(firstError(await sign(input))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PRESENT' });
      await attendance.recordJoin(meeting.id, f.users.physician);
      const refused = await sign(input);
      expect(firstError(refused)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INQUORATE_REASON_REQUIRED', field: 'input.inquorateReason' });
      expect(refused.errors![0].message).toContain('PHYSICIAN 1/2');
      expect(await api.dataSource.query(`SELECT status::text FROM decisions WHERE id = $1`, [decision.id])).toEqual([{ status: 'PROPOSED' }]);

      const signed = await sign({ ...input, inquorateReason: 'Urgent: radiotherapy slot on Monday' });
      expect(signed.errors).toBeUndefined();
      expect(signed.data!.signDecisionInMeeting).toMatchObject({ decisionId: decision.id, meetingId: meeting.id, inquorateReason: 'Urgent: radiotherapy slot on Monday', quorum: { quorate: false } });
      expect(await api.dataSource.query(`SELECT status::text, meeting_id, roles_present, quorate, inquorate_reason FROM decisions WHERE id = $1`, [decision.id])).toEqual([
        { status: 'SIGNED', meeting_id: meeting.id, roles_present: { PHYSICIAN: 1 }, quorate: false, inquorate_reason: 'Urgent: radiotherapy slot on Monday' },
      ]);
      expect((await f.readCase(cases[0])).status).toBe('DECISION_SIGNED');
    });

    it('signs without a reason when the room is quorate', async () => {
      const { meeting, items, cases } = await discussedItems();
      const second = await f.user('hepato-physician-2', [Role.PHYSICIAN], [f.teams.hepato]);
      for (const id of [f.users.physician, second.id, f.users.radiologist, f.users.pharmacist]) await attendance.recordJoin(meeting.id, id);
      const decision = await proposedDecision(cases[1]);
      const signed = await sign({ meetingId: meeting.id, itemId: items[1].id, decisionId: decision.id, expectedVersion: decision.version });
      expect(signed.errors).toBeUndefined();
      expect(signed.data!.signDecisionInMeeting.quorum).toEqual({ quorate: true, missing: [], present: [{ role: 'RADIOLOGIST', count: 1 }, { role: 'PHYSICIAN', count: 2 }, { role: 'PHARMACIST', count: 1 }] });
      expect(await api.dataSource.query(`SELECT quorate, roles_present, inquorate_reason FROM decisions WHERE id = $1`, [decision.id])).toEqual([
        { quorate: true, roles_present: { PHYSICIAN: 2, RADIOLOGIST: 1, PHARMACIST: 1 }, inquorate_reason: null },
      ]);
    });

    it('refuses an item not yet discussed, a decision of another case and an item of another meeting', async () => {
      const { meeting, items, cases } = await discussedItems();
      await attendance.recordJoin(meeting.id, f.users.physician);
      const decision = await proposedDecision(cases[0]);
      const base = { meetingId: meeting.id, decisionId: decision.id, expectedVersion: decision.version, inquorateReason: 'Test' };
      expect(firstError(await sign({ ...base, itemId: items[2].id }))).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_ITEM_STEP', field: 'input.itemId' });
      expect(firstError(await sign({ ...base, itemId: items[1].id }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DECISION_OF_OTHER_CASE', field: 'input.decisionId' });
      const other = await discussedItems();
      expect(firstError(await sign({ ...base, itemId: other.items[0].id }))).toMatchObject({ code: 'NOT_FOUND', reason: 'AGENDA_ITEM_NOT_FOUND' });
      const coordinator = await api.gql.request(SIGN, { input: { ...base, itemId: items[0].id } }, f.tokens.coordinator);
      expect(firstError(coordinator)).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
      expect(await api.dataSource.query(`SELECT status::text FROM decisions WHERE id = $1`, [decision.id])).toEqual([{ status: 'PROPOSED' }]);
    });
  });

  describe('notes', () => {
    it('stores the Yjs state and text per item with a version; a stale save is a conflict', async () => {
      const notes = api.app.get(NotesService);
      const { meeting, item } = await liveMeeting();
      expect(await notes.loadNotes(item.id)).toEqual({ itemId: item.id, yjsState: null, text: '', version: 0, updatedAt: null, updatedBy: null });

      const state = Uint8Array.from([1, 2, 3, 250, 0, 7]);
      const saved = await notes.saveNotes(item.id, { yjsState: state, text: 'Resectable; PET-CT first.', expectedVersion: 0, updatedBy: f.users.coordinator });
      expect(saved).toMatchObject({ version: 1, text: 'Resectable; PET-CT first.', updatedBy: f.users.coordinator });
      await expect(notes.saveNotes(item.id, { yjsState: state, text: 'other', expectedVersion: 0, updatedBy: null })).rejects.toMatchObject({ reason: 'STALE_VERSION' });

      const loaded = await notes.loadNotes(item.id);
      expect(Buffer.from(loaded.yjsState!).equals(Buffer.from(state))).toBe(true);
      expect(loaded.version).toBe(1);
      const next = await notes.saveNotes(item.id, { yjsState: Uint8Array.from([9]), text: 'Resectable; PET-CT first. Then surgery.', expectedVersion: 1, updatedBy: f.users.physician });
      expect(next.version).toBe(2);
      await expect(notes.saveNotes(item.id, { yjsState: null, text: 'x', expectedVersion: 1, updatedBy: null })).rejects.toMatchObject({ reason: 'STALE_VERSION' });

      const read = await api.gql.ok<{ meeting: { agenda: { notesText: string }[] } }>(ITEM_VOTES, { id: meeting.id }, f.tokens.radiologist);
      expect(read.meeting.agenda[0].notesText).toBe('Resectable; PET-CT first. Then surgery.');
      expect((await f.auditActions(item.id)).filter((a) => a === 'meeting.notes_saved')).toHaveLength(2);
      await expect(notes.loadNotes('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ reason: 'AGENDA_ITEM_NOT_FOUND' });
    });
  });
});
