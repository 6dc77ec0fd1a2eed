import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { AppConfig, ConsiliumRequest, createValidationPipe, LOGGER, PinoNestLogger } from '@consilium/server-core';
import { AppModule } from './app.module';

/** Builds the api application (shared by main.ts and the tests), without listening. */
export async function createApiApp(config: AppConfig, options: { logger?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    logger: options.logger === false ? false : undefined,
    bodyParser: false,
  });
  const logger = app.get<Logger>(LOGGER);
  if (options.logger !== false) app.useLogger(new PinoNestLogger(logger));
  // Clinical free text can be long; anything over 2 MB is refused by the body parser (413).
  app.useBodyParser('json', { limit: '2mb' });
  app.use((req: ConsiliumRequest, _res: unknown, next: () => void) => {
    const header = req.headers['x-request-id'];
    req.requestId = typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
    next();
  });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  if (config.CORS_ORIGINS) app.enableCors({ origin: config.CORS_ORIGINS.split(','), credentials: false });
  return app;
}
