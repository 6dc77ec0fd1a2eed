import { Module, OnModuleInit } from '@nestjs/common';
import { CasesModule, ReadinessRegistry } from '@consilium/server-cases';
import { ImagingReadinessContributor } from './imaging-readiness.contributor';
import { CaseImagingResolver, ImagingResolver, LesionMeasurementResolver } from './imaging.resolver';
import { ImagingService } from './imaging.service';
import { ReportFinalisedHooks } from './report-finalised.hooks';

@Module({
  imports: [CasesModule],
  providers: [ImagingService, ImagingResolver, LesionMeasurementResolver, CaseImagingResolver, ImagingReadinessContributor, ReportFinalisedHooks],
  exports: [ImagingService, ImagingReadinessContributor, ReportFinalisedHooks],
})
export class ImagingModule implements OnModuleInit {
  constructor(
    private readonly readiness: ReadinessRegistry,
    private readonly contributor: ImagingReadinessContributor,
  ) {}

  onModuleInit(): void {
    this.readiness.register(this.contributor);
  }
}
