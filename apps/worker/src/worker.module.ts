import { DynamicModule, Module } from '@nestjs/common';
import { dataSourceOptions } from '@consilium/migrations';
import { AuditModule } from '@consilium/server-audit';
import { AppConfig, CoreModule, QueueModule } from '@consilium/server-core';
import { DecisionsWorkerModule } from '@consilium/server-decisions';
import { IdentityWorkerModule } from '@consilium/server-identity';
import { KpisWorkerModule } from '@consilium/server-kpis';

/** The worker process: BullMQ processors of every feature; no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot(config, dataSourceOptions), QueueModule, AuditModule, IdentityWorkerModule, DecisionsWorkerModule, KpisWorkerModule],
    };
  }
}
