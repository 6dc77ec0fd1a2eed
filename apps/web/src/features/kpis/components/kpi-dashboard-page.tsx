import { useMemo, useState, type FormEvent } from 'react';
import '../../../shared/data-views.css';

import type { KpiFilterInput } from '../../../gql/graphql';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { StatusMessage } from '../../../shared/components/status-message';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { useHeadingFocus } from '../../../shared/hooks/use-heading-focus';
import { downloadCsv, toCsv } from '../csv';
import { FIGURE_CSV_HEADER, FIGURES, figureCsvRows } from '../figures';
import { useKpiDashboard, useKpiTeams, useRefreshKpis, type DrillDown } from '../hooks/use-kpis';
import { AttendanceTable, DeferralReasonsTable, OverdueFollowUpsTable } from './breakdown-tables';
import { DrillDownPanel } from './drill-down-panel';
import { FigureCards } from './figure-cards';
import { TrendChart } from './trend-chart';

const iso = (date: Date) => date.toISOString().slice(0, 10);

function defaultFilter(): KpiFilterInput {
  const today = new Date();
  return { teamId: null, from: iso(new Date(today.getTime() - 364 * 86_400_000)), to: iso(today) };
}

/** Turnaround KPIs for administrators (lazy-loaded: recharts stays out of the first load). */
export default function KpiDashboardPage() {
  const heading = useHeadingFocus();
  useDocumentTitle('KPIs');
  const teams = useKpiTeams();
  const [draft, setDraft] = useState<KpiFilterInput>(defaultFilter);
  const [filter, setFilter] = useState<KpiFilterInput>(draft);
  const [drill, setDrill] = useState<DrillDown | null>(null);
  const { dashboard, loading, problem, refetch } = useKpiDashboard(filter);
  const { refresh, refreshing, problem: refreshProblem } = useRefreshKpis(() => void refetch().catch(() => undefined));
  const teamName = useMemo(() => teams.find((t) => t.id === filter.teamId)?.name ?? 'All teams', [teams, filter.teamId]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDrill(null);
    setFilter({ ...draft });
  };

  const exportAll = () => {
    if (!dashboard) return;
    const rows = FIGURES.flatMap((def) => figureCsvRows(def, dashboard));
    downloadCsv(`kpis-${filter.from}-${filter.to}.csv`, toCsv(FIGURE_CSV_HEADER, rows));
  };

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        Turnaround KPIs
      </h1>
      <p className="muted">Computed from recorded facts: case events, reports, reviews, decisions, follow-ups and meetings. Definitions: docs/kpis.md.</p>

      <form className="kpi-filter" onSubmit={submit} aria-label="Which figures">
        <div className="field">
          <label htmlFor="kpi-team">Team</label>
          <select id="kpi-team" value={draft.teamId ? String(draft.teamId) : ''} onChange={(e) => setDraft({ ...draft, teamId: e.target.value || null })}>
            <option value="">All teams</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="kpi-from">From</label>
          <input id="kpi-from" type="date" value={draft.from} required onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="kpi-to">To</label>
          <input id="kpi-to" type="date" value={draft.to} required onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <button type="submit" className="button button-primary">
          Show figures
        </button>
      </form>

      {problem && <ProblemPanel problem={problem} onRetry={() => void refetch().catch(() => undefined)} />}
      {!dashboard && loading && <StatusMessage>Computing the figures…</StatusMessage>}

      {dashboard && (
        <>
          <div className="kpi-toolbar">
            <p className="muted">
              {teamName}, {dashboard.from} to {dashboard.to}. Figures as of{' '}
              {dashboard.refreshedAt ? new Date(dashboard.refreshedAt).toLocaleString() : 'never'} (refreshed every 30 minutes).
            </p>
            <button type="button" className="button button-secondary" onClick={refreshing ? undefined : () => void refresh().catch(() => undefined)} aria-disabled={refreshing}>
              {refreshing ? 'Refreshing…' : 'Refresh now'}
            </button>
            <button type="button" className="button button-secondary" onClick={exportAll}>
              Export all figures (CSV)
            </button>
          </div>
          {refreshProblem && <ProblemPanel problem={refreshProblem} />}

          <FigureCards dashboard={dashboard} onDrill={setDrill} />
          {drill && <DrillDownPanel filter={filter} drill={drill} onClose={() => setDrill(null)} />}
          <TrendChart dashboard={dashboard} onDrill={setDrill} />
          <DeferralReasonsTable dashboard={dashboard} onDrill={setDrill} />
          <AttendanceTable dashboard={dashboard} onDrill={setDrill} />
          <OverdueFollowUpsTable teamId={filter.teamId ? String(filter.teamId) : null} countAtRefresh={dashboard.overdueFollowUps} />
        </>
      )}
    </>
  );
}
