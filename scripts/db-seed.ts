/** Seeds the demo teams and users into DATABASE_URL (idempotent). */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@consilium/migrations';
import { seedDemoData } from '@consilium/server-demo';

async function main() {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/consilium';
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    const summary = await seedDemoData(ds);
    console.log(`seeded: ${summary.teamsCreated} teams, ${summary.usersCreated} users, ${summary.casesCreated} cases, ${summary.imagingReportsCreated} imaging reports, ${summary.pharmacistReviewsOpened} pharmacist reviews`);
  } finally {
    await ds.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
