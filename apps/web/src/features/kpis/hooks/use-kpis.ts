import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import {
  KpiCasesDocument,
  KpiDashboardDocument,
  KpiOverdueFollowUpsDocument,
  KpiTeamsDocument,
  RefreshKpisDocument,
  type KpiCasesQuery,
  type KpiFigure,
  type KpiFilterInput,
} from '../../../gql/graphql';
import { toProblem } from '../../../shared/problem';

export function useKpiDashboard(filter: KpiFilterInput) {
  const { data, loading, error, refetch } = useQuery(KpiDashboardDocument, { variables: { filter }, notifyOnNetworkStatusChange: true });
  return { dashboard: data?.kpiDashboard, loading, problem: error ? toProblem(error) : null, refetch };
}

export function useKpiTeams() {
  const { data } = useQuery(KpiTeamsDocument);
  return data?.teams ?? [];
}

export function useOverdueFollowUps(teamId: string | null) {
  const { data, loading, error } = useQuery(KpiOverdueFollowUpsDocument, { variables: { teamId } });
  return { rows: data?.overdueFollowUps ?? [], loading, problem: error ? toProblem(error) : null };
}

export interface DrillDown {
  figure: KpiFigure;
  label: string;
  month?: string | null;
  reason?: string | null;
}

export function useKpiCases(filter: KpiFilterInput, drill: DrillDown | null) {
  const { data, loading, error } = useQuery(KpiCasesDocument, {
    variables: { filter, figure: drill?.figure ?? 'REFERRAL_TO_DISCUSSION', month: drill?.month ?? null, reason: drill?.reason ?? null, first: 100, offset: 0 },
    skip: !drill,
  });
  return { page: drill ? data?.kpiCases : undefined, loading, problem: error ? toProblem(error) : null };
}

/** Every row behind a figure (up to 10 000), for CSV export. */
export function useFetchAllKpiCases() {
  const client = useApolloClient();
  return useCallback(
    async (filter: KpiFilterInput, drill: DrillDown): Promise<KpiCasesQuery['kpiCases']> => {
      const { data } = await client.query({
        query: KpiCasesDocument,
        variables: { filter, figure: drill.figure, month: drill.month ?? null, reason: drill.reason ?? null, first: 10_000, offset: 0 },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('no data');
      return data.kpiCases;
    },
    [client],
  );
}

export function useRefreshKpis(onDone: () => void) {
  const [mutate, { loading, error }] = useMutation(RefreshKpisDocument);
  const refresh = useCallback(async () => {
    await mutate();
    onDone();
  }, [mutate, onDone]);
  return { refresh, refreshing: loading, problem: error ? toProblem(error) : null };
}
