// Jest runs global setup outside its module map, so the path aliases are registered here.
// eslint-disable-next-line @nx/enforce-module-boundaries -- a side-effect hook that must run before the imports below
import '../../../../scripts/register-paths';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { checkPostgres, checkRedis } from '@consilium/server-core';
import { ADMIN_DATABASE_URL, TEST_REDIS_URL, databaseUrl, templateDatabase, withAdminClient } from './test-database';

/** Once per Jest run: both servers answer, and a freshly migrated template database exists. */
export default async function globalSetup(): Promise<void> {
  try {
    await checkPostgres(ADMIN_DATABASE_URL);
    await checkRedis(TEST_REDIS_URL);
  } catch (error) {
    throw new Error(`${(error as Error).message} — start the local services with: npm run services`);
  }
  // Workers are started after global setup and inherit this, so every test file copies this run's template.
  process.env.CONSILIUM_TEST_TEMPLATE = `consilium_tpl_${process.pid}`;
  const template = templateDatabase();
  await withAdminClient(async (client) => {
    // Databases and templates left behind by interrupted earlier runs (their process is gone).
    const stale = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'consilium_test_%' OR datname LIKE 'consilium_tpl_%'`);
    for (const row of stale.rows as { datname: string }[]) {
      const pid = Number(row.datname.split('_')[2]); // consilium_test_<pid>_<random> or consilium_tpl_<pid>
      if (Number.isNaN(pid) || !isAlive(pid)) await client.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    }
    await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${template}`);
  });
  // In a child process: loading the entities here would leave their GraphQL metadata in the
  // global type storage of @nestjs/graphql, bound to a different module registry than the tests'.
  const root = join(__dirname, '..', '..', '..', '..');
  execFileSync(process.execPath, ['-r', './scripts/register.js', 'scripts/db-migrate.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl(template) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
