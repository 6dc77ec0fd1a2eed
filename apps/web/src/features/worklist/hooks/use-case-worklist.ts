import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import {
  CaseWorklistDocument,
  MarkCaseReadyDocument,
  TriageCaseDocument,
  type CasePriority,
  type WorklistCaseFragment,
} from '../../../gql/graphql';
import { toProblem, type Problem } from '../../../shared/problem';

export type WorklistCase = WorklistCaseFragment;
export type StepResult = { ok: true } | { ok: false; problem: Problem };

export interface WorklistFilter {
  teamId?: string;
  priority?: CasePriority;
}

const PAGE = 25;

export function useCaseWorklist(filter: WorklistFilter) {
  const { data, loading, error, refetch, fetchMore } = useQuery(CaseWorklistDocument, {
    variables: {
      first: PAGE,
      orderBy: 'URGENCY',
      filter: { ...(filter.teamId ? { teamId: filter.teamId } : {}), ...(filter.priority ? { priority: filter.priority } : {}) },
    },
    // Always check with the server: a case referred or moved elsewhere must show up here.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.caseWorklist;
  const loadMore = useCallback(() => {
    if (!connection?.pageInfo.hasNextPage) return;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        caseWorklist: {
          ...fetchMoreResult.caseWorklist,
          edges: [...previous.caseWorklist.edges, ...fetchMoreResult.caseWorklist.edges],
        },
      }),
    }).catch(() => undefined);
  }, [connection, fetchMore]);
  return {
    cases: connection?.edges.map((edge) => edge.node),
    totalCount: connection?.totalCount ?? 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading,
    problem: error ? toProblem(error) : null,
    retry: () => void refetch().catch(() => undefined),
    loadMore,
  };
}

/** Triage and mark-ready, the coordinator's steps on the worklist. */
export function useCaseSteps() {
  const [triage, triageState] = useMutation(TriageCaseDocument);
  const [ready, readyState] = useMutation(MarkCaseReadyDocument);
  const run = useCallback(async (action: () => Promise<unknown>): Promise<StepResult> => {
    try {
      await action();
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: toProblem(error) };
    }
  }, []);
  return {
    busy: triageState.loading || readyState.loading,
    triage: (c: WorklistCase) =>
      run(() => triage({ variables: { input: { caseId: c.id, expectedVersion: c.version } } })),
    markReady: (c: WorklistCase, reason?: string) =>
      run(() =>
        ready({
          variables: { input: { caseId: c.id, expectedVersion: c.version, ...(reason ? { reason } : {}) } },
        }),
      ),
  };
}
