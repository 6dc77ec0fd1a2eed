import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import { Authorize, CurrentPrincipal, Principal } from '@consilium/server-core';
import { CastMeetingVoteInput, SignDecisionInMeetingInput } from './dto/meeting.inputs';
import { toQuorumModel, toTallyModel, toVoteModel } from './meeting.mapper';
import { CastMeetingVotePayloadModel, MeetingSignatureModel } from './meeting.model';
import { MeetingsService } from './meetings.service';
import { VOTER_ROLES, VotesService } from './votes.service';

/** What the room does over GraphQL too (the live gateway calls the same services over Socket.IO). */
@Resolver()
export class MeetingRoomResolver {
  constructor(
    private readonly votes: VotesService,
    private readonly meetings: MeetingsService,
  ) {}

  @Authorize({ roles: [...VOTER_ROLES] })
  @Mutation(() => CastMeetingVotePayloadModel, {
    description: 'Your vote on an item of a live meeting you are present in; a changed vote replaces yours; the same clientEventId counts once.',
  })
  async castMeetingVote(@Args('input') input: CastMeetingVoteInput, @CurrentPrincipal() actor: Principal): Promise<CastMeetingVotePayloadModel> {
    const result = await this.votes.castVote(actor, input);
    return { vote: toVoteModel(result.vote), duplicate: result.duplicate, tally: toTallyModel(result.tally) };
  }

  @Authorize({ roles: [Role.PHYSICIAN] })
  @Mutation(() => MeetingSignatureModel, {
    description: 'Sign a PROPOSED decision on a DISCUSSED item of a live meeting you are in; the roles present and the quorum are recorded on it.',
  })
  async signDecisionInMeeting(@Args('input') input: SignDecisionInMeetingInput, @CurrentPrincipal() actor: Principal): Promise<MeetingSignatureModel> {
    const { decision, quorum } = await this.meetings.signDecisionInMeeting(
      input.meetingId,
      input.itemId,
      { decisionId: input.decisionId, expectedVersion: input.expectedVersion },
      actor,
      input.inquorateReason,
    );
    return {
      decisionId: decision.id,
      decisionVersion: decision.version,
      signedAt: decision.signedAt!,
      meetingId: input.meetingId,
      quorum: toQuorumModel(quorum),
      inquorateReason: decision.inquorateReason,
    };
  }
}
