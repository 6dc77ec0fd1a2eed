import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import { HomeUpcomingMeetingsDocument, type HomeUpcomingMeetingsQuery } from '../../../gql/graphql';
import { toProblem, type Problem } from '../../../shared/problem';

export type UpcomingMeeting = HomeUpcomingMeetingsQuery['upcomingMeetings'][number];

export function useUpcomingMeetings(): {
  meetings: UpcomingMeeting[] | undefined;
  problem: Problem | null;
  retry: () => void;
} {
  const { data, error, refetch } = useQuery(HomeUpcomingMeetingsDocument, {
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
