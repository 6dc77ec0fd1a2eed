import { FollowUpStatus } from '../decision.enums';

/** The queue every follow-up job lives in, and the queue of the reconciler's own scheduler. */
export const FOLLOW_UPS_QUEUE = 'follow-ups';
export const FOLLOW_UP_MAINTENANCE_QUEUE = 'follow-up-maintenance';
export const RECONCILE_SCHEDULER_ID = 'follow-up-reconcile';

export enum FollowUpJobKind {
  REMINDER = 'reminder',
  DUE = 'due',
  OVERDUE = 'overdue',
}

/** Job data: ids and times only, never PHI. */
export interface FollowUpJobData {
  followUpId: string;
  kind: FollowUpJobKind;
  /** The row's schedule_revision the job was planned from; a rescheduled row ignores older jobs. */
  revision: number;
  /** When the step is due, ISO 8601; the processor re-delays a job that the queue runs early. */
  runAt: string;
}

/** What the planner reads of a follow-up row. */
export interface SchedulableFollowUp {
  id: string;
  status: FollowUpStatus;
  dueDate: string;
  reminderLeadDays: number;
  scheduleRevision: number;
}

export interface PlannedJob {
  jobId: string;
  data: FollowUpJobData;
}

/** Statuses each step moves from: running a step on a row already past it changes nothing. */
export const CLAIM_FROM: Record<FollowUpJobKind, readonly FollowUpStatus[]> = {
  [FollowUpJobKind.REMINDER]: [FollowUpStatus.SCHEDULED],
  [FollowUpJobKind.DUE]: [FollowUpStatus.SCHEDULED, FollowUpStatus.REMINDED],
  [FollowUpJobKind.OVERDUE]: [FollowUpStatus.SCHEDULED, FollowUpStatus.REMINDED, FollowUpStatus.DUE],
};

export const CLAIM_TO: Record<FollowUpJobKind, FollowUpStatus> = {
  [FollowUpJobKind.REMINDER]: FollowUpStatus.REMINDED,
  [FollowUpJobKind.DUE]: FollowUpStatus.DUE,
  [FollowUpJobKind.OVERDUE]: FollowUpStatus.OVERDUE,
};

const DAY_MS = 24 * 3600 * 1000;

/** 00:00 UTC of a calendar date, plus whole days. */
function dayStart(date: string, plusDays: number): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + plusDays * DAY_MS);
}

/** Deterministic: the same row and revision always give the same id (BullMQ refuses ':' in custom ids). */
export function followUpJobId(followUpId: string, revision: number, kind: FollowUpJobKind): string {
  return `fu_${followUpId}_r${revision}_${kind}`;
}

/**
 * The jobs a follow-up row should have queued, from its status (PostgreSQL is the truth):
 * the reminder at 00:00 UTC of due − lead days (none when the lead is 0: the due step says
 * it), due at 00:00 UTC of the due date, overdue once the grace period has passed — 00:00
 * UTC of due + grace + 1 days. A step the row has already passed is not planned.
 */
export function plannedJobs(row: SchedulableFollowUp, graceDays: number): PlannedJob[] {
  const steps: [FollowUpJobKind, Date][] = [
    [FollowUpJobKind.REMINDER, dayStart(row.dueDate, -row.reminderLeadDays)],
    [FollowUpJobKind.DUE, dayStart(row.dueDate, 0)],
    [FollowUpJobKind.OVERDUE, dayStart(row.dueDate, graceDays + 1)],
  ];
  return steps
    .filter(([kind]) => CLAIM_FROM[kind].includes(row.status))
    .filter(([kind]) => !(kind === FollowUpJobKind.REMINDER && row.reminderLeadDays === 0))
    .map(([kind, at]) => ({
      jobId: followUpJobId(row.id, row.scheduleRevision, kind),
      data: { followUpId: row.id, kind, revision: row.scheduleRevision, runAt: at.toISOString() },
    }));
}

/** Every job id a row could ever have had at a revision (to remove them when it changes). */
export function allJobIds(followUpId: string, revision: number): string[] {
  return Object.values(FollowUpJobKind).map((kind) => followUpJobId(followUpId, revision, kind));
}
