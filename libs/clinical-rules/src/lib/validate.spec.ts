import { ClinicalInputError } from './errors';
import { requireIsoDate, requireObject, requireString } from './validate';

describe('input guards', () => {
  it('names the field in both the message and the field property', () => {
    expect.assertions(3);
    try {
      requireObject(null, 'baseline');
    } catch (error) {
      expect(error).toBeInstanceOf(ClinicalInputError);
      expect((error as ClinicalInputError).field).toBe('baseline');
      expect((error as ClinicalInputError).message).toMatch(/^baseline /);
    }
  });

  it('rejects arrays where an object is expected and blank text', () => {
    expect(() => requireObject([], 'input')).toThrow(ClinicalInputError);
    expect(() => requireString('  ', 'organ')).toThrow(/organ must be a non-empty text/);
  });

  it('reads ISO dates as whole days and rejects impossible or non-ISO dates', () => {
    expect(requireIsoDate('2024-03-01', 'd') - requireIsoDate('2024-02-01', 'd')).toBe(29); // leap year
    expect(() => requireIsoDate('2023-02-29', 'date')).toThrow(/date is not a real calendar date/);
    expect(() => requireIsoDate('01/02/2024', 'date')).toThrow(/YYYY-MM-DD/);
    expect(() => requireIsoDate(20240101, 'date')).toThrow(/YYYY-MM-DD/);
  });
});
