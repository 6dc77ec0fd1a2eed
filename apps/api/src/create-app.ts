import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, configureApiApp } from '@consilium/server-core';
import { LiveIoAdapter } from '@consilium/server-live';
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
  // Socket.IO rooms span api processes through the Redis Streams adapter (docs/live.md).
  app.useWebSocketAdapter(new LiveIoAdapter(app, config));
  return app;
}
