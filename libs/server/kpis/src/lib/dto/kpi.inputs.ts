import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, ValidateNested, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { KpiFigure } from '../kpi.model';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({
  description: 'Which facts: one team (or every team when omitted) and a date range (UTC days, both inclusive).',
})
export class KpiFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id' })
  teamId?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'from must be a date as YYYY-MM-DD' })
  from!: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  @Matches(DATE, { message: 'to must be a date as YYYY-MM-DD' })
  to!: string;
}

@ArgsType()
export class KpiDashboardArgs {
  @Field(() => KpiFilterInput)
  @ValidateNested()
  @Type(() => KpiFilterInput)
  filter!: KpiFilterInput;
}

@ArgsType()
export class KpiCasesArgs {
  @Field(() => KpiFilterInput)
  @ValidateNested()
  @Type(() => KpiFilterInput)
  filter!: KpiFilterInput;

  @Field(() => KpiFigure)
  @IsEnum(KpiFigure)
  figure!: KpiFigure;

  @Field(() => String, {
    nullable: true,
    description: 'Only this month of the trend, YYYY-MM.',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}$/, { message: 'month must be YYYY-MM' })
  month?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'DEFERRALS only: this reason.',
  })
  @IsOptional()
  @IsString()
  reason?: string | null;

  @Field(() => Int, {
    defaultValue: 100,
    description: 'At most 10 000 rows (CSV export takes them all).',
  })
  @IsInt()
  @Min(1, { message: 'first must be from 1 to 10000' })
  @Max(10_000, { message: 'first must be from 1 to 10000' })
  first!: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { message: 'offset must not be negative' })
  offset!: number;
}

@ArgsType()
export class OverdueFollowUpsArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id' })
  teamId?: string | null;
}

@ArgsType()
export class TeamIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'teamId must be a team id' })
  teamId!: string;
}

function targetField(name: string, max: number) {
  return [
    IsInt({ message: `${name} must be a whole number` }),
    Min(1, { message: `${name} must be from 1 to ${max}` }),
    Max(max, { message: `${name} must be from 1 to ${max}` }),
  ];
}
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

@InputType()
export class SetTeamKpiTargetsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'teamId must be a team id' })
  teamId!: string;
  @Field(() => Int, {
    description: 'Referral → first discussion, days (1–365).',
  })
  @apply(targetField('referralToDiscussionDays', 365))
  referralToDiscussionDays!: number;
  @Field(() => Int, { description: 'Study → final report, hours (1–2160).' })
  @apply(targetField('imagingReportHours', 2160))
  imagingReportHours!: number;
  @Field(() => Int, {
    description: 'Decision proposed → signed, hours (1–2160).',
  })
  @apply(targetField('decisionSigningHours', 2160))
  decisionSigningHours!: number;
}
