import { Badge, type BadgeTone } from '../../../shared/components/badge';
import { formatChange, formatDate, formatMeasure, formatPercent } from '../../../shared/format';
import type { LiveResponse } from '../live-response';

const TONE: Record<string, BadgeTone> = { PD: 'danger', PMD: 'danger', PR: 'good', PMR: 'good', CR: 'good', CMR: 'good' };
const CATEGORY_NAME: Record<string, string> = {
  CR: 'Complete response (CR)',
  PR: 'Partial response (PR)',
  SD: 'Stable disease (SD)',
  PD: 'Progressive disease (PD)',
  NE: 'Not evaluable (NE)',
  NON_CR_NON_PD: 'Non-CR / non-PD',
  CMR: 'Complete metabolic response (CMR)',
  PMR: 'Partial metabolic response (PMR)',
  SMD: 'Stable metabolic disease (SMD)',
  PMD: 'Progressive metabolic disease (PMD)',
  NONE: 'None at baseline',
};

export const categoryName = (code: string | null | undefined) => (code ? (CATEGORY_NAME[code] ?? code) : '—');

/** The computed response with every number it rests on and the rule's source. */
export function ResponsePanel({ response, live }: { response: LiveResponse; live: boolean }) {
  const heading = live ? 'Response (computed as you type)' : 'Response (stored at finalisation)';
  if (response.kind === 'none' || response.kind === 'invalid') {
    return (
      <section className="card response-panel" aria-labelledby="response-heading" aria-live="polite">
        <h2 id="response-heading">{heading}</h2>
        <p className={response.kind === 'invalid' ? 'field-error' : undefined}>{response.message}</p>
      </section>
    );
  }
  if (response.kind === 'baseline') {
    return (
      <section className="card response-panel" aria-labelledby="response-heading" aria-live="polite">
        <h2 id="response-heading">Baseline</h2>
        <p>
          This is the baseline: later reports are compared with it. Sum of target diameters:{' '}
          <strong>{formatMeasure(response.baselineSum, response.unit)}</strong>.
        </p>
        {response.violations.length > 0 ? (
          <div className="panel panel-warning">
            <p className="panel-title">RECIST 1.1 target selection: please check</p>
            <ul>
              {response.violations.map((v) => (
                <li key={v}>{v}</li>
              ))}
            </ul>
            <p className="small">These are warnings; they do not stop you finalising.</p>
          </div>
        ) : (
          <p className="muted">Target selection meets the RECIST 1.1 rules.</p>
        )}
        <p className="source small">
          Rule <code>{response.rule}</code> · Source: {response.source}
        </p>
      </section>
    );
  }
  const now = response.current;
  return (
    <section className="card response-panel" aria-labelledby="response-heading" aria-live="polite">
      <h2 id="response-heading">{heading}</h2>
      <p className="response-category">
        <Badge tone={TONE[now.category] ?? 'neutral'}>{categoryName(now.category)}</Badge>
      </p>
      <dl className="numbers">
        <div>
          <dt>{response.unit === 'SUL' ? 'SULpeak now' : 'Sum now'}</dt>
          <dd>{formatMeasure(now.sum, response.unit)}</dd>
        </div>
        <div>
          <dt>Baseline{response.baselineDate ? ` (${formatDate(response.baselineDate)})` : ''}</dt>
          <dd>{formatMeasure(response.baselineSum, response.unit)}</dd>
        </div>
        {now.nadir !== null && (
          <div>
            <dt>Nadir (smallest so far)</dt>
            <dd>{formatMeasure(now.nadir, response.unit)}</dd>
          </div>
        )}
        <div>
          <dt>Change from baseline</dt>
          <dd>{formatPercent(now.changeFromBaselinePct)}</dd>
        </div>
        {now.nadir !== null && (
          <div>
            <dt>Change from nadir</dt>
            <dd>
              {formatPercent(now.changeFromNadirPct)} ({formatChange(now.changeFromNadirAbsolute, response.unit)})
            </dd>
          </div>
        )}
        {now.target && (
          <div>
            <dt>Target / non-target</dt>
            <dd>
              {now.target} / {now.nonTarget}
            </dd>
          </div>
        )}
        {response.bestOverallResponse && (
          <div>
            <dt>Best overall response</dt>
            <dd>{categoryName(response.bestOverallResponse)}</dd>
          </div>
        )}
      </dl>
      {response.timepoints.length > 1 && (
        <table className="data-table compact">
          <caption>Every follow-up against the baseline</caption>
          <thead>
            <tr>
              <th scope="col">Study</th>
              <th scope="col">Sum</th>
              <th scope="col">Nadir</th>
              <th scope="col">vs baseline</th>
              <th scope="col">vs nadir</th>
              <th scope="col">Response</th>
            </tr>
          </thead>
          <tbody>
            {response.timepoints.map((t) => (
              <tr key={t.date}>
                <td>{formatDate(t.date)}</td>
                <td>{formatMeasure(t.sum, response.unit)}</td>
                <td>{formatMeasure(t.nadir, response.unit)}</td>
                <td>{formatPercent(t.changeFromBaselinePct)}</td>
                <td>{formatPercent(t.changeFromNadirPct)}</td>
                <td>{t.category}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {response.baselineViolations.length > 0 && (
        <p className="small">Baseline warnings: {response.baselineViolations.join(' ')}</p>
      )}
      <p className="source small">
        Rule <code>{response.rule}</code> from @consilium/clinical-rules · Source: {response.source}
      </p>
      {response.rule === 'assessRecist11' && (
        <p className="small muted">
        PD needs ≥ 20 % and ≥ 5 mm over the nadir (RECIST 1.1); PR needs ≥ 30 % below the baseline. Numbers are rounded for display only.
        </p>
      )}
    </section>
  );
}
