// Apollo links for authentication:
//  - bearerTokenLink adds `Authorization: Bearer <access token>` to each request;
//  - refreshOnUnauthenticatedLink, when an operation is answered UNAUTHENTICATED and a
//    refresh token exists, refreshes the tokens once (single-flight, via Session.refresh)
//    and retries the operation with the new access token. If the refresh is refused, the
//    session ends and the app returns to the sign-in page.
// Order in the chain: refreshOnUnauthenticatedLink → bearerTokenLink → HttpLink, so a retry
// passes through bearerTokenLink again and picks up the new token.
import { ApolloLink } from '@apollo/client/link';
import { Observable, type Subscription } from 'rxjs';

import { hasErrorCode, isUnauthenticated } from '../../shared/problem';
import type { Session } from './session';

declare module '@apollo/client' {
  interface DefaultContext {
    /** Send no Authorization header (login and refresh carry their own credentials). */
    skipAuthorization?: boolean;
    /** Do not refresh-and-retry on UNAUTHENTICATED (login, refresh, logout). */
    skipTokenRefresh?: boolean;
  }
}

type SessionTokens = Pick<Session, 'getAccessToken'>;
type SessionRefresh = Pick<Session, 'getRefreshToken' | 'refresh'>;

export function bearerTokenLink(session: SessionTokens): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const context = operation.getContext();
    const token = session.getAccessToken();
    if (token && !context.skipAuthorization) {
      const headers = context['headers'] as Record<string, string> | undefined;
      operation.setContext({ headers: { ...headers, authorization: `Bearer ${token}` } });
    }
    return forward(operation);
  });
}

export function refreshOnUnauthenticatedLink(session: SessionRefresh): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (operation.getContext().skipTokenRefresh) return forward(operation);

    return new Observable<ApolloLink.Result>((observer) => {
      let closed = false;
      let retrying = false;
      let retrySubscription: Subscription | undefined;

      // Refresh, then run the operation again; on failure, surface the original failure.
      const refreshThenRetry = (giveUp: () => void) => {
        retrying = true;
        void session.refresh().then((result) => {
          if (closed) return;
          if (result.outcome === 'refreshed') {
            retrySubscription = forward(operation).subscribe(observer);
          } else if (result.outcome === 'failed') {
            // The server could not be reached to refresh: report that, not "signed out".
            observer.error(result.error);
          } else {
            giveUp();
          }
        });
      };

      const canRefresh = () => !retrying && session.getRefreshToken() !== null;

      const firstSubscription = forward(operation).subscribe({
        next: (result) => {
          if (canRefresh() && hasErrorCode(result.errors, 'UNAUTHENTICATED')) {
            refreshThenRetry(() => {
              observer.next(result);
              observer.complete();
            });
            return;
          }
          observer.next(result);
        },
        error: (error: unknown) => {
          if (canRefresh() && isUnauthenticated(error)) {
            refreshThenRetry(() => observer.error(error));
            return;
          }
          observer.error(error);
        },
        complete: () => {
          if (!retrying) observer.complete();
        },
      });

      return () => {
        closed = true;
        firstSubscription.unsubscribe();
        retrySubscription?.unsubscribe();
      };
    });
  });
}
