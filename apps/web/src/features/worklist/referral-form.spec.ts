import { placeProblem } from '../../shared/form-errors';
import { emptyReferral, REFERRAL_FIELDS, REFERRAL_SERVER_FIELDS, toReferCaseInput, validateReferral } from './referral-form';

const TODAY = '2026-11-30';
const filled = () => ({
  ...emptyReferral(TODAY, 'team-1'),
  mrn: ' DEMO-X1 ',
  givenName: 'Ada',
  familyName: 'Lovelace',
  birthDate: '1960-02-29',
  sex: 'FEMALE',
  referralSource: 'Respiratory clinic',
});

describe('referral intake form', () => {
  it('names every missing required field', () => {
    const errors = validateReferral(emptyReferral(TODAY), TODAY);
    expect(Object.keys(errors).sort()).toEqual(['birthDate', 'familyName', 'givenName', 'mrn', 'referralSource', 'sex', 'teamId']);
  });

  it('refuses impossible and future dates, and a target before the referral', () => {
    const errors = validateReferral(
      { ...filled(), birthDate: '1961-02-29', referralDate: '2026-12-01', targetDiscussionDate: '2026-01-01' },
      TODAY,
    );
    expect(errors.birthDate).toBe('Enter a real date as YYYY-MM-DD.');
    expect(errors.referralDate).toBe('The referral date cannot be in the future.');
    expect(validateReferral({ ...filled(), targetDiscussionDate: '2026-11-01', referralDate: '2026-11-20' }, TODAY).targetDiscussionDate).toMatch(
      /before the referral/,
    );
  });

  it('builds the input: trimmed, optional fields left out, ECOG as a number', () => {
    expect(validateReferral(filled(), TODAY)).toEqual({});
    const input = toReferCaseInput({ ...filled(), ecog: '1', question: '  ' });
    expect(input.patient.mrn).toBe('DEMO-X1');
    expect(input.ecog).toBe(1);
    expect('question' in input).toBe(false);
  });

  it('places a server error on input.patient.mrn next to the MRN field', () => {
    const placed = placeProblem(
      { kind: 'bad-input', field: 'input.patient.mrn', message: 'This MRN is already used for another patient.' },
      REFERRAL_FIELDS,
      REFERRAL_SERVER_FIELDS,
    );
    expect(placed.fields).toEqual({ mrn: 'This MRN is already used for another patient.' });
  });
});
