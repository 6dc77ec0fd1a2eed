import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApolloLink } from '@apollo/client/link';
import { parse } from 'graphql';
import { firstValueFrom, Observable } from 'rxjs';

import { bearerTokenLink, refreshOnUnauthenticatedLink } from './auth-links';
import { Session, type SessionTokens } from './session';
import { memoryRefreshTokens } from './token-storage';

const query = parse('query Me { me { id } }');
const ok = { data: { me: { id: 'u1' } } };
const unauthenticated = () =>
  new CombinedGraphQLErrors({ errors: [{ message: 'refresh token revoked', extensions: { code: 'UNAUTHENTICATED' } }] });
const expired = { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] };

/**
 * A real Session (so single-flight is the production code's) whose refresher answers on
 * demand: "refreshed" yields the access token "new".
 */
function fakeSession(outcome: 'refreshed' | 'rejected' | 'failed' = 'refreshed') {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const refresher = jest.fn(async (): Promise<SessionTokens> => {
    await gate;
    if (outcome === 'refreshed') return { accessToken: 'new', refreshToken: 'r2', accessTokenExpiresAt: 'unknown' };
    if (outcome === 'rejected') throw unauthenticated();
    throw new TypeError('Failed to fetch');
  });
  const session = new Session(memoryRefreshTokens());
  session.setRefresher(refresher);
  session.signIn({ accessToken: 'old', refreshToken: 'r1', accessTokenExpiresAt: 'unknown' });
  return { session, release, refresh: refresher };
}

/** A terminating link standing in for the server: UNAUTHENTICATED unless the token is "new". */
function server(seen: string[]) {
  return new ApolloLink((operation) => {
    const headers = operation.getContext()['headers'] as Record<string, string> | undefined;
    const auth = headers?.['authorization'] ?? '';
    seen.push(auth);
    return new Observable((observer) => {
      observer.next(auth === 'Bearer new' ? ok : expired);
      observer.complete();
    });
  });
}

function run(link: ApolloLink, context: Record<string, unknown> = {}) {
  const client = {} as Parameters<typeof ApolloLink.execute>[2]['client'];
  return firstValueFrom(ApolloLink.execute(link, { query, context }, { client }));
}

describe('refreshOnUnauthenticatedLink', () => {
  it('refreshes once for concurrent UNAUTHENTICATED answers and retries each with the new token', async () => {
    const { session, release, refresh } = fakeSession();
    const seen: string[] = [];
    const link = ApolloLink.from([refreshOnUnauthenticatedLink(session), bearerTokenLink(session), server(seen)]);

    const results = Promise.all([run(link), run(link), run(link)]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();

    expect(await results).toEqual([ok, ok, ok]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['Bearer old', 'Bearer old', 'Bearer old', 'Bearer new', 'Bearer new', 'Bearer new']);
  });

  it('passes the UNAUTHENTICATED answer on, and ends the session, when the refresh is refused', async () => {
    const { session, release } = fakeSession('rejected');
    release();
    const link = ApolloLink.from([refreshOnUnauthenticatedLink(session), bearerTokenLink(session), server([])]);
    expect(await run(link)).toEqual(expired);
    expect(session.getSnapshot()).toMatchObject({ status: 'signed-out', signedOutReason: 'expired' });
  });

  it('reports the network failure when the refresh cannot reach the server', async () => {
    const { session, release } = fakeSession('failed');
    release();
    const link = ApolloLink.from([refreshOnUnauthenticatedLink(session), bearerTokenLink(session), server([])]);
    await expect(run(link)).rejects.toThrow('Failed to fetch');
  });

  it('never refreshes for operations marked skipTokenRefresh (login, refresh, logout)', async () => {
    const { session, refresh } = fakeSession();
    const link = ApolloLink.from([refreshOnUnauthenticatedLink(session), bearerTokenLink(session), server([])]);
    expect(await run(link, { skipTokenRefresh: true })).toEqual(expired);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('sends no Authorization header when skipAuthorization is set', async () => {
    const { session } = fakeSession();
    const seen: string[] = [];
    const link = ApolloLink.from([bearerTokenLink(session), server(seen)]);
    await run(link, { skipAuthorization: true });
    expect(seen).toEqual(['']);
  });
});
