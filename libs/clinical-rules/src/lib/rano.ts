import { ClinicalInputError } from './errors';
import { atLeast, atMost, greaterThan, percentChange, sumOf } from './numeric';
import { SOURCES } from './sources';
import { requireArray, requireBoolean, requireIsoDate, requireNonNegative, requireObject } from './validate';

export type RanoResponse = 'CR' | 'PR' | 'SD' | 'PD';

export interface RanoLesion {
  longMm: number;
  perpendicularMm: number;
}

export interface RanoFollowUp {
  date: string;
  /** The target lesions measured at this scan; a lesion that is gone is 0 × 0 (or omitted). */
  lesions: RanoLesion[];
  newMeasurableLesion: boolean;
  clearNonMeasurableProgression: boolean;
  /** On corticosteroids above physiological replacement: CR cannot be declared (PR at best). */
  steroidsAbovePhysiologic?: boolean;
}

export interface RanoInput {
  baseline: { lesions: RanoLesion[] };
  followUps: RanoFollowUp[];
}

export interface RanoTimepoint {
  date: string;
  spdMm2: number;
  /** Smallest SPD before this scan, baseline included. */
  nadirMm2: number;
  changeFromBaselinePct: number;
  /** null when the nadir is 0 (all enhancing disease had gone): a percentage is undefined. */
  changeFromNadirPct: number | null;
  response: RanoResponse;
  /** CR/PR: repeated (PR by PR or CR) on a scan ≥ 28 days later, before any PD. null for SD/PD. */
  confirmed: boolean | null;
}

export interface RanoResult {
  baselineSpdMm2: number;
  timepoints: RanoTimepoint[];
  /** Best response counting CR/PR only when confirmed, up to the first PD; NE with no follow-up. */
  bestResponse: RanoResponse | 'NE';
  source: string;
}

/** Wen 2023 (RANO 2.0): measurable = both perpendicular diameters ≥ 10 mm. */
const RANO_MEASURABLE_MIN_MM = 10;
/** Wen 2023: PR ≥ 50 % decrease of the SPD against baseline; PD ≥ 25 % increase against the nadir. */
const RANO_PR_DECREASE_PCT = 50;
const RANO_PD_INCREASE_PCT = 25;
/** Wen 2023: CR and PR must be confirmed on a scan at least 4 weeks later. */
const RANO_CONFIRMATION_DAYS = 28;

function spdOf(value: unknown, field: string, measurableOnly: boolean): number {
  const products = requireArray(value, field).map((item, i) => {
    const lesion = requireObject(item, `${field}[${i}]`);
    const longMm = requireNonNegative(lesion.longMm, `${field}[${i}].longMm`);
    const perpendicularMm = requireNonNegative(lesion.perpendicularMm, `${field}[${i}].perpendicularMm`);
    if (
      measurableOnly &&
      !(atLeast(longMm, RANO_MEASURABLE_MIN_MM) && atLeast(perpendicularMm, RANO_MEASURABLE_MIN_MM))
    ) {
      throw new ClinicalInputError(
        `${field}[${i}]`,
        `is not measurable (${longMm} × ${perpendicularMm} mm); both diameters must be ≥ ${RANO_MEASURABLE_MIN_MM} mm`,
      );
    }
    return longMm * perpendicularMm;
  });
  return sumOf(products);
}

interface Scan {
  day: number;
  response: RanoResponse;
}

/** Whether scan i is repeated at an accepted level on a scan ≥ 28 days later, before any PD. */
function isConfirmed(scans: readonly Scan[], i: number, accepted: readonly RanoResponse[]): boolean {
  const later = scans.slice(i + 1);
  const firstPd = later.findIndex((s) => s.response === 'PD');
  const beforePd = firstPd === -1 ? later : later.slice(0, firstPd);
  return beforePd.some((s) => accepted.includes(s.response) && s.day - (scans[i] as (typeof scans)[number]).day >= RANO_CONFIRMATION_DAYS);
}

