import { ClinicalInputError } from './errors';
import { assessPercist, type PercistInput } from './percist';

const run = (baselineSulPeak: number, followUpSulPeak: number, extra: Partial<PercistInput> = {}) =>
  assessPercist({ baselineSulPeak, followUpSulPeak, newLesions: false, ...extra });

describe('assessPercist (Wahl 2009, PERCIST 1.0)', () => {
  it('a 2.4 → 1.6 SULpeak drop is exactly 0.8 SUL and −33.3 %: PMR', () => {
    // 1.6 − 2.4 = −0.8 SUL (float −0.7999999999999998); −0.8 / 2.4 × 100 = −33.33 %.
    const result = run(2.4, 1.6);
    expect(result.category).toBe('PMR');
    expect(result.changeSul).toBeCloseTo(-0.8, 12);
    expect(result.changePct).toBeCloseTo(-33.3333, 4);
    expect(result.source).toMatch(/Wahl/);
  });

  it('exactly −30 % with ≥ 0.8 SUL is PMR (float −30.000000000000004)', () => {
    // 4.0 → 2.8: −1.2 SUL, −1.2 / 4 = −30 %.
    expect(run(4, 2.8).category).toBe('PMR');
  });

  it('−30 % but only −0.6 SUL is SMD (both criteria are needed)', () => {
    // 2.0 → 1.4: −30 %, −0.6 SUL.
    expect(run(2, 1.4).category).toBe('SMD');
  });

  it('−0.9 SUL but only −22.5 % is SMD', () => {
    // 4.0 → 3.1: −0.9 / 4 = −22.5 %.
    expect(run(4, 3.1).category).toBe('SMD');
  });

  it('exactly +30 % is not PMD (PMD needs more than 30 %)', () => {
    // 4.0 → 5.2: +1.2 SUL, +30 % (float 30.000000000000004).
    expect(run(4, 5.2).category).toBe('SMD');
  });

  it('exactly +0.8 SUL is not PMD even at +40 %', () => {
    // 2.0 → 2.8: +0.8 SUL (float 0.7999999999999998), +40 %.
    expect(run(2, 2.8).category).toBe('SMD');
  });

  it('more than +30 % and more than +0.8 SUL is PMD', () => {
    // 4.0 → 5.3: +1.3 SUL, +32.5 %.
    expect(run(4, 5.3).category).toBe('PMD');
  });

  it('new FDG-avid lesions are PMD even when the hottest lesion improved', () => {
    expect(run(6, 2, { newLesions: true }).category).toBe('PMD');
    expect(run(6, 1, { newLesions: true, uptakeNormalized: true }).category).toBe('PMD');
  });

  it('normalised uptake without new lesions is CMR', () => {
    expect(run(6, 1.5, { uptakeNormalized: true }).category).toBe('CMR');
    expect(run(6, 1.5, { uptakeNormalized: false }).category).toBe('PMR');
  });

  it('rejects bad input, naming the field', () => {
    expect(() => run(0, 1)).toThrow(/^baselineSulPeak must be greater than 0/);
    expect(() => run(2, -1)).toThrow(/^followUpSulPeak must not be negative/);
    expect(() => run(2, Number.NaN)).toThrow(ClinicalInputError);
    expect(() => run(2, 1, { newLesions: undefined as unknown as boolean })).toThrow(/^newLesions/);
    expect(() => run(2, 1, { uptakeNormalized: 'yes' as unknown as boolean })).toThrow(/^uptakeNormalized/);
  });
});
