import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Role } from '@consilium/contracts';

const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

@InputType()
export class InviteToMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field(() => ID, { description: 'An active user who is not a member of the meeting’s team.' })
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;

  @Field({ description: 'Why they are invited (kept with the invitation and in the audit trail).' })
  @Trim()
  @IsString()
  @Length(3, 500, { message: 'reason must be 3 to 500 characters' })
  reason!: string;

  @Field(() => Role, {
    nullable: true,
    description: 'The role the guest attends as: physician, radiologist or pharmacist, one of their own. Default: the first of those they hold.',
  })
  @IsOptional()
  @IsEnum(Role, { message: 'role must be a role' })
  role?: Role | null;
}

@InputType()
export class RevokeMeetingInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'invitationId must be an invitation id' })
  invitationId!: string;
}
