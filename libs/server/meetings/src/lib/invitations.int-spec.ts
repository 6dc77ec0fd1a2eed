import { Role } from '@consilium/contracts';
import { CasesModule } from '@consilium/server-cases';
import { DecisionsModule } from '@consilium/server-decisions';
import { IdentityModule } from '@consilium/server-identity';
import { ImagingModule } from '@consilium/server-imaging';
import { PharmacyModule } from '@consilium/server-pharmacy';
import { createFeatureTestApp, startTestApi, TestApi } from '@consilium/server-testing';
import { AttendanceService, MeetingsModule } from '../index';
import { CLOSE, firstError, GET, MeetingFixtures } from './testing/meeting-fixtures';

const INVITATION = 'id meetingId userId invitedBy role reason createdAt revokedAt revokedBy';
const INVITE = `mutation I($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { ${INVITATION} } }`;
const REVOKE = `mutation X($input: RevokeMeetingInvitationInput!) { revokeMeetingInvitation(input: $input) { ${INVITATION} } }`;
const INVITATIONS = `query L($id: ID!) { meeting(id: $id) { id invitations { id userId role revokedAt } } }`;
const GUEST_VIEW = `query GV($id: ID!) { meeting(id: $id) { id status agenda { id case { id status patient { mrn } } } quorum { quorate present { role count } } attendance { userId roles leftAt } } }`;
const MEETINGS = `query M($teamId: ID!, $from: DateTime!, $to: DateTime!) { meetings(teamId: $teamId, from: $from, to: $to) { id } }`;
const UPCOMING = `query U { upcomingMeetings(first: 50) { id } }`;
const CASE = `query C($id: ID!) { case(id: $id) { id } }`;
const VOTE = `mutation V($input: CastMeetingVoteInput!) { castMeetingVote(input: $input) { vote { voterId choice } tally { agree total } } }`;

type Invitation = { id: string; meetingId: string; userId: string; invitedBy: string; role: string; reason: string; createdAt: string; revokedAt: string | null; revokedBy: string | null };

