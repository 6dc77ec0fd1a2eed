import { ImagingReportEntity } from './lib/imaging-report.entity';
import { LesionMeasurementEntity } from './lib/lesion-measurement.entity';
import { ReportResponseEntity } from './lib/report-response.entity';
import { TrackedLesionEntity } from './lib/tracked-lesion.entity';

export const IMAGING_ENTITIES = [ImagingReportEntity, TrackedLesionEntity, LesionMeasurementEntity, ReportResponseEntity];
