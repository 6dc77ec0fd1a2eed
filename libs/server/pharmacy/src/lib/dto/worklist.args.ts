import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { WorklistReviewState } from '../pharmacy.enums';

export const MAX_PAGE = 200;

@InputType()
export class PharmacistWorklistFilter {
  @Field(() => ID, { nullable: true, description: 'One of your teams; all of them when omitted.' })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id' })
  teamId?: string | null;

  @Field(() => WorklistReviewState, { nullable: true })
  @IsOptional()
  @IsEnum(WorklistReviewState, { message: 'state must be NOT_STARTED, OPEN or SIGNED' })
  state?: WorklistReviewState | null;
}

@ArgsType()
export class PharmacistWorklistArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: 'first must be at least 1' })
  @Max(MAX_PAGE, { message: `first must be at most ${MAX_PAGE}` })
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString({ message: 'after must be a cursor' })
  @MaxLength(200, { message: 'after must be a cursor from this list' })
  after?: string | null;

  @Field(() => PharmacistWorklistFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PharmacistWorklistFilter)
  filter?: PharmacistWorklistFilter | null;
}
