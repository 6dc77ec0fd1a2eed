import { ClinicalInputError } from '../errors';
import { validateRecistBaseline } from './baseline';
import type { RecistBaselineLesion } from './types';

const lesion = (lesionId: string, organ: string, longAxisMm = 20): RecistBaselineLesion => ({
  lesionId,
  organ,
  nodal: false,
  longAxisMm,
});

describe('validateRecistBaseline (Eisenhauer 2009 §4.2)', () => {
  it('accepts 5 targets with at most 2 per organ', () => {
    const targets = [
      lesion('L1', 'liver'),
      lesion('L2', 'liver'),
      lesion('P1', 'lung'),
      lesion('P2', 'lung'),
      lesion('A1', 'adrenal'),
    ];
    expect(validateRecistBaseline(targets)).toEqual([]);
  });

  it('reports more than 5 targets in total', () => {
    const targets = ['liver', 'lung', 'adrenal', 'bone', 'spleen', 'kidney'].map((organ, i) => lesion(`T${i}`, organ));
    expect(validateRecistBaseline({ targets })).toEqual([
      '6 target lesions selected; RECIST 1.1 allows at most 5 in total.',
    ]);
  });

  it('reports 3 targets in one organ, matching organ names case-insensitively', () => {
    const targets = [lesion('L1', 'Liver'), lesion('L2', 'liver '), lesion('L3', 'LIVER')];
    expect(validateRecistBaseline(targets)).toEqual([
      '3 target lesions in liver (Lesion L1, Lesion L2, Lesion L3); RECIST 1.1 allows at most 2 per organ.',
    ]);
  });

  it('counts all lymph nodes as one organ (EORTC FAQ), whatever station is named', () => {
    const nodes: RecistBaselineLesion[] = ['mediastinum', 'axilla', 'groin'].map((organ, i) => ({
      organ,
      nodal: true,
      longAxisMm: 25,
      shortAxisMm: 16,
      lesionId: `N${i}`,
    }));
    expect(validateRecistBaseline(nodes)).toEqual([
      '3 target lesions in lymph nodes (Lesion N0, Lesion N1, Lesion N2); RECIST 1.1 allows at most 2 per organ.',
    ]);
  });

  it('reports every non-eligible target and all rule violations at once', () => {
    const targets: RecistBaselineLesion[] = [
      { organ: 'liver', nodal: false, longAxisMm: 9 },
      { organ: 'mediastinum', nodal: true, diameterMm: 12 },
      ...['a', 'b', 'c', 'd'].map((organ) => ({ organ, nodal: false, diameterMm: 30 })),
    ];
    expect(validateRecistBaseline(targets)).toEqual([
      'Target 1 (liver) is not target-eligible: longest diameter 9 mm is below the 10 mm minimum (NON_TARGET).',
      'Target 2 (mediastinum) is not target-eligible: short axis 12 mm is below the 15 mm minimum (NON_TARGET).',
      '6 target lesions selected; RECIST 1.1 allows at most 5 in total.',
    ]);
  });

  it('reads the single RECIST diameter of a node as its short axis', () => {
    expect(validateRecistBaseline([{ organ: 'neck', nodal: true, diameterMm: 15 }])).toEqual([]);
    expect(validateRecistBaseline([{ organ: 'neck', nodal: true, diameterMm: 9 }])[0]).toMatch(/NORMAL_NODE/);
  });

  it('throws ClinicalInputError for malformed input, naming the field', () => {
    expect(() => validateRecistBaseline([{ organ: 'liver', nodal: false }])).toThrow(
      /^targets\[0\]\.longAxisMm is required/,
    );
    expect(() => validateRecistBaseline([{ organ: '', nodal: false, longAxisMm: 20 }])).toThrow(/^targets\[0\]\.organ/);
    expect(() => validateRecistBaseline([{ organ: 'liver', nodal: false, longAxisMm: -2 }])).toThrow(
      /^targets\[0\]\.longAxisMm must not be negative/,
    );
    expect(() => validateRecistBaseline([{ organ: 'liver', nodal: true, longAxisMm: 20 }])).toThrow(
      /^targets\[0\]\.shortAxisMm is required/,
    );
    expect(() => validateRecistBaseline({} as { targets: RecistBaselineLesion[] })).toThrow(ClinicalInputError);
    expect(() => validateRecistBaseline([{ organ: 'x', nodal: 'no' } as unknown as RecistBaselineLesion])).toThrow(
      /^targets\[0\]\.nodal/,
    );
  });
});
