import { CaseStatus } from './case-status';
import { canTransition, TRANSITIONS } from './case-workflow';

const S = CaseStatus;

describe('case workflow', () => {
  it.each([
    [S.REFERRED, S.TRIAGED],
    [S.TRIAGED, S.READY],
    [S.READY, S.LISTED],
    [S.LISTED, S.DISCUSSED],
    [S.DISCUSSED, S.DECISION_SIGNED],
    [S.DECISION_SIGNED, S.IN_FOLLOW_UP],
    [S.IN_FOLLOW_UP, S.TRIAGED],
    [S.IN_FOLLOW_UP, S.CLOSED],
    [S.LISTED, S.DEFERRED],
    [S.DEFERRED, S.TRIAGED],
  ])('allows the journey step %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each([
    [S.REFERRED, S.READY, 'readiness is checked only after triage'],
    [S.REFERRED, S.LISTED, 'a case cannot skip triage and readiness'],
    [S.TRIAGED, S.DISCUSSED, 'only a listed case is discussed'],
    [S.READY, S.DECISION_SIGNED, 'a decision follows a discussion'],
    [S.DISCUSSED, S.WITHDRAWN, 'a discussed case ends with a decision or a deferral'],
  ])('refuses %s → %s (%s)', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('has no way out of CLOSED and WITHDRAWN, and no step to the same status', () => {
    expect(TRANSITIONS[S.CLOSED]).toEqual([]);
    expect(TRANSITIONS[S.WITHDRAWN]).toEqual([]);
    for (const status of Object.values(S)) expect(canTransition(status, status)).toBe(false);
  });

  it('reaches every status from REFERRED', () => {
    const seen = new Set<CaseStatus>([S.REFERRED]);
    const queue: CaseStatus[] = [S.REFERRED];
    while (queue.length) {
      for (const next of TRANSITIONS[queue.shift()!]) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    expect([...seen].sort()).toEqual(Object.values(S).sort());
  });
});
