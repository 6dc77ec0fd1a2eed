/** Applies pending migrations to DATABASE_URL (default: the local development database). */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@consilium/migrations';

export async function migrate(databaseUrl: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(databaseUrl));
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/consilium';
  migrate(url)
    .then((names) => console.log(names.length ? `applied: ${names.join(', ')}` : 'database is up to date'))
    .catch((error: unknown) => {
      console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
