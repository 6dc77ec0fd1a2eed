import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Authorize, CurrentPrincipal, Principal } from '@consilium/server-core';
import { CastMeetingVoteInput } from './dto/meeting.inputs';
import { toTallyModel, toVoteModel } from './meeting.mapper';
import { CastMeetingVotePayloadModel } from './meeting.model';
import { VOTER_ROLES, VotesService } from './votes.service';

/** What the room does over GraphQL too (the live gateway calls the same services over Socket.IO). */
@Resolver()
export class MeetingRoomResolver {
  constructor(private readonly votes: VotesService) {}

  @Authorize({ roles: [...VOTER_ROLES] })
  @Mutation(() => CastMeetingVotePayloadModel, {
    description: 'Your vote on an item of a live meeting you are present in; a changed vote replaces yours; the same clientEventId counts once.',
  })
  async castMeetingVote(@Args('input') input: CastMeetingVoteInput, @CurrentPrincipal() actor: Principal): Promise<CastMeetingVotePayloadModel> {
    const result = await this.votes.castVote(actor, input);
    return { vote: toVoteModel(result.vote), duplicate: result.duplicate, tally: toTallyModel(result.tally) };
  }
}
