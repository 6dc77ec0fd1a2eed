import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, configureApiApp } from '@consilium/server-core';
import { AppModule } from './app.module';
import { mountQueueBoard } from './queue-board';

/** Builds the api application (shared by main.ts and the tests), without listening. */
export async function createApiApp(config: AppConfig, options: { logger?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), {
    bufferLogs: options.logger !== false,
    logger: options.logger === false ? false : undefined,
    bodyParser: false,
  });
  configureApiApp(app, config, options);
  mountQueueBoard(app, config);
  return app;
}
