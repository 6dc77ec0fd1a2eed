import {
  assessMrecist,
  assessPercist,
  assessRano,
  assessRecist11,
  ClinicalInputError,
  RecistFollowUp,
  RecistInput,
  RanoInput,
  PercistInput,
  validateRecistBaseline,
} from '@consilium/clinical-rules';
import { LesionRole, NewLesionFinding, NonTargetResponse, ResponseCriteria } from './imaging-enums';

/** A lesion measurement joined with its tracked lesion: what the rules read. */
export interface MeasuredLesion {
  lesionId: string;
  label: string;
  organ: string;
  nodal: boolean;
  role: LesionRole;
  longAxisMm: number | null;
  shortAxisMm: number | null;
  viableDiameterMm: number | null;
  perpendicularMm: number | null;
  suvPeak: number | null;
  tooSmallToMeasure: boolean;
  notMeasured: boolean;
}

export interface ReportForResponse {
  id: string;
  studyDate: string;
  nonTargetResponse: NonTargetResponse | null;
  newLesion: NewLesionFinding;
  clearNonMeasurableProgression: boolean;
  steroidsAbovePhysiologic: boolean;
  uptakeNormalized: boolean;
  measurements: MeasuredLesion[];
}

export interface ComputedResponse {
  rule: 'assessRecist11' | 'assessMrecist' | 'assessRano' | 'assessPercist';
  inputs: object;
  result: object;
  source: string;
}

/** Thrown when the stored measurements cannot be assessed; `field` says where, in the radiologist's terms. */
export class ResponseInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const targets = (r: ReportForResponse) => r.measurements.filter((m) => m.role === LesionRole.TARGET);
const value = (v: number | null): number | undefined => (v === null ? undefined : v);

/** A NEW lesion measured on the report counts as a new lesion even if the radiologist left the flag at NO. */
function newLesionOf(r: ReportForResponse): NewLesionFinding {
  return r.measurements.some((m) => m.role === LesionRole.NEW) ? NewLesionFinding.YES : r.newLesion;
}

/** RECIST 1.1 uses the long axis (short axis for a node); mRECIST the viable diameter (short axis for a node). */
function diameterOf(m: MeasuredLesion, criteria: ResponseCriteria): number | null {
  if (m.nodal) return m.shortAxisMm;
  return criteria === ResponseCriteria.MRECIST ? m.viableDiameterMm : m.longAxisMm;
}

export function buildRecistInput(criteria: ResponseCriteria, baseline: ReportForResponse, followUps: ReportForResponse[]): RecistInput {
  const baselineTargets = targets(baseline);
  const nonTargets = baseline.measurements.filter((m) => m.role === LesionRole.NON_TARGET).length;
  return {
    baseline: {
      date: baseline.studyDate,
      targets: baselineTargets.map((m) => ({
        lesionId: m.lesionId,
        organ: m.organ,
        nodal: m.nodal,
        diameterMm: diameterOf(m, criteria) as number,
      })),
      nonTargets,
    },
    followUps: followUps.map((r): RecistFollowUp => {
      if (nonTargets > 0 && r.nonTargetResponse === null) {
        throw new ResponseInputError(
          'nonTargetResponse',
          `nonTargetResponse is required: the baseline of ${baseline.studyDate} recorded non-target lesions (report of ${r.studyDate})`,
        );
      }
      return {
        date: r.studyDate,
        targets: targets(r).map((m) => ({
          lesionId: m.lesionId,
          diameterMm: m.notMeasured ? null : diameterOf(m, criteria),
          ...(m.tooSmallToMeasure ? { tooSmallToMeasure: true } : {}),
        })),
        nonTarget: r.nonTargetResponse ?? NonTargetResponse.NONE,
        newLesion: newLesionOf(r),
      };
    }),
  };
}

