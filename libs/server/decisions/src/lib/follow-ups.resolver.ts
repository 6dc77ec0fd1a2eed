import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import { Authorize, CurrentPrincipal, Principal } from '@consilium/server-core';
import { toFollowUpModel } from './decision.mapper';
import { FollowUpModel } from './decision.model';
import { CancelFollowUpInput, RescheduleFollowUpInput } from './dto/decision.inputs';
import { FollowUpsService } from './follow-ups.service';

const SCHEDULERS = { roles: [Role.COORDINATOR, Role.PHYSICIAN] };

@Resolver(() => FollowUpModel)
export class FollowUpsResolver {
  constructor(private readonly followUps: FollowUpsService) {}

  @Authorize(SCHEDULERS)
  @Mutation(() => FollowUpModel, { description: 'Move a pending follow-up to another date (status back to SCHEDULED).' })
  async rescheduleFollowUp(@Args('input') input: RescheduleFollowUpInput, @CurrentPrincipal() actor: Principal): Promise<FollowUpModel> {
    return toFollowUpModel(await this.followUps.reschedule(input, actor));
  }

  @Authorize(SCHEDULERS)
  @Mutation(() => FollowUpModel, { description: 'Cancel a pending follow-up, with a reason.' })
  async cancelFollowUp(@Args('input') input: CancelFollowUpInput, @CurrentPrincipal() actor: Principal): Promise<FollowUpModel> {
    return toFollowUpModel(await this.followUps.cancel(input, actor));
  }
}
