import { DecisionEntity } from './decision.entity';
import { DecisionModel, FollowUpModel } from './decision.model';
import { FollowUpEntity } from './follow-up.entity';

export function toDecisionModel(e: DecisionEntity): DecisionModel {
  return {
    id: e.id,
    caseId: e.caseId,
    revision: e.revision,
    amendsDecisionId: e.amendsDecisionId,
    status: e.status,
    recommendation: e.recommendation,
    interventionalProcedure: e.interventionalProcedure,
    recommendationText: e.recommendationText,
    intent: e.intent,
    rationale: e.rationale,
    dissentNotes: e.dissentNotes,
    followUpPlan: e.followUpPlan.map((p) => ({ ...p })),
    amendmentReason: e.amendmentReason,
    evidence: e.evidence,
    meetingId: e.meetingId,
    quorate: e.quorate,
    inquorateReason: e.inquorateReason,
    createdBy: e.createdBy,
    proposedBy: e.proposedBy,
    proposedAt: e.proposedAt,
    signedBy: e.signedBy,
    signedByName: e.signedByName,
    signedAt: e.signedAt,
    supersededBy: e.supersededBy,
    supersededAt: e.supersededAt,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    version: e.version,
  };
}

export function toFollowUpModel(e: FollowUpEntity): FollowUpModel {
  return {
    id: e.id,
    caseId: e.caseId,
    decisionId: e.decisionId,
    modality: e.modality,
    criteria: e.criteria,
    dueDate: e.dueDate,
    reminderLeadDays: e.reminderLeadDays,
    status: e.status,
    fulfilledByReportId: e.fulfilledByReportId,
    fulfilledAt: e.fulfilledAt,
    cancelReason: e.cancelReason,
    version: e.version,
  };
}
