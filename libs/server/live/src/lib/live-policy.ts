import { Role } from '@consilium/contracts';
import { ForbiddenError, hasAnyRole, Principal } from '@consilium/server-core';

/** The people of the board; an administrator alone does not see patients, so does not join. */
export const CLINICAL_ROLES: readonly Role[] = [Role.COORDINATOR, Role.RADIOLOGIST, Role.PHYSICIAN, Role.PHARMACIST];
export const PHYSICIAN_OR_COORDINATOR: readonly Role[] = [Role.PHYSICIAN, Role.COORDINATOR];
export const PHYSICIAN_ONLY: readonly Role[] = [Role.PHYSICIAN];

export function assertOneOfRoles(principal: Principal, roles: readonly Role[]): void {
  if (!hasAnyRole(principal, roles)) throw new ForbiddenError('ROLE_REQUIRED', `This needs one of these roles: ${roles.join(', ')}.`);
}

export function assertClinician(principal: Principal): void {
  assertOneOfRoles(principal, CLINICAL_ROLES);
}

/**
 * The current case and the timer are driven by the meeting's chair or a coordinator of its team;
 * never by an invited guest (a coordinator elsewhere is only a guest here).
 */
export function assertChairOrCoordinator(principal: Principal, meeting: { chairId: string | null; guestRole?: Role | null }): void {
  if (meeting.guestRole) throw new ForbiddenError('NOT_CHAIR_OR_COORDINATOR', 'Only the chair or a coordinator can do this.');
  if (meeting.chairId === principal.userId || principal.roles.includes(Role.COORDINATOR)) return;
  throw new ForbiddenError('NOT_CHAIR_OR_COORDINATOR', 'Only the chair or a coordinator can do this.');
}
