import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Length, MaxLength, Min, ValidateIf } from 'class-validator';
import { ContrastClearance, ReviewFindingDecision, ReviewFindingKind, ReviewFindingSeverity } from '../pharmacy.enums';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Free text of a review: long enough for a clinical note, short enough to refuse a pasted file. */
export const MAX_TEXT = 2000;

@ArgsType()
export class OpenPharmacistReviewArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;
}

@ArgsType()
export class ReviewVersionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a review id' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;
}

@InputType()
export class DecideReviewFindingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'findingId must be a finding id' })
  findingId!: string;

  @Field(() => ReviewFindingDecision, { description: 'ACCEPTED or DISMISSED.' })
  @IsIn([ReviewFindingDecision.ACCEPTED, ReviewFindingDecision.DISMISSED], { message: 'decision must be ACCEPTED or DISMISSED' })
  decision!: ReviewFindingDecision;

  @Field(() => String, { nullable: true, description: 'Required when dismissing.' })
  @Transform(trim)
  @ValidateIf((o: DecideReviewFindingInput) => o.decision === ReviewFindingDecision.DISMISSED || (o.reason !== undefined && o.reason !== null))
  @IsString({ message: 'reason must be text' })
  @IsNotEmpty({ message: 'reason is required when dismissing a finding' })
  @MaxLength(MAX_TEXT, { message: `reason must be at most ${MAX_TEXT} characters` })
  reason?: string | null;

  @Field(() => Int, { description: "The review's version." })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;
}

@InputType()
export class AddReviewFindingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'reviewId must be a review id' })
  reviewId!: string;

  @Field(() => ReviewFindingKind)
  @IsEnum(ReviewFindingKind, { message: 'kind must be a known finding kind' })
  kind!: ReviewFindingKind;

  @Field(() => ReviewFindingSeverity)
  @IsEnum(ReviewFindingSeverity, { message: 'severity must be INFO, WARNING or CRITICAL' })
  severity!: ReviewFindingSeverity;

  @Field()
  @Transform(trim)
  @IsString({ message: 'message must be text' })
  @Length(1, MAX_TEXT, { message: `message must be 1 to ${MAX_TEXT} characters` })
  message!: string;

  @Field(() => String, { nullable: true })
  @Transform(trim)
  @IsOptional()
  @IsString({ message: 'recommendation must be text' })
  @MaxLength(MAX_TEXT, { message: `recommendation must be at most ${MAX_TEXT} characters` })
  recommendation?: string | null;

  @Field(() => Int)
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;
}

@InputType()
export class SetContrastClearanceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'reviewId must be a review id' })
  reviewId!: string;

  @Field(() => ContrastClearance)
  @IsEnum(ContrastClearance, { message: 'clearance must be a known clearance' })
  clearance!: ContrastClearance;

  @Field(() => String, { nullable: true, description: 'Required when the clearance differs from the computed one.' })
  @Transform(trim)
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(MAX_TEXT, { message: `note must be at most ${MAX_TEXT} characters` })
  note?: string | null;

  @Field(() => Int)
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;
}
