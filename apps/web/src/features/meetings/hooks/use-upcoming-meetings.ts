import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import { UpcomingMeetingsDocument, type UpcomingMeetingsQuery } from '../../../gql/graphql';
import { toProblem, type Problem } from '../../../shared/problem';

export type UpcomingMeeting = UpcomingMeetingsQuery['upcomingMeetings'][number];

export function useUpcomingMeetings(): {
  meetings: UpcomingMeeting[] | undefined;
  problem: Problem | null;
  retry: () => void;
} {
  const { data, error, refetch } = useQuery(UpcomingMeetingsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    meetings: data?.upcomingMeetings,
    problem: error && !data ? toProblem(error) : null,
    retry,
  };
}
