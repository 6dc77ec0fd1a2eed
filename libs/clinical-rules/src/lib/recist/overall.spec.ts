import { backdateConfirmedNewLesions, overallResponse } from './overall';
import type { RecistNewLesion, RecistNonTargetResponse, RecistOverallResponse, RecistTargetResponse } from './types';

type Row = [RecistTargetResponse, RecistNonTargetResponse, RecistNewLesion, RecistOverallResponse];

const NON_PD: RecistNonTargetResponse[] = ['CR', 'NON_CR_NON_PD', 'NE', 'NONE'];
const ALL_TARGET: RecistTargetResponse[] = ['CR', 'PR', 'SD', 'NE', 'PD'];
const ALL_NON_TARGET: RecistNonTargetResponse[] = ['CR', 'NON_CR_NON_PD', 'PD', 'NE', 'NONE'];
const ALL_NEW: RecistNewLesion[] = ['NO', 'YES', 'EQUIVOCAL'];

describe('overallResponse — Eisenhauer 2009 Table 1 (target disease)', () => {
  it.each<Row>([
    ['CR', 'CR', 'NO', 'CR'],
    ['CR', 'NONE', 'NO', 'CR'], // no non-target disease at baseline
    ['CR', 'NON_CR_NON_PD', 'NO', 'PR'],
    ['CR', 'NE', 'NO', 'PR'],
    ...NON_PD.map((nt): Row => ['PR', nt, 'NO', 'PR']),
    ...NON_PD.map((nt): Row => ['SD', nt, 'NO', 'SD']),
    ...NON_PD.map((nt): Row => ['NE', nt, 'NO', 'NE']),
  ])('target %s, non-target %s, new lesion %s → %s', (target, nonTarget, newLesion, expected) => {
    expect(overallResponse(target, nonTarget, newLesion)).toBe(expected);
  });

  it('target PD is PD whatever the non-target and new-lesion status', () => {
    for (const nonTarget of ALL_NON_TARGET) {
      for (const newLesion of ALL_NEW) {
        expect(overallResponse('PD', nonTarget, newLesion)).toBe('PD');
      }
    }
  });

  it('non-target PD is PD whatever the target response', () => {
    for (const target of [...ALL_TARGET, 'NONE' as const]) {
      expect(overallResponse(target, 'PD', 'NO')).toBe('PD');
    }
  });

  it('an unequivocal new lesion is PD whatever the target and non-target response', () => {
    for (const target of [...ALL_TARGET, 'NONE' as const]) {
      for (const nonTarget of ALL_NON_TARGET) {
        expect(overallResponse(target, nonTarget, 'YES')).toBe('PD');
      }
    }
  });

  it('an equivocal new lesion changes nothing by itself', () => {
    expect(overallResponse('CR', 'CR', 'EQUIVOCAL')).toBe('CR');
    expect(overallResponse('SD', 'NON_CR_NON_PD', 'EQUIVOCAL')).toBe('SD');
  });
});

describe('overallResponse — Eisenhauer 2009 Table 2 (non-target disease only)', () => {
  it.each<Row>([
    ['NONE', 'CR', 'NO', 'CR'],
    ['NONE', 'NON_CR_NON_PD', 'NO', 'NON_CR_NON_PD'],
    ['NONE', 'NE', 'NO', 'NE'],
    ['NONE', 'PD', 'NO', 'PD'],
    ['NONE', 'NON_CR_NON_PD', 'YES', 'PD'],
    ['NONE', 'CR', 'EQUIVOCAL', 'CR'],
  ])('target %s, non-target %s, new lesion %s → %s', (target, nonTarget, newLesion, expected) => {
    expect(overallResponse(target, nonTarget, newLesion)).toBe(expected);
  });
});

describe('backdateConfirmedNewLesions', () => {
  it('backdates PD over the run of equivocal time points before a confirmed new lesion', () => {
    const overall: RecistOverallResponse[] = ['PR', 'PR', 'SD', 'PD'];
    const backdated = backdateConfirmedNewLesions(['NO', 'EQUIVOCAL', 'EQUIVOCAL', 'YES'], overall);
    expect(overall).toEqual(['PR', 'PD', 'PD', 'PD']);
    expect(backdated).toEqual([false, true, true, false]);
  });

  it('does not flag a time point that was already PD for another reason', () => {
    const overall: RecistOverallResponse[] = ['PD', 'PD'];
    expect(backdateConfirmedNewLesions(['EQUIVOCAL', 'YES'], overall)).toEqual([false, false]);
  });

  it('leaves an equivocal finding that was never confirmed alone', () => {
    const overall: RecistOverallResponse[] = ['SD', 'SD'];
    expect(backdateConfirmedNewLesions(['EQUIVOCAL', 'EQUIVOCAL'], overall)).toEqual([false, false]);
    expect(overall).toEqual(['SD', 'SD']);
  });
});
