import { Global, Module } from '@nestjs/common';
import { createLogger } from './logger';

export const LOGGER = Symbol('LOGGER');

@Global()
@Module({
  providers: [{ provide: LOGGER, useFactory: () => createLogger('consilium') }],
  exports: [LOGGER],
})
export class LoggerModule {}
