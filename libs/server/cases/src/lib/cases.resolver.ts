import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import { Authorize, CurrentPrincipal, Principal } from '@consilium/server-core';
import { CaseAccessService } from './case-access.service';
import { CaseStatus } from './case-status';
import { CaseModel } from './case.model';
import { toCaseModel } from './case.mapper';
import { CasesService } from './cases.service';
import { CaseTransitionInput, ReferCaseInput, UpdateCaseInput } from './dto/case.inputs';
import { CaseConnectionModel, CaseWorklistArgs } from './worklist';
import { CaseWorklistService } from './worklist.service';

@ArgsType()
class CaseIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a case id' })
  id!: string;
}

const REFERRERS = { roles: [Role.COORDINATOR, Role.PHYSICIAN] };
const COORDINATORS = { roles: [Role.COORDINATOR] };

@Resolver(() => CaseModel)
export class CasesResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly access: CaseAccessService,
    private readonly worklist: CaseWorklistService,
  ) {}

  @Authorize()
  @Query(() => CaseModel, { name: 'case', description: 'A case of one of your teams (others read as NOT_FOUND).' })
  async getCase(@Args() args: CaseIdArgs, @CurrentPrincipal() principal: Principal): Promise<CaseModel> {
    return toCaseModel(await this.access.requireCase(principal, args.id, { field: 'id' }));
  }

  @Authorize()
  @Query(() => CaseConnectionModel, { description: "The coordinator's worklist: your teams' cases with readiness." })
  async caseWorklist(@Args() args: CaseWorklistArgs, @CurrentPrincipal() principal: Principal): Promise<CaseConnectionModel> {
    const page = await this.worklist.page(args, principal);
    return {
      edges: page.rows.map((row) => ({ cursor: row.cursor, node: toCaseModel(row.entity) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  @Authorize({ ...REFERRERS, teamArg: 'input.teamId' })
  @Mutation(() => CaseModel, { description: 'Refer a case to one of your teams (status REFERRED).' })
  async referCase(@Args('input') input: ReferCaseInput, @CurrentPrincipal() actor: Principal): Promise<CaseModel> {
    return toCaseModel(await this.cases.refer(input, actor));
  }

  @Authorize(REFERRERS)
  @Mutation(() => CaseModel)
  async updateCase(@Args('input') input: UpdateCaseInput, @CurrentPrincipal() actor: Principal): Promise<CaseModel> {
    return toCaseModel(await this.cases.update(input, actor));
  }

  @Authorize(COORDINATORS)
  @Mutation(() => CaseModel, { description: 'REFERRED → TRIAGED (also DEFERRED or IN_FOLLOW_UP → TRIAGED: back on the worklist).' })
  async triageCase(@Args('input') input: CaseTransitionInput, @CurrentPrincipal() actor: Principal): Promise<CaseModel> {
    return toCaseModel(await this.cases.step(CaseStatus.TRIAGED, input, actor));
  }

  @Authorize(COORDINATORS)
  @Mutation(() => CaseModel, { description: 'TRIAGED → READY when the readiness checklist is complete, or with a reason (recorded override).' })
  async markCaseReady(@Args('input') input: CaseTransitionInput, @CurrentPrincipal() actor: Principal): Promise<CaseModel> {
    return toCaseModel(await this.cases.step(CaseStatus.READY, input, actor));
  }

  @Authorize(COORDINATORS)
  @Mutation(() => CaseModel, { description: 'Defer with a reason; the case returns to the worklist.' })
  async deferCase(@Args('input') input: CaseTransitionInput, @CurrentPrincipal() actor: Principal): Promise<CaseModel> {
    return toCaseModel(await this.cases.step(CaseStatus.DEFERRED, input, actor));
  }

  @Authorize(COORDINATORS)
  @Mutation(() => CaseModel, { description: 'Withdraw with a reason; final.' })
  async withdrawCase(@Args('input') input: CaseTransitionInput, @CurrentPrincipal() actor: Principal): Promise<CaseModel> {
    return toCaseModel(await this.cases.step(CaseStatus.WITHDRAWN, input, actor));
  }

  @Authorize(COORDINATORS)
  @Mutation(() => CaseModel, { description: 'Close a case after its decision or follow-up; final.' })
  async closeCase(@Args('input') input: CaseTransitionInput, @CurrentPrincipal() actor: Principal): Promise<CaseModel> {
    return toCaseModel(await this.cases.step(CaseStatus.CLOSED, input, actor));
  }
}
