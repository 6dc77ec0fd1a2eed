import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueModule } from '@consilium/server-core';
import { NotificationsModule } from '@consilium/server-notifications';
import { FOLLOW_UP_MAINTENANCE_QUEUE, FOLLOW_UPS_QUEUE } from './scheduling/follow-up-jobs';
import { FollowUpProcessor } from './scheduling/follow-up.processor';
import { FollowUpSchedulerService } from './scheduling/follow-up-scheduler.service';
import { FollowUpWorkersService } from './scheduling/follow-up-workers.service';

/** The follow-up feature's background work, run by apps/worker. */
@Module({
  imports: [QueueModule, BullModule.registerQueue({ name: FOLLOW_UPS_QUEUE }, { name: FOLLOW_UP_MAINTENANCE_QUEUE }), NotificationsModule],
  providers: [FollowUpSchedulerService, FollowUpProcessor, FollowUpWorkersService],
  exports: [FollowUpSchedulerService, FollowUpProcessor],
})
export class DecisionsWorkerModule {}
