// Who may do what in the live room: unauthenticated, expired-token, wrong-team and wrong-role
// events are refused and change nothing; removing someone from the team or revoking their role
// ends their sockets within seconds; notifications reach their person's sockets live.
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { LiveAck } from '@consilium/contracts';
import { DEMO_PASSWORD } from '@consilium/server-demo';
import { TEST_REDIS_URL } from '@consilium/server-testing';
import { ApiCluster, startApiCluster } from '../support/api-cluster';
import { ConnectRefused, LiveClient } from './support/live-client';
import { eventually, LiveMeetingFixture, mintAccessToken, setUpLiveMeeting } from './support/meeting-setup';

async function refusal(promise: Promise<LiveClient>): Promise<ConnectRefused['data']> {
  try {
    const client = await promise;
    client.close();
  } catch (error) {
    if (error instanceof ConnectRefused) return error.data;
    throw error;
  }
  throw new Error('the connection was accepted');
}

function expectRefused(ack: unknown, code: string, reason?: string) {
  expect(ack).toMatchObject({ ok: false, error: reason ? { code, reason } : { code } });
}

describe('live room: access', () => {
  let cluster: ApiCluster;
  let fx: LiveMeetingFixture;
  const open: LiveClient[] = [];
  let chair: LiveClient;

  const connect = async (who: string, token: string | undefined, process = 0) => {
    const client = await LiveClient.connect(who, cluster.urls[process], token, { reconnection: false });
    open.push(client);
    return client;
  };

  /** Everything a refused event could have changed: the room (with its sequence number) and the tables. */
  async function roomAndTables() {
    const room = await chair.ok('room:snapshot', { meetingId: fx.meetingId });
    const { rows } = await fx.db.query(
      `SELECT (SELECT count(*) FROM meeting_votes)::int AS votes, (SELECT count(*) FROM decisions WHERE case_id = $1)::int AS decisions,
              (SELECT count(*) FROM meeting_notes)::int AS notes, (SELECT status::text FROM meeting_agenda_items WHERE id = $2) AS item,
              (SELECT count(*) FROM meeting_attendance WHERE meeting_id = $3)::int AS attendance`,
      [fx.items[0].caseId, fx.items[0].id, fx.meetingId],
    );
    return { room, tables: rows[0] };
  }

  beforeAll(async () => {
    cluster = await startApiCluster(2);
    fx = await setUpLiveMeeting(cluster, 1);
    chair = await connect('chair', fx.people.chair.token, 1);
    await chair.join(fx.meetingId);
  });

  afterAll(async () => {
    for (const client of open) client.close();
    await fx?.db.end();
    await cluster?.stop();
  });

  it('refuses a connection without a token, with a malformed one, or with an expired one', async () => {
    expect(await refusal(LiveClient.connect('anonymous', cluster.urls[0], undefined, { reconnection: false }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN_REQUIRED' });
    expect(await refusal(LiveClient.connect('forger', cluster.urls[1], 'not-a-jwt', { reconnection: false }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_ACCESS_TOKEN' });
    const expired = mintAccessToken(cluster.jwtSecret, fx.people.physician, -5);
    expect(await refusal(LiveClient.connect('late', cluster.urls[0], expired, { reconnection: false }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_ACCESS_TOKEN' });
    const forged = mintAccessToken('another-secret-another-secret-another-secret', fx.people.physician, 600);
    expect(await refusal(LiveClient.connect('forger', cluster.urls[0], forged, { reconnection: false }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_ACCESS_TOKEN' });
  });

  it('refuses the events of a socket whose token expired, until it renews it', async () => {
    const before = await roomAndTables();
    const pharmacist = await connect('pharmacist', mintAccessToken(cluster.jwtSecret, fx.people.pharmacist, 3), 0);
    await pharmacist.join(fx.meetingId);
    const joined = await roomAndTables();
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expectRefused(await pharmacist.send('hand:raise', { meetingId: fx.meetingId, eventId: randomUUID() }), 'UNAUTHENTICATED', 'INVALID_ACCESS_TOKEN');
    expectRefused(await pharmacist.send('room:snapshot', { meetingId: fx.meetingId }), 'UNAUTHENTICATED');
    expect(await roomAndTables()).toEqual(joined);
    expect(joined.room.participants).toHaveLength(before.room.participants.length + 1);

    expectRefused(await pharmacist.send('session:renew', { token: fx.people.physician.token }), 'FORBIDDEN', 'OTHER_USER');
    expect(await pharmacist.ok('session:renew', { token: await fx.freshToken('pharmacist') })).toEqual({ renewed: true });
    const raised = await pharmacist.ok('hand:raise', { meetingId: fx.meetingId, eventId: randomUUID() });
    expect(raised.hands.map((h) => h.userId)).toEqual([fx.people.pharmacist.userId]);
    await pharmacist.ok('hand:lower', { meetingId: fx.meetingId, eventId: randomUUID() });
    pharmacist.close();
  });

  it('refuses someone outside the meeting’s team, and changes nothing', async () => {
    const { rows } = await fx.db.query(`SELECT id FROM teams WHERE name = 'Hepatobiliary'`);
    const created = await fx.gql.ok<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email: 'outsider@consilium.test', displayName: 'Dr Otto Outsider', password: DEMO_PASSWORD, roles: ['PHYSICIAN', 'COORDINATOR'], teamIds: [rows[0].id] } },
      fx.people.admin.token,
    );
    expect(created.createUser.id).toBeTruthy();
    const outsider = await connect('outsider', (await fx.gql.login('outsider@consilium.test', DEMO_PASSWORD)).accessToken, 1);
    const before = await roomAndTables();
    expectRefused(await outsider.send('room:join', { meetingId: fx.meetingId }), 'NOT_FOUND', 'MEETING_NOT_FOUND');
    const item = fx.items[0].id;
    const attempts: [string, unknown][] = [
      ['room:snapshot', { meetingId: fx.meetingId }],
      ['case:present', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item }],
      ['vote:cast', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item, choice: 'AGREE' }],
      ['notes:update', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item, update: 'AAECAwQ=' }],
      ['hand:raise', { meetingId: fx.meetingId, eventId: randomUUID() }],
    ];
    for (const [event, payload] of attempts) {
      expectRefused(await outsider.send(event as 'hand:raise', payload as never), 'FORBIDDEN', 'NOT_IN_ROOM');
    }
    expect(await roomAndTables()).toEqual(before);
  });

  it('refuses events the person’s role does not allow, and changes nothing', async () => {
    const item = fx.items[0].id;
    const admin = await connect('admin', fx.people.admin.token, 0);
    expectRefused(await admin.send('room:join', { meetingId: fx.meetingId }), 'FORBIDDEN', 'ROLE_REQUIRED');

    const pharmacist = await connect('pharmacist', await fx.freshToken('pharmacist'), 0);
    const coordinator = await connect('coordinator', fx.people.coordinator.token, 1);
    const radiologist = await connect('radiologist', fx.people.radiologist.token, 0);
    for (const client of [pharmacist, coordinator, radiologist]) await client.join(fx.meetingId);
    await radiologist.ok('hand:raise', { meetingId: fx.meetingId, eventId: randomUUID() });
    const before = await roomAndTables();

    const refusals: [LiveClient, string, unknown, string, string][] = [
      [pharmacist, 'case:present', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item }, 'FORBIDDEN', 'NOT_CHAIR_OR_COORDINATOR'],
      [pharmacist, 'case:discussed', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item }, 'FORBIDDEN', 'NOT_CHAIR_OR_COORDINATOR'],
      [pharmacist, 'timer:control', { meetingId: fx.meetingId, eventId: randomUUID(), action: 'start' }, 'FORBIDDEN', 'NOT_CHAIR_OR_COORDINATOR'],
      [pharmacist, 'hand:lower', { meetingId: fx.meetingId, eventId: randomUUID(), userId: fx.people.radiologist.userId }, 'FORBIDDEN', 'NOT_CHAIR_OR_COORDINATOR'],
      [
        pharmacist,
        'decision:draft',
        { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item, recommendation: 'SURGERY', recommendationText: '', intent: 'CURATIVE', rationale: 'r' },
        'FORBIDDEN',
        'ROLE_REQUIRED',
      ],
      [coordinator, 'decision:propose', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item }, 'FORBIDDEN', 'ROLE_REQUIRED'],
      [pharmacist, 'decision:sign', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item }, 'FORBIDDEN', 'ROLE_REQUIRED'],
      [coordinator, 'vote:cast', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item, choice: 'AGREE' }, 'FORBIDDEN', 'NOT_A_VOTER'],
      // Malformed payloads are refused before anything is read.
      [radiologist, 'vote:cast', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item, choice: 'MAYBE' }, 'BAD_USER_INPUT', 'INVALID_INPUT'],
      [radiologist, 'notes:update', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item, update: Buffer.from('not yjs at all').toString('base64') }, 'BAD_USER_INPUT', 'INVALID_INPUT'],
      [radiologist, 'room:join', 'meeting-1', 'BAD_USER_INPUT', 'INVALID_INPUT'],
    ];
    for (const [client, event, payload, code, reason] of refusals) {
      const ack = (await client.send(event as 'hand:raise', payload as never)) as LiveAck<unknown>;
      expect({ who: client.name, event, ack }).toMatchObject({ who: client.name, event, ack: { ok: false, error: { code, reason } } });
    }
    expect(await roomAndTables()).toEqual(before);
    await radiologist.ok('hand:lower', { meetingId: fx.meetingId, eventId: randomUUID() });
    for (const client of [admin, pharmacist, coordinator, radiologist]) client.close();
  });

  it('ends the sockets of someone removed from the team, or whose role is revoked, within 5 seconds', async () => {
    const physician2 = await connect('physician2', fx.people.physician2.token, 0);
    const onOtherProcess = await connect('physician2 (second tab)', fx.people.physician2.token, 1);
    const pharmacist = await connect('pharmacist', await fx.freshToken('pharmacist'), 1);
    for (const client of [physician2, onOtherProcess, pharmacist]) await client.join(fx.meetingId);

    let started = Date.now();
    await fx.gql.ok(`mutation($input: TeamMemberInput!) { removeTeamMember(input: $input) { id } }`, { input: { teamId: fx.teamId, userId: fx.people.physician2.userId } }, fx.people.admin.token);
    await eventually(() => {
      expect(physician2.socket.connected).toBe(false);
      expect(onOtherProcess.socket.connected).toBe(false);
    }, 5_000, 50);
    const removalMs = Date.now() - started;
    expect(physician2.endedReason).toBe('ACCESS_REVOKED');
    expect(onOtherProcess.endedReason).toBe('ACCESS_REVOKED');
    expect(removalMs).toBeLessThan(5_000);
    expect(pharmacist.socket.connected).toBe(true);
    expect(chair.endedReason).toBeNull();
    await eventually(() => expect(chair.state!.participants.map((p) => p.userId)).not.toContain(fx.people.physician2.userId));
    const { rows } = await fx.db.query('SELECT left_at FROM meeting_attendance WHERE meeting_id = $1 AND user_id = $2', [fx.meetingId, fx.people.physician2.userId]);
    for (const row of rows) expect(row.left_at).not.toBeNull();

    const { rows: users } = await fx.db.query('SELECT version FROM users WHERE id = $1', [fx.people.pharmacist.userId]);
    started = Date.now();
    await fx.gql.ok(
      `mutation($input: SetUserRolesInput!) { setUserRoles(input: $input) { id } }`,
      { input: { userId: fx.people.pharmacist.userId, roles: ['ADMINISTRATOR'], expectedVersion: users[0].version } },
      fx.people.admin.token,
    );
    await eventually(() => expect(pharmacist.socket.connected).toBe(false), 5_000, 50);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(pharmacist.endedReason).toBe('ACCESS_REVOKED');
  });

  it('pushes a new notification to each socket of its person, once, on whichever process it is', async () => {
    const radiologistA = await connect('radiologist', fx.people.radiologist.token, 0);
    const radiologistB = await connect('radiologist (second tab)', fx.people.radiologist.token, 1);
    const physician = await connect('physician', fx.people.physician.token, 0);
    const notification = { id: randomUUID(), kind: 'FOLLOW_UP_DUE', title: 'CT due', body: 'Follow-up CT is due today', caseId: fx.items[0].caseId, createdAt: new Date().toISOString(), readAt: null };
    const redis = new Redis(TEST_REDIS_URL);
    try {
      await redis.publish(`${cluster.redisPrefix}:notifications`, JSON.stringify({ userId: fx.people.radiologist.userId, notification }));
      await redis.publish(`${cluster.redisPrefix}:notifications`, 'not json');
    } finally {
      await redis.quit();
    }
    await eventually(() => {
      expect(radiologistA.notifications).toEqual([notification]);
      expect(radiologistB.notifications).toEqual([notification]);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(radiologistA.notifications).toHaveLength(1);
    expect(radiologistB.notifications).toHaveLength(1);
    expect(physician.notifications).toEqual([]);
  });
});

