import { useQuery } from '@apollo/client/react';

import { CasePageDocument } from '../../../gql/graphql';
import { toProblem } from '../../../shared/problem';

export function useCasePage(id: string) {
  const { data, loading, error, refetch } = useQuery(CasePageDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return {
    patientCase: data?.case,
    loading,
    problem: error ? toProblem(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
