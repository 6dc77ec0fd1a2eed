// How the Session exchanges a refresh token: the `refresh` mutation, sent without the
// (possibly expired) access token and never itself refreshed-and-retried.
import type { ApolloClient } from '@apollo/client';

import { RefreshDocument } from '../../gql/graphql';
import type { Refresher } from './session';

export function apolloRefresher(client: ApolloClient): Refresher {
  return async (refreshToken) => {
    const { data } = await client.mutate({
      mutation: RefreshDocument,
      variables: { refreshToken },
      // Tokens never go into the normalised cache.
      fetchPolicy: 'no-cache',
      context: { skipAuthorization: true, skipTokenRefresh: true },
    });
    if (!data) throw new Error('The refresh mutation returned no data.');
    return data.refresh;
  };
}
