// A scripted participant of the live room: a real socket.io-client that keeps the room's state
// the way the web app does — snapshot, then sequenced broadcasts, gap detection, resync on a
// gap or on a reconnection that could not be recovered — so a test can compare it with the server.
import { randomUUID } from 'node:crypto';
import { io, Socket } from 'socket.io-client';
import * as Y from 'yjs';
import {
  ClientToServerEvents,
  LIVE_NAMESPACE,
  LiveAck,
  LiveNotification,
  NOTES_TEXT_NAME,
  RoomSequence,
  RoomSnapshot,
  ServerToClientEvents,
  SliceVersions,
} from '@consilium/contracts';

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type AckData<E extends keyof ClientToServerEvents> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];
type Payload<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[0];

const REORDER_WINDOW_MS = 400;

export class ConnectRefused extends Error {
  constructor(readonly data: { code?: string; reason?: string } | undefined) {
    super(`connection refused: ${data?.code ?? 'unknown'} ${data?.reason ?? ''}`);
  }
}

export class LiveClient {
  state: RoomSnapshot | null = null;
  readonly notifications: LiveNotification[] = [];
  endedReason: string | null = null;
  /** How often this client had to fall back to a snapshot after it had joined. */
  resyncs = 0;
  recoveredConnections = 0;
  private meetingId: string | null = null;
  private sequence = new RoomSequence(0);
  private slices = new SliceVersions();
  private readonly docs = new Map<string, Y.Doc>();
  private syncing: Promise<void> | null = null;
  private buffered: [string, { meetingId: string; seq: number }][] = [];
  private readonly gapTimer: NodeJS.Timeout;

  private constructor(
    readonly name: string,
    readonly socket: LiveSocket,
  ) {
    for (const event of ['room:presence', 'room:case', 'room:timer', 'agenda:item', 'room:hands', 'notes:update', 'decision:updated', 'vote:tally'] as const) {
      socket.on(event, (payload: { meetingId: string; seq: number }) => this.onRoomEvent(event, payload));
    }
    socket.on('notification:new', (notification) => this.notifications.push(notification));
    socket.on('session:ended', ({ reason }) => (this.endedReason = reason));
    socket.on('connect', () => {
      if (!this.meetingId || !this.state) return;
      if (socket.recovered) this.recoveredConnections += 1;
      else void this.resync('rejoin');
    });
    this.gapTimer = setInterval(() => {
      if (this.state && !this.syncing && this.sequence.gapOverdue(Date.now(), REORDER_WINDOW_MS)) void this.resync('snapshot');
    }, 100);
    this.gapTimer.unref();
  }

