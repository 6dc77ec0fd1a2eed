export { CasesModule } from './lib/cases.module';
export { CaseAccessService } from './lib/case-access.service';
export { ClinicalDataService } from './lib/clinical-data.service';
export { CasesService } from './lib/cases.service';
export { ReadinessService, ReadinessResult } from './lib/readiness.service';
export { canTransition, TRANSITIONS } from './lib/case-workflow';
export { isoDate, daysBetween } from './lib/dates';
export { ClinicalSnapshot, ClinicalDataListener, DatedValue } from './lib/clinical-data.types';
export { ReadinessRegistry, ReadinessContributor, ReadinessItem, TeamCaseSettings, TeamCaseSettingsEntity, defaultTeamCaseSettings } from './lib/readiness';
export { CaseStatus, CasePriority, PatientSex } from './lib/case-status';
export { CaseEntity, TnmStaging } from './lib/case.entity';
export { CaseEventEntity } from './lib/case-event.entity';
export { PatientEntity } from './lib/patient.entity';
export {
  AllergyEntity,
  ClinicalMeasureEntity,
  MeasureKind,
  MedicationStatementEntity,
  PatientRenalStatusEntity,
  ReactionSeverity,
} from './lib/clinical-data.entities';
export { CasesErrorCode, CasesException } from './lib/cases.exception';
export { CaseModel, PatientModel, TnmStagingModel } from './lib/case.model';
export { toCaseModel, toPatientModel } from './lib/case.mapper';
export {
  ContrastAgent,
  ContrastRoute,
  ImagingModality,
  ImagingRequestEntity,
  ImagingRequestStatus,
} from './lib/imaging-request.entity';

import { AllergyEntity, ClinicalMeasureEntity, MedicationStatementEntity, PatientRenalStatusEntity } from './lib/clinical-data.entities';
import { CaseEventEntity } from './lib/case-event.entity';
import { CaseEntity } from './lib/case.entity';
import { PatientEntity } from './lib/patient.entity';
import { TeamCaseSettingsEntity } from './lib/readiness';
import { ImagingRequestEntity } from './lib/imaging-request.entity';

export const CASES_ENTITIES = [
  PatientEntity,
  CaseEntity,
  CaseEventEntity,
  ClinicalMeasureEntity,
  PatientRenalStatusEntity,
  AllergyEntity,
  MedicationStatementEntity,
  TeamCaseSettingsEntity,
  ImagingRequestEntity,
];
