import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ALL_ROLES, Role } from '@consilium/contracts';
import { Authorize, CurrentPrincipal, PageArgs, Principal } from '@consilium/server-core';
import { DecisionSigningService } from './decision-signing.service';
import { toDecisionModel } from './decision.mapper';
import { DecisionConnectionModel, DecisionModel } from './decision.model';
import { DecisionsService } from './decisions.service';
import { AmendDecisionInput, CreateDecisionDraftInput, DecisionStepInput, UpdateDecisionDraftInput } from './dto/decision.inputs';

@ArgsType()
class DecisionIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a decision id' })
  id!: string;
}

/** Coordinators may write a draft (e.g. during the meeting); only physicians propose, sign and amend. */
const DRAFTERS = { roles: [Role.PHYSICIAN, Role.COORDINATOR] };
const PHYSICIANS = { roles: [Role.PHYSICIAN] };
const READERS = { roles: [...ALL_ROLES] };

@Resolver(() => DecisionModel)
export class DecisionsResolver {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly signing: DecisionSigningService,
  ) {}

  @Authorize(READERS)
  @Query(() => DecisionModel, { description: 'A decision on a case of one of your teams (others read as NOT_FOUND).' })
  async decision(@Args() args: DecisionIdArgs, @CurrentPrincipal() principal: Principal): Promise<DecisionModel> {
    return toDecisionModel(await this.decisions.get(principal, args.id));
  }

  @Authorize(PHYSICIANS)
  @Query(() => DecisionConnectionModel, { description: "PROPOSED decisions of your teams waiting for a physician's signature, oldest first." })
  async decisionsAwaitingSignature(@Args() args: PageArgs, @CurrentPrincipal() principal: Principal): Promise<DecisionConnectionModel> {
    const page = await this.decisions.awaitingSignature(args, principal);
    return {
      edges: page.rows.map((row) => ({ cursor: row.cursor, node: toDecisionModel(row.entity) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1)?.cursor ?? null },
    };
  }

  @Authorize(DRAFTERS)
  @Mutation(() => DecisionModel, { description: 'A new DRAFT decision on a case of your team.' })
  async createDecisionDraft(@Args('input') input: CreateDecisionDraftInput, @CurrentPrincipal() actor: Principal): Promise<DecisionModel> {
    return toDecisionModel(await this.decisions.createDraft(input, actor));
  }

  @Authorize(DRAFTERS)
  @Mutation(() => DecisionModel, { description: 'Replace the content of a DRAFT (signed decisions are immutable: CONFLICT).' })
  async updateDecisionDraft(@Args('input') input: UpdateDecisionDraftInput, @CurrentPrincipal() actor: Principal): Promise<DecisionModel> {
    return toDecisionModel(await this.decisions.updateDraft(input, actor));
  }

  @Authorize(PHYSICIANS)
  @Mutation(() => DecisionModel, { description: 'DRAFT → PROPOSED: ready for a physician to sign.' })
  async proposeDecision(@Args('input') input: DecisionStepInput, @CurrentPrincipal() actor: Principal): Promise<DecisionModel> {
    return toDecisionModel(await this.decisions.propose(input, actor));
  }

  @Authorize(PHYSICIANS)
  @Mutation(() => DecisionModel, {
    description: 'PROPOSED → SIGNED: snapshots the evidence, schedules the follow-ups and moves the case (DISCUSSED → DECISION_SIGNED → IN_FOLLOW_UP).',
  })
  async signDecision(@Args('input') input: DecisionStepInput, @CurrentPrincipal() actor: Principal): Promise<DecisionModel> {
    return toDecisionModel(await this.signing.sign(input, actor));
  }

  @Authorize(PHYSICIANS)
  @Mutation(() => DecisionModel, { description: 'A new DRAFT version of a SIGNED decision; signing it supersedes the earlier one.' })
  async amendDecision(@Args('input') input: AmendDecisionInput, @CurrentPrincipal() actor: Principal): Promise<DecisionModel> {
    return toDecisionModel(await this.decisions.amend(input, actor));
  }
}
