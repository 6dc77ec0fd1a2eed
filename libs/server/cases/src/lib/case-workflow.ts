import { CaseStatus } from './case-status';

const S = CaseStatus;

/**
 * The case journey as an explicit table (docs/cases.md). Each entry is a named step so the
 * recorded case events say what happened, not just which column changed.
 */
export const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  [S.REFERRED]: [S.TRIAGED, S.WITHDRAWN],
  [S.TRIAGED]: [S.READY, S.DEFERRED, S.WITHDRAWN],
  [S.READY]: [S.LISTED, S.TRIAGED, S.DEFERRED, S.WITHDRAWN],
  [S.LISTED]: [S.DISCUSSED, S.READY, S.DEFERRED, S.WITHDRAWN],
  [S.DISCUSSED]: [S.DECISION_SIGNED, S.DEFERRED],
  [S.DECISION_SIGNED]: [S.IN_FOLLOW_UP, S.CLOSED],
  [S.IN_FOLLOW_UP]: [S.TRIAGED, S.CLOSED],
  [S.DEFERRED]: [S.TRIAGED, S.READY, S.WITHDRAWN],
  [S.CLOSED]: [],
  [S.WITHDRAWN]: [],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Steps whose reason is required: a person must say why. */
export const REASON_REQUIRED: ReadonlySet<CaseStatus> = new Set([S.DEFERRED, S.WITHDRAWN]);

/** Where a case waits for the coordinator (the worklist's default filter). */
export const OPEN_STATUSES: readonly CaseStatus[] = [S.REFERRED, S.TRIAGED, S.READY, S.LISTED, S.DEFERRED, S.IN_FOLLOW_UP];
