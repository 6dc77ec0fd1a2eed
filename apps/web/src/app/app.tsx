import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { lazy, Suspense } from 'react';

import { LoginPage } from '../features/auth/components/login-page';
import { SessionUnavailablePage } from '../features/auth/components/session-unavailable-page';
import { useSessionState } from '../features/auth/hooks/use-session';
import type { Session } from '../features/auth/session';
import { SessionContext } from '../features/auth/session-context';
import { PublicLayout } from '../shared/components/public-layout';
import { StatusMessage } from '../shared/components/status-message';

// The shell is only needed once signed in; loading it lazily keeps the sign-in page light.
const AppShell = lazy(() => import('../features/shell/components/app-shell'));

export function App({ client, session }: { client: ApolloClient; session: Session }) {
  return (
    <ApolloProvider client={client}>
      <SessionContext value={session}>
        <SessionGate session={session} />
      </SessionContext>
    </ApolloProvider>
  );
}

function SessionGate({ session }: { session: Session }) {
  const state = useSessionState();
  switch (state.status) {
    case 'restoring':
      return (
        <PublicLayout>
          <StatusMessage>Restoring your session…</StatusMessage>
        </PublicLayout>
      );
    case 'unavailable':
      return (
        <SessionUnavailablePage
          problem={state.problem ?? { kind: 'unreachable' }}
          onRetry={() => void session.restore()}
        />
      );
    case 'signed-out':
      return <LoginPage signedOutReason={state.signedOutReason} />;
    case 'signed-in':
      return (
        <Suspense
          fallback={
            <PublicLayout>
              <StatusMessage>Opening Consilium…</StatusMessage>
            </PublicLayout>
          }
        >
          <AppShell />
        </Suspense>
      );
  }
}
