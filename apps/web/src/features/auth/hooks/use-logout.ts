import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { LogoutDocument } from '../../../gql/graphql';
import { useSession } from './use-session';

/** Revokes the refresh token on the server, then forgets both tokens on this device. */
export function useLogout(): { logout: () => Promise<void>; signingOut: boolean } {
  const session = useSession();
  const [mutate, { loading }] = useMutation(LogoutDocument, {
    fetchPolicy: 'no-cache',
    context: { skipTokenRefresh: true },
  });

  const logout = useCallback(async () => {
    const refreshToken = session.getRefreshToken();
    try {
      if (refreshToken) await mutate({ variables: { refreshToken } });
    } catch {
      // Signing out must always work on this device, even when the server cannot be
      // reached; the refresh token then simply expires on the server.
    } finally {
      session.end('signed-out');
    }
  }, [mutate, session]);

  return { logout, signingOut: loading };
}
