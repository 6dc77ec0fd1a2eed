import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Role } from '@consilium/contracts';
import { DeferralReason, VoteChoice } from '../meeting.enums';

const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const ExpectedVersion = (min = 1) => (target: object, key: string) => {
  Field(() => Int, { description: 'The version you last read; a stale one is a CONFLICT.' })(target, key);
  IsInt({ message: `${key} must be a whole number` })(target, key);
  Min(min, { message: `${key} must be at least ${min}` })(target, key);
};

@InputType({ isAbstract: true })
export class MeetingScheduleFields {
  @Field({ description: 'E.g. "Lung MDT — weekly".' })
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters' })
  title!: string;

  @Field(() => Date)
  @Type(() => Date)
  @IsDate({ message: 'startsAt must be a date and time' })
  startsAt!: Date;

  @Field(() => Int)
  @IsInt({ message: 'durationMinutes must be a whole number of minutes' })
  @Min(15, { message: 'durationMinutes must be from 15 to 600' })
  @Max(600, { message: 'durationMinutes must be from 15 to 600' })
  durationMinutes!: number;

  @Field(() => ID, { description: 'A member of the team who chairs the meeting.' })
  @IsUUID('all', { message: 'chairId must be a user id' })
  chairId!: string;

  @Field(() => String, { nullable: true, description: 'https link to the video call.' })
  @IsOptional()
  @Trim()
  @MaxLength(2000, { message: 'videoLink must be at most 2000 characters' })
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'videoLink must be an https:// link' })
  videoLink?: string | null;
}

@InputType()
export class ScheduleMeetingInput extends MeetingScheduleFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'teamId must be a team id' })
  teamId!: string;
}

@InputType()
export class UpdateMeetingInput extends MeetingScheduleFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @ExpectedVersion()
  expectedVersion!: number;
}

@InputType()
export class MeetingStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @ExpectedVersion()
  expectedVersion!: number;
}

@InputType()
export class AddAgendaItemInput extends MeetingStepInput {
  @Field(() => ID, { description: 'A READY case of the meeting’s team.' })
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;

  @Field(() => Int)
  @IsInt({ message: 'allocatedMinutes must be a whole number of minutes' })
  @Min(1, { message: 'allocatedMinutes must be from 1 to 120' })
  @Max(120, { message: 'allocatedMinutes must be from 1 to 120' })
  allocatedMinutes!: number;
}

@InputType()
export class ReorderAgendaInput extends MeetingStepInput {
  @Field(() => [ID], { description: 'Every item of the agenda, once each, in the new order.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'itemIds must list the agenda items' })
  @ArrayMaxSize(200, { message: 'itemIds must list at most 200 items' })
  @IsUUID('all', { each: true, message: 'itemIds must be agenda item ids' })
  itemIds!: string[];
}

@InputType()
export class AgendaItemStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'itemId must be an agenda item id' })
  itemId!: string;

  @ExpectedVersion()
  expectedVersion!: number;
}

@InputType()
export class SetAgendaItemMinutesInput extends AgendaItemStepInput {
  @Field(() => Int)
  @IsInt({ message: 'allocatedMinutes must be a whole number of minutes' })
  @Min(1, { message: 'allocatedMinutes must be from 1 to 120' })
  @Max(120, { message: 'allocatedMinutes must be from 1 to 120' })
  allocatedMinutes!: number;
}

@InputType()
export class DeferAgendaItemInput extends AgendaItemStepInput {
  @Field(() => DeferralReason)
  @IsEnum(DeferralReason, { message: 'reason must be one of the coded deferral reasons' })
  reason!: DeferralReason;

  @Field(() => String, { nullable: true, description: 'Required when reason is OTHER.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  note?: string | null;
}

@InputType()
export class RoleMinimumInput {
  @Field(() => Role)
  @IsEnum(Role, { message: 'role must be one of the roles' })
  role!: Role;

  @Field(() => Int)
  @IsInt({ message: 'minimum must be a whole number' })
  @Min(0, { message: 'minimum must be from 0 to 20' })
  @Max(20, { message: 'minimum must be from 0 to 20' })
  minimum!: number;
}

@InputType()
export class SetTeamQuorumRulesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'teamId must be a team id' })
  teamId!: string;

  @ExpectedVersion(0)
  expectedVersion!: number;

  @Field(() => [RoleMinimumInput], { description: 'Roles not listed need nobody.' })
  @IsArray()
  @ArrayMaxSize(10, { message: 'minimums must list each role at most once' })
  @ValidateNested({ each: true })
  @Type(() => RoleMinimumInput)
  minimums!: RoleMinimumInput[];
}

@InputType()
export class CastMeetingVoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'itemId must be an agenda item id' })
  itemId!: string;

  @Field(() => ID, { nullable: true, description: 'The decision voted on, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'decisionId must be a decision id' })
  decisionId?: string | null;

  @Field(() => VoteChoice)
  @IsEnum(VoteChoice, { message: 'choice must be AGREE, DISAGREE or ABSTAIN' })
  choice!: VoteChoice;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000, { message: 'comment must be at most 2000 characters' })
  comment?: string | null;

  @Field({ description: 'Unique per vote the client casts; a replay with the same id is counted once.' })
  @IsString()
  @Matches(/^[A-Za-z0-9._:-]{8,100}$/, { message: 'clientEventId must be 8 to 100 letters, digits or ._:-' })
  clientEventId!: string;
}

@InputType()
export class SignDecisionInMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'itemId must be an agenda item id' })
  itemId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'decisionId must be a decision id' })
  decisionId!: string;

  @ExpectedVersion()
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Required when the meeting is not quorate.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000, { message: 'inquorateReason must be at most 2000 characters' })
  inquorateReason?: string | null;
}

@ArgsType()
export class MeetingIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a meeting id' })
  id!: string;
}

@ArgsType()
export class TeamIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'teamId must be a team id' })
  teamId!: string;
}

@ArgsType()
export class TeamMeetingsArgs extends TeamIdArgs {
  @Field(() => Date, { description: 'Meetings starting at or after this instant.' })
  @Type(() => Date)
  @IsDate({ message: 'from must be a date and time' })
  from!: Date;

  @Field(() => Date, { description: 'Meetings starting before this instant (at most 366 days after from).' })
  @Type(() => Date)
  @IsDate({ message: 'to must be a date and time' })
  to!: Date;
}

@ArgsType()
export class UpcomingMeetingsArgs {
  @Field(() => ID, { nullable: true, description: 'One of your teams; all of them when omitted.' })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id' })
  teamId?: string | null;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: 'first must be from 1 to 100' })
  @Max(100, { message: 'first must be from 1 to 100' })
  first = 20;
}
