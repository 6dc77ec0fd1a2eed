// Data for the case's response charts: per-lesion change from baseline over time (spider
// plot) and the sum of diameters at each study. Taken from the case's current baseline and
// its final follow-ups with the same criteria; the same diameters the rules use (long axis,
// short axis for a node, viable diameter for mRECIST, long × perpendicular for RANO).
import type { CaseImagingReportFragment, ResponseCriteria } from '../../gql/graphql';

type Report = CaseImagingReportFragment;
type Measurement = Report['measurements'][number];

export interface SpiderLesion {
  lesionId: string;
  label: string;
}

export interface ResponseSeries {
  criteria: ResponseCriteria;
  unit: string;
  lesions: SpiderLesion[];
  /** One row per study: date, sum, and per lesion id its % change from baseline. */
  points: { date: string; sum: number | null; changes: Record<string, number | null> }[];
}

const FINAL = new Set(['FINAL', 'AMENDED']);

function sizeOf(m: Measurement, criteria: ResponseCriteria): number | null {
  if (m.notMeasured) return null;
  if (criteria === 'RANO') {
    return m.longAxisMm != null && m.perpendicularMm != null ? m.longAxisMm * m.perpendicularMm : null;
  }
  if (m.lesion.nodal) return m.shortAxisMm ?? null;
  const value = criteria === 'MRECIST' ? m.viableDiameterMm : m.longAxisMm;
  if (value == null) return m.tooSmallToMeasure ? 5 : null;
  return value;
}

/** The series for the case's most recent criteria with a final baseline; null when there is none. */
export function responseSeries(reports: readonly Report[]): ResponseSeries | null {
  const baselines = reports
    .filter((r) => r.isBaseline && FINAL.has(r.status) && r.criteria !== 'NONE' && r.criteria !== 'PERCIST')
    .sort((a, b) => (a.studyDate < b.studyDate ? 1 : -1));
  const baseline = baselines[0];
  if (!baseline) return null;
  const criteria = baseline.criteria;
  const followUps = reports
    .filter((r) => !r.isBaseline && r.criteria === criteria && FINAL.has(r.status) && r.studyDate > baseline.studyDate)
    .sort((a, b) => (a.studyDate < b.studyDate ? -1 : 1));
  const targets = baseline.measurements.filter((m) => m.role === 'TARGET');
  const baseSize = new Map(targets.map((m) => [m.lesionId, sizeOf(m, criteria)]));

  const pointOf = (r: Report) => {
    const changes: Record<string, number | null> = {};
    let sum: number | null = 0;
    for (const t of targets) {
      const m = r.measurements.find((x) => x.lesionId === t.lesionId && x.role === 'TARGET');
      const size = m ? sizeOf(m, criteria) : null;
      const base = baseSize.get(t.lesionId) ?? null;
      changes[t.lesionId] = size !== null && base ? ((size - base) / base) * 100 : null;
      sum = sum !== null && size !== null ? sum + size : null;
    }
    return { date: r.studyDate, sum, changes };
  };

  return {
    criteria,
    unit: criteria === 'RANO' ? 'mm²' : 'mm',
    lesions: targets.map((t) => ({ lesionId: t.lesionId, label: t.lesion.label })),
    points: [baseline, ...followUps].map(pointOf),
  };
}
