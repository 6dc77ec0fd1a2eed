import { ALL_ROLES, Role } from '@consilium/contracts';

/** Minimum people present per role; a role not named needs nobody. */
export type QuorumRules = Partial<Record<Role, number>>;
/** People present per role; a person holding several roles counts once for each of them. */
export type RoleCounts = Partial<Record<Role, number>>;

export interface QuorumShortfall {
  role: Role;
  required: number;
  present: number;
}

export interface QuorumEvaluation {
  quorate: boolean;
  missing: QuorumShortfall[];
}

/** Used while an administrator has not set a team's rules (docs/meetings.md). */
export const DEFAULT_QUORUM_RULES: QuorumRules = { [Role.PHYSICIAN]: 2, [Role.RADIOLOGIST]: 1, [Role.PHARMACIST]: 1 };

/**
 * Whether the people present make the meeting quorate, and for each role that falls short how
 * many are required and how many are present. Roles come out in the fixed order of `ALL_ROLES`.
 */
export function evaluateQuorum(rules: QuorumRules, presentRoles: RoleCounts): QuorumEvaluation {
  const missing: QuorumShortfall[] = [];
  for (const role of ALL_ROLES) {
    const required = rules[role] ?? 0;
    const present = presentRoles[role] ?? 0;
    if (required > 0 && present < required) missing.push({ role, required, present });
  }
  return { quorate: missing.length === 0, missing };
}

/** Counts per role from the role sets of the people present (one entry per person). */
export function countRoles(people: readonly (readonly Role[])[]): RoleCounts {
  const counts: RoleCounts = {};
  for (const roles of people) {
    for (const role of new Set(roles)) counts[role] = (counts[role] ?? 0) + 1;
  }
  return counts;
}
