import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import { MeDocument, type MeQuery } from '../../../gql/graphql';
import { toProblem, type Problem } from '../../../shared/problem';

export type CurrentUser = MeQuery['me'];

export interface MeState {
  user: CurrentUser | undefined;
  loading: boolean;
  problem: Problem | null;
  retry: () => void;
}

/** The signed-in user: name, roles and teams. */
export function useMe(): MeState {
  const { data, loading, error, refetch } = useQuery(MeDocument, { notifyOnNetworkStatusChange: true });
  const retry = useCallback(() => {
    // The outcome is reported through `error`/`data` above.
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    user: data?.me,
    loading,
    problem: error ? toProblem(error) : null,
    retry,
  };
}
