import { Badge } from '../../../shared/components/badge';
import { formatDate, formatDateTime, humanize } from '../../../shared/format';
import type { DecisionDetailFragment } from '../../../gql/graphql';
import { recommendationLabel } from '../decision-form';

export function DecisionStatusBadge({ status }: { status: DecisionDetailFragment['status'] }) {
  const tone = status === 'SIGNED' ? 'good' : status === 'PROPOSED' ? 'warning' : status === 'DRAFT' ? 'info' : 'neutral';
  return <Badge tone={tone}>{status === 'PROPOSED' ? 'Awaiting signature' : humanize(status)}</Badge>;
}

/** A decision as the board will read it. */
export function DecisionSummary({ decision }: { decision: DecisionDetailFragment }) {
  return (
    <div className="card">
      <p>
        <DecisionStatusBadge status={decision.status} /> <span className="muted small">revision {decision.revision}</span>
      </p>
      <dl className="numbers">
        <div>
          <dt>Recommendation</dt>
          <dd>
            {recommendationLabel(decision.recommendation)}
            {decision.interventionalProcedure ? ` (${decision.interventionalProcedure})` : ''}
          </dd>
        </div>
        <div>
          <dt>Intent</dt>
          <dd>{humanize(decision.intent)}</dd>
        </div>
      </dl>
      {decision.recommendationText && <p>{decision.recommendationText}</p>}
      <p>
        <span className="muted">Rationale:</span> {decision.rationale}
      </p>
      {decision.dissentNotes && (
        <p>
          <span className="muted">Dissent:</span> {decision.dissentNotes}
        </p>
      )}
      <p className="muted">Follow-up plan:</p>
      {decision.followUpPlan.length === 0 ? (
        <p>No follow-up imaging planned.</p>
      ) : (
        <ul>
          {decision.followUpPlan.map((f, i) => (
            <li key={i}>
              {f.modality} ({humanize(f.criteria)}) {f.dueDate ? `on ${formatDate(f.dueDate)}` : `${f.intervalDays} days after signing`}, reminder{' '}
              {f.reminderLeadDays} days before
            </li>
          ))}
        </ul>
      )}
      {decision.followUps.length > 0 && (
        <>
          <p className="muted">Scheduled:</p>
          <ul>
            {decision.followUps.map((f) => (
              <li key={f.id}>
                {f.modality} due {formatDate(f.dueDate)} · {humanize(f.status)}
              </li>
            ))}
          </ul>
        </>
      )}
      {decision.signedAt && (
        <p className="panel panel-info">
          Signed by {decision.signedByName} on {formatDateTime(decision.signedAt)}. A signed decision never changes; an amendment is a new revision.
        </p>
      )}
    </div>
  );
}
