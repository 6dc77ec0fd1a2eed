// The decision form: coded recommendation, intent, rationale and the follow-up imaging plan.
import type {
  CreateDecisionDraftInput,
  DecisionDetailFragment,
  DecisionRecommendation,
  FollowUpPlanInput,
  ImagingModality,
  InterventionalProcedure,
  ResponseCriteria,
  TreatmentIntent,
} from '../../gql/graphql';

export const RECOMMENDATIONS: { value: DecisionRecommendation; label: string }[] = [
  { value: 'START_SYSTEMIC_THERAPY', label: 'Start systemic therapy' },
  { value: 'CONTINUE_SYSTEMIC_THERAPY', label: 'Continue systemic therapy' },
  { value: 'ESCALATE_SYSTEMIC_THERAPY', label: 'Escalate systemic therapy' },
  { value: 'DE_ESCALATE_SYSTEMIC_THERAPY', label: 'De-escalate systemic therapy' },
  { value: 'SWITCH_SYSTEMIC_THERAPY', label: 'Switch systemic therapy' },
  { value: 'STOP_SYSTEMIC_THERAPY', label: 'Stop systemic therapy' },
  { value: 'SURGERY', label: 'Surgery' },
  { value: 'RADIOTHERAPY', label: 'Radiotherapy' },
  { value: 'INTERVENTIONAL_RADIOLOGY', label: 'Interventional radiology' },
  { value: 'CLINICAL_TRIAL', label: 'Clinical trial' },
  { value: 'BEST_SUPPORTIVE_CARE', label: 'Best supportive care' },
  { value: 'FURTHER_INVESTIGATION', label: 'Further investigation' },
];

export const recommendationLabel = (value: DecisionRecommendation) => RECOMMENDATIONS.find((r) => r.value === value)?.label ?? value;

export interface FollowUpRow {
  key: string;
  modality: ImagingModality;
  criteria: ResponseCriteria;
  /** "interval" counts days from signing; "date" is a fixed date. */
  timing: 'interval' | 'date';
  intervalDays: string;
  dueDate: string;
  reminderLeadDays: string;
}

export interface DecisionValues {
  recommendation: DecisionRecommendation | '';
  interventionalProcedure: InterventionalProcedure | '';
  recommendationText: string;
  intent: TreatmentIntent | '';
  rationale: string;
  dissentNotes: string;
  followUps: FollowUpRow[];
}

export type DecisionField = 'recommendation' | 'interventionalProcedure' | 'intent' | 'rationale' | 'recommendationText' | `followUp-${number}`;

let nextKey = 1;
export function newFollowUp(): FollowUpRow {
  return { key: `fu-${nextKey++}`, modality: 'CT', criteria: 'RECIST_1_1', timing: 'interval', intervalDays: '84', dueDate: '', reminderLeadDays: '7' };
}

export function emptyDecision(): DecisionValues {
  return { recommendation: '', interventionalProcedure: '', recommendationText: '', intent: '', rationale: '', dissentNotes: '', followUps: [] };
}

export function valuesFromDecision(d: DecisionDetailFragment): DecisionValues {
  return {
    recommendation: d.recommendation,
    interventionalProcedure: d.interventionalProcedure ?? '',
    recommendationText: d.recommendationText,
    intent: d.intent,
    rationale: d.rationale,
    dissentNotes: d.dissentNotes ?? '',
    followUps: d.followUpPlan.map((f) => ({
      key: `fu-${nextKey++}`,
      modality: f.modality,
      criteria: f.criteria,
      timing: f.dueDate ? 'date' : 'interval',
      intervalDays: f.intervalDays === null || f.intervalDays === undefined ? '' : String(f.intervalDays),
      dueDate: f.dueDate ?? '',
      reminderLeadDays: String(f.reminderLeadDays),
    })),
  };
}

const whole = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN);

export function validateDecision(values: DecisionValues, today: string): Partial<Record<DecisionField, string>> {
  const errors: Partial<Record<DecisionField, string>> = {};
  if (!values.recommendation) errors.recommendation = 'Choose the recommendation.';
  if (values.recommendation === 'INTERVENTIONAL_RADIOLOGY' && !values.interventionalProcedure) {
    errors.interventionalProcedure = 'Choose the procedure (TACE, TARE, ablation or other).';
  }
  if (!values.intent) errors.intent = 'Choose the intent of treatment.';
  if (values.rationale.trim() === '') errors.rationale = 'Give the rationale the board agreed.';
  values.followUps.forEach((f, i) => {
    const lead = whole(f.reminderLeadDays);
    if (f.timing === 'interval') {
      const days = whole(f.intervalDays);
      if (!(days >= 1 && days <= 730)) errors[`followUp-${i}`] = 'The interval is a whole number of days from 1 to 730.';
      else if (!(lead >= 0 && lead <= 90) || lead > days) errors[`followUp-${i}`] = 'The reminder is 0 to 90 days before the scan, and not before signing.';
    } else {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(f.dueDate)) errors[`followUp-${i}`] = 'Enter the due date as YYYY-MM-DD.';
      else if (f.dueDate < today) errors[`followUp-${i}`] = 'The due date cannot be in the past.';
      else if (!(lead >= 0 && lead <= 90)) errors[`followUp-${i}`] = 'The reminder is 0 to 90 days before the scan.';
    }
  });
  return errors;
}

export function toDecisionInput(values: DecisionValues): Omit<CreateDecisionDraftInput, 'caseId'> {
  const followUps: FollowUpPlanInput[] = values.followUps.map((f) => ({
    modality: f.modality,
    criteria: f.criteria,
    reminderLeadDays: whole(f.reminderLeadDays),
    ...(f.timing === 'interval' ? { intervalDays: whole(f.intervalDays) } : { dueDate: f.dueDate }),
  }));
  return {
    recommendation: values.recommendation as DecisionRecommendation,
    ...(values.recommendation === 'INTERVENTIONAL_RADIOLOGY' && values.interventionalProcedure
      ? { interventionalProcedure: values.interventionalProcedure }
      : {}),
    recommendationText: values.recommendationText.trim(),
    intent: values.intent as TreatmentIntent,
    rationale: values.rationale.trim(),
    ...(values.dissentNotes.trim() ? { dissentNotes: values.dissentNotes.trim() } : {}),
    followUps,
  };
}

/** Server paths ("input.followUps.1.intervalDays") → form fields. */
export function decisionServerFields(count: number): Record<string, DecisionField> {
  const map: Record<string, DecisionField> = {};
  for (let i = 0; i < count; i++) map[`followUps.${i}`] = `followUp-${i}`;
  return map;
}
