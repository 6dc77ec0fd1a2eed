import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DelayedError, Job } from 'bullmq';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '@consilium/contracts';
import { AuditService } from '@consilium/server-audit';
import { Clock, LOGGER } from '@consilium/server-core';
import { NotificationEntity, NotificationKind, NotificationsService } from '@consilium/server-notifications';
import { CLAIM_FROM, CLAIM_TO, FollowUpJobData, FollowUpJobKind } from './follow-up-jobs';

/** A job that the queue runs up to this much before its time is run (clock skew between hosts). */
const EARLY_TOLERANCE_MS = 5_000;

interface ClaimedRow {
  id: string;
  caseId: string;
  teamId: string;
  modality: string;
  dueDate: string;
  mrn: string;
  signedBy: string | null;
}

export interface FollowUpJobOutcome {
  claimed: boolean;
  notified: number;
}

/**
 * Runs one follow-up step. The row is claimed with a conditional UPDATE (right revision, a
 * status before this step), so a job run twice — a retry, a duplicate, a worker that died
 * after committing — has one effect; the notifications go in the same transaction.
 */
@Injectable()
export class FollowUpProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async process(job: Job<FollowUpJobData>, token?: string): Promise<FollowUpJobOutcome> {
    const { followUpId, kind, revision } = job.data;
    const early = Date.parse(job.data.runAt) - this.clock.now().getTime();
    if (early > EARLY_TOLERANCE_MS && token) {
      // The queue's timer is not the application's clock: wait until the step is really due.
      await job.moveToDelayed(Date.now() + early, token);
      throw new DelayedError();
    }
    const { outcome, created } = await this.dataSource.transaction(async (manager) => {
      const claimed = await this.claim(manager, followUpId, revision, kind);
      if (!claimed) return { outcome: { claimed: false, notified: 0 }, created: [] as NotificationEntity[] };
      const rows = await this.notify(manager, claimed, kind, revision);
      await this.audit.record(manager, {
        actorId: null,
        action: `follow_up.${kind}`,
        entityType: 'FollowUp',
        entityId: claimed.id,
        teamId: claimed.teamId,
        data: { caseId: claimed.caseId, dueDate: claimed.dueDate, status: CLAIM_TO[kind], jobId: job.id, notified: rows.length },
      });
      return { outcome: { claimed: true, notified: rows.length }, created: rows };
    });
    await this.notifications.publish(created);
    this.logger.info({ jobId: job.id, followUpId, kind, ...outcome }, outcome.claimed ? 'follow-up step done' : 'follow-up step already done or no longer planned');
    return outcome;
  }

  private async claim(manager: EntityManager, id: string, revision: number, kind: FollowUpJobKind): Promise<ClaimedRow | undefined> {
    const rows: ClaimedRow[] = await manager.query(
      `WITH claimed AS (
         UPDATE follow_ups SET status = $3, version = version + 1, updated_at = now()
          WHERE id = $1 AND schedule_revision = $2 AND status::text = ANY($4)
          RETURNING id, case_id, decision_id, modality, due_date)
       SELECT f.id, f.case_id AS "caseId", c.team_id AS "teamId", f.modality::text AS modality,
              to_char(f.due_date, 'YYYY-MM-DD') AS "dueDate", p.mrn, d.signed_by AS "signedBy"
         FROM claimed f JOIN cases c ON c.id = f.case_id JOIN patients p ON p.id = c.patient_id
         JOIN decisions d ON d.id = f.decision_id`,
      [id, revision, CLAIM_TO[kind], CLAIM_FROM[kind]],
    );
    return rows[0];
  }

  private async notify(manager: EntityManager, row: ClaimedRow, kind: FollowUpJobKind, revision: number): Promise<NotificationEntity[]> {
    const eventKey = `follow-up:${row.id}:r${revision}:${kind}`;
    const base = { caseId: row.caseId, teamId: row.teamId, eventKey };
    switch (kind) {
      case FollowUpJobKind.REMINDER:
        return this.notifications.notify(manager, await this.notifications.teamMembers(manager, row.teamId, [Role.COORDINATOR, Role.RADIOLOGIST]), {
          ...base,
          kind: NotificationKind.FOLLOW_UP_REMINDER,
          title: `Follow-up ${row.modality} due ${row.dueDate}`,
          body: `Book the follow-up ${row.modality} for patient ${row.mrn}: due on ${row.dueDate}.`,
        });
      case FollowUpJobKind.DUE:
        return this.notifications.notify(manager, await this.notifications.teamMembers(manager, row.teamId, [Role.COORDINATOR]), {
          ...base,
          kind: NotificationKind.FOLLOW_UP_DUE,
          title: `Follow-up ${row.modality} due today`,
          body: `The follow-up ${row.modality} for patient ${row.mrn} is due today (${row.dueDate}).`,
        });
      case FollowUpJobKind.OVERDUE: {
        const coordinators = await this.notifications.teamMembers(manager, row.teamId, [Role.COORDINATOR]);
        return this.notifications.notify(manager, [...coordinators, ...(row.signedBy ? [row.signedBy] : [])], {
          ...base,
          kind: NotificationKind.FOLLOW_UP_OVERDUE,
          title: `Follow-up ${row.modality} overdue`,
          body: `No report of the follow-up ${row.modality} for patient ${row.mrn}, due ${row.dueDate}, within the team's grace period.`,
        });
      }
    }
  }
}
