import { assessRecist11 } from './assess';
import { input } from '../../testing/recist-input';


const targets = (result: ReturnType<typeof assessRecist11>) => result.timepoints.map((t) => t.target);

describe('assessRecist11 — targets not measured', () => {
  it('a missing target gives NE, and the sum and its changes are not shown', () => {
    const tp = assessRecist11(input([30, 20], [{ day: 42, mm: [28, null] }])).timepoints[0];
    expect(tp).toMatchObject({
      target: 'NE',
      overall: 'NE',
      sumMm: null,
      measuredSumMm: 28,
      changeFromBaselinePct: null,
      changeFromNadirPct: null,
      changeFromNadirMm: null,
      missingLesionIds: ['T2'],
      targetBasis: 'TARGET_NOT_MEASURED',
    });
  });

  it('a target left out of the follow-up list counts as not measured', () => {
    const value = input([30, 20], [{ day: 42, mm: [28, 15] }]);
    value.followUps[0].targets = [{ lesionId: 'T2', diameterMm: 15 }];
    expect(assessRecist11(value).timepoints[0]).toMatchObject({ target: 'NE', missingLesionIds: ['T1'] });
  });

  it('is PD when the measured lesions alone already exceed the PD threshold', () => {
    // Nadir 30 (20 + 10). T1 alone = 40: (40 − 30) / 30 = +33 %, +10 mm → PD whatever T2 is.
    const result = assessRecist11(
      input(
        [30, 20],
        [
          { day: 42, mm: [20, 10] },
          { day: 84, mm: [40, null] },
        ],
      ),
    );
    expect(result.timepoints[1]).toMatchObject({
      target: 'PD',
      overall: 'PD',
      sumMm: null,
      measuredSumMm: 40,
      changeFromNadirMm: 10,
      targetBasis: 'MEASURED_LESIONS_PROVE_PD',
    });
    expect(result.timepoints[1].changeFromNadirPct).toBeCloseTo(33.3333, 4);
  });

  it('stays NE when the measured lesions do not prove PD', () => {
    // T1 alone = 33: +10 % over the nadir 30 → not proven.
    const result = assessRecist11(
      input(
        [30, 20],
        [
          { day: 42, mm: [20, 10] },
          { day: 84, mm: [33, null] },
        ],
      ),
    );
    expect(result.timepoints[1].target).toBe('NE');
  });

  it('counts "too small to measure" as 5 mm, unless a number is given', () => {
    const value = input([30, 20], [{ day: 42, mm: [null, 12] }]);
    value.followUps[0].targets[0] = { lesionId: 'T1', diameterMm: null, tooSmallToMeasure: true };
    expect(assessRecist11(value).timepoints[0]).toMatchObject({ sumMm: 17, target: 'PR' });
    value.followUps[0].targets[0] = { lesionId: 'T1', diameterMm: 3, tooSmallToMeasure: true };
    expect(assessRecist11(value).timepoints[0].sumMm).toBe(15);
    value.followUps[0].targets[0] = { lesionId: 'T1', tooSmallToMeasure: true } as unknown as {
      lesionId: string;
      diameterMm: null;
    };
    expect(assessRecist11(value).timepoints[0].sumMm).toBe(17);
  });
});

describe('assessRecist11 — continuing PR (EORTC RECIST FAQ)', () => {
  // Baseline 100. 65 = −35 % (PR). 75 = −25 % from baseline, +15.4 % / +10 mm over nadir 65 (not PD).
  it('a PR confirmed 28 days later stays PR when the sum creeps back above the −30 % line', () => {
    const result = assessRecist11(
      input(
        [60, 40],
        [
          { day: 56, mm: [40, 25] },
          { day: 84, mm: [40, 25] },
          { day: 112, mm: [45, 30] },
        ],
      ),
    );
    expect(targets(result)).toEqual(['PR', 'PR', 'PR']);
    expect(result.timepoints[2].targetBasis).toBe('CONTINUING_PR');
  });

  it('PRs only 27 days apart are not confirmed: the creeping sum is SD', () => {
    const result = assessRecist11(
      input(
        [60, 40],
        [
          { day: 56, mm: [40, 25] },
          { day: 83, mm: [40, 25] },
          { day: 112, mm: [45, 30] },
        ],
      ),
    );
    expect(targets(result)).toEqual(['PR', 'PR', 'SD']);
  });

  it('an unconfirmed single PR followed by a sum above the line is SD', () => {
    expect(
      targets(
        assessRecist11(
          input(
            [60, 40],
            [
              { day: 56, mm: [40, 25] },
              { day: 112, mm: [45, 30] },
            ],
          ),
        ),
      ),
    ).toEqual(['PR', 'SD']);
  });

  it('an SD between two PRs restarts the confirmation clock', () => {
    const result = assessRecist11(
      input(
        [60, 40],
        [
          { day: 42, mm: [40, 25] },
          { day: 84, mm: [45, 30] },
          { day: 98, mm: [40, 25] },
          { day: 112, mm: [45, 30] },
        ],
      ),
    );
    expect(targets(result)).toEqual(['PR', 'SD', 'PR', 'SD']);
  });

  it('a NE in between does not break the confirmation run', () => {
    // 65 (PR, day 42) → NE → 60 (PR, day 84: 42 days after the first PR, confirmed)
    // → 71 = −29 % from baseline, +11 mm / +18.3 % over the nadir 60 → neither PD nor PR by the sum: continuing PR.
    const result = assessRecist11(
      input(
        [60, 40],
        [
          { day: 42, mm: [40, 25] },
          { day: 56, mm: [null, 25] },
          { day: 84, mm: [30, 30] },
          { day: 126, mm: [40, 31] },
        ],
      ),
    );
    expect(targets(result)).toEqual(['PR', 'NE', 'PR', 'PR']);
    expect(result.timepoints[3].targetBasis).toBe('CONTINUING_PR');
  });

  it('PD ends a confirmed PR; a later shrinkage must be confirmed again', () => {
    const result = assessRecist11(
      input(
        [60, 40],
        [
          { day: 42, mm: [40, 20] },
          { day: 84, mm: [40, 20] },
          { day: 126, mm: [50, 25] },
          { day: 168, mm: [42, 23] },
        ],
      ),
    );
    // 60, 60 (confirmed PR), 75 (+25 % / +15 mm → PD), 65 (−35 % → PR by the sum again).
    expect(targets(result)).toEqual(['PR', 'PR', 'PD', 'PR']);
  });
});

