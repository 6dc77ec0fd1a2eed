import { placeProblem } from '../../shared/form-errors';
import { decisionServerFields, emptyDecision, newFollowUp, toDecisionInput, validateDecision, type DecisionField, type DecisionValues } from './decision-form';

const TODAY = '2026-11-30';
const complete = (): DecisionValues => ({
  ...emptyDecision(),
  recommendation: 'SWITCH_SYSTEMIC_THERAPY',
  intent: 'PALLIATIVE',
  rationale: ' PD on first line ',
  followUps: [{ ...newFollowUp(), intervalDays: '56' }],
});

describe('decision form', () => {
  it('asks for the coded recommendation, intent and rationale', () => {
    expect(Object.keys(validateDecision(emptyDecision(), TODAY)).sort()).toEqual(['intent', 'rationale', 'recommendation']);
  });

  it('requires the procedure for interventional radiology only', () => {
    expect(validateDecision({ ...complete(), recommendation: 'INTERVENTIONAL_RADIOLOGY' }, TODAY).interventionalProcedure).toBeDefined();
    const input = toDecisionInput({ ...complete(), interventionalProcedure: 'TACE' });
    expect('interventionalProcedure' in input).toBe(false);
  });

  it('checks each follow-up: interval 1–730 days, reminder not before signing, due date not in the past', () => {
    const bad = { ...complete(), followUps: [{ ...newFollowUp(), intervalDays: '0' }, { ...newFollowUp(), timing: 'date' as const, dueDate: '2026-01-01' }] };
    expect(validateDecision(bad, TODAY)).toEqual({
      'followUp-0': expect.stringMatching(/1 to 730/),
      'followUp-1': 'The due date cannot be in the past.',
    });
    expect(validateDecision({ ...complete(), followUps: [{ ...newFollowUp(), intervalDays: '5', reminderLeadDays: '7' }] }, TODAY)['followUp-0']).toMatch(/reminder/);
  });

  it('builds the input with either an interval or a date', () => {
    expect(validateDecision(complete(), TODAY)).toEqual({});
    expect(toDecisionInput(complete())).toEqual({
      recommendation: 'SWITCH_SYSTEMIC_THERAPY',
      recommendationText: '',
      intent: 'PALLIATIVE',
      rationale: 'PD on first line',
      followUps: [{ modality: 'CT', criteria: 'RECIST_1_1', reminderLeadDays: 7, intervalDays: 56 }],
    });
  });

  it('places a server error on a follow-up row', () => {
    const placed = placeProblem<DecisionField>({ kind: 'bad-input', field: 'input.followUps.0.dueDate', message: 'Not in the past.' }, ['rationale'], decisionServerFields(1));
    expect(placed.fields).toEqual({ 'followUp-0': 'Not in the past.' });
  });
});
