import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { LoginDocument } from '../../../gql/graphql';
import { toProblem, type Problem } from '../../../shared/problem';
import { useSession } from './use-session';

export type LoginResult = { ok: true } | { ok: false; problem: Problem };

/** Sends the login mutation; on success the session starts and the app leaves the sign-in page. */
export function useLogin(): { login: (email: string, password: string) => Promise<LoginResult>; submitting: boolean } {
  const session = useSession();
  const [mutate, { loading }] = useMutation(LoginDocument, {
    // Tokens never go into the normalised cache; a wrong password is not a reason to refresh.
    fetchPolicy: 'no-cache',
    context: { skipAuthorization: true, skipTokenRefresh: true },
  });

  const login = useCallback(
    async (email: string, password: string): Promise<LoginResult> => {
      try {
        const { data } = await mutate({ variables: { email, password } });
        if (!data) return { ok: false, problem: { kind: 'unexpected' } };
        session.signIn(data.login);
        return { ok: true };
      } catch (error) {
        return { ok: false, problem: toProblem(error) };
      }
    },
    [mutate, session],
  );

  return { login, submitting: loading };
}
