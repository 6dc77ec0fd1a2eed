// One person's connection to a meeting's live room: the Socket.IO client, the room state
// (snapshot + sequenced broadcasts), resync on a gap or an unrecovered reconnection, token
// refresh, and the shared notes (one Y.Doc per agenda item). No React here: the hooks
// subscribe to it with useSyncExternalStore.
import {
  LIVE_NAMESPACE,
  NOTES_TEXT_NAME,
  ROOM_EVENTS,
  type ClientToServerEvents,
  type LiveAck,
  type LiveError,
  type RoomEventName,
  type RoomSnapshot,
  type ServerToClientEvents,
} from '@consilium/contracts';
import { io, type Socket } from 'socket.io-client';
import * as Y from 'yjs';

import { RoomState, type RoomEventPayload } from './room-state';

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type LiveEventName = keyof ClientToServerEvents;
export type LivePayload<E extends LiveEventName> = Parameters<ClientToServerEvents[E]>[0];
export type LiveAckOf<E extends LiveEventName> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/** Where the access token comes from: the app's Session. */
export interface TokenSource {
  getAccessToken(): string | null;
  /** Resolves true when a fresh access token is available. */
  refresh(): Promise<boolean>;
}

export type ConnectionStatus =
  /** First connection and join under way. */
  | 'connecting'
  | 'live'
  /** The connection dropped; Socket.IO is reconnecting. */
  | 'reconnecting'
  /** Joining was refused or the session ended: `problem` says why. */
  | 'failed';

export type LiveProblem =
  | { kind: 'session-ended' }
  | { kind: 'access-revoked' }
  | { kind: 'refused'; error: LiveError }
  | { kind: 'unreachable' };

export interface LiveConnectionSnapshot {
  status: ConnectionStatus;
  room: RoomSnapshot | null;
  problem: LiveProblem | null;
  /** How many times the board was brought up to date from a fresh snapshot after joining. */
  resyncs: number;
}

const ACK_TIMEOUT_MS = 8_000;
const GAP_CHECK_INTERVAL_MS = 150;

export class LiveConnection {
  private readonly socket: LiveSocket;
  private readonly room: RoomState;
  private readonly docs = new Map<string, Y.Doc>();
  private readonly listeners = new Set<() => void>();
  private snapshot: LiveConnectionSnapshot = {
    status: 'connecting',
    room: null,
    problem: null,
    resyncs: 0,
  };
  private resyncing: Promise<void> | null = null;
  private joined = false;
  private retriedAuth = false;
  private stopped = false;
  private gapTimer: ReturnType<typeof setInterval> | null = null;

  constructor(
    readonly meetingId: string,
    private readonly tokens: TokenSource,
    options: { url?: string; createSocket?: typeof io } = {},
  ) {
    this.room = new RoomState(meetingId);
    const createSocket = options.createSocket ?? io;
    this.socket = createSocket(`${options.url ?? ''}${LIVE_NAMESPACE}`, {
      autoConnect: false,
      transports: ['websocket'],
      // A function, so every reconnection sends the token the session holds now.
      auth: (callback) => callback({ token: this.tokens.getAccessToken() ?? '' }),
      reconnectionDelay: 500,
      reconnectionDelayMax: 5_000,
    });
    for (const name of ROOM_EVENTS) {
      this.socket.on(name, ((event: RoomEventPayload<RoomEventName>) => this.onRoomEvent(name, event)) as never);
    }
    this.socket.on('connect', () => this.onConnect());
    this.socket.on('disconnect', (reason) => {
      if (this.stopped || reason === 'io client disconnect') return;
      if (this.snapshot.status !== 'failed') this.update({ status: 'reconnecting' });
    });
    this.socket.on('connect_error', (error: Error & { data?: { code?: string } }) => void this.onConnectError(error));
    this.socket.on('session:ended', ({ reason }) => {
      this.update({
        status: 'failed',
        problem: {
          kind: reason === 'ACCESS_REVOKED' ? 'access-revoked' : 'session-ended',
        },
      });
    });
  }

  // --- for React ---------------------------------------------------------------------------

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LiveConnectionSnapshot => this.snapshot;

  // --- lifecycle ---------------------------------------------------------------------------

  /** Connects and joins; after stop(), start() joins again. */
  start(): void {
    this.stopped = false;
    this.joined = false;
    this.socket.connect();
    this.gapTimer = setInterval(() => {
      if (this.joined && this.room.needsResync(Date.now())) void this.resync('room:snapshot');
    }, GAP_CHECK_INTERVAL_MS);
  }

  stop(): void {
    this.stopped = true;
    if (this.gapTimer) clearInterval(this.gapTimer);
    if (this.socket.connected) this.socket.emit('room:leave', { meetingId: this.meetingId }, () => undefined);
    this.socket.disconnect();
  }

  /** Try again after a failure (e.g. the server was unreachable). */
  retry(): void {
    this.update({ status: 'connecting', problem: null });
    if (this.socket.connected) void this.resync('room:join');
    else this.socket.connect();
  }

  // --- sending -----------------------------------------------------------------------------

  /**
   * Sends an event and waits for its acknowledgement. An expired access token is refreshed
   * (then `session:renew`) and the same payload — same event id, so it acts once — sent again.
   */
  async send<E extends LiveEventName>(event: E, payload: LivePayload<E>): Promise<LiveAckOf<E>> {
    const ack = await this.emit(event, payload);
    if (ack.ok || ack.error.code !== 'UNAUTHENTICATED' || event === 'session:renew') return ack;
    if (!(await this.renewToken())) {
      this.update({ status: 'failed', problem: { kind: 'session-ended' } });
      return ack;
    }
    return this.emit(event, payload);
  }

