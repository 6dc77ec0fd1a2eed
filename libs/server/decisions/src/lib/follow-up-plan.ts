import { InputError } from '@consilium/server-core';
import { FollowUpPlanItem } from './decision.entity';

/** A calendar date (YYYY-MM-DD) plus whole days, in UTC. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The due date of a planned scan for a decision signed on `signDate` ("CT in 56 days" → sign date + 56). */
export function dueDateOf(plan: FollowUpPlanItem, signDate: string): string {
  return plan.dueDate ?? addDays(signDate, plan.intervalDays ?? 0);
}

/**
 * Each planned scan has an interval or a date, not both and not neither; a date is not in the
 * past and a reminder comes before the scan. `field` names the list (e.g. `input.followUps`).
 */
export function checkPlan(field: string, plan: readonly FollowUpPlanItem[], today: string): void {
  plan.forEach((item, index) => {
    const at = `${field}.${index}`;
    if ((item.intervalDays == null) === (item.dueDate == null)) {
      throw new InputError(`${at}.intervalDays`, `${at} needs either intervalDays or dueDate (exactly one)`);
    }
    if (item.dueDate != null && item.dueDate < today) {
      throw new InputError(`${at}.dueDate`, `${at}.dueDate cannot be in the past (today is ${today})`);
    }
    const lead = item.dueDate != null ? Math.round((Date.parse(item.dueDate) - Date.parse(today)) / 86_400_000) : item.intervalDays!;
    if (item.reminderLeadDays > lead) {
      throw new InputError(`${at}.reminderLeadDays`, `${at}.reminderLeadDays cannot be more than the days until the scan (${lead})`);
    }
  });
}
