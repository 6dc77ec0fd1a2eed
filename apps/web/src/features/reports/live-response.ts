// The response of the report being edited, computed in the browser with the same
// @consilium/clinical-rules functions the server runs when the report is finalised, from
// the same inputs (docs/imaging.md, "Computing the response"): the case's current baseline
// for the report's criteria, every earlier final follow-up with those criteria, and this
// report as typed — oldest first, this one last.
import {
  assessMrecist,
  assessPercist,
  assessRano,
  assessRecist11,
  ClinicalInputError,
  SOURCES,
  validateRecistBaseline,
  type RanoInput,
  type RecistFollowUp,
  type RecistInput,
} from '@consilium/clinical-rules';

import type { LesionRole, NewLesionFinding, NonTargetResponse, ResponseCriteria } from '../../gql/graphql';

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

export interface ResponseReport {
  id: string;
  studyDate: string;
  criteria: ResponseCriteria;
  status: string;
  isBaseline: boolean;
  nonTargetResponse: NonTargetResponse | null | undefined;
  newLesion: NewLesionFinding;
  clearNonMeasurableProgression: boolean;
  steroidsAbovePhysiologic: boolean;
  uptakeNormalized: boolean;
  measurements: MeasuredLesion[];
}

export interface LiveTimepoint {
  date: string;
  sum: number | null;
  nadir: number | null;
  changeFromBaselinePct: number | null;
  changeFromNadirPct: number | null;
  changeFromNadirAbsolute: number | null;
  category: string;
  target?: string;
  nonTarget?: string;
}

export type LiveResponse =
  | { kind: 'none'; message: string }
  | { kind: 'invalid'; message: string; rule: string }
  | { kind: 'baseline'; baselineSum: number | null; unit: string; violations: string[]; rule: string; source: string }
  | {
      kind: 'follow-up';
      rule: string;
      source: string;
      unit: string;
      baselineDate: string;
      baselineSum: number;
      current: LiveTimepoint;
      timepoints: LiveTimepoint[];
      bestOverallResponse: string | null;
      baselineViolations: string[];
      /** The exact input given to the rules function. */
      inputs: unknown;
    };

const FINAL = new Set(['FINAL', 'AMENDED']);
const RULE_NAME: Record<ResponseCriteria, string> = {
  RECIST_1_1: 'assessRecist11',
  MRECIST: 'assessMrecist',
  RANO: 'assessRano',
  PERCIST: 'assessPercist',
  NONE: '',
};
const UNIT: Record<ResponseCriteria, string> = { RECIST_1_1: 'mm', MRECIST: 'mm', RANO: 'mm²', PERCIST: 'SUL', NONE: '' };

const targets = (r: ResponseReport) => r.measurements.filter((m) => m.role === 'TARGET');

/** A NEW lesion measured on the report counts as a new lesion even if the flag was left at NO. */
export function newLesionOf(r: ResponseReport): NewLesionFinding {
  return r.measurements.some((m) => m.role === 'NEW') ? 'YES' : r.newLesion;
}

function diameterOf(m: MeasuredLesion, criteria: ResponseCriteria): number | null {
  if (m.nodal) return m.shortAxisMm;
  return criteria === 'MRECIST' ? m.viableDiameterMm : m.longAxisMm;
}

/** The case's current baseline for these criteria (final), if any. */
export function findBaseline(reports: readonly ResponseReport[], criteria: ResponseCriteria): ResponseReport | undefined {
  return reports.find((r) => r.isBaseline && r.criteria === criteria && FINAL.has(r.status));
}

/** Final follow-ups after the baseline and before `studyDate`, oldest first. */
export function earlierFollowUps(
  reports: readonly ResponseReport[],
  baseline: ResponseReport,
  current: ResponseReport,
): ResponseReport[] {
  return reports
    .filter(
      (r) =>
        r.id !== current.id &&
        !r.isBaseline &&
        r.criteria === baseline.criteria &&
        FINAL.has(r.status) &&
        r.studyDate > baseline.studyDate &&
        r.studyDate <= current.studyDate,
    )
    .sort((a, b) => (a.studyDate < b.studyDate ? -1 : a.studyDate > b.studyDate ? 1 : 0));
}

export function buildRecistInput(criteria: ResponseCriteria, baseline: ResponseReport, followUps: ResponseReport[]): RecistInput {
  const nonTargets = baseline.measurements.filter((m) => m.role === 'NON_TARGET').length;
  return {
    baseline: {
      date: baseline.studyDate,
      targets: targets(baseline).map((m) => ({
        lesionId: m.lesionId,
        organ: m.organ,
        nodal: m.nodal,
        diameterMm: diameterOf(m, criteria) as number,
      })),
      nonTargets,
    },
    followUps: followUps.map((r): RecistFollowUp => {
      if (nonTargets > 0 && !r.nonTargetResponse) {
        throw new NeedsInput(
          `Choose the non-target response: the baseline of ${baseline.studyDate} recorded non-target lesions.`,
        );
      }
      return {
        date: r.studyDate,
        targets: targets(r).map((m) => ({
          lesionId: m.lesionId,
          diameterMm: m.notMeasured ? null : diameterOf(m, criteria),
          ...(m.tooSmallToMeasure ? { tooSmallToMeasure: true } : {}),
        })),
        nonTarget: r.nonTargetResponse ?? 'NONE',
        newLesion: newLesionOf(r),
      };
    }),
  };
}

export function buildRanoInput(baseline: ResponseReport, followUps: ResponseReport[]): RanoInput {
  const lesions = (r: ResponseReport) =>
    targets(r)
      .filter((m) => !m.notMeasured)
      .map((m) => ({ longMm: m.longAxisMm as number, perpendicularMm: m.perpendicularMm as number }));
  return {
    baseline: { lesions: lesions(baseline) },
    followUps: followUps.map((r) => ({
      date: r.studyDate,
      lesions: lesions(r),
      newMeasurableLesion: newLesionOf(r) === 'YES',
      clearNonMeasurableProgression: r.clearNonMeasurableProgression,
      steroidsAbovePhysiologic: r.steroidsAbovePhysiologic,
    })),
  };
}

class NeedsInput extends Error {}

function hottest(r: ResponseReport): number {
  const values = r.measurements.map((m) => m.suvPeak).filter((v): v is number => v !== null);
  return values.length ? Math.max(...values) : Number.NaN;
}

/**
 * What the rules say about `current` as it is typed now. Never throws: a missing or bad input
 * comes back as `invalid` with the rules' own message, so the radiologist sees what to fix.
 */
export function computeLiveResponse(reports: readonly ResponseReport[], current: ResponseReport): LiveResponse {
  const criteria = current.criteria;
  const rule = RULE_NAME[criteria];
  const unit = UNIT[criteria];
  if (criteria === 'NONE') return { kind: 'none', message: 'This report uses no response criteria, so no response is computed.' };

  try {
    if (current.isBaseline) return baselineSummary(current, rule, unit);
    const baseline = findBaseline(reports, criteria);
    if (!baseline) {
      return {
        kind: 'none',
        message: `There is no final ${criteriaLabel(criteria)} baseline for this case yet, so a response cannot be computed.`,
      };
    }
    if (baseline.studyDate >= current.studyDate) {
      return { kind: 'none', message: `The baseline (${baseline.studyDate}) must be dated before this study.` };
    }
    const followUps = [...earlierFollowUps(reports, baseline, current), current];

    if (criteria === 'RECIST_1_1' || criteria === 'MRECIST') {
      const inputs = buildRecistInput(criteria, baseline, followUps);
      const result = criteria === 'RECIST_1_1' ? assessRecist11(inputs) : assessMrecist(inputs);
      const timepoints = result.timepoints.map(
        (t): LiveTimepoint => ({
          date: t.date,
          sum: t.sumMm,
          nadir: t.nadirMm,
          changeFromBaselinePct: t.changeFromBaselinePct,
          changeFromNadirPct: t.changeFromNadirPct,
          changeFromNadirAbsolute: t.changeFromNadirMm,
          category: t.overall,
          target: t.target,
          nonTarget: t.nonTarget,
        }),
      );
      return {
        kind: 'follow-up',
        rule,
        source: result.source,
        unit,
        baselineDate: baseline.studyDate,
        baselineSum: result.baselineSumMm,
        current: timepoints[timepoints.length - 1] as LiveTimepoint,
        timepoints,
        bestOverallResponse: result.bestOverallResponse,
        baselineViolations: (result as { baselineViolations?: string[] }).baselineViolations ?? [],
        inputs,
      };
    }
    if (criteria === 'RANO') {
      const inputs = buildRanoInput(baseline, followUps);
      const result = assessRano(inputs);
      const timepoints = result.timepoints.map(
        (t): LiveTimepoint => ({
          date: t.date,
          sum: t.spdMm2,
          nadir: t.nadirMm2,
          changeFromBaselinePct: t.changeFromBaselinePct,
          changeFromNadirPct: t.changeFromNadirPct,
          changeFromNadirAbsolute: t.spdMm2 - t.nadirMm2,
          category: t.response,
        }),
      );
      return {
        kind: 'follow-up',
        rule,
        source: result.source,
        unit,
        baselineDate: baseline.studyDate,
        baselineSum: result.baselineSpdMm2,
        current: timepoints[timepoints.length - 1] as LiveTimepoint,
        timepoints,
        bestOverallResponse: result.bestResponse,
        baselineViolations: [],
        inputs,
      };
    }
    // PERCIST: the hottest lesion on the baseline and on this scan.
    const inputs = {
      baselineSulPeak: hottest(baseline),
      followUpSulPeak: hottest(current),
      newLesions: newLesionOf(current) === 'YES',
      uptakeNormalized: current.uptakeNormalized,
    };
    if (Number.isNaN(inputs.followUpSulPeak)) throw new NeedsInput('Enter the SULpeak of at least one lesion.');
    const result = assessPercist(inputs);
    const point: LiveTimepoint = {
      date: current.studyDate,
      sum: result.followUpSulPeak,
      nadir: null,
      changeFromBaselinePct: result.changePct,
      changeFromNadirPct: null,
      changeFromNadirAbsolute: result.changeSul,
      category: result.category,
    };
    return {
      kind: 'follow-up',
      rule,
      source: result.source,
      unit,
      baselineDate: baseline.studyDate,
      baselineSum: result.baselineSulPeak,
      current: point,
      timepoints: [point],
      bestOverallResponse: null,
      baselineViolations: [],
      inputs,
    };
  } catch (error) {
    if (error instanceof NeedsInput) return { kind: 'invalid', message: error.message, rule };
    if (error instanceof ClinicalInputError) return { kind: 'invalid', message: describeRulesError(error, current), rule };
    throw error;
  }
}

