// Test-only: builds assessRecist11 inputs compactly (targets T1…Tn in distinct organs).
import type { RecistInput, RecistNewLesion, RecistNonTargetResponse } from '../lib/recist/types';

export const BASELINE_DATE = '2024-01-01';
export const dateAfter = (days: number): string =>
  new Date(Date.UTC(2024, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);

export interface FollowUpSpec {
  day: number;
  mm: (number | null)[];
  nonTarget?: RecistNonTargetResponse;
  newLesion?: RecistNewLesion;
}

/** Targets T1…Tn in distinct organs; follow-up diameters listed in the same order. */
export function input(
  baselineMm: number[],
  followUps: FollowUpSpec[],
  options: { nodal?: boolean[]; nonTargets?: number; confirmationRequired?: boolean; sdMinimumDays?: number } = {},
): RecistInput {
  return {
    baseline: {
      date: BASELINE_DATE,
      targets: baselineMm.map((diameterMm, i) => ({
        lesionId: `T${i + 1}`,
        organ: `organ ${i + 1}`,
        nodal: options.nodal?.[i] ?? false,
        diameterMm,
      })),
      nonTargets: options.nonTargets ?? 0,
    },
    followUps: followUps.map((f) => ({
      date: dateAfter(f.day),
      targets: f.mm.map((diameterMm, i) => ({ lesionId: `T${i + 1}`, diameterMm })),
      nonTarget: f.nonTarget ?? 'NONE',
      newLesion: f.newLesion ?? 'NO',
    })),
    confirmationRequired: options.confirmationRequired,
    sdMinimumDays: options.sdMinimumDays,
  };
}
