import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import {
  DecideReviewFindingDocument,
  OpenPharmacistReviewDocument,
  PharmacistReviewCaseDocument,
  PharmacistReviewPageDocument,
  PharmacistWorklistDocument,
  RecomputePharmacistReviewDocument,
  SetContrastClearanceDocument,
  SignPharmacistReviewDocument,
  type ContrastClearance,
  type ReviewFindingDecision,
  type WorklistReviewState,
} from '../../../gql/graphql';
import { toProblem, type Problem } from '../../../shared/problem';

export type ActionResult = { ok: true } | { ok: false; problem: Problem };

async function attempt(action: () => Promise<unknown>): Promise<ActionResult> {
  try {
    await action();
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: toProblem(error) };
  }
}

export function usePharmacistWorklist(state: WorklistReviewState | undefined) {
  const { data, loading, error, refetch } = useQuery(PharmacistWorklistDocument, {
    variables: { filter: state ? { state } : {} },
    fetchPolicy: 'cache-and-network',
  });
  const [open, openState] = useMutation(OpenPharmacistReviewDocument);
  const openReview = useCallback(
    async (caseId: string): Promise<{ ok: true; id: string } | { ok: false; problem: Problem }> => {
      try {
        const result = await open({ variables: { caseId } });
        if (!result.data) return { ok: false, problem: { kind: 'unexpected' } };
        return { ok: true, id: result.data.openPharmacistReview.id };
      } catch (e) {
        return { ok: false, problem: toProblem(e) };
      }
    },
    [open],
  );
  return {
    items: data?.pharmacistWorklist.edges.map((edge) => edge.node),
    loading,
    problem: error ? toProblem(error) : null,
    retry: () => void refetch().catch(() => undefined),
    openReview,
    opening: openState.loading,
  };
}

export function usePharmacistReview(id: string) {
  const review = useQuery(PharmacistReviewPageDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const caseId = review.data?.pharmacistReview.caseId;
  const caseQuery = useQuery(PharmacistReviewCaseDocument, { variables: { caseId: caseId ?? '' }, skip: !caseId });
  const [decide, decideState] = useMutation(DecideReviewFindingDocument);
  const [clearance, clearanceState] = useMutation(SetContrastClearanceDocument);
  const [sign, signState] = useMutation(SignPharmacistReviewDocument, { refetchQueries: ['PharmacistWorklist'] });
  const [recompute, recomputeState] = useMutation(RecomputePharmacistReviewDocument);
  const current = review.data?.pharmacistReview;
  const version = current?.version ?? 0;

  return {
    review: current,
    patientCase: caseQuery.data?.case,
    loading: review.loading || caseQuery.loading,
    problem: review.error ? toProblem(review.error) : caseQuery.error ? toProblem(caseQuery.error) : null,
    retry: () => void review.refetch().catch(() => undefined),
    busy: decideState.loading || clearanceState.loading || signState.loading || recomputeState.loading,
    decideFinding: (findingId: string, decision: ReviewFindingDecision, reason?: string) =>
      attempt(() => decide({ variables: { input: { findingId, decision, expectedVersion: version, ...(reason ? { reason } : {}) } } })),
    setClearance: (value: ContrastClearance, note?: string) =>
      attempt(() =>
        clearance({ variables: { input: { reviewId: id, clearance: value, expectedVersion: version, ...(note ? { note } : {}) } } }),
      ),
    sign: () => attempt(() => sign({ variables: { id, expectedVersion: version } })),
    recompute: () => attempt(() => recompute({ variables: { id, expectedVersion: version } })),
  };
}
