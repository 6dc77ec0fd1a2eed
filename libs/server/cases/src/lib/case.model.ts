import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CasePriority, CaseStatus, PatientSex } from './case-status';

@ObjectType('Patient', { description: 'Protected health information: visible only through a case of your team.' })
export class PatientModel {
  @Field(() => ID) id!: string;
  @Field() mrn!: string;
  @Field() givenName!: string;
  @Field() familyName!: string;
  @Field({ description: 'ISO date, YYYY-MM-DD.' }) birthDate!: string;
  @Field(() => PatientSex) sex!: PatientSex;
  @Field(() => Int) version!: number;
}

@ObjectType('TnmStaging', { description: 'As typed by the user; syntax checked only, never derived.' })
export class TnmStagingModel {
  @Field(() => String, { nullable: true }) prefix!: string | null;
  @Field(() => String, { nullable: true }) t!: string | null;
  @Field(() => String, { nullable: true }) n!: string | null;
  @Field(() => String, { nullable: true }) m!: string | null;
  @Field(() => String, { nullable: true }) stageGroup!: string | null;
  @Field(() => String, { nullable: true }) edition!: string | null;
}

@ObjectType('Case')
export class CaseModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) patientId!: string;
  @Field(() => ID) teamId!: string;
  @Field() referralDate!: string;
  @Field() referralSource!: string;
  @Field(() => String, { nullable: true }) question!: string | null;
  @Field(() => String, { nullable: true }) clinicalSummary!: string | null;
  @Field(() => String, { nullable: true }) diagnosisCode!: string | null;
  @Field(() => String, { nullable: true }) diagnosisText!: string | null;
  @Field(() => TnmStagingModel, { nullable: true }) tnm!: TnmStagingModel | null;
  @Field(() => Int, { nullable: true }) ecog!: number | null;
  @Field(() => CasePriority) priority!: CasePriority;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => String, { nullable: true }) targetDiscussionDate!: string | null;
  @Field(() => String, { nullable: true }) readinessOverrideReason!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Int, { description: 'Pass back as expectedVersion when changing this case.' }) version!: number;
}
