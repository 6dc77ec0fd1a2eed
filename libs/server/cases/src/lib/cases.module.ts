import { Module } from '@nestjs/common';
import { CaseAccessService } from './case-access.service';
import { ClinicalDataService } from './clinical-data.service';
import { ReadinessRegistry } from './readiness';

@Module({
  providers: [CaseAccessService, ClinicalDataService, ReadinessRegistry],
  exports: [CaseAccessService, ClinicalDataService, ReadinessRegistry],
})
export class CasesModule {}
