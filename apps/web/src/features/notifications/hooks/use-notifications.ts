import { useMutation, useQuery } from '@apollo/client/react';

import { MarkNotificationReadDocument, NotificationsDocument } from '../../../gql/graphql';
import { toProblem } from '../../../shared/problem';

/** Live push comes with the meeting gateway; until then the list is polled once a minute. */
const POLL_MS = 60_000;

export function useNotifications() {
  const { data, loading, error, refetch } = useQuery(NotificationsDocument, { pollInterval: POLL_MS });
  const [markRead] = useMutation(MarkNotificationReadDocument, { refetchQueries: ['Notifications'] });
  return {
    notifications: data?.notifications.nodes,
    unreadCount: data?.notifications.unreadCount ?? 0,
    loading,
    problem: error ? toProblem(error) : null,
    retry: () => void refetch().catch(() => undefined),
    markRead: (id: string) => void markRead({ variables: { id } }).catch(() => undefined),
  };
}