describe('meeting invitations: guests from outside the team (real PostgreSQL)', () => {
  let api: TestApi;
  let f: MeetingFixtures;
  let attendance: AttendanceService;
  /** A physician (and coordinator) of the Neuro-oncology team: a guest to Lung meetings once invited. */
  let guest: { id: string; token: string };

  beforeAll(async () => {
    api = await startTestApi((config) => createFeatureTestApp(config, [IdentityModule, CasesModule, ImagingModule, PharmacyModule, DecisionsModule, MeetingsModule]));
    f = await new MeetingFixtures(api, 'invite', 'consilium-demo').init();
    attendance = api.app.get(AttendanceService);
    guest = await f.user('neuro-physician', [Role.PHYSICIAN, Role.COORDINATOR], [f.teams.neuro]);
  });
  afterAll(() => api.close());

  const invite = (input: Record<string, unknown>, token = f.tokens.coordinator) => api.gql.request<{ inviteToMeeting: Invitation }>(INVITE, { input }, token);
  const invited = async (meetingId: string, userId = guest.id, extra: Record<string, unknown> = {}) =>
    (await api.gql.ok<{ inviteToMeeting: Invitation }>(INVITE, { input: { meetingId, userId, reason: 'Second opinion on the neuro-oncology aspects', ...extra } }, f.tokens.coordinator)).inviteToMeeting;
  const auditRows = async (meetingId: string) =>
    (await api.dataSource.query(`SELECT action, actor_id, data FROM audit_events WHERE entity_id = $1 AND action LIKE 'meeting.guest%' ORDER BY id`, [meetingId])) as { action: string; actor_id: string; data: Record<string, unknown> }[];

  describe('who may invite and revoke', () => {
    it('lets a coordinator of the team and the chair invite, each with an audit event in the same transaction', async () => {
      const meeting = await f.schedule();
      const byCoordinator = await invited(meeting.id);
      expect(byCoordinator).toMatchObject({ meetingId: meeting.id, userId: guest.id, invitedBy: f.users.coordinator, role: 'PHYSICIAN', revokedAt: null, revokedBy: null });

      const pharmacist = await f.user('hepato-pharmacist', [Role.PHARMACIST], [f.teams.hepato]);
      // The chair of the fixture meetings is the demo physician, a member of Lung but no coordinator.
      const byChair = await invite({ meetingId: meeting.id, userId: pharmacist.id, reason: 'Complex interactions' }, f.tokens.physician);
      expect(byChair.errors).toBeUndefined();
      expect(byChair.data!.inviteToMeeting).toMatchObject({ invitedBy: f.users.physician, role: 'PHARMACIST' });

      expect(await auditRows(meeting.id)).toEqual([
        { action: 'meeting.guest_invited', actor_id: f.users.coordinator, data: { invitationId: byCoordinator.id, invitedUserId: guest.id, role: 'PHYSICIAN', reason: 'Second opinion on the neuro-oncology aspects' } },
        { action: 'meeting.guest_invited', actor_id: f.users.physician, data: { invitationId: byChair.data!.inviteToMeeting.id, invitedUserId: pharmacist.id, role: 'PHARMACIST', reason: 'Complex interactions' } },
      ]);
    });

    it('refuses members who are neither chair nor coordinator, people of other teams and the guest themself', async () => {
      const meeting = await f.schedule();
      const other = await f.user('hepato-radiologist', [Role.RADIOLOGIST], [f.teams.hepato]);
      const input = { meetingId: meeting.id, userId: other.id, reason: 'Imaging review' };
      expect(firstError(await invite(input, f.tokens.radiologist))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_CHAIR_OR_COORDINATOR' });
      expect(firstError(await invite(input, f.tokens.pharmacist))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_CHAIR_OR_COORDINATOR' });
      const neuroCoordinator = await f.user('neuro-coordinator', [Role.COORDINATOR], [f.teams.neuro]);
      expect(firstError(await invite(input, neuroCoordinator.token))).toMatchObject({ code: 'NOT_FOUND', reason: 'MEETING_NOT_FOUND', field: 'input.meetingId' });
      // A guest is a coordinator in their own team: that gives them nothing here.
      const invitation = await invited(meeting.id);
      expect(firstError(await invite(input, guest.token))).toMatchObject({ code: 'NOT_FOUND', reason: 'MEETING_NOT_FOUND' });
      expect(firstError(await api.gql.request(REVOKE, { input: { invitationId: invitation.id } }, guest.token))).toMatchObject({ code: 'NOT_FOUND', reason: 'INVITATION_NOT_FOUND' });
      expect(firstError(await api.gql.request(REVOKE, { input: { invitationId: invitation.id } }, f.tokens.radiologist))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_CHAIR_OR_COORDINATOR' });
      expect((await auditRows(meeting.id)).map((r) => r.action)).toEqual(['meeting.guest_invited']);
    });

    it('refuses a team member, a deactivated or unknown user, a role the guest does not hold, a second invitation and a CLOSED meeting — naming the field, writing nothing', async () => {
      const meeting = await f.schedule();
      const reason = 'Opinion wanted';
      expect(firstError(await invite({ meetingId: meeting.id, userId: f.users.radiologist, reason }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ALREADY_TEAM_MEMBER', field: 'input.userId' });
      const gone = await f.user('gone-physician', [Role.PHYSICIAN], [f.teams.hepato]);
      await api.dataSource.query(`UPDATE users SET active = false, deactivated_at = now() WHERE id = $1`, [gone.id]);
      expect(firstError(await invite({ meetingId: meeting.id, userId: gone.id, reason }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'USER_INACTIVE', field: 'input.userId' });
      expect(firstError(await invite({ meetingId: meeting.id, userId: '00000000-0000-4000-8000-000000000000', reason }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'USER_NOT_FOUND', field: 'input.userId' });
      expect(firstError(await invite({ meetingId: meeting.id, userId: guest.id, reason, role: 'RADIOLOGIST' }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GUEST_ROLE_NOT_ALLOWED', field: 'input.role' });
      expect(firstError(await invite({ meetingId: meeting.id, userId: guest.id, reason, role: 'COORDINATOR' }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GUEST_ROLE_NOT_ALLOWED', field: 'input.role' });
      const admin = await f.user('hepato-admin', [Role.ADMINISTRATOR], [f.teams.hepato]);
      expect(firstError(await invite({ meetingId: meeting.id, userId: admin.id, reason }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GUEST_ROLE_NOT_ALLOWED', field: 'input.role' });
      expect(firstError(await invite({ meetingId: meeting.id, userId: guest.id, reason: ' ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
      expect(await auditRows(meeting.id)).toEqual([]);
      expect(await api.dataSource.query(`SELECT id FROM meeting_invitations WHERE meeting_id = $1`, [meeting.id])).toEqual([]);

      await invited(meeting.id);
      expect(firstError(await invite({ meetingId: meeting.id, userId: guest.id, reason }))).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_INVITED', field: 'input.userId' });

      const live = await f.start(await f.get(meeting.id));
      await api.gql.ok(CLOSE, { input: { meetingId: live.id, expectedVersion: live.version } }, f.tokens.coordinator);
      const other = await f.user('late-physician', [Role.PHYSICIAN], [f.teams.hepato]);
      expect(firstError(await invite({ meetingId: meeting.id, userId: other.id, reason }))).toMatchObject({ code: 'CONFLICT', reason: 'MEETING_CLOSED', field: 'input.meetingId' });
      expect((await auditRows(meeting.id)).map((r) => r.action)).toEqual(['meeting.guest_invited']);
    });

    it('revokes once (audited, the guest’s open attendance closed); a second revoke is a CONFLICT; the person can be invited again', async () => {
      const meeting = await f.start(await f.withCases(await f.schedule(), [await f.readyCase()]));
      const invitation = await invited(meeting.id);
      await attendance.recordJoin(meeting.id, guest.id);
      const revoked = (await api.gql.ok<{ revokeMeetingInvitation: Invitation }>(REVOKE, { input: { invitationId: invitation.id } }, f.tokens.physician)).revokeMeetingInvitation;
      expect(revoked).toMatchObject({ id: invitation.id, revokedBy: f.users.physician });
      expect(revoked.revokedAt).not.toBeNull();
      const open = await api.dataSource.query(`SELECT id FROM meeting_attendance WHERE meeting_id = $1 AND user_id = $2 AND left_at IS NULL`, [meeting.id, guest.id]);
      expect(open).toEqual([]);
      expect(firstError(await api.gql.request(REVOKE, { input: { invitationId: invitation.id } }, f.tokens.coordinator))).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_REVOKED', field: 'input.invitationId' });
      expect(firstError(await api.gql.request(REVOKE, { input: { invitationId: '00000000-0000-4000-8000-000000000000' } }, f.tokens.coordinator))).toMatchObject({ code: 'NOT_FOUND', reason: 'INVITATION_NOT_FOUND' });
      expect((await auditRows(meeting.id)).map((r) => [r.action, r.actor_id, r.data.attendanceClosed ?? null])).toEqual([
        ['meeting.guest_invited', f.users.coordinator, null],
        ['meeting.guest_invitation_revoked', f.users.physician, true],
      ]);
      const again = await invited(meeting.id);
      expect(again.id).not.toBe(invitation.id);
      const list = (await api.gql.ok<{ meeting: { invitations: { id: string; revokedAt: string | null }[] } }>(INVITATIONS, { id: meeting.id }, f.tokens.radiologist)).meeting.invitations;
      expect(list.map((i) => [i.id, i.revokedAt === null])).toEqual([
        [invitation.id, false],
        [again.id, true],
      ]);
    });
  });

  describe('what a guest may read and do', () => {
    it('reads the meeting it is invited to, its agenda and the cases on it, while SCHEDULED or LIVE; not other meetings, the team’s lists or the cases directly', async () => {
      const caseId = await f.readyCase();
      const meeting = await f.withCases(await f.schedule(), [caseId]);
      const otherMeeting = await f.schedule();
      expect(firstError(await api.gql.request(GET, { id: meeting.id }, guest.token))).toMatchObject({ code: 'NOT_FOUND', reason: 'MEETING_NOT_FOUND' });
      await invited(meeting.id);

      type View = { meeting: { id: string; status: string; agenda: { case: { id: string; patient: { mrn: string } } }[] } };
      const scheduled = await api.gql.ok<View>(GUEST_VIEW, { id: meeting.id }, guest.token);
      expect(scheduled.meeting.agenda.map((i) => i.case.id)).toEqual([caseId]);
      expect(scheduled.meeting.agenda[0].case.patient.mrn).toMatch(/^INVITE-/);

      expect(firstError(await api.gql.request(GET, { id: otherMeeting.id }, guest.token))).toMatchObject({ code: 'NOT_FOUND', reason: 'MEETING_NOT_FOUND' });
      const range = { teamId: f.teams.lung, from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 30 * 86_400_000).toISOString() };
      expect(firstError(await api.gql.request(MEETINGS, range, guest.token))).toMatchObject({ code: 'FORBIDDEN' });
      const upcoming = (await api.gql.ok<{ upcomingMeetings: { id: string }[] }>(UPCOMING, {}, guest.token)).upcomingMeetings.map((m) => m.id);
      expect(upcoming).not.toContain(meeting.id);
      expect(upcoming).not.toContain(otherMeeting.id);
      expect(firstError(await api.gql.request(CASE, { id: caseId }, guest.token))?.code).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);

      const live = await f.start(await f.get(meeting.id));
      expect((await api.gql.ok<View>(GUEST_VIEW, { id: meeting.id }, guest.token)).meeting.status).toBe('LIVE');
      // A guest drives nothing: agenda steps are for the team.
      expect(firstError(await api.gql.request(`mutation($input: AgendaItemStepInput!) { presentAgendaItem(input: $input) { id } }`, { input: { itemId: live.agenda[0].id, expectedVersion: live.agenda[0].version } }, guest.token))).toMatchObject({ code: 'NOT_FOUND' });
      expect(firstError(await api.gql.request(CLOSE, { input: { meetingId: live.id, expectedVersion: live.version } }, guest.token))).toMatchObject({ code: 'NOT_FOUND' });

      await api.gql.ok(CLOSE, { input: { meetingId: live.id, expectedVersion: live.version } }, f.tokens.coordinator);
      expect(firstError(await api.gql.request(GET, { id: meeting.id }, guest.token))).toMatchObject({ code: 'NOT_FOUND', reason: 'MEETING_NOT_FOUND' });
    });

    it('shows the team every invitation and a guest only their own', async () => {
      const meeting = await f.schedule();
      const mine = await invited(meeting.id);
      const other = await f.user('hepato-physician', [Role.PHYSICIAN], [f.teams.hepato]);
      const theirs = await invited(meeting.id, other.id);
      const read = async (token: string) => (await api.gql.ok<{ meeting: { invitations: { id: string }[] } }>(INVITATIONS, { id: meeting.id }, token)).meeting.invitations.map((i) => i.id);
      expect(await read(f.tokens.pharmacist)).toEqual([mine.id, theirs.id]);
      expect(await read(guest.token)).toEqual([mine.id]);
      expect(await read(other.token)).toEqual([theirs.id]);
    });

    it('records the guest’s attendance with the invitation’s role only, counts it for quorum by that role, and lets them vote while present', async () => {
      const meeting = await f.start(await f.withCases(await f.schedule(), [await f.readyCase()]));
      const item = await f.present(meeting.agenda[0]);
      const outsider = await f.user('uninvited-physician', [Role.PHYSICIAN], [f.teams.hepato]);
      await expect(attendance.recordJoin(meeting.id, outsider.id)).rejects.toMatchObject({ reason: 'MEETING_NOT_FOUND' });
      const input = { itemId: item.id, choice: 'AGREE', clientEventId: 'guest-vote-0001' };
      expect(firstError(await api.gql.request(VOTE, { input }, outsider.token))).toMatchObject({ code: 'NOT_FOUND' });

      const invitation = await invited(meeting.id);
      // Not yet in the room: no vote.
      expect(firstError(await api.gql.request(VOTE, { input }, guest.token))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PRESENT' });
      await attendance.recordJoin(meeting.id, f.users.physician);
      await attendance.recordJoin(meeting.id, guest.id);
      const joined = await attendance.intervals(meeting.id);
      expect(joined.find((a) => a.userId === guest.id)!.roles).toEqual(['PHYSICIAN']); // not COORDINATOR, which they hold at home
      const quorum = await attendance.quorumOf(meeting.id);
      expect(quorum.present).toEqual({ PHYSICIAN: 2 });
      expect(quorum.missing.map((m) => m.role)).not.toContain('PHYSICIAN');

      const vote = await api.gql.ok<{ castMeetingVote: { vote: { voterId: string; choice: string }; tally: { agree: number; total: number } } }>(VOTE, { input }, guest.token);
      expect(vote.castMeetingVote).toEqual({ vote: { voterId: guest.id, choice: 'AGREE' }, tally: { agree: 1, total: 1 } });

      await api.gql.ok(REVOKE, { input: { invitationId: invitation.id } }, f.tokens.coordinator);
      expect((await attendance.quorumOf(meeting.id)).present).toEqual({ PHYSICIAN: 1 });
      await expect(attendance.recordJoin(meeting.id, guest.id)).rejects.toMatchObject({ reason: 'MEETING_NOT_FOUND' });
      expect(firstError(await api.gql.request(VOTE, { input: { ...input, clientEventId: 'guest-vote-0002' } }, guest.token))).toMatchObject({ code: 'NOT_FOUND' });
      expect(firstError(await api.gql.request(GET, { id: meeting.id }, guest.token))).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('counts a guest invited as pharmacist only as a pharmacist, even if they are a physician too', async () => {
      const meeting = await f.start(await f.withCases(await f.schedule(), [await f.readyCase()]));
      const both = await f.user('hepato-physician-pharmacist', [Role.PHYSICIAN, Role.PHARMACIST], [f.teams.hepato]);
      expect((await invited(meeting.id, both.id, { role: 'PHARMACIST' })).role).toBe('PHARMACIST');
      await attendance.recordJoin(meeting.id, both.id);
      expect((await attendance.quorumOf(meeting.id)).present).toEqual({ PHARMACIST: 1 });
      const view = await api.gql.ok<{ meeting: { attendance: { userId: string; roles: string[] }[] } }>(GUEST_VIEW, { id: meeting.id }, both.token);
      expect(view.meeting.attendance).toEqual([{ userId: both.id, roles: ['PHARMACIST'], leftAt: null }]);
    });
  });
});
