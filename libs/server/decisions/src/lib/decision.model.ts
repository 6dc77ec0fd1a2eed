import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ImagingModality } from '@consilium/server-cases';
import { PageInfoModel } from '@consilium/server-core';
import { ResponseCriteria } from '@consilium/server-imaging';
import { DecisionRecommendation, DecisionStatus, FollowUpStatus, InterventionalProcedure, TreatmentIntent } from './decision.enums';

@ObjectType('FollowUpPlanItem', { description: 'A follow-up scan as planned on the decision; signing schedules it.' })
export class FollowUpPlanItemModel {
  @Field(() => ImagingModality) modality!: ImagingModality;
  @Field(() => ResponseCriteria) criteria!: ResponseCriteria;
  @Field(() => Int, { nullable: true, description: 'Days after the signing date.' }) intervalDays!: number | null;
  @Field(() => String, { nullable: true, description: 'A fixed date, YYYY-MM-DD.' }) dueDate!: string | null;
  @Field(() => Int) reminderLeadDays!: number;
}

@ObjectType('EvidenceVersion', { description: 'One record and the version of it that was current at signing.' })
export class EvidenceVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() status!: string;
}

@ObjectType('DecisionEvidence', { description: 'The imaging report and pharmacist review versions current when the decision was signed.' })
export class DecisionEvidenceModel {
  @Field(() => [EvidenceVersionModel]) imagingReports!: EvidenceVersionModel[];
  @Field(() => [EvidenceVersionModel]) pharmacistReviews!: EvidenceVersionModel[];
}

@ObjectType('Decision')
export class DecisionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => Int, { description: '1 for the first decision, +1 per amendment.' }) revision!: number;
  @Field(() => ID, { nullable: true, description: 'The signed decision this one amends.' }) amendsDecisionId!: string | null;
  @Field(() => DecisionStatus) status!: DecisionStatus;
  @Field(() => DecisionRecommendation) recommendation!: DecisionRecommendation;
  @Field(() => InterventionalProcedure, { nullable: true }) interventionalProcedure!: InterventionalProcedure | null;
  @Field() recommendationText!: string;
  @Field(() => TreatmentIntent) intent!: TreatmentIntent;
  @Field() rationale!: string;
  @Field(() => String, { nullable: true }) dissentNotes!: string | null;
  @Field(() => [FollowUpPlanItemModel]) followUpPlan!: FollowUpPlanItemModel[];
  @Field(() => String, { nullable: true }) amendmentReason!: string | null;
  @Field(() => DecisionEvidenceModel, { nullable: true }) evidence!: DecisionEvidenceModel | null;
  @Field(() => ID, { nullable: true, description: 'The meeting it was signed in (set by the live session).' }) meetingId!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the meeting was quorate at signing (set by the live session).' }) quorate!: boolean | null;
  @Field(() => String, { nullable: true, description: 'Why it was signed although the meeting was not quorate.' }) inquorateReason!: string | null;
  @Field(() => ID) createdBy!: string;
  @Field(() => ID, { nullable: true }) proposedBy!: string | null;
  @Field(() => Date, { nullable: true }) proposedAt!: Date | null;
  @Field(() => ID, { nullable: true }) signedBy!: string | null;
  @Field(() => String, { nullable: true }) signedByName!: string | null;
  @Field(() => Date, { nullable: true }) signedAt!: Date | null;
  @Field(() => ID, { nullable: true }) supersededBy!: string | null;
  @Field(() => Date, { nullable: true }) supersededAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('FollowUp')
export class FollowUpModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID) decisionId!: string;
  @Field(() => ImagingModality) modality!: ImagingModality;
  @Field(() => ResponseCriteria) criteria!: ResponseCriteria;
  @Field({ description: 'YYYY-MM-DD.' }) dueDate!: string;
  @Field(() => Int) reminderLeadDays!: number;
  @Field(() => FollowUpStatus) status!: FollowUpStatus;
  @Field(() => ID, { nullable: true, description: 'The FINAL imaging report that fulfilled it.' }) fulfilledByReportId!: string | null;
  @Field(() => Date, { nullable: true }) fulfilledAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType('DecisionEdge')
export class DecisionEdgeModel {
  @Field() cursor!: string;
  @Field(() => DecisionModel) node!: DecisionModel;
}

@ObjectType('DecisionConnection')
export class DecisionConnectionModel {
  @Field(() => [DecisionEdgeModel]) edges!: DecisionEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
}
