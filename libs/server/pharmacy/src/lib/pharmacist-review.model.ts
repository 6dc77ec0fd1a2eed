import { ContrastAgent, ContrastRoute } from '@consilium/server-cases';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ContrastClearance,
  PharmacistReviewStatus,
  ReviewFindingDecision,
  ReviewFindingKind,
  ReviewFindingOrigin,
  ReviewFindingSeverity,
} from './pharmacy.enums';

@ObjectType('ComputedInput', { description: 'One input of a computed number, with the date it was measured.' })
export class ComputedInputModel {
  @Field() name!: string;
  @Field({ description: 'The value used, in `unit`.' }) value!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date of the measure (for age: the review date).' }) measuredOn!: string | null;
  @Field(() => String, { nullable: true, description: 'As entered, when it was converted (e.g. "88.4 µmol/L").' }) entered!: string | null;
}

@ObjectType('ComputedValue', { description: 'A computed clinical number with its inputs and source. Unrounded; round for display.' })
export class ComputedValueModel {
  @Field(() => Float, { nullable: true, description: 'Null when an input is missing or unusable; `note` says which.' }) value!: number | null;
  @Field() unit!: string;
  @Field() equation!: string;
  @Field() source!: string;
  @Field(() => [ComputedInputModel]) inputs!: ComputedInputModel[];
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true, description: 'eGFR only: KDIGO 2012 category.' }) kdigoCategory!: string | null;
  @Field(() => String, { nullable: true, description: 'CrCl only: the weight used (ACTUAL).' }) weightBasis!: string | null;
}

@ObjectType('ContrastAssessment', { description: 'The contrast-safety assessment of one requested study.' })
export class ContrastAssessmentModel {
  @Field(() => ID) imagingRequestId!: string;
  @Field() modality!: string;
  @Field() bodyRegion!: string;
  @Field(() => ContrastAgent) agent!: ContrastAgent;
  @Field(() => ContrastRoute) route!: ContrastRoute;
  @Field() plannedDate!: string;
  @Field(() => ContrastClearance, { nullable: true, description: 'Null when the eGFR is missing.' }) clearance!: ContrastClearance | null;
  @Field(() => Boolean, { nullable: true }) highRiskOfContrastAki!: boolean | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('ReviewedMedication')
export class ReviewedMedicationModel {
  @Field(() => ID) id!: string;
  @Field() drug!: string;
  @Field(() => String, { nullable: true }) dose!: string | null;
  @Field(() => String, { nullable: true }) route!: string | null;
  @Field(() => String, { nullable: true }) frequency!: string | null;
}

@ObjectType('PharmacistReviewComputation', { description: 'What the review was computed from, as of `reviewDate`.' })
export class ReviewComputationModel {
  @Field() reviewDate!: string;
  @Field(() => ComputedValueModel, { description: 'CKD-EPI 2021.' }) egfr!: ComputedValueModel;
  @Field(() => ComputedValueModel, { description: 'Cockcroft–Gault, actual body weight.' }) crcl!: ComputedValueModel;
  @Field(() => ComputedValueModel, { description: 'Mosteller.' }) bsa!: ComputedValueModel;
  @Field() aki!: boolean;
  @Field() onDialysis!: boolean;
  @Field() priorContrastReaction!: string;
  @Field(() => [ReviewedMedicationModel]) medications!: ReviewedMedicationModel[];
  @Field(() => [ContrastAssessmentModel]) contrast!: ContrastAssessmentModel[];
}

@ObjectType('ReviewFinding')
export class ReviewFindingModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) reviewId!: string;
  @Field(() => ReviewFindingOrigin) origin!: ReviewFindingOrigin;
  @Field(() => ReviewFindingKind) kind!: ReviewFindingKind;
  @Field() code!: string;
  @Field(() => ReviewFindingSeverity) severity!: ReviewFindingSeverity;
  @Field(() => String, { nullable: true, description: "The rule's own grade (CONTRAINDICATED, MAJOR, REDUCE …)." }) ruleSeverity!: string | null;
  @Field() message!: string;
  @Field(() => String, { nullable: true }) recommendation!: string | null;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => ReviewFindingDecision) decision!: ReviewFindingDecision;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field(() => ID, { nullable: true }) decidedBy!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => ID, { nullable: true }) createdBy!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('PharmacistReview')
export class PharmacistReviewModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => PharmacistReviewStatus) status!: PharmacistReviewStatus;
  @Field(() => ID) openedBy!: string;
  @Field() reviewDate!: string;
  @Field(() => ReviewComputationModel) computed!: ReviewComputationModel;
  @Field(() => Date) computedAt!: Date;
  @Field(() => ContrastClearance, { nullable: true, description: 'What the rules say; null when it cannot be assessed.' })
  computedClearance!: ContrastClearance | null;
  @Field(() => ContrastClearance, { nullable: true, description: "The pharmacist's clearance; pre-filled with the computed one." })
  contrastClearance!: ContrastClearance | null;
  @Field(() => String, { nullable: true }) clearanceNote!: string | null;
  @Field(() => ID, { nullable: true }) clearanceSetBy!: string | null;
  @Field(() => ID, { nullable: true }) signedBy!: string | null;
  @Field(() => String, { nullable: true }) signedByName!: string | null;
  @Field(() => Date, { nullable: true }) signedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Int, { description: 'Pass back as expectedVersion when changing this review.' }) version!: number;
  @Field(() => [ReviewFindingModel]) findings?: ReviewFindingModel[];
}
