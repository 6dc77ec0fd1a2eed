import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@consilium/server-audit';
import { Clock, InputError, Principal, updateWithVersion } from '@consilium/server-core';
import { CaseAccessService } from './case-access.service';
import { CaseEventEntity } from './case-event.entity';
import { CaseStatus } from './case-status';
import { canTransition, REASON_REQUIRED } from './case-workflow';
import { CaseEntity } from './case.entity';
import { CasesErrorCode, CasesException } from './cases.exception';
import { assertNotBefore, assertNotFuture, isoDate } from './dates';
import { CaseTransitionInput, ReferCaseInput, UpdateCaseInput } from './dto/case.inputs';
import { PatientEntity } from './patient.entity';
import { ReadinessService } from './readiness.service';

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly readiness: ReadinessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** A new referral: the patient (found by MRN, or created) and the case, status REFERRED. */
  async refer(input: ReferCaseInput, actor: Principal): Promise<CaseEntity> {
    const today = isoDate(this.clock.now());
    assertNotFuture('input.referralDate', input.referralDate, today);
    assertNotFuture('input.patient.birthDate', input.patient.birthDate, today);
    assertNotBefore('input.patient.birthDate', input.patient.birthDate, '1900-01-01', 'the year 1900');
    assertNotBefore('input.targetDiscussionDate', input.targetDiscussionDate, input.referralDate, 'the referral date');

    return this.dataSource.transaction(async (manager) => {
      const patient = await this.findOrCreatePatient(manager, input);
      const entity = await manager.save(
        manager.create(CaseEntity, {
          patientId: patient.id,
          teamId: input.teamId,
          referralDate: input.referralDate,
          referralSource: input.referralSource,
          question: input.question ?? null,
          clinicalSummary: input.clinicalSummary ?? null,
          diagnosisCode: input.diagnosisCode ?? null,
          diagnosisText: input.diagnosisText ?? null,
          tnm: input.tnm ? normaliseTnm(input.tnm) : null,
          ecog: input.ecog ?? null,
          priority: input.priority,
          status: CaseStatus.REFERRED,
          targetDiscussionDate: input.targetDiscussionDate ?? null,
          createdBy: actor.userId,
        }),
      );
      await this.recordEvent(manager, entity.id, null, CaseStatus.REFERRED, actor.userId, `Referred by ${input.referralSource}`);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'case.referred',
        entityType: 'Case',
        entityId: entity.id,
        teamId: entity.teamId,
        data: { patientId: patient.id, priority: entity.priority },
      });
      return entity;
    });
  }

  async update(input: UpdateCaseInput, actor: Principal): Promise<CaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.access.requireCase(actor, input.caseId, { manager, field: 'input.caseId' });
      if (current.status === CaseStatus.CLOSED || current.status === CaseStatus.WITHDRAWN) {
        throw new CasesException(CasesErrorCode.ILLEGAL_TRANSITION, 'input.caseId', `A ${current.status.toLowerCase()} case cannot be edited.`);
      }
      assertNotBefore('input.targetDiscussionDate', input.targetDiscussionDate, current.referralDate, 'the referral date');
      const patch: Partial<CaseEntity> = {};
      for (const key of ['question', 'clinicalSummary', 'diagnosisCode', 'diagnosisText', 'ecog', 'priority', 'targetDiscussionDate'] as const) {
        if (input[key] !== undefined) (patch as Record<string, unknown>)[key] = input[key];
      }
      if (input.tnm !== undefined) patch.tnm = input.tnm ? normaliseTnm(input.tnm) : null;
      this.check(await updateWithVersion(manager, CaseEntity, current.id, input.expectedVersion, patch));
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'case.updated',
        entityType: 'Case',
        entityId: current.id,
        teamId: current.teamId,
        data: { fields: Object.keys(patch) },
      });
      return manager.findOneByOrFail(CaseEntity, { id: current.id });
    });
  }

  /**
   * A named step of the journey, from GraphQL. READY needs a complete readiness checklist, or
   * a reason that is recorded as an override.
   */
  async step(to: CaseStatus, input: CaseTransitionInput, actor: Principal): Promise<CaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.access.requireCase(actor, input.caseId, { manager, lock: true, field: 'input.caseId' });
      let reason = input.reason ?? null;
      let override: string | null | undefined;
      if (to === CaseStatus.READY && canTransition(current.status, to)) {
        const result = (await this.readiness.evaluate([current], manager)).get(current.id)!;
        if (!result.ready) {
          if (!reason) {
            const missing = result.items.filter((i) => !i.satisfied).map((i) => i.label);
            throw new CasesException(CasesErrorCode.NOT_READY, 'input.reason', `The case is not ready: missing ${missing.join('; ')}. Give a reason to override.`);
          }
          override = reason;
          reason = `Readiness override: ${reason}`;
        } else {
          override = null;
        }
      }
      return this.transition(manager, current, to, actor.userId, reason, input.expectedVersion, override);
    });
  }

  /**
   * Moves a case one step inside the caller's transaction, recording who, when and why.
   * Other features (meetings, decisions, follow-ups) call this for their steps.
   */
  async transition(
    manager: EntityManager,
    current: CaseEntity,
    to: CaseStatus,
    actorId: string | null,
    reason: string | null,
    expectedVersion?: number,
    readinessOverrideReason?: string | null,
  ): Promise<CaseEntity> {
    if (!canTransition(current.status, to)) {
      throw new CasesException(
        CasesErrorCode.ILLEGAL_TRANSITION,
        'input.caseId',
        `A case that is ${current.status} cannot become ${to}.`,
      );
    }
    if (REASON_REQUIRED.has(to) && !reason) throw new InputError('input.reason', `reason is required to make a case ${to}`);
    const patch: Partial<CaseEntity> = { status: to };
    if (readinessOverrideReason !== undefined) patch.readinessOverrideReason = readinessOverrideReason;
    this.check(await updateWithVersion(manager, CaseEntity, current.id, expectedVersion ?? current.version, patch));
    await this.recordEvent(manager, current.id, current.status, to, actorId, reason);
    await this.audit.record(manager, {
      actorId,
      action: `case.${to.toLowerCase()}`,
      entityType: 'Case',
      entityId: current.id,
      teamId: current.teamId,
      data: { from: current.status, to },
    });
    return manager.findOneByOrFail(CaseEntity, { id: current.id });
  }

  private async recordEvent(manager: EntityManager, caseId: string, from: CaseStatus | null, to: CaseStatus, actorId: string | null, reason: string | null) {
    await manager.insert(CaseEventEntity, { caseId, fromStatus: from, toStatus: to, actorId, occurredAt: this.clock.now(), reason });
  }

  private async findOrCreatePatient(manager: EntityManager, input: ReferCaseInput): Promise<PatientEntity> {
    const mrn = input.patient.mrn.toUpperCase();
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`patient:${mrn}`]);
    const existing = await manager.findOneBy(PatientEntity, { mrn });
    if (existing) {
      const same =
        existing.birthDate === input.patient.birthDate &&
        existing.familyName.toLowerCase() === input.patient.familyName.toLowerCase();
      if (!same) throw new CasesException(CasesErrorCode.MRN_TAKEN, 'input.patient.mrn', 'This MRN belongs to a patient with a different name or birth date.');
      return existing;
    }
    return manager.save(manager.create(PatientEntity, { ...input.patient, mrn }));
  }

  private check(result: 'updated' | 'missing' | 'stale') {
    if (result === 'missing') throw new CasesException(CasesErrorCode.CASE_NOT_FOUND, 'input.caseId');
    if (result === 'stale') throw new CasesException(CasesErrorCode.STALE_VERSION, 'input.expectedVersion');
  }
}

function normaliseTnm(tnm: { prefix?: string | null; t?: string | null; n?: string | null; m?: string | null; stageGroup?: string | null; edition?: string | null }) {
  return {
    prefix: tnm.prefix ?? null,
    t: tnm.t ?? null,
    n: tnm.n ?? null,
    m: tnm.m ?? null,
    stageGroup: tnm.stageGroup ?? null,
    edition: tnm.edition ?? null,
  };
}
