import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import type { GqlContext } from '../graphql/gql-context';

export const POLICY_METADATA = 'consilium:policy';

/**
 * Who may call an operation. Every query, mutation and field resolver that touches data
 * carries one; the global guard refuses operations that have none (deny by default).
 */
export type Policy =
  | { kind: 'public' }
  | {
      kind: 'authenticated';
      /** The caller must hold at least one of these roles (any signed-in user when omitted). */
      roles?: Role[];
      /** Dotted path into the operation's arguments naming a team the caller must belong to. */
      teamArg?: string;
    };

/** Open to anyone, signed in or not (login, refresh, logout). */
export const Public = () => SetMetadata(POLICY_METADATA, { kind: 'public' } satisfies Policy);

/** Signed-in callers; optionally restricted to roles and to members of the team named in an argument. */
export const Authorize = (options: { roles?: Role[]; teamArg?: string } = {}) =>
  SetMetadata(POLICY_METADATA, { kind: 'authenticated', ...options } satisfies Policy);

export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
  return ctx.req.principal;
});
