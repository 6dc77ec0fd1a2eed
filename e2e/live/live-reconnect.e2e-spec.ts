// Dropped connections in the middle of a vote: the client resends with the same event id, the
// server counts each vote once, and every client ends with the server's state — whether its
// connection was recovered (missed broadcasts replayed) or it fell back to a snapshot.
import { randomUUID } from 'node:crypto';
import { ApiCluster, startApiCluster } from '../support/api-cluster';
import { comparableView, LiveClient } from './support/live-client';
import { eventually, LiveMeetingFixture, setUpLiveMeeting, Who } from './support/meeting-setup';

const ROOM: Who[] = ['chair', 'coordinator', 'radiologist', 'pharmacist', 'physician', 'physician2'];

describe('live room: dropped connections', () => {
  let cluster: ApiCluster;
  let fx: LiveMeetingFixture;
  const clients = {} as Record<Who, LiveClient>;

  beforeAll(async () => {
    cluster = await startApiCluster(2);
    fx = await setUpLiveMeeting(cluster, 1);
    for (const [index, who] of ROOM.entries()) {
      clients[who] = await LiveClient.connect(who, cluster.urls[index % 2], fx.people[who].token);
      await clients[who].join(fx.meetingId);
    }
    await clients.chair.ok('case:present', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: fx.items[0].id });
  });

  afterAll(async () => {
    for (const client of Object.values(clients)) client.close();
    await fx?.db.end();
    await cluster?.stop();
  });

  async function expectEveryClientToMatchTheServer() {
    await eventually(async () => {
      const snapshot = await clients.chair.ok('room:snapshot', { meetingId: fx.meetingId });
      const expected = comparableView(snapshot, {});
      for (const who of ROOM) expect({ who, view: clients[who].view() }).toEqual({ who, view: expected });
    }, 15_000, 250);
  }

  it('counts each vote once when three voters drop mid-vote and retry', async () => {
    const item = fx.items[0];
    const vote = (who: Who, choice: 'AGREE' | 'DISAGREE' | 'ABSTAIN') => ({ meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item.id, choice, comment: `${who} votes ${choice}` });
    const ballots = {
      radiologist: vote('radiologist', 'AGREE'),
      pharmacist: vote('pharmacist', 'DISAGREE'),
      physician2: vote('physician2', 'ABSTAIN'),
      physician: vote('physician', 'AGREE'),
    };

    // Dropped before the vote leaves (it waits in the client's buffer), just after it left, and while it is handled.
    clients.radiologist.dropConnection();
    const radiologist = clients.radiologist.send('vote:cast', ballots.radiologist);
    const pharmacist = clients.pharmacist.send('vote:cast', ballots.pharmacist);
    clients.pharmacist.dropConnection();
    const physician2 = clients.physician2.send('vote:cast', ballots.physician2);
    setTimeout(() => clients.physician2.dropConnection(), 5);
    const physician = clients.physician.send('vote:cast', ballots.physician);

    const acks = await Promise.all([radiologist, pharmacist, physician2, physician]);
    for (const ack of acks) expect(ack).toMatchObject({ ok: true });

    // The same events again (a client that never saw its acknowledgement): the same votes come back, nothing is added.
    for (const who of ['radiologist', 'pharmacist', 'physician2'] as const) {
      const again = await clients[who].ok('vote:cast', ballots[who]);
      expect(again.vote).toEqual({ userId: fx.people[who].userId, choice: ballots[who].choice, comment: ballots[who].comment });
      expect(again.tally).toMatchObject({ agree: 2, disagree: 1, abstain: 1 });
    }

    const { rows } = await fx.db.query(
      `SELECT voter_id, count(*)::int AS n, bool_and(superseded_at IS NULL) AS current FROM meeting_votes WHERE agenda_item_id = $1 GROUP BY voter_id`,
      [item.id],
    );
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatchObject({ n: 1, current: true });

    // All three came back (recovered, or re-joined from a snapshot) and count as present again.
    for (const who of ['radiologist', 'pharmacist', 'physician2'] as const) {
      expect(clients[who].recoveredConnections + clients[who].resyncs).toBeGreaterThanOrEqual(1);
    }
    // Connection state recovery is on: a brief drop normally comes back with the missed broadcasts replayed.
    expect(clients.radiologist.recoveredConnections + clients.pharmacist.recoveredConnections + clients.physician2.recoveredConnections).toBeGreaterThanOrEqual(1);
    await expectEveryClientToMatchTheServer();
    const tally = clients.coordinator.state!.agenda[0].tally;
    expect(tally).toMatchObject({ agree: 2, disagree: 1, abstain: 1 });
    expect(clients.coordinator.state!.participants.map((p) => p.userId).sort()).toEqual(ROOM.map((w) => fx.people[w].userId).sort());
  });

  it('brings a client that missed broadcasts and could not recover back to the server’s state from a snapshot', async () => {
    const physician = clients.physician;
    const resyncsBefore = physician.resyncs;
    physician.socket.disconnect(); // a deliberate disconnect ends the session: no recovery possible
    await clients.radiologist.ok('hand:raise', { meetingId: fx.meetingId, eventId: randomUUID() });
    await clients.coordinator.ok('timer:control', { meetingId: fx.meetingId, eventId: randomUUID(), action: 'start' });
    await clients.radiologist.ok('vote:cast', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: fx.items[0].id, choice: 'DISAGREE', comment: 'changed my mind' });
    physician.socket.connect();
    await eventually(() => expect(physician.resyncs).toBe(resyncsBefore + 1));
    await expectEveryClientToMatchTheServer();
    expect(physician.state!.hands.map((h) => h.userId)).toEqual([fx.people.radiologist.userId]);
    expect(physician.state!.agenda[0].tally).toMatchObject({ agree: 1, disagree: 2, abstain: 1 });
  });
});
