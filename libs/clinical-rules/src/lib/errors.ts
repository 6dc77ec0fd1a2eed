/**
 * Thrown for input that no clinical rule can be applied to: a missing field, NaN, a
 * negative size, creatinine ≤ 0, a minor given to an adult-only equation, an unknown drug
 * where a known one is required. The rules never return a number for such input.
 *
 * `field` is the path of the offending value inside the argument, e.g.
 * `followUps[1].targets[0].lesionId`, so a form can highlight it.
 */
export class ClinicalInputError extends Error {
  readonly field: string;

  constructor(field: string, problem: string) {
    super(`${field} ${problem}`);
    this.name = 'ClinicalInputError';
    this.field = field;
  }
}
