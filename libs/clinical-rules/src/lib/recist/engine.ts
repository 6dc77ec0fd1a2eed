import { atLeast, atMost, greaterThan, percentChange, sumOf } from '../numeric';
import { bestOverallResponse, CONFIRMATION_MIN_DAYS } from './best-response';
import type { ParsedRecistInput, ParsedTarget } from './input';
import { backdateConfirmedNewLesions, overallResponse } from './overall';
import type {
  RecistOverallResponse,
  RecistResult,
  RecistTargetBasis,
  RecistTargetResponse,
  RecistTimepoint,
} from './types';

/** What differs between RECIST 1.1 and mRECIST; everything else is shared. */
export interface SizeCriteria {
  source: string;
  /** PR: decrease of the sum against baseline, in percent (RECIST 1.1 and mRECIST: 30). */
  prDecreasePct: number;
  /** PD: increase of the sum against the nadir, in percent (both: 20). */
  pdIncreasePct: number;
  /** PD also needs this absolute increase (RECIST 1.1: 5 mm; mRECIST: none, 0). */
  pdIncreaseMm: number;
}

/** Eisenhauer 2009 §4.3.1: a node has returned to normal when its short axis is < 10 mm. */
const NODE_NORMAL_BELOW_MM = 10;

function isResolved(target: ParsedTarget, value: number): boolean {
  return target.nodal ? !atLeast(value, NODE_NORMAL_BELOW_MM) : !greaterThan(value, 0);
}

/**
 * PD by the sum: ≥ pdIncreasePct over the nadir and ≥ pdIncreaseMm absolute. When the
 * nadir is 0 (every non-nodal target had disappeared) a percentage is undefined; any
 * increase then meets the relative criterion and the absolute one decides.
 */
function sumProvesProgression(sum: number, nadir: number, criteria: SizeCriteria): boolean {
  const relative = nadir > 0 ? atLeast(percentChange(sum, nadir), criteria.pdIncreasePct) : greaterThan(sum, nadir);
  return relative && atLeast(sum - nadir, criteria.pdIncreaseMm);
}

interface TargetState {
  nadir: number;
  prRunStartDay: number | null;
  prConfirmed: boolean;
  previousOverall: RecistOverallResponse | null;
}

function targetResponse(
  targets: readonly ParsedTarget[],
  values: readonly (number | null)[],
  baselineSum: number,
  state: TargetState,
  criteria: SizeCriteria,
): { target: RecistTargetResponse; basis: RecistTargetBasis; measuredSum: number; complete: boolean } {
  const measured = values.filter((v): v is number => v !== null);
  const measuredSum = sumOf(measured);
  const complete = measured.length === values.length;
  if (targets.length === 0) {
    return { target: 'NONE', basis: 'NO_TARGETS', measuredSum, complete };
  }
  // EORTC FAQ: after an overall CR, the reappearance of any target lesion is PD.
  const reappeared =
    state.previousOverall === 'CR' && targets.some((t, k) => values[k] != null && !isResolved(t, values[k] as number));
  let target: RecistTargetResponse;
  let basis: RecistTargetBasis;
  if (complete && targets.every((t, k) => isResolved(t, measured[k] as number))) {
    [target, basis] = ['CR', 'ALL_TARGETS_RESOLVED'];
  } else if (reappeared) {
    [target, basis] = ['PD', 'REAPPEARANCE_AFTER_CR'];
  } else if (sumProvesProgression(measuredSum, state.nadir, criteria)) {
    // With a target missing, the true sum is at least the measured one, so PD is proven.
    [target, basis] = ['PD', complete ? 'SUM_INCREASE_FROM_NADIR' : 'MEASURED_LESIONS_PROVE_PD'];
  } else if (!complete) {
    [target, basis] = ['NE', 'TARGET_NOT_MEASURED'];
  } else if (atMost(percentChange(measuredSum, baselineSum), -criteria.prDecreasePct)) {
    [target, basis] = ['PR', 'SUM_DECREASE_FROM_BASELINE'];
  } else if (state.prConfirmed) {
    // EORTC FAQ: a confirmed PR continues until PD (or CR); the sum creeping back above the
    // −30 % line does not demote it to SD.
    [target, basis] = ['PR', 'CONTINUING_PR'];
  } else {
    [target, basis] = ['SD', 'NO_THRESHOLD_MET'];
  }
  return { target, basis, measuredSum, complete };
}

