import { hrefFor } from '../../../app/router';
import { EmptyState, QueryState } from '../../../shared/components/query-state';
import { formatDateTime, patientName } from '../../../shared/format';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { recommendationLabel } from '../decision-form';
import { useDecisionsWorkspace } from '../hooks/use-decisions';

export default function DecisionsPage() {
  useDocumentTitle('Decisions');
  const { awaiting, discussed, loading, problem, retry } = useDecisionsWorkspace();
  return (
    <>
      <h1 tabIndex={-1}>Decisions</h1>
      <QueryState loading={loading} problem={problem} onRetry={retry} loadingText="Loading decisions…" errorText="Decisions could not be loaded." hasData={awaiting !== undefined}>
        <section aria-labelledby="awaiting-heading">
          <h2 id="awaiting-heading">Awaiting your signature</h2>
          {awaiting && awaiting.length === 0 ? (
            <EmptyState title="No decision is waiting for a signature." />
          ) : (
            <ul className="plain-list">
              {(awaiting ?? []).map((d) => (
                <li key={d.id} className="card">
                  <a href={hrefFor(`/cases/${d.caseId}/decision`)}>
                    {d.patient ? `${patientName(d.patient)}: ` : ''}
                    {recommendationLabel(d.recommendation)}
                    <span className="visually-hidden"> — open to sign</span>
                  </a>
                  {d.patient && <div className="muted small">MRN {d.patient.mrn}</div>}
                  <div className="muted small">Proposed {formatDateTime(d.proposedAt)} · revision {d.revision}</div>
                  <p>{d.rationale}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="discussed-heading">
          <h2 id="discussed-heading">Discussed, awaiting a decision</h2>
          {discussed && discussed.length === 0 ? (
            <EmptyState title="No discussed case is waiting for a decision." />
          ) : (
            <ul className="plain-list">
              {(discussed ?? []).map((c) => (
                <li key={c.id} className="card">
                  <a href={hrefFor(`/cases/${c.id}/decision`)}>Write the decision for {patientName(c.patient)}</a>
                  <div className="muted small">
                    MRN {c.patient.mrn}
                    {c.diagnosisText ? ` · ${c.diagnosisText}` : ''}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </QueryState>
    </>
  );
}
