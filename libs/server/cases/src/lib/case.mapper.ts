import { CaseEntity } from './case.entity';
import { CaseModel, PatientModel } from './case.model';
import { PatientEntity } from './patient.entity';

export function toCaseModel(entity: CaseEntity): CaseModel {
  return Object.assign(new CaseModel(), {
    id: entity.id,
    patientId: entity.patientId,
    teamId: entity.teamId,
    referralDate: entity.referralDate,
    referralSource: entity.referralSource,
    question: entity.question,
    clinicalSummary: entity.clinicalSummary,
    diagnosisCode: entity.diagnosisCode,
    diagnosisText: entity.diagnosisText,
    tnm: entity.tnm,
    ecog: entity.ecog,
    priority: entity.priority,
    status: entity.status,
    targetDiscussionDate: entity.targetDiscussionDate,
    readinessOverrideReason: entity.readinessOverrideReason,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    version: entity.version,
  });
}

export function toPatientModel(entity: PatientEntity): PatientModel {
  return Object.assign(new PatientModel(), {
    id: entity.id,
    mrn: entity.mrn,
    givenName: entity.givenName,
    familyName: entity.familyName,
    birthDate: entity.birthDate,
    sex: entity.sex,
    version: entity.version,
  });
}