  // --- notes -------------------------------------------------------------------------------

  /** The shared notes of an agenda item; fetched from the server the first time. */
  notesDoc(agendaItemId: string): Y.Doc {
    let doc = this.docs.get(agendaItemId);
    if (doc) return doc;
    doc = new Y.Doc();
    this.docs.set(agendaItemId, doc);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      void this.send('notes:update', {
        meetingId: this.meetingId,
        eventId: newEventId(),
        agendaItemId,
        update: toBase64(update),
      });
    });
    if (this.joined) void this.syncNotes(agendaItemId);
    return doc;
  }

  notesText(agendaItemId: string): Y.Text {
    return this.notesDoc(agendaItemId).getText(NOTES_TEXT_NAME);
  }

  // --- internals ---------------------------------------------------------------------------

  private emit<E extends LiveEventName>(event: E, payload: LivePayload<E>): Promise<LiveAckOf<E>> {
    // socket.io's typed emitWithAck cannot follow a generic event name.
    const emitter = this.socket.timeout(ACK_TIMEOUT_MS) as unknown as {
      emitWithAck(name: string, body: unknown): Promise<LiveAck<unknown>>;
    };
    return emitter.emitWithAck(event, payload).then(
      (ack) => ack as LiveAckOf<E>,
      () =>
        ({
          ok: false,
          error: {
            code: 'INTERNAL_SERVER_ERROR',
            reason: 'NO_ANSWER',
            message: 'The server did not answer in time.',
          },
        }) as LiveAckOf<E>,
    );
  }

  private async renewToken(): Promise<boolean> {
    if (!(await this.tokens.refresh())) return false;
    const token = this.tokens.getAccessToken();
    if (!token) return false;
    const ack = await this.emit('session:renew', { token });
    return ack.ok;
  }

  private onConnect(): void {
    this.retriedAuth = false;
    if (this.socket.recovered && this.joined) {
      // The server replayed what we missed and put us back in the room.
      this.update({ status: 'live', problem: null });
      return;
    }
    void this.resync('room:join');
  }

  private async onConnectError(error: Error & { data?: { code?: string } }): Promise<void> {
    if (this.stopped) return;
    if (error.data?.code === 'UNAUTHENTICATED') {
      // Refused by the server (not the network): a fresh token, then connect again by hand —
      // once; a second refusal right after a refresh means the session is gone.
      if (!this.retriedAuth && (await this.tokens.refresh())) {
        this.retriedAuth = true;
        this.socket.connect();
        return;
      }
      this.update({ status: 'failed', problem: { kind: 'session-ended' } });
      return;
    }
    // A network failure: Socket.IO keeps trying on its own.
    this.update({ status: this.joined ? 'reconnecting' : 'connecting' });
  }

  /** Joins (or re-joins) the room, or asks for a snapshot, and replaces the board with it. */
  private resync(event: 'room:join' | 'room:snapshot'): Promise<void> {
    if (this.resyncing) return this.resyncing;
    this.room.beginSync();
    this.resyncing = (async () => {
      try {
        const ack = await this.send(event, { meetingId: this.meetingId });
        if (this.stopped) return;
        if (!ack.ok) {
          this.room.abortSync();
          if (ack.error.reason === 'NO_ANSWER') {
            if (!this.joined)
              this.update({
                status: 'failed',
                problem: { kind: 'unreachable' },
              });
            return;
          }
          if (this.snapshot.status !== 'failed')
            this.update({
              status: 'failed',
              problem: { kind: 'refused', error: ack.error },
            });
          return;
        }
        const wasJoined = this.joined;
        this.joined = true;
        this.room.applySnapshot(ack.data);
        this.update({
          status: 'live',
          problem: null,
          room: this.room.current,
          resyncs: this.snapshot.resyncs + (wasJoined ? 1 : 0),
        });
        for (const agendaItemId of this.docs.keys()) void this.syncNotes(agendaItemId);
      } finally {
        this.resyncing = null;
      }
    })();
    return this.resyncing;
  }

  /** Merges the stored notes in, then sends whatever this copy has that the server lacks. */
  private async syncNotes(agendaItemId: string): Promise<void> {
    const ack = await this.send('notes:sync', {
      meetingId: this.meetingId,
      agendaItemId,
    });
    const doc = this.docs.get(agendaItemId);
    if (!ack.ok || !doc) return;
    const serverState = fromBase64(ack.data.state);
    Y.applyUpdate(doc, serverState, 'remote');
    const missing = Y.encodeStateAsUpdate(doc, Y.encodeStateVectorFromUpdate(serverState));
    if (hasContent(missing)) {
      void this.send('notes:update', {
        meetingId: this.meetingId,
        eventId: newEventId(),
        agendaItemId,
        update: toBase64(missing),
      });
    }
  }

  private onRoomEvent(name: RoomEventName, event: RoomEventPayload<RoomEventName>): void {
    if (event.meetingId !== this.meetingId) return;
    if (name === 'notes:update') {
      // Yjs updates commute and repeat harmlessly: always merge.
      const notes = event as RoomEventPayload<'notes:update'>;
      const doc = this.docs.get(notes.agendaItemId);
      if (doc) Y.applyUpdate(doc, fromBase64(notes.update), 'remote');
    }
    if (this.room.apply(name, event, Date.now()) === 'applied') this.update({ room: this.room.current });
  }

  private update(change: Partial<LiveConnectionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    this.listeners.forEach((listener) => listener());
  }
}

/** An empty Yjs update is two zero bytes (no structs, no deletions). */
function hasContent(update: Uint8Array): boolean {
  return update.length > 2;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A UUID for a client event (crypto.randomUUID needs a secure context; fall back to random bytes). */
export function newEventId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
