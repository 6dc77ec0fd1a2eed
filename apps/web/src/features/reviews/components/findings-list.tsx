import { useState } from 'react';

import { Badge, type BadgeTone } from '../../../shared/components/badge';
import { humanize } from '../../../shared/format';
import type { FullReviewFragment, ReviewFindingDecision } from '../../../gql/graphql';

type Finding = FullReviewFragment['findings'][number];

const SEVERITY_TONE: Record<Finding['severity'], BadgeTone> = { CRITICAL: 'danger', WARNING: 'warning', INFO: 'info' };

interface FindingsListProps {
  findings: readonly Finding[];
  editable: boolean;
  busy: boolean;
  onDecide: (findingId: string, decision: ReviewFindingDecision, reason?: string) => Promise<boolean>;
}

export function FindingsList({ findings, editable, busy, onDecide }: FindingsListProps) {
  if (findings.length === 0) return <p>No findings: no interaction, renal-dose, allergy or contrast rule applies.</p>;
  return (
    <ol className="findings">
      {findings.map((finding) => (
        <FindingItem key={finding.id} finding={finding} editable={editable} busy={busy} onDecide={onDecide} />
      ))}
    </ol>
  );
}

function FindingItem({ finding, editable, busy, onDecide }: { finding: Finding } & Omit<FindingsListProps, 'findings'>) {
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const title = `${humanize(finding.kind)}: ${finding.code}`;
  return (
    <li className={`finding finding-${finding.severity.toLowerCase()}`}>
      <div className="finding-head">
        <Badge tone={SEVERITY_TONE[finding.severity]}>{humanize(finding.severity)}</Badge>
        <strong>{humanize(finding.kind)}</strong>
        {finding.ruleSeverity && <span className="muted small">rule grade {finding.ruleSeverity}</span>}
        <span className="finding-decision">
          {finding.decision === 'PENDING' ? <Badge tone="warning">To decide</Badge> : <Badge tone={finding.decision === 'ACCEPTED' ? 'good' : 'neutral'}>{humanize(finding.decision)}</Badge>}
        </span>
      </div>
      <p>{finding.message}</p>
      {finding.recommendation && (
        <p>
          <span className="muted">Recommendation:</span> {finding.recommendation}
        </p>
      )}
      <p className="source small">
        {finding.origin === 'MANUAL' ? 'Added by the pharmacist' : `Rule ${finding.code}`}
        {finding.source ? ` · Source: ${finding.source}` : ''}
      </p>
      {finding.decision === 'DISMISSED' && finding.decisionReason && <p className="small">Dismissed because: {finding.decisionReason}</p>}
      {editable && finding.decision === 'PENDING' && !dismissing && (
        <div className="form-actions">
          <button type="button" className="button button-secondary button-small" aria-disabled={busy} onClick={busy ? undefined : () => void onDecide(finding.id, 'ACCEPTED')}>
            Accept<span className="visually-hidden"> {title}</span>
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setDismissing(true)}>
            Dismiss…<span className="visually-hidden"> {title}</span>
          </button>
        </div>
      )}
      {editable && dismissing && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() === '') {
              setReasonError('Say why this finding does not apply.');
              return;
            }
            void onDecide(finding.id, 'DISMISSED', reason.trim()).then((ok) => ok && setDismissing(false));
          }}
        >
          <div className={reasonError ? 'field field-invalid' : 'field'}>
            <label htmlFor={`dismiss-${finding.id}`}>Reason for dismissing</label>
            {reasonError && (
              <p className="field-error" id={`dismiss-${finding.id}-error`}>
                {reasonError}
              </p>
            )}
            <input
              id={`dismiss-${finding.id}`}
              value={reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `dismiss-${finding.id}-error` : undefined}
              onChange={(event) => (setReason(event.target.value), setReasonError(null))}
            />
          </div>
          <button type="submit" className="button button-secondary button-small" aria-disabled={busy}>
            Dismiss finding
          </button>
          <button type="button" className="button button-link" onClick={() => setDismissing(false)}>
            Cancel
          </button>
        </form>
      )}
    </li>
  );
}