export function buildRanoInput(baseline: ReportForResponse, followUps: ReportForResponse[]): RanoInput {
  const lesions = (r: ReportForResponse) =>
    targets(r)
      .filter((m) => !m.notMeasured)
      .map((m) => ({
        longMm: m.longAxisMm as number,
        perpendicularMm: m.perpendicularMm as number,
      }));
  return {
    baseline: { lesions: lesions(baseline) },
    followUps: followUps.map((r) => ({
      date: r.studyDate,
      lesions: lesions(r),
      newMeasurableLesion: newLesionOf(r) === NewLesionFinding.YES,
      clearNonMeasurableProgression: r.clearNonMeasurableProgression,
      steroidsAbovePhysiologic: r.steroidsAbovePhysiologic,
    })),
  };
}

export function buildPercistInput(baseline: ReportForResponse, followUp: ReportForResponse): PercistInput {
  const hottest = (r: ReportForResponse) => {
    const values = r.measurements.map((m) => m.suvPeak).filter((v): v is number => v !== null);
    return values.length ? Math.max(...values) : (undefined as unknown as number);
  };
  return {
    baselineSulPeak: hottest(baseline),
    followUpSulPeak: hottest(followUp),
    newLesions: newLesionOf(followUp) === NewLesionFinding.YES,
    uptakeNormalized: followUp.uptakeNormalized,
  };
}

/** Turns a rules field path (followUps[1].targets[0].diameterMm) into the report and lesion it means. */
function describe(error: ClinicalInputError, baseline: ReportForResponse, followUps: ReportForResponse[]): ResponseInputError {
  const match = /^(baseline|followUps\[(\d+)\]|)\.?(?:(?:targets|lesions)\[(\d+)\])?/.exec(error.field);
  let where = '';
  if (match) {
    const report = match[2] === undefined ? baseline : followUps[Number(match[2])];
    const lesion = report && match[3] !== undefined ? targets(report)[Number(match[3])] : undefined;
    where = report ? ` (report of ${report.studyDate}${lesion ? `, lesion "${lesion.label}"` : ''})` : '';
  }
  return new ResponseInputError(error.field, `${error.message}${where}`);
}

/**
 * Runs the criteria's rules function over the baseline and the follow-ups (oldest first, the
 * report being finalised last) and returns its exact input and full result.
 */
export function computeResponse(criteria: ResponseCriteria, baseline: ReportForResponse, followUps: ReportForResponse[]): ComputedResponse {
  try {
    switch (criteria) {
      case ResponseCriteria.RECIST_1_1: {
        const inputs = buildRecistInput(criteria, baseline, followUps);
        const result = assessRecist11(inputs);
        return {
          rule: 'assessRecist11',
          inputs,
          result,
          source: result.source,
        };
      }
      case ResponseCriteria.MRECIST: {
        const inputs = buildRecistInput(criteria, baseline, followUps);
        const result = assessMrecist(inputs);
        return { rule: 'assessMrecist', inputs, result, source: result.source };
      }
      case ResponseCriteria.RANO: {
        const inputs = buildRanoInput(baseline, followUps);
        const result = assessRano(inputs);
        return { rule: 'assessRano', inputs, result, source: result.source };
      }
      case ResponseCriteria.PERCIST: {
        const inputs = buildPercistInput(baseline, followUps[followUps.length - 1]);
        const result = assessPercist(inputs);
        return { rule: 'assessPercist', inputs, result, source: result.source };
      }
      default:
        throw new ResponseInputError('criteria', 'A report without response criteria has no computed response.');
    }
  } catch (error) {
    if (error instanceof ClinicalInputError) throw describe(error, baseline, followUps);
    throw error;
  }
}

/** validateRecistBaseline over the baseline's targets: every violation, as messages for the radiologist. */
export function recistBaselineMessages(baseline: ReportForResponse): string[] {
  const baselineTargets = targets(baseline);
  try {
    return validateRecistBaseline(
      baselineTargets.map((m) => ({
        lesionId: m.label,
        organ: m.organ,
        nodal: m.nodal,
        longAxisMm: value(m.longAxisMm),
        shortAxisMm: value(m.shortAxisMm),
      })),
    );
  } catch (error) {
    if (error instanceof ClinicalInputError) throw describe(error, baseline, []);
    throw error;
  }
}
