import { Module } from '@nestjs/common';
import { KpiTargetsService } from './kpi-targets.service';
import { KpisResolver } from './kpis.resolver';
import { KpisService } from './kpis.service';

/** Turnaround KPIs for administrators, computed from the recorded facts (docs/kpis.md). */
@Module({
  providers: [KpisService, KpiTargetsService, KpisResolver],
  exports: [KpisService],
})
export class KpisModule {}
