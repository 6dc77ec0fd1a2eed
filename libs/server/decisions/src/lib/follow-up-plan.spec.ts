import { ImagingModality } from '@consilium/server-cases';
import { ResponseCriteria } from '@consilium/server-imaging';
import { FollowUpPlanItem } from './decision.entity';
import { addDays, checkPlan, dueDateOf } from './follow-up-plan';

const ct = (patch: Partial<FollowUpPlanItem> = {}): FollowUpPlanItem => ({
  modality: ImagingModality.CT,
  criteria: ResponseCriteria.RECIST_1_1,
  intervalDays: 56,
  dueDate: null,
  reminderLeadDays: 7,
  ...patch,
});

describe('follow-up plan', () => {
  it('puts "CT in 56 days" 56 calendar days after the signing date, across months and leap days', () => {
    expect(dueDateOf(ct(), '2026-11-23')).toBe('2027-01-18');
    expect(dueDateOf(ct({ intervalDays: 1 }), '2028-02-28')).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('uses a fixed date as it is', () => {
    expect(dueDateOf(ct({ intervalDays: null, dueDate: '2027-03-01' }), '2026-11-23')).toBe('2027-03-01');
  });

  it('refuses neither or both of interval and date, a past date, and a reminder after the scan, naming the field', () => {
    const today = '2026-11-23';
    expect(() => checkPlan('input.followUps', [ct({ intervalDays: null })], today)).toThrow('input.followUps.0 needs either intervalDays or dueDate');
    expect(() => checkPlan('input.followUps', [ct(), ct({ dueDate: '2027-01-01' })], today)).toThrow('input.followUps.1 needs');
    expect(() => checkPlan('input.followUps', [ct({ intervalDays: null, dueDate: '2026-11-22' })], today)).toThrow('cannot be in the past');
    expect(() => checkPlan('input.followUps', [ct({ intervalDays: 5, reminderLeadDays: 6 })], today)).toThrow('reminderLeadDays');
    expect(() => checkPlan('input.followUps', [ct(), ct({ intervalDays: null, dueDate: today, reminderLeadDays: 0 })], today)).not.toThrow();
  });
});
