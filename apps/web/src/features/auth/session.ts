// The signed-in session, independent of React and Apollo: holds the tokens, refreshes them
// (once at a time, however many callers ask), schedules a refresh shortly before the access
// token expires, and tells subscribers when the session starts or ends.
import { toProblem, type Problem } from '../../shared/problem';
import type { RefreshTokenStorage } from './token-storage';

export interface SessionTokens {
  accessToken: string;
  /** ISO-8601 instant, as sent by the server. */
  accessTokenExpiresAt: string;
  refreshToken: string;
}

/** Exchanges a refresh token for new tokens; rejects with the operation's error. */
export type Refresher = (refreshToken: string) => Promise<SessionTokens>;

export type SessionStatus =
  /** A refresh token was found at start-up and is being exchanged. */
  | 'restoring'
  /** Start-up could not complete (server unreachable or failing); the refresh token is kept for a retry. */
  | 'unavailable'
  | 'signed-out'
  | 'signed-in';

/** Why the user is looking at the sign-in page, when it is not the first visit. */
export type SignedOutReason = 'signed-out' | 'expired';

export interface SessionSnapshot {
  status: SessionStatus;
  signedOutReason: SignedOutReason | null;
  /** Set with status 'unavailable': what stopped the session from being restored. */
  problem: Problem | null;
}

export type RefreshResult =
  | { outcome: 'refreshed' }
  /** The server refused the refresh token: the session has ended. */
  | { outcome: 'rejected'; problem: Problem }
  /** The server could not be asked (network, outage): tokens are kept. */
  | { outcome: 'failed'; problem: Problem; error: unknown };

export interface SessionTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Refresh this long before expiry (capped at a quarter of the token's lifetime). */
const REFRESH_LEAD_MS = 60_000;
/**
 * Never schedule proactive refreshes closer together than this. It keeps a client clock
 * that runs ahead of the server from turning into a refresh loop; an access token that
 * expires meanwhile is refreshed on its first UNAUTHENTICATED answer instead.
 */
const MIN_REFRESH_DELAY_MS = 15_000;
/** After a proactive refresh that could not reach the server, try again this much later. */
const RETRY_AFTER_FAILURE_MS = 15_000;

const browserTimers: SessionTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Session {
  private accessToken: string | null = null;
  private refresher: Refresher | null = null;
  private inFlight: Promise<RefreshResult> | null = null;
  private timer: unknown = null;
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly endListeners = new Set<() => void>();

  constructor(
    private readonly refreshTokens: RefreshTokenStorage,
    private readonly timers: SessionTimers = browserTimers,
  ) {
    this.snapshot = {
      status: refreshTokens.read() ? 'restoring' : 'signed-out',
      signedOutReason: null,
      problem: null,
    };
  }

  /** Wired once at start-up (the refresher needs the Apollo client, which needs us). */
  setRefresher(refresher: Refresher): void {
    this.refresher = refresher;
  }

  // --- read side -----------------------------------------------------------------------

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionSnapshot => this.snapshot;

  getAccessToken(): string | null {
    return this.accessToken;
  }

  getRefreshToken(): string | null {
    return this.refreshTokens.read();
  }

  /** Called after the session ends, e.g. to empty the Apollo cache of the last user's data. */
  onEnded(listener: () => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  // --- transitions ---------------------------------------------------------------------

  /** At start-up: exchange a stored refresh token for an access token, if there is one. */
  async restore(): Promise<void> {
    if (!this.refreshTokens.read()) {
      this.setSnapshot({ status: 'signed-out', signedOutReason: null, problem: null });
      return;
    }
    this.setSnapshot({ status: 'restoring', signedOutReason: null, problem: null });
    const result = await this.refresh();
    if (result.outcome === 'failed') {
      this.setSnapshot({ status: 'unavailable', signedOutReason: null, problem: result.problem });
    }
    // 'refreshed' and 'rejected' have already moved the status on.
  }

  signIn(tokens: SessionTokens): void {
    this.accessToken = tokens.accessToken;
    this.refreshTokens.write(tokens.refreshToken);
    this.scheduleRefresh(tokens.accessTokenExpiresAt);
    this.setSnapshot({ status: 'signed-in', signedOutReason: null, problem: null });
  }

  /** Forget the tokens on this device (the logout mutation, if any, is the caller's job). */
  end(reason: SignedOutReason): void {
    const wasActive = this.accessToken !== null || this.refreshTokens.read() !== null;
    this.accessToken = null;
    this.refreshTokens.clear();
    this.cancelScheduledRefresh();
    this.setSnapshot({ status: 'signed-out', signedOutReason: reason, problem: null });
    if (wasActive) this.endListeners.forEach((listener) => listener());
  }

  /**
   * Exchange the refresh token for new tokens. Single-flight: while one refresh is under
   * way, every caller receives the same promise, so the refresh token (which the server
   * rotates) is used exactly once.
   */
  refresh(): Promise<RefreshResult> {
    if (this.inFlight) return this.inFlight;
    const refreshToken = this.refreshTokens.read();
    if (!refreshToken || !this.refresher) {
      this.end('expired');
      return Promise.resolve({ outcome: 'rejected', problem: { kind: 'unauthenticated' } });
    }
    this.inFlight = this.refresher(refreshToken)
      .then(
        (tokens): RefreshResult => {
          this.signIn(tokens);
          return { outcome: 'refreshed' };
        },
        (error: unknown): RefreshResult => {
          const problem = toProblem(error);
          if (problem.kind === 'unreachable' || problem.kind === 'internal') {
            return { outcome: 'failed', problem, error };
          }
          this.end('expired');
          return { outcome: 'rejected', problem };
        },
      )
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }

  // --- internals -----------------------------------------------------------------------

  private scheduleRefresh(expiresAtIso: string): void {
    this.cancelScheduledRefresh();
    const expiresAt = Date.parse(expiresAtIso);
    if (Number.isNaN(expiresAt)) return; // only the reactive refresh then
    const lifetime = expiresAt - this.timers.now();
    const lead = Math.min(REFRESH_LEAD_MS, Math.max(0, lifetime) / 4);
    this.schedule(Math.max(MIN_REFRESH_DELAY_MS, lifetime - lead));
  }

  private schedule(delay: number): void {
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.refresh().then((result) => {
        if (result.outcome === 'failed' && this.snapshot.status === 'signed-in') {
          this.schedule(RETRY_AFTER_FAILURE_MS);
        }
      });
    }, delay);
  }

  private cancelScheduledRefresh(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private setSnapshot(next: SessionSnapshot): void {
    const current = this.snapshot;
    if (
      next.status === current.status &&
      next.signedOutReason === current.signedOutReason &&
      next.problem === current.problem
    ) {
      return;
    }
    this.snapshot = next;
    this.listeners.forEach((listener) => listener());
  }
}
