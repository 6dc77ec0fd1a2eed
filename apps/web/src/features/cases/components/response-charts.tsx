// The spider plot and the sum-of-diameters chart. Loaded on demand (recharts is large).
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { formatDate } from '../../../shared/format';
import type { ResponseSeries } from '../response-series';

// Distinguishable colours (Okabe–Ito), each also drawn with its own dash pattern.
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
const DASHES = ['', '6 3', '2 2', '8 3 2 3', '4 4', '1 3'];

export default function ResponseCharts({ series }: { series: ResponseSeries }) {
  const spider = series.points.map((p) => ({ date: formatDate(p.date), ...p.changes }));
  const sums = series.points.map((p) => ({ date: formatDate(p.date), sum: p.sum }));
  return (
    <div className="charts">
      <figure className="chart">
        <figcaption>Change of each target lesion from baseline (%)</figcaption>
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={spider} margin={{ top: 10, right: 40, bottom: 10, left: 10 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" />
            <YAxis
              unit=" %"
              width={64}
              allowDecimals={false}
              // Always show the PD (+20 %) and PR (−30 %) lines, in steps of 10 %.
              domain={[(min: number) => Math.floor(Math.min(min, -30) / 10) * 10 - 10, (max: number) => Math.ceil(Math.max(max, 20) / 10) * 10 + 10]}
            />
            <ReferenceLine y={20} stroke="#a4161a" strokeDasharray="4 4" label={{ value: '+20 %', position: 'right', fill: '#a4161a' }} />
            <ReferenceLine y={-30} stroke="#1b6b3a" strokeDasharray="4 4" label={{ value: '−30 %', position: 'right', fill: '#1b6b3a' }} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? `${value.toFixed(1)} %` : String(value))} />
            <Legend />
            {series.lesions.map((lesion, i) => (
              <Line
                key={lesion.lesionId}
                dataKey={lesion.lesionId}
                name={lesion.label}
                stroke={COLOURS[i % COLOURS.length]}
                strokeDasharray={DASHES[i % DASHES.length]}
                strokeWidth={2}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className="chart">
        <figcaption>Sum of target {series.unit === 'mm²' ? 'products (mm²)' : 'diameters (mm)'}</figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={sums} margin={{ top: 10, right: 40, bottom: 10, left: 10 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="date" />
            <YAxis unit={` ${series.unit}`} width={72} domain={[0, 'auto']} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? `${value.toFixed(1)} ${series.unit}` : String(value))} />
            <Line dataKey="sum" name="Sum" stroke="#0b5394" strokeWidth={2} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
