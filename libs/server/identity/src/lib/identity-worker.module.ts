import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueModule } from '@consilium/server-core';
import { SessionCleanupProcessor, IDENTITY_MAINTENANCE_QUEUE } from './session-cleanup.processor';
import { SessionCleanupService } from './session-cleanup.service';

/** The identity feature's background work, run by apps/worker. */
@Module({
  imports: [QueueModule, BullModule.registerQueue({ name: IDENTITY_MAINTENANCE_QUEUE })],
  providers: [SessionCleanupService, SessionCleanupProcessor],
  exports: [SessionCleanupService],
})
export class IdentityWorkerModule {}
