import { useRef, useState } from 'react';

import { hrefFor, navigate } from '../../../app/router';
import { Field } from '../../../shared/components/field';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { QueryState } from '../../../shared/components/query-state';
import { firstInvalidField, placeProblem, type FieldErrors } from '../../../shared/form-errors';
import { todayIso } from '../../../shared/format';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import type { FeaturePageProps } from '../../shell/feature-routes';
import { useReferCase, useReferralTeams } from '../hooks/use-refer-case';
import {
  emptyReferral,
  REFERRAL_FIELDS,
  REFERRAL_SERVER_FIELDS,
  toReferCaseInput,
  validateReferral,
  type ReferralField,
  type ReferralValues,
} from '../referral-form';

export default function ReferralPage({ user }: FeaturePageProps) {
  useDocumentTitle('Refer a case');
  const today = todayIso();
  const teams = useReferralTeams();
  const { refer, submitting } = useReferCase();
  const [values, setValues] = useState<ReferralValues>(() => emptyReferral(today, user.teams.length === 1 ? (user.teams[0]?.id ?? '') : ''));
  const [errors, setErrors] = useState<FieldErrors<ReferralField>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const focus = (field: ReferralField) => formRef.current?.querySelector<HTMLElement>(`#referral-${field}`)?.focus();
  const set = (field: ReferralField) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  };

  const submit = async () => {
    setGeneral(null);
    const found = validateReferral(values, today);
    setErrors(found);
    const first = firstInvalidField(found, REFERRAL_FIELDS);
    if (first) return focus(first);
    const result = await refer(toReferCaseInput(values));
    if (result.ok) {
      navigate(`/cases/${result.caseId}`);
      return;
    }
    const placed = placeProblem(result.problem, REFERRAL_FIELDS, REFERRAL_SERVER_FIELDS);
    setErrors(placed.fields);
    setGeneral(placed.general);
    const firstServer = firstInvalidField(placed.fields, REFERRAL_FIELDS);
    if (firstServer) focus(firstServer);
  };

  const text = (field: ReferralField, label: string, options: { hint?: string; type?: string; autoComplete?: string } = {}) => (
    <Field id={`referral-${field}`} label={label} error={errors[field]} hint={options.hint}>
      {(control) => (
        <input {...control} type={options.type ?? 'text'} value={values[field]} onChange={set(field)} autoComplete={options.autoComplete ?? 'off'} />
      )}
    </Field>
  );

  return (
    <>
      <p>
        <a href={hrefFor('/worklist')}>← Back to the worklist</a>
      </p>
      <h1 tabIndex={-1}>Refer a case</h1>
      <p className="muted">Fields marked “required” must be filled in. The case starts as Referred on the team’s worklist.</p>
      {general && <ProblemPanel problem={{ kind: 'unexpected' }} message={general} />}
      {Object.values(errors).some(Boolean) && (
        <div className="panel panel-error" role="alert">
          <p className="panel-title">Some fields need your attention.</p>
          <ul>
            {REFERRAL_FIELDS.filter((field) => errors[field]).map((field) => (
              <li key={field}>
                <a href={`#referral-${field}`} onClick={(event) => (event.preventDefault(), focus(field))}>
                  {errors[field]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <QueryState loading={teams.loading} problem={teams.problem} onRetry={teams.retry} loadingText="Loading your teams…" errorText="Your teams could not be loaded." hasData={teams.teams !== undefined}>
        <form
          ref={formRef}
          className="form-grid"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!submitting) void submit();
          }}
        >
          <fieldset>
            <legend>Team and referral</legend>
            <Field id="referral-teamId" label="MDT team (required)" error={errors.teamId}>
              {(control) => (
                <select {...control} value={values.teamId} onChange={set('teamId')}>
                  <option value="">Choose a team</option>
                  {(teams.teams ?? []).map((team) => (
                    <option key={team.id} value={team.id}>
                      {team.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {text('referralDate', 'Referral date (required)', { type: 'date' })}
            {text('referralSource', 'Referred by (required)', { hint: 'Clinic, ward or practice, e.g. “Respiratory clinic”.' })}
            <Field id="referral-priority" label="Priority" error={errors.priority}>
              {(control) => (
                <select {...control} value={values.priority} onChange={set('priority')}>
                  <option value="ROUTINE">Routine</option>
                  <option value="URGENT">Urgent</option>
                </select>
              )}
            </Field>
            {text('targetDiscussionDate', 'Target discussion date', { type: 'date' })}
          </fieldset>

          <fieldset>
            <legend>Patient</legend>
            {text('mrn', 'Medical record number (MRN, required)', { hint: 'An existing MRN is reused when the name and date of birth match.' })}
            {text('givenName', 'Given name (required)')}
            {text('familyName', 'Family name (required)')}
            {text('birthDate', 'Date of birth (required)', { type: 'date' })}
            <Field id="referral-sex" label="Administrative sex (required)" error={errors.sex}>
              {(control) => (
                <select {...control} value={values.sex} onChange={set('sex')}>
                  <option value="">Choose</option>
                  <option value="FEMALE">Female</option>
                  <option value="MALE">Male</option>
                  <option value="OTHER">Other</option>
                  <option value="UNKNOWN">Unknown</option>
                </select>
              )}
            </Field>
          </fieldset>

          <fieldset>
            <legend>Clinical question</legend>
            {text('diagnosisCode', 'Diagnosis code', { hint: 'ICD-10 or ICD-O, e.g. C34.1' })}
            {text('diagnosisText', 'Diagnosis')}
            {text('ecog', 'ECOG performance status', { hint: '0 to 5' })}
            <Field id="referral-question" label="Question for the MDT" error={errors.question}>
              {(control) => <textarea {...control} rows={3} value={values.question} onChange={set('question')} />}
            </Field>
            <Field id="referral-clinicalSummary" label="Clinical summary" error={errors.clinicalSummary}>
              {(control) => <textarea {...control} rows={5} value={values.clinicalSummary} onChange={set('clinicalSummary')} />}
            </Field>
          </fieldset>

          <div className="form-actions">
            <button type="submit" className="button button-primary-inline" aria-disabled={submitting}>
              {submitting ? 'Referring…' : 'Refer the case'}
            </button>
            <a href={hrefFor('/worklist')}>Cancel</a>
          </div>
        </form>
      </QueryState>
    </>
  );
}
