export { KpisModule } from './lib/kpis.module';
export { KpisWorkerModule } from './lib/kpis-worker.module';
export { KpisService } from './lib/kpis.service';
export { KpiFactKind, KPI_FACTS_SQL, kpiAggregateSql, kpiBreakdownSql, kpiPercentileSql } from './lib/kpi-facts';
export { KpiFigure } from './lib/kpi.model';
export { TeamKpiTargetsEntity, KpiRefreshStateEntity, DEFAULT_KPI_TARGETS } from './lib/team-kpi-targets.entity';
export { DEFAULT_KPI_DATA, generateKpiData, KpiDataOptions, kpiDataSteps } from './lib/synthetic/kpi-data-generator';
export { KPI_MAINTENANCE_QUEUE, KPI_REFRESH_SCHEDULER } from './lib/kpi-refresh.processor';

import { KpiRefreshStateEntity, TeamKpiTargetsEntity } from './lib/team-kpi-targets.entity';

export const KPIS_ENTITIES = [TeamKpiTargetsEntity, KpiRefreshStateEntity];
