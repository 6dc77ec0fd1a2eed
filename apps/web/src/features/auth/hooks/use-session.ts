import { use, useSyncExternalStore } from 'react';

import type { Session, SessionSnapshot } from '../session';
import { SessionContext } from '../session-context';

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionContext value={session}>.');
  return session;
}

/** The session's status; re-renders the caller when the user signs in or out. */
export function useSessionState(): SessionSnapshot {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
