import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs, PageInfoModel } from '@consilium/server-core';
import { CasePriority, CaseStatus } from './case-status';
import { CaseModel } from './case.model';

export enum CaseWorklistOrder {
  REFERRAL_DATE = 'REFERRAL_DATE',
  TARGET_DISCUSSION_DATE = 'TARGET_DISCUSSION_DATE',
  URGENCY = 'URGENCY',
}
registerEnumType(CaseWorklistOrder, {
  name: 'CaseWorklistOrder',
  description: 'REFERRAL_DATE: oldest first; TARGET_DISCUSSION_DATE: soonest first, undated last; URGENCY: urgent first, then oldest referral.',
});

@InputType()
export class CaseWorklistFilter {
  @Field(() => ID, { nullable: true, description: 'One of your teams; all your teams when omitted.' })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id' })
  teamId?: string | null;

  @Field(() => [CaseStatus], { nullable: true, description: 'Defaults to the open statuses.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(CaseStatus, { each: true, message: 'statuses must contain only case statuses' })
  statuses?: CaseStatus[] | null;

  @Field(() => CasePriority, { nullable: true })
  @IsOptional()
  @IsEnum(CasePriority, { message: 'priority must be ROUTINE or URGENT' })
  priority?: CasePriority | null;
}

@ArgsType()
export class CaseWorklistArgs extends PageArgs {
  @Field(() => CaseWorklistFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseWorklistFilter)
  filter?: CaseWorklistFilter | null;

  @Field(() => CaseWorklistOrder, { defaultValue: CaseWorklistOrder.URGENCY })
  @IsEnum(CaseWorklistOrder, { message: 'orderBy must be REFERRAL_DATE, TARGET_DISCUSSION_DATE or URGENCY' })
  orderBy: CaseWorklistOrder = CaseWorklistOrder.URGENCY;
}

@ObjectType('CaseEdge')
export class CaseEdgeModel {
  @Field() cursor!: string;
  @Field(() => CaseModel) node!: CaseModel;
}

@ObjectType('CaseConnection')
export class CaseConnectionModel {
  @Field(() => [CaseEdgeModel]) edges!: CaseEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
  @Field(() => Int) totalCount!: number;
}
