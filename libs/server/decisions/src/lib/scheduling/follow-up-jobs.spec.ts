import { FollowUpStatus } from '../decision.enums';
import { allJobIds, FollowUpJobKind, followUpJobId, plannedJobs, SchedulableFollowUp } from './follow-up-jobs';

const row = (over: Partial<SchedulableFollowUp> = {}): SchedulableFollowUp => ({
  id: '3f1b0c7e-1111-4c8e-9a51-000000000001',
  status: FollowUpStatus.SCHEDULED,
  dueDate: '2027-01-25',
  reminderLeadDays: 7,
  scheduleRevision: 1,
  ...over,
});

describe('plannedJobs', () => {
  it('plans reminder, due and overdue for a scheduled follow-up at the documented instants', () => {
    const jobs = plannedJobs(row(), 14);
    expect(jobs.map((j) => [j.data.kind, j.data.runAt])).toEqual([
      ['reminder', '2027-01-18T00:00:00.000Z'],
      ['due', '2027-01-25T00:00:00.000Z'],
      // grace 14 days: overdue once 25 Jan + 14 days (8 Feb) has fully passed
      ['overdue', '2027-02-09T00:00:00.000Z'],
    ]);
    expect(jobs[0].jobId).toBe('fu_3f1b0c7e-1111-4c8e-9a51-000000000001_r1_reminder');
  });

  it('plans only the steps still ahead of the row', () => {
    expect(plannedJobs(row({ status: FollowUpStatus.REMINDED }), 14).map((j) => j.data.kind)).toEqual(['due', 'overdue']);
    expect(plannedJobs(row({ status: FollowUpStatus.DUE }), 14).map((j) => j.data.kind)).toEqual(['overdue']);
    for (const done of [FollowUpStatus.OVERDUE, FollowUpStatus.FULFILLED, FollowUpStatus.CANCELLED]) {
      expect(plannedJobs(row({ status: done }), 14)).toEqual([]);
    }
  });

  it('has no reminder when the lead time is zero', () => {
    expect(plannedJobs(row({ reminderLeadDays: 0 }), 0).map((j) => [j.data.kind, j.data.runAt])).toEqual([
      ['due', '2027-01-25T00:00:00.000Z'],
      ['overdue', '2027-01-26T00:00:00.000Z'],
    ]);
  });

  it('gives new ids after a reschedule, so jobs of the old date are told apart', () => {
    const before = plannedJobs(row(), 14).map((j) => j.jobId);
    const after = plannedJobs(row({ scheduleRevision: 2, dueDate: '2027-02-01' }), 14).map((j) => j.jobId);
    expect(after.some((id) => before.includes(id))).toBe(false);
    expect(allJobIds(row().id, 1)).toEqual(before);
    expect(followUpJobId(row().id, 2, FollowUpJobKind.DUE)).not.toContain(':');
  });
});
