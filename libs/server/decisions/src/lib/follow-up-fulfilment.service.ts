import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Role } from '@consilium/contracts';
import { AuditService } from '@consilium/server-audit';
import { CaseEntity, CasePriority, CasesService, CaseStatus } from '@consilium/server-cases';
import { Clock } from '@consilium/server-core';
import { AfterCommit, ReportFinalisedEvent, ReportFinalisedHooks } from '@consilium/server-imaging';
import { NotificationKind, NotificationsService } from '@consilium/server-notifications';
import { PENDING_FOLLOW_UP } from './decision.enums';
import { FollowUpSchedulerService } from './scheduling/follow-up-scheduler.service';

/** The response category that brings a case back as urgent: progressive disease. */
const PROGRESSION = 'PD';

/**
 * Closes the loop: a FINAL report of the planned modality, for a study on or after the
 * signing date, fulfils the case's earliest pending follow-up of that modality, in the
 * report's transaction. The case goes back to the worklist (IN_FOLLOW_UP → TRIAGED) for its
 * team's next meeting, with the report and its response on it; PD makes it URGENT.
 */
@Injectable()
export class FollowUpFulfilmentService implements OnModuleInit {
  constructor(
    private readonly hooks: ReportFinalisedHooks,
    private readonly cases: CasesService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly scheduler: FollowUpSchedulerService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.hooks.register((manager, event) => this.onReportFinalised(manager, event));
  }

  async onReportFinalised(manager: EntityManager, event: ReportFinalisedEvent): Promise<AfterCommit | void> {
    const { report } = event;
    const [followUp]: { id: string; dueDate: string; modality: string }[] = await manager.query(
      `SELECT f.id, to_char(f.due_date, 'YYYY-MM-DD') AS "dueDate", f.modality::text AS modality
         FROM follow_ups f JOIN decisions d ON d.id = f.decision_id
        WHERE f.case_id = $1 AND f.modality::text = $2 AND f.status::text = ANY($3)
          AND $4::date >= (d.signed_at AT TIME ZONE 'UTC')::date
        ORDER BY f.due_date, f.id
        LIMIT 1
        FOR UPDATE OF f`,
      [report.caseId, report.modality, PENDING_FOLLOW_UP, report.studyDate],
    );
    if (!followUp) return;
    const now = this.clock.now();
    await manager.query(
      `UPDATE follow_ups SET status = 'FULFILLED', fulfilled_by_report_id = $2, fulfilled_at = $3, version = version + 1, updated_at = now() WHERE id = $1`,
      [followUp.id, report.id, now],
    );
    const kase = await manager.getRepository(CaseEntity).createQueryBuilder('c').where('c.id = :id', { id: report.caseId }).setLock('pessimistic_write').getOneOrFail();
    const progression = event.category === PROGRESSION;
    const response = event.category ? `: ${event.category}` : '';
    let current = kase;
    if (kase.status === CaseStatus.IN_FOLLOW_UP) {
      current = await this.cases.transition(manager, kase, CaseStatus.TRIAGED, event.actorId, `Follow-up ${report.modality} of ${report.studyDate} reported${response}; back to the worklist for the next meeting`);
    }
    if (progression && current.priority !== CasePriority.URGENT) {
      await manager.query(`UPDATE cases SET priority = 'URGENT', version = version + 1, updated_at = now() WHERE id = $1`, [kase.id]);
    }
    await this.audit.record(manager, {
      actorId: event.actorId,
      action: 'follow_up.fulfilled',
      entityType: 'FollowUp',
      entityId: followUp.id,
      teamId: event.teamId,
      data: { caseId: kase.id, reportId: report.id, studyDate: report.studyDate, category: event.category ?? null, caseStatus: { from: kase.status, to: current.status }, urgent: progression },
    });
    const coordinators = await this.notifications.teamMembers(manager, event.teamId, [Role.COORDINATOR]);
    const created = await this.notifications.notify(manager, coordinators, {
      kind: NotificationKind.FOLLOW_UP_FULFILLED,
      title: `Follow-up ${report.modality} reported${response}${progression ? ' — urgent' : ''}`,
      body: `The follow-up ${report.modality} of ${report.studyDate} (due ${followUp.dueDate}) is reported${response}. The case is back on the worklist for the next meeting${progression ? ', marked urgent' : ''}.`,
      caseId: kase.id,
      teamId: event.teamId,
      eventKey: `follow-up:${followUp.id}:fulfilled`,
    });
    return async () => {
      await this.scheduler.sync([followUp.id]);
      await this.notifications.publish(created);
    };
  }
}
