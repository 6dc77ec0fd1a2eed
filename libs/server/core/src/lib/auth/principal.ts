import { Role } from '@consilium/contracts';

/** The signed-in person behind a request, re-read from the database on every request. */
export interface Principal {
  userId: string;
  email: string;
  displayName: string;
  roles: Role[];
  teamIds: string[];
  sessionId: string;
}

export function hasAnyRole(principal: Principal, roles: readonly Role[]): boolean {
  return roles.some((role) => principal.roles.includes(role));
}

export function isTeamMember(principal: Principal, teamId: string): boolean {
  return principal.teamIds.includes(teamId);
}
