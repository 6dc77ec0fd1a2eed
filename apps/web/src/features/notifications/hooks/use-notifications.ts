import { useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';

import { MarkNotificationReadDocument, NotificationsDocument } from '../../../gql/graphql';
import { toProblem } from '../../../shared/problem';
import { useSession } from '../../auth/hooks/use-session';
import { subscribeToNotifications } from '../notifications-push';

/** New notifications are pushed over the live socket; a slow poll catches anything a dropped socket missed. */
const POLL_MS = 5 * 60_000;

export function useNotifications() {
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(NotificationsDocument, { pollInterval: POLL_MS });
  const [markRead] = useMutation(MarkNotificationReadDocument, { refetchQueries: ['Notifications'] });

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    const tokens = { getAccessToken: () => session.getAccessToken(), refresh: async () => (await session.refresh()).outcome === 'refreshed' };
    subscribeToNotifications(tokens, () => void refetch().catch(() => undefined))
      .then((unsubscribe) => (cancelled ? unsubscribe() : (stop = unsubscribe)))
      .catch(() => undefined); // no push (e.g. the chunk failed to load): the poll still runs
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [session, refetch]);

  return {
    notifications: data?.notifications.nodes,
    unreadCount: data?.notifications.unreadCount ?? 0,
    loading,
    problem: error ? toProblem(error) : null,
    retry: () => void refetch().catch(() => undefined),
    markRead: (id: string) => void markRead({ variables: { id } }).catch(() => undefined),
  };
}
