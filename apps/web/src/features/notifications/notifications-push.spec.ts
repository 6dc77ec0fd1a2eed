import type { LiveNotification } from '@consilium/contracts';

import { subscribeToNotifications } from './notifications-push';

type Handler = (...args: unknown[]) => void;

/** Just enough of a Socket.IO client socket to drive the subscription. */
class FakeSocket {
  handlers = new Map<string, Handler[]>();
  connects = 0;
  disconnected = false;
  constructor(readonly options: { auth: (cb: (data: { token: string }) => void) => void }) {}
  on(event: string, handler: Handler) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  off() {
    this.handlers.clear();
    return this;
  }
  connect() {
    this.connects += 1;
    return this;
  }
  disconnect() {
    this.disconnected = true;
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }
  token(): string {
    let token = '';
    this.options.auth((data) => (token = data.token));
    return token;
  }
}

const note: LiveNotification = { id: 'n1', kind: 'FOLLOW_UP_DUE', title: 'Follow-up CT due today', body: 'Due today.', caseId: 'c1', createdAt: '2027-01-25T00:00:00.000Z', readAt: null };

async function start(tokens = { token: 'a1', refreshed: true }) {
  let socket!: FakeSocket;
  const received: LiveNotification[] = [];
  const refresh = jest.fn(async () => {
    tokens.token = 'a2';
    return tokens.refreshed;
  });
  const stop = await subscribeToNotifications({ getAccessToken: () => tokens.token, refresh }, (n) => received.push(n), async () =>
    ((url: string, options: ConstructorParameters<typeof FakeSocket>[0]) => {
      expect(url).toBe('/live');
      socket = new FakeSocket(options);
      return socket;
    }) as never,
  );
  return { socket, received, refresh, stop };
}

describe('subscribeToNotifications', () => {
  it('passes each pushed notification on, with the session’s current token', async () => {
    const { socket, received } = await start();
    expect(socket.token()).toBe('a1');
    socket.emit('notification:new', note);
    expect(received).toEqual([note]);
  });

  it('refreshes an expired token once and connects again; other refusals are left alone', async () => {
    const { socket, refresh } = await start();
    socket.emit('connect_error', Object.assign(new Error('refused'), { data: { code: 'FORBIDDEN' } }));
    expect(refresh).not.toHaveBeenCalled();
    socket.emit('connect_error', Object.assign(new Error('expired'), { data: { code: 'UNAUTHENTICATED' } }));
    socket.emit('connect_error', Object.assign(new Error('expired'), { data: { code: 'UNAUTHENTICATED' } }));
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(socket.connects).toBe(1);
    expect(socket.token()).toBe('a2');
  });

  it('does not reconnect when the session cannot be refreshed, and stops cleanly', async () => {
    const { socket, refresh, stop, received } = await start({ token: 'a1', refreshed: false });
    socket.emit('connect_error', Object.assign(new Error('expired'), { data: { code: 'UNAUTHENTICATED' } }));
    await new Promise((r) => setTimeout(r, 0));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(socket.connects).toBe(0);
    stop();
    expect(socket.disconnected).toBe(true);
    socket.emit('notification:new', note);
    expect(received).toEqual([]);
  });
});
