import type { LiveAck, RoomSnapshot } from '@consilium/contracts';
import type { io } from 'socket.io-client';

import { LiveConnection } from './live-connection';

const MEETING = '5b0f3c9e-0000-4000-8000-000000000001';

function snapshot(seq: number, hands: RoomSnapshot['hands'] = []): RoomSnapshot {
  return {
    meetingId: MEETING,
    seq,
    meetingStatus: 'LIVE',
    chairId: null,
    participants: [],
    currentCase: null,
    timer: { agendaItemId: null, allocatedSeconds: 0, running: false, startedAt: null, elapsedMs: 0 },
    hands,
    agenda: [],
  };
}

/** Just enough of a Socket.IO client socket: handlers, acknowledged emits answered by the test. */
class FakeSocket {
  readonly handlers = new Map<string, ((...args: unknown[]) => void)[]>();
  readonly sent: { event: string; payload: unknown }[] = [];
  recovered = false;
  connected = false;
  auth: unknown;
  answer: (event: string, payload: unknown) => LiveAck<unknown> = () => ({ ok: true, data: {} });

  on(event: string, handler: (...args: unknown[]) => void): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  fire(event: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }
  connect(): void {
    this.connected = true;
    this.fire('connect');
  }
  disconnect(): void {
    this.connected = false;
  }
  emit(): void {}
  timeout() {
    return {
      emitWithAck: (event: string, payload: unknown) => {
        this.sent.push({ event, payload });
        return Promise.resolve(this.answer(event, payload));
      },
    };
  }
}

function connect(socket: FakeSocket, refresh: () => Promise<boolean> = () => Promise.resolve(true)) {
  const connection = new LiveConnection(
    MEETING,
    { getAccessToken: () => 'token', refresh },
    { createSocket: (() => socket) as unknown as typeof io },
  );
  return connection;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LiveConnection', () => {
  afterEach(() => jest.useRealTimers());

  it('joins on connect and shows the snapshot', async () => {
    const socket = new FakeSocket();
    socket.answer = (event) => ({ ok: true, data: event === 'room:join' ? snapshot(3) : {} });
    const connection = connect(socket);
    connection.start();
    await settle();
    expect(socket.sent.map((s) => s.event)).toEqual(['room:join']);
    expect(connection.getSnapshot()).toMatchObject({ status: 'live', room: { seq: 3 } });
    connection.stop();
  });

  it('asks for a snapshot when a sequence gap outlives the reorder window', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    const socket = new FakeSocket();
    const hand = { userId: 'u', displayName: 'Dr U', raisedAt: '2026-11-30T10:00:00.000Z' };
    socket.answer = (event) => ({ ok: true, data: event === 'room:snapshot' ? snapshot(6, [hand]) : snapshot(3) });
    const connection = connect(socket);
    connection.start();
    await jest.advanceTimersByTimeAsync(0);

    // 4 and 5 never arrive.
    socket.fire('room:hands', { meetingId: MEETING, seq: 6, hands: [hand] });
    await jest.advanceTimersByTimeAsync(200);
    expect(socket.sent.map((s) => s.event)).toEqual(['room:join']);
    await jest.advanceTimersByTimeAsync(400);
    expect(socket.sent.map((s) => s.event)).toEqual(['room:join', 'room:snapshot']);
    expect(connection.getSnapshot()).toMatchObject({ status: 'live', resyncs: 1, room: { seq: 6, hands: [hand] } });
    connection.stop();
  });

  it('shows "reconnecting" on a dropped connection and rejoins when it is not recovered', async () => {
    const socket = new FakeSocket();
    socket.answer = () => ({ ok: true, data: snapshot(socket.sent.length) });
    const connection = connect(socket);
    connection.start();
    await settle();
    socket.fire('disconnect', 'transport close');
    expect(connection.getSnapshot().status).toBe('reconnecting');

    socket.recovered = false;
    socket.fire('connect');
    await settle();
    expect(socket.sent.map((s) => s.event)).toEqual(['room:join', 'room:join']);
    expect(connection.getSnapshot()).toMatchObject({ status: 'live', resyncs: 1 });

    // A recovered connection got the missed broadcasts from the server: no snapshot needed.
    socket.fire('disconnect', 'transport close');
    socket.recovered = true;
    socket.fire('connect');
    await settle();
    expect(socket.sent).toHaveLength(2);
    expect(connection.getSnapshot().status).toBe('live');
    connection.stop();
  });

  it('refreshes an expired token, renews it on the socket and sends the same event again', async () => {
    const socket = new FakeSocket();
    let expired = true;
    socket.answer = (event) => {
      if (event === 'room:join') return { ok: true, data: snapshot(1) };
      if (event === 'session:renew') {
        expired = false;
        return { ok: true, data: { renewed: true } };
      }
      return expired
        ? { ok: false, error: { code: 'UNAUTHENTICATED' as never, reason: 'TOKEN_EXPIRED', message: 'expired' } }
        : { ok: true, data: { seq: 2, hands: [] } };
    };
    const refresh = jest.fn(() => Promise.resolve(true));
    const connection = connect(socket, refresh);
    connection.start();
    await settle();
    const ack = await connection.send('hand:raise', { meetingId: MEETING, eventId: 'e1' });
    expect(ack.ok).toBe(true);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(socket.sent.map((s) => s.event)).toEqual(['room:join', 'hand:raise', 'session:renew', 'hand:raise']);
    expect(socket.sent[1]?.payload).toEqual(socket.sent[3]?.payload);
    connection.stop();
  });

  it('says the session ended when the token cannot be refreshed', async () => {
    const socket = new FakeSocket();
    socket.connect = () => undefined; // the server refuses the handshake
    const connection = connect(socket, () => Promise.resolve(false));
    connection.start();
    socket.fire('connect_error', Object.assign(new Error('refused'), { data: { code: 'UNAUTHENTICATED' } }));
    await settle();
    expect(connection.getSnapshot()).toMatchObject({ status: 'failed', problem: { kind: 'session-ended' } });
    connection.stop();
  });
});
