import { assessRecist11 } from './recist/assess';
import type { RecistInput } from './recist/types';
import { assessMrecist } from './mrecist';

/** One HCC target (viable diameter) and, optionally, a porta hepatis node. */
function hcc(baselineMm: number, followUpMm: (number | null)[], nodeMm?: [number, number[]]): RecistInput {
  return {
    baseline: {
      date: '2024-01-01',
      targets: [
        { lesionId: 'H1', organ: 'liver', nodal: false, diameterMm: baselineMm },
        ...(nodeMm ? [{ lesionId: 'N1', organ: 'porta hepatis', nodal: true, diameterMm: nodeMm[0] }] : []),
      ],
      nonTargets: 0,
    },
    followUps: followUpMm.map((mm, i) => ({
      date: `2024-0${i + 3}-01`,
      targets: [{ lesionId: 'H1', diameterMm: mm }, ...(nodeMm ? [{ lesionId: 'N1', diameterMm: nodeMm[1][i] }] : [])],
      nonTarget: 'NONE' as const,
      newLesion: 'NO' as const,
    })),
  };
}

describe('assessMrecist (Lencioni & Llovet 2010)', () => {
  it('has no 5 mm rule: a viable sum 20 → 24 mm (+20 %, +4 mm) is PD, where RECIST 1.1 says SD', () => {
    // Viable diameter 20 → 24: (24 − 20) / 20 = +20 %; RECIST 1.1 also needs +5 mm.
    const value = hcc(20, [24]);
    expect(assessMrecist(value).timepoints[0].target).toBe('PD');
    expect(assessRecist11(value).timepoints[0].target).toBe('SD');
  });

  it('below +20 % is not PD', () => {
    // 40 → 47: +17.5 %.
    expect(assessMrecist(hcc(40, [47])).timepoints[0].target).toBe('SD');
  });

  it('PR at exactly −30 % of the viable sum', () => {
    // 40 → 28: −12 / 40 = −30 %.
    const tp = assessMrecist(hcc(40, [28])).timepoints[0];
    expect(tp.target).toBe('PR');
    expect(tp.changeFromBaselinePct).toBeCloseTo(-30, 9);
  });

  it('CR when no target shows arterial enhancement (viable diameter 0), nodes < 10 mm', () => {
    expect(assessMrecist(hcc(40, [0], [22, [9]])).timepoints[0].target).toBe('CR');
    expect(assessMrecist(hcc(40, [0], [22, [12]])).timepoints[0].target).toBe('PR');
  });

  it('any regrowth of viable tumour from a 0 mm nadir is PD (no absolute minimum)', () => {
    const value = hcc(40, [0, 2]);
    value.followUps.forEach((f) => (f.nonTarget = 'NON_CR_NON_PD'));
    value.baseline.nonTargets = 1;
    const tp = assessMrecist(value).timepoints[1];
    expect(tp).toMatchObject({ target: 'PD', nadirMm: 0, changeFromNadirMm: 2, changeFromNadirPct: null });
  });

  it('names its source and has the RECIST result shape', () => {
    const result = assessMrecist(hcc(40, [28, 27]));
    expect(result.source).toMatch(/Lencioni/);
    expect(result.bestOverallResponse).toBe('PR');
    expect(result).not.toHaveProperty('baselineViolations');
  });
});
