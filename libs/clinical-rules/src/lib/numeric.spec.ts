import { atLeast, atMost, floorWhole, greaterThan, lessThan, percentChange, sumOf } from './numeric';

describe('tolerant threshold comparisons', () => {
  it('counts a 2.4 → 1.6 SUL drop as exactly 0.8 (IEEE gives 0.7999999999999998)', () => {
    const drop = 2.4 - 1.6;
    expect(drop).not.toBe(0.8);
    expect(atLeast(drop, 0.8)).toBe(true);
    expect(greaterThan(drop, 0.8)).toBe(false);
  });

  it('counts (2.8 − 4) / 4 × 100 = −30.000000000000004 as exactly −30 %', () => {
    const pct = percentChange(2.8, 4);
    expect(pct).not.toBe(-30);
    expect(atMost(pct, -30)).toBe(true);
    expect(lessThan(pct, -30)).toBe(false);
  });

  it('still separates values that differ by more than the tolerance', () => {
    expect(atLeast(19.9999, 20)).toBe(false);
    expect(atMost(-29.9999, -30)).toBe(false);
    expect(greaterThan(0.8001, 0.8)).toBe(true);
    // (1.2 − 1) / 1 × 100 = 19.999999999999996 still meets a ≥ 20 % rule
    expect(atLeast(percentChange(1.2, 1), 20)).toBe(true);
    expect(lessThan(29.9999, 30)).toBe(true);
  });

  it('sums in a fixed order so the float result does not depend on listing order', () => {
    expect(sumOf([0.1, 0.2, 0.3])).toBe(sumOf([0.3, 0.2, 0.1]));
    expect(sumOf([])).toBe(0);
  });

  it('floors to the whole number below, treating 49.9999999999 as 50', () => {
    expect(floorWhole(49.6)).toBe(49);
    expect(floorWhole(50 - 1e-12)).toBe(50);
    expect(floorWhole(29.999)).toBe(29);
  });
});