  static connect(name: string, url: string, token: string | undefined, options: { reconnection?: boolean } = {}): Promise<LiveClient> {
    const socket: LiveSocket = io(`${url}${LIVE_NAMESPACE}`, {
      auth: token === undefined ? {} : { token },
      transports: ['websocket'],
      reconnection: options.reconnection ?? true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
      forceNew: true,
    });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(new LiveClient(name, socket)));
      socket.once('connect_error', (error: Error & { data?: { code?: string; reason?: string } }) => {
        socket.close();
        reject(new ConnectRefused(error.data));
      });
    });
  }

  /** Sends an event and waits for its acknowledgement; resends the same payload (same event id) on a timeout. */
  async send<E extends keyof ClientToServerEvents>(event: E, payload: Payload<E>, options: { timeoutMs?: number; attempts?: number } = {}): Promise<AckData<E>> {
    const attempts = options.attempts ?? 8;
    for (let attempt = 1; ; attempt++) {
      try {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- socket.io's typed emitWithAck cannot follow a generic event name
        return (await (this.socket.timeout(options.timeoutMs ?? 3_000) as any).emitWithAck(event, payload)) as AckData<E>;
      } catch (error) {
        if (attempt >= attempts) throw error;
      }
    }
  }

  async ok<E extends keyof ClientToServerEvents>(event: E, payload: Payload<E>): Promise<Extract<AckData<E>, { ok: true }>['data']> {
    const ack = (await this.send(event, payload)) as LiveAck<unknown>;
    if (!ack.ok) throw new Error(`${this.name}: ${event} refused: ${ack.error.code} ${ack.error.reason} ${ack.error.message}`);
    return ack.data as Extract<AckData<E>, { ok: true }>['data'];
  }

  async join(meetingId: string): Promise<RoomSnapshot> {
    this.meetingId = meetingId;
    await this.resync('join');
    return this.state!;
  }

  /** Applies an edit to the item's notes locally and sends the resulting Yjs update. */
  async editNotes(agendaItemId: string, edit: (text: Y.Text) => void): Promise<void> {
    const doc = this.doc(agendaItemId);
    let update: Uint8Array | null = null;
    const capture = (u: Uint8Array, origin: unknown) => {
      if (origin === 'local') update = update ? Y.mergeUpdates([update, u]) : u;
    };
    doc.on('update', capture);
    doc.transact(() => edit(doc.getText(NOTES_TEXT_NAME)), 'local');
    doc.off('update', capture);
    if (!update) return;
    await this.ok('notes:update', { meetingId: this.meetingId!, eventId: randomUUID(), agendaItemId, update: Buffer.from(update).toString('base64') });
  }

  notesText(agendaItemId: string): string {
    return this.doc(agendaItemId).getText(NOTES_TEXT_NAME).toString();
  }

  /** Fetches the stored notes of an item and merges them into the local copy. */
  async syncNotes(agendaItemId: string): Promise<void> {
    const { state } = await this.ok('notes:sync', { meetingId: this.meetingId!, agendaItemId });
    Y.applyUpdate(this.doc(agendaItemId), new Uint8Array(Buffer.from(state, 'base64')), 'remote');
  }

  /** The state a person sees, without what legitimately differs between clients. */
  view(): unknown {
    return comparableView(this.state, Object.fromEntries([...this.docs].map(([id, doc]) => [id, doc.getText(NOTES_TEXT_NAME).toString()])));
  }

  get lastSeq(): number {
    return this.sequence.latest;
  }

  dropConnection(): void {
    // Closes the transport under the socket, as a network failure would; the client reconnects.
    (this.socket.io as unknown as { engine: { close(): void } }).engine.close();
  }

  close(): void {
    clearInterval(this.gapTimer);
    this.socket.close();
    for (const doc of this.docs.values()) doc.destroy();
  }

  private doc(agendaItemId: string): Y.Doc {
    let doc = this.docs.get(agendaItemId);
    if (!doc) {
      doc = new Y.Doc();
      this.docs.set(agendaItemId, doc);
    }
    return doc;
  }

  private resync(kind: 'join' | 'rejoin' | 'snapshot'): Promise<void> {
    if (this.syncing) return this.syncing;
    if (kind !== 'join') this.resyncs += 1;
    this.syncing = (async () => {
      try {
        const event = kind === 'snapshot' ? 'room:snapshot' : 'room:join';
        const snapshot = await this.ok(event, { meetingId: this.meetingId! });
        this.state = structuredClone(snapshot);
        this.sequence.reset(snapshot.seq);
        this.slices.resetAll(snapshot.seq);
        for (const agendaItemId of this.docs.keys()) await this.syncNotes(agendaItemId);
        const buffered = this.buffered.splice(0);
        this.syncing = null;
        for (const [name, payload] of buffered) this.onRoomEvent(name, payload);
      } finally {
        this.syncing = null;
      }
    })();
    return this.syncing;
  }

  private onRoomEvent(name: string, event: { meetingId: string; seq: number } & Record<string, unknown>): void {
    if (event.meetingId !== this.meetingId) return;
    if (!this.state || this.syncing) {
      this.buffered.push([name, event]);
      return;
    }
    if (name === 'notes:update') {
      // Yjs updates commute and repeat harmlessly: always merge.
      Y.applyUpdate(this.doc(event.agendaItemId as string), new Uint8Array(Buffer.from(event.update as string, 'base64')), 'remote');
    }
    if (this.sequence.observe(event.seq, Date.now()) === 'duplicate') return;
    const state = this.state;
    const item = (id: unknown) => state.agenda.find((entry) => entry.agendaItemId === id);
    switch (name) {
      case 'room:presence':
        if (this.slices.accept('presence', event.seq)) state.participants = event.participants as RoomSnapshot['participants'];
        break;
      case 'room:case':
        if (this.slices.accept('case', event.seq)) state.currentCase = event.currentCase as RoomSnapshot['currentCase'];
        if (this.slices.accept('timer', event.seq)) state.timer = event.timer as RoomSnapshot['timer'];
        break;
      case 'room:timer':
        if (this.slices.accept('timer', event.seq)) state.timer = event.timer as RoomSnapshot['timer'];
        break;
      case 'room:hands':
        if (this.slices.accept('hands', event.seq)) state.hands = event.hands as RoomSnapshot['hands'];
        break;
      case 'agenda:item': {
        const entry = item(event.agendaItemId);
        if (entry && this.slices.accept(`status:${entry.agendaItemId}`, event.seq)) entry.status = event.status as string;
        break;
      }
      case 'decision:updated': {
        const entry = item(event.agendaItemId);
        if (entry && this.slices.accept(`decision:${entry.agendaItemId}`, event.seq)) entry.decision = event.decision as RoomSnapshot['agenda'][number]['decision'];
        break;
      }
      case 'vote:tally': {
        const entry = item(event.agendaItemId);
        if (entry && this.slices.accept(`tally:${entry.agendaItemId}`, event.seq)) entry.tally = event.tally as RoomSnapshot['agenda'][number]['tally'];
        break;
      }
    }
  }
}

/** Participants by person and connection count, the case, timer, hands, agenda, decisions, tallies and notes. */
export function comparableView(state: RoomSnapshot | null, notes: Record<string, string>): unknown {
  if (!state) return null;
  return {
    participants: state.participants.map((p) => ({ userId: p.userId, roles: p.roles, chair: p.chair, connections: p.connections })),
    currentCase: state.currentCase,
    timer: state.timer,
    hands: state.hands.map((h) => h.userId),
    agenda: state.agenda.map((entry) => ({
      agendaItemId: entry.agendaItemId,
      status: entry.status,
      decision: entry.decision && { id: entry.decision.id, status: entry.decision.status, version: entry.decision.version, quorate: entry.decision.quorate },
      tally: { ...entry.tally, votes: [...entry.tally.votes].sort((a, b) => a.userId.localeCompare(b.userId)) },
      notes: notes[entry.agendaItemId] ?? '',
    })),
  };
}
