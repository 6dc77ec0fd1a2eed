import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { ALL_ROLES } from '@consilium/contracts';
import { Authorize, CurrentPrincipal, GqlContext, Principal } from '@consilium/server-core';
import { InviteToMeetingInput, RevokeMeetingInvitationInput } from './dto/invitation.inputs';
import { MeetingInvitationEntity } from './invitation.entity';
import { InvitationsService } from './invitations.service';
import { toInvitationModel } from './meeting.mapper';
import { MeetingInvitationModel, MeetingModel } from './meeting.model';

/** Any signed-in person reaches the service, which lets only the chair or a coordinator of the team act. */
const MEMBERS = { roles: [...ALL_ROLES] };

@Resolver(() => MeetingModel)
export class InvitationsResolver {
  constructor(private readonly service: InvitationsService) {}

  @Authorize(MEMBERS)
  @Mutation(() => MeetingInvitationModel, {
    description: 'Invite someone from outside the team to this meeting (the chair or a coordinator of the team; not to a CLOSED meeting).',
  })
  async inviteToMeeting(@Args('input') input: InviteToMeetingInput, @CurrentPrincipal() actor: Principal): Promise<MeetingInvitationModel> {
    return toInvitationModel(await this.service.invite(input, actor));
  }

  @Authorize(MEMBERS)
  @Mutation(() => MeetingInvitationModel, { description: 'Revoke an invitation: the guest leaves the room within seconds (the chair or a coordinator of the team).' })
  async revokeMeetingInvitation(@Args('input') input: RevokeMeetingInvitationInput, @CurrentPrincipal() actor: Principal): Promise<MeetingInvitationModel> {
    return toInvitationModel(await this.service.revoke(input, actor));
  }

  @ResolveField(() => [MeetingInvitationModel], { description: 'Invitations to this meeting, current and revoked, oldest first. A guest sees only their own.' })
  async invitations(@Parent() meeting: MeetingModel, @Context() ctx: GqlContext, @CurrentPrincipal() principal: Principal): Promise<MeetingInvitationModel[]> {
    const loader = ctx.loaders.get('meetings.invitations', () => new DataLoader<string, MeetingInvitationEntity[]>(async (ids) => {
      const rows = await this.service.ofMeetings(ids);
      return ids.map((id) => rows.get(id) ?? []);
    }));
    const rows = await loader.load(meeting.id);
    const mine = principal.teamIds.includes(meeting.teamId) ? rows : rows.filter((r) => r.invitedUserId === principal.userId);
    return mine.map(toInvitationModel);
  }
}
