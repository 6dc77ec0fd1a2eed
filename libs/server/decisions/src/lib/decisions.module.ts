import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CasesModule } from '@consilium/server-cases';
import { QueueModule } from '@consilium/server-core';
import { ImagingModule } from '@consilium/server-imaging';
import { NotificationsModule } from '@consilium/server-notifications';
import { CaseDecisionsResolver, DecisionFollowUpsResolver } from './decision-fields.resolver';
import { DecisionAccessService } from './decision-access.service';
import { DecisionSigningService } from './decision-signing.service';
import { DecisionsResolver } from './decisions.resolver';
import { DecisionsService } from './decisions.service';
import { FollowUpFulfilmentService } from './follow-up-fulfilment.service';
import { FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';
import { DecisionLoaders } from './loaders/decision-loaders.service';
import { FOLLOW_UPS_QUEUE } from './scheduling/follow-up-jobs';
import { FollowUpSchedulerService } from './scheduling/follow-up-scheduler.service';
import { TeamFollowUpSettingsResolver, TeamFollowUpSettingsService } from './team-follow-up-settings';

@Module({
  imports: [CasesModule, ImagingModule, NotificationsModule, QueueModule, BullModule.registerQueue({ name: FOLLOW_UPS_QUEUE })],
  providers: [
    DecisionAccessService,
    DecisionsService,
    DecisionSigningService,
    FollowUpsService,
    FollowUpSchedulerService,
    FollowUpFulfilmentService,
    TeamFollowUpSettingsService,
    DecisionLoaders,
    DecisionsResolver,
    FollowUpsResolver,
    TeamFollowUpSettingsResolver,
    CaseDecisionsResolver,
    DecisionFollowUpsResolver,
  ],
  exports: [DecisionsService, DecisionSigningService, FollowUpSchedulerService],
})
export class DecisionsModule {}
