import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, Queue } from 'bullmq';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Clock, LOGGER } from '@consilium/server-core';
import { FollowUpStatus, PENDING_FOLLOW_UP } from '../decision.enums';
import { DEFAULT_GRACE_DAYS } from '../team-follow-up-settings.entity';
import { allJobIds, FOLLOW_UPS_QUEUE, FollowUpJobData, PlannedJob, plannedJobs, SchedulableFollowUp } from './follow-up-jobs';

interface LoadedRow extends SchedulableFollowUp {
  graceDays: number;
}

export interface ScheduleSyncResult {
  rows: number;
  added: number;
  corrected: number;
  removed: number;
  promoted: number;
}

const BATCH = 500;
/** Statuses that still have steps ahead (an OVERDUE follow-up waits for its report; no job left). */
const SCHEDULABLE = PENDING_FOLLOW_UP.filter((s) => s !== FollowUpStatus.OVERDUE);

const ROW_SQL = `SELECT f.id, f.status::text AS status, to_char(f.due_date, 'YYYY-MM-DD') AS "dueDate",
       f.reminder_lead_days AS "reminderLeadDays", f.schedule_revision AS "scheduleRevision",
       COALESCE(s.grace_days, ${DEFAULT_GRACE_DAYS}) AS "graceDays"
  FROM follow_ups f JOIN cases c ON c.id = f.case_id
  LEFT JOIN team_follow_up_settings s ON s.team_id = c.team_id`;

/**
 * Keeps BullMQ in line with the follow_ups table, which is the truth: after each change
 * (`sync`) and, in the worker, at start and on a job scheduler (`reconcile`), which also
 * restores everything after Redis has lost its data.
 */
@Injectable()
export class FollowUpSchedulerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(FOLLOW_UPS_QUEUE) private readonly queue: Queue<FollowUpJobData>,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * After a transaction committed changes to these follow-ups: queue their jobs, move or drop
   * stale ones. Never fails the caller: when Redis is unreachable, the reconciler catches up.
   */
  async sync(followUpIds: readonly string[]): Promise<ScheduleSyncResult | null> {
    if (followUpIds.length === 0) return null;
    try {
      const rows: LoadedRow[] = await this.dataSource.query(`${ROW_SQL} WHERE f.id = ANY($1::uuid[])`, [followUpIds]);
      return await this.apply(rows);
    } catch (error) {
      this.logger.warn({ followUpIds, err: error }, 'follow-up jobs not synced now; the reconciler will repair them');
      return null;
    }
  }

  /** After a team's grace period changed: its follow-ups' overdue jobs move. */
  async syncTeam(teamId: string): Promise<void> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT f.id FROM follow_ups f JOIN cases c ON c.id = f.case_id WHERE c.team_id = $1 AND f.status::text = ANY($2)`,
      [teamId, SCHEDULABLE],
    );
    for (let i = 0; i < rows.length; i += BATCH) await this.sync(rows.slice(i, i + BATCH).map((r) => r.id));
  }

  /**
   * Every pending follow-up gets exactly its planned jobs (added when missing, replaced when
   * the row changed, run now when the clock says they are due); queued jobs that no row
   * plans any more are removed.
   */
  async reconcile(): Promise<ScheduleSyncResult> {
    const total: ScheduleSyncResult = { rows: 0, added: 0, corrected: 0, removed: 0, promoted: 0 };
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: LoadedRow[] = await this.dataSource.query(`${ROW_SQL} WHERE f.status::text = ANY($1) AND f.id > $2 ORDER BY f.id LIMIT ${BATCH}`, [SCHEDULABLE, afterId]);
      if (rows.length === 0) break;
      add(total, await this.apply(rows));
      afterId = rows[rows.length - 1].id;
    }
    total.removed += await this.sweep();
    return total;
  }

  private async apply(rows: LoadedRow[]): Promise<ScheduleSyncResult> {
    const result: ScheduleSyncResult = { rows: rows.length, added: 0, corrected: 0, removed: 0, promoted: 0 };
    const now = this.clock.now().getTime();
    const toAdd: PlannedJob[] = [];
    await Promise.all(
      rows.map(async (row) => {
        const planned = plannedJobs(row, row.graceDays);
        const plannedIds = new Set(planned.map((p) => p.jobId));
        const stale = [...allJobIds(row.id, row.scheduleRevision).filter((id) => !plannedIds.has(id)), ...(row.scheduleRevision > 1 ? allJobIds(row.id, row.scheduleRevision - 1) : [])];
        for (const id of stale) result.removed += await this.queue.remove(id);
        for (const plan of planned) {
          const job = await this.queue.getJob(plan.jobId);
          if (!job) {
            toAdd.push(plan);
          } else if (job.finishedOn || (job.data.runAt !== plan.data.runAt && !isActive(job))) {
            // Finished although the row still waits for this step (a restored database), or planned for another time.
            if ((await this.queue.remove(plan.jobId)) === 1) {
              toAdd.push(plan);
              result.corrected += 1;
            }
          } else if (Date.parse(plan.data.runAt) <= now && job.attemptsMade === 0 && !isActive(job) && (await job.isDelayed())) {
            await job.promote();
            result.promoted += 1;
          }
        }
      }),
    );
    if (toAdd.length > 0) {
      await this.queue.addBulk(toAdd.map((p) => ({ name: p.data.kind, data: p.data, opts: { jobId: p.jobId, delay: Math.max(0, Date.parse(p.data.runAt) - now) } })));
      result.added += toAdd.length - result.corrected;
    }
    return result;
  }

  /** Waiting, delayed and failed jobs that no pending row plans (cancelled, fulfilled, rescheduled). */
  private async sweep(): Promise<number> {
    const page = 1000;
    const orphans: string[] = [];
    for (let start = 0; ; start += page) {
      const jobs = (await this.queue.getJobs(['delayed', 'waiting', 'prioritized', 'failed'], start, start + page - 1, true)).filter(Boolean);
      if (jobs.length === 0) break;
      const ids = [...new Set(jobs.map((j) => j.data.followUpId))];
      const rows: LoadedRow[] = await this.dataSource.query(`${ROW_SQL} WHERE f.id = ANY($1::uuid[])`, [ids]);
      const wanted = new Set(rows.flatMap((row) => plannedJobs(row, row.graceDays).map((p) => p.jobId)));
      orphans.push(...jobs.filter((j) => j.id && !wanted.has(j.id)).map((j) => j.id as string));
      if (jobs.length < page) break;
    }
    let removed = 0;
    for (const id of orphans) removed += await this.queue.remove(id);
    return removed;
  }
}

function isActive(job: Job): boolean {
  return Boolean(job.processedOn) && !job.finishedOn;
}

function add(into: ScheduleSyncResult, from: ScheduleSyncResult) {
  into.rows += from.rows;
  into.added += from.added;
  into.corrected += from.corrected;
  into.removed += from.removed;
  into.promoted += from.promoted;
}
