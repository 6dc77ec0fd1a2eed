// The live room as this client knows it: a snapshot, then sequenced broadcasts on top.
// Pure (no socket, no React) so the rules can be unit-tested: duplicates and older slices are
// ignored, a gap that outlives the reorder window asks for a resync, and a snapshot restarts
// everything at its `seq` (docs/live.md, "Delivery guarantees").
import {
  RoomSequence,
  SliceVersions,
  type RoomEventName,
  type RoomSnapshot,
  type ServerToClientEvents,
} from '@consilium/contracts';

/** Missing sequence numbers are tolerated this long (broadcasts from two api processes may cross). */
export const REORDER_WINDOW_MS = 400;

export type RoomEventPayload<E extends RoomEventName> = Parameters<ServerToClientEvents[E]>[0];

export type ApplyResult = 'applied' | 'ignored' | 'buffered';

export class RoomState {
  private snapshot: RoomSnapshot | null = null;
  private sequence = new RoomSequence(0);
  private slices = new SliceVersions();
  private syncing = false;
  private buffered: [RoomEventName, RoomEventPayload<RoomEventName>][] = [];

  constructor(readonly meetingId: string) {}

  /** The room now, or null before the first snapshot. A new object after every change. */
  get current(): RoomSnapshot | null {
    return this.snapshot;
  }

  get isSyncing(): boolean {
    return this.syncing;
  }

  /** A resync is starting: broadcasts are held back until its snapshot arrives. */
  beginSync(): void {
    this.syncing = true;
  }

  /** The resync failed: go on with what we had (held-back broadcasts are applied). */
  abortSync(): void {
    this.syncing = false;
    this.flush();
  }

  /** Replaces everything with a snapshot, then applies the broadcasts that came in meanwhile. */
  applySnapshot(snapshot: RoomSnapshot): void {
    this.snapshot = structuredClone(snapshot);
    this.sequence.reset(snapshot.seq);
    this.slices.resetAll(snapshot.seq);
    this.syncing = false;
    this.flush();
  }

  /** True when a sequence number has been missing for longer than the reorder window. */
  needsResync(now: number): boolean {
    return this.snapshot !== null && !this.syncing && this.sequence.gapOverdue(now, REORDER_WINDOW_MS);
  }

  /** Applies one room broadcast (Yjs notes updates are the caller's: they always merge). */
  apply<E extends RoomEventName>(name: E, event: RoomEventPayload<E>, now: number): ApplyResult {
    if (event.meetingId !== this.meetingId) return 'ignored';
    if (!this.snapshot || this.syncing) {
      this.buffered.push([name, event]);
      return 'buffered';
    }
    if (this.sequence.observe(event.seq, now) === 'duplicate') return 'ignored';
    const next = this.reduce(this.snapshot, name, event);
    if (next === this.snapshot) return 'ignored';
    this.snapshot = next;
    return 'applied';
  }

  private flush(): void {
    const held = this.buffered.splice(0);
    for (const [name, event] of held) this.apply(name, event, Date.now());
  }

  private reduce(state: RoomSnapshot, name: RoomEventName, raw: RoomEventPayload<RoomEventName>): RoomSnapshot {
    const seq = raw.seq;
    const withItem = (
      agendaItemId: string,
      slice: string,
      change: (entry: RoomSnapshot['agenda'][number]) => RoomSnapshot['agenda'][number],
    ) => {
      if (!state.agenda.some((entry) => entry.agendaItemId === agendaItemId)) return state;
      if (!this.slices.accept(`${slice}:${agendaItemId}`, seq)) return state;
      return {
        ...state,
        agenda: state.agenda.map((entry) => (entry.agendaItemId === agendaItemId ? change(entry) : entry)),
      };
    };
    switch (name) {
      case 'room:presence': {
        const event = raw as RoomEventPayload<'room:presence'>;
        return this.slices.accept('presence', seq) ? { ...state, participants: event.participants } : state;
      }
      case 'room:case': {
        const event = raw as RoomEventPayload<'room:case'>;
        let next = state;
        if (this.slices.accept('case', seq)) next = { ...next, currentCase: event.currentCase };
        if (this.slices.accept('timer', seq)) next = { ...next, timer: event.timer };
        return next;
      }
      case 'room:timer': {
        const event = raw as RoomEventPayload<'room:timer'>;
        return this.slices.accept('timer', seq) ? { ...state, timer: event.timer } : state;
      }
      case 'room:hands': {
        const event = raw as RoomEventPayload<'room:hands'>;
        return this.slices.accept('hands', seq) ? { ...state, hands: event.hands } : state;
      }
      case 'agenda:item': {
        const event = raw as RoomEventPayload<'agenda:item'>;
        return withItem(event.agendaItemId, 'status', (entry) => ({
          ...entry,
          status: event.status,
        }));
      }
      case 'decision:updated': {
        const event = raw as RoomEventPayload<'decision:updated'>;
        return withItem(event.agendaItemId, 'decision', (entry) => ({
          ...entry,
          decision: event.decision,
        }));
      }
      case 'vote:tally': {
        const event = raw as RoomEventPayload<'vote:tally'>;
        return withItem(event.agendaItemId, 'tally', (entry) => ({
          ...entry,
          tally: event.tally,
        }));
      }
      case 'notes:update':
        return state;
    }
  }
}