describe('assessRecist11 — non-target disease only (Table 2)', () => {
  it('reports NON_CR_NON_PD instead of SD and has no sum', () => {
    const result = assessRecist11(input([], [{ day: 60, mm: [], nonTarget: 'NON_CR_NON_PD' }], { nonTargets: 3 }));
    expect(result.baselineSumMm).toBe(0);
    expect(result.timepoints[0]).toMatchObject({
      target: 'NONE',
      overall: 'NON_CR_NON_PD',
      sumMm: null,
      changeFromBaselinePct: null,
      changeFromNadirPct: null,
      changeFromNadirMm: null,
      targetBasis: 'NO_TARGETS',
    });
    expect(result.bestOverallResponse).toBe('NON_CR_NON_PD');
  });
});

describe('assessRecist11 — equivocal new lesions', () => {
  it('an equivocal new lesion does not make PD', () => {
    const result = assessRecist11(input([30], [{ day: 42, mm: [25], newLesion: 'EQUIVOCAL' }]));
    expect(result.timepoints[0]).toMatchObject({ overall: 'SD', pdBackdated: false });
  });

  it('once confirmed, PD dates from the first time point that showed it', () => {
    const result = assessRecist11(
      input(
        [30],
        [
          { day: 42, mm: [25], newLesion: 'NO' },
          { day: 84, mm: [25], newLesion: 'EQUIVOCAL' },
          { day: 126, mm: [25], newLesion: 'EQUIVOCAL' },
          { day: 168, mm: [25], newLesion: 'YES' },
        ],
      ),
    );
    expect(result.timepoints.map((t) => t.overall)).toEqual(['SD', 'PD', 'PD', 'PD']);
    expect(result.timepoints.map((t) => t.pdBackdated)).toEqual([false, true, true, false]);
  });

  it('an equivocal finding that resolved (NO) is not backdated by a later new lesion', () => {
    const result = assessRecist11(
      input(
        [30],
        [
          { day: 42, mm: [25], newLesion: 'EQUIVOCAL' },
          { day: 84, mm: [25], newLesion: 'NO' },
          { day: 126, mm: [25], newLesion: 'YES' },
        ],
      ),
    );
    expect(result.timepoints.map((t) => t.overall)).toEqual(['SD', 'SD', 'PD']);
  });
});

describe('assessRecist11 — result basis', () => {
  it('lists baseline selection problems without throwing', () => {
    const result = assessRecist11(input([30, 8], [{ day: 42, mm: [30, 8] }]));
    expect(result.baselineViolations).toEqual([
      'Lesion T2 (organ 2) is not target-eligible: longest diameter 8 mm is below the 10 mm minimum (NON_TARGET).',
    ]);
  });

  it('gives days from baseline and echoes the options used', () => {
    const result = assessRecist11(
      input([30], [{ day: 43, mm: [30] }], { confirmationRequired: true, sdMinimumDays: 56 }),
    );
    expect(result.timepoints[0].daysFromBaseline).toBe(43);
    expect(result).toMatchObject({ confirmationRequired: true, sdMinimumDays: 56, bestOverallResponse: 'NE' });
  });

  it('with no follow-up yet, has no time points and a best response of NE', () => {
    expect(assessRecist11(input([30], []))).toMatchObject({ timepoints: [], bestOverallResponse: 'NE' });
  });
});
