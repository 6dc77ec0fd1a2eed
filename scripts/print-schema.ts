/** Writes schema.graphql from the api's resolvers (connects to PostgreSQL and Redis, creates nothing). */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { configSchema } from '@consilium/server-core';
import { createApiApp } from '../apps/api/src/create-app';
import { printApiSchema } from '../apps/api/src/schema-printer';

async function main() {
  const config = configSchema.parse({
    NODE_ENV: 'development',
    DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
  });
  const app = await createApiApp(config, { logger: false });
  await app.init();
  const target = join(__dirname, '..', 'schema.graphql');
  writeFileSync(target, printApiSchema(app));
  await app.close();
  console.log(`wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(`schema:print failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