/** PR "met at two time points at least 28 days apart"; SD or PD in between starts over. */
function updatePrConfirmation(state: TargetState, target: RecistTargetResponse, day: number): void {
  if (target === 'CR' || target === 'PR') {
    if (state.prRunStartDay === null) {
      state.prRunStartDay = day;
    } else if (day - state.prRunStartDay >= CONFIRMATION_MIN_DAYS) {
      state.prConfirmed = true;
    }
  } else if (target === 'SD' || target === 'PD') {
    state.prRunStartDay = null;
    state.prConfirmed = false;
  }
}

/** The shared time-point engine behind assessRecist11 and assessMrecist. */
export function assessSizeBased(input: ParsedRecistInput, criteria: SizeCriteria): RecistResult {
  const { targets, followUps, baselineDay } = input;
  const baselineSum = sumOf(targets.map((t) => t.diameterMm));
  const state: TargetState = { nadir: baselineSum, prRunStartDay: null, prConfirmed: false, previousOverall: null };

  const timepoints: RecistTimepoint[] = followUps.map((followUp) => {
    const { target, basis, measuredSum, complete } = targetResponse(
      targets,
      followUp.values,
      baselineSum,
      state,
      criteria,
    );
    const overall = overallResponse(target, followUp.nonTarget, followUp.newLesion);
    const nadir = state.nadir;
    // The changes are shown for a complete sum, and for a partial sum that proves PD (its basis).
    const shownSum = targets.length > 0 && (complete || target === 'PD') ? measuredSum : null;
    const timepoint: RecistTimepoint = {
      date: followUp.date,
      sumMm: targets.length > 0 && complete ? measuredSum : null,
      nadirMm: nadir,
      changeFromBaselinePct: shownSum === null ? null : percentChange(shownSum, baselineSum),
      changeFromNadirPct: shownSum === null || nadir === 0 ? null : percentChange(shownSum, nadir),
      changeFromNadirMm: shownSum === null ? null : shownSum - nadir,
      target,
      nonTarget: followUp.nonTarget,
      overall,
      daysFromBaseline: followUp.day - baselineDay,
      measuredSumMm: measuredSum,
      missingLesionIds: targets.filter((_, k) => followUp.values[k] === null).map((t) => t.lesionId),
      targetBasis: basis,
      newLesion: followUp.newLesion,
      pdBackdated: false,
    };
    updatePrConfirmation(state, target, followUp.day);
    if (complete) {
      state.nadir = Math.min(state.nadir, measuredSum);
    }
    state.previousOverall = overall;
    return timepoint;
  });

  const overall = timepoints.map((t) => t.overall);
  const backdated = backdateConfirmedNewLesions(
    timepoints.map((t) => t.newLesion),
    overall,
  );
  timepoints.forEach((t, i) => {
    t.overall = overall[i] as RecistOverallResponse;
    t.pdBackdated = backdated[i] as boolean;
  });

  return {
    baselineSumMm: baselineSum,
    timepoints,
    bestOverallResponse: bestOverallResponse(timepoints, {
      confirmationRequired: input.confirmationRequired,
      sdMinimumDays: input.sdMinimumDays,
      hasTargets: targets.length > 0,
    }),
    source: criteria.source,
    confirmationRequired: input.confirmationRequired,
    sdMinimumDays: input.sdMinimumDays,
  };
}
