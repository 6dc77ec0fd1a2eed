import { useState } from 'react';

import { Badge } from '../../../shared/components/badge';
import { formatDate, humanize } from '../../../shared/format';
import type { ContrastClearance, FullReviewFragment } from '../../../gql/graphql';

const CLEARANCE_LABEL: Record<ContrastClearance, string> = {
  CLEARED: 'Cleared',
  CLEARED_WITH_PRECAUTIONS: 'Cleared with precautions',
  NOT_CLEARED: 'Not cleared (contraindicated)',
  NOT_APPLICABLE: 'Not applicable (no contrast study)',
};

const ROUTE_LABEL: Record<string, string> = {
  IV: 'intravenous',
  INTRA_ARTERIAL_RENAL_FIRST_PASS: 'intra-arterial, first-pass renal',
  INTRA_ARTERIAL_OTHER: 'intra-arterial',
};

export const clearanceLabel = (c: ContrastClearance | null | undefined) => (c ? CLEARANCE_LABEL[c] : 'Not recorded');

interface ContrastSectionProps {
  review: FullReviewFragment;
  editable: boolean;
  busy: boolean;
  onSetClearance: (clearance: ContrastClearance, note?: string) => Promise<boolean>;
}

export function ContrastSection({ review, editable, busy, onSetClearance }: ContrastSectionProps) {
  const studies = review.computed.contrast;
  const [choice, setChoice] = useState<ContrastClearance | ''>(review.contrastClearance ?? '');
  const [note, setNote] = useState(review.clearanceNote ?? '');
  const [error, setError] = useState<string | null>(null);
  const differs = choice !== '' && choice !== review.computedClearance;

  if (studies.length === 0) {
    return <p>No contrast imaging is requested for this case: nothing to clear.</p>;
  }
  return (
    <>
      <ul className="plain-list">
        {studies.map((s) => (
          <li key={s.imagingRequestId} className="card">
            <strong>
              {s.modality} {s.bodyRegion}
            </strong>{' '}
            on {formatDate(s.plannedDate)} · {humanize(s.agent)} contrast, {ROUTE_LABEL[s.route] ?? s.route}
            <div>
              Rules say: <Badge tone={s.clearance === 'NOT_CLEARED' ? 'danger' : s.clearance === 'CLEARED' ? 'good' : 'warning'}>{clearanceLabel(s.clearance)}</Badge>
              {s.highRiskOfContrastAki && <span className="small"> · high risk of contrast-associated AKI</span>}
            </div>
            {s.note && <p className="small">{s.note}</p>}
          </li>
        ))}
      </ul>
      <p className="small muted">
        Computed with assessContrastSafety (ACR Manual on Contrast Media; ACR–NKF consensus 2020/2021; ESUR 2018) from the eGFR,
        AKI and dialysis status, medications and prior contrast reactions above.
      </p>
      <p>
        Computed clearance: <strong>{clearanceLabel(review.computedClearance)}</strong>. Recorded clearance:{' '}
        <strong>{clearanceLabel(review.contrastClearance)}</strong>
        {review.clearanceNote ? ` (${review.clearanceNote})` : ''}.
      </p>
      {editable && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (choice === '') return setError('Choose a clearance.');
            if (differs && note.trim() === '') return setError('Explain why your clearance differs from the computed one.');
            setError(null);
            void onSetClearance(choice, note.trim() || undefined);
          }}
        >
          <div className="field">
            <label htmlFor="clearance-choice">Your clearance</label>
            <select id="clearance-choice" value={choice} onChange={(event) => setChoice(event.target.value as ContrastClearance | '')}>
              <option value="">Choose…</option>
              <option value="CLEARED">{CLEARANCE_LABEL.CLEARED}</option>
              <option value="CLEARED_WITH_PRECAUTIONS">{CLEARANCE_LABEL.CLEARED_WITH_PRECAUTIONS}</option>
              <option value="NOT_CLEARED">{CLEARANCE_LABEL.NOT_CLEARED}</option>
            </select>
          </div>
          <div className={error ? 'field field-invalid' : 'field'}>
            <label htmlFor="clearance-note">Note{differs ? ' (required: differs from the computed clearance)' : ''}</label>
            {error && (
              <p className="field-error" id="clearance-error">
                {error}
              </p>
            )}
            <input id="clearance-note" value={note} aria-invalid={error ? true : undefined} aria-describedby={error ? 'clearance-error' : undefined} onChange={(event) => setNote(event.target.value)} />
          </div>
          <button type="submit" className="button button-secondary" aria-disabled={busy}>
            Record clearance
          </button>
        </form>
      )}
    </>
  );
}
