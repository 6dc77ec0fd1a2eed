import 'reflect-metadata';
import type { Logger } from 'pino';
import { bootConfigOrExit, LOGGER } from '@consilium/server-core';
import { createApiApp } from './create-app';

async function main() {
  const config = await bootConfigOrExit('api');
  const app = await createApiApp(config);
  await app.listen(config.PORT, '0.0.0.0');
  const url = await app.getUrl();
  app.get<Logger>(LOGGER).info({ url }, `api listening on ${url} (GraphQL at /graphql, health at /health)`);
}

main().catch((error: unknown) => {
  process.stderr.write(`api: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
