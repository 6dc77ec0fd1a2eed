/** Unit tests for parseRecistInput, through the public assessRecist11: every bad field is named. */
import { ClinicalInputError } from '../errors';
import { assessRecist11 } from './assess';
import type { RecistInput, RecistNewLesion, RecistNonTargetResponse } from './types';

const BASELINE_DATE = '2024-01-01';
const dateAfter = (days: number): string =>
  new Date(Date.UTC(2024, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);

interface FollowUpSpec {
  day: number;
  mm: (number | null)[];
  nonTarget?: RecistNonTargetResponse;
  newLesion?: RecistNewLesion;
}

/** Targets T1…Tn in distinct organs; follow-up diameters listed in the same order. */
function input(
  baselineMm: number[],
  followUps: FollowUpSpec[],
  options: { nodal?: boolean[]; nonTargets?: number; confirmationRequired?: boolean; sdMinimumDays?: number } = {},
): RecistInput {
  return {
    baseline: {
      date: BASELINE_DATE,
      targets: baselineMm.map((diameterMm, i) => ({
        lesionId: `T${i + 1}`,
        organ: `organ ${i + 1}`,
        nodal: options.nodal?.[i] ?? false,
        diameterMm,
      })),
      nonTargets: options.nonTargets ?? 0,
    },
    followUps: followUps.map((f) => ({
      date: dateAfter(f.day),
      targets: f.mm.map((diameterMm, i) => ({ lesionId: `T${i + 1}`, diameterMm })),
      nonTarget: f.nonTarget ?? 'NONE',
      newLesion: f.newLesion ?? 'NO',
    })),
    confirmationRequired: options.confirmationRequired,
    sdMinimumDays: options.sdMinimumDays,
  };
}

describe('assessRecist11 — bad input throws ClinicalInputError naming the field', () => {
  const base = (): RecistInput =>
    input(
      [30, 20],
      [
        { day: 42, mm: [25, 15] },
        { day: 84, mm: [25, 15] },
      ],
      { nonTargets: 1 },
    );
  const field = (mutate: (value: RecistInput) => void): string => {
    const value = base();
    value.followUps.forEach((f) => (f.nonTarget = 'NON_CR_NON_PD'));
    mutate(value);
    try {
      assessRecist11(value);
    } catch (error) {
      expect(error).toBeInstanceOf(ClinicalInputError);
      return (error as ClinicalInputError).field;
    }
    throw new Error('expected a ClinicalInputError');
  };
  const loose = (value: unknown): Record<string, unknown> => value as Record<string, unknown>;

  it.each<[string, (value: RecistInput) => void]>([
    ['followUps[1].targets[0].lesionId', (v) => (v.followUps[1].targets[0].lesionId = 'X9')],
    ['followUps[0].targets[1].lesionId', (v) => (v.followUps[0].targets[1].lesionId = 'T1')],
    ['followUps[0].targets[0].diameterMm', (v) => (v.followUps[0].targets[0].diameterMm = -1)],
    ['followUps[0].targets[0].diameterMm', (v) => (v.followUps[0].targets[0].diameterMm = Number.NaN)],
    ['followUps[0].targets[0].diameterMm', (v) => delete loose(v.followUps[0].targets[0]).diameterMm],
    ['followUps[0].targets[0].tooSmallToMeasure', (v) => (loose(v.followUps[0].targets[0]).tooSmallToMeasure = 'y')],
    ['followUps[0].targets', (v) => (loose(v.followUps[0]).targets = undefined)],
    ['followUps[1].date', (v) => (v.followUps[1].date = v.followUps[0].date)],
    ['followUps[0].date', (v) => (v.followUps[0].date = BASELINE_DATE)],
    ['followUps[0].date', (v) => (v.followUps[0].date = '2024-13-01')],
    ['followUps[0].nonTarget', (v) => (v.followUps[0].nonTarget = 'NONE')],
    ['followUps[0].nonTarget', (v) => (loose(v.followUps[0]).nonTarget = 'STABLE')],
    ['followUps[0].newLesion', (v) => (loose(v.followUps[0]).newLesion = undefined)],
    ['followUps[0]', (v) => ((v.followUps as unknown[])[0] = null)],
    ['followUps', (v) => (loose(v).followUps = undefined)],
    ['baseline', (v) => (loose(v).baseline = undefined)],
    ['baseline.date', (v) => (v.baseline.date = '2024-1-1')],
    ['baseline.targets[0].diameterMm', (v) => (v.baseline.targets[0].diameterMm = 0)],
    ['baseline.targets[1].lesionId', (v) => (v.baseline.targets[1].lesionId = 'T1')],
    ['baseline.targets[0].organ', (v) => (loose(v.baseline.targets[0]).organ = undefined)],
    ['baseline.targets[0].nodal', (v) => (loose(v.baseline.targets[0]).nodal = 'yes')],
    ['baseline.nonTargets', (v) => (v.baseline.nonTargets = 1.5)],
    ['baseline.nonTargets', (v) => (v.baseline.nonTargets = -1)],
    ['sdMinimumDays', (v) => (v.sdMinimumDays = -7)],
    ['confirmationRequired', (v) => (loose(v).confirmationRequired = 'yes')],
  ])('%s', (expectedField, mutate) => {
    expect(field(mutate)).toBe(expectedField);
  });

  it('rejects a baseline with neither target nor non-target disease', () => {
    expect(() => assessRecist11(input([], []))).toThrow(/no disease to assess/);
  });

  it('rejects a missing input object', () => {
    expect(() => assessRecist11(undefined as unknown as RecistInput)).toThrow(/^input is required/);
  });
});
