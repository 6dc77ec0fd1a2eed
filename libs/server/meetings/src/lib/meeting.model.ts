import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import { AgendaItemStatus, DeferralReason, MeetingStatus, VoteChoice } from './meeting.enums';

@ObjectType('Meeting', { description: 'An MDT meeting of a team; its agenda is the cases to discuss, in order.' })
export class MeetingModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) teamId!: string;
  @Field() title!: string;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => ID) chairId!: string;
  @Field(() => String, { nullable: true }) videoLink!: string | null;
  @Field(() => MeetingStatus) status!: MeetingStatus;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => ID, { nullable: true }) startedBy!: string | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => ID, { nullable: true }) closedBy!: string | null;
  @Field(() => ID) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Int, { description: "Covers the meeting's fields and its agenda's composition and order." }) version!: number;
}

@ObjectType('AgendaItem', { description: 'A case on a meeting agenda, its place, its time and its outcome.' })
export class AgendaItemModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) meetingId!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => Int, { description: '1-based place on the agenda.' }) position!: number;
  @Field(() => Int) allocatedMinutes!: number;
  @Field(() => AgendaItemStatus) status!: AgendaItemStatus;
  @Field(() => DeferralReason, { nullable: true }) deferralReason!: DeferralReason | null;
  @Field(() => String, { nullable: true }) deferralNote!: string | null;
  @Field(() => Date, { nullable: true }) presentedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the item was discussed, deferred or found not reached.' }) outcomeAt!: Date | null;
  @Field(() => ID, { nullable: true }) outcomeBy!: string | null;
  @Field(() => ID) addedBy!: string;
  @Field(() => Int) version!: number;
}

@ObjectType('RoleCount')
export class RoleCountModel {
  @Field(() => Role) role!: Role;
  @Field(() => Int) count!: number;
}

@ObjectType('QuorumShortfall', { description: 'A role with fewer people present than the team requires.' })
export class QuorumShortfallModel {
  @Field(() => Role) role!: Role;
  @Field(() => Int) required!: number;
  @Field(() => Int) present!: number;
}

@ObjectType('MeetingQuorum', { description: 'Whether the people in the room now make the meeting quorate under its team’s rules.' })
export class MeetingQuorumModel {
  @Field() quorate!: boolean;
  @Field(() => [QuorumShortfallModel]) missing!: QuorumShortfallModel[];
  @Field(() => [RoleCountModel], { description: 'People present per role (a person counts once for each role they hold).' }) present!: RoleCountModel[];
}

@ObjectType('TeamQuorumRules', { description: "A team's quorum: the minimum people present per role." })
export class TeamQuorumRulesModel {
  @Field(() => ID) teamId!: string;
  @Field(() => [RoleCountModel], { description: 'Roles not listed need nobody.' }) minimums!: RoleCountModel[];
  @Field(() => Boolean, { description: 'True while an administrator has not set them (the defaults apply).' }) isDefault!: boolean;
  @Field(() => Int, { description: '0 while the defaults apply; pass it as expectedVersion.' }) version!: number;
}

@ObjectType('MeetingAttendance', { description: 'One interval of a person in the meeting room.' })
export class MeetingAttendanceModel {
  @Field(() => ID) userId!: string;
  @Field(() => [Role], { description: 'Their roles when they joined.' }) roles!: Role[];
  @Field(() => Date) joinedAt!: Date;
  @Field(() => Date, { nullable: true }) leftAt!: Date | null;
}

@ObjectType('VoteTally', { description: 'The current votes on an agenda item, one per voter.' })
export class VoteTallyModel {
  @Field(() => Int) agree!: number;
  @Field(() => Int) disagree!: number;
  @Field(() => Int) abstain!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('MeetingVote')
export class MeetingVoteModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => ID, { nullable: true }) decisionId!: string | null;
  @Field(() => ID) voterId!: string;
  @Field(() => VoteChoice) choice!: VoteChoice;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => Date) castAt!: Date;
}

@ObjectType('CastMeetingVotePayload')
export class CastMeetingVotePayloadModel {
  @Field(() => MeetingVoteModel) vote!: MeetingVoteModel;
  @Field(() => Boolean, { description: 'True when this clientEventId was already recorded: nothing changed.' }) duplicate!: boolean;
  @Field(() => VoteTallyModel) tally!: VoteTallyModel;
}

@ObjectType('MeetingSignature', { description: 'A decision signed in the room, with the quorum it was signed under (read the decision itself with `decision(id)`).' })
export class MeetingSignatureModel {
  @Field(() => ID) decisionId!: string;
  @Field(() => Int) decisionVersion!: number;
  @Field(() => Date) signedAt!: Date;
  @Field(() => ID) meetingId!: string;
  @Field(() => MeetingQuorumModel) quorum!: MeetingQuorumModel;
  @Field(() => String, { nullable: true }) inquorateReason!: string | null;
}

@ObjectType('MeetingInvitation', { description: 'A person from outside the team invited to this one meeting, attending as one role.' })
export class MeetingInvitationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) meetingId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => ID) invitedBy!: string;
  @Field(() => Role, { description: 'The only role the guest has in this meeting: what they may do and count for in the quorum.' }) role!: Role;
  @Field(() => String) reason!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => ID, { nullable: true }) revokedBy!: string | null;
}
