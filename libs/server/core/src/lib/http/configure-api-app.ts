import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.schema';
import { createValidationPipe } from '../errors/validation';
import type { ConsiliumRequest } from '../graphql/gql-context';
import { PinoNestLogger } from '../logging/logger';
import { LOGGER } from '../logging/logger.module';

/**
 * Everything an api application needs around its modules: JSON body limit, request ids,
 * validation, logging, CORS and shutdown hooks. Create the app with `bodyParser: false`.
 */
export function configureApiApp(app: INestApplication, config: AppConfig, options: { logger?: boolean } = {}): void {
  const express = app as NestExpressApplication;
  if (options.logger !== false) app.useLogger(new PinoNestLogger(app.get<Logger>(LOGGER)));
  // Clinical free text can be long; anything over 2 MB is refused by the body parser (413).
  express.useBodyParser('json', { limit: '2mb' });
  app.use((req: ConsiliumRequest, _res: unknown, next: () => void) => {
    const header = req.headers['x-request-id'];
    req.requestId = typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
    next();
  });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  if (config.CORS_ORIGINS) app.enableCors({ origin: config.CORS_ORIGINS.split(','), credentials: false });
}
