import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@consilium/server-audit';
import { CaseEntity, isoDate } from '@consilium/server-cases';
import { Clock, InputError, Principal, updateWithVersion } from '@consilium/server-core';
import { checkUpdate, DecisionAccessService } from './decision-access.service';
import { FollowUpStatus, PENDING_FOLLOW_UP } from './decision.enums';
import { DecisionsErrorCode, DecisionsException } from './decisions.exception';
import { CancelFollowUpInput, RescheduleFollowUpInput } from './dto/decision.inputs';
import { FollowUpEntity } from './follow-up.entity';
import { FollowUpSchedulerService } from './scheduling/follow-up-scheduler.service';

/** A person moves or cancels a pending follow-up; its queued jobs move or go with it. */
@Injectable()
export class FollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DecisionAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly scheduler: FollowUpSchedulerService,
  ) {}

  async reschedule(input: RescheduleFollowUpInput, actor: Principal): Promise<FollowUpEntity> {
    const today = isoDate(this.clock.now());
    if (input.dueDate < today) throw new InputError('input.dueDate', `input.dueDate cannot be in the past (today is ${today})`);
    return this.change(input.followUpId, input.expectedVersion, actor, async (manager, row, kase) => {
      checkUpdate(await updateWithVersion(manager, FollowUpEntity, row.id, input.expectedVersion, { dueDate: input.dueDate, status: FollowUpStatus.SCHEDULED, scheduleRevision: row.scheduleRevision + 1 }), DecisionsErrorCode.FOLLOW_UP_NOT_FOUND);
      await this.record(manager, actor, 'follow_up.rescheduled', row, kase, { from: row.dueDate, to: input.dueDate });
    });
  }

  async cancel(input: CancelFollowUpInput, actor: Principal): Promise<FollowUpEntity> {
    return this.change(input.followUpId, input.expectedVersion, actor, async (manager, row, kase) => {
      checkUpdate(await updateWithVersion(manager, FollowUpEntity, row.id, input.expectedVersion, { status: FollowUpStatus.CANCELLED, cancelReason: input.reason }), DecisionsErrorCode.FOLLOW_UP_NOT_FOUND);
      await this.record(manager, actor, 'follow_up.cancelled', row, kase, { reason: input.reason });
    });
  }

  private async change(
    id: string,
    expectedVersion: number,
    actor: Principal,
    work: (manager: EntityManager, row: FollowUpEntity, kase: CaseEntity) => Promise<void>,
  ): Promise<FollowUpEntity> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const { row, kase } = await this.access.requireFollowUp(actor, id, { manager, field: 'input.followUpId' });
      if (row.version !== expectedVersion) throw new DecisionsException(DecisionsErrorCode.STALE_VERSION, 'input.expectedVersion');
      if (!PENDING_FOLLOW_UP.includes(row.status)) {
        throw new DecisionsException(DecisionsErrorCode.ILLEGAL_STATE, 'input.followUpId', `A ${row.status.toLowerCase()} follow-up cannot be changed.`);
      }
      await work(manager, row, kase);
      return manager.findOneByOrFail(FollowUpEntity, { id: row.id });
    });
    // Committed: move or remove the queued jobs (the reconciler repairs a failure here).
    await this.scheduler.sync([changed.id]);
    return changed;
  }

  private async record(manager: EntityManager, actor: Principal, action: string, row: FollowUpEntity, kase: CaseEntity, data: Record<string, unknown>) {
    await this.audit.record(manager, { actorId: actor.userId, action, entityType: 'FollowUp', entityId: row.id, teamId: kase.teamId, data: { caseId: kase.id, decisionId: row.decisionId, ...data } });
  }
}
