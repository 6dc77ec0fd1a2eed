import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';

import { LiveMeetingDocument, type LiveMeetingQuery } from '../../../gql/graphql';
import { toProblem, type Problem } from '../../../shared/problem';

export type LiveMeetingDetails = LiveMeetingQuery['meeting'];

export interface LiveMeetingState {
  meeting: LiveMeetingDetails | undefined;
  loading: boolean;
  problem: Problem | null;
  retry: () => void;
}

/**
 * The meeting's title, agenda (patients and questions) and quorum over GraphQL. The quorum is
 * the server's: it is read again whenever `presenceKey` (who is in the room) changes.
 */
export function useLiveMeeting(meetingId: string, presenceKey: string): LiveMeetingState {
  const { data, loading, error, refetch } = useQuery(LiveMeetingDocument, {
    variables: { id: meetingId },
    notifyOnNetworkStatusChange: false,
  });
  const lastKey = useRef(presenceKey);
  useEffect(() => {
    if (lastKey.current === presenceKey) return;
    lastKey.current = presenceKey;
    // Attendance is written before the presence broadcast, so the quorum read now is current.
    refetch().catch(() => undefined);
  }, [presenceKey, refetch]);
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    meeting: data?.meeting,
    loading: loading && !data,
    problem: error && !data ? toProblem(error) : null,
    retry,
  };
}
