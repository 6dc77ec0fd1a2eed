import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import {
  CreateImagingReportDocument,
  FinaliseImagingReportDocument,
  RadiologistWorklistDocument,
  ReportCaseDocument,
  ReportEditorDocument,
  UpdateImagingReportDocument,
  type CreateImagingReportInput,
  type UpdateImagingReportInput,
} from '../../../gql/graphql';
import { toProblem, type Problem } from '../../../shared/problem';

export function useRadiologistWorklist(status: 'DRAFT' | 'FINAL') {
  const { data, loading, error, refetch } = useQuery(RadiologistWorklistDocument, {
    variables: { filter: { status: status === 'DRAFT' ? ['DRAFT'] : ['FINAL', 'AMENDED'] } },
    fetchPolicy: 'cache-and-network',
  });
  const patients = new Map((data?.caseWorklist.edges ?? []).map((edge) => [edge.node.id, edge.node.patient]));
  const [create, createState] = useMutation(CreateImagingReportDocument, { refetchQueries: ['RadiologistWorklist'] });
  const createReport = async (input: CreateImagingReportInput): Promise<{ ok: true; id: string } | { ok: false; problem: Problem }> => {
    try {
      const result = await create({ variables: { input } });
      return result.data ? { ok: true, id: result.data.createImagingReport.id } : { ok: false, problem: { kind: 'unexpected' } };
    } catch (error) {
      return { ok: false, problem: toProblem(error) };
    }
  };
  return {
    cases: data?.caseWorklist.edges.map((edge) => edge.node),
    createReport,
    creating: createState.loading,
    reports: data?.radiologistWorklist.edges.map((edge) => ({ ...edge.node, patient: patients.get(edge.node.caseId) })),
    loading,
    problem: error ? toProblem(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}

export type SaveResult = { ok: true; version: number } | { ok: false; problem: Problem };
export type FinaliseResult = { ok: true; baselineMessages: string[] } | { ok: false; problem: Problem };

export function useReportEditor(id: string) {
  const report = useQuery(ReportEditorDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const caseId = report.data?.imagingReport.caseId;
  const caseQuery = useQuery(ReportCaseDocument, {
    variables: { caseId: caseId ?? '' },
    skip: !caseId,
    fetchPolicy: 'cache-and-network',
  });
  const [update, updateState] = useMutation(UpdateImagingReportDocument);
  const [finalise, finaliseState] = useMutation(FinaliseImagingReportDocument, {
    refetchQueries: ['ReportCase', 'RadiologistWorklist'],
  });

  const save = useCallback(
    async (input: UpdateImagingReportInput): Promise<SaveResult> => {
      try {
        const { data } = await update({ variables: { input } });
        if (!data) return { ok: false, problem: { kind: 'unexpected' } };
        // Lesions first seen on this report are now tracked lesions of the case.
        await caseQuery.refetch().catch(() => undefined);
        return { ok: true, version: data.updateImagingReport.version };
      } catch (error) {
        return { ok: false, problem: toProblem(error) };
      }
    },
    [update, caseQuery],
  );

  const finaliseReport = useCallback(
    async (reportId: string, expectedVersion: number): Promise<FinaliseResult> => {
      try {
        const { data } = await finalise({ variables: { input: { reportId, expectedVersion } } });
        if (!data) return { ok: false, problem: { kind: 'unexpected' } };
        return { ok: true, baselineMessages: data.finaliseImagingReport.baselineMessages };
      } catch (error) {
        return { ok: false, problem: toProblem(error) };
      }
    },
    [finalise],
  );

  const problem = report.error ? toProblem(report.error) : caseQuery.error ? toProblem(caseQuery.error) : null;
  return {
    report: report.data?.imagingReport,
    caseData: caseQuery.data?.case,
    loading: report.loading || caseQuery.loading,
    problem,
    retry: () => {
      void report.refetch().catch(() => undefined);
      if (caseId) void caseQuery.refetch().catch(() => undefined);
    },
    save,
    finalise: finaliseReport,
    busy: updateState.loading || finaliseState.loading,
  };
}
