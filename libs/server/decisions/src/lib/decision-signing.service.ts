import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Role } from '@consilium/contracts';
import { AuditService } from '@consilium/server-audit';
import { CaseEntity, CaseStatus, CasesService, isoDate } from '@consilium/server-cases';
import { Clock, InputError, Principal, updateWithVersion } from '@consilium/server-core';
import { checkUpdate, DecisionAccessService } from './decision-access.service';
import { DecisionEntity, EvidenceSnapshot } from './decision.entity';
import { DecisionStatus, FollowUpStatus, PENDING_FOLLOW_UP } from './decision.enums';
import { requireStatus } from './decisions.service';
import { DecisionsErrorCode, DecisionsException } from './decisions.exception';
import { DecisionStepInput } from './dto/decision.inputs';
import { FollowUpEntity } from './follow-up.entity';
import { dueDateOf } from './follow-up-plan';
import { FollowUpSchedulerService } from './scheduling/follow-up-scheduler.service';

/** When the board signs inside a live meeting: who was in the room and whether it was quorate. */
export interface MeetingSignContext {
  meetingId: string;
  /** Count of members present per role (e.g. { PHYSICIAN: 2, RADIOLOGIST: 1 }). */
  rolesPresent: Partial<Record<Role, number>>;
  quorate: boolean;
  /** Required when the meeting is not quorate. */
  inquorateReason?: string | null;
}

/**
 * PROPOSED → SIGNED in one transaction: the evidence snapshot, the follow-up rows, the earlier
 * version SUPERSEDED (amendments), and the case DISCUSSED → DECISION_SIGNED → IN_FOLLOW_UP
 * (first decisions only; an amendment does not move the case).
 */
