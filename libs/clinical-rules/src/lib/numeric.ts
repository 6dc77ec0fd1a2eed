/**
 * Threshold comparisons that survive IEEE-754 rounding. `2.4 - 1.6` is
 * `0.7999999999999998`, and `(35 - 50) / 50 * 100` is `-30.000000000000004`; both must
 * land on the side of the line a clinician with a calculator would put them.
 * Every comparison against a published threshold in this library goes through here.
 */
const TOLERANCE = 1e-9;

/** value ≥ threshold, counting values within TOLERANCE below it as equal. */
export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - TOLERANCE;
}

/** value ≤ threshold, counting values within TOLERANCE above it as equal. */
export function atMost(value: number, threshold: number): boolean {
  return value <= threshold + TOLERANCE;
}

/** value > threshold by more than TOLERANCE (a value equal to it is not greater). */
export function greaterThan(value: number, threshold: number): boolean {
  return value > threshold + TOLERANCE;
}

/** value < threshold by more than TOLERANCE (a value equal to it is not less). */
export function lessThan(value: number, threshold: number): boolean {
  return value < threshold - TOLERANCE;
}

/** (value − reference) / reference × 100, unrounded. The caller guarantees reference ≠ 0. */
export function percentChange(value: number, reference: number): number {
  return ((value - reference) / reference) * 100;
}

/**
 * Sum in ascending order, so the floating-point result does not depend on the order in
 * which the lesions were listed.
 */
export function sumOf(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b).reduce((total, value) => total + value, 0);
}

/** Floor to the integer below, treating a value within TOLERANCE under an integer as that integer. */
export function floorWhole(value: number): number {
  return Math.floor(value + TOLERANCE);
}
