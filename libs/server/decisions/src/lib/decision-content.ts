import { InputError } from '@consilium/server-core';
import { DecisionRecommendation } from './decision.enums';
import { DecisionEntity, FollowUpPlanItem } from './decision.entity';
import { DecisionContentInput } from './dto/decision.inputs';
import { checkPlan } from './follow-up-plan';

/** The columns a draft's content sets, checked against the rules a validator cannot express. */
export function draftContent(input: DecisionContentInput, today: string): Partial<DecisionEntity> {
  const ir = input.recommendation === DecisionRecommendation.INTERVENTIONAL_RADIOLOGY;
  if (ir && !input.interventionalProcedure) {
    throw new InputError('input.interventionalProcedure', 'input.interventionalProcedure is required for INTERVENTIONAL_RADIOLOGY (TACE, TARE, ABLATION or OTHER)');
  }
  if (!ir && input.interventionalProcedure) {
    throw new InputError('input.interventionalProcedure', 'input.interventionalProcedure is only for INTERVENTIONAL_RADIOLOGY');
  }
  const followUpPlan: FollowUpPlanItem[] = input.followUps.map((f) => ({
    modality: f.modality,
    criteria: f.criteria,
    intervalDays: f.intervalDays ?? null,
    dueDate: f.dueDate ?? null,
    reminderLeadDays: f.reminderLeadDays,
  }));
  checkPlan('input.followUps', followUpPlan, today);
  return {
    recommendation: input.recommendation,
    interventionalProcedure: input.interventionalProcedure ?? null,
    recommendationText: input.recommendationText,
    intent: input.intent,
    rationale: input.rationale,
    dissentNotes: input.dissentNotes || null,
    followUpPlan,
  };
}
