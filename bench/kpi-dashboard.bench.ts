/**
 * KPI dashboard benchmark (docs/kpis.md). Needs a database made by `npm run generate:kpi-data`.
 *   npm run bench:kpis -- [--database consilium_kpi_bench] [--runs 15] [--raw-runs 5]
 * For one team over the last year of the data it times, side by side in the same run:
 *   dashboard  the api's KpisService.dashboard (the kpi_facts view, its indexes)
 *   raw        the same figures computed from the raw tables (the view's definition inlined)
 * checks that both give the same figures, and prints the medians and their ratio.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@consilium/migrations';
import { Clock } from '@consilium/server-core';
import { KPI_FACTS_SQL, KpisService } from '@consilium/server-kpis';

const TARGET_MEDIAN_MS = 300;

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = q * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (rank - low);
}

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - started) / 1e6, result];
}

async function main() {
  const database = flag('database', 'consilium_kpi_bench');
  const runs = Number(flag('runs', '15'));
  const rawRuns = Number(flag('raw-runs', '5'));
  const url = new URL(process.env.ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  const ds = new DataSource(dataSourceOptions(url.toString()));
  await ds.initialize();
  try {
    const [{ cases }] = await ds.query('SELECT count(*)::int AS cases FROM cases');
    const [{ last }] = await ds.query(`SELECT to_char(max(occurred_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS last FROM case_events`);
    const [team] = await ds.query(
      `SELECT t.id, t.name, count(c.id)::int AS cases FROM teams t JOIN cases c ON c.team_id = t.id GROUP BY t.id ORDER BY t.name LIMIT 1`,
    );
    const to = last as string;
    const from = new Date(Date.parse(`${to}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
    const clock: Clock = { now: () => new Date(`${to}T12:00:00Z`) };
    const kpis = new KpisService(ds, clock);
    const filter = { teamId: team.id as string, from, to };
    console.log(`${cases} cases; team "${team.name}" (${team.cases} cases), ${from} … ${to}; ${runs} dashboard runs, ${rawRuns} raw runs`);

    // Means summed in another order differ in the last bits: compare to 10 significant digits.
    const strip = (d: object) => JSON.stringify({ ...d, refreshedAt: undefined }, (_k, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(10)) : v));
    await kpis.dashboard(filter); // warm-up
    const dashboard: number[] = [];
    const raw: number[] = [];
    let viewResult = '';
    let rawResult = '';
    for (let i = 0; i < Math.max(runs, rawRuns); i++) {
      if (i < runs) {
        const [ms, result] = await time(() => kpis.dashboard(filter));
        dashboard.push(ms);
        viewResult = strip(result);
      }
      if (i < rawRuns) {
        const [ms, result] = await time(() => kpis.dashboard(filter, `(${KPI_FACTS_SQL})`));
        raw.push(ms);
        rawResult = strip(result);
      }
    }
    const same = viewResult === rawResult;
    const dashboardMedian = quantile(dashboard, 0.5);
    const rawMedian = quantile(raw, 0.5);
    const fmt = (n: number) => n.toFixed(1).padStart(9);
    console.log(`                 median       p90       min   (ms)`);
    console.log(`dashboard   ${fmt(dashboardMedian)} ${fmt(quantile(dashboard, 0.9))} ${fmt(Math.min(...dashboard))}`);
    console.log(`raw tables  ${fmt(rawMedian)} ${fmt(quantile(raw, 0.9))} ${fmt(Math.min(...raw))}`);
    console.log(`ratio dashboard / raw = ${(dashboardMedian / rawMedian).toFixed(4)} (raw is ${(rawMedian / dashboardMedian).toFixed(1)}× slower)`);
    console.log(`same figures from both: ${same ? 'yes' : 'NO'}`);
    console.log(`target: dashboard median ≤ ${TARGET_MEDIAN_MS} ms — ${dashboardMedian <= TARGET_MEDIAN_MS ? 'met' : 'NOT met'}`);
    if (!same) {
      const a = JSON.parse(viewResult) as Record<string, unknown>;
      const b = JSON.parse(rawResult) as Record<string, unknown>;
      for (const key of Object.keys(a))
        if (JSON.stringify(a[key]) !== JSON.stringify(b[key]))
          console.log(`  differs: ${key}\n    view ${JSON.stringify(a[key])}\n    raw  ${JSON.stringify(b[key])}`);
      process.exitCode = 1;
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
