import { DynamicModule, Module } from '@nestjs/common';
import type { DataSourceOptions } from 'typeorm';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/config.schema';
import { DatabaseModule } from './database/database.module';
import { LoggerModule } from './logging/logger.module';
import { RedisModule } from './redis/redis.module';
import { ClockModule } from './time/clock';

/** What every process needs: validated config, logger, PostgreSQL and Redis. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, dataSourceOptions: (databaseUrl: string) => DataSourceOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [ConfigModule.forRoot(config), LoggerModule, ClockModule, DatabaseModule.forRoot(dataSourceOptions), RedisModule],
    };
  }
}
