import { CombinedGraphQLErrors } from '@apollo/client/errors';

import { Session, type SessionTimers, type SessionTokens } from './session';
import { memoryRefreshTokens } from './token-storage';

const unauthenticated = () =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Invalid refresh token', extensions: { code: 'UNAUTHENTICATED' } }] });

function manualTimers(start = Date.parse('2030-01-01T08:00:00Z')) {
  let now = start;
  let pending: { at: number; callback: () => void; id: number }[] = [];
  let nextId = 1;
  const timers: SessionTimers = {
    now: () => now,
    setTimeout: (callback, ms) => {
      const id = nextId++;
      pending.push({ at: now + ms, callback, id });
      return id;
    },
    clearTimeout: (id) => {
      pending = pending.filter((timer) => timer.id !== id);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = pending.filter((timer) => timer.at <= now);
    pending = pending.filter((timer) => timer.at > now);
    due.forEach((timer) => timer.callback());
  };
  return { timers, advance, nextDueIn: () => Math.min(...pending.map((t) => t.at - now)) };
}

function tokens(n: number, expiresAt: string): SessionTokens {
  return { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, accessTokenExpiresAt: expiresAt };
}

describe('Session', () => {
  it('refreshes once for any number of concurrent callers, using the refresh token once', async () => {
    const clock = manualTimers();
    const storage = memoryRefreshTokens();
    const session = new Session(storage, clock.timers);
    const used: string[] = [];
    let resolve: (value: SessionTokens) => void = () => undefined;
    session.setRefresher((refreshToken) => {
      used.push(refreshToken);
      return new Promise((r) => (resolve = r));
    });
    session.signIn(tokens(1, '2030-01-01T08:15:00Z'));

    const results = Promise.all([session.refresh(), session.refresh(), session.refresh()]);
    resolve(tokens(2, '2030-01-01T08:30:00Z'));

    expect((await results).map((r) => r.outcome)).toEqual(['refreshed', 'refreshed', 'refreshed']);
    expect(used).toEqual(['refresh-1']);
    expect(session.getAccessToken()).toBe('access-2');
    expect(storage.read()).toBe('refresh-2');
  });

  it('ends the session and forgets both tokens when the server refuses the refresh token', async () => {
    const clock = manualTimers();
    const storage = memoryRefreshTokens();
    const session = new Session(storage, clock.timers);
    const ended = jest.fn();
    session.onEnded(ended);
    session.setRefresher(() => Promise.reject(unauthenticated()));
    session.signIn(tokens(1, '2030-01-01T08:15:00Z'));

    const result = await session.refresh();

    expect(result.outcome).toBe('rejected');
    expect(session.getSnapshot()).toMatchObject({ status: 'signed-out', signedOutReason: 'expired' });
    expect(session.getAccessToken()).toBeNull();
    expect(storage.read()).toBeNull();
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('keeps the tokens when the server cannot be reached', async () => {
    const clock = manualTimers();
    const storage = memoryRefreshTokens();
    const session = new Session(storage, clock.timers);
    session.setRefresher(() => Promise.reject(new TypeError('Failed to fetch')));
    session.signIn(tokens(1, '2030-01-01T08:15:00Z'));

    const result = await session.refresh();

    expect(result).toMatchObject({ outcome: 'failed', problem: { kind: 'unreachable' } });
    expect(session.getSnapshot().status).toBe('signed-in');
    expect(storage.read()).toBe('refresh-1');
  });

  it('refreshes proactively one minute before a 15-minute access token expires', async () => {
    const clock = manualTimers();
    const session = new Session(memoryRefreshTokens(), clock.timers);
    const refresher = jest.fn(() => Promise.resolve(tokens(2, '2030-01-01T08:30:00Z')));
    session.setRefresher(refresher);
    session.signIn(tokens(1, '2030-01-01T08:15:00Z'));

    expect(clock.nextDueIn()).toBe(14 * 60_000);
    clock.advance(14 * 60_000 - 1);
    expect(refresher).not.toHaveBeenCalled();
    clock.advance(1);
    expect(refresher).toHaveBeenCalledWith('refresh-1');
    await Promise.resolve();
    await Promise.resolve();
    expect(session.getAccessToken()).toBe('access-2');
  });

  it('does not loop when the client clock is ahead of the server (expiry already "past")', () => {
    const clock = manualTimers(Date.parse('2030-01-01T09:00:00Z'));
    const session = new Session(memoryRefreshTokens(), clock.timers);
    session.setRefresher(() => Promise.resolve(tokens(2, '2030-01-01T08:30:00Z')));
    session.signIn(tokens(1, '2030-01-01T08:15:00Z'));
    expect(clock.nextDueIn()).toBe(15_000);
  });

  it('restores a stored session at start-up, or reports the server unreachable and keeps it', async () => {
    const storage = memoryRefreshTokens();
    storage.write('refresh-0');
    const session = new Session(storage, manualTimers().timers);
    expect(session.getSnapshot().status).toBe('restoring');

    session.setRefresher(() => Promise.reject(new TypeError('Failed to fetch')));
    await session.restore();
    expect(session.getSnapshot()).toMatchObject({ status: 'unavailable', problem: { kind: 'unreachable' } });
    expect(storage.read()).toBe('refresh-0');

    session.setRefresher(() => Promise.resolve(tokens(1, '2030-01-01T08:15:00Z')));
    await session.restore();
    expect(session.getSnapshot().status).toBe('signed-in');
  });
});
