import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import { Authorize, CurrentPrincipal, Principal } from '@consilium/server-core';
import { CreateTeamInput, TeamMemberInput } from './dto/team.inputs';
import { toTeamModel, toUserModel } from './identity.mapper';
import { TeamModel } from './team.model';
import { TeamsService } from './teams.service';
import { UserModel } from './user.model';

const ADMIN = { roles: [Role.ADMINISTRATOR] };

@Resolver(() => TeamModel)
export class TeamsResolver {
  constructor(private readonly teams: TeamsService) {}

  @Authorize()
  @Query(() => [TeamModel], { name: 'teams', description: 'Your teams; administrators see every team.' })
  async listTeams(@CurrentPrincipal() principal: Principal): Promise<TeamModel[]> {
    return (await this.teams.list(principal)).map(toTeamModel);
  }

  @Authorize(ADMIN)
  @Mutation(() => TeamModel)
  async createTeam(@Args('input') input: CreateTeamInput, @CurrentPrincipal() actor: Principal): Promise<TeamModel> {
    return toTeamModel(await this.teams.create(input, actor));
  }

  @Authorize(ADMIN)
  @Mutation(() => UserModel, { description: 'Add a user to a team (idempotent).' })
  async addTeamMember(@Args('input') input: TeamMemberInput, @CurrentPrincipal() actor: Principal): Promise<UserModel> {
    return toUserModel(await this.teams.addMember(input, actor));
  }

  @Authorize(ADMIN)
  @Mutation(() => UserModel, { description: 'Remove a user from a team.' })
  async removeTeamMember(@Args('input') input: TeamMemberInput, @CurrentPrincipal() actor: Principal): Promise<UserModel> {
    return toUserModel(await this.teams.removeMember(input, actor));
  }
}
