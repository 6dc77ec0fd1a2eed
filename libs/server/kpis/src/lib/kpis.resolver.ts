import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@consilium/contracts';
import { Authorize, CurrentPrincipal, Principal } from '@consilium/server-core';
import { KpiCasesArgs, KpiDashboardArgs, OverdueFollowUpsArgs, SetTeamKpiTargetsInput, TeamIdArgs } from './dto/kpi.inputs';
import { KpiCasePageModel, KpiDashboardModel, KpiRefreshModel, OverdueFollowUpModel, TeamKpiTargetsModel } from './kpi.model';
import { KpiTargetsService } from './kpi-targets.service';
import { KpisService } from './kpis.service';

/** KPIs and their targets are for administrators only (docs/kpis.md). */
const ADMIN = { roles: [Role.ADMINISTRATOR] };

@Resolver()
export class KpisResolver {
  constructor(
    private readonly kpis: KpisService,
    private readonly targets: KpiTargetsService,
  ) {}

  @Authorize(ADMIN)
  @Query(() => KpiDashboardModel, {
    description: 'Turnaround KPIs and their monthly trend for a team (or all teams) over a date range.',
  })
  kpiDashboard(@Args() args: KpiDashboardArgs): Promise<KpiDashboardModel> {
    return this.kpis.dashboard(args.filter);
  }

  @Authorize(ADMIN)
  @Query(() => KpiCasePageModel, {
    description: 'The facts (cases, reports, decisions, follow-ups) behind one dashboard figure.',
  })
  kpiCases(@Args() args: KpiCasesArgs): Promise<KpiCasePageModel> {
    return this.kpis.cases(args);
  }

  @Authorize(ADMIN)
  @Query(() => [OverdueFollowUpModel], {
    description: 'Pending follow-ups past their due date plus the grace period, now.',
  })
  overdueFollowUps(@Args() args: OverdueFollowUpsArgs): Promise<OverdueFollowUpModel[]> {
    return this.kpis.overdue(args.teamId ?? null);
  }

  @Authorize(ADMIN)
  @Mutation(() => KpiRefreshModel, {
    description: 'Recompute the KPI facts now (the worker does it every 30 minutes).',
  })
  refreshKpis(): Promise<KpiRefreshModel> {
    return this.kpis.refresh();
  }

  @Authorize(ADMIN)
  @Query(() => TeamKpiTargetsModel, {
    description: "A team's KPI targets (defaults when never set).",
  })
  teamKpiTargets(@Args() args: TeamIdArgs): Promise<TeamKpiTargetsModel> {
    return this.targets.get(args.teamId);
  }

  @Authorize(ADMIN)
  @Mutation(() => TeamKpiTargetsModel)
  setTeamKpiTargets(@Args('input') input: SetTeamKpiTargetsInput, @CurrentPrincipal() actor: Principal): Promise<TeamKpiTargetsModel> {
    return this.targets.set(input, actor);
  }
}
