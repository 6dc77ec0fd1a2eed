import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AllergyEntity,
  ClinicalMeasureEntity,
  MeasureKind,
  MedicationStatementEntity,
  PatientRenalStatusEntity,
  ReactionSeverity,
} from './clinical-data.entities';
import { ClinicalDataListener, ClinicalSnapshot, DatedValue } from './clinical-data.types';
import { CasesErrorCode, CasesException } from './cases.exception';
import { PatientEntity } from './patient.entity';

const SEVERITY_ORDER: Record<ReactionSeverity, number> = { MILD: 1, MODERATE: 2, SEVERE: 3 };

function dated(measure: ClinicalMeasureEntity | undefined): DatedValue | null {
  if (!measure) return null;
  return { value: measure.normalizedValue, enteredValue: measure.value, enteredUnit: measure.unit, measuredOn: measure.measuredOn };
}

/** Reads a patient's clinical data for the rules, and tells listeners when it changes. */
@Injectable()
export class ClinicalDataService {
  private readonly listeners: ClinicalDataListener[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onChange(listener: ClinicalDataListener): void {
    this.listeners.push(listener);
  }

  /** Runs every listener inside the caller's transaction. */
  async notifyChanged(patientId: string, manager: EntityManager): Promise<void> {
    for (const listener of this.listeners) await listener(patientId, manager);
  }

  /** The latest of each measure (by measurement date), renal flags, allergies and active medications on `onDate`. */
  async snapshot(patientId: string, onDate: string, manager: EntityManager = this.dataSource.manager): Promise<ClinicalSnapshot> {
    const patient = await manager.findOneBy(PatientEntity, { id: patientId });
    if (!patient) throw new CasesException(CasesErrorCode.PATIENT_NOT_FOUND, 'patientId');
    const [latest, renal, allergies, medications] = await Promise.all([
      manager
        .getRepository(ClinicalMeasureEntity)
        .createQueryBuilder('m')
        .distinctOn(['m.kind'])
        .where('m.patient_id = :patientId AND m.measured_on <= :onDate', { patientId, onDate })
        .orderBy('m.kind')
        .addOrderBy('m.measured_on', 'DESC')
        .addOrderBy('m.created_at', 'DESC')
        .getMany(),
      manager.findOneBy(PatientRenalStatusEntity, { patientId }),
      manager.find(AllergyEntity, { where: { patientId }, order: { createdAt: 'ASC' } }),
      manager
        .getRepository(MedicationStatementEntity)
        .createQueryBuilder('med')
        .where('med.patient_id = :patientId', { patientId })
        .andWhere('(med.start_date IS NULL OR med.start_date <= :onDate)', { onDate })
        .andWhere('(med.stop_date IS NULL OR med.stop_date >= :onDate)', { onDate })
        .orderBy('med.drug')
        .getMany(),
    ]);
    const byKind = new Map(latest.map((m) => [m.kind, m]));
    const contrast = allergies.filter((a) => a.contrastReaction).sort((a, b) => SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity]);
    return {
      patientId,
      birthDate: patient.birthDate,
      sex: patient.sex,
      height: dated(byKind.get(MeasureKind.HEIGHT)),
      weight: dated(byKind.get(MeasureKind.WEIGHT)),
      creatinine: dated(byKind.get(MeasureKind.SERUM_CREATININE)),
      aki: renal?.aki ?? false,
      onDialysis: renal?.onDialysis ?? false,
      priorContrastReaction: contrast[0]?.severity ?? 'NONE',
      allergies: allergies.map((a) => ({ substance: a.substance, severity: a.severity, contrastReaction: a.contrastReaction })),
      activeMedications: medications.map((m) => ({ id: m.id, drug: m.drug, dose: m.dose, route: m.route, frequency: m.frequency })),
    };
  }
}
