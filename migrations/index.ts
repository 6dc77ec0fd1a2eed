import type { DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from './entities';
import { ALL_MIGRATIONS } from './list';

export { ALL_ENTITIES } from './entities';
export { ALL_MIGRATIONS } from './list';

/** The one description of the database, used by the api, the worker, the scripts and the tests. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    applicationName: 'consilium',
    uuidExtension: 'pgcrypto',
    extra: { max: 10 },
  };
}
