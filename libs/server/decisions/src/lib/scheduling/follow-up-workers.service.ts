import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig, LOGGER } from '@consilium/server-core';
import { FOLLOW_UP_MAINTENANCE_QUEUE, FOLLOW_UPS_QUEUE, FollowUpJobData, RECONCILE_SCHEDULER_ID } from './follow-up-jobs';
import { FollowUpProcessor } from './follow-up.processor';
import { FollowUpSchedulerService } from './follow-up-scheduler.service';

/**
 * The worker side (apps/worker): BullMQ workers for the follow-up steps and for the
 * reconciler, which runs once at start and then on a job scheduler (one run per period
 * across all worker processes).
 */
@Injectable()
export class FollowUpWorkersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private workers: Worker[] = [];

  constructor(
    @InjectQueue(FOLLOW_UPS_QUEUE) private readonly followUps: Queue<FollowUpJobData>,
    @InjectQueue(FOLLOW_UP_MAINTENANCE_QUEUE) private readonly maintenance: Queue,
    private readonly processor: FollowUpProcessor,
    private readonly scheduler: FollowUpSchedulerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap() {
    const common = {
      connection: this.followUps.opts.connection,
      prefix: this.followUps.opts.prefix,
      lockDuration: this.config.QUEUE_LOCK_DURATION_MS,
      stalledInterval: this.config.QUEUE_STALLED_INTERVAL_MS,
    };
    const steps = new Worker<FollowUpJobData>(FOLLOW_UPS_QUEUE, (job, token) => this.processor.process(job, token), { ...common, concurrency: 4 });
    const reconciler = new Worker(FOLLOW_UP_MAINTENANCE_QUEUE, (job) => this.reconcile(job), { ...common, concurrency: 1 });
    for (const worker of [steps, reconciler]) {
      worker.on('failed', (job, err) => this.logger.warn({ queue: worker.name, jobId: job?.id, attempts: job?.attemptsMade, err }, 'job failed; BullMQ retries it with back-off'));
      worker.on('error', (err) => this.logger.error({ queue: worker.name, err }, 'queue worker error'));
    }
    this.workers = [steps, reconciler];
    await this.maintenance.upsertJobScheduler(RECONCILE_SCHEDULER_ID, { every: this.config.FOLLOW_UP_RECONCILE_EVERY_MS }, { name: 'reconcile' });
    const atStart = await this.scheduler.reconcile();
    this.logger.info({ ...atStart }, 'follow-up jobs reconciled with PostgreSQL at start');
  }

  async onApplicationShutdown() {
    await Promise.all(this.workers.map((w) => w.close()));
  }

  private async reconcile(job: Job) {
    const result = await this.scheduler.reconcile();
    this.logger.info({ jobId: job.id, ...result }, 'follow-up jobs reconciled with PostgreSQL');
    return result;
  }
}
