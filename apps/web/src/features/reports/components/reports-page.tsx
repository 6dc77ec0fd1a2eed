import { useState } from 'react';

import { hrefFor, navigate } from '../../../app/router';
import { Badge } from '../../../shared/components/badge';
import { EmptyState, QueryState } from '../../../shared/components/query-state';
import { formatDate, patientName } from '../../../shared/format';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { criteriaLabel } from '../live-response';
import { useRadiologistWorklist } from '../hooks/use-reports';
import { NewReportForm } from './new-report-form';

export default function ReportsPage() {
  useDocumentTitle('Reports');
  const [status, setStatus] = useState<'DRAFT' | 'FINAL'>('DRAFT');
  const { reports, cases, createReport, creating, loading, problem, retry } = useRadiologistWorklist(status);
  return (
    <>
      <h1 tabIndex={-1}>Reports</h1>
      <p className="muted">Imaging reports of your teams. Open a draft to measure lesions; the response is computed as you type.</p>
      {cases && (
        <NewReportForm
          cases={cases}
          busy={creating}
          onCreate={async (input) => {
            const result = await createReport(input);
            if (result.ok) navigate(`/reports/${result.id}`);
            return result;
          }}
        />
      )}
      <div className="segmented" role="group" aria-label="Which reports">
        <button type="button" aria-pressed={status === 'DRAFT'} onClick={() => setStatus('DRAFT')}>
          Drafts to finalise
        </button>
        <button type="button" aria-pressed={status === 'FINAL'} onClick={() => setStatus('FINAL')}>
          Finalised
        </button>
      </div>
      <QueryState loading={loading} problem={problem} onRetry={retry} loadingText="Loading reports…" errorText="The reports could not be loaded." hasData={reports !== undefined}>
        {reports && reports.length === 0 ? (
          <EmptyState title={status === 'DRAFT' ? 'No draft reports.' : 'No finalised reports.'} />
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{status === 'DRAFT' ? 'Draft reports, oldest study first' : 'Finalised reports'}</caption>
              <thead>
                <tr>
                  <th scope="col">Patient</th>
                  <th scope="col">Study</th>
                  <th scope="col">Criteria</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Open</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {(reports ?? []).map((r) => (
                  <tr key={r.id}>
                    <td>
                      {r.patient ? (
                        <>
                          <a href={hrefFor(`/cases/${r.caseId}`)}>{patientName(r.patient)}</a>
                          <div className="muted small">MRN {r.patient.mrn}</div>
                        </>
                      ) : (
                        <span className="muted">Case no longer open</span>
                      )}
                    </td>
                    <td>
                      {r.modality} {r.bodyRegion}
                      <div className="muted small">{formatDate(r.studyDate)}</div>
                    </td>
                    <td>
                      {criteriaLabel(r.criteria)}
                      {r.isBaseline && (
                        <>
                          {' '}
                          <Badge tone="info">Baseline</Badge>
                        </>
                      )}
                    </td>
                    <td>{r.status === 'DRAFT' ? <Badge tone="warning">Draft</Badge> : <Badge tone="good">{r.status === 'AMENDED' ? 'Amended' : 'Final'}</Badge>}</td>
                    <td>
                      <a href={hrefFor(`/reports/${r.id}`)}>
                        {r.status === 'DRAFT' ? 'Open editor' : 'View'}
                        <span className="visually-hidden">
                          {' '}
                          for {r.modality} of {formatDate(r.studyDate)}
                          {r.patient ? `, ${patientName(r.patient)}` : ''}
                        </span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </>
  );
}
