import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import { bootConfigOrExit, LOGGER, PinoNestLogger } from '@consilium/server-core';
import { WorkerModule } from './worker.module';

async function main() {
  const config = await bootConfigOrExit('worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  const logger = app.get<Logger>(LOGGER);
  app.useLogger(new PinoNestLogger(logger));
  app.enableShutdownHooks();
  await app.init();
  logger.info('worker started: processing BullMQ queues');
}

main().catch((error: unknown) => {
  process.stderr.write(`worker: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
