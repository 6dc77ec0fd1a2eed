import { useState } from 'react';

import { Field } from '../../../shared/components/field';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { placeProblem } from '../../../shared/form-errors';
import { patientName, todayIso } from '../../../shared/format';
import type { CreateImagingReportInput, ImagingModality, ResponseCriteria } from '../../../gql/graphql';
import type { Problem } from '../../../shared/problem';

const FIELDS = ['caseId', 'modality', 'studyDate', 'bodyRegion', 'criteria'] as const;
type NewReportField = (typeof FIELDS)[number];

interface NewReportFormProps {
  cases: readonly { id: string; patient: { mrn: string; givenName: string; familyName: string } }[];
  busy: boolean;
  onCreate: (input: CreateImagingReportInput) => Promise<{ ok: true } | { ok: false; problem: Problem }>;
}

/** Starts a draft report on a case; the editor then takes the lesions. */
export function NewReportForm({ cases, busy, onCreate }: NewReportFormProps) {
  const [values, setValues] = useState<Record<NewReportField, string>>({ caseId: '', modality: 'CT', studyDate: todayIso(), bodyRegion: '', criteria: 'RECIST_1_1' });
  const [errors, setErrors] = useState<Partial<Record<NewReportField, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const set = (field: NewReportField) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const submit = async () => {
    const found: Partial<Record<NewReportField, string>> = {};
    if (!values.caseId) found.caseId = 'Choose the patient’s case.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.studyDate)) found.studyDate = 'Enter the study date.';
    else if (values.studyDate > todayIso()) found.studyDate = 'The study date cannot be in the future.';
    if (values.bodyRegion.trim() === '') found.bodyRegion = 'Enter the body region, e.g. “Chest, abdomen”.';
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length > 0) return;
    const result = await onCreate({
      caseId: values.caseId,
      modality: values.modality as ImagingModality,
      studyDate: values.studyDate,
      bodyRegion: values.bodyRegion.trim(),
      criteria: values.criteria as ResponseCriteria,
    });
    if (result.ok) return;
    const placed = placeProblem(result.problem, FIELDS);
    setErrors(placed.fields);
    setGeneral(placed.general);
  };

  return (
    <details className="card">
      <summary>Start a new report</summary>
      {general && <ProblemPanel problem={{ kind: 'unexpected' }} message={general} />}
      <form
        className="form-grid-2"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void submit();
        }}
      >
        <Field id="new-report-caseId" label="Patient" error={errors.caseId}>
          {(control) => (
            <select {...control} value={values.caseId} onChange={set('caseId')}>
              <option value="">Choose…</option>
              {cases.map((c) => (
                <option key={c.id} value={c.id}>
                  {patientName(c.patient)} ({c.patient.mrn})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="new-report-modality" label="Modality" error={errors.modality}>
          {(control) => (
            <select {...control} value={values.modality} onChange={set('modality')}>
              <option value="CT">CT</option>
              <option value="MRI">MRI</option>
              <option value="PET_CT">PET-CT</option>
              <option value="US">Ultrasound</option>
              <option value="XRAY">X-ray</option>
            </select>
          )}
        </Field>
        <Field id="new-report-studyDate" label="Study date" error={errors.studyDate}>
          {(control) => <input {...control} type="date" value={values.studyDate} onChange={set('studyDate')} />}
        </Field>
        <Field id="new-report-bodyRegion" label="Body region" error={errors.bodyRegion}>
          {(control) => <input {...control} value={values.bodyRegion} onChange={set('bodyRegion')} />}
        </Field>
        <Field id="new-report-criteria" label="Response criteria" error={errors.criteria}>
          {(control) => (
            <select {...control} value={values.criteria} onChange={set('criteria')}>
              <option value="RECIST_1_1">RECIST 1.1</option>
              <option value="MRECIST">mRECIST (HCC)</option>
              <option value="RANO">RANO 2.0</option>
              <option value="PERCIST">PERCIST 1.0</option>
              <option value="NONE">None</option>
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary-inline" aria-disabled={busy}>
            Create the draft
          </button>
        </div>
      </form>
    </details>
  );
}
