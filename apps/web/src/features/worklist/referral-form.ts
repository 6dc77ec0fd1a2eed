// The referral intake form: what is checked in the browser before sending, and how the
// form's values become the `referCase` input. The server checks everything again and its
// errors (extensions.field) are placed next to the same fields.
import type { CasePriority, PatientSex, ReferCaseInput } from '../../gql/graphql';

export const REFERRAL_FIELDS = [
  'teamId',
  'mrn',
  'givenName',
  'familyName',
  'birthDate',
  'sex',
  'referralDate',
  'referralSource',
  'priority',
  'diagnosisCode',
  'diagnosisText',
  'ecog',
  'question',
  'clinicalSummary',
  'targetDiscussionDate',
] as const;

export type ReferralField = (typeof REFERRAL_FIELDS)[number];
export type ReferralValues = Record<ReferralField, string>;

/** Server input paths that are not simply the form field's name. */
export const REFERRAL_SERVER_FIELDS: Readonly<Record<string, ReferralField>> = {
  'patient.mrn': 'mrn',
  'patient.givenName': 'givenName',
  'patient.familyName': 'familyName',
  'patient.birthDate': 'birthDate',
  'patient.sex': 'sex',
  patient: 'mrn',
};

export function emptyReferral(today: string, teamId = ''): ReferralValues {
  return {
    teamId,
    mrn: '',
    givenName: '',
    familyName: '',
    birthDate: '',
    sex: '',
    referralDate: today,
    referralSource: '',
    priority: 'ROUTINE',
    diagnosisCode: '',
    diagnosisText: '',
    ecog: '',
    question: '',
    clinicalSummary: '',
    targetDiscussionDate: '',
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function validateReferral(values: ReferralValues, today: string): Partial<Record<ReferralField, string>> {
  const errors: Partial<Record<ReferralField, string>> = {};
  const required: [ReferralField, string][] = [
    ['teamId', 'Choose the MDT team that will discuss the case.'],
    ['mrn', 'Enter the medical record number (MRN).'],
    ['givenName', "Enter the patient's given name."],
    ['familyName', "Enter the patient's family name."],
    ['birthDate', 'Enter the date of birth.'],
    ['sex', 'Choose the administrative sex.'],
    ['referralDate', 'Enter the referral date.'],
    ['referralSource', 'Say who referred the patient (e.g. the referring clinic).'],
  ];
  for (const [field, message] of required) if (values[field].trim() === '') errors[field] = message;

  for (const field of ['birthDate', 'referralDate', 'targetDiscussionDate'] as const) {
    const value = values[field].trim();
    if (value !== '' && !isRealDate(value)) errors[field] = 'Enter a real date as YYYY-MM-DD.';
  }
  if (!errors.birthDate && values.birthDate && values.birthDate > today) errors.birthDate = 'The date of birth cannot be in the future.';
  if (!errors.referralDate && values.referralDate && values.referralDate > today) {
    errors.referralDate = 'The referral date cannot be in the future.';
  }
  if (
    !errors.targetDiscussionDate &&
    values.targetDiscussionDate &&
    values.referralDate &&
    values.targetDiscussionDate < values.referralDate
  ) {
    errors.targetDiscussionDate = 'The target discussion date cannot be before the referral date.';
  }
  if (values.ecog.trim() !== '' && !/^[0-5]$/.test(values.ecog.trim())) errors.ecog = 'ECOG is a whole number from 0 to 5.';
  return errors;
}

export function toReferCaseInput(values: ReferralValues): ReferCaseInput {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const input: ReferCaseInput = {
    teamId: values.teamId,
    patient: {
      mrn: values.mrn.trim(),
      givenName: values.givenName.trim(),
      familyName: values.familyName.trim(),
      birthDate: values.birthDate.trim(),
      sex: values.sex as PatientSex,
    },
    referralDate: values.referralDate.trim(),
    referralSource: values.referralSource.trim(),
    priority: values.priority as CasePriority,
  };
  const extra = {
    diagnosisCode: optional(values.diagnosisCode),
    diagnosisText: optional(values.diagnosisText),
    question: optional(values.question),
    clinicalSummary: optional(values.clinicalSummary),
    targetDiscussionDate: optional(values.targetDiscussionDate),
    ecog: optional(values.ecog) === undefined ? undefined : Number(values.ecog),
  };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) Object.assign(input, { [key]: value });
  return input;
}
