import { useState } from 'react';

import { hrefFor } from '../../../app/router';
import { Badge } from '../../../shared/components/badge';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { QueryState } from '../../../shared/components/query-state';
import { formatDate, formatDateTime, humanize, patientName } from '../../../shared/format';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import type { Problem } from '../../../shared/problem';
import type { FeaturePageProps } from '../../shell/feature-routes';
import { usePharmacistReview, type ActionResult } from '../hooks/use-reviews';
import { ComputedValue } from './computed-value';
import { ContrastSection } from './contrast-section';
import { FindingsList } from './findings-list';

export default function ReviewPage({ params, user }: FeaturePageProps) {
  useDocumentTitle('Pharmacist review');
  const state = usePharmacistReview(params['id'] ?? '');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [signProblem, setSignProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { review, patientCase } = state;
  const editable = review?.status === 'OPEN' && user.roles.includes('PHARMACIST');

  const report = (done: string) => (result: ActionResult) => {
    setProblem(result.ok ? null : result.problem);
    setNotice(result.ok ? done : null);
    return result.ok;
  };

  return (
    <>
      <p>
        <a href={hrefFor('/reviews')}>← Back to reviews</a>
      </p>
      <QueryState loading={state.loading} problem={state.problem} onRetry={state.retry} loadingText="Loading the review…" errorText="The review could not be loaded." hasData={review !== undefined && patientCase !== undefined}>
        {review && patientCase && (
          <>
            <div className="page-header">
              <h1 tabIndex={-1}>Pharmacist review: {patientName(patientCase.patient)}</h1>
              <Badge tone={review.status === 'SIGNED' ? 'good' : review.status === 'OPEN' ? 'info' : 'neutral'}>{humanize(review.status)}</Badge>
            </div>
            <p>
              <a href={hrefFor(`/cases/${patientCase.id}`)}>Open the case</a> · MRN {patientCase.patient.mrn} · born {formatDate(patientCase.patient.birthDate)} ·{' '}
              {humanize(patientCase.patient.sex)}
              {patientCase.diagnosisText ? ` · ${patientCase.diagnosisText}` : ''}
            </p>
            <p className="muted small">
              Computed for {formatDate(review.reviewDate)} from the latest measures on or before that day (last computed {formatDateTime(review.computedAt)}).
            </p>
            <div aria-live="polite">{notice && <p className="panel panel-info">{notice}</p>}</div>
            {problem && <ProblemPanel problem={problem} />}

            <h2>Renal function and body size</h2>
            <p className="small">
              AKI: {review.computed.aki ? 'yes' : 'no'} · Dialysis: {review.computed.onDialysis ? 'yes' : 'no'} · Prior contrast reaction:{' '}
              {humanize(review.computed.priorContrastReaction)}
            </p>
            <div className="cards">
              <ComputedValue id="egfr" title="eGFR" value={review.computed.egfr} />
              <ComputedValue id="crcl" title="Creatinine clearance" value={review.computed.crcl} />
              <ComputedValue id="bsa" title="Body-surface area" value={review.computed.bsa} digits={2} />
            </div>

            <h2>Active medications</h2>
            {review.computed.medications.length === 0 ? (
              <p>No active medications recorded.</p>
            ) : (
              <ul>
                {review.computed.medications.map((m) => (
                  <li key={m.id}>
                    <strong>{m.drug}</strong> {[m.dose, m.route, m.frequency].filter(Boolean).join(' · ')}
                  </li>
                ))}
              </ul>
            )}

            <h2>Findings</h2>
            <FindingsList
              findings={review.findings}
              editable={editable}
              busy={state.busy}
              onDecide={async (id, decision, reason) =>
                report(decision === 'ACCEPTED' ? 'Finding accepted.' : 'Finding dismissed.')(await state.decideFinding(id, decision, reason))
              }
            />

            <h2>Contrast clearance</h2>
            <ContrastSection review={review} editable={editable} busy={state.busy} onSetClearance={async (c, note) => report('Clearance recorded.')(await state.setClearance(c, note))} />

            <h2>Sign-off</h2>
            {review.status === 'SIGNED' ? (
              <p className="panel panel-info">
                Signed by {review.signedByName} on {formatDateTime(review.signedAt)}. A signed review never changes.
              </p>
            ) : editable ? (
              <>
                <p>Every finding must be accepted or dismissed and, when contrast imaging is requested, a clearance recorded.</p>
                {signProblem && <ProblemPanel problem={signProblem} />}
                <div className="form-actions">
                  <button type="button" className="button button-primary-inline" aria-disabled={state.busy} onClick={
                      state.busy
                        ? undefined
                        : () =>
                            void state.sign().then((result) => {
                              // Shown next to the button, where the pharmacist is looking.
                              setSignProblem(result.ok ? null : result.problem);
                              if (result.ok) report('The review is signed.')(result);
                            })
                    }>
                    Sign the review
                  </button>
                  <button type="button" className="button button-secondary" aria-disabled={state.busy} onClick={state.busy ? undefined : () => void state.recompute().then(report('Re-computed from the current data.'))}>
                    Re-compute
                  </button>
                </div>
              </>
            ) : (
              <p className="muted">Only pharmacists sign reviews.</p>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
