// The dashboard's figures: how each is read from the KpiDashboard result, shown, exported and
// drilled into. docs/kpis.md defines them.
import type { KpiDashboardQuery, KpiDurationFragment, KpiFigure, KpiMeasureFragment, KpiRateFragment } from '../../gql/graphql';
import type { CsvCell } from './csv';

export type Dashboard = KpiDashboardQuery['kpiDashboard'];
export type Month = Dashboard['trend'][number];
type Figures = Pick<Month, 'referralToDiscussion' | 'imagingTurnaround' | 'decisionSigning' | 'reviewBeforeDiscussion' | 'readinessComplete' | 'deferralRate' | 'followUpAdherence' | 'meetingsQuorate' | 'casesPerMeeting' | 'minutesPerCase'>;
export type FigureKey = keyof Figures;

export interface FigureDefinition {
  key: FigureKey;
  kind: 'duration' | 'rate' | 'measure';
  label: string;
  /** What the number means, in one sentence. */
  help: string;
  figure: KpiFigure;
}

export const FIGURES: readonly FigureDefinition[] = [
  { key: 'referralToDiscussion', kind: 'duration', label: 'Referral → first discussion', help: 'Calendar days from referral to the first MDT discussion.', figure: 'REFERRAL_TO_DISCUSSION' },
  { key: 'imagingTurnaround', kind: 'duration', label: 'Imaging study → final report', help: 'Hours from the study day (00:00 UTC) to the report being finalised.', figure: 'IMAGING_TURNAROUND' },
  { key: 'reviewBeforeDiscussion', kind: 'rate', label: 'Pharmacist review before discussion', help: 'Discussed cases with a signed pharmacist review before the first discussion.', figure: 'REVIEW_BEFORE_DISCUSSION' },
  { key: 'readinessComplete', kind: 'rate', label: 'Discussed with complete readiness', help: 'Discussed cases marked ready without a readiness override.', figure: 'READINESS_COMPLETE' },
  { key: 'deferralRate', kind: 'rate', label: 'Deferral rate', help: 'Agenda items deferred or not reached, of all agenda outcomes.', figure: 'DEFERRAL_RATE' },
  { key: 'decisionSigning', kind: 'duration', label: 'Decision proposed → signed', help: 'Hours from proposal to signature of first decisions.', figure: 'DECISION_SIGNING' },
  { key: 'followUpAdherence', kind: 'rate', label: 'Follow-up adherence', help: "Follow-up scans done by the due date plus the team's grace period.", figure: 'FOLLOW_UP_ADHERENCE' },
  { key: 'meetingsQuorate', kind: 'rate', label: 'Meetings quorate', help: 'Closed meetings that met the quorum rules at every discussion.', figure: 'MEETINGS_QUORATE' },
  { key: 'casesPerMeeting', kind: 'measure', label: 'Cases per meeting', help: 'Cases discussed per closed meeting.', figure: 'CASES_PER_MEETING' },
  { key: 'minutesPerCase', kind: 'measure', label: 'Minutes per case', help: 'Meeting minutes (start to close) per case discussed.', figure: 'MINUTES_PER_CASE' },
];

const number = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? '—' : value.toFixed(digits).replace(/\.0+$/, ''));
const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value.toFixed(1)} %`);

/** The headline and the line under it. */
export function describe(def: FigureDefinition, figures: Figures): { headline: string; detail: string } {
  const value = figures[def.key];
  if (def.kind === 'rate') {
    const rate = value as KpiRateFragment;
    return { headline: percent(rate.percent), detail: `${rate.numerator} of ${rate.denominator}` };
  }
  if (def.kind === 'duration') {
    const d = value as KpiDurationFragment;
    return {
      headline: d.count ? `${number(d.median)} ${d.unit}` : '—',
      detail: d.count ? `median of ${d.count}; 90th percentile ${number(d.p90)}; within target ${percent(d.withinTargetPercent)}` : 'nothing measured',
    };
  }
  const m = value as KpiMeasureFragment;
  return { headline: m.count ? number(m.mean) : '—', detail: m.count ? `mean over ${m.count} meetings; median ${number(m.median)}` : 'no closed meeting' };
}

/** The number plotted in the trend: median for durations, % for rates, mean for measures. */
export function trendValue(def: FigureDefinition, figures: Figures): number | null {
  const value = figures[def.key];
  if (def.kind === 'rate') return (value as KpiRateFragment).percent ?? null;
  if (def.kind === 'duration') return (value as KpiDurationFragment).count ? ((value as KpiDurationFragment).median ?? null) : null;
  return (value as KpiMeasureFragment).count ? ((value as KpiMeasureFragment).mean ?? null) : null;
}

export const FIGURE_CSV_HEADER = ['figure', 'period', 'count', 'median', 'p90', 'mean', 'within_target', 'within_target_percent', 'numerator', 'denominator', 'percent'];

/** One CSV row per figure and period (the whole range, then each month). */
export function figureCsvRows(def: FigureDefinition, dashboard: Dashboard): CsvCell[][] {
  const row = (period: string, figures: Figures): CsvCell[] => {
    const v = figures[def.key];
    if (def.kind === 'rate') {
      const r = v as KpiRateFragment;
      return [def.label, period, null, null, null, null, null, null, r.numerator, r.denominator, r.percent];
    }
    const d = v as KpiDurationFragment & KpiMeasureFragment;
    return [`${def.label} (${d.unit})`, period, d.count, d.median, d.p90, d.mean, d.withinTarget ?? null, d.withinTargetPercent ?? null, null, null, null];
  };
  return [row(`${dashboard.from}…${dashboard.to}`, dashboard), ...dashboard.trend.map((month) => row(month.month, month))];
}

export function figureByKey(key: FigureKey): FigureDefinition {
  const def = FIGURES.find((f) => f.key === key);
  if (!def) throw new Error(`unknown figure ${key}`);
  return def;
}
