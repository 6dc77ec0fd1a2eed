import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import {
  ConsiliumRequest,
  ForbiddenError,
  hasAnyRole,
  isTeamMember,
  Policy,
  POLICY_METADATA,
  UnauthenticatedError,
} from '@consilium/server-core';
import { AuthService } from './auth.service';

function readPath(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], source);
}

/**
 * The global guard. Deny by default: an operation without a policy is refused. Otherwise the
 * bearer token is verified, the caller re-read from the database, then roles and team
 * membership are checked against the operation's policy.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) throw new ForbiddenError('NO_POLICY', 'This operation has no access policy, so it is refused.');
    if (policy.kind === 'public') return true;

    const isGraphql = context.getType<GqlContextType>() === 'graphql';
    const gql = isGraphql ? GqlExecutionContext.create(context) : undefined;
    const req: ConsiliumRequest = gql ? gql.getContext().req : context.switchToHttp().getRequest();

    if (!req.principal) {
      const header = req.headers?.authorization;
      const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
      if (!match) throw new UnauthenticatedError();
      req.principal = await this.auth.authenticate(match[1]);
    }
    const principal = req.principal;

    if (policy.roles && !hasAnyRole(principal, policy.roles)) {
      throw new ForbiddenError('ROLE_REQUIRED', `This needs one of these roles: ${policy.roles.join(', ')}.`);
    }
    if (policy.teamArg) {
      const teamId = readPath(gql ? gql.getArgs() : req.params, policy.teamArg);
      if (typeof teamId !== 'string' || !isTeamMember(principal, teamId)) {
        throw new ForbiddenError('NOT_TEAM_MEMBER', 'Only members of this team can do this.');
      }
    }
    return true;
  }
}
