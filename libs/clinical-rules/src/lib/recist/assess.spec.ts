import { assessRecist11 } from './assess';
import { input } from '../../testing/recist-input';


const targets = (result: ReturnType<typeof assessRecist11>) => result.timepoints.map((t) => t.target);

describe('assessRecist11 — sums and the spec example (hand-worked)', () => {
  it('baseline 30 + 22, then 20 + 15 (PR), then 24 + 20 (PD against the nadir)', () => {
    const result = assessRecist11(
      input(
        [30, 22],
        [
          { day: 56, mm: [20, 15] },
          { day: 112, mm: [24, 20] },
        ],
      ),
    );
    // Baseline sum 30 + 22 = 52 mm.
    expect(result.baselineSumMm).toBe(52);
    const [first, second] = result.timepoints;
    // 20 + 15 = 35; (35 − 52) / 52 × 100 = −17 / 52 × 100 = −32.6923 % ≤ −30 % → PR.
    expect(first).toMatchObject({ sumMm: 35, nadirMm: 52, changeFromNadirMm: -17, target: 'PR', overall: 'PR' });
    expect(first.changeFromBaselinePct).toBeCloseTo(-32.6923, 4);
    // 24 + 20 = 44; nadir 35; (44 − 35) / 35 × 100 = 9 / 35 × 100 = +25.714 % and +9 mm → PD.
    expect(second).toMatchObject({ sumMm: 44, nadirMm: 35, changeFromNadirMm: 9, target: 'PD', overall: 'PD' });
    expect(second.changeFromNadirPct).toBeCloseTo(25.7143, 4);
    // Against baseline it is still (44 − 52) / 52 = −15.38 %: PD is judged from the nadir, not baseline.
    expect(second.changeFromBaselinePct).toBeCloseTo(-15.3846, 4);
    expect(result.bestOverallResponse).toBe('PR');
    expect(result.source).toMatch(/Eisenhauer/);
  });

  it('uses the short axis of nodal targets and the longest diameter of the others', () => {
    // Node short axis 18 + liver 25 = 43 mm.
    const result = assessRecist11(input([18, 25], [{ day: 42, mm: [12, 20] }], { nodal: [true, false] }));
    expect(result.baselineSumMm).toBe(43);
    expect(result.timepoints[0].sumMm).toBe(32);
  });
});

describe('assessRecist11 — thresholds at the boundary', () => {
  it('exactly −30 % is PR, even when IEEE arithmetic gives −29.999999999999993', () => {
    // 51 → 35.7: (35.7 − 51) / 51 × 100 = −30 % (float: −29.999999999999993).
    const tp = assessRecist11(input([30, 21], [{ day: 42, mm: [20.7, 15] }])).timepoints[0];
    expect(tp.changeFromBaselinePct).toBeCloseTo(-30, 9);
    expect(tp.target).toBe('PR');
  });

  it('−28.8 % is SD', () => {
    // 51 → 36.3: −14.7 / 51 = −28.82 %.
    expect(targets(assessRecist11(input([30, 21], [{ day: 42, mm: [21, 15.3] }])))).toEqual(['SD']);
  });

  it('exactly +20 % with exactly +5 mm over the nadir is PD', () => {
    // 25 → 30: +5 / 25 = +20 %, +5 mm → PD.
    expect(targets(assessRecist11(input([15, 10], [{ day: 42, mm: [18, 12] }])))).toEqual(['PD']);
  });

  it('+20 % counts even when IEEE arithmetic gives 19.999999999999996 %', () => {
    // 25.3 → 30.36: +5.06 / 25.3 = +20 % exactly (float 19.999999999999996), +5.06 mm → PD.
    const tp = assessRecist11(input([15.3, 10], [{ day: 42, mm: [18.36, 12] }])).timepoints[0];
    expect(tp.changeFromNadirPct).toBeLessThan(20);
    expect(tp.target).toBe('PD');
  });

  it('+20 % with only +4 mm is not PD (the 5 mm rule), +25 % with +5 mm is', () => {
    // 20 → 24: +20 % but +4 mm → SD.   20 → 25: +25 %, +5 mm → PD.
    expect(targets(assessRecist11(input([10, 10], [{ day: 42, mm: [12, 12] }])))).toEqual(['SD']);
    expect(targets(assessRecist11(input([10, 10], [{ day: 42, mm: [12.5, 12.5] }])))).toEqual(['PD']);
  });

  it('+9 mm but only +18 % is not PD', () => {
    // 50 → 59: +9 / 50 = +18 %.
    expect(targets(assessRecist11(input([30, 20], [{ day: 42, mm: [35, 24] }])))).toEqual(['SD']);
  });

  it('judges PD against the nadir although the sum is still below baseline', () => {
    // Baseline 100; nadir 60 (−40 %, PR); 72 = +12 / 60 = +20 % and +12 mm → PD at −28 % from baseline.
    const result = assessRecist11(
      input(
        [60, 40],
        [
          { day: 42, mm: [40, 20] },
          { day: 84, mm: [45, 27] },
        ],
      ),
    );
    expect(targets(result)).toEqual(['PR', 'PD']);
    expect(result.timepoints[1].targetBasis).toBe('SUM_INCREASE_FROM_NADIR');
  });

  it('reports the nadir as the smallest earlier complete sum, baseline included', () => {
    const result = assessRecist11(
      input(
        [30, 20],
        [
          { day: 42, mm: [25, 20] },
          { day: 84, mm: [20, null] },
          { day: 126, mm: [28, 20] },
        ],
      ),
    );
    // 50 → 45 (nadir before: 50) → NE, does not count → 48 (nadir 45).
    expect(result.timepoints.map((t) => t.nadirMm)).toEqual([50, 45, 45]);
  });
});