/**
 * RANO 2.0 (Wen 2023), bidimensional: sum of products of perpendicular diameters (SPD) of
 * the measurable enhancing target lesions. PD = SPD +25 % against the nadir, a new
 * measurable lesion, or clear progression of non-measurable disease (a steroid increase
 * alone is not PD); CR = all enhancing disease gone, no PD, and not on supraphysiological
 * steroids; PR = SPD −50 % against baseline; otherwise SD.
 */
export function assessRano(input: RanoInput): RanoResult {
  const root = requireObject(input, 'input');
  const baseline = requireObject(root.baseline, 'baseline');
  if (requireArray(baseline.lesions, 'baseline.lesions').length === 0) {
    throw new ClinicalInputError('baseline.lesions', 'must list at least one measurable target lesion');
  }
  const baselineSpd = spdOf(baseline.lesions, 'baseline.lesions', true);

  let nadir = baselineSpd;
  let previousDay = Number.NEGATIVE_INFINITY;
  const scans: Scan[] = [];
  const timepoints = requireArray(root.followUps, 'followUps').map((item, i): RanoTimepoint => {
    const field = `followUps[${i}]`;
    const followUp = requireObject(item, field);
    const day = requireIsoDate(followUp.date, `${field}.date`);
    if (day <= previousDay) {
      throw new ClinicalInputError(
        `${field}.date`,
        `must be later than the previous follow-up date (${String(followUp.date)})`,
      );
    }
    previousDay = day;
    const spd = spdOf(followUp.lesions, `${field}.lesions`, false);
    const newMeasurable = requireBoolean(followUp.newMeasurableLesion, `${field}.newMeasurableLesion`);
    const nonMeasurablePd = requireBoolean(
      followUp.clearNonMeasurableProgression,
      `${field}.clearNonMeasurableProgression`,
    );
    const steroids =
      followUp.steroidsAbovePhysiologic === undefined
        ? false
        : requireBoolean(followUp.steroidsAbovePhysiologic, `${field}.steroidsAbovePhysiologic`);

    const changeFromBaselinePct = percentChange(spd, baselineSpd);
    const changeFromNadirPct = nadir > 0 ? percentChange(spd, nadir) : null;
    const spdProgression =
      changeFromNadirPct === null ? greaterThan(spd, 0) : atLeast(changeFromNadirPct, RANO_PD_INCREASE_PCT);

    let response: RanoResponse;
    if (newMeasurable || nonMeasurablePd || spdProgression) {
      response = 'PD';
    } else if (!greaterThan(spd, 0) && !steroids) {
      response = 'CR';
    } else if (atMost(changeFromBaselinePct, -RANO_PR_DECREASE_PCT)) {
      response = 'PR';
    } else {
      response = 'SD';
    }
    const timepoint: RanoTimepoint = {
      date: followUp.date as string,
      spdMm2: spd,
      nadirMm2: nadir,
      changeFromBaselinePct,
      changeFromNadirPct,
      response,
      confirmed: null,
    };
    nadir = Math.min(nadir, spd);
    scans.push({ day, response });
    return timepoint;
  });

  timepoints.forEach((t, i) => {
    if (t.response === 'CR' || t.response === 'PR') {
      t.confirmed = isConfirmed(scans, i, t.response === 'CR' ? ['CR'] : ['CR', 'PR']);
    }
  });

  return { baselineSpdMm2: baselineSpd, timepoints, bestResponse: bestRanoResponse(scans), source: SOURCES.RANO_2 };
}

/** Best response up to and including the first PD, CR and PR counting only when confirmed. */
function bestRanoResponse(scans: readonly Scan[]): RanoResponse | 'NE' {
  const firstPd = scans.findIndex((s) => s.response === 'PD');
  const window = firstPd === -1 ? scans : scans.slice(0, firstPd + 1);
  if (window.some((s, i) => s.response === 'CR' && isConfirmed(window, i, ['CR']))) return 'CR';
  // A PR, or a CR followed only by a PR, is confirmed at PR level (a PD can only be the
  // window's last scan, which has nothing after it to confirm it).
  if (window.some((s, i) => s.response !== 'SD' && isConfirmed(window, i, ['CR', 'PR']))) return 'PR';
  if (window.some((s) => s.response !== 'PD')) return 'SD';
  return firstPd === -1 ? 'NE' : 'PD';
}
