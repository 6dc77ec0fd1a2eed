import { Role } from '@consilium/contracts';
import { ForbiddenError } from '../errors/app-error';

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

/** Team settings and rules: readable by the team's members and by administrators. */
export function requireTeamMemberOrAdmin(principal: Principal, teamId: string, what = 'its settings'): void {
  if (!isTeamMember(principal, teamId) && !principal.roles.includes(Role.ADMINISTRATOR)) {
    throw new ForbiddenError('NOT_TEAM_MEMBER', `Only members of this team and administrators can see ${what}.`);
  }
}
