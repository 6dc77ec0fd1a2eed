import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { createLogger } from './logger';

export const LOGGER = Symbol('LOGGER');

@Global()
@Module({
  providers: [{ provide: LOGGER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createLogger('consilium', config.LOG_LEVEL) }],
  exports: [LOGGER],
})
export class LoggerModule {}
