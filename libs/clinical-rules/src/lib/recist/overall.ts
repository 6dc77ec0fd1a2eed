import type { RecistNewLesion, RecistNonTargetResponse, RecistOverallResponse, RecistTargetResponse } from './types';

/**
 * Overall response at one time point — Eisenhauer 2009 Table 1 (target disease) and
 * Table 2 (non-target disease only, target = 'NONE'). An EQUIVOCAL new lesion does not by
 * itself make PD (§4.3.3); see backdateConfirmedNewLesions for when it later does.
 */
export function overallResponse(
  target: RecistTargetResponse,
  nonTarget: RecistNonTargetResponse,
  newLesion: RecistNewLesion,
): RecistOverallResponse {
  if (target === 'PD' || nonTarget === 'PD' || newLesion === 'YES') {
    return 'PD';
  }
  switch (target) {
    case 'CR':
      // Table 1: CR needs the non-target disease gone too (or none at baseline);
      // non-CR/non-PD or not evaluated non-target disease gives PR.
      return nonTarget === 'CR' || nonTarget === 'NONE' ? 'CR' : 'PR';
    case 'NONE':
      // Table 2: "non-CR/non-PD" is reported instead of SD when there are no targets.
      return nonTarget === 'CR' ? 'CR' : nonTarget === 'NON_CR_NON_PD' ? 'NON_CR_NON_PD' : 'NE';
    default:
      // PR, SD and NE carry over whatever the (non-PD) non-target status is.
      return target;
  }
}

/**
 * Eisenhauer 2009 §4.3.3: when a new lesion first reported as equivocal is confirmed at a
 * later time point, progression dates from the time point that first showed it. The run of
 * consecutive EQUIVOCAL time points immediately before a YES is set to PD (in place); a NO
 * in between means the equivocal finding resolved. Returns which time points were changed.
 */
export function backdateConfirmedNewLesions(
  newLesions: readonly RecistNewLesion[],
  overall: RecistOverallResponse[],
): boolean[] {
  const backdated = overall.map(() => false);
  let runStart: number | null = null;
  newLesions.forEach((newLesion, i) => {
    if (newLesion === 'EQUIVOCAL') {
      runStart ??= i;
      return;
    }
    if (newLesion === 'YES' && runStart !== null) {
      for (let k = runStart; k < i; k++) {
        backdated[k] = overall[k] !== 'PD';
        overall[k] = 'PD';
      }
    }
    runStart = null;
  });
  return backdated;
}
