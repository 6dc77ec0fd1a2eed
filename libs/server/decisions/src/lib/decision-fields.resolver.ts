import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel } from '@consilium/server-cases';
import { GqlContext } from '@consilium/server-core';
import { toDecisionModel, toFollowUpModel } from './decision.mapper';
import { DecisionModel, FollowUpModel } from './decision.model';
import { DecisionLoaders } from './loaders/decision-loaders.service';

/** `Case.decisions`: the parent case was authorised when it was loaded; one query per list. */
@Resolver(() => CaseModel)
export class CaseDecisionsResolver {
  constructor(private readonly loaders: DecisionLoaders) {}

  @ResolveField(() => [DecisionModel], { description: 'Every decision version of this case, oldest first.' })
  async decisions(@Parent() kase: CaseModel, @Context() ctx: GqlContext): Promise<DecisionModel[]> {
    return (await this.loaders.decisionsByCase(ctx).load(kase.id)).map(toDecisionModel);
  }
}

/** `Decision.followUps`: the scans signing scheduled, by due date. */
@Resolver(() => DecisionModel)
export class DecisionFollowUpsResolver {
  constructor(private readonly loaders: DecisionLoaders) {}

  @ResolveField(() => [FollowUpModel])
  async followUps(@Parent() decision: DecisionModel, @Context() ctx: GqlContext): Promise<FollowUpModel[]> {
    return (await this.loaders.followUpsByDecision(ctx).load(decision.id)).map(toFollowUpModel);
  }
}
