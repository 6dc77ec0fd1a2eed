import { Module } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CaseAccessService, CaseModel, CasesModule } from '@consilium/server-cases';
import { Authorize, CurrentPrincipal, Principal } from '@consilium/server-core';

/**
 * Tests only: a query that returns a Case, so `Case.imagingReports` can be exercised whether or
 * not the cases room's own `case` query is present in the app under test.
 */
@Resolver(() => CaseModel)
export class CaseProbeResolver {
  constructor(private readonly access: CaseAccessService) {}

  @Authorize()
  @Query(() => CaseModel, { name: 'imagingTestCase' })
  async imagingTestCase(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<CaseModel> {
    const found = await this.access.requireCase(principal, id);
    return Object.assign(new CaseModel(), { ...found, tnm: null });
  }
}

@Module({ imports: [CasesModule], providers: [CaseProbeResolver] })
export class CaseProbeModule {}
