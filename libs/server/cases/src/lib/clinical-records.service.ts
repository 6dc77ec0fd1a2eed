import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { creatinineUmolToMgDl } from '@consilium/clinical-rules';
import { AuditService } from '@consilium/server-audit';
import { Clock, InputError, Principal, updateWithVersion } from '@consilium/server-core';
import { CaseAccessService } from './case-access.service';
import { CaseEntity } from './case.entity';
import {
  AllergyEntity,
  ClinicalMeasureEntity,
  MeasureKind,
  MedicationStatementEntity,
  PatientRenalStatusEntity,
} from './clinical-data.entities';
import { ClinicalDataService } from './clinical-data.service';
import { CasesErrorCode, CasesException } from './cases.exception';
import { assertNotBefore, assertNotFuture, isoDate } from './dates';
import {
  MedicationInput,
  RecordAllergyInput,
  RecordMeasureInput,
  RequestImagingInput,
  SetRenalStatusInput,
  StopMedicationInput,
} from './dto/clinical-data.inputs';
import { ContrastAgent, ImagingRequestEntity } from './imaging-request.entity';

/** Plausible ranges: a value outside is a typing error, not a patient. */
const RANGES: Record<MeasureKind, { units: string[]; min: number; max: number; label: string }> = {
  HEIGHT: { units: ['cm'], min: 30, max: 250, label: '30–250 cm' },
  WEIGHT: { units: ['kg'], min: 1, max: 400, label: '1–400 kg' },
  SERUM_CREATININE: { units: ['mg/dL', 'µmol/L', 'umol/L'], min: 0.05, max: 30, label: '0.05–30 mg/dL (4.4–2652 µmol/L)' },
};

/** Writes a patient's clinical data through one of their cases; every write notifies listeners. */
@Injectable()
export class ClinicalRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly clinicalData: ClinicalDataService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  recordMeasure(input: RecordMeasureInput, actor: Principal) {
    const range = RANGES[input.kind];
    if (!range.units.includes(input.unit)) throw new InputError('input.unit', `unit for ${input.kind} must be ${range.units.join(' or ')}`);
    const normalized = input.kind === MeasureKind.SERUM_CREATININE && input.unit !== 'mg/dL' ? creatinineUmolToMgDl(input.value) : input.value;
    if (!(normalized >= range.min && normalized <= range.max)) {
      throw new InputError('input.value', `value for ${input.kind} must be within ${range.label}`);
    }
    assertNotFuture('input.measuredOn', input.measuredOn, isoDate(this.clock.now()));
    return this.write(input.caseId, actor, 'clinical.measure-recorded', async (manager, kase) => {
      const row = await manager.save(
        manager.create(ClinicalMeasureEntity, {
          patientId: kase.patientId,
          kind: input.kind,
          value: input.value,
          unit: input.unit === 'umol/L' ? 'µmol/L' : input.unit,
          normalizedValue: normalized,
          measuredOn: input.measuredOn,
          recordedBy: actor.userId,
        }),
      );
      return { id: row.id, kind: input.kind };
    });
  }

  setRenalStatus(input: SetRenalStatusInput, actor: Principal) {
    return this.write(input.caseId, actor, 'clinical.renal-status-set', async (manager, kase) => {
      await manager.upsert(PatientRenalStatusEntity, { patientId: kase.patientId, aki: input.aki, onDialysis: input.onDialysis }, ['patientId']);
      return { aki: input.aki, onDialysis: input.onDialysis };
    });
  }

  recordAllergy(input: RecordAllergyInput, actor: Principal) {
    return this.write(input.caseId, actor, 'clinical.allergy-recorded', async (manager, kase) => {
      const row = await manager.save(
        manager.create(AllergyEntity, {
          patientId: kase.patientId,
          substance: input.substance,
          reaction: input.reaction ?? null,
          severity: input.severity,
          contrastReaction: input.contrastReaction,
          recordedBy: actor.userId,
        }),
      );
      return { id: row.id, severity: input.severity, contrastReaction: input.contrastReaction };
    });
  }

  addMedication(input: MedicationInput, actor: Principal) {
    assertNotBefore('input.stopDate', input.stopDate, input.startDate ?? '0000-01-01', 'the start date');
    return this.write(input.caseId, actor, 'clinical.medication-added', async (manager, kase) => {
      const row = await manager.save(
        manager.create(MedicationStatementEntity, {
          patientId: kase.patientId,
          drug: input.drug.toLowerCase(),
          dose: input.dose ?? null,
          route: input.route ?? null,
          frequency: input.frequency ?? null,
          startDate: input.startDate ?? null,
          stopDate: input.stopDate ?? null,
          recordedBy: actor.userId,
        }),
      );
      return { id: row.id };
    });
  }

  stopMedication(input: StopMedicationInput, actor: Principal) {
    return this.write(input.caseId, actor, 'clinical.medication-stopped', async (manager, kase) => {
      const med = await manager.findOneBy(MedicationStatementEntity, { id: input.medicationId, patientId: kase.patientId });
      if (!med) throw new CasesException(CasesErrorCode.RECORD_NOT_FOUND, 'input.medicationId');
      assertNotBefore('input.stopDate', input.stopDate, med.startDate ?? '0000-01-01', 'the start date');
      const result = await updateWithVersion(manager, MedicationStatementEntity, med.id, input.expectedVersion, { stopDate: input.stopDate });
      if (result === 'stale') throw new CasesException(CasesErrorCode.STALE_VERSION, 'input.expectedVersion');
      return { id: med.id };
    });
  }

  requestImaging(input: RequestImagingInput, actor: Principal) {
    if (input.contrastAgent !== ContrastAgent.NONE && !input.contrastRoute) {
      throw new InputError('input.contrastRoute', 'contrastRoute is required when a contrast agent is given');
    }
    return this.write(input.caseId, actor, 'imaging.requested', async (manager, kase) => {
      const row = await manager.save(
        manager.create(ImagingRequestEntity, {
          caseId: kase.id,
          modality: input.modality,
          bodyRegion: input.bodyRegion,
          contrastAgent: input.contrastAgent,
          contrastRoute: input.contrastAgent === ContrastAgent.NONE ? null : input.contrastRoute,
          plannedDate: input.plannedDate,
          requestedBy: actor.userId,
        }),
      );
      return { id: row.id, modality: input.modality, contrastAgent: input.contrastAgent };
    });
  }

  /** One transaction: access check, the write, listeners (e.g. pharmacy re-computes), audit. */
  private async write(caseId: string, actor: Principal, action: string, work: (manager: EntityManager, kase: CaseEntity) => Promise<Record<string, unknown>>): Promise<CaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.access.requireCase(actor, caseId, { manager, field: 'input.caseId' });
      const data = await work(manager, kase);
      await this.clinicalData.notifyChanged(kase.patientId, manager);
      await this.audit.record(manager, { actorId: actor.userId, action, entityType: 'Case', entityId: kase.id, teamId: kase.teamId, data });
      return kase;
    });
  }
}
