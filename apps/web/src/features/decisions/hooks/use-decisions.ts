import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import {
  CreateDecisionDraftDocument,
  DecisionCaseDocument,
  DecisionsWorkspaceDocument,
  ProposeDecisionDocument,
  SignDecisionDocument,
  UpdateDecisionDraftDocument,
  type CreateDecisionDraftInput,
  type DecisionDetailFragment,
} from '../../../gql/graphql';
import { toProblem, type Problem } from '../../../shared/problem';

export type DecisionResult = { ok: true; decision: DecisionDetailFragment } | { ok: false; problem: Problem };

export function useDecisionsWorkspace() {
  const { data, loading, error, refetch } = useQuery(DecisionsWorkspaceDocument, { fetchPolicy: 'cache-and-network' });
  const patients = new Map((data?.casesWithDecisions.edges ?? []).map((edge) => [edge.node.id, edge.node.patient]));
  return {
    awaiting: data?.decisionsAwaitingSignature.edges.map((edge) => ({ ...edge.node, patient: patients.get(edge.node.caseId) })),
    discussed: data?.caseWorklist.edges.map((edge) => edge.node),
    loading,
    problem: error ? toProblem(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}

export function useDecisionCase(caseId: string) {
  const { data, loading, error, refetch } = useQuery(DecisionCaseDocument, { variables: { caseId }, fetchPolicy: 'cache-and-network' });
  const refetchQueries = ['DecisionCase', 'DecisionsWorkspace'];
  const [create, createState] = useMutation(CreateDecisionDraftDocument, { refetchQueries });
  const [update, updateState] = useMutation(UpdateDecisionDraftDocument);
  const [propose, proposeState] = useMutation(ProposeDecisionDocument, { refetchQueries });
  const [sign, signState] = useMutation(SignDecisionDocument, { refetchQueries: [...refetchQueries, 'CasePage'] });

  const run = useCallback(async (action: () => Promise<DecisionDetailFragment | undefined>): Promise<DecisionResult> => {
    try {
      const decision = await action();
      return decision ? { ok: true, decision } : { ok: false, problem: { kind: 'unexpected' } };
    } catch (e) {
      return { ok: false, problem: toProblem(e) };
    }
  }, []);

  return {
    patientCase: data?.case,
    loading,
    problem: error ? toProblem(error) : null,
    retry: () => void refetch().catch(() => undefined),
    busy: createState.loading || updateState.loading || proposeState.loading || signState.loading,
    saveDraft: (input: Omit<CreateDecisionDraftInput, 'caseId'>, existing?: DecisionDetailFragment) =>
      run(async () =>
        existing
          ? (await update({ variables: { input: { ...input, decisionId: existing.id, expectedVersion: existing.version } } })).data?.updateDecisionDraft
          : (await create({ variables: { input: { ...input, caseId } } })).data?.createDecisionDraft,
      ),
    propose: (d: DecisionDetailFragment) =>
      run(async () => (await propose({ variables: { input: { decisionId: d.id, expectedVersion: d.version } } })).data?.proposeDecision),
    sign: (d: DecisionDetailFragment) =>
      run(async () => (await sign({ variables: { input: { decisionId: d.id, expectedVersion: d.version } } })).data?.signDecision),
  };
}
