import { cite, SOURCES } from '../sources';
import { validateRecistBaseline } from './baseline';
import { assessSizeBased, type SizeCriteria } from './engine';
import { parseRecistInput } from './input';
import type { Recist11Result, RecistInput } from './types';

/**
 * RECIST 1.1 thresholds (Eisenhauer 2009 §4.3.1): PR = sum −30 % against baseline;
 * PD = sum +20 % against the nadir and at least +5 mm absolute.
 */
const RECIST_11_CRITERIA: SizeCriteria = {
  source: cite(SOURCES.RECIST_11, SOURCES.RECIST_FAQ),
  prDecreasePct: 30,
  pdIncreasePct: 20,
  pdIncreaseMm: 5,
};

/**
 * RECIST 1.1 response at every follow-up and the best overall response. Sums use the
 * longest diameter of non-nodal targets and the short axis of nodal ones (§4.3.1).
 * The baseline selection is also checked and any violations are listed (not thrown).
 */
export function assessRecist11(input: RecistInput): Recist11Result {
  const parsed = parseRecistInput(input);
  const result = assessSizeBased(parsed, RECIST_11_CRITERIA);
  return { ...result, baselineViolations: validateRecistBaseline(input.baseline.targets) };
}
