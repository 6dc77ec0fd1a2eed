// Jest runs global teardown outside its module map, so the path aliases are registered here.
// eslint-disable-next-line @nx/enforce-module-boundaries -- a side-effect hook that must run before the imports below
import '../../../../scripts/register-paths';
import { templateDatabase, withAdminClient } from './test-database';

/** Drops this run's template database. */
export default async function globalTeardown(): Promise<void> {
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${templateDatabase()} WITH (FORCE)`);
  });
}
