import { ClinicalInputError } from '../errors';
import {
  requireArray,
  requireBoolean,
  requireIsoDate,
  requireNonNegative,
  requireObject,
  requireOneOf,
  requirePositive,
  requireString,
} from '../validate';
import type { RecistInput, RecistNewLesion, RecistNonTargetResponse } from './types';

/** Eisenhauer 2009 §4.3.1 / EORTC FAQ: a lesion present but too small to measure counts as 5 mm. */
const TOO_SMALL_TO_MEASURE_MM = 5;
/** Eisenhauer 2009 §4.4.1: SD must be met at least once after a protocol-defined minimum; 6 weeks here by default. */
const DEFAULT_SD_MINIMUM_DAYS = 42;

const NON_TARGET: readonly RecistNonTargetResponse[] = ['CR', 'NON_CR_NON_PD', 'PD', 'NE', 'NONE'];
const NEW_LESION: readonly RecistNewLesion[] = ['NO', 'YES', 'EQUIVOCAL'];

export interface ParsedTarget {
  lesionId: string;
  nodal: boolean;
  diameterMm: number;
}

export interface ParsedFollowUp {
  date: string;
  day: number;
  /** Aligned with the baseline targets; null = not measured. */
  values: (number | null)[];
  nonTarget: RecistNonTargetResponse;
  newLesion: RecistNewLesion;
}

export interface ParsedRecistInput {
  baselineDay: number;
  targets: ParsedTarget[];
  followUps: ParsedFollowUp[];
  confirmationRequired: boolean;
  sdMinimumDays: number;
}

function parseBaseline(value: unknown): { day: number; targets: ParsedTarget[]; nonTargets: number } {
  const baseline = requireObject(value, 'baseline');
  const day = requireIsoDate(baseline.date, 'baseline.date');
  const seen = new Set<string>();
  const targets = requireArray(baseline.targets, 'baseline.targets').map((item, index) => {
    const field = `baseline.targets[${index}]`;
    const target = requireObject(item, field);
    const lesionId = requireString(target.lesionId, `${field}.lesionId`);
    if (seen.has(lesionId)) {
      throw new ClinicalInputError(`${field}.lesionId`, `"${lesionId}" is listed twice at baseline`);
    }
    seen.add(lesionId);
    requireString(target.organ, `${field}.organ`);
    return {
      lesionId,
      nodal: requireBoolean(target.nodal, `${field}.nodal`),
      // A target lesion is measurable at baseline, so its diameter is above 0.
      diameterMm: requirePositive(target.diameterMm, `${field}.diameterMm`),
    };
  });
  const nonTargets = requireNonNegative(baseline.nonTargets, 'baseline.nonTargets');
  if (!Number.isInteger(nonTargets)) {
    throw new ClinicalInputError('baseline.nonTargets', `must be a whole count (got ${nonTargets})`);
  }
  if (targets.length === 0 && nonTargets === 0) {
    throw new ClinicalInputError(
      'baseline.targets',
      'and baseline.nonTargets are both empty: there is no disease to assess',
    );
  }
  return { day, targets, nonTargets };
}

function parseFollowUpTargets(value: unknown, field: string, targets: readonly ParsedTarget[]): (number | null)[] {
  const index = new Map(targets.map((t, i) => [t.lesionId, i]));
  // A baseline target not listed at a follow-up was not measured there.
  const values: (number | null)[] = targets.map(() => null);
  const seen = new Set<string>();
  requireArray(value, field).forEach((item, j) => {
    const itemField = `${field}[${j}]`;
    const measurement = requireObject(item, itemField);
    const lesionId = requireString(measurement.lesionId, `${itemField}.lesionId`);
    const position = index.get(lesionId);
    if (position === undefined) {
      throw new ClinicalInputError(`${itemField}.lesionId`, `"${lesionId}" is not a baseline target lesion`);
    }
    if (seen.has(lesionId)) {
      throw new ClinicalInputError(`${itemField}.lesionId`, `"${lesionId}" is listed twice at this time point`);
    }
    seen.add(lesionId);
    const tooSmall =
      measurement.tooSmallToMeasure === undefined
        ? false
        : requireBoolean(measurement.tooSmallToMeasure, `${itemField}.tooSmallToMeasure`);
    const diameter = measurement.diameterMm;
    if (diameter === null || (diameter === undefined && tooSmall)) {
      values[position] = tooSmall ? TOO_SMALL_TO_MEASURE_MM : null;
    } else {
      values[position] = requireNonNegative(diameter, `${itemField}.diameterMm`);
    }
  });
  return values;
}

export function parseRecistInput(input: RecistInput): ParsedRecistInput {
  const root = requireObject(input, 'input');
  const baseline = parseBaseline(root.baseline);
  let previousDay = baseline.day;
  const followUps = requireArray(root.followUps, 'followUps').map((item, i): ParsedFollowUp => {
    const field = `followUps[${i}]`;
    const followUp = requireObject(item, field);
    const day = requireIsoDate(followUp.date, `${field}.date`);
    if (day <= previousDay) {
      throw new ClinicalInputError(
        `${field}.date`,
        `must be later than the ${i === 0 ? 'baseline' : 'previous follow-up'} date (${String(followUp.date)})`,
      );
    }
    previousDay = day;
    const nonTarget = requireOneOf(followUp.nonTarget, NON_TARGET, `${field}.nonTarget`);
    if (nonTarget === 'NONE' && baseline.nonTargets > 0) {
      throw new ClinicalInputError(
        `${field}.nonTarget`,
        `is NONE but ${baseline.nonTargets} non-target lesion(s) were recorded at baseline; report CR, NON_CR_NON_PD, PD or NE`,
      );
    }
    return {
      date: followUp.date as string,
      day,
      values: parseFollowUpTargets(followUp.targets, `${field}.targets`, baseline.targets),
      nonTarget,
      newLesion: requireOneOf(followUp.newLesion, NEW_LESION, `${field}.newLesion`),
    };
  });
  return {
    baselineDay: baseline.day,
    targets: baseline.targets,
    followUps,
    confirmationRequired:
      root.confirmationRequired === undefined
        ? false
        : requireBoolean(root.confirmationRequired, 'confirmationRequired'),
    sdMinimumDays:
      root.sdMinimumDays === undefined
        ? DEFAULT_SD_MINIMUM_DAYS
        : requireNonNegative(root.sdMinimumDays, 'sdMinimumDays'),
  };
}
