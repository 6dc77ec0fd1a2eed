import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import { Authorize, CurrentPrincipal, ForbiddenError, Principal } from '@consilium/server-core';
import { SetTeamQuorumRulesInput, TeamIdArgs } from './dto/meeting.inputs';
import { toQuorumRulesModel } from './meeting.mapper';
import { TeamQuorumRulesModel } from './meeting.model';
import { QuorumRulesService } from './quorum-rules.service';

@Resolver(() => TeamQuorumRulesModel)
export class QuorumRulesResolver {
  constructor(private readonly rules: QuorumRulesService) {}

  @Authorize()
  @Query(() => TeamQuorumRulesModel, { description: 'For members of the team and administrators; the defaults when never set.' })
  async teamQuorumRules(@Args() args: TeamIdArgs, @CurrentPrincipal() principal: Principal): Promise<TeamQuorumRulesModel> {
    if (!principal.teamIds.includes(args.teamId) && !principal.roles.includes(Role.ADMINISTRATOR)) {
      throw new ForbiddenError('NOT_TEAM_MEMBER', 'Only members of this team and administrators can see its rules.');
    }
    return toQuorumRulesModel(await this.rules.get(args.teamId));
  }

  @Authorize({ roles: [Role.ADMINISTRATOR] })
  @Mutation(() => TeamQuorumRulesModel, { description: "Replace a team's quorum (expectedVersion 0 the first time)." })
  async setTeamQuorumRules(@Args('input') input: SetTeamQuorumRulesInput, @CurrentPrincipal() actor: Principal): Promise<TeamQuorumRulesModel> {
    return toQuorumRulesModel(await this.rules.set(input, actor));
  }
}
