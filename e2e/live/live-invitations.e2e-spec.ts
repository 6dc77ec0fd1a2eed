// Guests in the live room: someone from another team, invited to this one meeting, joins with the
// invitation's role and votes; an uninvited member of another team is refused and changes
// nothing; revoking the invitation ends the guest's sockets (on both api processes) within 5 s.
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '@consilium/server-demo';
import { ApiCluster, startApiCluster } from '../support/api-cluster';
import { LiveClient } from './support/live-client';
import { eventually, LiveMeetingFixture, setUpLiveMeeting } from './support/meeting-setup';

function expectRefused(ack: unknown, code: string, reason: string) {
  expect(ack).toMatchObject({ ok: false, error: { code, reason } });
}

describe('live room: invited guests', () => {
  let cluster: ApiCluster;
  let fx: LiveMeetingFixture;
  const open: LiveClient[] = [];
  let chair: LiveClient;
  let hepatoTeamId: string;

  const connect = async (who: string, token: string, process = 0) => {
    const client = await LiveClient.connect(who, cluster.urls[process], token, { reconnection: false });
    open.push(client);
    return client;
  };

  /** A signed-in member of the Hepatobiliary team (not of the meeting's Lung team). */
  async function hepatoUser(name: string, roles: string[]): Promise<{ userId: string; token: string }> {
    const email = `${name}@consilium.test`;
    const created = await fx.gql.ok<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email, displayName: name, password: DEMO_PASSWORD, roles, teamIds: [hepatoTeamId] } },
      fx.people.admin.token,
    );
    return { userId: created.createUser.id, token: (await fx.gql.login(email, DEMO_PASSWORD)).accessToken };
  }

  /** Everything a refused guest could have changed: the room (with its sequence number) and the tables. */
  async function roomAndTables() {
    const room = await chair.ok('room:snapshot', { meetingId: fx.meetingId });
    const { rows } = await fx.db.query(
      `SELECT (SELECT count(*) FROM meeting_votes WHERE meeting_id = $1)::int AS votes,
              (SELECT count(*) FROM meeting_attendance WHERE meeting_id = $1)::int AS attendance,
              (SELECT count(*) FROM meeting_notes)::int AS notes,
              (SELECT status::text FROM meeting_agenda_items WHERE id = $2) AS item`,
      [fx.meetingId, fx.items[0].id],
    );
    return { room, tables: rows[0] };
  }

  beforeAll(async () => {
    cluster = await startApiCluster(2);
    fx = await setUpLiveMeeting(cluster, 1);
    hepatoTeamId = ((await fx.db.query(`SELECT id FROM teams WHERE name = 'Hepatobiliary'`)).rows[0] as { id: string }).id;
    chair = await connect('chair', fx.people.chair.token, 1);
    await chair.join(fx.meetingId);
    await chair.ok('case:present', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: fx.items[0].id });
  });

  afterAll(async () => {
    for (const client of open) client.close();
    await fx?.db.end();
    await cluster?.stop();
  });

  it('refuses an uninvited member of another team, and changes nothing', async () => {
    const stranger = await hepatoUser('hepato-stranger', ['PHYSICIAN']);
    const client = await connect('stranger', stranger.token, 0);
    const before = await roomAndTables();
    expectRefused(await client.send('room:join', { meetingId: fx.meetingId }), 'NOT_FOUND', 'MEETING_NOT_FOUND');
    expectRefused(await client.send('vote:cast', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: fx.items[0].id, choice: 'AGREE' }), 'FORBIDDEN', 'NOT_IN_ROOM');
    expectRefused(await client.send('hand:raise', { meetingId: fx.meetingId, eventId: randomUUID() }), 'FORBIDDEN', 'NOT_IN_ROOM');
    expectRefused(await client.send('room:snapshot', { meetingId: fx.meetingId }), 'FORBIDDEN', 'NOT_IN_ROOM');
    // An invitation to someone else lets this person in no more than before.
    const other = await hepatoUser('hepato-other', ['RADIOLOGIST']);
    await fx.gql.ok(`mutation($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { id } }`, { input: { meetingId: fx.meetingId, userId: other.userId, reason: 'Imaging second read' } }, fx.people.coordinator.token);
    expectRefused(await client.send('room:join', { meetingId: fx.meetingId }), 'NOT_FOUND', 'MEETING_NOT_FOUND');
    expect(await roomAndTables()).toEqual(before);
    client.close();
  });

  it('lets an invited guest join with the invitation’s role and vote; revoking it disconnects them within 5 s', async () => {
    // A physician who coordinates at home: here they are only a physician guest.
    const person = await hepatoUser('hepato-guest', ['PHYSICIAN', 'COORDINATOR']);
    const { inviteToMeeting: invitation } = await fx.gql.ok<{ inviteToMeeting: { id: string; role: string } }>(
      `mutation($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { id role } }`,
      { input: { meetingId: fx.meetingId, userId: person.userId, reason: 'Hepatic metastases: liver surgery opinion' } },
      fx.people.coordinator.token,
    );
    expect(invitation.role).toBe('PHYSICIAN');

    const guest = await connect('guest', person.token, 0);
    const secondTab = await connect('guest (second tab)', person.token, 1);
    const snapshot = await guest.join(fx.meetingId);
    await secondTab.join(fx.meetingId);
    expect(snapshot.agenda.map((entry) => entry.agendaItemId)).toEqual([fx.items[0].id]);
    await eventually(() => expect(chair.state!.participants.find((p) => p.userId === person.userId)).toMatchObject({ roles: ['PHYSICIAN'], chair: false, connections: 2 }));
    const { rows: attended } = await fx.db.query(`SELECT roles::text[] AS roles, left_at FROM meeting_attendance WHERE meeting_id = $1 AND user_id = $2`, [fx.meetingId, person.userId]);
    expect(attended).toEqual([{ roles: ['PHYSICIAN'], left_at: null }]);

    // A guest drives nothing, whatever their roles at home; changing the agenda is the team's.
    const before = await roomAndTables();
    expectRefused(await guest.send('case:discussed', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: fx.items[0].id }), 'FORBIDDEN', 'NOT_CHAIR_OR_COORDINATOR');
    expectRefused(await guest.send('timer:control', { meetingId: fx.meetingId, eventId: randomUUID(), action: 'pause' }), 'FORBIDDEN', 'NOT_CHAIR_OR_COORDINATOR');
    expect(await roomAndTables()).toEqual(before);

    const voted = await guest.ok('vote:cast', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: fx.items[0].id, choice: 'AGREE' });
    expect(voted.tally).toMatchObject({ agree: 1, disagree: 0, abstain: 0, votes: [{ userId: person.userId, choice: 'AGREE' }] });
    await eventually(() => expect(chair.state!.agenda[0].tally.votes).toEqual([{ userId: person.userId, choice: 'AGREE', comment: null }]));
    const { rows: votes } = await fx.db.query(`SELECT voter_id FROM meeting_votes WHERE meeting_id = $1 AND superseded_at IS NULL`, [fx.meetingId]);
    expect(votes).toEqual([{ voter_id: person.userId }]);

    const started = Date.now();
    await fx.gql.ok(`mutation($input: RevokeMeetingInvitationInput!) { revokeMeetingInvitation(input: $input) { id revokedAt } }`, { input: { invitationId: invitation.id } }, fx.people.chair.token);
    await eventually(() => {
      expect(guest.socket.connected).toBe(false);
      expect(secondTab.socket.connected).toBe(false);
    }, 5_000, 50);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(guest.endedReason).toBe('ACCESS_REVOKED');
    expect(secondTab.endedReason).toBe('ACCESS_REVOKED');
    expect(chair.socket.connected).toBe(true);
    await eventually(() => expect(chair.state!.participants.map((p) => p.userId)).not.toContain(person.userId));
    const { rows: left } = await fx.db.query(`SELECT left_at FROM meeting_attendance WHERE meeting_id = $1 AND user_id = $2`, [fx.meetingId, person.userId]);
    for (const row of left) expect(row.left_at).not.toBeNull();

    // Back with a new connection: refused like any outsider.
    const again = await connect('guest again', person.token, 1);
    expectRefused(await again.send('room:join', { meetingId: fx.meetingId }), 'NOT_FOUND', 'MEETING_NOT_FOUND');
  });
});
