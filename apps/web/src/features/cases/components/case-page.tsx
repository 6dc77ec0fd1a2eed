import { lazy, Suspense, useMemo } from 'react';

import { hrefFor } from '../../../app/router';
import { Badge } from '../../../shared/components/badge';
import { QueryState } from '../../../shared/components/query-state';
import { StatusMessage } from '../../../shared/components/status-message';
import { formatDate, formatDateTime, formatNumber, formatPercent, humanize, patientName } from '../../../shared/format';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import type { CasePageQuery } from '../../../gql/graphql';
import type { FeaturePageProps } from '../../shell/feature-routes';
import { ReadinessBadge } from '../../worklist/components/readiness-badge';
import { useCasePage } from '../hooks/use-case-page';
import { responseSeries, type ResponseSeries } from '../response-series';
import { buildTimeline, latestCreatinine } from '../timeline';

const ResponseCharts = lazy(() => import('./response-charts'));

type CaseData = CasePageQuery['case'];

export default function CasePage({ params, user }: FeaturePageProps) {
  const state = useCasePage(params['id'] ?? '');
  useDocumentTitle(state.patientCase ? `Case: ${patientName(state.patientCase.patient)}` : 'Case');
  return (
    <QueryState loading={state.loading} problem={state.problem} onRetry={state.retry} loadingText="Loading the case…" errorText="The case could not be loaded." hasData={state.patientCase !== undefined}>
      {state.patientCase && <CaseView c={state.patientCase} canDecide={user.roles.includes('PHYSICIAN') || user.roles.includes('COORDINATOR')} />}
    </QueryState>
  );
}