describe('assessRecist11 — complete response and nodes', () => {
  it('CR when every non-nodal target is 0 mm and every node is < 10 mm (sum can stay > 0)', () => {
    const tp = assessRecist11(input([20, 30], [{ day: 42, mm: [9.9, 0] }], { nodal: [true, false] })).timepoints[0];
    expect(tp).toMatchObject({ target: 'CR', sumMm: 9.9, targetBasis: 'ALL_TARGETS_RESOLVED' });
  });

  it('a node of exactly 10 mm is not yet normal: PR, not CR', () => {
    const tp = assessRecist11(input([20, 30], [{ day: 42, mm: [10, 0] }], { nodal: [true, false] })).timepoints[0];
    expect(tp.target).toBe('PR');
  });

  it('a non-nodal target that is still 1 mm prevents CR', () => {
    expect(targets(assessRecist11(input([20], [{ day: 42, mm: [1] }])))).toEqual(['PR']);
  });

  it('nodes that all stay < 10 mm remain CR although their sum rises by ≥ 20 % and ≥ 5 mm', () => {
    // Nodes 20/18/16 → 5/5/5 (sum 15) → 9/9/9 (sum 27: +80 %, +12 mm), all < 10 mm → still CR.
    const result = assessRecist11(
      input(
        [20, 18, 16],
        [
          { day: 42, mm: [5, 5, 5] },
          { day: 84, mm: [9, 9, 9] },
        ],
        { nodal: [true, true, true] },
      ),
    );
    expect(targets(result)).toEqual(['CR', 'CR']);
  });

  it('after an overall CR, a node regrowing to 10 mm is PD (EORTC FAQ: reappearance after CR)', () => {
    const result = assessRecist11(
      input(
        [20, 18],
        [
          { day: 42, mm: [5, 5] },
          { day: 84, mm: [10, 5] },
        ],
        { nodal: [true, true] },
      ),
    );
    expect(result.timepoints[1]).toMatchObject({ target: 'PD', targetBasis: 'REAPPEARANCE_AFTER_CR' });
  });

  it('after an overall CR, a 3 mm reappearance of a non-nodal target is PD', () => {
    const result = assessRecist11(
      input(
        [20],
        [
          { day: 42, mm: [0] },
          { day: 84, mm: [3] },
        ],
      ),
    );
    expect(result.timepoints.map((t) => t.overall)).toEqual(['CR', 'PD']);
  });

  it('a reappearance among the measured targets is PD even when another target was not measured', () => {
    const result = assessRecist11(
      input(
        [20, 15],
        [
          { day: 42, mm: [0, 0] },
          { day: 84, mm: [2, null] },
        ],
      ),
    );
    expect(result.timepoints[1]).toMatchObject({ target: 'PD', sumMm: null, measuredSumMm: 2 });
  });
});

describe('assessRecist11 — zero nadir (all non-nodal targets gone without an overall CR)', () => {
  const run = (regrowthMm: number) =>
    assessRecist11(
      input(
        [20],
        [
          { day: 42, mm: [0], nonTarget: 'NON_CR_NON_PD' },
          { day: 84, mm: [regrowthMm], nonTarget: 'NON_CR_NON_PD' },
        ],
        { nonTargets: 1 },
      ),
    ).timepoints;

  it('target CR with persisting non-target disease is overall PR', () => {
    expect(run(3)[0]).toMatchObject({ target: 'CR', overall: 'PR', sumMm: 0 });
  });

  it('a 3 mm regrowth from a 0 mm nadir is not PD (the 5 mm absolute rule decides); the percentage is undefined', () => {
    // 20 → 3 is −85 % from baseline: PR.
    expect(run(3)[1]).toMatchObject({ target: 'PR', nadirMm: 0, changeFromNadirMm: 3, changeFromNadirPct: null });
  });

  it('a 5 mm regrowth from a 0 mm nadir is PD', () => {
    expect(run(5)[1]).toMatchObject({ target: 'PD', changeFromNadirMm: 5, changeFromNadirPct: null });
  });
});
