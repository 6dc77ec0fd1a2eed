import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import type { Logger } from 'pino';
import { LOGGER } from '@consilium/server-core';
import { KpiRefreshModel } from './kpi.model';
import { KpisService } from './kpis.service';

export const KPI_MAINTENANCE_QUEUE = 'kpi-maintenance';
export const KPI_REFRESH_SCHEDULER = 'kpi-refresh';
export const KPI_REFRESH_EVERY_MS = 30 * 60 * 1000;

/** Refreshes the `kpi_facts` view every 30 minutes; a BullMQ job scheduler, so one run per period across workers. */
@Processor(KPI_MAINTENANCE_QUEUE)
export class KpiRefreshProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly kpis: KpisService,
    @InjectQueue(KPI_MAINTENANCE_QUEUE) private readonly queue: Queue,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.queue.upsertJobScheduler(KPI_REFRESH_SCHEDULER, { every: KPI_REFRESH_EVERY_MS }, { name: 'refresh', opts: { attempts: 3 } });
  }

  async process(job: Job): Promise<KpiRefreshModel> {
    const result = await this.kpis.refresh();
    this.logger.info({ jobId: job.id, durationMs: result.durationMs }, 'refreshed kpi_facts');
    return result;
  }
}
