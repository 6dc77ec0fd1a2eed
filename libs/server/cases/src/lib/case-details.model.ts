import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CaseStatus } from './case-status';
import { MeasureKind, ReactionSeverity } from './clinical-data.entities';
import { ContrastAgent, ContrastRoute, ImagingModality, ImagingRequestStatus } from './imaging-request.entity';

@ObjectType('ReadinessItem')
export class ReadinessItemModel {
  @Field() key!: string;
  @Field() label!: string;
  @Field() satisfied!: boolean;
  @Field({ description: 'What was found, or what is missing.' }) detail!: string;
}

@ObjectType('Readiness')
export class ReadinessModel {
  @Field() ready!: boolean;
  @Field(() => [ReadinessItemModel]) items!: ReadinessItemModel[];
  @Field(() => [String], { description: 'Labels of the unmet items, for a badge.' }) missing!: string[];
}

@ObjectType('CaseEvent', { description: 'One recorded step of the case journey.' })
export class CaseEventModel {
  @Field(() => ID) id!: string;
  @Field(() => CaseStatus, { nullable: true }) fromStatus!: CaseStatus | null;
  @Field(() => CaseStatus) toStatus!: CaseStatus;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType('ClinicalMeasure')
export class ClinicalMeasureModel {
  @Field(() => ID) id!: string;
  @Field(() => MeasureKind) kind!: MeasureKind;
  @Field(() => Float, { description: 'As entered.' }) value!: number;
  @Field() unit!: string;
  @Field(() => Float, { description: 'In cm, kg or mg/dL, as the equations use it.' }) normalizedValue!: number;
  @Field() measuredOn!: string;
}

@ObjectType('Allergy')
export class AllergyModel {
  @Field(() => ID) id!: string;
  @Field() substance!: string;
  @Field(() => String, { nullable: true }) reaction!: string | null;
  @Field(() => ReactionSeverity) severity!: ReactionSeverity;
  @Field() contrastReaction!: boolean;
}

@ObjectType('Medication')
export class MedicationModel {
  @Field(() => ID) id!: string;
  @Field() drug!: string;
  @Field(() => String, { nullable: true }) dose!: string | null;
  @Field(() => String, { nullable: true }) route!: string | null;
  @Field(() => String, { nullable: true }) frequency!: string | null;
  @Field(() => String, { nullable: true }) startDate!: string | null;
  @Field(() => String, { nullable: true }) stopDate!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType('RenalStatus')
export class RenalStatusModel {
  @Field() aki!: boolean;
  @Field() onDialysis!: boolean;
}

@ObjectType('ImagingRequest')
export class ImagingRequestModel {
  @Field(() => ID) id!: string;
  @Field(() => ImagingModality) modality!: ImagingModality;
  @Field() bodyRegion!: string;
  @Field(() => ContrastAgent) contrastAgent!: ContrastAgent;
  @Field(() => ContrastRoute, { nullable: true }) contrastRoute!: ContrastRoute | null;
  @Field() plannedDate!: string;
  @Field(() => ImagingRequestStatus) status!: ImagingRequestStatus;
}
