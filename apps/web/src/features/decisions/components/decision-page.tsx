import { useState } from 'react';

import { hrefFor } from '../../../app/router';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { QueryState } from '../../../shared/components/query-state';
import { firstInvalidField, placeProblem } from '../../../shared/form-errors';
import { humanize, patientName, todayIso } from '../../../shared/format';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import type { DecisionDetailFragment } from '../../../gql/graphql';
import type { Problem } from '../../../shared/problem';
import type { FeaturePageProps } from '../../shell/feature-routes';
import {
  decisionServerFields,
  emptyDecision,
  toDecisionInput,
  validateDecision,
  valuesFromDecision,
  type DecisionField,
  type DecisionValues,
} from '../decision-form';
import { useDecisionCase } from '../hooks/use-decisions';
import { DecisionFormFields } from './decision-form-fields';
import { DecisionSummary } from './decision-summary';

const FIELD_ORDER: DecisionField[] = ['recommendation', 'interventionalProcedure', 'recommendationText', 'intent', 'rationale'];

export default function DecisionPage({ params, user }: FeaturePageProps) {
  useDocumentTitle('MDT decision');
  const caseId = params['id'] ?? '';
  const state = useDecisionCase(caseId);
  const c = state.patientCase;
  const current = c ? [...c.decisions].reverse().find((d) => d.status !== 'SUPERSEDED') : undefined;
  const isPhysician = user.roles.includes('PHYSICIAN');

  return (
    <>
      <p>
        <a href={hrefFor(isPhysician ? '/decisions' : `/cases/${caseId}`)}>← Back</a>
      </p>
      <QueryState loading={state.loading} problem={state.problem} onRetry={state.retry} loadingText="Loading the case…" errorText="The case could not be loaded." hasData={c !== undefined}>
        {c && (
          <>
            <h1 tabIndex={-1}>MDT decision: {patientName(c.patient)}</h1>
            <p>
              <a href={hrefFor(`/cases/${c.id}`)}>Open the case</a> · MRN {c.patient.mrn} · {humanize(c.status)}
              {c.diagnosisText ? ` · ${c.diagnosisText}` : ''}
            </p>
            {c.question && (
              <p>
                <span className="muted">Question for the MDT:</span> {c.question}
              </p>
            )}
            {current && current.status !== 'DRAFT' ? (
              <Decided key={`${current.id}:${current.status}`} decision={current} canSign={isPhysician} state={state} signer={user.displayName} />
            ) : (
              <DecisionEditor key={current?.id ?? 'new'} draft={current} canPropose={isPhysician} state={state} />
            )}
          </>
        )}
      </QueryState>
    </>
  );
}

type State = ReturnType<typeof useDecisionCase>;

function DecisionEditor({ draft, canPropose, state }: { draft: DecisionDetailFragment | undefined; canPropose: boolean; state: State }) {
  const [values, setValues] = useState<DecisionValues>(() => (draft ? valuesFromDecision(draft) : emptyDecision()));
  const [errors, setErrors] = useState<Partial<Record<DecisionField, string>>>({});
  const [general, setGeneral] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const focusFirst = (found: Partial<Record<DecisionField, string>>) => {
    const order = [...FIELD_ORDER, ...values.followUps.map((_, i) => `followUp-${i}` as DecisionField)];
    const first = firstInvalidField(found, order);
    if (first) document.getElementById(first.startsWith('followUp-') ? first : `decision-${first}`)?.focus();
  };

  const submit = async (propose: boolean) => {
    setGeneral(null);
    setNotice(null);
    const found = validateDecision(values, todayIso());
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirst(found);
    const saved = await state.saveDraft(toDecisionInput(values), draft);
    if (!saved.ok) {
      const placed = placeProblem(saved.problem, FIELD_ORDER, decisionServerFields(values.followUps.length));
      setErrors(placed.fields);
      if (placed.general) setGeneral(saved.problem);
      focusFirst(placed.fields);
      return;
    }
    if (!propose) return setNotice('Draft saved.');
    const proposed = await state.propose(saved.decision);
    if (!proposed.ok) setGeneral(proposed.problem);
  };

  return (
    <form
      className="form-grid"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!state.busy) void submit(canPropose);
      }}
    >
      <h2>{draft ? 'Draft decision' : 'New decision'}</h2>
      <div aria-live="polite">{notice && <p className="panel panel-info">{notice}</p>}</div>
      {general && <ProblemPanel problem={general} />}
      <DecisionFormFields values={values} errors={errors} onChange={setValues} />
      <div className="form-actions">
        {canPropose && (
          <button type="submit" className="button button-primary-inline" aria-disabled={state.busy}>
            Propose for signature
          </button>
        )}
        <button type="button" className="button button-secondary" aria-disabled={state.busy} onClick={state.busy ? undefined : () => void submit(false)}>
          Save draft
        </button>
      </div>
    </form>
  );
}

function Decided({ decision, canSign, state, signer }: { decision: DecisionDetailFragment; canSign: boolean; state: State; signer: string }) {
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const sign = async () => {
    if (!confirmed) return setConfirmError('Confirm that you sign this decision.');
    setConfirmError(null);
    const result = await state.sign(decision);
    setProblem(result.ok ? null : result.problem);
  };
  return (
    <>
      <h2>{decision.status === 'SIGNED' ? 'Signed decision' : 'Proposed decision'}</h2>
      <DecisionSummary decision={decision} />
      {problem && <ProblemPanel problem={problem} />}
      {decision.status === 'PROPOSED' && canSign && (
        <section className="card sign-box" aria-labelledby="sign-heading">
          <h2 id="sign-heading">Signature</h2>
          <div className={confirmError ? 'field field-invalid' : 'field'}>
            {confirmError && (
              <p className="field-error" id="sign-confirm-error">
                {confirmError}
              </p>
            )}
            <label className="checkbox">
              <input
                type="checkbox"
                checked={confirmed}
                aria-invalid={confirmError ? true : undefined}
                aria-describedby={confirmError ? 'sign-confirm-error' : undefined}
                onChange={(event) => setConfirmed(event.target.checked)}
              />{' '}
              I, {signer}, sign this decision as the board’s recommendation. Signing records the evidence seen and schedules the follow-up scans.
            </label>
          </div>
          <button type="button" className="button button-primary-inline" aria-disabled={state.busy} onClick={state.busy ? undefined : () => void sign()}>
            Sign decision
          </button>
        </section>
      )}
    </>
  );
}
