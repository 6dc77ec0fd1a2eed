import { Module } from '@nestjs/common';
import { CaseAccessService } from './case-access.service';
import { CaseFieldsResolver } from './case-fields.resolver';
import { CasesResolver } from './cases.resolver';
import { CasesService } from './cases.service';
import { ClinicalDataService } from './clinical-data.service';
import { ClinicalRecordsResolver } from './clinical-records.resolver';
import { ClinicalRecordsService } from './clinical-records.service';
import { CaseLoaders } from './loaders/case-loaders.service';
import { ReadinessRegistry } from './readiness';
import { ReadinessService } from './readiness.service';
import { CaseWorklistService } from './worklist.service';
import { TeamSettingsResolver, TeamSettingsService } from './team-settings';

@Module({
  providers: [
    CaseAccessService,
    ClinicalDataService,
    ReadinessRegistry,
    ReadinessService,
    CasesService,
    ClinicalRecordsService,
    CaseWorklistService,
    CaseLoaders,
    CasesResolver,
    CaseFieldsResolver,
    ClinicalRecordsResolver,
    TeamSettingsService,
    TeamSettingsResolver,
  ],
  exports: [CaseAccessService, ClinicalDataService, ReadinessRegistry, ReadinessService, CasesService],
})
export class CasesModule {}
