import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueModule } from '@consilium/server-core';
import { KPI_MAINTENANCE_QUEUE, KpiRefreshProcessor } from './kpi-refresh.processor';
import { KpisService } from './kpis.service';

/** The KPI feature's background work, run by apps/worker. */
@Module({
  imports: [QueueModule, BullModule.registerQueue({ name: KPI_MAINTENANCE_QUEUE })],
  providers: [KpisService, KpiRefreshProcessor],
})
export class KpisWorkerModule {}
