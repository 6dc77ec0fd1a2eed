import { assessSizeBased, type SizeCriteria } from './recist/engine';
import { parseRecistInput } from './recist/input';
import type { RecistInput, RecistResult } from './recist/types';
import { cite, SOURCES } from './sources';

/**
 * mRECIST for hepatocellular carcinoma (Lencioni & Llovet 2010, Table 1): the diameters are
 * the longest VIABLE (arterially enhancing) diameters. CR = no intratumoural arterial
 * enhancement in any target (viable diameter 0; a nodal target < 10 mm short axis, as in
 * RECIST 1.1); PR = viable sum −30 % against baseline; PD = viable sum +20 % against the
 * nadir, with no 5 mm absolute requirement.
 */
const MRECIST_CRITERIA: SizeCriteria = {
  source: cite(SOURCES.MRECIST, SOURCES.RECIST_11),
  prDecreasePct: 30,
  pdIncreasePct: 20,
  pdIncreaseMm: 0,
};

/**
 * Same input and output as assessRecist11 (continuing PR, NE/PD with missing targets,
 * equivocal new lesions and best overall response behave identically). Non-target status
 * is the caller's reading: per Lencioni & Llovet, ascites or pleural effusion counts as
 * non-target PD only when cytology proves it malignant, and a new lesion counts as YES only
 * when ≥ 10 mm with the typical HCC enhancement pattern (otherwise EQUIVOCAL).
 */
export function assessMrecist(input: RecistInput): RecistResult {
  return assessSizeBased(parseRecistInput(input), MRECIST_CRITERIA);
}
