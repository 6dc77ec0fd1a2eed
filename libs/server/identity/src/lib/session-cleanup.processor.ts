import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import type { Logger } from 'pino';
import { LOGGER } from '@consilium/server-core';
import { SessionCleanupService } from './session-cleanup.service';

export const IDENTITY_MAINTENANCE_QUEUE = 'identity-maintenance';
export const SESSION_CLEANUP_SCHEDULER = 'session-cleanup';

/** Hourly housekeeping of sign-in data; a BullMQ job scheduler, so one run per hour across all workers. */
@Processor(IDENTITY_MAINTENANCE_QUEUE)
export class SessionCleanupProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly cleanup: SessionCleanupService,
    @InjectQueue(IDENTITY_MAINTENANCE_QUEUE) private readonly queue: Queue,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.queue.upsertJobScheduler(SESSION_CLEANUP_SCHEDULER, { every: 60 * 60 * 1000 }, { name: 'purge' });
  }

  async process(job: Job): Promise<{ tokensDeleted: number; sessionsDeleted: number }> {
    const result = await this.cleanup.purge();
    this.logger.info({ jobId: job.id, ...result }, 'purged ended sign-in data');
    return result;
  }
}
