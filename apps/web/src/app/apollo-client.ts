// The one Apollo Client of the app: refresh-on-UNAUTHENTICATED → bearer token → HTTP.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';

import { bearerTokenLink, refreshOnUnauthenticatedLink } from '../features/auth/auth-links';
import type { Session } from '../features/auth/session';

/** A request that has had no answer after this long is reported as "cannot reach the server". */
const REQUEST_TIMEOUT_MS = 30_000;

export function createApolloClient(session: Session): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', fetch: fetchWithTimeout });
  return new ApolloClient({
    link: ApolloLink.from([refreshOnUnauthenticatedLink(session), bearerTokenLink(session), http]),
    cache: new InMemoryCache(),
  });
}

function fetchWithTimeout(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  // Older browsers without AbortSignal.timeout/any simply wait for the browser's own timeout.
  if (typeof AbortSignal.timeout !== 'function' || typeof AbortSignal.any !== 'function') {
    return fetch(input, init);
  }
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  return fetch(input, { ...init, signal });
}
