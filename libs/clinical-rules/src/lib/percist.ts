import { atLeast, atMost, greaterThan, percentChange } from './numeric';
import { SOURCES } from './sources';
import { requireBoolean, requireNonNegative, requireObject, requirePositive } from './validate';

export type PercistCategory = 'CMR' | 'PMR' | 'SMD' | 'PMD';

export interface PercistInput {
  /** SULpeak of the hottest lesion on the baseline scan. */
  baselineSulPeak: number;
  /** SULpeak of the hottest lesion on the follow-up scan (need not be the same lesion). */
  followUpSulPeak: number;
  /** New FDG-avid lesions typical of cancer (not infection or treatment effect). */
  newLesions: boolean;
  /** All lesion uptake ≤ mean liver and indistinguishable from surrounding background. */
  uptakeNormalized?: boolean;
}

export interface PercistResult {
  category: PercistCategory;
  /** (follow-up − baseline) / baseline × 100. */
  changePct: number;
  /** follow-up − baseline, in SUL units. */
  changeSul: number;
  source: string;
  baselineSulPeak: number;
  followUpSulPeak: number;
}

/** Wahl 2009, PERCIST 1.0 §"Response criteria": thresholds for partial response and progression. */
const PERCIST_CHANGE_PCT = 30;
const PERCIST_CHANGE_SUL = 0.8;

/**
 * PERCIST 1.0 (Wahl 2009): PMD = increase > 30 % and > 0.8 SUL, or new FDG-avid lesions;
 * CMR = uptake normalised (≤ liver, at background) with no new lesions; PMR = decrease
 * ≥ 30 % and ≥ 0.8 SUL; otherwise SMD. PMD is checked first, so a new lesion is never
 * hidden by a metabolic response elsewhere.
 */
export function assessPercist(p: PercistInput): PercistResult {
  const input = requireObject(p, 'input');
  const baselineSulPeak = requirePositive(input.baselineSulPeak, 'baselineSulPeak');
  const followUpSulPeak = requireNonNegative(input.followUpSulPeak, 'followUpSulPeak');
  const newLesions = requireBoolean(input.newLesions, 'newLesions');
  const uptakeNormalized =
    input.uptakeNormalized === undefined ? false : requireBoolean(input.uptakeNormalized, 'uptakeNormalized');

  const changeSul = followUpSulPeak - baselineSulPeak;
  const changePct = percentChange(followUpSulPeak, baselineSulPeak);

  let category: PercistCategory;
  if (newLesions || (greaterThan(changePct, PERCIST_CHANGE_PCT) && greaterThan(changeSul, PERCIST_CHANGE_SUL))) {
    category = 'PMD';
  } else if (uptakeNormalized) {
    category = 'CMR';
  } else if (atMost(changePct, -PERCIST_CHANGE_PCT) && atLeast(-changeSul, PERCIST_CHANGE_SUL)) {
    category = 'PMR';
  } else {
    category = 'SMD';
  }
  return { category, changePct, changeSul, source: SOURCES.PERCIST, baselineSulPeak, followUpSulPeak };
}
