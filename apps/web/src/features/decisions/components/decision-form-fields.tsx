import { Field } from '../../../shared/components/field';
import type { ImagingModality, InterventionalProcedure, ResponseCriteria, TreatmentIntent } from '../../../gql/graphql';
import { newFollowUp, RECOMMENDATIONS, type DecisionField, type DecisionValues, type FollowUpRow } from '../decision-form';

interface Props {
  values: DecisionValues;
  errors: Partial<Record<DecisionField, string>>;
  onChange: (values: DecisionValues) => void;
}

export function DecisionFormFields({ values, errors, onChange }: Props) {
  const set = <K extends keyof DecisionValues>(key: K, value: DecisionValues[K]) => onChange({ ...values, [key]: value });
  const setFollowUp = (index: number, patch: Partial<FollowUpRow>) =>
    set('followUps', values.followUps.map((f, i) => (i === index ? { ...f, ...patch } : f)));

  return (
    <>
      <fieldset>
        <legend>Recommendation</legend>
        <Field id="decision-recommendation" label="Coded recommendation (required)" error={errors.recommendation}>
          {(control) => (
            <select {...control} value={values.recommendation} onChange={(event) => set('recommendation', event.target.value as DecisionValues['recommendation'])}>
              <option value="">Choose…</option>
              {RECOMMENDATIONS.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {values.recommendation === 'INTERVENTIONAL_RADIOLOGY' && (
          <Field id="decision-interventionalProcedure" label="Procedure (required)" error={errors.interventionalProcedure}>
            {(control) => (
              <select {...control} value={values.interventionalProcedure} onChange={(event) => set('interventionalProcedure', event.target.value as InterventionalProcedure | '')}>
                <option value="">Choose…</option>
                <option value="TACE">TACE</option>
                <option value="TARE">TARE</option>
                <option value="ABLATION">Ablation</option>
                <option value="OTHER">Other</option>
              </select>
            )}
          </Field>
        )}
        <Field id="decision-recommendationText" label="Detail" hint="Drug and schedule, operation, dose and fractions…" error={errors.recommendationText}>
          {(control) => <textarea {...control} rows={2} value={values.recommendationText} onChange={(event) => set('recommendationText', event.target.value)} />}
        </Field>
        <Field id="decision-intent" label="Intent (required)" error={errors.intent}>
          {(control) => (
            <select {...control} value={values.intent} onChange={(event) => set('intent', event.target.value as TreatmentIntent | '')}>
              <option value="">Choose…</option>
              <option value="CURATIVE">Curative</option>
              <option value="PALLIATIVE">Palliative</option>
              <option value="UNCERTAIN">Uncertain</option>
            </select>
          )}
        </Field>
        <Field id="decision-rationale" label="Rationale (required)" error={errors.rationale}>
          {(control) => <textarea {...control} rows={3} value={values.rationale} onChange={(event) => set('rationale', event.target.value)} />}
        </Field>
        <Field id="decision-dissentNotes" label="Dissent, if any">
          {(control) => <textarea {...control} rows={2} value={values.dissentNotes} onChange={(event) => set('dissentNotes', event.target.value)} />}
        </Field>
      </fieldset>

      <fieldset>
        <legend>Follow-up imaging plan</legend>
        {values.followUps.length === 0 && <p className="muted">No follow-up scan planned.</p>}
        {values.followUps.map((f, i) => {
          const n = i + 1;
          const error = errors[`followUp-${i}`];
          return (
            <div key={f.key} className={error ? 'follow-up-row field-invalid' : 'follow-up-row'} role="group" aria-label={`Follow-up scan ${n}`}>
              {error && (
                <p className="field-error" id={`followUp-${i}`} tabIndex={-1}>
                  <span className="visually-hidden">Error: </span>
                  {error}
                </p>
              )}
              <div className="field field-inline">
                <label htmlFor={`fu-${n}-modality`}>Modality</label>
                <select id={`fu-${n}-modality`} value={f.modality} onChange={(event) => setFollowUp(i, { modality: event.target.value as ImagingModality })}>
                  {['CT', 'MRI', 'PET_CT', 'US', 'XRAY'].map((m) => (
                    <option key={m} value={m}>
                      {m.replace('_', '-')}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field field-inline">
                <label htmlFor={`fu-${n}-criteria`}>Criteria</label>
                <select id={`fu-${n}-criteria`} value={f.criteria} onChange={(event) => setFollowUp(i, { criteria: event.target.value as ResponseCriteria })}>
                  <option value="RECIST_1_1">RECIST 1.1</option>
                  <option value="MRECIST">mRECIST</option>
                  <option value="RANO">RANO 2.0</option>
                  <option value="PERCIST">PERCIST 1.0</option>
                  <option value="NONE">None</option>
                </select>
              </div>
              <div className="field field-inline">
                <label htmlFor={`fu-${n}-timing`}>When</label>
                <select id={`fu-${n}-timing`} value={f.timing} onChange={(event) => setFollowUp(i, { timing: event.target.value as FollowUpRow['timing'] })}>
                  <option value="interval">Days after signing</option>
                  <option value="date">On a date</option>
                </select>
              </div>
              {f.timing === 'interval' ? (
                <div className="field field-inline">
                  <label htmlFor={`fu-${n}-interval`}>Days after signing</label>
                  <input id={`fu-${n}-interval`} inputMode="numeric" className="size-input" value={f.intervalDays} onChange={(event) => setFollowUp(i, { intervalDays: event.target.value })} />
                </div>
              ) : (
                <div className="field field-inline">
                  <label htmlFor={`fu-${n}-date`}>Due date</label>
                  <input id={`fu-${n}-date`} type="date" value={f.dueDate} onChange={(event) => setFollowUp(i, { dueDate: event.target.value })} />
                </div>
              )}
              <div className="field field-inline">
                <label htmlFor={`fu-${n}-lead`}>Reminder (days before)</label>
                <input id={`fu-${n}-lead`} inputMode="numeric" className="size-input" value={f.reminderLeadDays} onChange={(event) => setFollowUp(i, { reminderLeadDays: event.target.value })} />
              </div>
              <button type="button" className="button button-link" onClick={() => set('followUps', values.followUps.filter((_, j) => j !== i))}>
                Remove scan {n}
              </button>
            </div>
          );
        })}
        <button type="button" className="button button-secondary" onClick={() => set('followUps', [...values.followUps, newFollowUp()])}>
          Add a follow-up scan
        </button>
      </fieldset>
    </>
  );
}
