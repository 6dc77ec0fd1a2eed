/**
 * A database of synthetic MDT activity for the KPI benchmark (docs/kpis.md):
 *   npm run generate:kpi-data -- --cases 1000000 [--teams 20] [--from 2023-01-02] [--until 2026-11-29]
 *                                [--seed 0.42] [--database consilium_kpi_bench]
 * Recreates the database (its name must start with consilium_kpi), migrates it, writes the data
 * and refreshes the KPI facts. Synthetic data only.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { DEFAULT_KPI_DATA, generateKpiData, KpiDataOptions } from '@consilium/server-kpis';
import { migrate } from './db-migrate';

export function parseFlags(argv: string[]): KpiDataOptions & { database: string } {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error(`expected --flag value pairs, got "${argv[i]}"`);
    flags.set(argv[i].slice(2), argv[i + 1]);
  }
  const known = ['cases', 'teams', 'from', 'until', 'seed', 'database'];
  for (const name of flags.keys()) if (!known.includes(name)) throw new Error(`unknown flag --${name} (known: ${known.join(', ')})`);
  const int = (name: string, fallback: number) => {
    const value = flags.has(name) ? Number(flags.get(name)) : fallback;
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
    return value;
  };
  const database = flags.get('database') ?? 'consilium_kpi_bench';
  if (!/^consilium_kpi[a-z0-9_]*$/.test(database)) throw new Error('--database must start with consilium_kpi (it is dropped and recreated)');
  const seed = Number(flags.get('seed') ?? DEFAULT_KPI_DATA.seed);
  if (!(seed >= 0 && seed < 1)) throw new Error('--seed must be ≥ 0 and < 1');
  return {
    cases: int('cases', DEFAULT_KPI_DATA.cases),
    teams: int('teams', DEFAULT_KPI_DATA.teams),
    from: flags.get('from') ?? DEFAULT_KPI_DATA.from,
    until: flags.get('until') ?? DEFAULT_KPI_DATA.until,
    seed,
    database,
  };
}

async function main() {
  const options = parseFlags(process.argv.slice(2));
  const adminUrl = process.env.ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${options.database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${options.database}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${options.database}`;
  await migrate(url.toString());

  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  const started = Date.now();
  try {
    await db.query('SET synchronous_commit = off');
    console.log(`generating ${options.cases} cases in ${options.teams} teams, ${options.from} … ${options.until}, into ${options.database}`);
    await generateKpiData(db, options, (step, ms) => console.log(`  ${step.padEnd(20)} ${(ms / 1000).toFixed(1)} s`));
    const refresh = Date.now();
    await db.query('REFRESH MATERIALIZED VIEW kpi_facts');
    await db.query(`UPDATE kpi_refresh_state SET refreshed_at = now(), duration_ms = $1 WHERE id = 1`, [Date.now() - refresh]);
    await db.query('VACUUM (ANALYZE) kpi_facts');
    console.log(`  ${'kpi_facts refresh'.padEnd(20)} ${((Date.now() - refresh) / 1000).toFixed(1)} s`);
    const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM kpi_facts')).rows;
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${n} KPI facts`);
  } finally {
    await db.end();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`generate:kpi-data failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
