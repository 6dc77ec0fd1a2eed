import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import { Authorize, CurrentPrincipal, GqlContext, Principal } from '@consilium/server-core';
import { CreateUserInput, SetUserRolesInput, UserVersionInput } from './dto/user.inputs';
import { toTeamModel, toUserModel } from './identity.mapper';
import { TeamModel } from './team.model';
import { UserModel } from './user.model';
import { UsersService } from './users.service';

const ADMIN = { roles: [Role.ADMINISTRATOR] };

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Authorize(ADMIN)
  @Query(() => [UserModel], { name: 'users', description: 'Every user (administrators).' })
  async users(): Promise<UserModel[]> {
    return (await this.usersService.list()).map(toUserModel);
  }

  @Authorize(ADMIN)
  @Mutation(() => UserModel)
  async createUser(@Args('input') input: CreateUserInput, @CurrentPrincipal() actor: Principal): Promise<UserModel> {
    return toUserModel(await this.usersService.create(input, actor));
  }

  @Authorize(ADMIN)
  @Mutation(() => UserModel)
  async setUserRoles(@Args('input') input: SetUserRolesInput, @CurrentPrincipal() actor: Principal): Promise<UserModel> {
    return toUserModel(await this.usersService.setRoles(input, actor));
  }

  @Authorize(ADMIN)
  @Mutation(() => UserModel, { description: "Deactivate a user; their tokens stop working at once." })
  async deactivateUser(@Args('input') input: UserVersionInput, @CurrentPrincipal() actor: Principal): Promise<UserModel> {
    return toUserModel(await this.usersService.deactivate(input, actor));
  }

  @Authorize(ADMIN)
  @Mutation(() => UserModel)
  async reactivateUser(@Args('input') input: UserVersionInput, @CurrentPrincipal() actor: Principal): Promise<UserModel> {
    return toUserModel(await this.usersService.reactivate(input, actor));
  }

  @ResolveField(() => [TeamModel])
  async teams(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<TeamModel[]> {
    const loader = ctx.loaders.get('identity.teamsByUser', () => this.usersService.createTeamsByUserLoader());
    return (await loader.load(user.id)).map(toTeamModel);
  }
}
