import { Role, type RoomSnapshot, type VoteTally } from '@consilium/contracts';

import { REORDER_WINDOW_MS, RoomState } from './room-state';

const MEETING = 'meeting-1';
const ITEM = 'item-1';

function snapshot(seq: number, overrides: Partial<RoomSnapshot> = {}): RoomSnapshot {
  return {
    meetingId: MEETING,
    seq,
    meetingStatus: 'LIVE',
    chairId: 'chair',
    participants: [],
    currentCase: null,
    timer: {
      agendaItemId: null,
      allocatedSeconds: 0,
      running: false,
      startedAt: null,
      elapsedMs: 0,
    },
    hands: [],
    agenda: [
      {
        agendaItemId: ITEM,
        caseId: 'case-1',
        status: 'LISTED',
        position: 1,
        allocatedMinutes: 10,
        decision: null,
        tally: { agree: 0, disagree: 0, abstain: 0, votes: [] },
      },
    ],
    ...overrides,
  };
}

const person = (userId: string) => ({
  userId,
  displayName: userId,
  roles: [Role.PHYSICIAN],
  chair: false,
  connections: 1,
  joinedAt: '2026-11-30T09:00:00.000Z',
});

const tally = (agree: number): VoteTally => ({
  agree,
  disagree: 0,
  abstain: 0,
  votes: [],
});

describe('RoomState', () => {
  it('holds broadcasts back until the first snapshot, then applies those newer than it', () => {
    const room = new RoomState(MEETING);
    room.beginSync();
    expect(room.apply('room:presence', { meetingId: MEETING, seq: 4, participants: [person('a')] }, 0)).toBe(
      'buffered',
    );
    expect(
      room.apply(
        'room:presence',
        {
          meetingId: MEETING,
          seq: 6,
          participants: [person('a'), person('b')],
        },
        0,
      ),
    ).toBe('buffered');
    room.applySnapshot(snapshot(5, { participants: [person('a')] }));
    // seq 4 is covered by the snapshot; 6 is newer and applies.
    expect(room.current?.participants.map((p) => p.userId)).toEqual(['a', 'b']);
  });

  it('applies a sequenced broadcast once, and never lets an older one overwrite a newer slice', () => {
    const room = new RoomState(MEETING);
    room.applySnapshot(snapshot(10));
    expect(room.apply('vote:tally', { meetingId: MEETING, seq: 12, agendaItemId: ITEM, tally: tally(2) }, 0)).toBe(
      'applied',
    );
    // 11 arrives late (another api process) with an older tally: the number is recorded, the slice kept.
    expect(room.apply('vote:tally', { meetingId: MEETING, seq: 11, agendaItemId: ITEM, tally: tally(1) }, 10)).toBe(
      'ignored',
    );
    expect(room.current?.agenda[0]?.tally.agree).toBe(2);
    expect(room.apply('vote:tally', { meetingId: MEETING, seq: 12, agendaItemId: ITEM, tally: tally(9) }, 20)).toBe(
      'ignored',
    );
    expect(room.current?.agenda[0]?.tally.agree).toBe(2);
    expect(room.needsResync(10_000)).toBe(false);
  });

  it('ignores another meeting’s broadcasts', () => {
    const room = new RoomState(MEETING);
    room.applySnapshot(snapshot(1));
    expect(room.apply('room:hands', { meetingId: 'other', seq: 2, hands: [] }, 0)).toBe('ignored');
  });

  it('asks for a resync only when a missing number outlives the reorder window', () => {
    const room = new RoomState(MEETING);
    room.applySnapshot(snapshot(3));
    room.apply('room:hands', { meetingId: MEETING, seq: 5, hands: [] }, 1_000);
    expect(room.needsResync(1_000 + REORDER_WINDOW_MS - 1)).toBe(false);
    expect(room.needsResync(1_000 + REORDER_WINDOW_MS)).toBe(true);

    // The resync's snapshot covers the gap: nothing more to ask for.
    room.beginSync();
    expect(room.needsResync(5_000)).toBe(false);
    room.applySnapshot(
      snapshot(5, {
        hands: [{ userId: 'a', displayName: 'A', raisedAt: 'now' }],
      }),
    );
    expect(room.needsResync(10_000)).toBe(false);
    expect(room.current?.hands).toHaveLength(1);
  });

  it('does not flag a gap that a late broadcast fills within the window', () => {
    const room = new RoomState(MEETING);
    room.applySnapshot(snapshot(0));
    room.apply('room:timer', { meetingId: MEETING, seq: 2, timer: snapshot(0).timer }, 0);
    room.apply('agenda:item', { meetingId: MEETING, seq: 1, agendaItemId: ITEM, status: 'PRESENTING' }, 100);
    expect(room.current?.agenda[0]?.status).toBe('PRESENTING');
    expect(room.needsResync(10_000)).toBe(false);
  });

  it('moves the current case and its timer together, and keeps each agenda item’s slices apart', () => {
    const room = new RoomState(MEETING);
    room.applySnapshot(snapshot(0));
    const timer = {
      agendaItemId: ITEM,
      allocatedSeconds: 600,
      running: false,
      startedAt: null,
      elapsedMs: 0,
    };
    const currentCase = {
      agendaItemId: ITEM,
      caseId: 'case-1',
      presentedAt: 'now',
      presentedBy: 'chair',
    };
    room.apply('room:case', { meetingId: MEETING, seq: 1, currentCase, timer }, 0);
    expect(room.current?.currentCase).toEqual(currentCase);
    expect(room.current?.timer.allocatedSeconds).toBe(600);
    // A decision for an unknown item changes nothing.
    expect(
      room.apply(
        'vote:tally',
        {
          meetingId: MEETING,
          seq: 2,
          agendaItemId: 'unknown',
          tally: tally(1),
        },
        0,
      ),
    ).toBe('ignored');
  });

  it('returns a new object on every change, so React sees it', () => {
    const room = new RoomState(MEETING);
    room.applySnapshot(snapshot(0));
    const before = room.current;
    room.apply('room:presence', { meetingId: MEETING, seq: 1, participants: [person('a')] }, 0);
    expect(room.current).not.toBe(before);
    expect(before?.participants).toEqual([]);
  });

  it('after a failed resync, applies what was held back', () => {
    const room = new RoomState(MEETING);
    room.applySnapshot(snapshot(0));
    room.beginSync();
    room.apply('room:presence', { meetingId: MEETING, seq: 1, participants: [person('a')] }, 0);
    expect(room.current?.participants).toEqual([]);
    room.abortSync();
    expect(room.current?.participants.map((p) => p.userId)).toEqual(['a']);
  });
});
