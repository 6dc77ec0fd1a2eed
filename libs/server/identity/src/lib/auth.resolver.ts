import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize, CurrentPrincipal, Principal, Public } from '@consilium/server-core';
import { AuthPayloadModel } from './auth-payload.model';
import { AuthService, IssuedTokens } from './auth.service';
import { LoginArgs, RefreshTokenArgs } from './dto/auth.args';
import { toUserModel } from './identity.mapper';
import { UserModel } from './user.model';
import { UsersService } from './users.service';

function toPayload(tokens: IssuedTokens): AuthPayloadModel {
  return { ...tokens, user: toUserModel(tokens.user) };
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Sign in with email and password.' })
  async login(@Args() args: LoginArgs): Promise<AuthPayloadModel> {
    return toPayload(await this.auth.login(args.email, args.password));
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Exchange a refresh token (once) for a new token pair.' })
  async refresh(@Args() args: RefreshTokenArgs): Promise<AuthPayloadModel> {
    return toPayload(await this.auth.refresh(args.refreshToken));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'End the session that the refresh token belongs to.' })
  logout(@Args() args: RefreshTokenArgs): Promise<boolean> {
    return this.auth.logout(args.refreshToken);
  }

  @Authorize()
  @Query(() => UserModel, { description: 'The signed-in user, with roles and teams.' })
  async me(@CurrentPrincipal() principal: Principal): Promise<UserModel> {
    return toUserModel(await this.users.get(principal.userId));
  }
}
