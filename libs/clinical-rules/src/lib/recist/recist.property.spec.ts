import fc from 'fast-check';
import { assessMrecist } from '../mrecist';
import { assessRecist11 } from './assess';
import type {
  RecistInput,
  RecistNewLesion,
  RecistNonTargetResponse,
  RecistOverallResponse,
  RecistResult,
  RecistTargetResponse,
} from './types';

const DAY_MS = 86_400_000;
const START = Date.UTC(2024, 0, 1);

/** Clinical severity: a larger rank is a worse response. */
const TARGET_RANK: Record<RecistTargetResponse, number> = { CR: 0, PR: 1, SD: 2, NONE: 2, NE: 3, PD: 4 };
const OVERALL_RANK: Record<RecistOverallResponse, number> = { CR: 0, PR: 1, SD: 2, NON_CR_NON_PD: 2, NE: 3, PD: 4 };

const diameter = fc.integer({ min: 0, max: 800 }).map((tenths) => tenths / 10);

const recistInput: fc.Arbitrary<RecistInput> = fc
  .record({
    baseline: fc.array(fc.record({ nodal: fc.boolean(), mm: fc.integer({ min: 100, max: 600 }).map((t) => t / 10) }), {
      minLength: 1,
      maxLength: 5,
    }),
    nonTargets: fc.integer({ min: 0, max: 2 }),
    followUps: fc.array(
      fc.record({
        gapDays: fc.integer({ min: 14, max: 70 }),
        values: fc.array(fc.option(diameter, { freq: 8 }), { minLength: 5, maxLength: 5 }),
        nonTarget: fc.constantFrom<RecistNonTargetResponse>('CR', 'NON_CR_NON_PD', 'PD', 'NE'),
        newLesion: fc.constantFrom<RecistNewLesion>('NO', 'NO', 'NO', 'YES', 'EQUIVOCAL'),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    confirmationRequired: fc.boolean(),
  })
  .map(({ baseline, nonTargets, followUps, confirmationRequired }) => {
    let day = 0;
    return {
      baseline: {
        date: '2024-01-01',
        targets: baseline.map((t, i) => ({ lesionId: `T${i}`, organ: `organ ${i}`, nodal: t.nodal, diameterMm: t.mm })),
        nonTargets,
      },
      followUps: followUps.map((f) => {
        day += f.gapDays;
        return {
          date: new Date(START + day * DAY_MS).toISOString().slice(0, 10),
          targets: baseline.map((_, i) => ({ lesionId: `T${i}`, diameterMm: f.values[i] })),
          nonTarget: nonTargets === 0 ? 'NONE' : f.nonTarget,
          newLesion: f.newLesion,
        };
      }),
      confirmationRequired,
    };
  });

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (seed * (i + 7)) % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Everything a clinician sees, with lesion lists made order-free. */
function comparable(result: RecistResult) {
  return {
    ...result,
    baselineViolations: undefined,
    timepoints: result.timepoints.map((t) => ({ ...t, missingLesionIds: [...t.missingLesionIds].sort() })),
  };
}

describe.each([
  ['RECIST 1.1', assessRecist11],
  ['mRECIST', assessMrecist],
] as const)('%s properties', (_name, assess) => {
  it('sums, nadirs and the baseline sum are never negative', () => {
    fc.assert(
      fc.property(recistInput, (value) => {
        const result = assess(value);
        expect(result.baselineSumMm).toBeGreaterThan(0);
        for (const t of result.timepoints) {
          expect(t.nadirMm).toBeGreaterThanOrEqual(0);
          expect(t.measuredSumMm).toBeGreaterThanOrEqual(0);
          if (t.sumMm !== null) expect(t.sumMm).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('does not depend on the order in which lesions are listed', () => {
    fc.assert(
      fc.property(recistInput, fc.integer({ min: 1, max: 1000 }), (value, seed) => {
        const reordered: RecistInput = {
          ...value,
          baseline: { ...value.baseline, targets: shuffled(value.baseline.targets, seed) },
          followUps: value.followUps.map((f, i) => ({ ...f, targets: shuffled(f.targets, seed + i + 1) })),
        };
        expect(comparable(assess(reordered))).toEqual(comparable(assess(value)));
      }),
    );
  });

  it('growing a lesion at the latest scan never improves that response or the best response', () => {
    fc.assert(
      fc.property(recistInput, fc.nat(), fc.integer({ min: 1, max: 300 }), (value, pick, growthTenths) => {
        const last = value.followUps[value.followUps.length - 1];
        const measured = last.targets.filter((t) => t.diameterMm !== null);
        fc.pre(measured.length > 0);
        const lesion = measured[pick % measured.length];
        const grown: RecistInput = {
          ...value,
          followUps: value.followUps.map((f) =>
            f === last
              ? {
                  ...f,
                  targets: f.targets.map((t) =>
                    t === lesion ? { ...t, diameterMm: (t.diameterMm as number) + growthTenths / 10 } : t,
                  ),
                }
              : f,
          ),
        };
        const before = assess(value);
        const after = assess(grown);
        const i = before.timepoints.length - 1;
        expect(TARGET_RANK[after.timepoints[i].target]).toBeGreaterThanOrEqual(
          TARGET_RANK[before.timepoints[i].target],
        );
        expect(OVERALL_RANK[after.timepoints[i].overall]).toBeGreaterThanOrEqual(
          OVERALL_RANK[before.timepoints[i].overall],
        );
        expect(OVERALL_RANK[after.bestOverallResponse]).toBeGreaterThanOrEqual(
          OVERALL_RANK[before.bestOverallResponse],
        );
      }),
    );
  });
});