function CaseView({ c, canDecide }: { c: CaseData; canDecide: boolean }) {
  const timeline = useMemo(() => buildTimeline(c), [c]);
  const series = useMemo(() => responseSeries(c.imagingReports), [c.imagingReports]);
  const creatinine = latestCreatinine(c.measures);
  const review = c.pharmacistReviews[0];
  const activeMeds = c.medications.filter((m) => !m.stopDate);
  const tnm = c.tnm ? [c.tnm.prefix, c.tnm.t, c.tnm.n, c.tnm.m].filter(Boolean).join(' ') : '';

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>{patientName(c.patient)}</h1>
        <Badge tone="info">{humanize(c.status)}</Badge>
        {c.priority === 'URGENT' && <Badge tone="danger">Urgent</Badge>}
      </div>
      <p>
        MRN {c.patient.mrn} · born {formatDate(c.patient.birthDate)} · {humanize(c.patient.sex)}
        {c.diagnosisText ? ` · ${c.diagnosisText}` : ''}
        {c.diagnosisCode ? ` (${c.diagnosisCode})` : ''}
        {tnm ? ` · ${tnm}${c.tnm?.stageGroup ? `, stage ${c.tnm.stageGroup}` : ''}` : ''}
        {c.ecog !== null && c.ecog !== undefined ? ` · ECOG ${c.ecog}` : ''}
      </p>
      {canDecide && (
        <p>
          <a href={hrefFor(`/cases/${c.id}/decision`)}>MDT decision for this case</a>
        </p>
      )}

      <div className="cards">
        <section className="card" aria-labelledby="case-question">
          <h2 id="case-question">Question for the MDT</h2>
          <p>{c.question ?? <span className="muted">No question recorded.</span>}</p>
          <p className="small muted">
            Referred {formatDate(c.referralDate)} by {c.referralSource}
            {c.targetDiscussionDate ? ` · target discussion ${formatDate(c.targetDiscussionDate)}` : ''}
          </p>
        </section>
        <section className="card" aria-labelledby="case-readiness">
          <h2 id="case-readiness">Readiness</h2>
          <ReadinessBadge readiness={c.readiness} />
          <ul className="plain-list small">
            {c.readiness.items.map((item) => (
              <li key={item.key}>
                {item.satisfied ? '✓' : '✗'} <strong>{item.label}</strong>: {item.detail}
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="case-renal">
          <h2 id="case-renal">Renal function</h2>
          {creatinine ? (
            <p>
              Serum creatinine <strong>{formatNumber(creatinine.value, 2)} {creatinine.unit}</strong> on {formatDate(creatinine.measuredOn)}
              {creatinine.unit !== 'mg/dL' && <span className="muted"> ({formatNumber(creatinine.normalizedValue, 2)} mg/dL)</span>}
            </p>
          ) : (
            <p>No creatinine recorded.</p>
          )}
          {review?.computed.egfr.value != null ? (
            <p>
              eGFR <strong>{formatNumber(review.computed.egfr.value, 0)} {review.computed.egfr.unit}</strong>
              {review.computed.egfr.kdigoCategory ? ` (KDIGO ${review.computed.egfr.kdigoCategory})` : ''} — {review.computed.egfr.equation}, pharmacist
              review of {formatDate(review.reviewDate)}
            </p>
          ) : (
            review && <p className="small">{review.computed.egfr.note}</p>
          )}
          <p className="small">
            AKI: {c.renalStatus.aki ? 'yes' : 'no'} · Dialysis: {c.renalStatus.onDialysis ? 'yes' : 'no'}
          </p>
        </section>
      </div>

      {c.clinicalSummary && (
        <section aria-labelledby="case-summary">
          <h2 id="case-summary">Clinical summary</h2>
          <p className="prose">{c.clinicalSummary}</p>
        </section>
      )}

      <section aria-labelledby="case-response">
        <h2 id="case-response">Tumour response</h2>
        {series && series.points.length > 0 ? (
          <>
            <Suspense fallback={<StatusMessage>Loading the charts…</StatusMessage>}>
              <ResponseCharts series={series} />
            </Suspense>
            <SeriesTable series={series} />
          </>
        ) : (
          <p>No final baseline imaging with measured lesions yet, so there is nothing to chart.</p>
        )}
      </section>

      <section aria-labelledby="case-medications">
        <h2 id="case-medications">Medications</h2>
        {c.medications.length === 0 ? (
          <p>No medications recorded.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Medications ({activeMeds.length} active)</caption>
            <thead>
              <tr>
                <th scope="col">Drug</th>
                <th scope="col">Dose</th>
                <th scope="col">Route</th>
                <th scope="col">Frequency</th>
                <th scope="col">Started</th>
                <th scope="col">Stopped</th>
              </tr>
            </thead>
            <tbody>
              {c.medications.map((m) => (
                <tr key={m.id}>
                  <td>{m.drug}</td>
                  <td>{m.dose ?? '—'}</td>
                  <td>{m.route ?? '—'}</td>
                  <td>{m.frequency ?? '—'}</td>
                  <td>{formatDate(m.startDate)}</td>
                  <td>{m.stopDate ? formatDate(m.stopDate) : 'Active'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {c.allergies.length > 0 && (
          <p>
            Allergies:{' '}
            {c.allergies.map((a) => `${a.substance} (${a.severity.toLowerCase()}${a.contrastReaction ? ', contrast reaction' : ''})`).join('; ')}
          </p>
        )}
      </section>

      <section aria-labelledby="case-timeline">
        <h2 id="case-timeline">Timeline</h2>
        <ol className="timeline">
          {timeline.map((entry) => (
            <li key={entry.key} className={`timeline-${entry.kind}`}>
              <span className="timeline-date">{entry.date.length === 10 ? formatDate(entry.date) : formatDateTime(entry.date)}</span>
              <span className="timeline-kind">{humanize(entry.kind)}</span>
              <span>
                {entry.href ? <a href={hrefFor(entry.href)}>{entry.title}</a> : entry.title}
                {entry.detail && <span className="muted small"> — {entry.detail}</span>}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** The numbers behind the charts, for screen readers and for checking. */
function SeriesTable({ series }: { series: ResponseSeries }) {
  return (
    <details>
      <summary>Numbers behind the charts</summary>
      <table className="data-table compact">
        <caption className="visually-hidden">Per-lesion change from baseline and sum at each study</caption>
        <thead>
          <tr>
            <th scope="col">Study</th>
            {series.lesions.map((l) => (
              <th scope="col" key={l.lesionId}>
                {l.label}
              </th>
            ))}
            <th scope="col">Sum ({series.unit})</th>
          </tr>
        </thead>
        <tbody>
          {series.points.map((p) => (
            <tr key={p.date}>
              <td>{formatDate(p.date)}</td>
              {series.lesions.map((l) => (
                <td key={l.lesionId}>{formatPercent(p.changes[l.lesionId])}</td>
              ))}
              <td>{formatNumber(p.sum)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">Diameters as the response rules use them: long axis, short axis for a lymph node{series.criteria === 'MRECIST' ? ', viable diameter (mRECIST)' : ''}.</p>
    </details>
  );
}
