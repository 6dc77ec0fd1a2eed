import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import { ReferCaseDocument, ReferralTeamsDocument, type ReferCaseInput } from '../../../gql/graphql';
import { toProblem, type Problem } from '../../../shared/problem';

export type ReferResult = { ok: true; caseId: string } | { ok: false; problem: Problem };

export function useReferralTeams() {
  const { data, loading, error, refetch } = useQuery(ReferralTeamsDocument);
  return {
    teams: data?.teams,
    loading,
    problem: error ? toProblem(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}

export function useReferCase() {
  const [mutate, { loading }] = useMutation(ReferCaseDocument, {
    // The new case belongs at the top of the worklist.
    refetchQueries: ['CaseWorklist'],
  });
  const refer = useCallback(
    async (input: ReferCaseInput): Promise<ReferResult> => {
      try {
        const { data } = await mutate({ variables: { input } });
        if (!data) return { ok: false, problem: { kind: 'unexpected' } };
        return { ok: true, caseId: data.referCase.id };
      } catch (error) {
        return { ok: false, problem: toProblem(error) };
      }
    },
    [mutate],
  );
  return { refer, submitting: loading };
}
