import { emptyRow, identityOf, lesionIndexOfField, parseMm, toLesionInputs, toMeasuredLesions } from './lesion-rows';

const tracked = [{ id: 'l1', label: 'Liver lesion 1', organ: 'liver', nodal: false }];

describe('lesion rows', () => {
  it('parses typed sizes: empty is null, a comma is a decimal point, words are NaN', () => {
    expect(parseMm('')).toBeNull();
    expect(parseMm('12,5')).toBe(12.5);
    expect(parseMm('abc')).toBeNaN();
  });

  it('a new row with the label of a tracked lesion is that lesion', () => {
    const row = { ...emptyRow(), label: ' liver lesion 1 ', longAxisMm: '20' };
    expect(identityOf(row, tracked)).toMatchObject({ id: 'l1', isNew: false });
    expect(toMeasuredLesions([row], tracked)[0]).toMatchObject({ lesionId: 'l1', organ: 'liver', longAxisMm: 20 });
  });

  it('sends a linked lesion by id and a new one by label, organ and nodal; only the criteria’s sizes', () => {
    const linked = { ...emptyRow(), lesionId: 'l1', longAxisMm: '24', perpendicularMm: '9' };
    const fresh = { ...emptyRow('NEW'), label: 'Adrenal', organ: 'adrenal', longAxisMm: '11', tooSmallToMeasure: false };
    expect(toLesionInputs([linked, fresh], 'RECIST_1_1')).toEqual([
      { role: 'TARGET', lesionId: 'l1', longAxisMm: 24 },
      { role: 'NEW', label: 'Adrenal', organ: 'adrenal', nodal: false, longAxisMm: 11 },
    ]);
  });

  it('finds the lesion row a server error names', () => {
    expect(lesionIndexOfField('input.lesions.2.longAxisMm')).toBe(2);
    expect(lesionIndexOfField('input.findings')).toBeNull();
  });
});
