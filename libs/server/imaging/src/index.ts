export { ImagingModule } from './lib/imaging.module';
export { ImagingService } from './lib/imaging.service';
export { AfterCommit, ReportFinalisedEvent, ReportFinalisedHooks, ReportFinalisedListener } from './lib/report-finalised.hooks';
export { ImagingReportEntity } from './lib/imaging-report.entity';
export { TrackedLesionEntity } from './lib/tracked-lesion.entity';
export { LesionMeasurementEntity } from './lib/lesion-measurement.entity';
export { ReportResponseEntity } from './lib/report-response.entity';
export { ImagingReportStatus, LesionRole, NewLesionFinding, NonTargetResponse, ResponseCriteria } from './lib/imaging-enums';
export { ImagingErrorCode, ImagingException } from './lib/imaging.exception';
export { seedImagingDemo, ImagingDemoCaseIds, ImagingDemoSummary } from './lib/imaging-demo';

import { ImagingReportEntity } from './lib/imaging-report.entity';
import { LesionMeasurementEntity } from './lib/lesion-measurement.entity';
import { ReportResponseEntity } from './lib/report-response.entity';
import { TrackedLesionEntity } from './lib/tracked-lesion.entity';

export const IMAGING_ENTITIES = [ImagingReportEntity, TrackedLesionEntity, LesionMeasurementEntity, ReportResponseEntity];
