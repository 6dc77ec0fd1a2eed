import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';

/** TypeORM on PostgreSQL; the schema changes only through migrations (synchronize is off). */
@Module({})
export class DatabaseModule {
  static forRoot(options: (databaseUrl: string) => DataSourceOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...options(config.DATABASE_URL),
            synchronize: false,
            migrationsRun: false,
            retryAttempts: 0,
          }),
        }),
      ],
    };
  }
}
