import { useState } from 'react';

import { hrefFor, navigate } from '../../../app/router';
import { Badge } from '../../../shared/components/badge';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { EmptyState, QueryState } from '../../../shared/components/query-state';
import { formatDate, humanize, patientName } from '../../../shared/format';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import type { WorklistReviewState } from '../../../gql/graphql';
import type { Problem } from '../../../shared/problem';
import { usePharmacistWorklist } from '../hooks/use-reviews';

const STATE_LABEL: Record<WorklistReviewState, string> = { NOT_STARTED: 'Not started', OPEN: 'In progress', SIGNED: 'Signed' };

export default function ReviewsPage() {
  useDocumentTitle('Reviews');
  const [state, setState] = useState<WorklistReviewState | ''>('');
  const worklist = usePharmacistWorklist(state || undefined);
  const [problem, setProblem] = useState<Problem | null>(null);

  const start = async (caseId: string) => {
    setProblem(null);
    const result = await worklist.openReview(caseId);
    if (result.ok) navigate(`/reviews/${result.id}`);
    else setProblem(result.problem);
  };

  return (
    <>
      <h1 tabIndex={-1}>Reviews</h1>
      <p className="muted">Medication reviews due before each case is discussed, soonest first.</p>
      <div className="field field-inline">
        <label htmlFor="reviews-state">Show</label>
        <select id="reviews-state" value={state} onChange={(event) => setState(event.target.value as WorklistReviewState | '')}>
          <option value="">All reviews due</option>
          <option value="NOT_STARTED">Not started</option>
          <option value="OPEN">In progress</option>
          <option value="SIGNED">Signed</option>
        </select>
      </div>
      {problem && <ProblemPanel problem={problem} />}
      <QueryState loading={worklist.loading} problem={worklist.problem} onRetry={worklist.retry} loadingText="Loading reviews…" errorText="The reviews could not be loaded." hasData={worklist.items !== undefined}>
        {worklist.items && worklist.items.length === 0 ? (
          <EmptyState title="No reviews due." />
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">Pharmacist reviews due</caption>
              <thead>
                <tr>
                  <th scope="col">Patient</th>
                  <th scope="col">Due</th>
                  <th scope="col">Review</th>
                  <th scope="col">Contrast</th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {(worklist.items ?? []).map((item) => {
                  const name = patientName(item.case.patient);
                  return (
                    <tr key={item.caseId}>
                      <td>
                        <a href={hrefFor(`/cases/${item.caseId}`)}>{name}</a>
                        <div className="muted small">
                          MRN {item.case.patient.mrn}
                          {item.case.diagnosisText ? ` · ${item.case.diagnosisText}` : ''}
                        </div>
                      </td>
                      <td>{item.dueDate ? formatDate(item.dueDate) : <span className="muted">No date set</span>}</td>
                      <td>
                        <Badge tone={item.state === 'SIGNED' ? 'good' : item.state === 'OPEN' ? 'info' : 'warning'}>{STATE_LABEL[item.state]}</Badge>
                      </td>
                      <td>{item.review?.computedClearance ? humanize(item.review.computedClearance) : '—'}</td>
                      <td>
                        {item.review ? (
                          <a href={hrefFor(`/reviews/${item.review.id}`)}>
                            {item.state === 'OPEN' ? 'Continue review' : 'View review'}
                            <span className="visually-hidden"> for {name}</span>
                          </a>
                        ) : (
                          <button type="button" className="button button-secondary button-small" aria-disabled={worklist.opening} onClick={worklist.opening ? undefined : () => void start(item.caseId)}>
                            Start review<span className="visually-hidden"> for {name}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </>
  );
}
