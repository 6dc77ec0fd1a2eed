/** Unit tests for parseRecistInput, through the public assessRecist11: every bad field is named. */
import { ClinicalInputError } from '../errors';
import { assessRecist11 } from './assess';
import { BASELINE_DATE, input } from '../../testing/recist-input';
import type { RecistInput } from './types';


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
