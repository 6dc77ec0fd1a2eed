import { Module } from '@nestjs/common';
import { CasesModule } from '@consilium/server-cases';
import { CaseDecisionsResolver, DecisionFollowUpsResolver } from './decision-fields.resolver';
import { DecisionAccessService } from './decision-access.service';
import { DecisionSigningService } from './decision-signing.service';
import { DecisionsResolver } from './decisions.resolver';
import { DecisionsService } from './decisions.service';
import { FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';
import { DecisionLoaders } from './loaders/decision-loaders.service';

@Module({
  imports: [CasesModule],
  providers: [
    DecisionAccessService,
    DecisionsService,
    DecisionSigningService,
    FollowUpsService,
    DecisionLoaders,
    DecisionsResolver,
    FollowUpsResolver,
    CaseDecisionsResolver,
    DecisionFollowUpsResolver,
  ],
  exports: [DecisionsService],
})
export class DecisionsModule {}
