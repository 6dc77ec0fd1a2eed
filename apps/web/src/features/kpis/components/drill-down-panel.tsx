import { useState } from 'react';

import type { KpiCasesQuery, KpiFilterInput } from '../../../gql/graphql';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { StatusMessage } from '../../../shared/components/status-message';
import { downloadCsv, toCsv } from '../csv';
import { useFetchAllKpiCases, useKpiCases, type DrillDown } from '../hooks/use-kpis';

type Row = KpiCasesQuery['kpiCases']['rows'][number];

const HEADER = ['case_id', 'meeting_id', 'team', 'subject_id', 'at', 'value', 'meets_standard', 'reason'];
const csvRow = (r: Row) => [r.caseId, r.meetingId, r.teamName, r.subjectId, r.at, r.value, r.meetsStandard, r.reason];

/** The facts behind a figure: the first 100 on screen, all of them (up to 10 000) as CSV. */
export function DrillDownPanel({ filter, drill, onClose }: { filter: KpiFilterInput; drill: DrillDown; onClose: () => void }) {
  const { page, loading, problem } = useKpiCases(filter, drill);
  const fetchAll = useFetchAllKpiCases();
  const [exporting, setExporting] = useState(false);

  const exportAll = async () => {
    setExporting(true);
    try {
      const all = await fetchAll(filter, drill);
      downloadCsv(`kpi-${drill.figure.toLowerCase()}-cases.csv`, toCsv(HEADER, all.rows.map(csvRow)));
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="panel panel-info" aria-labelledby="kpi-drill">
      <h2 id="kpi-drill">Behind “{drill.label}”{drill.reason ? ` — ${drill.reason}` : ''}</h2>
      <div className="kpi-actions">
        <button type="button" className="button button-secondary" onClick={exporting ? undefined : () => void exportAll().catch(() => undefined)} aria-disabled={exporting}>
          {exporting ? 'Exporting…' : 'Export all as CSV'}
        </button>
        <button type="button" className="button button-link" onClick={onClose}>
          Close
        </button>
      </div>
      {problem && <ProblemPanel problem={problem} />}
      {loading && <StatusMessage>Loading the cases…</StatusMessage>}
      {page && (
        <table className="kpi-table">
          <caption>
            {page.totalCount} {page.totalCount === 1 ? 'fact' : 'facts'}
            {page.totalCount > page.rows.length ? `, the first ${page.rows.length} shown` : ''}. No patient data: open a case from its own team.
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Team</th>
              <th scope="col">Case</th>
              <th scope="col">Meeting</th>
              <th scope="col">Value</th>
              <th scope="col">Meets standard</th>
              <th scope="col">Reason / role</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row.subjectId}>
                <td>{row.at.slice(0, 16).replace('T', ' ')}</td>
                <td>{row.teamName}</td>
                <td>
                  <code>{row.caseId?.slice(0, 8) ?? '—'}</code>
                </td>
                <td>
                  <code>{row.meetingId?.slice(0, 8) ?? '—'}</code>
                </td>
                <td>{row.value === null || row.value === undefined ? '—' : row.value.toFixed(1)}</td>
                <td>{row.meetsStandard ? 'yes' : 'no'}</td>
                <td>{row.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
