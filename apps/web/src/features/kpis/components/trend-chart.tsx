import { useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { FIGURES, figureByKey, trendValue, type Dashboard, type FigureKey } from '../figures';
import type { DrillDown } from '../hooks/use-kpis';

/** The monthly trend of one figure: a line chart and the same numbers as a table. */
export function TrendChart({ dashboard, onDrill }: { dashboard: Dashboard; onDrill: (drill: DrillDown) => void }) {
  const [key, setKey] = useState<FigureKey>('referralToDiscussion');
  const def = figureByKey(key);
  const data = dashboard.trend.map((month) => ({ month: month.month, value: trendValue(def, month) }));
  const unit = def.kind === 'rate' ? '%' : def.kind === 'duration' ? (dashboard[def.key] as { unit: string }).unit : '';
  return (
    <section aria-labelledby="kpi-trend">
      <h2 id="kpi-trend">Monthly trend</h2>
      <div className="field">
        <label htmlFor="kpi-trend-figure">Figure</label>
        <select id="kpi-trend-figure" value={key} onChange={(e) => setKey(e.target.value as FigureKey)}>
          {FIGURES.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <div className="kpi-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" />
            <YAxis unit={unit === '%' ? '%' : ''} />
            <Tooltip />
            <Line type="monotone" dataKey="value" name={def.label} stroke="#1d4ed8" strokeWidth={2} connectNulls isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <table className="kpi-table">
        <caption>
          {def.label} by month ({def.kind === 'rate' ? '%' : def.kind === 'duration' ? `median, ${unit}` : 'mean'})
        </caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Value</th>
            <th scope="col">Cases</th>
          </tr>
        </thead>
        <tbody>
          {data.map((row) => (
            <tr key={row.month}>
              <th scope="row">{row.month}</th>
              <td>{row.value === null ? '—' : row.value.toFixed(1)}</td>
              <td>
                <button type="button" className="button button-link" onClick={() => onDrill({ figure: def.figure, label: `${def.label}, ${row.month}`, month: row.month })}>
                  Show<span className="visually-hidden"> cases for {row.month}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
