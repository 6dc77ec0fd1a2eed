import { registerEnumType } from '@nestjs/graphql';

/** DRAFT → PROPOSED → SIGNED; a signed decision becomes SUPERSEDED when its amendment is signed. */
export enum DecisionStatus {
  DRAFT = 'DRAFT',
  PROPOSED = 'PROPOSED',
  SIGNED = 'SIGNED',
  SUPERSEDED = 'SUPERSEDED',
}

/** The coded recommendation of the board; free text adds the detail (drug, dose, site). */
export enum DecisionRecommendation {
  START_SYSTEMIC_THERAPY = 'START_SYSTEMIC_THERAPY',
  CONTINUE_SYSTEMIC_THERAPY = 'CONTINUE_SYSTEMIC_THERAPY',
  ESCALATE_SYSTEMIC_THERAPY = 'ESCALATE_SYSTEMIC_THERAPY',
  DE_ESCALATE_SYSTEMIC_THERAPY = 'DE_ESCALATE_SYSTEMIC_THERAPY',
  SWITCH_SYSTEMIC_THERAPY = 'SWITCH_SYSTEMIC_THERAPY',
  STOP_SYSTEMIC_THERAPY = 'STOP_SYSTEMIC_THERAPY',
  SURGERY = 'SURGERY',
  RADIOTHERAPY = 'RADIOTHERAPY',
  INTERVENTIONAL_RADIOLOGY = 'INTERVENTIONAL_RADIOLOGY',
  CLINICAL_TRIAL = 'CLINICAL_TRIAL',
  BEST_SUPPORTIVE_CARE = 'BEST_SUPPORTIVE_CARE',
  FURTHER_INVESTIGATION = 'FURTHER_INVESTIGATION',
}

/** Required when the recommendation is INTERVENTIONAL_RADIOLOGY, refused otherwise. */
export enum InterventionalProcedure {
  TACE = 'TACE',
  TARE = 'TARE',
  ABLATION = 'ABLATION',
  OTHER = 'OTHER',
}

export enum TreatmentIntent {
  CURATIVE = 'CURATIVE',
  PALLIATIVE = 'PALLIATIVE',
  UNCERTAIN = 'UNCERTAIN',
}

/** SCHEDULED → REMINDED → DUE → OVERDUE (the worker, later); FULFILLED by a report; CANCELLED by a person. */
export enum FollowUpStatus {
  SCHEDULED = 'SCHEDULED',
  REMINDED = 'REMINDED',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  FULFILLED = 'FULFILLED',
  CANCELLED = 'CANCELLED',
}

/** Follow-ups that still wait for a scan: the ones a person may reschedule or cancel. */
export const PENDING_FOLLOW_UP: readonly FollowUpStatus[] = [FollowUpStatus.SCHEDULED, FollowUpStatus.REMINDED, FollowUpStatus.DUE, FollowUpStatus.OVERDUE];

registerEnumType(DecisionStatus, { name: 'DecisionStatus' });
registerEnumType(DecisionRecommendation, { name: 'DecisionRecommendation' });
registerEnumType(InterventionalProcedure, { name: 'InterventionalProcedure', description: 'The kind of interventional radiology (TACE, TARE, ablation).' });
registerEnumType(TreatmentIntent, { name: 'TreatmentIntent' });
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });
