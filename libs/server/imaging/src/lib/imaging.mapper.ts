import type { PercistResult, RanoResult, Recist11Result, RecistResult } from '@consilium/clinical-rules';
import { ImagingReportEntity } from './imaging-report.entity';
import { ImagingReportModel, ImagingResponseModel, LesionMeasurementModel, ResponseTimepointModel, TrackedLesionModel } from './imaging-report.model';
import { ResponseCriteria } from './imaging-enums';
import { LesionMeasurementEntity } from './lesion-measurement.entity';
import { ReportResponseEntity } from './report-response.entity';
import { TrackedLesionEntity } from './tracked-lesion.entity';

export function toReportModel(e: ImagingReportEntity): ImagingReportModel {
  return Object.assign(new ImagingReportModel(), {
    id: e.id,
    caseId: e.caseId,
    modality: e.modality,
    studyDate: e.studyDate,
    accessionNumber: e.accessionNumber,
    bodyRegion: e.bodyRegion,
    findings: e.findings,
    impression: e.impression,
    criteria: e.criteria,
    status: e.status,
    isBaseline: e.isBaseline,
    nonTargetResponse: e.nonTargetResponse,
    newLesion: e.newLesion,
    clearNonMeasurableProgression: e.clearNonMeasurableProgression,
    steroidsAbovePhysiologic: e.steroidsAbovePhysiologic,
    uptakeNormalized: e.uptakeNormalized,
    authorId: e.authorId,
    finalisedAt: e.finalisedAt,
    baselineMessages: e.baselineMessages ?? [],
    amendsReportId: e.amendsReportId,
    amendmentReason: e.amendmentReason,
    supersededById: e.supersededById,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    version: e.version,
  });
}

export function toMeasurementModel(e: LesionMeasurementEntity): LesionMeasurementModel {
  return Object.assign(new LesionMeasurementModel(), {
    id: e.id,
    reportId: e.reportId,
    lesionId: e.lesionId,
    role: e.role,
    position: e.position,
    longAxisMm: e.longAxisMm,
    shortAxisMm: e.shortAxisMm,
    viableDiameterMm: e.viableDiameterMm,
    perpendicularMm: e.perpendicularMm,
    suvPeak: e.suvPeak,
    tooSmallToMeasure: e.tooSmallToMeasure,
    notMeasured: e.notMeasured,
  });
}

export function toLesionModel(e: TrackedLesionEntity): TrackedLesionModel {
  return Object.assign(new TrackedLesionModel(), {
    id: e.id,
    caseId: e.caseId,
    label: e.label,
    organ: e.organ,
    nodal: e.nodal,
  });
}

function timepoint(fields: Omit<ResponseTimepointModel, never>): ResponseTimepointModel {
  return Object.assign(new ResponseTimepointModel(), fields);
}

/**
 * One view over the four rules' results: the sum (or SPD, or SULpeak), nadir, changes and
 * category at each time point; the stored input and result go out unchanged as JSON.
 */
export function toResponseModel(e: ReportResponseEntity, reportDate: string): ImagingResponseModel {
  let unit = 'mm';
  let baselineSum: number;
  let best: string | null;
  let violations: string[] = [];
  let timepoints: ResponseTimepointModel[];
  if (e.criteria === ResponseCriteria.RANO) {
    const r = e.result as unknown as RanoResult;
    unit = 'mm²';
    baselineSum = r.baselineSpdMm2;
    best = r.bestResponse;
    timepoints = r.timepoints.map((t) =>
      timepoint({
        date: t.date,
        sum: t.spdMm2,
        nadir: t.nadirMm2,
        changeFromBaselinePct: t.changeFromBaselinePct,
        changeFromNadirPct: t.changeFromNadirPct,
        changeFromNadirAbsolute: t.spdMm2 - t.nadirMm2,
        target: null,
        nonTarget: null,
        category: t.response,
      }),
    );
  } else if (e.criteria === ResponseCriteria.PERCIST) {
    const r = e.result as unknown as PercistResult;
    unit = 'SUL';
    baselineSum = r.baselineSulPeak;
    best = null;
    timepoints = [
      timepoint({
        date: reportDate,
        sum: r.followUpSulPeak,
        nadir: null,
        changeFromBaselinePct: r.changePct,
        changeFromNadirPct: null,
        changeFromNadirAbsolute: r.changeSul,
        target: null,
        nonTarget: null,
        category: r.category,
      }),
    ];
  } else {
    const r = e.result as unknown as RecistResult & Partial<Pick<Recist11Result, 'baselineViolations'>>;
    baselineSum = r.baselineSumMm;
    best = r.bestOverallResponse;
    violations = r.baselineViolations ?? [];
    timepoints = r.timepoints.map((t) =>
      timepoint({
        date: t.date,
        sum: t.sumMm,
        nadir: t.nadirMm,
        changeFromBaselinePct: t.changeFromBaselinePct,
        changeFromNadirPct: t.changeFromNadirPct,
        changeFromNadirAbsolute: t.changeFromNadirMm,
        target: t.target,
        nonTarget: t.nonTarget,
        category: t.overall,
      }),
    );
  }
  const current = timepoints.find((t) => t.date === reportDate) ?? timepoints[timepoints.length - 1];
  return Object.assign(new ImagingResponseModel(), {
    criteria: e.criteria,
    rule: e.rule,
    source: e.source,
    computedAt: e.computedAt,
    baselineReportId: e.baselineReportId,
    unit,
    baselineSum,
    category: current.category,
    sum: current.sum,
    nadir: current.nadir,
    changeFromBaselinePct: current.changeFromBaselinePct,
    changeFromNadirPct: current.changeFromNadirPct,
    changeFromNadirAbsolute: current.changeFromNadirAbsolute,
    bestOverallResponse: best,
    timepoints,
    baselineViolations: violations,
    inputs: JSON.stringify(e.inputs),
    result: JSON.stringify(e.result),
  });
}
