import { downloadCsv, toCsv } from '../csv';
import type { Dashboard } from '../figures';
import { useOverdueFollowUps, type DrillDown } from '../hooks/use-kpis';

export function DeferralReasonsTable({ dashboard, onDrill }: { dashboard: Dashboard; onDrill: (drill: DrillDown) => void }) {
  const rows = dashboard.deferralReasons;
  return (
    <section aria-labelledby="kpi-reasons">
      <h2 id="kpi-reasons">Deferral reasons</h2>
      <button
        type="button"
        className="button button-link"
        onClick={() => downloadCsv('kpi-deferral-reasons.csv', toCsv(['reason', 'count', 'at_meeting'], rows.map((r) => [r.reason, r.count, r.atMeeting])))}
      >
        CSV<span className="visually-hidden">: deferral reasons</span>
      </button>
      {rows.length === 0 ? (
        <p>No deferral in this period.</p>
      ) : (
        <table className="kpi-table">
          <thead>
            <tr>
              <th scope="col">Reason</th>
              <th scope="col">Deferrals</th>
              <th scope="col">At a meeting</th>
              <th scope="col">Cases</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.reason}>
                <th scope="row">{row.reason}</th>
                <td>{row.count}</td>
                <td>{row.atMeeting}</td>
                <td>
                  <button type="button" className="button button-link" onClick={() => onDrill({ figure: 'DEFERRALS', label: 'Deferrals', reason: row.reason })}>
                    Show<span className="visually-hidden"> cases deferred for {row.reason}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function AttendanceTable({ dashboard, onDrill }: { dashboard: Dashboard; onDrill: (drill: DrillDown) => void }) {
  const rows = dashboard.attendanceByRole;
  return (
    <section aria-labelledby="kpi-attendance">
      <h2 id="kpi-attendance">Attendance by role</h2>
      <button
        type="button"
        className="button button-link"
        onClick={() =>
          downloadCsv(
            'kpi-attendance-by-role.csv',
            toCsv(['role', 'meetings', 'mean_present', 'meetings_at_minimum'], rows.map((r) => [r.role, r.meetings, r.meanPresent, r.meetingsAtMinimum])),
          )
        }
      >
        CSV<span className="visually-hidden">: attendance by role</span>
      </button>
      {rows.length === 0 ? (
        <p>No closed meeting in this period.</p>
      ) : (
        <table className="kpi-table">
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Meetings</th>
              <th scope="col">Present per meeting (mean)</th>
              <th scope="col">Meetings at the quorum minimum</th>
              <th scope="col">Meetings</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.role}>
                <th scope="row">{row.role}</th>
                <td>{row.meetings}</td>
                <td>{row.meanPresent === null || row.meanPresent === undefined ? '—' : row.meanPresent.toFixed(2)}</td>
                <td>{row.meetingsAtMinimum}</td>
                <td>
                  <button type="button" className="button button-link" onClick={() => onDrill({ figure: 'ATTENDANCE', label: 'Attendance', reason: row.role })}>
                    Show<span className="visually-hidden"> meetings for {row.role}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function OverdueFollowUpsTable({ teamId, countAtRefresh }: { teamId: string | null; countAtRefresh: number }) {
  const { rows, loading } = useOverdueFollowUps(teamId);
  return (
    <section aria-labelledby="kpi-overdue">
      <h2 id="kpi-overdue">Overdue follow-ups now{loading ? '' : ` (${rows.length})`}</h2>
      <p className="muted">{countAtRefresh} at the last refresh of the figures.</p>
      <button
        type="button"
        className="button button-link"
        onClick={() =>
          downloadCsv(
            'kpi-overdue-follow-ups.csv',
            toCsv(['follow_up_id', 'case_id', 'team', 'modality', 'due_date', 'status', 'days_overdue'], rows.map((r) => [r.followUpId, r.caseId, r.teamName, r.modality, r.dueDate, r.status, r.daysOverdue])),
          )
        }
      >
        CSV<span className="visually-hidden">: overdue follow-ups</span>
      </button>
      {loading ? null : rows.length === 0 ? (
        <p>No follow-up is overdue.</p>
      ) : (
        <table className="kpi-table">
          <caption>{rows.length > 100 ? `The 100 most overdue of ${rows.length}; the CSV has all.` : `${rows.length} overdue.`}</caption>
          <thead>
            <tr>
              <th scope="col">Due</th>
              <th scope="col">Days overdue</th>
              <th scope="col">Team</th>
              <th scope="col">Case</th>
              <th scope="col">Modality</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 100).map((row) => (
              <tr key={row.followUpId}>
                <td>{row.dueDate}</td>
                <td>{row.daysOverdue}</td>
                <td>{row.teamName}</td>
                <td>
                  <code>{row.caseId.slice(0, 8)}</code>
                </td>
                <td>{row.modality}</td>
                <td>{row.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
