import type { RecistOverallResponse } from './types';

/** Eisenhauer 2009 §4.4.1 / Table 3: CR and PR are confirmed by a repeat ≥ 4 weeks later. */
export const CONFIRMATION_MIN_DAYS = 28;

export interface TimepointForBest {
  daysFromBaseline: number;
  overall: RecistOverallResponse;
}

export interface BestResponseOptions {
  confirmationRequired: boolean;
  sdMinimumDays: number;
  hasTargets: boolean;
}

const STABLE_OR_BETTER: ReadonlySet<RecistOverallResponse> = new Set(['CR', 'PR', 'SD']);

function confirmedPair(window: readonly TimepointForBest[], accepted: ReadonlySet<RecistOverallResponse>): boolean {
  return window.some(
    (first, i) =>
      accepted.has(first.overall) &&
      window
        .slice(i + 1)
        .some(
          (later) =>
            accepted.has(later.overall) && later.daysFromBaseline - first.daysFromBaseline >= CONFIRMATION_MIN_DAYS,
        ),
  );
}

/**
 * Best overall response (Eisenhauer 2009 §4.4.1 and Table 3), over the time points up to
 * and including the first PD (responses after progression do not count).
 *
 * Without confirmation: CR > PR > SD > NON_CR_NON_PD > PD > NE, where SD counts only if
 * met at least `sdMinimumDays` after baseline. With confirmation: CR (and PR, which a later
 * CR also confirms) count only when repeated ≥ 28 days later; an unconfirmed CR/PR still
 * shows the disease was at least stable at that time point, so it gives SD if the SD
 * minimum was met. Otherwise PD if PD occurred, else NE.
 */
export function bestOverallResponse(
  timepoints: readonly TimepointForBest[],
  options: BestResponseOptions,
): RecistOverallResponse {
  const firstPd = timepoints.findIndex((t) => t.overall === 'PD');
  const window = firstPd === -1 ? timepoints : timepoints.slice(0, firstPd + 1);

  if (options.confirmationRequired) {
    if (confirmedPair(window, new Set(['CR']))) return 'CR';
    if (confirmedPair(window, new Set(['CR', 'PR']))) return 'PR';
  } else {
    if (window.some((t) => t.overall === 'CR')) return 'CR';
    if (window.some((t) => t.overall === 'PR')) return 'PR';
  }

  if (options.hasTargets) {
    const sdMet = window.some((t) => STABLE_OR_BETTER.has(t.overall) && t.daysFromBaseline >= options.sdMinimumDays);
    if (sdMet) return 'SD';
  } else if (window.some((t) => t.overall === 'CR' || t.overall === 'NON_CR_NON_PD')) {
    // Non-target disease only: an unconfirmed CR is reported as non-CR/non-PD.
    return 'NON_CR_NON_PD';
  }
  return firstPd === -1 ? 'NE' : 'PD';
}
