import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsISO8601, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ImagingModality } from '@consilium/server-cases';
import { ResponseCriteria } from '@consilium/server-imaging';
import { DecisionRecommendation, InterventionalProcedure, TreatmentIntent } from '../decision.enums';

const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A calendar date, YYYY-MM-DD (whether it may lie in the past is checked by the service with the clock). */
const IsCalendarDate = (field: string) => (target: object, key: string) => {
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date as YYYY-MM-DD` })(target, key);
  IsISO8601({ strict: true }, { message: `${field} must be a real calendar date` })(target, key);
};

@InputType()
export class FollowUpPlanInput {
  @Field(() => ImagingModality)
  @IsEnum(ImagingModality, { message: 'modality must be CT, MRI, PET_CT, US or XRAY' })
  modality!: ImagingModality;

  @Field(() => ResponseCriteria)
  @IsEnum(ResponseCriteria, { message: 'criteria must be RECIST_1_1, MRECIST, PERCIST, RANO or NONE' })
  criteria!: ResponseCriteria;

  @Field(() => Int, { nullable: true, description: 'Days after the signing date (1 to 730); or give dueDate.' })
  @IsOptional()
  @IsInt({ message: 'intervalDays must be a whole number of days' })
  @Min(1, { message: 'intervalDays must be from 1 to 730' })
  @Max(730, { message: 'intervalDays must be from 1 to 730' })
  intervalDays?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the past; or give intervalDays.' })
  @IsOptional()
  @IsCalendarDate('dueDate')
  dueDate?: string | null;

  @Field(() => Int, { defaultValue: 7, description: 'How many days before the due date the team is reminded.' })
  @IsInt({ message: 'reminderLeadDays must be a whole number of days' })
  @Min(0, { message: 'reminderLeadDays must be from 0 to 90' })
  @Max(90, { message: 'reminderLeadDays must be from 0 to 90' })
  reminderLeadDays = 7;
}

/** The content of a decision, shared by create and update. */
@InputType({ isAbstract: true })
export class DecisionContentInput {
  @Field(() => DecisionRecommendation)
  @IsEnum(DecisionRecommendation, { message: 'recommendation must be one of the coded recommendations' })
  recommendation!: DecisionRecommendation;

  @Field(() => InterventionalProcedure, { nullable: true, description: 'Required for INTERVENTIONAL_RADIOLOGY, refused otherwise.' })
  @IsOptional()
  @IsEnum(InterventionalProcedure, { message: 'interventionalProcedure must be TACE, TARE, ABLATION or OTHER' })
  interventionalProcedure?: InterventionalProcedure | null;

  @Field(() => String, { defaultValue: '', description: 'Detail: drug and schedule, operation, dose and fractions…' })
  @Trim()
  @IsString()
  @MaxLength(2000, { message: 'recommendationText must be at most 2000 characters' })
  recommendationText: string = '';

  @Field(() => TreatmentIntent)
  @IsEnum(TreatmentIntent, { message: 'intent must be CURATIVE, PALLIATIVE or UNCERTAIN' })
  intent!: TreatmentIntent;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 10000, { message: 'rationale must be 1 to 10000 characters' })
  rationale!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(10000, { message: 'dissentNotes must be at most 10000 characters' })
  dissentNotes?: string | null;

  @Field(() => [FollowUpPlanInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10, { message: 'followUps can plan at most 10 scans' })
  @ValidateNested({ each: true })
  @Type(() => FollowUpPlanInput)
  followUps: FollowUpPlanInput[] = [];
}

@InputType()
export class CreateDecisionDraftInput extends DecisionContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;
}

@InputType()
export class UpdateDecisionDraftInput extends DecisionContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'decisionId must be a decision id' })
  decisionId!: string;

  @Field(() => Int)
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;
}

@InputType()
export class DecisionStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'decisionId must be a decision id' })
  decisionId!: string;

  @Field(() => Int)
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;
}

@InputType()
export class AmendDecisionInput extends DecisionStepInput {
  @Field({ description: 'Why the signed decision is amended (kept on the new version).' })
  @Trim()
  @IsString()
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason!: string;
}

/** Names a follow-up and the version the caller saw. */
@InputType({ isAbstract: true })
abstract class FollowUpRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'followUpId must be a follow-up id' })
  followUpId!: string;

  @Field(() => Int)
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;
}

@InputType()
export class RescheduleFollowUpInput extends FollowUpRefInput {
  @Field({ description: 'YYYY-MM-DD, not in the past.' })
  @IsCalendarDate('dueDate')
  dueDate!: string;
}

@InputType()
export class CancelFollowUpInput extends FollowUpRefInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason!: string;
}
