import { firstInvalidField, placeProblem, serverFieldToFormField } from './form-errors';

const FIELDS = ['mrn', 'givenName', 'referralDate', 'teamId'] as const;
const MAP = { 'patient.mrn': 'mrn', 'patient.givenName': 'givenName' } as const;

describe('serverFieldToFormField', () => {
  it('strips the argument name and follows the map, exact path first', () => {
    expect(serverFieldToFormField('input.patient.mrn', FIELDS, MAP)).toBe('mrn');
    expect(serverFieldToFormField('input.referralDate', FIELDS, MAP)).toBe('referralDate');
  });

  it('maps a deeper path by its longest known prefix', () => {
    const fields = ['lesion-0', 'lesion-1'] as const;
    expect(serverFieldToFormField('input.lesions.1.longAxisMm', fields, { 'lesions.1': 'lesion-1' })).toBe('lesion-1');
  });

  it('returns undefined for a field the form does not have', () => {
    expect(serverFieldToFormField('input.tnm.t', FIELDS, MAP)).toBeUndefined();
  });
});

describe('placeProblem', () => {
  it('puts a BAD_USER_INPUT message next to its field', () => {
    const placed = placeProblem(
      { kind: 'bad-input', field: 'input.patient.mrn', message: 'This MRN belongs to another patient.' },
      FIELDS,
      MAP,
    );
    expect(placed).toEqual({ fields: { mrn: 'This MRN belongs to another patient.' }, general: null });
  });

  it('shows an unplaceable or non-input problem above the form, in plain words', () => {
    expect(placeProblem({ kind: 'bad-input', field: 'input.tnm.t', message: 'T must look like T2a.' }, FIELDS, MAP)).toEqual({
      fields: {},
      general: 'T must look like T2a.',
    });
    expect(placeProblem({ kind: 'unreachable' }, FIELDS).general).toBe('Cannot reach the Consilium server.');
  });

  it('finds the first invalid field in form order', () => {
    expect(firstInvalidField({ teamId: 'x', givenName: 'y' }, FIELDS)).toBe('givenName');
    expect(firstInvalidField({}, FIELDS)).toBeUndefined();
  });
});