@Injectable()
export class DecisionSigningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DecisionAccessService,
    private readonly cases: CasesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly scheduler: FollowUpSchedulerService,
  ) {}

  async sign(input: DecisionStepInput, actor: Principal, meeting?: MeetingSignContext): Promise<DecisionEntity> {
    const inquorateReason = meeting?.inquorateReason?.trim() || null;
    if (meeting && !meeting.quorate && !inquorateReason) {
      throw new InputError('inquorateReason', 'The meeting is not quorate: say why the decision is signed anyway (inquorateReason).');
    }
    const signed = await this.dataSource.transaction(async (manager) => {
      const { row, kase } = await this.access.requireDecision(actor, input.decisionId, { manager, lock: true, field: 'input.decisionId' });
      requireStatus(row, DecisionStatus.PROPOSED, 'Only a proposed decision can be signed; this decision is');
      if (row.version !== input.expectedVersion) throw new DecisionsException(DecisionsErrorCode.STALE_VERSION, 'input.expectedVersion');
      if (!row.amendsDecisionId && kase.status !== CaseStatus.DISCUSSED) {
        throw new DecisionsException(DecisionsErrorCode.CASE_NOT_DISCUSSED, 'input.decisionId', `A decision is signed once the case has been discussed; the case is ${kase.status}.`);
      }
      const now = this.clock.now();
      const today = isoDate(now);
      row.followUpPlan.forEach((plan, index) => {
        if (plan.dueDate != null && plan.dueDate < today) {
          throw new InputError(`followUpPlan.${index}.dueDate`, `The planned date ${plan.dueDate} has passed; update the draft before signing.`);
        }
      });
      const supersededFollowUpIds = row.amendsDecisionId ? await this.supersede(manager, row, now, actor, kase) : [];

      const evidence = await this.evidence(manager, row.caseId);
      const patch = {
        status: DecisionStatus.SIGNED,
        signedBy: actor.userId,
        signedByName: actor.displayName,
        signedAt: now,
        evidence,
        ...(meeting ? { meetingId: meeting.meetingId, rolesPresent: meeting.rolesPresent, quorate: meeting.quorate, inquorateReason: meeting.quorate ? null : inquorateReason } : {}),
      };
      checkUpdate(await updateWithVersion(manager, DecisionEntity, row.id, input.expectedVersion, patch), DecisionsErrorCode.DECISION_NOT_FOUND);
      const followUps = row.followUpPlan.map((plan) =>
        manager.create(FollowUpEntity, {
          caseId: row.caseId,
          decisionId: row.id,
          modality: plan.modality,
          criteria: plan.criteria,
          dueDate: dueDateOf(plan, today),
          reminderLeadDays: plan.reminderLeadDays,
          status: FollowUpStatus.SCHEDULED,
        }),
      );
      if (followUps.length > 0) await manager.save(followUps);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'decision.signed',
        entityType: 'Decision',
        entityId: row.id,
        teamId: kase.teamId,
        data: {
          caseId: kase.id,
          revision: row.revision,
          evidence,
          meeting: meeting ? { id: meeting.meetingId, quorate: meeting.quorate, rolesPresent: meeting.rolesPresent, inquorateReason } : null,
          followUps: followUps.map((f) => ({ id: f.id, modality: f.modality, dueDate: f.dueDate })),
        },
      });

      if (!row.amendsDecisionId) await this.moveCase(manager, kase, followUps.length, actor);
      const decision = await manager.findOneByOrFail(DecisionEntity, { id: row.id });
      return { decision, followUpIds: followUps.map((f) => f.id), supersededFollowUpIds };
    });
    // After the commit: queue the new follow-ups' jobs and drop those of cancelled ones (the reconciler repairs a failure here).
    await this.scheduler.sync([...signed.followUpIds, ...signed.supersededFollowUpIds]);
    return signed.decision;
  }

  private async moveCase(manager: EntityManager, kase: CaseEntity, followUps: number, actor: Principal) {
    const signed = await this.cases.transition(manager, kase, CaseStatus.DECISION_SIGNED, actor.userId, 'MDT decision signed');
    if (followUps > 0) {
      await this.cases.transition(manager, signed, CaseStatus.IN_FOLLOW_UP, actor.userId, `${followUps} follow-up scan${followUps === 1 ? '' : 's'} scheduled`);
    }
  }

  /** The earlier signed version becomes SUPERSEDED (the one change its trigger allows); its pending follow-ups are cancelled. */
  private async supersede(manager: EntityManager, amendment: DecisionEntity, now: Date, actor: Principal, kase: CaseEntity): Promise<string[]> {
    const earlier = await manager
      .getRepository(DecisionEntity)
      .createQueryBuilder('d')
      .where('d.id = :id', { id: amendment.amendsDecisionId })
      .setLock('pessimistic_write')
      .getOneOrFail();
    if (earlier.status !== DecisionStatus.SIGNED) {
      throw new DecisionsException(DecisionsErrorCode.ILLEGAL_STATE, 'input.decisionId', `The decision this amends is ${earlier.status}, no longer the signed one.`);
    }
    const result = await updateWithVersion(manager, DecisionEntity, earlier.id, earlier.version, { status: DecisionStatus.SUPERSEDED, supersededBy: amendment.id, supersededAt: now });
    checkUpdate(result, DecisionsErrorCode.DECISION_NOT_FOUND, 'input.decisionId');
    const cancelled = await manager
      .createQueryBuilder()
      .update(FollowUpEntity)
      .set({ status: FollowUpStatus.CANCELLED, cancelReason: `Superseded by revision ${amendment.revision} of the decision`, version: () => 'version + 1' })
      .where({ decisionId: earlier.id, status: In([...PENDING_FOLLOW_UP]) })
      .returning(['id'])
      .execute();
    const cancelledIds = (cancelled.raw as { id: string }[]).map((r) => r.id);
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: 'decision.superseded',
      entityType: 'Decision',
      entityId: earlier.id,
      teamId: kase.teamId,
      data: { caseId: kase.id, supersededBy: amendment.id, cancelledFollowUps: cancelledIds },
    });
    return cancelledIds;
  }

  /** The case's current imaging reports (final or amended, not superseded) and signed pharmacist reviews, with their versions. */
  private async evidence(manager: EntityManager, caseId: string): Promise<EvidenceSnapshot> {
    const imagingReports: { id: string; version: number; status: string }[] = await manager.query(
      `SELECT id, version, status::text AS status FROM imaging_reports
        WHERE case_id = $1 AND status IN ('FINAL', 'AMENDED') AND superseded_by_id IS NULL
        ORDER BY study_date, id`,
      [caseId],
    );
    const pharmacistReviews: { id: string; version: number; status: string }[] = await manager.query(
      `SELECT id, version, status::text AS status FROM pharmacist_reviews
        WHERE case_id = $1 AND status = 'SIGNED'
        ORDER BY signed_at, id`,
      [caseId],
    );
    return { imagingReports, pharmacistReviews };
  }
}