function baselineSummary(current: ResponseReport, rule: string, unit: string): LiveResponse {
  const criteria = current.criteria;
  const list = targets(current);
  const diameters = list.map((m) =>
    criteria === 'RANO' ? (m.longAxisMm ?? 0) * (m.perpendicularMm ?? 0) : criteria === 'PERCIST' ? m.suvPeak : diameterOf(m, criteria),
  );
  const complete = diameters.every((d) => d !== null && Number.isFinite(d));
  const baselineSum =
    criteria === 'PERCIST'
      ? hottestOrNull(current)
      : complete
        ? (diameters as number[]).reduce((a, b) => a + b, 0)
        : null;
  const violations =
    criteria === 'RECIST_1_1'
      ? validateRecistBaseline(
          list.map((m) => ({
            lesionId: m.label,
            organ: m.organ,
            nodal: m.nodal,
            longAxisMm: m.longAxisMm ?? undefined,
            shortAxisMm: m.shortAxisMm ?? undefined,
          })),
        )
      : [];
  return { kind: 'baseline', baselineSum, unit, violations, rule: criteria === 'RECIST_1_1' ? 'validateRecistBaseline' : rule, source: sourceOf(criteria) };
}

function hottestOrNull(r: ResponseReport): number | null {
  const v = hottest(r);
  return Number.isNaN(v) ? null : v;
}

function sourceOf(criteria: ResponseCriteria): string {
  switch (criteria) {
    case 'RECIST_1_1':
      return SOURCES.RECIST_11;
    case 'MRECIST':
      return SOURCES.MRECIST;
    case 'RANO':
      return SOURCES.RANO_2;
    case 'PERCIST':
      return SOURCES.PERCIST;
    default:
      return '';
  }
}

export function criteriaLabel(criteria: ResponseCriteria): string {
  return { RECIST_1_1: 'RECIST 1.1', MRECIST: 'mRECIST', RANO: 'RANO 2.0', PERCIST: 'PERCIST 1.0', NONE: 'no criteria' }[criteria];
}

/** The rules name fields by path (followUps[1].targets[0].diameterMm); say which lesion of this report it is. */
function describeRulesError(error: ClinicalInputError, current: ResponseReport): string {
  const lesion = /targets\[(\d+)\]|lesions\[(\d+)\]/.exec(error.field);
  const index = lesion ? Number(lesion[1] ?? lesion[2]) : -1;
  const named = index >= 0 ? targets(current)[index] : undefined;
  const where = named && error.field.startsWith('followUps') ? ` (lesion "${named.label}")` : '';
  return `Cannot compute yet: ${error.message}${where}.`;
}
