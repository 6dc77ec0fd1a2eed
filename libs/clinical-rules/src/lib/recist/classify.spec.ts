import { ClinicalInputError } from '../errors';
import { classifyRecistLesion } from './classify';
import type { RecistLesionMeasurement } from './types';

describe('classifyRecistLesion (Eisenhauer 2009 §3.1)', () => {
  it.each([
    [9.9, 'NORMAL_NODE'],
    [10, 'NON_TARGET'],
    [14.9, 'NON_TARGET'],
    [15, 'TARGET_ELIGIBLE'],
  ] as const)('a node with short axis %s mm is %s', (shortAxisMm, expected) => {
    expect(classifyRecistLesion({ nodal: true, longAxisMm: 25, shortAxisMm })).toBe(expected);
  });

  it('judges a node on its short axis, not its long axis', () => {
    expect(classifyRecistLesion({ nodal: true, longAxisMm: 30, shortAxisMm: 12 })).toBe('NON_TARGET');
  });

  it.each([
    [{ nodal: false, longAxisMm: 10 }, 'TARGET_ELIGIBLE'],
    [{ nodal: false, longAxisMm: 9.9 }, 'NON_TARGET'],
    [{ nodal: false, longAxisMm: 10, method: 'MRI', sliceThicknessMm: 5 }, 'TARGET_ELIGIBLE'],
    // slice 7 mm > 5 mm: minimum is 2 × 7 = 14 mm
    [{ nodal: false, longAxisMm: 13.9, method: 'CT', sliceThicknessMm: 7 }, 'NON_TARGET'],
    [{ nodal: false, longAxisMm: 14, method: 'CT', sliceThicknessMm: 7 }, 'TARGET_ELIGIBLE'],
    [{ nodal: false, longAxisMm: 10, method: 'CALIPER', sliceThicknessMm: 8 }, 'TARGET_ELIGIBLE'],
    [{ nodal: false, longAxisMm: 19.9, method: 'XRAY' }, 'NON_TARGET'],
    [{ nodal: false, longAxisMm: 20, method: 'XRAY' }, 'TARGET_ELIGIBLE'],
  ] as [RecistLesionMeasurement, string][])('%o is %s', (lesion, expected) => {
    expect(classifyRecistLesion(lesion)).toBe(expected);
  });

  it('rejects bad measurements, naming the field', () => {
    expect(() => classifyRecistLesion({ nodal: true, longAxisMm: 20 })).toThrow(/^shortAxisMm is required/);
    expect(() => classifyRecistLesion({ nodal: true, longAxisMm: 12, shortAxisMm: 15 })).toThrow(
      /shortAxisMm must not exceed longAxisMm/,
    );
    expect(() => classifyRecistLesion({ nodal: false, longAxisMm: -1 })).toThrow(/^longAxisMm must not be negative/);
    expect(() => classifyRecistLesion({ nodal: false, longAxisMm: Number.NaN })).toThrow(ClinicalInputError);
    expect(() => classifyRecistLesion({ nodal: false, longAxisMm: 12, sliceThicknessMm: 0 })).toThrow(
      /^sliceThicknessMm must be greater than 0/,
    );
    expect(() => classifyRecistLesion({ nodal: false, longAxisMm: 12, method: 'PET' as 'CT' })).toThrow(/^method/);
    expect(() => classifyRecistLesion(null as unknown as RecistLesionMeasurement)).toThrow(/^lesion is required/);
  });
});
