import { Module, OnModuleInit } from '@nestjs/common';
import { CasesModule, ReadinessRegistry } from '@consilium/server-cases';
import { ImagingReadinessContributor } from './imaging-readiness.contributor';
import { CaseImagingResolver, ImagingResolver, LesionMeasurementResolver } from './imaging.resolver';
import { ImagingService } from './imaging.service';

@Module({
  imports: [CasesModule],
  providers: [ImagingService, ImagingResolver, LesionMeasurementResolver, CaseImagingResolver, ImagingReadinessContributor],
  exports: [ImagingService, ImagingReadinessContributor],
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
