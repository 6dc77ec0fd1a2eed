// A whole MDT meeting in the live room, with the six people split across two api processes that
// share one PostgreSQL and one Redis: presence, the case, the timer, hands, notes edited by three
// people at once, the decision drafted, voted on and signed, attendance and quorum persisted —
// and at the end every client shows exactly what the server holds.
import { randomUUID } from 'node:crypto';
import { RoomSnapshot } from '@consilium/contracts';
import { ApiCluster, startApiCluster } from '../support/api-cluster';
import { comparableView, LiveClient } from './support/live-client';
import { eventually, LiveMeetingFixture, setUpLiveMeeting, Who } from './support/meeting-setup';

const ROOM: Who[] = ['coordinator', 'chair', 'radiologist', 'pharmacist', 'physician', 'physician2'];

describe('a live MDT meeting across two api processes', () => {
  let cluster: ApiCluster;
  let fx: LiveMeetingFixture;
  const clients = {} as Record<Who, LiveClient>;

  beforeAll(async () => {
    cluster = await startApiCluster(2);
    fx = await setUpLiveMeeting(cluster);
  });

  afterAll(async () => {
    for (const client of Object.values(clients)) client.close();
    await fx?.db.end();
    await cluster?.stop();
  });

  /** The server's state (a snapshot taken now, and the stored notes) as a client would show it. */
  async function serverView(observer: LiveClient): Promise<unknown> {
    const snapshot = await observer.ok('room:snapshot', { meetingId: fx.meetingId });
    const notes: Record<string, string> = {};
    for (const item of fx.items) {
      const { rows } = await fx.db.query('SELECT text_snapshot FROM meeting_notes WHERE agenda_item_id = $1', [item.id]);
      notes[item.id] = (rows[0]?.text_snapshot as string | undefined) ?? '';
    }
    return comparableView(snapshot, notes);
  }

  async function expectEveryClientToMatchTheServer(names: Who[] = ROOM) {
    await eventually(async () => {
      const expected = await serverView(clients.coordinator);
      for (const who of names) expect({ who, view: clients[who].view() }).toEqual({ who, view: expected });
    }, 15_000, 250);
  }

  it('runs the meeting end to end, and every client ends with the server’s state', async () => {
    // Join: alternate processes, so the room spans both.
    for (const [index, who] of ROOM.entries()) {
      clients[who] = await LiveClient.connect(who, cluster.urls[index % 2], fx.people[who].token);
      const snapshot: RoomSnapshot = await clients[who].join(fx.meetingId);
      expect(snapshot.agenda.map((entry) => entry.agendaItemId)).toEqual(fx.items.map((item) => item.id));
    }
    // Everyone sees everyone, whichever process they are on.
    await eventually(() => {
      for (const who of ROOM) expect(clients[who].state!.participants.map((p) => p.userId).sort()).toEqual(ROOM.map((w) => fx.people[w].userId).sort());
    });
    const chairEntry = clients.radiologist.state!.participants.find((p) => p.userId === fx.people.chair.userId)!;
    expect(chairEntry).toMatchObject({ chair: true, roles: ['PHYSICIAN'], connections: 1 });
    const item = fx.items[0];
    for (const who of ROOM) await clients[who].syncNotes(item.id);

    // The chair presents the first case; everyone follows; the coordinator runs the timer.
    const presented = await clients.chair.ok('case:present', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item.id });
    expect(presented.currentCase).toMatchObject({ agendaItemId: item.id, caseId: item.caseId, presentedBy: fx.people.chair.userId });
    expect(presented.timer).toMatchObject({ agendaItemId: item.id, allocatedSeconds: 600, running: false });
    const started = await clients.coordinator.ok('timer:control', { meetingId: fx.meetingId, eventId: randomUUID(), action: 'start' });
    expect(started.timer.running).toBe(true);
    await eventually(() => {
      for (const who of ROOM) expect(clients[who].state!.currentCase?.agendaItemId).toBe(item.id);
    });

    // Hands: the radiologist and the pharmacist raise theirs (in that order); the chair takes the radiologist's.
    await clients.radiologist.ok('hand:raise', { meetingId: fx.meetingId, eventId: randomUUID() });
    const raised = await clients.pharmacist.ok('hand:raise', { meetingId: fx.meetingId, eventId: randomUUID() });
    expect(raised.hands.map((h) => h.userId)).toEqual([fx.people.radiologist.userId, fx.people.pharmacist.userId]);
    const lowered = await clients.chair.ok('hand:lower', { meetingId: fx.meetingId, eventId: randomUUID(), userId: fx.people.radiologist.userId });
    expect(lowered.hands.map((h) => h.userId)).toEqual([fx.people.pharmacist.userId]);

    // Notes: three people on two processes type at the same time; nobody's text is lost.
    const writers: Who[] = ['radiologist', 'pharmacist', 'physician'];
    await Promise.all(
      writers.map(async (who) => {
        for (let line = 1; line <= 6; line++) {
          await clients[who].editNotes(item.id, (text) => text.insert(text.length, `${who} line ${line}\n`));
        }
      }),
    );
    await eventually(() => {
      for (const who of ROOM) {
        const text = clients[who].notesText(item.id);
        for (const writer of writers) for (let line = 1; line <= 6; line++) expect(text).toContain(`${writer} line ${line}\n`);
      }
    });
    const { rows: stored } = await fx.db.query('SELECT text_snapshot FROM meeting_notes WHERE agenda_item_id = $1', [item.id]);
    expect((stored[0].text_snapshot as string).split('\n').filter(Boolean)).toHaveLength(18);
    expect(stored[0].text_snapshot).toBe(clients.chair.notesText(item.id));

    // The decision: drafted by a physician, the case marked discussed by the chair, proposed, voted on, signed.
    const drafted = await clients.physician.ok('decision:draft', {
      meetingId: fx.meetingId,
      eventId: randomUUID(),
      agendaItemId: item.id,
      recommendation: 'START_SYSTEMIC_THERAPY',
      recommendationText: 'Carboplatin and pemetrexed, four cycles',
      intent: 'PALLIATIVE',
      rationale: 'Progression on CT; ECOG 1',
    });
    expect(drafted.decision.status).toBe('DRAFT');
    await clients.chair.ok('case:discussed', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item.id });
    const proposed = await clients.physician.ok('decision:propose', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item.id });
    expect(proposed.decision.status).toBe('PROPOSED');

    const votes: [Who, 'AGREE' | 'DISAGREE' | 'ABSTAIN', string | null][] = [
      ['radiologist', 'AGREE', null],
      ['pharmacist', 'AGREE', 'Renal function allows pemetrexed'],
      ['physician', 'AGREE', null],
      ['physician2', 'DISAGREE', 'Would consider immunotherapy first'],
      ['chair', 'ABSTAIN', null],
    ];
    await Promise.all(votes.map(([who, choice, comment]) => clients[who].ok('vote:cast', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item.id, choice, comment })));
    // The coordinator runs the meeting but does not vote.
    const refused = await clients.coordinator.send('vote:cast', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item.id, choice: 'AGREE' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'NOT_A_VOTER' } });
    await eventually(() => {
      for (const who of ROOM) expect(clients[who].state!.agenda[0].tally).toMatchObject({ agree: 3, disagree: 1, abstain: 1 });
    });

    const signed = await clients.chair.ok('decision:sign', { meetingId: fx.meetingId, eventId: randomUUID(), agendaItemId: item.id });
    expect(signed.decision).toMatchObject({ status: 'SIGNED', signedBy: fx.people.chair.userId, quorate: true });
    expect(signed.decision.rolesPresent).toMatchObject({ PHYSICIAN: 3, RADIOLOGIST: 1, PHARMACIST: 1, COORDINATOR: 1 });

    // Persisted: the signed decision with the meeting's quorum, the votes, the attendance.
    const { rows: decisions } = await fx.db.query('SELECT status, meeting_id, quorate, signed_by FROM decisions WHERE id = $1', [signed.decision.id]);
    expect(decisions[0]).toEqual({ status: 'SIGNED', meeting_id: fx.meetingId, quorate: true, signed_by: fx.people.chair.userId });
    const { rows: voteRows } = await fx.db.query(
      `SELECT choice::text AS choice, count(*)::int AS n FROM meeting_votes WHERE agenda_item_id = $1 AND superseded_at IS NULL GROUP BY choice ORDER BY choice`,
      [item.id],
    );
    expect(voteRows).toEqual([
      { choice: 'ABSTAIN', n: 1 },
      { choice: 'AGREE', n: 3 },
      { choice: 'DISAGREE', n: 1 },
    ]);
    const { rows: present } = await fx.db.query('SELECT user_id FROM meeting_attendance WHERE meeting_id = $1 AND left_at IS NULL ORDER BY user_id', [fx.meetingId]);
    expect(present.map((r) => r.user_id)).toEqual(ROOM.map((w) => fx.people[w].userId).sort());
    const quorum = await fx.gql.ok<{ meeting: { quorum: { quorate: boolean } } }>(`query($id: ID!) { meeting(id: $id) { quorum { quorate } } }`, { id: fx.meetingId }, fx.people.coordinator.token);
    expect(quorum.meeting.quorum.quorate).toBe(true);

    // Every client shows what the server holds.
    await expectEveryClientToMatchTheServer();

    // Leaving closes that person's attendance, and everyone sees them go.
    clients.physician2.close();
    await eventually(async () => {
      const { rows } = await fx.db.query('SELECT left_at FROM meeting_attendance WHERE meeting_id = $1 AND user_id = $2', [fx.meetingId, fx.people.physician2.userId]);
      expect(rows).toHaveLength(1);
      expect(rows[0].left_at).not.toBeNull();
    });
    await expectEveryClientToMatchTheServer(ROOM.filter((who) => who !== 'physician2'));
    expect(clients.chair.state!.participants.map((p) => p.userId)).not.toContain(fx.people.physician2.userId);
  });
});
